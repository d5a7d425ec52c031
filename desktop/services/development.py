"""POAP and development talk per staff member (001, Bijlage 3): recorded, and when the next one is due.

Every employee records a POAP (persoonlijk ontwikkel-actieplan) and has a talk about their development
with their manager at least once every two years. The next of each kind is due that interval after the
newest one held (the organisation may keep its own interval, in months, in the database). An active staff
member with none of a kind recorded is due for one now: the list says "never", and sorts them first.

The due list reads every active staff member's newest POAP and talk in one query, with where they work
(their team's location, or their own without a team) and who held it; the list's table filters, searches and
sorts the few thousand rows in memory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import N_, _
from desktop.services import validation as v
from desktop.services.base import audit, save_read_record, store_number, stored_number, transaction
from desktop.services.privacy import ANONYMISED
from desktop.services.training_enrolments import add_months
from desktop.services.training_matrix import warning_days
from desktop.storage import choices
from desktop.storage.models import DevelopmentTalk, NamedRow, Staff, db, display_name, iso_date
from desktop.textsearch import fold

INTERVAL_KEY = "development_interval_months"
DEFAULT_INTERVAL_MONTHS = 24
MAX_NOTES = 4000
STATES = {
    "never": N_("Never recorded"),
    "overdue": N_("Overdue"),
    "due": N_("Due soon"),
    "current": N_("Up to date"),
}
STATE_ORDER = {state: position for position, state in enumerate(STATES)}


def interval_months() -> int:
    """How many months after a POAP or talk the next one is due (kept in the database; two years unless set)."""
    return stored_number(INTERVAL_KEY, DEFAULT_INTERVAL_MONTHS, 1, 60)


def set_interval_months(months) -> int:
    """Store the organisation's own interval; returns the previous one."""
    return store_number("interval_months", INTERVAL_KEY, months, DEFAULT_INTERVAL_MONTHS, 1, 60)


# -- recording ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Talk:
    id: int
    staff_id: int
    kind: str
    held_on: dt.date
    manager_id: int | None
    manager: str
    notes: str
    version: int = 0  # as read, for a save or delete to state

    @property
    def kind_label(self) -> str:
        return choices.label(choices.DEVELOPMENT_KINDS, self.kind)


def _staff(staff_id, field: str = "staff") -> int:
    number = v.record_id(staff_id)
    if number is None or not Staff.select().where(Staff.id == number).exists():
        raise NotFoundError(_("There is no staff member with number {id}.").format(id=staff_id))
    return number


def _values(staff_id: int, kind, held_on, manager_id, notes) -> dict:
    kind = v.choice("kind", kind, choices.DEVELOPMENT_KINDS)
    day = v.date("held_on", held_on, required=True)
    if day > clock.today():
        raise ValidationError(
            "held_on",
            _("A POAP or development talk cannot be recorded on a day still to come; fill it in once it is held."),
        )
    manager = None
    if manager_id is not None:
        manager = v.record_id(manager_id)
        if manager is None or not Staff.select().where(Staff.id == manager).exists():
            raise ValidationError("manager", _("Choose the manager from the list."))
        if manager == staff_id:
            raise ValidationError("manager", _("The manager holds the talk with someone else; choose another."))
    notes = v.text("notes", notes, max_length=MAX_NOTES, multiline=True)
    return {"kind": kind, "held_on": day, "manager": manager, "notes": notes}


