"""Reading learners for lists and exports: each learner with their current BPV period.

The current period is the active one; without it the next planned one, else the most recent. When
several qualify, the one that started last wins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.agreements import PeriodFacts, concerns
from desktop.services.waardering import due_by_learner
from desktop.storage.choices import LEVELS, label
from desktop.storage.engine import engine_of
from desktop.storage.models import (
    BpvPeriod,
    Learner,
    Meeting,
    NamedRow,
    PhaseTask,
    Programme,
    School,
    SchoolSupervisor,
    Staff,
    StaffRole,
    db,
    display_name,
    iso_date,
)
from desktop.textsearch import fold

# The id of the current period of learner `l`; a correlated subquery walks the learner_id index.
CURRENT_PERIOD_OF_LEARNER = """(
    SELECT cp.id FROM bpv_period cp WHERE cp.learner_id = l.id
    ORDER BY CASE cp.status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END,
             CASE WHEN cp.status = 'planned' THEN cp.start_date END ASC,
             cp.start_date DESC, cp.id DESC
    LIMIT 1)"""


def current_period_ids() -> dict[int, int]:
    """Learner id -> id of their current period, for every learner who has a period."""
    sql = f"SELECT l.id, {CURRENT_PERIOD_OF_LEARNER} AS period FROM learner l"
    return {learner: period for learner, period in db.execute_sql(sql).fetchall() if period is not None}


@dataclass(slots=True)
class LearnerRow(NamedRow):
    """One line of the learners list: the learner with their current period, read in one query."""

    id: int
    first_name: str
    name_prefix: str
    last_name: str
    learner_type: str
    archived: bool
    period_id: int | None = None
    programme: str = ""
    crebo: str = ""
    level: str = ""
    pathway: str = ""
    school: str = ""
    location_id: int | None = None
    location: str = ""
    team: str = ""
    practice_trainer_id: int | None = None
    practice_trainer: str = ""
    work_supervisor_id: int | None = None
    work_supervisor: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    phase: str = ""
    status: str = ""
    next_meeting: dt.date | None = None
    concerns: tuple = ()  # of `agreements.Concern`: what the current period lacks (a signed POK, a recognition)
    waardering_period_id: int | None = None  # the latest ended period that owes a studentwaardering
    waardering_due_since: dt.date | None = None


# Correlated subqueries walk the indexes per learner; a window over all periods and a grouping over
# all meetings cost more on a large database (measured on 10,000 demo learners). `{current_period}` is the join of
# the current period, in the words the engine reads best (`learner_rows_sql`).
_LEARNER_ROWS = """
SELECT l.id, l.first_name, l.name_prefix, l.last_name, l.learner_type, l.archived,
       p.id, pr.name, pr.crebo, pr.level, pr.pathway, s.name, loc.id, loc.name, t.name,
       pt.id, pt.first_name, pt.name_prefix, pt.last_name,
       ws.id, ws.first_name, ws.name_prefix, ws.last_name,
       p.start_date, p.end_date, p.phase, p.status,
       CASE WHEN p.status IN ('planned', 'active') THEN (
           SELECT MIN(m.planned_on) FROM meeting m
           WHERE m.period_id = p.id AND m.held_on IS NULL AND m.cancelled = ? AND m.planned_on IS NOT NULL
       ) END
