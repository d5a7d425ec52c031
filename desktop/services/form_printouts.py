"""What a printed BPV form shows, read from the database in the form's own language.

Reading happens on the caller's thread (the connection belongs to it) and gives a plain
`FormDocument`; rendering takes only that, so a batch can be rendered on a worker thread. Importing
this module loads no ReportLab: `render` does, when it is called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import Translator, _, translator
from desktop.paths import NOT_IN_FILE_NAMES
from desktop.pdf import address_lines
from desktop.pdf.form_data import FormDocument, ScoreRow, SignatureBlock
from desktop.services import forms
from desktop.services.output import write_atomically
from desktop.storage import choices
from desktop.storage import models as m


def label(tr: Translator, vocabulary: dict[str, str], code: str | None) -> str:
    """The label of `code` in `vocabulary`, in the language of `tr` (the code itself when unknown)."""
    if not code:
        return ""
    message = vocabulary.get(code)
    return tr._(message) if message else code


def _organisation() -> m.Organisation | None:
    return m.Organisation.select().order_by(m.Organisation.id).first()


def letterhead_fields() -> dict:
    """The organisation's name, address lines, SBB number and logo, as `FormDocument` takes them."""
    organisation = _organisation()
    return {
        "organisation": organisation.name if organisation else "",
        "organisation_lines": address_lines(organisation) if organisation else (),
        "sbb_id": organisation.sbb_id if organisation else "",
        "logo": bytes(organisation.logo) if organisation and organisation.logo else None,
    }


def programme_line(tr: Translator, programme: m.Programme) -> str:
    parts = [tr._("crebo {crebo}").format(crebo=programme.crebo) if programme.crebo else ""]
    parts.append(label(tr, choices.LEVELS, programme.level))
    parts.append(programme.pathway or "")
    details = ", ".join(part for part in parts if part)
    return f"{programme.name} ({details})" if details else programme.name


def _period_line(tr: Translator, period: m.BpvPeriod) -> str:
    start = tr.format_date(period.start_date, "long")
    if period.end_date is None:
        return tr._("from {start}").format(start=start)
    return f"{start} – {tr.format_date(period.end_date, 'long')}"


def _particulars(tr: Translator, period: m.BpvPeriod) -> tuple[tuple[str, str], ...]:
    learner = period.learner
    school = period.school.name
    supervisor = period.school_supervisor.display_name if period.school_supervisor_id else ""
    location = ""
    if period.team_id:
        location = f"{period.team.location.name}, {period.team.name}"
    pairs = [
        (tr._("Learner"), learner.display_name),
        (tr._("Student number"), learner.student_number),
        (tr._("Programme"), programme_line(tr, period.programme)),
        (tr._("School"), school),
        (tr._("BPV supervisor of the school"), supervisor),
        (tr._("BPV period"), _period_line(tr, period)),
        (tr._("Location and team"), location),
        (tr._("Practice trainer"), period.practice_trainer.display_name if period.practice_trainer_id else ""),
        (tr._("Work supervisor"), period.work_supervisor.display_name if period.work_supervisor_id else ""),
    ]
    return tuple((name, value) for name, value in pairs if value)


def signature_blocks(tr: Translator, kind: str, rows: list[m.Signature]) -> tuple[SignatureBlock, ...]:
    two_rounds = kind == "assignment" and len({row.stage for row in rows}) > 1
    blocks = []
    for row in rows:
        signed = row.signed_at.date() if row.signed_at else None
        stage = ""
        if kind == "assignment":
            stage = label(tr, choices.SIGNATURE_STAGES, row.stage) if two_rounds or row.stage == "final" else ""
            if not two_rounds and row.stage == "issue":
                stage = tr._("For agreement")
        blocks.append(
            SignatureBlock(
                role=label(tr, choices.SIGNER_ROLES, row.signer_role),
                name=row.signer_name,
                signed_on=signed,
                image=bytes(row.image) if row.image and row.method == "screen" else None,
                method=label(tr, choices.SIGNATURE_METHODS, row.method) if signed else "",
                stage=stage,
            )
        )
    return tuple(blocks)


def _hours(tr: Translator, value: int | None) -> str:
    return tr.format_number(value) if value is not None else ""


