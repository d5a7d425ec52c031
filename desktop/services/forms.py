"""BPV forms: practice assignments and assessment forms, who signs them, saving and deleting them.

A form is addressed as `(kind, id)` with kind "assignment" or "assessment". Its signatures are set,
checked and voided through `desktop.services.signing`: while some stand, saving a change to what the
form says (`desktop.services.signed_content`) is refused.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.base import CrudService, Snapshot, count_held_change, signed_content_refused
from desktop.services.bpv import phase_windows
from desktop.services.form_numbers import take_number
from desktop.services.signing import (
    Signer,
    fixed_content,
    frozen_guard,
    get_form,
    has_stage,
    model_of,
    replace_signed,
    set_signers,
    settle_status,
    signature_column,
    signatures,
    stage_complete,
)
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.choices import label
from desktop.storage.models import db

if TYPE_CHECKING:
    from desktop.services.form_lists import FormRow

KINDS = choices.FORM_KINDS
FINISHED = {"assignment": "signed_off", "assessment": "signed"}


# -- who signs -----------------------------------------------------------------------------------------


def default_signers(period: m.BpvPeriod, kind: str, assessment_kind: str | None = None) -> list[Signer]:
    """Who signs: the learner and the praktijkopleider, the werkbegeleider when the period has one, and
    on a final assessment the school's BPV supervisor when known."""
    signers = [Signer("learner", period.learner.display_name)]
    if period.practice_trainer_id:
        signers.append(Signer("practice_trainer", period.practice_trainer.display_name))
    if period.work_supervisor_id:
        signers.append(Signer("work_supervisor", period.work_supervisor.display_name))
    if kind == "assessment" and assessment_kind == "final" and period.school_supervisor_id:
        signers.append(Signer("school_supervisor", period.school_supervisor.display_name))
    return signers


def signer_choices(period: m.BpvPeriod) -> list[Signer]:
    """Every role that can sign a form of `period`, with the person's name where the period names one."""
    names = {
        "learner": period.learner.display_name,
        "practice_trainer": period.practice_trainer.display_name if period.practice_trainer_id else "",
        "work_supervisor": period.work_supervisor.display_name if period.work_supervisor_id else "",
        "school_supervisor": period.school_supervisor.display_name if period.school_supervisor_id else "",
    }
    return [Signer(role, name) for role, name in names.items()]


# -- defaults ----------------------------------------------------------------------------------------------


def assessment_due(period: m.BpvPeriod, kind: str) -> dt.date | None:
    """When an assessment is due by the period's dates: end of induction, halfway, a week before the end."""
    if period.end_date is None:
        return None
    length = (period.end_date - period.start_date).days
    intro, _evaluation = phase_windows(length)
    if kind == "induction":
        return period.start_date + dt.timedelta(days=intro)
    if kind == "interim":
        return period.start_date + dt.timedelta(days=length // 2)
    return period.end_date - dt.timedelta(days=7)


def participants_of(period: m.BpvPeriod, kind: str) -> str:
    return ", ".join(s.name for s in default_signers(period, "assessment", kind) if s.name)


def period_work_processes(period_id: int) -> list[m.WorkProcess]:
    period = m.BpvPeriod.get_by_id(period_id)
    query = m.WorkProcess.select().where(m.WorkProcess.programme == period.programme_id)
    return list(query.order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id))


# -- saving ------------------------------------------------------------------------------------------------


class AssignmentService(CrudService):
    model = m.PracticeAssignment
    vocabularies = {"status": choices.ASSIGNMENT_STATUSES, "language": {"nl": "Nederlands", "en": "English"}}
    rules = {"title": lambda f, value: v.text(f, value, required=True, max_length=200)}


class AssessmentService(CrudService):
    model = m.Assessment
    vocabularies = {
        "status": choices.ASSESSMENT_STATUSES,
        "kind": choices.ASSESSMENT_KINDS,
        "attitude_score": choices.SCORES,
        "overall_score": choices.SCORES,
        "language": {"nl": "Nederlands", "en": "English"},
    }
    rules = {
        "planned_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "realised_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        # A draft carries the planned date of its talk; the talk must have been held only when signing.
        "talk_date": lambda f, value: v.date(f, value),
    }


SERVICES = {"assignment": AssignmentService(), "assessment": AssessmentService()}


def service(kind: str) -> CrudService:
    model_of(kind)
    return SERVICES[kind]


