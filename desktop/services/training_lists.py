"""Reading trainings, sessions and enrolments for the lists of the Trainings tab, a few queries per list."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from desktop import clock
from desktop.storage.models import NamedRow, Training, db, display_name, iso_date
from desktop.textsearch import fold

NO_SESSION = 0  # the "session" of enrolments without one (e-learnings, external courses)


@dataclass(slots=True)
class TrainingRow:
    id: int
    title: str
    kind: str
    dayparts: int | None
    hours: float | None
    provider_kind: str
    provider_name: str
    mandatory: bool
    validity_months: int | None
    active: bool
    programme: str = ""  # the programme this training is a module of
    modules: int = 0
    next_session: dt.date | None = None
    open_enrolments: int = 0
    requirements: list[tuple] = field(default_factory=list)
    version: int = 0  # as read, for a delete from the list to state


TRAINING_ROWS_SQL = """
SELECT t.id, t.title, t.kind, t.dayparts, t.hours, t.provider_kind, t.provider_name, t.mandatory,
       t.validity_months, t.active,
       (SELECT p.title FROM training_module tm JOIN training p ON p.id = tm.programme_id
        WHERE tm.module_id = t.id ORDER BY p.title LIMIT 1),
       (SELECT COUNT(*) FROM training_module tm WHERE tm.programme_id = t.id),
       (SELECT MIN(d.date) FROM session_date d JOIN training_session s ON s.id = d.session_id
        WHERE s.training_id = t.id AND s.cancelled = FALSE AND d.date >= ?),
       (SELECT COUNT(*) FROM enrolment e WHERE e.training_id = t.id AND e.status IN ('enrolled', 'waiting')),
       t.version
FROM training t
"""


def training_rows() -> list[TrainingRow]:
    requirements: dict[int, list[tuple]] = defaultdict(list)
    for training, role, learner_type, all_staff in db.execute_sql(
        "SELECT training_id, role, learner_type, all_staff FROM training_requirement ORDER BY id"
    ):
        requirements[training].append((role, learner_type, bool(all_staff)))
    rows = []
    for r in db.execute_sql(TRAINING_ROWS_SQL, (clock.today().isoformat(),)):
        rows.append(
            TrainingRow(
                r[0], r[1], r[2], r[3], float(r[4]) if r[4] is not None else None, r[5], r[6] or "", bool(r[7]),
                r[8], bool(r[9]), r[10] or "", r[11], iso_date(r[12]), r[13], requirements.get(r[0], []), r[14],
            )
        )  # fmt: skip
    return rows


@dataclass(slots=True)
class SessionRow:
    id: int  # NO_SESSION for the enrolments without a session
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    dates: int = 0
    location: str = ""
    venue: str = ""
    trainer: str = ""
    capacity: int | None = None
    taken: int = 0
    waiting: int = 0
    cancelled: bool = False
    version: int = 0  # as read, for a delete from the list to state


SESSION_ROWS_SQL = """
SELECT s.id, MIN(d.date), MAX(d.date), COUNT(DISTINCT d.id), loc.name, s.venue,
       tr.first_name, tr.name_prefix, tr.last_name, s.external_trainer, s.capacity, s.cancelled,
       (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id
        AND e.status IN ('enrolled', 'attended', 'completed', 'no_show')),
       (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id AND e.status = 'waiting'), s.version
FROM training_session s
LEFT JOIN session_date d ON d.session_id = s.id
LEFT JOIN location loc ON loc.id = s.location_id
LEFT JOIN staff tr ON tr.id = s.trainer_id
WHERE s.training_id = ?
GROUP BY s.id, loc.id, tr.id  -- the location and trainer by their keys, as a server requires
"""


def session_rows(training_id: int) -> list[SessionRow]:
    """The sessions of a training; first a row for its enrolments without a session, if it has any
    (or is an e-learning or external course, where that is the only way to enrol)."""
    rows = []
    for r in db.execute_sql(SESSION_ROWS_SQL, (training_id,)):
        trainer = display_name(r[6], r[7], r[8]) if r[8] else (r[9] or "")
        rows.append(
            SessionRow(
                r[0], iso_date(r[1]), iso_date(r[2]), r[3], r[4] or "", r[5] or "", trainer, r[10], r[12], r[13],
                bool(r[11]), r[14],
            )
        )  # fmt: skip
    loose = db.execute_sql(
        "SELECT COUNT(*) FROM enrolment WHERE training_id = ? AND session_id IS NULL AND status IN "
        "('enrolled', 'attended', 'completed', 'no_show')",
        (training_id,),
    ).fetchone()[0]
    training = Training.get_or_none(id=training_id)
    if loose or (training is not None and training.kind in ("elearning", "external")) or not rows:
        rows.insert(0, SessionRow(NO_SESSION, taken=loose))
    return rows


@dataclass(slots=True)
class EnrolmentRow(NamedRow):
    id: int
    kind: str  # "staff" or "learner"
    person_id: int
    first_name: str
    name_prefix: str
    last_name: str
    detail: str  # team of a staff member; learner type code of a learner
    status: str
    enrolled_on: dt.date | None
    waiting_since: dt.datetime | None
    completed_on: dt.date | None
    cancelled_on: dt.date | None
    expires_on: dt.date | None = None
    present: int = 0
    recorded: int = 0
    goals: int = 0
    certificates: int = 0
    score: str = ""
    queue_position: int | None = None
    version: int = 0  # as read, for a delete from the list to state


ENROLMENT_ROWS_SQL = """
SELECT e.id, e.staff_id, e.learner_id,
       COALESCE(s.first_name, l.first_name), COALESCE(s.name_prefix, l.name_prefix), COALESCE(s.last_name, l.last_name),
       COALESCE(t.name, l.learner_type), e.status, e.enrolled_on, e.waiting_since, e.completed_on, e.cancelled_on,
       (SELECT MAX(COALESCE(c.expires_on, '9999-12-31')) FROM certificate c WHERE c.enrolment_id = e.id),
       (SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.present = TRUE),
       (SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id),
       (SELECT COUNT(*) FROM learning_goal g WHERE g.enrolment_id = e.id),
       (SELECT COUNT(*) FROM certificate c WHERE c.enrolment_id = e.id), e.score, e.version
