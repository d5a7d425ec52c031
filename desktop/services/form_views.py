"""What the form dialogs show, read for them: choices of periods, werkprocessen and goals, the score lines
of an assessment, the signature rows and the signers of a form. Plain values only, no Qt.

Everything that changes a form goes through `desktop.services.forms`, its signatures through `desktop.services.signing`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, format_date
from desktop.services import forms, signing
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.models import display_name
from desktop.textsearch import fold

# A form is made for a period that runs, is planned, or ended recently (a final assessment comes late).
RECENT_DAYS = 365


def _dates(start: dt.date | None, end: dt.date | None) -> str:
    if end is None:
        return _("from {start}").format(start=format_date(start, "short"))
    return f"{format_date(start, 'short')} – {format_date(end, 'short')}"


def period_choices(include: int | None = None, today: dt.date | None = None) -> list[tuple[int, str]]:
    """BPV periods to make a form for, as (id, "learner — programme — dates"), by learner's last name:
    those of learners still on the books that have not ended more than a year ago, and `include`."""
    day = today or clock.today()
    query = (
        m.BpvPeriod.select(m.BpvPeriod, m.Learner, m.Programme)
        .join(m.Learner)
        .switch(m.BpvPeriod)
        .join(m.Programme)
        .where(
            (m.BpvPeriod.id == (include or 0))
            | (
                ~m.Learner.archived
                & (m.BpvPeriod.end_date.is_null() | (m.BpvPeriod.end_date >= day - dt.timedelta(days=RECENT_DAYS)))
            )
        )
    )
    periods = sorted(query, key=lambda p: (fold(p.learner.sort_name), -p.start_date.toordinal(), p.id))
    return [(p.id, _period_text(p)) for p in periods]


def _period_text(period: m.BpvPeriod) -> str:
    dates = _dates(period.start_date, period.end_date)
    return f"{period.learner.display_name} — {period.programme.name} — {dates}"


def period_label(period_id: int) -> str:
    return _period_text(m.BpvPeriod.get_by_id(period_id))


def learner_name(period_id: int) -> str:
    return m.BpvPeriod.get_by_id(period_id).learner.display_name


def get_period(period_id: int) -> m.BpvPeriod:
    period = m.BpvPeriod.get_or_none(m.BpvPeriod.id == period_id)
    if period is None:
        raise ValidationError("period", _("Refers to a record that does not exist (number {id}).").format(id=period_id))
    return period


def work_process_choices(period_id: int) -> list[tuple[int, str, str]]:
    """The werkprocessen of the period's programme, as (id, code, title), in the programme's order."""
    return [(wp.id, wp.code, wp.title) for wp in forms.period_work_processes(period_id)]


def goal_choices(period_id: int) -> list[tuple[int, str]]:
    """The learning goals of the period, as (id, text on one line), in their order."""
    query = m.LearningGoal.select().where(m.LearningGoal.period == period_id)
    return [(g.id, " ".join(g.text.split())) for g in query.order_by(m.LearningGoal.position, m.LearningGoal.id)]


def linked_work_processes(assignment_id: int) -> set[int]:
    query = m.AssignmentWorkProcess.select().where(m.AssignmentWorkProcess.assignment == assignment_id)
    return {row.work_process_id for row in query}


def linked_goals(assignment_id: int) -> set[int]:
    return {row.goal_id for row in m.AssignmentGoal.select().where(m.AssignmentGoal.assignment == assignment_id)}


@dataclass
class ScoreLine:
    """One werkproces on an assessment form, as the dialog edits it."""

    work_process_id: int
    code: str
    title: str
    score: str | None = None
    remarks: str = ""


def score_lines(assessment_id: int) -> list[ScoreLine]:
    query = (
        m.AssessmentScore.select(m.AssessmentScore, m.WorkProcess)
        .join(m.WorkProcess)
        .where(m.AssessmentScore.assessment == assessment_id)
        .order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id)
    )
    return [ScoreLine(s.work_process_id, s.work_process.code, s.work_process.title, s.score, s.remarks) for s in query]


def new_score_lines(period_id: int) -> list[ScoreLine]:
    """The empty lines a new assessment form of `period_id` gets: one per werkproces of the programme."""
    return [ScoreLine(wp_id, code, title) for wp_id, code, title in work_process_choices(period_id)]


# The assessment a period's phase asks for: the induction assignment, the interim or the final assessment.
KIND_OF_PHASE = {"introduction": "induction", "work_and_learn": "interim", "evaluation": "final"}


def suggested_assessment_kind(period_id: int) -> str:
    return KIND_OF_PHASE.get(get_period(period_id).phase, "interim")


def assessment_defaults(period_id: int, kind: str) -> dict:
    """What a new assessment form of this kind starts with: due date, planned hours and participants."""
    period = get_period(period_id)
    return {
        "due_on": forms.assessment_due(period, kind),
        "planned_hours": period.planned_hours,
        "participants": forms.participants_of(period, kind),
    }


@dataclass(frozen=True)
class SignerOption:
    role: str
    name: str
    chosen: bool  # signs this form (a signature row waits or is set)
    signed: bool  # has signed: cannot be taken off until the form is reopened


def signer_options(period_id: int, kind: str, form_id: int | None = None, assessment_kind: str | None = None):
    """Each role that can sign a form of the period, with the name to show and whether it signs.

    For a stored form the name is the one on its signature row; for a new one, the period's person
    and the default choice of signers."""
    period = get_period(period_id)
    rows = signing.signatures(kind, form_id) if form_id is not None else []
    by_role: dict[str, list[m.Signature]] = {}
    for row in rows:
        by_role.setdefault(row.signer_role, []).append(row)
    defaults = {s.role for s in forms.default_signers(period, kind, assessment_kind)} if form_id is None else set()
    options = []
    for signer in forms.signer_choices(period):
        own = by_role.get(signer.role, [])
        name = next((r.signer_name for r in own if r.signer_name), "") or signer.name
        chosen = bool(own) if form_id is not None else signer.role in defaults
        options.append(SignerOption(signer.role, name, chosen, any(r.signed_at is not None for r in own)))
    return options


@dataclass(frozen=True)
class SignatureRow:
    """A signature of a form as the signatures panel lists it."""

    id: int
    stage: str
    role: str
    name: str
    method: str | None
    signed_at: dt.datetime | None
    has_scan: bool

    @property
    def pending(self) -> bool:
        return self.signed_at is None


def signature_rows(kind: str, form_id: int) -> list[SignatureRow]:
    return [
        SignatureRow(s.id, s.stage, s.signer_role, s.signer_name, s.method, s.signed_at, s.scan is not None)
        for s in signing.signatures(kind, form_id)
    ]


def signing_state(kind: str, form_id: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Which signatures of the form are set and which are voided: when this changes, a form was signed or
    reopened, and an undo step taken before may no longer touch it."""
    rows = signing.signatures(kind, form_id, voided=True)
    return (
        tuple(sorted(s.id for s in rows if s.signed_at is not None)),
        tuple(sorted(s.id for s in rows if s.voided_at is not None)),
    )


