"""The training matrix: people against mandatory trainings, each cell valid, expiring soon, expired or
not trained. It answers the inspector's question "who is not qualified for BHV right now?".

Worked out from a handful of queries (people, roles, requirements, the best certificate per person and
training), never one query per cell. A staff member who is also a learner (a mio, a BBL student on the
payroll) is one row: their learner type counts for the requirements and certificates under either record
count. A learner without a staff record is listed while their BPV period is planned or active.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, field

from desktop import clock
from desktop.i18n import N_, _, current_language, format_date
from desktop.services.base import store_number, stored_number
from desktop.services.learners import CURRENT_PERIOD_OF_LEARNER
from desktop.storage import choices
from desktop.storage.engine import engine_of
from desktop.storage.models import NamedRow, db, iso_date

VALID, EXPIRING, EXPIRED, MISSING = "valid", "expiring", "expired", "missing"
STATE_LABELS = {
    VALID: N_("Valid"),
    EXPIRING: N_("Expires soon"),
    EXPIRED: N_("Expired"),
    MISSING: N_("Not trained"),
}
# Worst first, so that sorting a column ascending puts who needs action at the top.
STATE_RANK = {EXPIRED: 0, MISSING: 1, EXPIRING: 2, VALID: 3}
SYMBOLS = {VALID: "✓", EXPIRING: "⚠", EXPIRED: "✗", MISSING: "✗"}
# Light enough to read black text on, distinct enough to tell apart when printed in colour.
STATE_COLOURS = {VALID: "#cdebd3", EXPIRING: "#ffe2a8", EXPIRED: "#f6c4c1", MISSING: "#e2e6ea"}
WARNING_DAYS_KEY = "certificate_warning_days"
DEFAULT_WARNING_DAYS = 60
FAR_FUTURE = "9999-12-31"  # sorts a certificate without expiry after every dated one


@dataclass(frozen=True, slots=True)
class MatrixTraining:
    id: int
    title: str
    validity_months: int | None


@dataclass(frozen=True, slots=True)
class Cell:
    state: str
    required: bool
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None

    @property
    def rank(self) -> tuple:
        return (STATE_RANK[self.state], self.expires_on or dt.date.max)


@dataclass(slots=True)
class MatrixPerson(NamedRow):
    kind: str  # "staff" or "learner"
    id: int
    first_name: str
    name_prefix: str
    last_name: str
    team_id: int | None
    team: str
    location_id: int | None
    location: str
    roles: tuple[str, ...] = ()
    learner_types: tuple[str, ...] = ()
    learner_ids: tuple[int, ...] = ()
    cells: list[Cell | None] = field(default_factory=list)

    @property
    def problems(self) -> int:
        """Required trainings that are expired or were never followed."""
        return sum(1 for c in self.cells if c is not None and c.required and c.state in (EXPIRED, MISSING))

    @property
    def expiring(self) -> int:
        return sum(1 for c in self.cells if c is not None and c.state == EXPIRING)

    def role_text(self) -> str:
        labels = [choices.label(choices.STAFF_ROLES, r) for r in self.roles]
        labels += [choices.label(choices.LEARNER_TYPES, t) for t in self.learner_types]
        return ", ".join(labels) or (_("Staff member") if self.kind == "staff" else "")


@dataclass
class Matrix:
    trainings: list[MatrixTraining]
    people: list[MatrixPerson]
    today: dt.date
    warning_days: int


def cell_text(cell: Cell | None) -> str:
    """What a cell says in words and a symbol, so that its state never rests on colour alone."""
    if cell is None:
        return ""
    if cell.state == MISSING:
        return SYMBOLS[MISSING] + " " + _("not trained")
    if cell.expires_on is None:
        return SYMBOLS[VALID] + " " + _("no expiry")
    return f"{SYMBOLS[cell.state]} {format_date(cell.expires_on, 'short')}"


@functools.lru_cache(maxsize=4096)
def _cached_text(language: str, state: str, required: bool, expires) -> str:
    return cell_text(Cell(state, required, None, expires))


def fast_cell_text(cell: Cell | None) -> str:
    """`cell_text`, remembered per language and date: a matrix repeats the same few hundred dates."""
    if cell is None:
        return ""
    return _cached_text(current_language(), cell.state, cell.required, cell.expires_on)


def cell_description(cell: Cell | None) -> str:
    """The longer explanation of a cell, for a tooltip."""
    if cell is None:
        return _("Not required for this person.")
    state = _(STATE_LABELS[cell.state])
    if cell.state == MISSING:
        return state
    parts = [state, _("completed on {date}").format(date=format_date(cell.issued_on))]
    if cell.expires_on is not None:
        parts.append(_("valid until {date}").format(date=format_date(cell.expires_on)))
    if not cell.required:
        parts.append(_("not required for this person"))
    return "; ".join(parts)


# -- the warning period -----------------------------------------------------------------------------


def warning_days() -> int:
    """How many days before expiry a certificate counts as "expires soon" (kept in the database)."""
    return stored_number(WARNING_DAYS_KEY, DEFAULT_WARNING_DAYS, 0, 730)


def set_warning_days(days, seen: int | None = None) -> int:
    """Store the warning period; returns the previous one. `seen`: the period an undo step left (refused once someone
    else changed it since)."""
    return store_number("warning_days", WARNING_DAYS_KEY, days, DEFAULT_WARNING_DAYS, 0, 730, seen)


# -- computing ------------------------------------------------------------------------------------------


def _mandatory_trainings() -> list[MatrixTraining]:
    sql = "SELECT id, title, validity_months FROM training WHERE mandatory = TRUE AND active = TRUE"
    rows = [MatrixTraining(*row) for row in db.execute_sql(sql)]
    return sorted(rows, key=lambda t: t.title.casefold())


def _requirements(training_ids: list[int]) -> dict[int, list[tuple]]:
    marks = ", ".join("?" * len(training_ids))
    sql = f"SELECT training_id, role, learner_type, all_staff FROM training_requirement WHERE training_id IN ({marks})"
    result: dict[int, list[tuple]] = defaultdict(list)
    for training, role, learner_type, all_staff in db.execute_sql(sql, training_ids):
        result[training].append((role, learner_type, bool(all_staff)))
    return result


# Learners in placement now: not archived, with a planned or active current period (for its team).
CURRENT_LEARNERS_SQL = f"""
SELECT l.id, l.first_name, l.name_prefix, l.last_name, l.learner_type, l.staff_id,
       t.id, t.name, loc.id, loc.name
