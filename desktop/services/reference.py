"""Reading reference data (schools, programmes, locations, staff) for the lists that manage it.

Each list gets its records with what it shows beside them (how many supervisors, which team and
roles), in a fixed number of queries however long the list is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from peewee import fn

from desktop.storage.models import (
    ALL_MODELS,
    BaseModel,
    Location,
    Programme,
    School,
    SchoolSupervisor,
    Staff,
    StaffRole,
    Team,
    WorkProcess,
)

if TYPE_CHECKING:  # named only in an annotation
    from desktop.services.base import Snapshot


def _counts(field) -> Counter:
    return Counter(dict(field.model.select(field, fn.COUNT(field.model.id)).group_by(field).tuples()))


def schools() -> list[School]:
    counts = _counts(SchoolSupervisor.school)
    rows = list(School.select().order_by(School.name))
    for school in rows:
        school.supervisor_count = counts[school.id]
    return rows


def supervisors_of(school_id: int) -> list[SchoolSupervisor]:
    query = SchoolSupervisor.select().where(SchoolSupervisor.school == school_id)
    return list(query.order_by(SchoolSupervisor.last_name, SchoolSupervisor.first_name))


def programmes() -> list[Programme]:
    counts = _counts(WorkProcess.programme)
    rows = list(Programme.select().order_by(Programme.name, Programme.cohort))
    for programme in rows:
        programme.work_process_count = counts[programme.id]
    return rows


def work_processes_of(programme_id: int) -> list[WorkProcess]:
    query = WorkProcess.select().where(WorkProcess.programme == programme_id)
    return list(query.order_by(WorkProcess.position, WorkProcess.id))


def locations() -> list[Location]:
    counts = _counts(Team.location)
    rows = list(Location.select().order_by(Location.name))
    for location in rows:
        location.team_count = counts[location.id]
    return rows


def teams_of(location_id: int) -> list[Team]:
    counts = _counts(Staff.team)
    rows = list(Team.select().where(Team.location == location_id).order_by(Team.name))
    for team in rows:
        team.staff_count = counts[team.id]
    return rows


def team_choices() -> list[tuple[int, str, bool]]:
    """Every team as (id, "Location – Team", active), by location and name; inactive when either is."""
    query = Team.select(Team, Location).join(Location).order_by(Location.name, Team.name)
    return [(team.id, f"{team.location.name} – {team.name}", team.active and team.location.active) for team in query]


def staff() -> list[Staff]:
    teams = {team_id: label for team_id, label, _active in team_choices()}
    roles: dict[int, list[str]] = defaultdict(list)
    for staff_id, role in StaffRole.select(StaffRole.staff, StaffRole.role).order_by(StaffRole.id).tuples():
        roles[staff_id].append(role)
    rows = list(Staff.select().order_by(Staff.last_name, Staff.first_name))
    for person in rows:
        person.team_label = teams.get(person.team_id, "")
        person.role_codes = roles[person.id]
    return rows


def roles_of(staff_id: int) -> list[StaffRole]:
    return list(StaffRole.select().where(StaffRole.staff == staff_id).order_by(StaffRole.id))


def blocking_uses(model: type[BaseModel], record_id: int) -> Counter:
    """What keeps a record from being deleted: per table, the rows that refer to it (or to a row a
    delete would take along) through a foreign key that restricts deletion."""
    uses: Counter = Counter()
    _walk(model, [record_id], uses, {model})
    return uses


def _walk(model: type[BaseModel], ids: list[int], uses: Counter, seen: set) -> None:
    for fk, child in model._meta.backrefs.items():
        rule = (fk.on_delete or "").upper()
        if rule == "SET NULL":
            continue
        referring = child.select(child.id).where(fk.in_(ids))
        if rule == "CASCADE":
            if child not in seen:
                child_ids = [row.id for row in referring]
                if child_ids:
                    _walk(child, child_ids, uses, seen | {child})
            continue
        count = referring.count()
        if count:
            uses[child._meta.table_name] += count


# -- for the reference-data dialog, which names each kind of record by its table ("school") ---------------


def blocking_uses_of(table: str, record_id: int) -> Counter:
    """`blocking_uses` of a record of `table`."""
    model = next(model for model in ALL_MODELS if model._meta.table_name == table)
    return blocking_uses(model, record_id)


def deleted_along(snapshot: Snapshot) -> Counter:
    """What deleting a record takes with it (the `Snapshot` its delete made): per table, how many rows."""
    return Counter(model._meta.table_name for model, _row in snapshot.removed)
