"""Which rows are about one person (a learner or a staff member), for the AVG export and erasure.

A person is named as ``learner:42`` or ``staff:7`` (the record number, never the name, so that a
command line in a log or a shell history holds no personal data). `collect` walks the data model:
the rows *about* the person (their own record and everything that belongs to it), and for staff the
rows that only *mention* them (a placement where they are praktijkopleider, a session they gave).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.storage import models as m

KINDS = ("learner", "staff")
ANONYMISED = "Geanonimiseerd"  # stored, not shown through _(): the same word in every language of the data
STAFF_SIGNER_ROLES = ("practice_trainer", "work_supervisor", "participant", "coach", "manager")


@dataclass(frozen=True)
class PersonRef:
    kind: str  # "learner" or "staff"
    id: int

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @property
    def model(self) -> type[m.PersonName]:
        return m.Learner if self.kind == "learner" else m.Staff


def parse_person(text: str) -> PersonRef:
    """``learner:42`` or ``staff:7`` (also ``learner 42``, any case); raises `ValidationError`."""
    kind, _sep, number = text.strip().lower().replace(" ", ":").partition(":")
    record = v.record_number(number)
    if record is None and number.isascii() and number.isdecimal() and len(number) <= 100:
        if int(number) > v.SQLITE_INT_MAX:  # well formed, beyond SQLite's integers: no record has it (get_person)
            record = int(number)
    if kind not in KINDS or record is None:
        raise ValidationError(
            "person",
            _("{text} does not name a person: write learner:NUMBER or staff:NUMBER, e.g. learner:42.").format(
                text=text.strip() or '""'
            ),
        )
    return PersonRef(kind, record)


def get_person(ref: PersonRef) -> m.PersonName:
    # A number beyond SQLite's integers is no record (SQLite would refuse to even compare it).
    person = ref.model.get_or_none(ref.model.id == ref.id) if v.record_id(ref.id) else None
    if person is None:
        if ref.kind == "learner":
            raise NotFoundError(_("There is no learner with number {id}.").format(id=ref.id))
        raise NotFoundError(_("There is no staff member with number {id}.").format(id=ref.id))
    return person


def is_anonymised(person: m.PersonName) -> bool:
    return person.first_name == ANONYMISED


@dataclass
class Mention:
    table: str
    id: int
    columns: tuple[str, ...]


@dataclass
class PersonRows:
    """Record ids per table: `about` the person, and rows that only `mention` them."""

    ref: PersonRef
    about: dict[type[m.BaseModel], list[int]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, model: type[m.BaseModel], ids) -> list[int]:
        ids = [i for i in ids if i is not None]
        known = self.about.setdefault(model, [])
        fresh = [i for i in dict.fromkeys(ids) if i not in known]
        known += fresh
        return ids

    def ids(self, model: type[m.BaseModel]) -> list[int]:
        return self.about.get(model, [])


def _ids(query) -> list[int]:
    return [row[0] for row in query.tuples()]


def _where(model: type[m.BaseModel], condition) -> list[int]:
    return _ids(model.select(model.id).where(condition))


def _in(column, ids: list[int]):
    # SQLite limits bound parameters (999 in old builds); a person never has that many rows of one kind
    # except in stress tests, so chunking is left out and the list is bounded by one person's records.
    return column.in_(ids or [0])


def _enrolment_rows(rows: PersonRows, enrolment_ids: list[int]) -> None:
    rows.add(m.Enrolment, enrolment_ids)
    rows.add(m.Attendance, _ids(m.Attendance.select(m.Attendance.id).where(_in(m.Attendance.enrolment, enrolment_ids))))
    rows.add(
        m.LearningGoal,
        _ids(m.LearningGoal.select(m.LearningGoal.id).where(_in(m.LearningGoal.enrolment, enrolment_ids))),
    )


def _trajectory_rows(rows: PersonRows, trajectory_ids: list[int]) -> None:
    rows.add(m.CoachingTrajectory, trajectory_ids)
    step = m.CoachingStep
    rows.add(step, _ids(step.select(step.id).where(_in(step.trajectory, trajectory_ids))))
    goal = m.LearningGoal
    rows.add(goal, _ids(goal.select(goal.id).where(_in(goal.trajectory, trajectory_ids))))
    sig = m.Signature
    rows.add(sig, _ids(sig.select(sig.id).where(_in(sig.trajectory, trajectory_ids))))


def _learner_rows(rows: PersonRows) -> None:
    learner_id = rows.ref.id
    rows.add(m.Learner, [learner_id])
    periods = rows.add(m.BpvPeriod, _ids(m.BpvPeriod.select(m.BpvPeriod.id).where(m.BpvPeriod.learner == learner_id)))
    for model in (m.PhaseTask, m.Meeting, m.LearningGoal, m.StudentEvaluation, m.PeriodEvaluation, m.Agreement):
        rows.add(model, _ids(model.select(model.id).where(_in(model.period, periods))))
    answer = m.EvaluationAnswer
    rows.add(answer, _ids(answer.select(answer.id).where(_in(answer.evaluation, rows.ids(m.StudentEvaluation)))))
    assignments = rows.add(
        m.PracticeAssignment,
        _ids(m.PracticeAssignment.select(m.PracticeAssignment.id).where(_in(m.PracticeAssignment.period, periods))),
    )
    for model in (m.AssignmentWorkProcess, m.AssignmentGoal):
        rows.add(model, _ids(model.select(model.id).where(_in(model.assignment, assignments))))
    assessments = rows.add(
        m.Assessment, _ids(m.Assessment.select(m.Assessment.id).where(_in(m.Assessment.period, periods)))
    )
    score = m.AssessmentScore
    rows.add(score, _ids(score.select(score.id).where(_in(score.assessment, assessments))))
    sig = m.Signature
    rows.add(sig, _ids(sig.select(sig.id).where(_in(sig.assignment, assignments) | _in(sig.assessment, assessments))))
    _enrolment_rows(rows, _ids(m.Enrolment.select(m.Enrolment.id).where(m.Enrolment.learner == learner_id)))
    rows.add(m.Certificate, _ids(m.Certificate.select(m.Certificate.id).where(m.Certificate.learner == learner_id)))
    trajectory = m.CoachingTrajectory
    _trajectory_rows(rows, _ids(trajectory.select(trajectory.id).where(trajectory.participant_learner == learner_id)))


def signatures_by_staff(staff: m.Staff) -> list[int]:
    """Signatures a staff member set as praktijkopleider, werkbegeleider, coach, ...: a signature keeps
    the signer's name as text (it must still read the same when the staff record changes)."""
    sig = m.Signature
    query = sig.select(sig.id).where((sig.signer_name == staff.display_name) & sig.signer_role.in_(STAFF_SIGNER_ROLES))
    return _ids(query)


