"""The training budget of a year and what training costs against it: planned, committed and spent.

How cost is counted (a training's `cost` is what the catalogue says one place on it costs; trainings without a
cost, most internal ones, cost nothing here):
- A team training (kind "team") is bought per session for a whole team, so its cost counts once per session
  that is not cancelled: *spent* once its last day has passed, *committed* while people are enrolled in a
  session still to come, *planned* while nobody is enrolled yet.
- Every other training costs its price per person. An enrolment counts once: *spent* when it was attended,
  completed or not shown up for (the place was paid), or when its session's last day has passed; *committed*
  while the person is enrolled for a session still to come or for an e-learning not yet finished. Places still
  free in a session to come (its capacity less the places taken) are *planned*. Cancelled enrolments and the
  waiting list cost nothing.
- An external training request costs what it says: *planned* while the manager has not decided, *committed*
  when approved and not yet over, *spent* when approved and its last (or only) day has passed; a refused
  request costs nothing. An enrolment made by approving a request counts through the request, never twice.
- The year of a cost is the year of the session's first day, of the request's first day, or, for an
  e-learning, of its completion or else of the enrolment.
- Location and team: a staff member's team and its location (their own location when they have no team); a
  learner's team of their latest BPV period; a session's cost that belongs to no one person (free places, a
  team training) goes to the session's location and to the team most of its participants are in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, format_fixed
from desktop.services import validation as v
from desktop.services.base import CrudService
from desktop.services.reports import Column, Report, ReportTable
from desktop.storage.models import Location, Team, TrainingBudget, db

CATEGORIES = ("planned", "committed", "spent")
PER_SESSION_KINDS = ("team",)
MIN_YEAR, MAX_YEAR = 2000, 2100
ZERO = Decimal(0)


def checked_year(field: str, value) -> int:
    return v.integer(field, value, required=True, minimum=MIN_YEAR, maximum=MAX_YEAR)


def _amount(field: str, value) -> Decimal:
    number = v.decimal(field, value, required=True, maximum=Decimal("999999999.99"))
    if number < 0:
        raise ValidationError(field, _("A budget cannot be negative; enter 0 or more."))
    return number


def _of_location(location: int | None):
    # NULL is the whole organisation's budget: `= NULL` would match nothing.
    return TrainingBudget.location.is_null() if location is None else TrainingBudget.location == location


class TrainingBudgetService(CrudService):
    model = TrainingBudget
    rules = {"year": checked_year, "amount": _amount}

    def check(self, data, instance):
        same = TrainingBudget.select().where(TrainingBudget.year == data.get("year"))
        location = data.get("location")
        same = same.where(
            TrainingBudget.location.is_null() if location is None else TrainingBudget.location == location
        )
        if instance is not None:
            same = same.where(TrainingBudget.id != instance.id)
        if same.exists():
            raise ValidationError("location", _("This year already has a budget for this location; change that one."))


def budgets_of(year: int) -> list[dict]:
    """The year's budgets as rows {id, location, location_name, amount, notes}, the whole organisation first."""
    query = (
        TrainingBudget.select(TrainingBudget, Location.name)
        .join(Location, on=TrainingBudget.location == Location.id, join_type=JOIN.LEFT_OUTER)
        .where(TrainingBudget.year == year)
        .dicts()
    )
    rows = [
        {
            "id": row["id"],
            "location": row["location"],
            "location_name": row["name"] or _("Whole organisation"),
            "amount": row["amount"],
            "notes": row["notes"],
            "version": row["version"],
        }
        for row in query
    ]
    return sorted(rows, key=lambda row: (row["location"] is not None, row["location_name"].casefold()))


def set_budget(year, location: int | None, amount, seen_version: int | None = None) -> tuple[int, dict | None]:
    """Set the budget of `year` (for `location`, or the whole organisation): a new record or a change of the one
    there is. Returns its id and, for a change, the previous values (for undo); nothing is saved when refused.
    `seen_version`: the version of the budget the window showed (0 when it showed none), refused when someone else
    set it since."""
    service = TrainingBudgetService()
    year = checked_year("year", year)
    existing = TrainingBudget.get_or_none((TrainingBudget.year == year) & _of_location(location))
    if existing is None:
        return service.create(year=year, location=location, amount=amount).id, None
    _record, previous = service.update(existing.id, seen_version=seen_version, amount=amount)
    return existing.id, previous


