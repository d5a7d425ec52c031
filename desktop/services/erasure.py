"""Erase one person (the right to erasure, AVG article 17), keeping what the organisation must keep.

A signed BPV form is evidence that the organisation keeps for the retention period of signed forms
after the placement ended. While it is kept, the form, its signatures and what it needs (the period,
the learner's name and student number, its linked learning goals) stay; everything else about the
person is deleted or emptied, and the report says what was kept, why and until when. Once that
period has passed, the form stays as an anonymous record (scores and dates), with the names replaced
by "Geanonimiseerd" and signature images, scans and remarks removed.

All changes are one transaction with audit entries (record ids only), made with ``secure_delete`` on
and committed together with the note that the file still has to be rewritten. Afterwards the database
is rewritten (`desktop.storage.wiping`) so the erased text is not left in free pages of the file. When
that rewrite fails, the erase stays done and the report says so, with the command that finishes it:
never "erased" while the text can still be read.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import peewee

from desktop import clock, files
from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.services import school_drafts
from desktop.services.base import audit
from desktop.services.privacy import ANONYMISED, PersonRef, collect, get_person, signatures_by_staff, years_after
from desktop.services.retention_periods import retention_years
from desktop.storage import cipher, wiping
from desktop.storage import models as m
from desktop.storage.engine import engine_of
from desktop.storage.wiping import NotWiped

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Kept:
    """A record kept by the erase: which, why (translated), and until when (None: as long as it runs)."""

    table: str
    record_id: int
    label: str
    reason: str
    until: dt.date | None


@dataclass
class EraseReport:
    ref: PersonRef
    deleted: dict[str, int] = field(default_factory=dict)
    anonymised: dict[str, int] = field(default_factory=dict)
    kept: list[Kept] = field(default_factory=list)
    person_deleted: bool = False
    not_wiped: NotWiped | None = None  # why the file may still hold what was erased (None: wiped)
    drafts_removed: int = 0  # e-mail drafts to the school that carried the person's forms


def _period_end(period: m.BpvPeriod) -> dt.date | None:
    return period.ended_on or period.end_date


def _form_until(period: m.BpvPeriod) -> dt.date | None:
    end = _period_end(period)
    return years_after(end, retention_years("signed_form")) if end else None


def _signed(column, ids: list[int]) -> set[int]:
    sig = m.Signature
    query = sig.select(column).where(column.in_(ids or [0]) & sig.signed_at.is_null(False)).distinct()
    return {row[0] for row in query.tuples()}


@dataclass
class _Forms:
    """A learner's forms split by what the erase does with them."""

    retained: list[tuple[str, m.BaseModel, dt.date | None]] = field(default_factory=list)
    expired: list[tuple[str, m.BaseModel]] = field(default_factory=list)
    unsigned: list[tuple[str, m.BaseModel]] = field(default_factory=list)


def _learner_forms(period_ids: list[int], today: dt.date) -> _Forms:
    result = _Forms()
    for kind, model, column in (
        ("assignment", m.PracticeAssignment, m.Signature.assignment),
        ("assessment", m.Assessment, m.Signature.assessment),
    ):
        forms = list(model.select().where(model.period.in_(period_ids or [0])))
        signed = _signed(column, [f.id for f in forms])
        for form in forms:
            if form.id not in signed:
                result.unsigned.append((kind, form))
                continue
            until = _form_until(form.period)
            if until is None or until > today:
                result.retained.append((kind, form, until))
            else:
                result.expired.append((kind, form))
    return result


def _set(model: type[m.BaseModel], ids: list[int], values: dict, report: EraseReport) -> None:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return
    for start in range(0, len(ids), 500):
        model.update(**values).where(model.id.in_(ids[start : start + 500])).execute()
    table = model._meta.table_name
    report.anonymised[table] = report.anonymised.get(table, 0) + len(ids)
    for record_id in ids:
        audit("update", table, record_id, sorted(values))


def _delete(model: type[m.BaseModel], ids: list[int]) -> None:
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), 500):
        model.delete().where(model.id.in_(ids[start : start + 500])).execute()


def _anonymise_forms(expired: list[tuple[str, m.BaseModel]], report: EraseReport) -> None:
    """Signed forms past their period: names, signature images, scans and free text go; scores stay."""
    assignments = [form.id for kind, form in expired if kind == "assignment"]
    assessments = [form.id for kind, form in expired if kind == "assessment"]
    sig = m.Signature
    signatures = [
        row[0]
        for row in sig.select(sig.id)
        .where(sig.assignment.in_(assignments or [0]) | sig.assessment.in_(assessments or [0]))
        .tuples()
    ]
    _set(sig, signatures, {"signer_name": ANONYMISED, "image": None, "scan": None, "scan_name": ""}, report)
    _set(m.PracticeAssignment, assignments, {"description": "", "assessment_method": ""}, report)
    _set(m.Assessment, assessments, {"participants": "", "overall_judgement": "", "attitude_remarks": ""}, report)
    score = m.AssessmentScore
    scores = [row[0] for row in score.select(score.id).where(score.assessment.in_(assessments or [0])).tuples()]
    _set(score, scores, {"remarks": ""}, report)
    # The learning goals an anonymous form pointed at are the learner's own words: they go.
    link = m.AssignmentGoal
    goals = [row[0] for row in link.select(link.goal).where(link.assignment.in_(assignments or [0])).tuples()]
    _delete(m.LearningGoal, goals)