def _staff_rows(rows: PersonRows, staff: m.Staff) -> None:
    staff_id = rows.ref.id
    rows.add(m.Staff, [staff_id])
    rows.add(m.StaffRole, _ids(m.StaffRole.select(m.StaffRole.id).where(m.StaffRole.staff == staff_id)))
    _enrolment_rows(rows, _ids(m.Enrolment.select(m.Enrolment.id).where(m.Enrolment.staff == staff_id)))
    rows.add(m.Certificate, _ids(m.Certificate.select(m.Certificate.id).where(m.Certificate.staff == staff_id)))
    request = m.ExternalTrainingRequest
    rows.add(request, _ids(request.select(request.id).where(request.staff == staff_id)))
    trajectory = m.CoachingTrajectory
    _trajectory_rows(rows, _ids(trajectory.select(trajectory.id).where(trajectory.participant_staff == staff_id)))
    attendee = m.CoachMeetingAttendee
    attended = list(attendee.select(attendee.id, attendee.meeting).where(attendee.staff == staff_id).tuples())
    rows.add(attendee, [row[0] for row in attended])
    rows.add(m.CoachMeeting, [row[1] for row in attended])
    took_part = m.LearningSessionParticipant
    joined = list(took_part.select(took_part.id, took_part.session).where(took_part.staff == staff_id).tuples())
    rows.add(took_part, [row[0] for row in joined])
    rows.add(m.LearningSession, [row[1] for row in joined])
    rows.add(m.Signature, signatures_by_staff(staff))
    rows.add(m.Learner, _ids(m.Learner.select(m.Learner.id).where(m.Learner.staff == staff_id)))
    talk = m.DevelopmentTalk
    rows.add(talk, _ids(talk.select(talk.id).where(talk.staff == staff_id)))
    mentions = (
        (m.BpvPeriod, ("practice_trainer", "work_supervisor")),
        (m.TrainingSession, ("trainer",)),
        (m.CoachingTrajectory, ("coach", "manager")),
        (m.LearningGoal, ("reviewed_by",)),
        (m.ExternalTrainingRequest, ("manager",)),
        (m.DevelopmentTalk, ("manager",)),
        (m.LearningSession, ("facilitator",)),
    )
    for model, columns in mentions:
        found: dict[int, list[str]] = {}
        for column in columns:
            for row_id in _ids(model.select(model.id).where(getattr(model, column) == staff_id)):
                found.setdefault(row_id, []).append(column)
        rows.mentions += [
            Mention(model._meta.table_name, row_id, tuple(cols)) for row_id, cols in sorted(found.items())
        ]


def _audit_rows(rows: PersonRows) -> None:
    entry = m.AuditEntry
    found = []
    for model, ids in list(rows.about.items()):
        if ids:
            query = entry.select(entry.id).where(
                (entry.table_name == model._meta.table_name) & _in(entry.record_id, ids)
            )
            found += _ids(query)
    rows.add(entry, sorted(found))


def collect(ref: PersonRef) -> PersonRows:
    """Every row about the person (and, for staff, the rows that mention them), by table."""
    person = get_person(ref)
    rows = PersonRows(ref)
    if ref.kind == "learner":
        _learner_rows(rows)
    else:
        _staff_rows(rows, person)
    _audit_rows(rows)
    return rows


def years_after(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def people_choices(kind: str) -> list[tuple[int, str]]:
    """The learners or staff members (`kind` "learner" or "staff") not anonymised yet, as (id, "Last, First
    (kind:id)") by last name: whom the privacy dialog can export or erase."""
    model = m.Learner if kind == "learner" else m.Staff
    query = model.select().where(model.first_name != ANONYMISED).order_by(model.last_name, model.first_name)
    return [(person.id, f"{person.sort_name} ({kind}:{person.id})") for person in query]