FROM learner l
JOIN bpv_period p ON p.id = {CURRENT_PERIOD_OF_LEARNER}
LEFT JOIN team t ON t.id = p.team_id
LEFT JOIN location loc ON loc.id = t.location_id
WHERE l.archived = FALSE AND p.status IN ('planned', 'active')
"""

STAFF_SQL = """
SELECT s.id, s.first_name, s.name_prefix, s.last_name, t.id, t.name, loc.id, loc.name
FROM staff s
LEFT JOIN team t ON t.id = s.team_id
LEFT JOIN location loc ON loc.id = t.location_id
WHERE s.active = TRUE
"""


def _place_filter(location_id: int | None, team_id: int | None) -> tuple[str, list]:
    sql, params = "", []
    if team_id is not None:
        sql, params = " AND t.id = ?", [team_id]
    elif location_id is not None:
        sql, params = " AND loc.id = ?", [location_id]
    return sql, params


def _people(audience: str | None, location_id: int | None, team_id: int | None) -> list[MatrixPerson]:
    """Staff and learners the filters keep. `audience`: None (everyone), "staff", "learners",
    "role:<staff role>" or "type:<learner type>"."""
    audience = audience or ""
    place_sql, place_params = _place_filter(location_id, team_id)
    with_staff = audience in ("", "staff") or audience.startswith(("role:", "type:"))
    with_learners = audience in ("", "learners") or audience.startswith("type:")
    people: list[MatrixPerson] = []
    by_staff: dict[int, MatrixPerson] = {}
    # Staff alone still need the learner records linked to them, for their learner type.
    learners = list(db.execute_sql(CURRENT_LEARNERS_SQL + ("" if with_learners else " AND l.staff_id IS NOT NULL")))
    if with_staff:
        roles: dict[int, list[str]] = defaultdict(list)
        for staff_id, role in db.execute_sql("SELECT staff_id, role FROM staff_role ORDER BY role"):
            roles[staff_id].append(role)
        for row in db.execute_sql(STAFF_SQL + place_sql, place_params):
            person = MatrixPerson("staff", *row, roles=tuple(roles.get(row[0], ())))
            by_staff[person.id] = person
            people.append(person)
        for learner_id, *_name, learner_type, staff_id, _t, _tn, _l, _ln in learners:
            person = by_staff.get(staff_id)
            if person is not None:
                person.learner_types += (learner_type,)
                person.learner_ids += (learner_id,)
    if with_learners:
        location_ok = _place_test(location_id, team_id)
        for learner_id, first, prefix, last, learner_type, staff_id, team, team_name, loc, loc_name in learners:
            if staff_id is None and location_ok(team, loc):
                people.append(
                    MatrixPerson(
                        "learner", learner_id, first, prefix or "", last, team, team_name or "", loc, loc_name or "",
                        learner_types=(learner_type,), learner_ids=(learner_id,),
                    )
                )  # fmt: skip
    if audience.startswith("role:"):
        wanted = audience[5:]
        people = [p for p in people if wanted in p.roles]
    elif audience.startswith("type:"):
        wanted = audience[5:]
        people = [p for p in people if wanted in p.learner_types]
    for person in people:
        person.name_prefix = person.name_prefix or ""
        person.team = person.team or ""
        person.location = person.location or ""
    return people


def _place_test(location_id: int | None, team_id: int | None):
    if team_id is not None:
        return lambda team, _location: team == team_id
    if location_id is not None:
        return lambda _team, location: location == location_id
    return lambda _team, _location: True


def _best_certificates(training_ids: list[int], with_learners: bool) -> dict[tuple, tuple[dt.date, dt.date | None]]:
    """(training, "staff"/"learner", person id) -> (issued, expires) of the certificate that lasts longest,
    for active staff and current learners only (a large database holds many more, of people long gone)."""
    marks = ", ".join("?" * len(training_ids))
    learners = "archived = FALSE" if with_learners else "archived = FALSE AND staff_id IS NOT NULL"
    sql = f"""
        SELECT training_id, staff_id, learner_id, MAX(COALESCE(expires_on, '{FAR_FUTURE}')), MAX(issued_on)
        FROM certificate WHERE training_id IN ({marks})
          AND (staff_id IN (SELECT id FROM staff WHERE active = TRUE)
               OR learner_id IN (SELECT id FROM learner WHERE {learners}))
        GROUP BY training_id, staff_id, learner_id
    """
    best = {}
    for training, staff, learner, expires, issued in db.execute_sql(sql, training_ids):
        key = (training, "staff", staff) if staff is not None else (training, "learner", learner)
        best[key] = (iso_date(issued), None if expires == FAR_FUTURE else iso_date(expires))
    return best


def _required(person: MatrixPerson, requirements: list[tuple]) -> bool:
    if not requirements:  # mandatory without saying for whom: for all staff
        return person.kind == "staff"
    for role, learner_type, all_staff in requirements:
        if all_staff and person.kind == "staff":
            return True
        if role is not None and role in person.roles:
            return True
        if learner_type is not None and learner_type in person.learner_types:
            return True
    return False


def training_matrix(
    audience: str | None = None,
    location_id: int | None = None,
    team_id: int | None = None,
    today: dt.date | None = None,
    days: int | None = None,
) -> Matrix:
    """Everyone the filters keep against every active mandatory training."""
    today = today or clock.today()
    days = warning_days() if days is None else days
    soon = today + dt.timedelta(days=days)
    trainings = _mandatory_trainings()
    people = _people(audience, location_id, team_id)
    if not trainings:
        return Matrix(trainings, people, today, days)
    ids = [t.id for t in trainings]
    requirements = _requirements(ids)
    best = _best_certificates(ids, any(p.kind == "learner" for p in people))
    for person in people:
        cells = []
        for training in ids:
            found = best.get((training, person.kind, person.id))
            for learner_id in person.learner_ids if person.kind == "staff" else ():
                other = best.get((training, "learner", learner_id))
                if other is not None and (found is None or _lasts_longer(other, found)):
                    found = other
            required = _required(person, requirements.get(training, ()))
            if found is None:
                cells.append(Cell(MISSING, True) if required else None)
                continue
            issued, expires = found
            if expires is None or expires > soon:
                state = VALID
            elif expires < today:
                state = EXPIRED
            else:
                state = EXPIRING
            cells.append(Cell(state, required, issued, expires))
        person.cells = cells
    return Matrix(trainings, people, today, days)


def _lasts_longer(one: tuple, other: tuple) -> bool:
    return (one[1] or dt.date.max) > (other[1] or dt.date.max)


# -- certificates that run out ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CertificateAlert:
    """A required mandatory training whose best certificate of a person runs out by a given day."""

    certificate_id: int
    training_id: int
    training: str
    kind: str  # "staff" or "learner"
    person_id: int
    expires_on: dt.date


@dataclass(slots=True)
class _Holder:
    kind: str
    roles: tuple[str, ...] = ()
    learner_types: tuple[str, ...] = ()


# Certificates of the given trainings that run out by a day while their holder has none that lasts longer (read
# from the index of a person's certificates per training).
_RUNNING_OUT_SQL = """
SELECT c.id, c.training_id, c.staff_id, c.learner_id, c.expires_on FROM certificate c
WHERE c.training_id IN ({marks}) AND c.expires_on <= ?{scope}
  AND NOT EXISTS (SELECT 1 FROM certificate o WHERE o.staff_id = c.staff_id AND o.training_id = c.training_id
                  AND (o.expires_on IS NULL OR o.expires_on > c.expires_on))
  AND NOT EXISTS (SELECT 1 FROM certificate o WHERE o.learner_id = c.learner_id AND o.training_id = c.training_id
                  AND (o.expires_on IS NULL OR o.expires_on > c.expires_on))