def _check_links(period_id: int, work_process_ids: list[int], goal_ids: list[int]) -> None:
    period = m.BpvPeriod.get_or_none(m.BpvPeriod.id == period_id)
    if period is None:
        raise ValidationError("period", _("Refers to a record that does not exist (number {id}).").format(id=period_id))
    allowed = {wp.id for wp in period_work_processes(period_id)}
    for wp in work_process_ids:
        if wp not in allowed:
            raise ValidationError("work_processes", _("This werkproces is not part of the learner's programme."))
    goals = {g.id for g in m.LearningGoal.select(m.LearningGoal.id).where(m.LearningGoal.period == period_id)}
    for goal in goal_ids:
        if goal not in goals:
            raise ValidationError("goals", _("This learning goal belongs to another BPV period."))


def _check_status(kind: str, form, status: str | None) -> None:
    if status == FINISHED[kind] and form.status != status and not stage_complete(kind, form.id, "final"):
        raise ValidationError("status", _("Can only be set when every signer has signed."))


def _set_links(model, target, assignment_id: int, wanted: list[int]) -> None:
    """Make the assignment link to exactly `wanted` (ids of `target`'s rows), touching only the links that change:
    a signed assignment's links are fixed by the database (schema 20), also against a rewrite of the same."""
    column = target.column_name
    stored = {getattr(row, column) for row in model.select(target).where(model.assignment == assignment_id)}
    gone = stored - set(wanted)
    if gone:
        model.delete().where((model.assignment == assignment_id) & target.in_(sorted(gone))).execute()
    for other in dict.fromkeys(wanted):
        if other not in stored:
            model.create(**{"assignment": assignment_id, target.name: other})


def save_assignment(
    assignment_id: int | None,
    values: dict,
    *,
    work_processes: list[int] | None = None,
    goals: list[int] | None = None,
    signers: list[Signer] | None = None,
    seen_version: int | None = None,
) -> m.PracticeAssignment:
    """Create or change a practice assignment with its werkprocessen, goals and signers, in one go; a change is
    refused when someone else changed the form since `seen_version` (the one the dialog read)."""
    svc = SERVICES["assignment"]
    with db.atomic():
        if assignment_id is None:
            values = {"number": take_number("assignment"), **values}
            cleaned = svc.clean(values, partial=False)
            _check_links(cleaned["period"], work_processes or [], goals or [])
            if cleaned.get("status", "draft") not in ("draft", "issued"):
                raise ValidationError("status", _("A new assignment starts as draft or issued."))
            form = svc.create(**values)
            before = None
        else:
            read = snapshot_form("assignment", assignment_id) if seen_version is not None else None
            form, before = _update_fields("assignment", assignment_id, values, seen_version)
        if work_processes is not None or goals is not None:
            _check_links(form.period_id, work_processes or [], goals or [])
        with signed_content_refused():
            if work_processes is not None:
                _set_links(m.AssignmentWorkProcess, m.AssignmentWorkProcess.work_process, form.id, work_processes)
            if goals is not None:
                _set_links(m.AssignmentGoal, m.AssignmentGoal.goal, form.id, goals)
        period = m.BpvPeriod.get_by_id(form.period_id)
        if signers is None and assignment_id is None:
            signers = default_signers(period, "assignment")
        if signers is not None:
            set_signers("assignment", form, "issue", signers)
            if form.status in ("assessed", "signed_off") or has_stage("assignment", form.id, "final"):
                set_signers("assignment", form, "final", signers)
        elif form.status == "assessed" and not has_stage("assignment", form.id, "final"):
            issue = [
                Signer(s.signer_role, s.signer_name) for s in signatures("assignment", form.id) if s.stage == "issue"
            ]
            set_signers("assignment", form, "final", issue or default_signers(period, "assignment"))
        if signers is not None and assignment_id is not None:
            settle_status("assignment", form)
        if assignment_id is not None:
            count_held_change(SERVICES["assignment"], form.id, seen_version, read)
        frozen_guard("assignment", form.id, before)
    return get_form("assignment", form.id)


def _update_fields(kind: str, form_id: int, values: dict, seen_version: int | None = None):
    """Change a form's own fields; returns the form and, when it is signed, its content hash before
    (the caller compares it once everything is written, inside the same transaction). `seen_version`: the version
    the dialog read; refused when someone else changed the form since."""
    svc = SERVICES[kind]
    form = svc.get(form_id)
    if seen_version is not None and form.version != seen_version:
        raise svc.changed_since_read(form_id)
    before = fixed_content(kind, form.id)
    if "period" in values and svc.clean({"period": values["period"]}, partial=True)["period"] != form.period_id:
        raise ValidationError("period", _("A form stays with its BPV period."))
    _check_status(kind, form, values.get("status"))
    if values:
        form, _previous = svc.update(form.id, **values)
    return form, before


