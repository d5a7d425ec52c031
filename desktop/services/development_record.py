"""A staff member's development record in one place: who they are and where they work, their POAPs and
development talks, every enrolment, completion and certificate (with its validity), their coaching
trajectories, the meetings of learning together they took part in or facilitated, their progress through the
leertraject vakmanschap and, for a praktijkopleider, their certification, caseload and the werkbegeleiders they
coach.

A learner record linked to the staff member (a mio, `Learner.staff`) is the same person: its enrolments,
certificates and trajectories are part of the record. The same record is shown in the window, printed as an
A4 PDF and put in the person's AVG export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop import clock
from desktop.errors import NotFoundError
from desktop.i18n import _, format_date, format_fixed, format_number
from desktop.pdf.development import RecordDocument, RecordRenderer, RecordSection
from desktop.services import development, group_learning, practice_trainers, vakmanschap
from desktop.services.training_matrix import warning_days
from desktop.services.training_printouts import letterhead
from desktop.storage import choices
from desktop.storage.models import db, display_name, iso_date


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    employee_number: str
    job_title: str
    team: str
    location: str
    fte: str
    active: bool
    roles: tuple[tuple[str, dt.date | None], ...]  # (role label, certified until)
    learners: tuple[tuple[int, str], ...]  # linked learner records: (id, name)


@dataclass(frozen=True)
class Enrolment:
    training: str
    status: str
    enrolled_on: dt.date | None
    completed_on: dt.date | None
    first_date: dt.date | None


@dataclass(frozen=True)
class Certificate:
    training: str
    issued_on: dt.date
    expires_on: dt.date | None
    validity: str  # what its validity is today, in words


@dataclass(frozen=True)
class Trajectory:
    number: int
    kind: str
    coach: str
    status: str
    started_on: dt.date | None
    ended_on: dt.date | None
    training: str


@dataclass(frozen=True)
class DevelopmentRecord:
    person: Person
    talks: list[development.Talk]
    due: list[development.DueRow]  # the next POAP and talk
    enrolments: list[Enrolment]
    certificates: list[Certificate]
    trajectories: list[Trajectory]
    traject: vakmanschap.Traject | None
    progress: vakmanschap.ProgressRow | None
    trainer: practice_trainers.TrainerRow | None
    learning_together: list[group_learning.Participation]


PERSON_SQL = """
SELECT s.id, s.first_name, s.name_prefix, s.last_name, s.employee_number, s.job_title, t.name,
       COALESCE(tl.name, sl.name), s.fte, s.active
FROM staff s LEFT JOIN team t ON t.id = s.team_id LEFT JOIN location tl ON tl.id = t.location_id
LEFT JOIN location sl ON sl.id = s.location_id WHERE s.id = ?
"""
# The person's own rows and those of the learner records linked to them: "owner" is which of the two.
ENROLMENTS_SQL = """
SELECT tr.title, e.status, e.enrolled_on, e.completed_on, (SELECT MIN(d.date) FROM session_date d
       WHERE d.session_id = e.session_id)