def form_document(kind: str, form_id: int, *, printed_on: dt.date | None = None) -> FormDocument:
    """Everything the printed form shows, translated into the form's language."""
    form = forms.get_form(kind, form_id)
    tr = translator(form.language)
    period = form.period
    current = forms.content_hash(kind, form.id)
    rows = forms.signatures(kind, form.id)
    standing = [s for s in rows if s.signed_at is not None]
    common = {
        "language": tr.language,
        "kind": kind,
        "number": form.number,
        "content_hash": current,
        "signatures_match": all(s.content_hash == current for s in standing),
        **letterhead_fields(),
        "particulars": _particulars(tr, period),
        "signatures": signature_blocks(tr, kind, rows),
        "printed_on": printed_on or clock.today(),
    }
    if kind == "assignment":
        return _assignment_document(tr, form, common)
    return _assessment_document(tr, form, common)


def _assignment_document(tr: Translator, form: m.PracticeAssignment, common: dict) -> FormDocument:
    query = (
        m.WorkProcess.select()
        .join(m.AssignmentWorkProcess)
        .where(m.AssignmentWorkProcess.assignment == form.id)
        .order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id)
    )
    processes = tuple((wp.code, wp.title) for wp in query)
    goals = (
        m.LearningGoal.select()
        .join(m.AssignmentGoal)
        .where(m.AssignmentGoal.assignment == form.id)
        .order_by(m.LearningGoal.position, m.LearningGoal.id)
    )
    sections = [
        (tr._("Assignment"), form.title),
        (tr._("Description"), form.description),
        (tr._("Deadline"), tr.format_date(form.deadline, "long")),
        (tr._("How it is assessed"), form.assessment_method),
        (tr._("Status"), label(tr, choices.ASSIGNMENT_STATUSES, form.status)),
    ]
    return FormDocument(
        title=tr._("Practice assignment"),
        sections=tuple((name, text) for name, text in sections if text),
        work_processes=processes,
        goals=tuple(goal.text for goal in goals),
        **common,
    )


def _assessment_document(tr: Translator, form: m.Assessment, common: dict) -> FormDocument:
    query = (
        m.AssessmentScore.select(m.AssessmentScore, m.WorkProcess)
        .join(m.WorkProcess)
        .where(m.AssessmentScore.assessment == form.id)
        .order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id)
    )
    scores = tuple(
        ScoreRow(line.work_process.code, line.work_process.title, label(tr, choices.SCORES, line.score), line.remarks)
        for line in query
    )
    summary = (
        ScoreRow(
            "", tr._("Professional attitude"), label(tr, choices.SCORES, form.attitude_score), form.attitude_remarks
        ),
        ScoreRow("", tr._("Overall judgement"), label(tr, choices.SCORES, form.overall_score), ""),
    )
    hours = ""
    if form.planned_hours is not None or form.realised_hours is not None:
        hours = tr._("planned {planned}, realised {realised}").format(
            planned=_hours(tr, form.planned_hours) or "–", realised=_hours(tr, form.realised_hours) or "–"
        )
    sections = [
        (tr._("Date of the assessment talk"), tr.format_date(form.talk_date, "long")),
        (tr._("Due"), tr.format_date(form.due_on, "long")),
        (tr._("BPV hours"), hours),
        (tr._("Taking part"), form.participants),
        (tr._("Overall judgement"), form.overall_judgement),
    ]
    title = tr._("Assessment form: {kind}").format(kind=label(tr, choices.ASSESSMENT_KINDS, form.kind).lower())
    return FormDocument(
        title=title,
        sections=tuple((name, text) for name, text in sections if text),
        scores=scores,
        summary_scores=summary,
        **common,
    )


def render(document: FormDocument) -> bytes:
    """The PDF of `document` (loads ReportLab on first use)."""
    from desktop.pdf.forms import render_form

    return render_form(document)


def form_pdf(kind: str, form_id: int) -> bytes:
    return render(form_document(kind, form_id))


def file_name(number: str, learner: str) -> str:
    """A file name that Windows accepts: "BF-2026-00042 Zoë van der Berg.pdf"."""
    text = NOT_IN_FILE_NAMES.sub(" ", f"{number} {learner}")
    text = " ".join(text.split()).rstrip(". ")
    return f"{text[:150]}.pdf"


def save_forms(
    keys: list[tuple[str, int]],
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Render each form to `folder`, one PDF per form named by number and learner (a file of that name
    is replaced: it is the same form). Returns the files written; stops between forms when `cancelled`."""
    if not folder.is_dir():
        raise ValidationError("out", _("The folder {folder} does not exist.").format(folder=folder))
    names = {row.key: row.name for row in forms.form_rows(keys)}
    written = []
    for done, (kind, form_id) in enumerate(keys):
        if cancelled is not None and cancelled():
            break
        document = form_document(kind, form_id)
        target = folder / file_name(document.number, names.get((kind, form_id), ""))
        write_atomically(target, render(document))
        written.append(target)
        if progress is not None:
            progress(done + 1, len(keys))
    return written