FROM learner l
{current_period}
LEFT JOIN programme pr ON pr.id = p.programme_id
LEFT JOIN school s ON s.id = p.school_id
LEFT JOIN team t ON t.id = p.team_id
LEFT JOIN location loc ON loc.id = t.location_id
LEFT JOIN staff pt ON pt.id = p.practice_trainer_id
LEFT JOIN staff ws ON ws.id = p.work_supervisor_id
"""


def learner_rows_sql() -> str:
    """Each learner with their current period and its people, places and next meeting, for the open database's
    engine; one parameter (not cancelled). Filtered by ``WHERE l.id …`` after it."""
    return _LEARNER_ROWS.format(current_period=engine_of(db).join_row_of("bpv_period", "p", CURRENT_PERIOD_OF_LEARNER))


def learner_rows(learner_ids: list[int] | None = None, with_waardering: bool = True) -> list[LearnerRow]:
    """Every learner (or those in `learner_ids`) with their current period, programme, school,
    location, praktijkopleider, werkbegeleider and the date of the next meeting due; and, unless the
    caller knows it already, the period that owes a studentwaardering."""
    sql, params = learner_rows_sql(), [False]  # not cancelled, bound so that SQLite reads the partial meeting_open
    if learner_ids is None:
        found = db.execute_sql(sql, params)
    elif not learner_ids:
        return []
    else:
        found = engine_of(db).rows_of_ids(db, sql, params, "l.id", learner_ids)
    rows = []
    for r in found:
        rows.append(
            LearnerRow(
                r[0], r[1], r[2] or "", r[3], r[4], bool(r[5]), r[6], r[7] or "", r[8] or "", r[9] or "",
                r[10] or "", r[11] or "", r[12], r[13] or "", r[14] or "",
                r[15], display_name(r[16], r[17], r[18]), r[19], display_name(r[20], r[21], r[22]),
                iso_date(r[23]), iso_date(r[24]), r[25] or "", r[26] or "", iso_date(r[27]),
            )
        )  # fmt: skip
    _attach_concerns(rows)
    if not with_waardering:
        return rows
    due = due_by_learner(learner_ids=learner_ids)
    for row in rows:
        if (owed := due.get(row.id)) is not None:
            row.waardering_period_id, row.waardering_due_since = owed.period_id, owed.ended_on
    return rows


def _attach_concerns(rows: list[LearnerRow]) -> None:
    facts = [
        PeriodFacts(r.period_id, r.learner_type, r.status, r.start_date, r.crebo or None, r.practice_trainer_id)
        for r in rows
        if r.period_id is not None
    ]
    found = concerns(facts)
    for row in rows:
        if row.period_id in found:
            row.concerns = found[row.period_id]


def signed_form_count(learner_id: int) -> int:
    """How many signatures on the learner's practice assignments and assessments are set (and not
    voided): such forms are evidence for the school and must be kept."""
    sql = """
        SELECT COUNT(*) FROM signature sg
        LEFT JOIN practice_assignment pa ON pa.id = sg.assignment_id
        LEFT JOIN assessment a ON a.id = sg.assessment_id
        JOIN bpv_period p ON p.id = COALESCE(pa.period_id, a.period_id)
        WHERE p.learner_id = ? AND sg.signed_at IS NOT NULL AND sg.voided_at IS NULL
    """
    return db.execute_sql(sql, (learner_id,)).fetchone()[0]


# -- choices for the period form -------------------------------------------------------------------


def programme_choices() -> list[tuple[int, str]]:
    """Programmes as (id, "Name (crebo, level, pathway, cohort)"), active ones, by name."""
    query = Programme.select().where(Programme.active).order_by(Programme.name, Programme.cohort.desc())
    result = []
    for programme in query:
        parts = [programme.crebo, label(LEVELS, programme.level)]
        parts += [programme.pathway, str(programme.cohort) if programme.cohort else None]
        result.append((programme.id, f"{programme.name} ({', '.join(p for p in parts if p)})"))
    return result


def school_choices() -> list[tuple[int, str]]:
    return [(s.id, s.name) for s in School.select().where(School.active).order_by(School.name)]


def supervisor_choices(school_id: int | None) -> list[tuple[int, str]]:
    if not school_id:
        return []
    query = SchoolSupervisor.select().where((SchoolSupervisor.school == school_id) & SchoolSupervisor.active)
    people = sorted(query, key=lambda s: fold(s.sort_name))
    return [(s.id, s.display_name) for s in people]


def staff_choices(role: str) -> list[tuple[int, str]]:
    """Active staff members who have `role`, by last name."""
    query = Staff.select().join(StaffRole).where((StaffRole.role == role) & Staff.active).distinct()
    people = sorted(query, key=lambda s: fold(s.sort_name))
    return [(s.id, s.display_name) for s in people]


def staff_by_employee_number(number) -> Staff | None:
    """The staff member with this employee number (spaces and case aside), None for an empty one: how a learner
    who is also on the staff (a mio) is linked to their staff record, in the learner dialog and the import."""
    text = v.text("staff", number, max_length=30)
    if not text:
        return None
    found = Staff.get_or_none(fn.UPPER(Staff.employee_number) == text.upper())
    if found is None:
        raise ValidationError("staff", _("No staff member has employee number {number}.").format(number=text))
    return found


# -- one learner and their periods, for the learner and period dialogs ----------------------------------


def find_learner(learner_id: int) -> Learner | None:
    """The learner, or None when there is none with that number (any more)."""
    return Learner.get_or_none(id=learner_id)


def periods_of(learner_id: int) -> list[BpvPeriod]:
    """The learner's BPV periods with their programme and school, the latest first."""
    query = (
        BpvPeriod.select(BpvPeriod, Programme, School)
        .join(Programme)
        .switch(BpvPeriod)
        .join(School)
        .where(BpvPeriod.learner == learner_id)
        .order_by(BpvPeriod.start_date.desc())
    )
    return list(query)


def find_period(period_id: int) -> BpvPeriod | None:
    """The BPV period, or None when there is none with that number (any more)."""
    return BpvPeriod.get_or_none(id=period_id)


def tasks_of(period_id: int) -> list[PhaseTask]:
    """The period's task checklist."""
    return list(PhaseTask.select().where(PhaseTask.period == period_id))


def meetings_of(period_id: int) -> list[Meeting]:
    """The period's meetings, planned and held."""
    return list(Meeting.select().where(Meeting.period == period_id))