"""


def certificate_alerts(until: dt.date, learners: set[int] | None = None) -> list[CertificateAlert]:
    """Every certificate of an active mandatory training that runs out on or before `until` (expired ones
    included), for the people the training is required for: active staff, and learners in placement (or
    only the `learners` given). A person with a later certificate for it (also under their other record, a
    staff member who is a learner too) has no alert: as in the matrix, their best certificate counts."""
    trainings = {t.id: t for t in _mandatory_trainings()}
    if not trainings:
        return []
    ids = list(trainings)
    marks = ", ".join("?" * len(ids))
    if learners is None:
        scopes = [""]
    else:
        scopes = [
            f" AND c.learner_id IN ({', '.join(str(int(n)) for n in chunk)})" for chunk in _chunks(sorted(learners))
        ]
    found: dict[tuple, tuple] = {}
    for scope in scopes:
        sql = _RUNNING_OUT_SQL.format(marks=marks, scope=scope)
        for certificate, training, staff, learner, expires in db.execute_sql(sql, [*ids, until.isoformat()]):
            key = (training, "staff", staff) if staff is not None else (training, "learner", learner)
            if key not in found or certificate > found[key][0]:
                found[key] = (certificate, iso_date(expires))
    if not found:
        return []
    staff_ids = sorted({key[2] for key in found if key[1] == "staff"})
    learner_ids = sorted({key[2] for key in found if key[1] == "learner"})
    holders = _holders(staff_ids, learner_ids)
    best = _linked_best(ids, holders)
    requirements = _requirements(ids)
    alerts = []
    for (training, kind, person), (certificate, expires) in found.items():
        holder = holders.get((kind, person))
        if holder is None or not _required(holder, requirements.get(training, ())):
            continue
        if any(later > expires for later in best.get((training, kind, person), ())):
            continue
        alerts.append(CertificateAlert(certificate, training, trainings[training].title, kind, person, expires))
    return alerts


def _holders(staff_ids: list[int], learner_ids: list[int]) -> dict[tuple[str, int], _Holder]:
    """Roles and learner types of the people with a certificate running out who count, as in the matrix:
    active staff, and learners in placement (with a planned or active period)."""
    holders: dict[tuple[str, int], _Holder] = {}
    alerted_learners = set(learner_ids)
    for chunk in _chunks(staff_ids):
        marks = ", ".join("?" * len(chunk))
        sql = f"""SELECT s.id, r.role FROM staff s LEFT JOIN staff_role r ON r.staff_id = s.id
                  WHERE s.active = TRUE AND s.id IN ({marks})"""
        for staff, role in db.execute_sql(sql, chunk):
            holder = holders.setdefault(("staff", staff), _Holder("staff"))
            if role is not None:
                holder.roles += (role,)
    sql = """SELECT l.id, l.learner_type, l.staff_id FROM learner l
             WHERE l.archived = FALSE AND ({column} IN ({marks}))
               AND EXISTS (SELECT 1 FROM bpv_period p
                           WHERE p.learner_id = l.id AND p.status IN ('planned', 'active'))"""
    for column, people in (("l.id", learner_ids), ("l.staff_id", staff_ids)):
        for chunk in _chunks(people):
            for learner, learner_type, staff in db.execute_sql(
                sql.format(column=column, marks=", ".join("?" * len(chunk))), chunk
            ):
                if learner in alerted_learners:
                    holders[("learner", learner)] = _Holder("learner", learner_types=(learner_type,))
                if ("staff", staff) in holders and column == "l.staff_id":
                    holders[("staff", staff)].learner_types += (learner_type,)
    return holders


def _linked_best(training_ids: list[int], holders: dict) -> dict[tuple, list[dt.date]]:
    """(training, kind, person) -> the expiry dates of the certificates under the person's other record."""
    links = db.execute_sql(
        "SELECT id, staff_id FROM learner WHERE staff_id IS NOT NULL AND archived = FALSE"
    ).fetchall()
    other = {}
    for learner, staff in links:
        if ("staff", staff) in holders:
            other[("learner", learner)] = ("staff", staff)
        if ("learner", learner) in holders:
            other[("staff", staff)] = ("learner", learner)
    result: dict[tuple, list[dt.date]] = defaultdict(list)
    if not other:
        return result
    learners = [person for kind, person in other if kind == "learner"]
    staff = [person for kind, person in other if kind == "staff"]
    marks = ", ".join("?" * len(training_ids))
    for column, records in (("staff_id", staff), ("learner_id", learners)):
        for chunk in _chunks(records):
            sql = f"""SELECT training_id, staff_id, learner_id, MAX(COALESCE(expires_on, '{FAR_FUTURE}'))
                      FROM certificate WHERE training_id IN ({marks}) AND {column} IN ({", ".join("?" * len(chunk))})
                      GROUP BY training_id, staff_id, learner_id"""
            for training, s, lr, expires in db.execute_sql(sql, [*training_ids, *chunk]):
                record = ("staff", s) if s is not None else ("learner", lr)
                owner = other.get(record)
                if owner is not None:
                    result[(training, *owner)].append(dt.date.max if expires == FAR_FUTURE else iso_date(expires))
    return result