def save_talk(
    staff_id, kind, held_on, manager_id=None, notes="", talk_id: int | None = None, seen_version: int | None = None
) -> int:
    """Record a POAP or development talk of a staff member (or change the one numbered `talk_id`); its id. A change is
    refused when someone else changed or deleted the talk since `seen_version` (the one the dialog read)."""
    from desktop.services import service_for  # the catalogue imports this module

    staff = _staff(staff_id)
    values = _values(staff, kind, held_on, manager_id, notes)
    with transaction():
        if talk_id is None:
            row = DevelopmentTalk.create(staff=staff, **values)
            audit("create", DevelopmentTalk._meta.table_name, row.id, sorted(values))
            return row.id
        row = service_for(DevelopmentTalk).read_as_seen(talk_id, seen_version)
        if row.staff_id != staff:
            raise NotFoundError(_("The record with number {id} does not exist.").format(id=talk_id))
        stored = {"kind": row.kind, "held_on": row.held_on, "manager": row.manager_id, "notes": row.notes}
        changed = sorted(name for name, value in values.items() if stored[name] != value)
        for name in changed:
            setattr(row, "manager_id" if name == "manager" else name, values[name])
        save_read_record(row, changed)
        audit("update", DevelopmentTalk._meta.table_name, row.id, changed)
        return row.id


def delete_talk(talk_id: int, seen_version: int | None = None) -> None:
    """Delete a talk; refused when someone else changed it since `seen_version`, or deleted it already."""
    from desktop.services import service_for

    service_for(DevelopmentTalk).delete_unchanged(talk_id, seen_version)


TALKS_SQL = """
SELECT d.id, d.staff_id, d.kind, d.held_on, d.manager_id, m.first_name, m.name_prefix, m.last_name, d.notes,
d.version FROM development_talk d LEFT JOIN staff m ON m.id = d.manager_id
WHERE d.staff_id = ? ORDER BY d.held_on DESC, d.id DESC
"""


def talks_of(staff_id: int) -> list[Talk]:
    """Every POAP and development talk of the staff member, the newest first."""
    return [
        Talk(talk, staff, kind, iso_date(held), manager, display_name(first, prefix, last), notes, version)
        for talk, staff, kind, held, manager, first, prefix, last, notes, version in db.execute_sql(
            TALKS_SQL, (staff_id,)
        )
    ]


# -- what is due -------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class DueRow(NamedRow):
    """The newest POAP (or talk) of one active staff member, and when the next is due (None: never recorded)."""

    staff_id: int
    first_name: str
    name_prefix: str
    last_name: str
    team_id: int | None
    team: str
    location_id: int | None
    location: str
    kind: str
    talk_id: int | None
    held_on: dt.date | None
    manager_id: int | None
    manager: str
    next_due: dt.date | None
    state: str

    @property
    def kind_label(self) -> str:
        return choices.label(choices.DEVELOPMENT_KINDS, self.kind)

    @property
    def state_label(self) -> str:
        return choices.label(STATES, self.state)


# Per active staff member (or the ones asked for) and kind the newest talk, with where they work. The newest day
# comes from the covering index (staff, kind, day, manager), grouped; the talk of that day is found by it. Two
# talks of one kind on one day come as two rows, one after the other (see `newest_talks`).
NEWEST_SQL = """
SELECT s.id, s.first_name, s.name_prefix, s.last_name, s.team_id, COALESCE(t.location_id, s.location_id),
       k.kind, d.id, n.held, d.manager_id
FROM staff s
CROSS JOIN (SELECT 'poap' AS kind UNION ALL SELECT 'talk' AS kind) k
LEFT JOIN team t ON t.id = s.team_id
LEFT JOIN (SELECT staff_id, kind, MAX(held_on) AS held FROM development_talk{talk_scope} GROUP BY staff_id, kind) n
       ON n.staff_id = s.id AND n.kind = k.kind
LEFT JOIN development_talk d ON d.staff_id = s.id AND d.kind = k.kind AND d.held_on = n.held
WHERE s.first_name <> ?{scope}
ORDER BY s.id, k.kind, d.id
"""


def _state(next_due: dt.date | None, today: dt.date, soon: dt.date) -> str:
    if next_due is None:
        return "never"
    if next_due < today:
        return "overdue"
    return "due" if next_due <= soon else "current"