# -- spend ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cost:
    training: str
    location: int | None
    team: int | None
    category: str
    amount: Decimal
    places: int  # people (or sessions, for a team training; requests count one each)


SESSION_DAYS = "SELECT session_id, MIN(date) AS first_day, MAX(date) AS last_day FROM session_date GROUP BY session_id"

# Enrolments with a price per person, in the year: those of sessions starting in it, and those without a session
# (e-learnings) finished or made in it; made by an approved request they count through the request. Each row is
# handed over as it is (grouping 30,000 rows in SQL costs twice what the counting below does).
ENROLMENT_COSTS_SQL = f"""
WITH days AS ({SESSION_DAYS}),
priced AS (SELECT id FROM training WHERE cost > 0 AND kind NOT IN ('team')),
requested AS (SELECT enrolment_id FROM external_training_request WHERE enrolment_id IS NOT NULL)
SELECT e.training_id, e.staff_id, e.learner_id,
       CASE WHEN e.status IN ('attended', 'completed', 'no_show') OR d.last_day < :today THEN 'spent'
            ELSE 'committed' END
FROM days d
JOIN training_session ts ON ts.id = d.session_id
JOIN enrolment e ON e.session_id = d.session_id
WHERE d.first_day BETWEEN :first AND :last
  AND e.status IN ('enrolled', 'attended', 'completed', 'no_show')
  AND (ts.cancelled = FALSE OR e.status IN ('attended', 'completed'))
  AND e.training_id IN (SELECT id FROM priced) AND e.id NOT IN (SELECT enrolment_id FROM requested)
UNION ALL
SELECT e.training_id, e.staff_id, e.learner_id,
       CASE WHEN e.status IN ('attended', 'completed', 'no_show') THEN 'spent' ELSE 'committed' END
FROM enrolment e
WHERE e.session_id IS NULL AND e.status IN ('enrolled', 'attended', 'completed', 'no_show')
  AND COALESCE(e.completed_on, e.enrolled_on) BETWEEN :first AND :last
  AND e.training_id IN (SELECT id FROM priced) AND e.id NOT IN (SELECT enrolment_id FROM requested)
"""
STAFF_PLACES_SQL = (
    "SELECT s.id, s.team_id, COALESCE(t.location_id, s.location_id) FROM staff s LEFT JOIN team t ON t.id = s.team_id"
)
# Ordered so that each learner's latest period comes last: the one a dict keeps.
LEARNER_TEAMS_SQL = "SELECT learner_id, team_id FROM bpv_period ORDER BY learner_id, start_date, id"

# Sessions in the year of trainings with a price: their places taken, and the team most participants are in.
SESSION_COSTS_SQL = f"""
WITH days AS ({SESSION_DAYS})
SELECT ts.id, t.title, t.cost, t.kind, ts.location_id, ts.capacity, d.first_day, d.last_day,
       (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = ts.id
            AND e.status IN ('enrolled', 'attended', 'completed', 'no_show'))
FROM training_session ts
JOIN training t ON t.id = ts.training_id
JOIN days d ON d.session_id = ts.id
WHERE t.cost > 0 AND ts.cancelled = FALSE AND d.first_day BETWEEN :first AND :last
"""

TEAM_OF_SESSION_SQL = """
SELECT e.session_id, st.team_id, COUNT(*) FROM enrolment e JOIN staff st ON st.id = e.staff_id
WHERE e.session_id IN ({ids}) AND st.team_id IS NOT NULL
  AND e.status IN ('enrolled', 'attended', 'completed', 'no_show')
GROUP BY 1, 2
"""