def form_caption(kind: str, form_id: int) -> str:
    """The form as a signing dialog names it: "PO-2026-00001 — Inwerkopdracht — Zoë Çelik"."""
    form = signing.get_form(kind, form_id)
    if kind == "trajectory":
        person = form.participant_staff or form.participant_learner
        return " — ".join((f"CT-{form.id:05d}", _("Intake agreement"), person.display_name))
    learner = form.period.learner
    name = display_name(learner.first_name, learner.name_prefix, learner.last_name)
    return " — ".join(part for part in (form.number, forms.form_title(kind, form), name) if part)


def role_label(role: str) -> str:
    return choices.label(choices.SIGNER_ROLES, role)


def signing_summary(kind: str, form_id: int) -> str:
    """What a signer signs, in a few lines: an assessment's kind and its scores, an assignment's title,
    werkprocessen and deadline; empty for an intake agreement (its caption says it all)."""
    if kind == "trajectory":
        return ""
    form = signing.get_form(kind, form_id)
    if kind == "assignment":
        linked = linked_work_processes(form_id)
        codes = [wp.code for wp in forms.period_work_processes(form.period_id) if wp.id in linked]
        lines = [form.title]
        if codes:
            lines.append(_("Werkprocessen: {codes}").format(codes=", ".join(codes)))
        if form.deadline:
            lines.append(_("Deadline: {date}").format(date=format_date(form.deadline)))
        return "\n".join(lines)
    scores = [
        f"{line.code} {choices.label(choices.SCORES, line.score) if line.score else '–'}"
        for line in score_lines(form_id)
    ]
    lines = [choices.label(choices.ASSESSMENT_KINDS, form.kind), "; ".join(scores)]
    # Named as the form dialog names the fields beside which these scores are chosen.
    judged = ((_("Professional attitude"), form.attitude_score), (_("O&verall score:"), form.overall_score))
    for caption, score in ((caption.replace("&", "").rstrip(":"), score) for caption, score in judged):
        if score:
            lines.append(f"{caption}: {choices.label(choices.SCORES, score)}")
    if form.talk_date:
        lines.append(_("Assessment talk: {date}").format(date=format_date(form.talk_date)))
    return "\n".join(line for line in lines if line)


def fingerprint(kind: str, form_id: int) -> str:
    """The code of the form's content as every printed page shows it at its foot."""
    from desktop.pdf.forms import HASH_LENGTH
    from desktop.services.signed_content import content_hash

    return content_hash(kind, form_id)[:HASH_LENGTH]