FROM enrolment e
LEFT JOIN staff s ON s.id = e.staff_id
LEFT JOIN team t ON t.id = s.team_id
LEFT JOIN learner l ON l.id = e.learner_id
WHERE e.training_id = ?
"""


def enrolment_rows(training_id: int, session_id: int | None) -> list[EnrolmentRow]:
    """The enrolments of a session (NO_SESSION: of the training without a session; None: all)."""
    sql, params = ENROLMENT_ROWS_SQL, [training_id]
    if session_id == NO_SESSION:
        sql += " AND e.session_id IS NULL"
    elif session_id is not None:
        sql += " AND e.session_id = ?"
        params.append(session_id)
    rows = []
    for r in db.execute_sql(sql, params):
        staff, learner = r[1], r[2]
        expires = None if r[12] in (None, "9999-12-31") else iso_date(r[12])
        waiting = dt.datetime.fromisoformat(r[9]) if r[9] else None
        row = EnrolmentRow(
            r[0], "staff" if staff else "learner", staff or learner, r[3] or "", r[4] or "", r[5] or "",
            r[6] or "", r[7], iso_date(r[8]), waiting, iso_date(r[10]), iso_date(r[11]), expires,
            r[13], r[14], r[15], r[16], r[17], version=r[18],
        )  # fmt: skip
        rows.append(row)
    waiting_rows = sorted(
        (r for r in rows if r.status == "waiting"), key=lambda r: (r.waiting_since or dt.datetime.max, r.id)
    )
    for position, row in enumerate(waiting_rows, start=1):
        row.queue_position = position
    return rows


@dataclass(slots=True)
class PersonRow(NamedRow):
    kind: str
    id: int
    first_name: str
    name_prefix: str
    last_name: str
    detail: str  # team, or the learner type code
    location: str = ""


def people_to_enrol() -> list[PersonRow]:
    """Active staff and learners who are not archived; a learner with a staff record is listed as staff."""
    rows = [
        PersonRow("staff", r[0], r[1], r[2] or "", r[3], r[4] or "", r[5] or "")
        for r in db.execute_sql(
            "SELECT s.id, s.first_name, s.name_prefix, s.last_name, t.name, loc.name FROM staff s"
            " LEFT JOIN team t ON t.id = s.team_id LEFT JOIN location loc ON loc.id = t.location_id"
            " WHERE s.active = TRUE"
        )
    ]
    rows += [
        PersonRow("learner", r[0], r[1], r[2] or "", r[3], r[4])
        for r in db.execute_sql(
            "SELECT id, first_name, name_prefix, last_name, learner_type FROM learner"
            " WHERE archived = FALSE AND staff_id IS NULL"
        )
    ]
    rows.sort(key=lambda r: fold(r.sort_name))
    return rows


def attendance_grid(session_id: int) -> tuple[list[tuple], list[EnrolmentRow], dict[tuple[int, int], bool]]:
    """The dates of a session, the enrolments with a place, and (enrolment, date) -> present."""
    dates = db.execute_sql(
        "SELECT id, date, daypart, start_time, end_time FROM session_date"
        " WHERE session_id = ? ORDER BY date, start_time",
        (session_id,),
    ).fetchall()
    training = db.execute_sql("SELECT training_id FROM training_session WHERE id = ?", (session_id,)).fetchone()[0]
    people = [
        r for r in enrolment_rows(training, session_id) if r.status in ("enrolled", "attended", "completed", "no_show")
    ]
    people.sort(key=lambda r: fold(r.sort_name))
    marks = {
        (enrolment, date): bool(present)
        for enrolment, date, present in db.execute_sql(
            "SELECT a.enrolment_id, a.session_date_id, a.present FROM attendance a"
            " JOIN session_date d ON d.id = a.session_date_id WHERE d.session_id = ?",
            (session_id,),
        )
    }
    return [(r[0], iso_date(r[1]), r[2], r[3], r[4]) for r in dates], people, marks