FROM enrolment e JOIN training tr ON tr.id = e.training_id
WHERE e.staff_id = ? OR e.learner_id IN (SELECT id FROM learner WHERE staff_id = ?)
ORDER BY COALESCE(e.completed_on, e.enrolled_on) DESC, e.id DESC
"""
CERTIFICATES_SQL = """
SELECT tr.title, c.issued_on, c.expires_on FROM certificate c JOIN training tr ON tr.id = c.training_id
WHERE c.staff_id = ? OR c.learner_id IN (SELECT id FROM learner WHERE staff_id = ?)
ORDER BY c.issued_on DESC, c.id DESC
"""
TRAJECTORIES_SQL = """
SELECT t.id, t.kind, c.first_name, c.name_prefix, c.last_name, t.status, t.started_on, t.ended_on, tr.title
FROM coaching_trajectory t JOIN staff c ON c.id = t.coach_id
LEFT JOIN enrolment e ON e.id = t.enrolment_id LEFT JOIN training tr ON tr.id = e.training_id
WHERE t.participant_staff_id = ? OR t.participant_learner_id IN (SELECT id FROM learner WHERE staff_id = ?)
ORDER BY COALESCE(t.started_on, t.created_at) DESC, t.id DESC
"""


def _validity(expires: dt.date | None, today: dt.date, warning: int) -> str:
    if expires is None:
        return _("Does not expire")
    if expires < today:
        return _("Expired")
    if expires <= today + dt.timedelta(days=warning):
        return _("Expires soon")
    return _("Valid")


def _person(staff_id: int) -> Person:
    row = db.execute_sql(PERSON_SQL, (staff_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("There is no staff member with number {id}.").format(id=staff_id))
    number, first, prefix, last, employee, job, team, location, fte, active = row
    roles = tuple(
        (choices.label(choices.STAFF_ROLES, role), iso_date(until))
        for role, until in db.execute_sql(
            "SELECT role, certified_until FROM staff_role WHERE staff_id = ? ORDER BY role", (staff_id,)
        )
    )
    learners = tuple(
        (learner, display_name(*parts[:3]))
        for learner, *parts in db.execute_sql(
            "SELECT id, first_name, name_prefix, last_name FROM learner WHERE staff_id = ? ORDER BY id", (staff_id,)
        )
    )
    return Person(number, display_name(first, prefix, last), employee or "", job or "", team or "", location or "",
                  format_fixed(fte, 2) if fte is not None else "", bool(active), roles, learners)  # fmt: skip


def record(staff_id: int, today: dt.date | None = None) -> DevelopmentRecord:
    """Everything of the staff member's development record (see the module's docstring)."""
    today = today or clock.today()
    person = _person(staff_id)
    warning = warning_days()
    statuses = choices.ENROLMENT_STATUSES
    enrolments = [
        Enrolment(title, choices.label(statuses, status), iso_date(enrolled), iso_date(completed), iso_date(first))
        for title, status, enrolled, completed, first in db.execute_sql(ENROLMENTS_SQL, (staff_id, staff_id))
    ]
    certificates = []
    for title, issued, expires in db.execute_sql(CERTIFICATES_SQL, (staff_id, staff_id)):
        ends = iso_date(expires)
        certificates.append(Certificate(title, iso_date(issued), ends, _validity(ends, today, warning)))
    trajectories = [
        Trajectory(
            number,
            choices.label(choices.TRAJECTORY_KINDS, kind),
            display_name(first, prefix, last),
            choices.label(choices.TRAJECTORY_STATUSES, status),
            iso_date(started),
            iso_date(ended),
            title or "",
        )  # fmt: skip
        for number, kind, first, prefix, last, status, started, ended, title in db.execute_sql(
            TRAJECTORIES_SQL, (staff_id, staff_id)
        )
    ]
    chosen = vakmanschap.traject()
    progress = vakmanschap.progress(chosen.id, staff_id=staff_id) if chosen else []
    trainers = practice_trainers.practice_trainers(staff_id=staff_id, today=today)
    due = development.newest_talks(today, staff_ids=[staff_id]) if person.active else []
    return DevelopmentRecord(
        person,
        development.talks_of(staff_id),
        due,
        enrolments,
        certificates,
        trajectories,
        chosen,
        progress[0] if progress else None,
        trainers[0] if trainers else None,
        group_learning.participation_of(staff_id),
    )


# -- on paper --------------------------------------------------------------------------------------------------


def _date(day: dt.date | None) -> str:
    return format_date(day, "short") if day else "–"


def module_lines(found: DevelopmentRecord) -> list[tuple[str, str]]:
    """Each module of the traject with the day it was done, or that it is still to do."""
    if found.traject is None:
        return []
    done = found.progress.done if found.progress else {}
    return [
        (module.title, _date(done[module.id]) if module.id in done else _("not done yet"))
        for module in found.traject.modules
    ]


def due_text(row: development.DueRow) -> str:
    if row.next_due is None:
        return _("never recorded: due now")
    return _("{state}: next due {date}").format(state=row.state_label, date=format_date(row.next_due, "short"))


def document(staff_id: int, today: dt.date | None = None) -> RecordDocument:
    return document_of(record(staff_id, today), today)


def document_of(found: DevelopmentRecord, today: dt.date | None = None) -> RecordDocument:
    """The record in words, part by part: printed, and shown in the window as it is printed."""
    person = found.person
    details = [
        (_("Name"), person.name),
        (_("Employee number"), person.employee_number or "–"),
        (_("Job title"), person.job_title or "–"),
        (_("Location"), person.location or "–"),
        (_("Team"), person.team or "–"),
        (_("FTE"), person.fte or "–"),
        (_("Roles"), ", ".join(role for role, _until in person.roles) or "–"),
    ]
    if person.learners:
        details.append((_("Also a learner"), ", ".join(f"{name} ({number})" for number, name in person.learners)))
    for row in found.due:
        details.append((row.kind_label, due_text(row)))
    sections = [
        RecordSection(
            _("POAP and development talks"),
            (_("Kind"), _("Held on"), _("Manager"), _("Notes")),
            tuple((talk.kind_label, _date(talk.held_on), talk.manager or "–", talk.notes) for talk in found.talks),
            (0.2, 0.14, 0.26, 0.4),
        ),
        RecordSection(
            _("Enrolments"),
            (_("Training"), _("Status"), _("Enrolled on"), _("First date"), _("Completed on")),
            tuple(
                (e.training, e.status, _date(e.enrolled_on), _date(e.first_date), _date(e.completed_on))
                for e in found.enrolments
            ),  # fmt: skip
            (0.4, 0.15, 0.15, 0.15, 0.15),
        ),
        RecordSection(
            _("Certificates"),
            (_("Training"), _("Issued on"), _("Valid until"), _("Validity")),
            tuple((c.training, _date(c.issued_on), _date(c.expires_on), c.validity) for c in found.certificates),
            (0.46, 0.16, 0.16, 0.22),
        ),
        RecordSection(
            _("Coaching trajectories"),
            (_("Kind"), _("Coach"), _("Training"), _("Status"), _("From"), _("To")),
            tuple(
                (t.kind, t.coach, t.training or "–", t.status, _date(t.started_on), _date(t.ended_on))
                for t in found.trajectories
            ),  # fmt: skip
            (0.24, 0.18, 0.2, 0.12, 0.13, 0.13),
        ),
        RecordSection(
            _("Learning together"),
            (_("Kind"), _("Held on"), _("Group"), _("Topic"), _("Role")),
            tuple(
                (
                    row.kind,
                    _date(row.held_on),
                    row.group or "–",
                    row.topic or "–",
                    _("Facilitator") if row.facilitated else _("Participant"),
                )
                for row in found.learning_together
            ),  # fmt: skip
            (0.22, 0.14, 0.22, 0.28, 0.14),
        ),
    ]
    if found.traject is not None:
        state = found.progress.state_label if found.progress else "–"
        if found.progress and found.progress.completed_on:
            state = _("Complete on {date}").format(date=format_date(found.progress.completed_on, "short"))
        sections.append(
            RecordSection(
                f"{found.traject.title}: {state}",
                (_("Module"), _("Done on")),
                tuple(module_lines(found)),
                (0.7, 0.3),
                counted=False,
            )
        )
    if found.trainer is not None:
        trainer = found.trainer
        per_fte = format_number(trainer.caseload_per_fte) if trainer.caseload_per_fte is not None else "–"
        sections.append(
            RecordSection(
                _("Practice trainer"),
                (_("Certified until"), _("Learners"), _("Learners per FTE"), _("Coaches work supervisors")),
                (
                    (
                        f"{_date(trainer.certified_until)} ({trainer.certification_label})",
                        format_number(trainer.caseload),
                        per_fte,
                        ", ".join(trainer.coached) or "–",
                    ),
                ),  # fmt: skip
                (0.25, 0.15, 0.18, 0.42),
                counted=False,
            )
        )
    return RecordDocument(
        # With the name, so that every page's header says whose record it is.
        title=_("Development record of {name}").format(name=person.name),
        details=tuple(details),
        sections=tuple(sections),
        empty=_("(none)"),
    )


def record_pdf(staff_id: int, today: dt.date | None = None) -> bytes:
    return RecordRenderer(letterhead(), document(staff_id, today)).render()


def file_name(staff_id: int) -> str:
    return f"ontwikkeldossier-{staff_id}.pdf"