def last_held_due_by(day: dt.date, months: int) -> dt.date:
    """The last day a talk can be held and have its next one due on or before `day` (`add_months` clamps the
    31st to a shorter month's end, so a few days can share one due date)."""
    held = add_months(day, -months)
    while add_months(held + dt.timedelta(days=1), months) <= day:
        held += dt.timedelta(days=1)
    while add_months(held, months) > day:
        held -= dt.timedelta(days=1)
    return held


def newest_talks(
    today: dt.date | None = None,
    *,
    staff_ids: list[int] | None = None,
    with_names: bool = True,
    only_due: bool = False,
    due_by: dt.date | None = None,
) -> list[DueRow]:
    """Per active staff member (or the `staff_ids` given, active or not) their newest POAP and newest talk,
    with the next due, by record number; with `only_due` just those never recorded, overdue or due within the
    warning days (the database leaves the others out: in a year most are up to date); with `due_by` just those
    recorded whose next one is due by that day (the agenda's: not every staff member's twice over)."""
    today = today or clock.today()
    months, soon = interval_months(), today + dt.timedelta(days=warning_days())
    if staff_ids is None:
        scope, talk_scope = " AND s.active = TRUE", ""
    else:
        listed = ", ".join(str(int(number)) for number in staff_ids) or "NULL"
        scope, talk_scope = f" AND s.id IN ({listed})", f" WHERE staff_id IN ({listed})"
    params: list = [ANONYMISED]
    if only_due:
        scope += " AND (n.held IS NULL OR n.held <= ?)"
        params.append(last_held_due_by(soon, months).isoformat())
    if due_by is not None:
        scope += " AND n.held <= ?"
        params.append(last_held_due_by(due_by, months).isoformat())
    rows = db.execute_sql(NEWEST_SQL.format(scope=scope, talk_scope=talk_scope), params).fetchall()
    teams = dict(db.execute_sql("SELECT id, name FROM team").fetchall()) if with_names else {}
    locations = dict(db.execute_sql("SELECT id, name FROM location").fetchall()) if with_names else {}
    managers: dict[int, str] = {}
    if with_names:
        # Who held talks: a few hundred people, named once instead of looked up per row.
        sql = f"""SELECT id, first_name, name_prefix, last_name FROM staff
                  WHERE id IN (SELECT manager_id FROM development_talk{talk_scope})"""
        managers = {number: display_name(first, prefix, last) for number, first, prefix, last in db.execute_sql(sql)}
    dues: dict[str, tuple[dt.date, dt.date, str]] = {}  # the same few hundred days come back thousands of times
    found: list[DueRow] = []
    previous = None
    for staff, first, prefix, last, team, location, kind, talk, held, manager in rows:
        if held is None:
            held_on = next_due = None
            state = "never"
        else:
            known = dues.get(held)
            if known is None:
                day = iso_date(held)
                due = add_months(day, months)
                known = dues[held] = (day, due, _state(due, today, soon))
            held_on, next_due, state = known
        row = DueRow(staff, first, prefix, last, team, teams.get(team, ""), location, locations.get(location, ""),
                     kind, talk, held_on, manager, managers.get(manager, ""), next_due, state)  # fmt: skip
        if previous == (staff, kind):
            found[-1] = row  # two on the newest day: the one recorded last
        else:
            found.append(row)
        previous = (staff, kind)
    return found


def due_manager_choices(rows: list[DueRow]) -> list[tuple[int, str]]:
    """The managers who held the last POAP or talk of someone on the list, by name: to filter on."""
    managers = {row.manager_id: row.manager for row in rows if row.manager_id is not None}
    return sorted(managers.items(), key=lambda item: fold(item[1]))


def staff_of_talk(talk_id: int) -> int:
    """Whose POAP or talk it is: to open their record from the agenda."""
    row = DevelopmentTalk.get_or_none(DevelopmentTalk.id == talk_id)
    if row is None:
        raise NotFoundError(_("The record with number {id} does not exist.").format(id=talk_id))
    return row.staff_id
