"""The yearly training plan for the works council (OR), and the versions it agreed to (001, Bijlage 3).

The plan of a year lists what is planned in it: per training the sessions whose first day falls in the year
(cancelled ones left out), the participants expected (a session's capacity, or its enrolments when it has no
capacity or more enrolments than places) and the cost (see `budget`: per session for a team training, per person
otherwise); e-learnings that must be repeated are expected for everyone whose latest certificate expires in the
year; and the external requests starting in the year that are approved or still awaiting a decision. It names
no one: the OR consents to a plan, not to people.

When the OR agrees, the plan is kept as it stood that day (`agree`): its tables, written out as JSON, in a row
the database never lets change or go. Printed again it is that plan, whatever has changed since.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, format_date
from desktop.services import validation as v
from desktop.services.base import CrudService, Snapshot, audit
from desktop.services.budget import PER_SESSION_KINDS, ZERO, checked_year
from desktop.services.reports import HIDDEN, Column, Report, ReportTable
from desktop.storage import choices
from desktop.storage.models import TrainingPlanSnapshot, db

SESSIONS_SQL = """
WITH days AS (SELECT session_id, MIN(date) AS first_day FROM session_date GROUP BY session_id)
SELECT t.id, t.title, t.kind, t.cost, ts.location_id, ts.capacity,
       (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = ts.id
            AND e.status IN ('enrolled', 'attended', 'completed', 'no_show'))
FROM training_session ts
JOIN training t ON t.id = ts.training_id
JOIN days d ON d.session_id = ts.id
WHERE ts.cancelled = FALSE AND d.first_day BETWEEN ? AND ?
"""

# Per e-learning that expires, the people whose latest certificate of it runs out in the year.
RENEWALS_SQL = """
SELECT t.id, t.title, t.cost, COUNT(*)
FROM training t
JOIN (
    SELECT training_id, COALESCE(staff_id, -learner_id) AS person, MAX(expires_on) AS expires_on
    FROM certificate GROUP BY training_id, COALESCE(staff_id, -learner_id)
) latest ON latest.training_id = t.id
WHERE t.kind = 'elearning' AND t.active = TRUE AND t.validity_months IS NOT NULL
  AND latest.expires_on BETWEEN ? AND ?
GROUP BY t.id, t.title, t.cost
"""

REQUESTS_SQL = """
SELECT r.title, r.provider_name, r.decision, COUNT(*), SUM(r.cost)
FROM external_training_request r
WHERE r.decision <> 'refused' AND r.first_day BETWEEN ? AND ?
GROUP BY r.title, r.provider_name, r.decision
"""


@dataclass
class _Line:
    title: str
    kind: str
    sessions: int | None = None
    participants: int = 0
    cost: Decimal = ZERO


def plan_report(year=None, database=None) -> Report:
    """The training plan of `year` (default: next year), as tables for the window, Excel and PDF; read from
    `database` when given (the demo, while it is built), else from the one the models are bound to."""
    database = database if database is not None else db
    year = checked_year("year", year if year is not None else clock.today().year + 1)
    bounds = (dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat())
    locations = dict(database.execute_sql("SELECT id, name FROM location").fetchall())
    lines: dict[int, _Line] = {}
    per_location: dict = defaultdict(lambda: [0, 0, ZERO])
    for training, title, kind, price, location, capacity, taken in database.execute_sql(SESSIONS_SQL, bounds):
        line = lines.setdefault(training, _Line(title, kind, 0))
        expected = max(capacity or 0, taken)
        cost = _price(price) * (1 if kind in PER_SESSION_KINDS else expected)
        line.sessions += 1
        line.participants += expected
        line.cost += cost
        place = per_location[location]
        place[0], place[1], place[2] = place[0] + 1, place[1] + expected, place[2] + cost
    for training, title, price, count in database.execute_sql(RENEWALS_SQL, bounds):
        line = lines.setdefault(training, _Line(title, "elearning"))
        line.participants += count
        line.cost += _price(price) * count

    plan = ReportTable(
        _("Trainings"),
        (
            Column("training", _("Training"), "text"),
            Column("kind", _("Kind"), "text"),
            Column("sessions", _("Sessions"), "count"),
            Column("participants", _("Expected participants"), "count"),
            Column("cost", _("Cost (€)"), "number"),
        ),
    )
    for line in sorted(lines.values(), key=lambda line: line.title.casefold()):
        kind = _(choices.TRAINING_KINDS.get(line.kind, line.kind))
        plan.rows.append([line.title, kind, line.sessions, line.participants, line.cost])
    plan.totals = [
        _("Total"),
        "",
        sum(line.sessions or 0 for line in lines.values()),
        sum(line.participants for line in lines.values()),
        sum((line.cost for line in lines.values()), ZERO),
    ]

    by_location = ReportTable(
        _("Sessions per location"),
        (
            Column("location", _("Location"), "text"),
            Column("sessions", _("Sessions"), "count"),
            Column("participants", _("Expected participants"), "count"),
            Column("cost", _("Cost (€)"), "number"),
        ),
    )
    for location, (sessions, participants, cost) in per_location.items():
        by_location.rows.append([locations.get(location, _("No location")), sessions, participants, cost])
    by_location.rows.sort(key=lambda row: row[0].casefold())
    by_location.totals = [
        _("Total"),
        sum(row[1] for row in by_location.rows),
        sum(row[2] for row in by_location.rows),
        sum((row[3] for row in by_location.rows), ZERO),
    ]

    requests = ReportTable(
        _("External requests"),
        (
            Column("title", _("Training"), "text"),
            Column("provider", _("Provider"), "text"),
            Column("decision", _("Decision"), "text"),
            Column("requests", _("Requests"), "count"),
            Column("cost", _("Cost (€)"), "number"),
        ),
    )
    for title, provider, decision, count, total in database.execute_sql(REQUESTS_SQL, bounds):
        decided = _(choices.REQUEST_DECISIONS[decision])
        requests.rows.append([title, provider, decided, count, _price(total)])
    requests.rows.sort(key=lambda row: (row[0].casefold(), row[2]))
    requests.totals = [
        _("Total"),
        "",
        "",
        sum(row[3] for row in requests.rows),
        sum((row[4] for row in requests.rows), ZERO),
    ]

    notes = [
        _("Expected participants: a session's capacity, or its enrolments when it has more or no capacity; an "
          "e-learning to repeat: everyone whose certificate of it expires in the year."),
        _("Cost: the catalogue's price per person, per session for a team training; trainings without a price "
          "show 0. External requests: approved ones and those awaiting the manager's decision, without names."),
    ]  # fmt: skip
    empty = None
    if not lines and not requests.rows:
        empty = _("No sessions, renewals or external requests are planned for {year} yet.").format(year=year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    title = _("Training plan {year}").format(year=year)
    return Report("plan", title, start, end, notes, [plan, by_location, requests], None, empty)


def _price(value) -> Decimal:
    return Decimal(str(value)) if value is not None else ZERO


# -- the versions the works council agreed to ------------------------------------------------------------------


class TrainingPlanSnapshotService(CrudService):
    """An agreed plan is evidence of the OR's consent: made once, never changed or deleted."""

    model = TrainingPlanSnapshot
    rules = {"year": checked_year, "agreed_on": lambda f, value: v.past_date(f, value) or _required(f)}

    def update(self, record_id, *, seen_version=None, **values):
        raise ValidationError("id", _("A training plan the works council agreed to cannot be changed."))

    def delete(self, record_id) -> Snapshot:
        raise ValidationError("id", _("A training plan the works council agreed to is kept; it cannot be deleted."))