REQUEST_COSTS_SQL = """
SELECT r.title, r.cost, COALESCE(tm.location_id, st.location_id), st.team_id,
       CASE WHEN r.decision = 'pending' THEN 'planned'
            WHEN COALESCE(r.last_day, r.first_day) < :today THEN 'spent'
            ELSE 'committed' END,
       COUNT(*), SUM(r.cost)
FROM external_training_request r
JOIN staff st ON st.id = r.staff_id
LEFT JOIN team tm ON tm.id = st.team_id
WHERE r.decision <> 'refused' AND r.first_day BETWEEN :first AND :last
GROUP BY 1, 2, 3, 4, 5
"""


def _params(sql: str, values: dict) -> tuple[str, tuple]:
    """Named parameters for engines that only take positional ones, in the order they appear."""
    names = []

    def positional(match) -> str:
        names.append(match.group(1))
        return "?"

    return re.sub(r":([a-z]+)", positional, sql), tuple(values[name] for name in names)


def _run(sql: str, values: dict) -> list[tuple]:
    query, arguments = _params(sql, values)
    return db.execute_sql(query, arguments).fetchall()


def costs(year: int) -> list[Cost]:
    """Every cost of `year`, as `Cost` rows (see the module's docstring for how each is counted)."""
    year = checked_year("year", year)
    values = {"first": dt.date(year, 1, 1).isoformat(), "last": dt.date(year, 12, 31).isoformat()}
    values["today"] = clock.today().isoformat()
    result: list[Cost] = []
    prices = {row[0]: (row[1], Decimal(str(row[2]))) for row in _run("SELECT id, title, cost FROM training", {})
              if row[2] is not None}  # fmt: skip
    enrolments = Counter(tuple(row) for row in _run(ENROLMENT_COSTS_SQL, values))
    if enrolments:
        staff_places = {row[0]: (row[1], row[2]) for row in _run(STAFF_PLACES_SQL, {})}
        learner_teams = dict(_run(LEARNER_TEAMS_SQL, {})) if any(key[2] is not None for key in enrolments) else {}
        team_locations = dict(_run("SELECT id, location_id FROM team", {}))
        places: Counter = Counter()
        for (training, staff, learner, category), count in enrolments.items():
            if staff is not None:
                team, location = staff_places.get(staff, (None, None))
            else:
                team = learner_teams.get(learner)
                location = team_locations.get(team)
            places[(training, location, team, category)] += count
        for (training, location, team, category), count in places.items():
            title, price = prices[training]
            result.append(Cost(title, location, team, category, price * count, count))
    sessions = _run(SESSION_COSTS_SQL, values)
    teams = _main_teams([row[0] for row in sessions])
    today = clock.today()
    for session, title, price, kind, location, capacity, first, last, taken in sessions:
        price = Decimal(str(price))
        if kind in PER_SESSION_KINDS:
            if dt.date.fromisoformat(str(last)[:10]) < today:
                category = "spent"
            else:
                category = "committed" if taken else "planned"
            result.append(Cost(title, location, teams.get(session), category, price, 1))
        elif capacity and dt.date.fromisoformat(str(first)[:10]) >= today and capacity > taken:
            free = capacity - taken
            result.append(Cost(title, location, teams.get(session), "planned", price * free, free))
    for title, _price, location, team, category, count, total in _run(REQUEST_COSTS_SQL, values):
        result.append(Cost(title, location, team, category, Decimal(str(total)), count))
    return result


def _main_teams(session_ids: list[int]) -> dict[int, int]:
    """Per session, the team most of its participants are in (the lowest id among equals)."""
    counts: dict[int, Counter] = defaultdict(Counter)
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start : start + 500]
        if not chunk:
            continue
        sql = TEAM_OF_SESSION_SQL.format(ids=", ".join("?" * len(chunk)))
        for session, team, count in db.execute_sql(sql, tuple(chunk)).fetchall():
            counts[session][team] = count
    return {session: min(teams.items(), key=lambda item: (-item[1], item[0]))[0] for session, teams in counts.items()}


# -- the spend report -------------------------------------------------------------------------------------------


def _money_columns() -> tuple[Column, ...]:
    return (
        Column("planned", _("Planned (€)"), "number"),
        Column("committed", _("Committed (€)"), "number"),
        Column("spent", _("Spent (€)"), "number"),
        Column("total", _("Total (€)"), "number"),
    )