def save_assessment(
    assessment_id: int | None,
    values: dict,
    *,
    scores: list[tuple[int, str | None, str]] | None = None,
    signers: list[Signer] | None = None,
    seen_version: int | None = None,
) -> m.Assessment:
    """Create or change an assessment form with its scores per werkproces and its signers; a change is refused
    when someone else changed the form since `seen_version` (the one the dialog read).

    A new form gets a line for every werkproces of the learner's programme; `scores` gives
    (werkproces id, score or None, remarks) for the lines to set.
    """
    svc = SERVICES["assessment"]
    with db.atomic():
        if assessment_id is None:
            values = {"number": take_number("assessment"), **values}
            cleaned = svc.clean(values, partial=False)
            if cleaned.get("status", "draft") == "signed":
                raise ValidationError("status", _("Can only be set when every signer has signed."))
            period = m.BpvPeriod.get_by_id(cleaned["period"])
            values.setdefault("due_on", assessment_due(period, cleaned["kind"]))
            values.setdefault("planned_hours", period.planned_hours)
            values.setdefault("participants", participants_of(period, cleaned["kind"]))
            form = svc.create(**values)
            for wp in period_work_processes(period.id):
                m.AssessmentScore.create(assessment=form.id, work_process=wp.id)
            before = None
        else:
            read = snapshot_form("assessment", assessment_id) if seen_version is not None else None
            form, before = _update_fields("assessment", assessment_id, values, seen_version)
        if scores is not None:
            lines = {
                s.work_process_id: s for s in m.AssessmentScore.select().where(m.AssessmentScore.assessment == form.id)
            }
            for wp, score, remarks in scores:
                line = lines.get(wp)
                if line is None:
                    raise ValidationError("scores", _("This werkproces is not part of the learner's programme."))
                line.score = v.choice("scores", score, choices.SCORES, required=False)
                line.remarks = v.text("scores", remarks, max_length=2000, multiline=True)
                svc._write(line.save)  # the database refuses a changed line of a signed form, as the form itself
        if signers is None and assessment_id is None:
            signers = default_signers(m.BpvPeriod.get_by_id(form.period_id), "assessment", form.kind)
        if signers is not None:
            set_signers("assessment", form, "final", signers)
            if assessment_id is not None:
                settle_status("assessment", form)
        if assessment_id is not None:
            count_held_change(SERVICES["assessment"], form.id, seen_version, read)
        frozen_guard("assessment", form.id, before)
    return get_form("assessment", form.id)


def delete_form(kind: str, form_id: int, seen_version: int | None = None) -> Snapshot:
    """Delete a form that nobody has ever signed: signed forms are evidence and stay, also after a reopen. Refused
    when someone else changed it since `seen_version` (what a list or an undo step read)."""
    svc = service(kind)
    form = get_form(kind, form_id)
    column = signature_column(kind)
    if m.Signature.select().where((column == form.id) & m.Signature.signed_at.is_null(False)).exists():
        # Voided signatures too: they are the evidence of what was signed before a reopen.
        raise ValidationError("id", _("This form has been signed and must be kept."))
    return svc.delete_unchanged(form.id, seen_version)


def read_for_delete(kind: str, form_id: int) -> tuple[FormRow, int]:
    """The form's line of the list as it is now, with its version, read when its delete is asked: the question shows
    this line, and the delete states this version, so that a change someone else makes to the form while the question
    is open (or since the list was read) is refused instead of deleted with it. The version is read first: a change
    landing between the two reads shows in the line but not in the version, and is refused too."""
    from desktop.services.form_lists import form_rows

    version = get_form(kind, form_id).version
    rows = form_rows([(kind, form_id)])
    if not rows:
        raise service(kind).changed_since_read(form_id)  # deleted by someone else between the two reads
    return rows[0], version


def snapshot_form(kind: str, form_id: int) -> Snapshot:
    return service(kind).snapshot(get_form(kind, form_id))


def replace_form(kind: str, snapshot: Snapshot, seen_version: int | None = None) -> int | None:
    """Put a form back exactly as in `snapshot` (undo and redo of an edit), as `signing.replace_signed` does;
    refused when someone else changed it since `seen_version` (the version the step being undone or redone left).
    Returns the version the form has now."""
    return replace_signed(kind, snapshot, service(kind), seen_version)


def form_title(kind: str, form) -> str:
    if kind == "assignment":
        return form.title
    return label(choices.ASSESSMENT_KINDS, form.kind)