def _erase_learner(ref: PersonRef, today: dt.date, report: EraseReport) -> None:
    learner = get_person(ref)
    periods = {p.id: p for p in m.BpvPeriod.select().where(m.BpvPeriod.learner == learner.id)}
    forms = _learner_forms(list(periods), today)
    kept_periods = {form.period_id for _kind, form, _until in forms.retained} | {
        form.period_id for _kind, form in forms.expired
    }
    retained_assignments = [form.id for kind, form, _until in forms.retained if kind == "assignment"]

    m.Certificate.delete().where(m.Certificate.learner == learner.id).execute()
    m.Enrolment.delete().where(m.Enrolment.learner == learner.id).execute()
    m.CoachingTrajectory.delete().where(m.CoachingTrajectory.participant_learner == learner.id).execute()
    for kind, form in forms.unsigned:
        (m.PracticeAssignment if kind == "assignment" else m.Assessment).delete().where(
            (m.PracticeAssignment if kind == "assignment" else m.Assessment).id == form.id
        ).execute()
    _anonymise_forms(forms.expired, report)
    for model in (m.PhaseTask, m.Meeting, m.StudentEvaluation, m.PeriodEvaluation):
        model.delete().where(model.period.in_(list(kept_periods) or [0])).execute()
    link = m.AssignmentGoal
    needed = link.select(link.goal).where(link.assignment.in_(retained_assignments or [0]))
    goal = m.LearningGoal
    goal.delete().where(goal.period.in_(list(kept_periods) or [0]) & goal.id.not_in(needed)).execute()
    m.BpvPeriod.delete().where(
        (m.BpvPeriod.learner == learner.id) & m.BpvPeriod.id.not_in(list(kept_periods) or [0])
    ).execute()
    _set(m.BpvPeriod, list(kept_periods), {"notes": "", "end_reason": None, "end_reason_text": ""}, report)
    _erase_agreements([periods[period_id] for period_id in kept_periods], today, report)

    if not kept_periods:
        m.Learner.delete().where(m.Learner.id == learner.id).execute()
        report.person_deleted = True
        return
    contact = {"birth_date": None, "email": "", "phone": "", "address": "", "postal_code": "", "city": "", "notes": ""}
    if forms.retained:
        # The kept forms must still say whose they are: name and student number stay until they expire.
        _set(m.Learner, [learner.id], contact, report)
        reason = _("a signed BPV form is kept for {years} years after the BPV period ended").format(
            years=retention_years("signed_form")
        )
        for kind, form, until in forms.retained:
            table = m.PracticeAssignment._meta.table_name if kind == "assignment" else m.Assessment._meta.table_name
            report.kept.append(Kept(table, form.id, form.number, reason, until))
        return
    names = {"first_name": ANONYMISED, "name_prefix": "", "last_name": "", "student_number": "", "staff": None}
    _set(m.Learner, [learner.id], {**contact, **names}, report)


def _erase_agreements(kept_periods: list[m.BpvPeriod], today: dt.date, report: EraseReport) -> None:
    """The agreements of a period that stays (those of the others went with them). A signed agreement is
    evidence as a signed form is, kept as long; past that, its scan and notes go. Unsigned ones go."""
    a = m.Agreement
    reason = _("a signed agreement is kept for {years} years after the BPV period ended").format(
        years=retention_years("signed_form")
    )
    expired = []
    for agreement in a.select().where(a.period.in_([p.id for p in kept_periods] or [0])):
        if agreement.signed_on is None:
            _delete(a, [agreement.id])
            continue
        until = _form_until(agreement.period)
        if until is None or until > today:
            report.kept.append(Kept(a._meta.table_name, agreement.id, str(agreement.id), reason, until))
        else:
            expired.append(agreement.id)
    _set(a, expired, {"scan": None, "scan_name": "", "notes": ""}, report)