def _required(field_name: str):
    raise ValidationError(field_name, _("Is required."))


def _cell(value):
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if value is HIDDEN:
        return {"hidden": True}
    return value


def _uncell(value):
    if isinstance(value, dict):
        return Decimal(value["decimal"]) if "decimal" in value else HIDDEN
    return value


def _table_json(table: ReportTable) -> dict:
    return {
        "title": table.title,
        "columns": [[column.key, column.label, column.kind] for column in table.columns],
        "rows": [[_cell(value) for value in row] for row in table.rows],
        "totals": [_cell(value) for value in table.totals] if table.totals else None,
    }


def _table_from(data: dict) -> ReportTable:
    return ReportTable(
        data["title"],
        tuple(Column(*column) for column in data["columns"]),
        [[_uncell(value) for value in row] for row in data["rows"]],
        [_uncell(value) for value in data["totals"]] if data["totals"] is not None else None,
    )


def snapshot_content(plan: Report, agreed_on: dt.date, notes: str = "") -> str:
    """The plan as JSON, as it is kept: with the day of the consent (and the note) at the head of its notes."""
    agreed = _("Agreed to by the works council (OR) on {date}.").format(date=format_date(agreed_on, "long"))
    content = {
        "version": 1,
        "kind": plan.kind,
        "title": plan.title,
        "start": plan.start.isoformat(),
        "end": plan.end.isoformat(),
        "notes": [agreed, *([notes] if notes else []), *plan.notes],
        "empty": plan.empty,
        "tables": [_table_json(table) for table in plan.tables],
    }
    return json.dumps(content, ensure_ascii=False)


def agree(year, agreed_on, notes: str = "") -> int:
    """Keep the plan of `year` as it stands now, as the version the works council agreed to on `agreed_on`."""
    service = TrainingPlanSnapshotService()
    cleaned = service.clean({"year": year, "agreed_on": agreed_on, "notes": notes}, partial=True)
    content = snapshot_content(plan_report(cleaned["year"]), cleaned["agreed_on"], cleaned.get("notes", ""))
    with db.atomic():
        record = TrainingPlanSnapshot.create(**cleaned, content=content)
        audit("create", TrainingPlanSnapshot._meta.table_name, record.id, sorted(cleaned))
    return record.id


@dataclass(frozen=True)
class AgreedPlan:
    id: int
    year: int
    agreed_on: dt.date
    created_at: dt.datetime
    notes: str


def agreed_plans() -> list[AgreedPlan]:
    """Every version the works council agreed to, newest first."""
    query = TrainingPlanSnapshot.select(
        TrainingPlanSnapshot.id,
        TrainingPlanSnapshot.year,
        TrainingPlanSnapshot.agreed_on,
        TrainingPlanSnapshot.created_at,
        TrainingPlanSnapshot.notes,
    ).order_by(TrainingPlanSnapshot.year.desc(), TrainingPlanSnapshot.id.desc())
    return [AgreedPlan(row.id, row.year, row.agreed_on, row.created_at, row.notes) for row in query]


def agreed_plan(snapshot_id: int) -> Report:
    """The plan exactly as it was kept when the works council agreed to it."""
    record = TrainingPlanSnapshotService().get(snapshot_id)
    data = json.loads(record.content)
    return Report(
        data["kind"],
        data["title"],
        dt.date.fromisoformat(data["start"]),
        dt.date.fromisoformat(data["end"]),
        list(data["notes"]),
        [_table_from(table) for table in data["tables"]],
        None,
        data["empty"],
    )