def _sums(items: list[Cost]) -> list:
    by = {category: sum((c.amount for c in items if c.category == category), ZERO) for category in CATEGORIES}
    return [by["planned"], by["committed"], by["spent"], by["planned"] + by["committed"] + by["spent"]]


def _grouped(items: list[Cost], key, label) -> list[list]:
    groups: dict = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    rows = [[label(group), sum(c.places for c in members), *_sums(members)] for group, members in groups.items()]
    return sorted(rows, key=lambda row: (-row[-1], str(row[0]).casefold()))


def _places() -> tuple[dict[int, str], dict[int, tuple[str, int]]]:
    locations = {row.id: row.name for row in Location.select(Location.id, Location.name)}
    teams = {row.id: (row.name, row.location_id) for row in Team.select(Team.id, Team.name, Team.location)}
    return locations, teams


def spend_report(year=None) -> Report:
    """The year's training spend per training, location and team, and per location against its budget."""
    year = checked_year("year", year if year is not None else clock.today().year)
    items = costs(year)
    locations, teams = _places()
    budgets = budgets_of(year)
    nowhere = _("No location")
    no_team = _("No team")

    def location_name(location):
        return locations.get(location, nowhere)

    def team_name(team):
        if team not in teams:
            return no_team
        name, location = teams[team]
        return f"{name} ({locations.get(location, nowhere)})"

    places = Column("places", _("Places"), "count")
    by_training = ReportTable(_("Per training"), (Column("training", _("Training"), "text"), places, *_money_columns()))
    by_training.rows = _grouped(items, lambda c: c.training, lambda group: group)
    by_team = ReportTable(_("Per team"), (Column("team", _("Team"), "text"), places, *_money_columns()))
    by_team.rows = _grouped(items, lambda c: c.team, team_name)
    for table in (by_training, by_team):
        table.totals = [_("Total"), sum(row[1] for row in table.rows), *_sums(items)]

    whole = next((row["amount"] for row in budgets if row["location"] is None), None)
    per_location = {row["location"]: row["amount"] for row in budgets if row["location"] is not None}
    against = ReportTable(
        _("Against the budget"),
        (
            Column("location", _("Location"), "text"),
            Column("budget", _("Budget (€)"), "number"),
            *_money_columns()[:3],  # no total beside the budget: the PDF's A4 has room for seven columns
            Column("left", _("Left (€)"), "number"),
            Column("used", _("Used"), "share"),
        ),
    )
    spent_by_location: dict = defaultdict(list)
    for item in items:
        spent_by_location[item.location].append(item)
    for location in sorted(set(spent_by_location) | set(per_location), key=lambda key: location_name(key).casefold()):
        sums = _sums(spent_by_location.get(location, []))
        against.rows.append([location_name(location), *_against(per_location.get(location), sums)])
    total_budget = whole if whole is not None else (sum(per_location.values(), ZERO) if per_location else None)
    against.totals = [_("Total"), *_against(total_budget, _sums(items))]

    notes = [
        _(
            "Planned: places still free in sessions to come, team trainings nobody is enrolled in yet, requests "
            "awaiting the manager. Committed: enrolments for sessions to come and approved requests not yet over. "
            "Spent: sessions held, attended or completed enrolments and no-shows, approved requests that are over."
        ),
        _("Left is the budget less what is committed and spent; trainings without a cost are not counted."),
    ]
    if whole is not None and per_location:
        notes.append(
            _(
                "The total is held against the organisation's budget of € {amount}; the locations' budgets are "
                "part of it."
            ).format(amount=format_fixed(whole, 2))
        )
    empty = None
    if not items and not budgets:
        empty = _("Nothing was spent or set aside for training in {year}.").format(year=year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return Report("budget", _("Training budget {year}").format(year=year), start, end, notes,
                  [against, by_training, by_team], None, empty)  # fmt: skip


def _against(budget, sums: list) -> list:
    planned, committed, spent, _total = sums
    if budget is None:
        return [None, planned, committed, spent, None, None]
    used = committed + spent
    return [budget, planned, committed, spent, budget - used, float(used / budget) if budget else None]
