"""Progress through the leertraject vakmanschap (001, §2): which of its modules each staff member has done.

The traject is a training made of other trainings (`TrainingModule`): its modules decide what "done" means,
so a fifth module added under Basisgegevens counts from then on, and another programme of modules can be
followed the same way. A module is done by a completed enrolment or a certificate for it, under the staff
record or under a learner record linked to it (a mio is both); the traject is complete on the day its last
module was done. Every active staff member is expected to follow it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.errors import NotFoundError
from desktop.i18n import N_, _
from desktop.services.privacy import ANONYMISED
from desktop.storage import choices
from desktop.storage.models import NamedRow, db, iso_date
from desktop.textsearch import fold, matches, search_words

NOTHING_DONE: dict[int, dt.date] = {}  # shared by the many who have done nothing yet; never changed
STATES = {"not_started": N_("Not started"), "in_progress": N_("Not finished"), "complete": N_("Complete")}


@dataclass(frozen=True)
class Module:
    id: int
    title: str


@dataclass(frozen=True)
class Traject:
    id: int
    title: str
    modules: tuple[Module, ...]


def trajects() -> list[Traject]:
    """Every active training made of modules, by title, with its modules in order."""
    sql = """SELECT p.id, p.title, t.id, t.title FROM training_module x
             JOIN training p ON p.id = x.programme_id JOIN training t ON t.id = x.module_id
             WHERE p.active = TRUE ORDER BY x.position, t.title"""
    found: dict[int, tuple[str, list[Module]]] = {}
    for programme, title, module, module_title in db.execute_sql(sql):
        found.setdefault(programme, (title, []))[1].append(Module(module, module_title))
    listed = [Traject(number, title, tuple(modules)) for number, (title, modules) in found.items()]
    return sorted(listed, key=lambda traject: (not fold(traject.title).startswith("leertraject"), fold(traject.title)))


def traject(traject_id: int | None = None) -> Traject | None:
    """The traject numbered `traject_id`, or without one the leertraject vakmanschap (the first there is)."""
    found = trajects()
    if traject_id is None:
        return found[0] if found else None
    for one in found:
        if one.id == traject_id:
            return one
    raise NotFoundError(_("The training with number {id} has no modules.").format(id=traject_id))


@dataclass(slots=True)
class ProgressRow(NamedRow):
    staff_id: int
    first_name: str
    name_prefix: str
    last_name: str
    team_id: int | None
    team: str
    location_id: int | None
    location: str
    done: dict[int, dt.date] = field(default_factory=dict)  # module -> the day it was done
    total: int = 0

    @property
    def done_count(self) -> int:
        return len(self.done)

    @property
    def state(self) -> str:
        if not self.done:
            return "not_started"
        return "complete" if len(self.done) >= self.total else "in_progress"

    @property
    def state_label(self) -> str:
        return choices.label(STATES, self.state)

    @property
    def completed_on(self) -> dt.date | None:
        return max(self.done.values()) if self.total and len(self.done) >= self.total else None


# Completed modules per staff member: enrolments and certificates, under the staff record or a linked learner's.
DONE_SQL = """
SELECT e.staff_id, e.training_id, e.completed_on FROM enrolment e
WHERE e.status = 'completed' AND e.staff_id IS NOT NULL AND e.training_id IN ({modules}){staff_scope}
UNION ALL
SELECT l.staff_id, e.training_id, e.completed_on FROM enrolment e JOIN learner l ON l.id = e.learner_id
WHERE e.status = 'completed' AND l.staff_id IS NOT NULL AND e.training_id IN ({modules}){learner_scope}
UNION ALL
SELECT c.staff_id, c.training_id, c.issued_on FROM certificate c
WHERE c.staff_id IS NOT NULL AND c.training_id IN ({modules}){certificate_scope}
UNION ALL
SELECT l.staff_id, c.training_id, c.issued_on FROM certificate c JOIN learner l ON l.id = c.learner_id
WHERE l.staff_id IS NOT NULL AND c.training_id IN ({modules}){learner_scope}
"""
STAFF_SQL = """
SELECT s.id, s.first_name, s.name_prefix, s.last_name, s.team_id, COALESCE(t.location_id, s.location_id)
FROM staff s LEFT JOIN team t ON t.id = s.team_id WHERE s.first_name <> ?{scope}
ORDER BY s.last_name, s.first_name, s.id
"""


def _done(chosen: Traject, staff_id: int | None) -> dict[int, dict[int, dt.date]]:
    modules = ", ".join(str(module.id) for module in chosen.modules)
    scopes = {"staff_scope": "", "learner_scope": "", "certificate_scope": ""}
    if staff_id is not None:
        scopes = {
            "staff_scope": f" AND e.staff_id = {int(staff_id)}",
            "learner_scope": f" AND l.staff_id = {int(staff_id)}",
            "certificate_scope": f" AND c.staff_id = {int(staff_id)}",
        }
    done: dict[int, dict[int, dt.date]] = {}
    for staff, module, day in db.execute_sql(DONE_SQL.format(modules=modules, **scopes)):
        when = iso_date(day)
        if when is None:
            continue
        person = done.setdefault(staff, {})
        if module not in person or when < person[module]:
            person[module] = when  # the first time it was done
    return done


def progress(
    traject_id: int | None = None,
    *,
    location: int | None = None,
    team: int | None = None,
    states: set[str] | None = None,
    search: str = "",
    staff_id: int | None = None,
) -> list[ProgressRow]:
    """Every active staff member (or just `staff_id`) with the traject's modules they have done, filtered by
    place, state (`STATES`) and words, by last name (as the database orders it; a table sorts the Dutch way)."""
    chosen = traject(traject_id)
    if chosen is None:
        return []
    done = _done(chosen, staff_id)
    teams = dict(db.execute_sql("SELECT id, name FROM team").fetchall())
    locations = dict(db.execute_sql("SELECT id, name FROM location").fetchall())
    # One person's record shows their progress whether or not they are still in service.
    scope = f" AND s.id = {int(staff_id)}" if staff_id is not None else " AND s.active = TRUE"
    words = search_words(search) if search else []
    rows = []
    people = db.execute_sql(STAFF_SQL.format(scope=scope), (ANONYMISED,)).fetchall()
    total = len(chosen.modules)
    for number, first, prefix, last, team_id, location_id in people:
        if team is not None and team_id != team:
            continue
        if location is not None and location_id != location:
            continue
        row = ProgressRow(number, first, prefix, last, team_id, teams.get(team_id, ""), location_id,
                          locations.get(location_id, ""), done.get(number, NOTHING_DONE), total)  # fmt: skip
        if states is not None and row.state not in states:
            continue
        if words and not matches(words, fold(f"{row.name} {row.team} {row.location}")):
            continue
        rows.append(row)
    return rows