def _erase_staff(ref: PersonRef, today: dt.date, report: EraseReport) -> None:
    staff = get_person(ref)
    own_trajectories = m.CoachingTrajectory.participant_staff == staff.id
    m.CoachingTrajectory.delete().where(own_trajectories).execute()
    signatures = list(m.Signature.select().where(m.Signature.id.in_(signatures_by_staff(staff) or [0])))
    expired = []
    reason = _("a signed BPV form is kept for {years} years after the BPV period ended").format(
        years=retention_years("signed_form")
    )
    for signature in signatures:
        if not (signature.assignment_id or signature.assessment_id):
            expired.append(signature.id)  # a coaching agreement of someone else: the name goes, the row stays
            continue
        form = signature.assignment if signature.assignment_id else signature.assessment
        until = _form_until(form.period)
        if until is None or until > today:
            report.kept.append(Kept(m.Signature._meta.table_name, signature.id, form.number, reason, until))
        else:
            expired.append(signature.id)
    _set(m.Signature, expired, {"signer_name": ANONYMISED, "image": None, "scan": None, "scan_name": ""}, report)
    m.Certificate.delete().where(m.Certificate.staff == staff.id).execute()
    m.ExternalTrainingRequest.delete().where(m.ExternalTrainingRequest.staff == staff.id).execute()
    m.Enrolment.delete().where(m.Enrolment.staff == staff.id).execute()
    m.StaffRole.delete().where(m.StaffRole.staff == staff.id).execute()
    m.DevelopmentTalk.delete().where(m.DevelopmentTalk.staff == staff.id).execute()
    m.CoachMeetingAttendee.delete().where(m.CoachMeetingAttendee.staff == staff.id).execute()
    coached = [t.id for t in m.CoachingTrajectory.select().where(m.CoachingTrajectory.coach == staff.id)]
    if not coached:
        m.Staff.delete().where(m.Staff.id == staff.id).execute()
        report.person_deleted = True
        return
    # A trajectory must name its coach: the record stays, without anything that says who it was.
    values = {
        "first_name": ANONYMISED,
        "name_prefix": "",
        "last_name": "",
        "employee_number": None,
        "email": "",
        "phone": "",
        "job_title": "",
        "active": False,
        "fte": None,
    }
    _set(m.Staff, [staff.id], values, report)
    reason = _("a coaching trajectory needs its coach; the staff record is kept without name or contact details")
    for trajectory_id in coached:
        report.kept.append(Kept(m.CoachingTrajectory._meta.table_name, trajectory_id, str(trajectory_id), reason, None))


def erase_in_transaction(ref: PersonRef, today: dt.date | None = None) -> EraseReport:
    """The erase itself; the caller holds the transaction (and vacuums afterwards)."""
    today = today or clock.today()
    report = EraseReport(ref)
    before = collect(ref)
    if ref.kind == "learner":
        _erase_learner(ref, today, report)
    else:
        _erase_staff(ref, today, report)
    for model, ids in before.about.items():
        if model is m.AuditEntry or not ids:
            continue
        still = {row[0] for row in model.select(model.id).where(model.id.in_(ids)).tuples()}
        gone = [record_id for record_id in ids if record_id not in still]
        if gone:
            report.deleted[model._meta.table_name] = len(gone)
            for record_id in gone:
                audit("delete", model._meta.table_name, record_id)
    return report


def erase_person(ref: PersonRef, today: dt.date | None = None) -> EraseReport:
    """Erase `ref` in one transaction, then rewrite the database file so nothing erased is left in it.

    Raises a `LeerWerkError` when the disk is full before the erase was committed (nothing changed);
    a rewrite that fails afterwards is reported in `EraseReport.not_wiped`."""
    get_person(ref)  # NotFoundError before anything changes
    numbers = school_drafts.form_numbers_of(ref)  # before the erase: it may delete the forms
    refused = _("The disk is full: {person} was not erased, nothing was changed.").format(person=ref)
    report, not_wiped = erase_committed(lambda: erase_in_transaction(ref, today), refused)
    report.not_wiped = not_wiped
    report.drafts_removed = school_drafts.remove_drafts_with(numbers)
    log.info(
        "Erased %s: %d rows deleted, %d anonymised, %d kept, %d drafts removed, %s",
        ref,
        sum(report.deleted.values()),
        sum(report.anonymised.values()),
        len(report.kept),
        report.drafts_removed,
        "wiped" if report.not_wiped is None else f"not wiped ({report.not_wiped.value})",
    )
    return report


Result = TypeVar("Result")


def erase_committed(work: Callable[[], Result], refused: str) -> tuple[Result, NotWiped | None]:
    """Run `work` (deletions and anonymisations) in one transaction with ``secure_delete`` on and the
    wipe noted as owed, then rewrite the file; returns what `work` returned and why the file was not
    rewritten (None: it was).

    A full disk while the transaction runs or commits raises a `LeerWerkError` with `refused`: SQLite
    has then rolled it back, so nothing changed."""
    database = m.db.obj
    if engine_of(database).is_server:
        # No file to rewrite: the rows are rewritten and deleted in the database; what the server itself keeps of
        # them (old row versions until vacuumed, its WAL, dumps) is the IT supplier's to clear (README).
        with database.atomic():
            return work(), None
    wiping.before_erasing(database)
    try:
        with database.atomic():
            result = work()
            wiping.owe(database)
    except cipher.errors(peewee.DatabaseError) as error:
        # SQLite rolls a transaction back itself when the disk is full; the rollback that follows then
        # fails with "no transaction is active" and hides the full disk behind it.
        if any(files.is_disk_full(cause) for cause in _causes(error)):
            wiping.let_go_of_statements(error)
            raise LeerWerkError(refused) from error
        raise
    return result, wiping.wipe(database)


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__