def _chunks(ids: list[int]) -> list[list[int]]:
    size = engine_of(db).ids_per_statement
    return [ids[start : start + size] for start in range(0, len(ids), size)]


# -- choices for the filters --------------------------------------------------------------------------


def audience_choices() -> list[tuple[str, str]]:
    """The "who" filter: everyone, staff, learners, each staff role, each learner type."""
    items = [("staff", _("Staff")), ("learners", _("Learners"))]
    items += [(f"role:{code}", _(label)) for code, label in choices.STAFF_ROLES.items()]
    items += [(f"type:{code}", _(label)) for code, label in choices.LEARNER_TYPES.items()]
    return items


def location_choices() -> list[tuple[int, str]]:
    rows = db.execute_sql("SELECT id, name FROM location WHERE active = TRUE").fetchall()
    return sorted(rows, key=lambda row: row[1].casefold())


def team_choices() -> list[tuple[int, str, int, str]]:
    """Active teams as (id, name, location id, location name), by location and name."""
    sql = "SELECT t.id, t.name, l.id, l.name FROM team t JOIN location l ON l.id = t.location_id WHERE t.active = TRUE"
    rows = db.execute_sql(sql).fetchall()
    return sorted(rows, key=lambda row: (row[3].casefold(), row[1].casefold()))


def describe_filters(audience: str | None, location: str | None, team: str | None) -> str:
    """The filters in words, printed above an exported matrix."""
    labels = dict(audience_choices())
    parts = [labels.get(audience or "", _("Everyone"))]
    if team:
        parts.append(team)
    elif location:
        parts.append(location)
    return " · ".join(parts)
