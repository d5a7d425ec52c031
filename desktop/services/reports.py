"""The figures the learning policy asks for: the CAO norm, early dropout per quarter, completion.

Each report is a plain `Report`: tables (columns, rows, totals), the series a chart needs, notes that say
how was counted, and a sentence instead of figures when the range holds nothing to count (never a division
by zero). The window draws it with QtCharts; `desktop.services.report_export` writes it to XLSX and PDF.

How is counted:
- CAO norm (at least 4% learners in the workforce): BBL students, BOL interns while on placement, mio's and
  side entrants (zij-instromers) count; HBO interns do not. A learner counts in a month when one of their
  BPV periods runs in it (from its start to its end, or to the day it ended early), at the location of the
  period's team (the period that started last, when several run). The workforce is the active staff (staff
  records hold no employment dates, so today's staff is the workforce of every month), at their team's
  location or, without a team, their own. Head count is what the norm is checked on; FTE is shown beside it:
  a learner's FTE is their hours per week over a full week of 36 hours (at most 1), or their staff
  record's FTE; people without a recorded FTE are left out of the FTE figures and the notes say how many.
  A year's figure is the average of its months in the range.
- Early dropout: a period counts as running in a quarter when its dates overlap it, and as dropout in the
  quarter of the day it ended early, unless it ended with a diploma (that is no dropout). The rate is
  dropout over running. Breakdowns cover the whole range.
- Completion: of the periods that ended in the range (completed on their end date, or ended early), how
  many ended with a diploma; per programme and per cohort (the programme's cohort, else the year the period
  started). Caseload: the learners with a planned or running period per praktijkopleider, against the
  praktijkopleider's FTE.

Small groups (`SMALL_GROUP`): no figure singles out a student. In every breakdown of students (by reason,
learner type, programme, school, location, cohort), a group of fewer than 5 students shows no figures; a
count of 1 to 4 students with an outcome (dropout, a diploma, no diploma) is hidden, with the share made
from it; and when a column would have just one hidden cell while its total shows, the next smallest count
is hidden too (or, when there is none, the total), so the hidden one cannot be worked out by subtraction.
Counts of the whole organisation, of learners per location for the CAO norm (no outcome about anyone) and
caseloads of staff are not hidden.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import N_, _, format_date, format_number
from desktop.services import validation as v
from desktop.storage import choices
from desktop.storage.models import db, display_name, iso_date

CAO_NORM = 0.04
CAO_LEARNER_TYPES = ("bbl", "bol", "mio", "side_entrant")
FULL_TIME_HOURS = Decimal(36)
SMALL_GROUP = 5
MAX_MONTHS = 120
MAX_QUARTERS = 40
TREND_QUARTERS = 8
FAR_FUTURE = dt.date(9999, 12, 31)
KINDS = {"cao": N_("CAO norm"), "dropout": N_("Early dropout"), "completion": N_("Completion")}


class Hidden:
    """A cell left out so that no student in a small group is singled out (see the module's docstring)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "HIDDEN"


HIDDEN = Hidden()


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "count"  # "text", "count", "share" (0..1), "number" (a decimal, such as FTE)


@dataclass
class ReportTable:
    title: str
    columns: tuple[Column, ...]
    rows: list[list] = field(default_factory=list)  # str, int, float, Decimal, None (nothing to show), HIDDEN
    totals: list | None = None

    def column(self, key: str) -> int:
        return next(index for index, column in enumerate(self.columns) if column.key == key)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    title: str
    kind: str  # "line" or "bar"
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = "share"  # the values are shares (0..1) or "count"s
    target: float | None = None
    target_label: str = ""
    top: float | None = None  # where the value axis ends, when the values have a scale (a mean score: 5)


@dataclass
class Report:
    kind: str
    title: str
    start: dt.date
    end: dt.date
    notes: list[str]
    tables: list[ReportTable]
    chart: Chart | None
    empty: str | None = None  # instead of figures, when the range holds nothing to count

    @property
    def period(self) -> str:
        return f"{format_date(self.start, 'long')} – {format_date(self.end, 'long')}"

    def table(self, title_or_index) -> ReportTable:
        if isinstance(title_or_index, int):
            return self.tables[title_or_index]
        return next(table for table in self.tables if table.title == title_or_index)


def share(part, whole) -> float | None:
    """`part` of `whole` as a fraction, or None when there is no whole to divide by."""
    if whole is None or whole == 0 or part is None:
        return None
    return float(part) / float(whole)


# -- ranges ---------------------------------------------------------------------------------------------------


def report_range(start, end, default: Callable[[dt.date], tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date]:
    first, last = v.date("start", start), v.date("end", end)
    if first is None or last is None:
        default_first, default_last = default(clock.today())
        first, last = first or default_first, last or default_last
    if last < first:
        raise ValidationError("end", _("The end date lies before the start date."))
    return first, last


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def months(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    result, day = [], month_start(first)
    while day <= last:
        result.append((day, month_end(day)))
        day = month_end(day) + dt.timedelta(days=1)
    return result


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarters(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    result, day = [], quarter_start(first)
    while day <= last:
        following = dt.date(day.year + (day.month > 9), (day.month + 2) % 12 + 1, 1)
        result.append((day, following - dt.timedelta(days=1)))
        day = following
    return result


def quarter_label(day: dt.date) -> str:
    return _("Q{quarter} {year}").format(quarter=(day.month - 1) // 3 + 1, year=day.year)


def _last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    first = month_start(today)
    for _step in range(11):
        first = month_start(first - dt.timedelta(days=1))
    return first, month_end(today)


def last_quarters(today: dt.date) -> tuple[dt.date, dt.date]:
    first = quarter_start(today)
    for _step in range(TREND_QUARTERS - 1):
        first = quarter_start(first - dt.timedelta(days=1))
    return first, quarters(today, today)[0][1]


# -- places and people ---------------------------------------------------------------------------------------------


def _places() -> tuple[dict[int, int], dict[int, str]]:
    teams = dict(db.execute_sql("SELECT id, location_id FROM team").fetchall())
    locations = dict(db.execute_sql("SELECT id, name FROM location").fetchall())
    return teams, locations


def _location_label(locations: dict[int, str], location: int | None) -> str:
    return locations.get(location) or _("No location")


def _by_label(items: Iterable[tuple]) -> list:
    """(label, ...) items by label, "No location" last."""
    return sorted(items, key=lambda item: (item[0] == _("No location"), str(item[0]).casefold()))


# -- CAO norm ----------------------------------------------------------------------------------------------------

CAO_PERIODS_SQL = f"""
SELECT p.learner_id, p.start_date, CASE WHEN p.status = 'ended_early' THEN p.ended_on ELSE p.end_date END,
       p.team_id, p.hours_per_week, s.fte
FROM bpv_period p JOIN learner l ON l.id = p.learner_id LEFT JOIN staff s ON s.id = l.staff_id
WHERE l.learner_type IN ({", ".join(f"'{code}'" for code in CAO_LEARNER_TYPES)})
  AND p.start_date <= ? AND (p.status <> 'ended_early' OR p.ended_on >= ?)
  AND (p.end_date IS NULL OR p.end_date >= ?)
"""


def cao_report(start=None, end=None) -> Report:
    """Learners as a share of the workforce, per month, per year and per location, against the 4% norm."""
    first, last = report_range(start, end, _last_twelve_months)
    spans = months(first, last)
    if len(spans) > MAX_MONTHS:
        raise ValidationError("start", _("Choose at most ten years at a time."))
    teams, locations = _places()
    staff_heads: dict[int | None, int] = defaultdict(int)
    staff_fte: dict[int | None, Decimal] = defaultdict(Decimal)
    staff_without_fte = 0
    for team, own_location, fte in db.execute_sql("SELECT team_id, location_id, fte FROM staff WHERE active = TRUE"):
        location = teams.get(team) if team is not None else own_location
        staff_heads[location] += 1
        if fte is None:
            staff_without_fte += 1
        else:
            staff_fte[location] += Decimal(str(fte))
    workforce, workforce_fte = sum(staff_heads.values()), sum(staff_fte.values(), Decimal())

    # Per month, per learner: (start, location, FTE) of the period that started last among those running.
    present: list[dict[int, tuple]] = [{} for _span in spans]
    origin = spans[0][0].year * 12 + spans[0][0].month

    def index_of(day: dt.date) -> int:
        return day.year * 12 + day.month - origin

    bounds = (spans[-1][1].isoformat(), spans[0][0].isoformat(), spans[0][0].isoformat())
    for learner, begun, ended, team, hours, staff_fte_value in db.execute_sql(CAO_PERIODS_SQL, bounds):
        begun, ended = iso_date(begun), iso_date(ended) or FAR_FUTURE
        if hours is not None:
            fte = min(Decimal(str(hours)) / FULL_TIME_HOURS, Decimal(1))
        else:
            fte = Decimal(str(staff_fte_value)) if staff_fte_value is not None else None
        entry = (begun, teams.get(team), fte)
        for index in range(max(0, index_of(begun)), min(len(spans) - 1, index_of(ended)) + 1):
            current = present[index].get(learner)
            if current is None or begun >= current[0]:
                present[index][learner] = entry
    learners_without_fte = {learner for month in present for learner, entry in month.items() if entry[2] is None}

    # Per month: learners and their FTE, in total and per location.
    heads: list[dict] = []
    ftes: list[dict] = []
    for month in present:
        month_heads: dict = defaultdict(int)
        month_fte: dict = defaultdict(Decimal)
        for _begun, place, fte in month.values():
            month_heads[place] += 1
            month_fte[place] += fte or Decimal()
        heads.append(month_heads)
        ftes.append(month_fte)

    def figures(learners, fte, people, people_fte, label) -> list:
        part = share(learners, people)
        return [label, learners, people, part, _round(fte), _round(people_fte), share(fte, people_fte), _meets(part)]

    def columns(first_column: Column) -> tuple[Column, ...]:
        return (
            first_column,
            Column("learners", _("Learners")),
            Column("workforce", _("Workforce")),
            Column("share", _("Share"), "share"),
            Column("learners_fte", _("Learners (FTE)"), "number"),
            Column("workforce_fte", _("Workforce (FTE)"), "number"),
            Column("share_fte", _("Share (FTE)"), "share"),
            Column("norm", _("≥ 4%"), "text"),
        )

    totals = [(sum(h.values()), sum(f.values(), Decimal())) for h, f in zip(heads, ftes, strict=True)]
    monthly = ReportTable(_("Per month"), columns(Column("period", _("Month"), "text")))
    for (month_first, _month_last), (learners, fte) in zip(spans, totals, strict=True):
        monthly.rows.append(figures(learners, fte, workforce, workforce_fte, format_date(month_first, "MMMM yyyy")))
    yearly = ReportTable(_("Per year (average of the months)"), columns(Column("period", _("Year"), "text")))
    for year in sorted({month_first.year for month_first, _last in spans}):
        picked = [t for (month_first, _l), t in zip(spans, totals, strict=True) if month_first.year == year]
        yearly.rows.append(
            figures(
                _average(n for n, _f in picked), _average(f for _n, f in picked), workforce, workforce_fte, str(year)
            )
        )
    by_location = ReportTable(
        _("Per location (average of the months)"), columns(Column("location", _("Location"), "text"))
    )
    places = set(staff_heads) | {place for month in heads for place in month}
    for place in sorted(places, key=lambda p: (p is None, _location_label(locations, p).casefold())):
        learners = _average(month.get(place, 0) for month in heads)
        fte = _average(month.get(place, Decimal()) for month in ftes)
        by_location.rows.append(
            figures(learners, fte, staff_heads.get(place, 0), staff_fte.get(place, Decimal()),
                    _location_label(locations, place))
        )  # fmt: skip
    by_location.totals = figures(
        _average(n for n, _f in totals), _average(f for _n, f in totals), workforce, workforce_fte,
        _("Whole organisation"),
    )  # fmt: skip

    notes = [
        _(
            "The norm is checked on head count: learners (BBL, BOL on placement, mio, side entrants) against the "
            "active staff. FTE is shown beside it."
        ),
        _("The workforce is today's active staff for every month: staff records hold no employment dates."),
        _("A year and a location show the average number of learners over the months in the range."),
    ]
    if staff_without_fte or learners_without_fte:
        notes.append(
            _(
                "Without a recorded FTE, left out of the FTE figures: {staff} staff members and {learners} learners."
            ).format(staff=format_number(staff_without_fte), learners=format_number(len(learners_without_fte)))
        )
    chart = Chart(
        _("Learners as a share of the workforce"),
        "line",
        tuple(format_date(month_first, "MMM yy") for month_first, _last in spans),
        (
            Series(_("Share (head count)"), tuple(row[3] for row in monthly.rows)),
            Series(_("Share (FTE)"), tuple(row[6] for row in monthly.rows)),
        ),
        target=CAO_NORM,
        target_label=_("CAO norm 4%"),
    )
    empty = None
    if not workforce:
        empty = _("There are no active staff members, so the share of learners in the workforce cannot be worked out.")
    tables = [monthly, yearly, by_location]
    return Report("cao", _("CAO norm: learners in the workforce"), first, last, notes, tables, chart, empty)


def _average(values: Iterable) -> float | Decimal | None:
    values = list(values)
    if not values:
        return None
    total = sum(values)
    return total / len(values)


def _round(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(value).quantize(Decimal("0.01"))


def _meets(part: float | None) -> str:
    if part is None:
        return ""
    return _("yes") if part >= CAO_NORM else _("no")


# -- early dropout -------------------------------------------------------------------------------------------------

PERIODS_SQL = """
SELECT p.id, p.start_date, p.end_date, p.status, p.ended_on, p.end_reason, l.learner_type,
       pr.name, pr.level, pr.cohort, sc.name, p.team_id
FROM bpv_period p
JOIN learner l ON l.id = p.learner_id
JOIN programme pr ON pr.id = p.programme_id
JOIN school sc ON sc.id = p.school_id
WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ? OR (p.status = 'ended_early' AND p.ended_on >= ?))
"""


@dataclass(frozen=True)
class _Period:
    id: int
    start: dt.date
    last: dt.date  # the day it ended early, else its end date (far off when open)
    status: str
    ended_on: dt.date | None
    reason: str | None
    learner_type: str
    programme: str
    cohort: int
    school: str
    location: int | None

    @property
    def dropout(self) -> bool:
        return self.status == "ended_early" and self.reason != "completed_diploma"


def _periods(first: dt.date, last: dt.date) -> list[_Period]:
    """The periods whose dates overlap the range."""
    teams, _locations = _places()
    levels = {code: choices.label(choices.LEVELS, code) for code in choices.LEVELS}
    dates: dict[str, dt.date] = {}

    def day(text) -> dt.date | None:
        if text is None:
            return None
        found = dates.get(text)
        if found is None:
            found = dates[text] = iso_date(text)
        return found

    result = []
    params = (last.isoformat(), first.isoformat(), first.isoformat())
    for row in db.execute_sql(PERIODS_SQL, params):
        pid, start, end, status, ended_on, reason, kind, name, level, cohort, school, team = row
        start, end, ended_on = day(start), day(end), day(ended_on)
        period_last = ended_on if status == "ended_early" and ended_on else end or FAR_FUTURE
        if period_last < first:
            continue
        programme = f"{name} ({levels.get(level, level)})"
        result.append(_Period(pid, start, period_last, status, ended_on, reason, kind, programme,
                              cohort or start.year, school, teams.get(team)))  # fmt: skip
    return result


def dropout_report(start=None, end=None) -> Report:
    """Periods that ended early against the periods running, per quarter, with breakdowns over the range."""
    first, last = report_range(start, end, last_quarters)
    spans = quarters(first, last)
    if len(spans) > MAX_QUARTERS:
        raise ValidationError("start", _("Choose at most ten years at a time."))
    first, last = spans[0][0], spans[-1][1]  # whole quarters
    periods = _periods(first, last)
    _teams, locations = _places()
    per_quarter = ReportTable(
        _("Per quarter"),
        (Column("quarter", _("Quarter"), "text"), Column("running", _("Periods running")),
         Column("dropout", _("Ended early")), Column("rate", _("Dropout rate"), "share")),
    )  # fmt: skip
    for quarter_first, quarter_last in spans:
        running = [p for p in periods if p.start <= quarter_last and p.last >= quarter_first]
        dropout = sum(1 for p in running if p.dropout and quarter_first <= p.ended_on <= quarter_last)
        per_quarter.rows.append([quarter_label(quarter_first), len(running), dropout, share(dropout, len(running))])
    in_range = [p for p in periods if p.start <= last]
    ended = [p for p in in_range if p.dropout and first <= p.ended_on <= last]
    ended_ids = {p.id for p in ended}
    per_quarter.totals = [_("Whole range"), len(in_range), len(ended), share(len(ended), len(in_range))]

    reasons = ReportTable(
        _("Ended early, by reason"),
        (Column("reason", _("Reason"), "text"), Column("dropout", _("Ended early")),
         Column("part", _("Share of those ended early"), "share")),
    )  # fmt: skip
    counted: dict[str | None, int] = defaultdict(int)
    for period in ended:
        counted[period.reason] += 1
    for code in [*choices.END_REASONS, None]:
        if code == "completed_diploma" or not counted.get(code):
            continue
        label = choices.label(choices.END_REASONS, code) if code else _("Not recorded")
        reasons.rows.append([label, counted[code], share(counted[code], len(ended))])
    reasons.totals = [_("All reasons"), len(ended), 1.0 if ended else None]
    hide_small_outcomes(reasons, "dropout", shares={"part": "dropout"}, group=None)

    tables = [per_quarter, reasons]
    breakdowns = (
        (_("By type of learner"), _("Type of learner"), lambda p: choices.label(choices.LEARNER_TYPES, p.learner_type)),
        (_("By programme"), _("Programme"), lambda p: p.programme),
        (_("By school"), _("School"), lambda p: p.school),
        (_("By location"), _("Location"), lambda p: _location_label(locations, p.location)),
    )
    for title, label, key in breakdowns:
        table = ReportTable(
            title,
            (Column("group", label, "text"), Column("running", _("Periods running")),
             Column("dropout", _("Ended early")), Column("rate", _("Dropout rate"), "share")),
        )  # fmt: skip
        groups: dict[str, list[_Period]] = defaultdict(list)
        for period in in_range:
            groups[key(period)].append(period)
        for name, members in _by_label(groups.items()):
            dropout = sum(1 for p in members if p.id in ended_ids)
            table.rows.append([name, len(members), dropout, share(dropout, len(members))])
        table.totals = [_("Total"), len(in_range), len(ended), share(len(ended), len(in_range))]
        hide_small_outcomes(table, "dropout", shares={"rate": "dropout"}, group="running")
        tables.append(table)

    chart = Chart(
        _("Dropout rate per quarter"),
        "line",
        tuple(r[0] for r in per_quarter.rows),
        (Series(_("Dropout rate"), tuple(r[3] for r in per_quarter.rows)),),
    )
    empty = None
    if not in_range:
        empty = _("No BPV period ran between {start} and {end}.").format(
            start=format_date(first, "long"), end=format_date(last, "long")
        )
    notes = [
        _("A period counts as dropout in the quarter it ended early, unless it ended with a diploma."),
        _("The rate is the periods that ended early against the periods that ran in the quarter."),
        small_note(),
    ]
    return Report("dropout", _("Early dropout"), first, last, notes, tables, chart, empty)


# -- completion and caseload ----------------------------------------------------------------------------------------


def completion_report(start=None, end=None) -> Report:
    """Of the periods that ended in the range, how many with a diploma; and each praktijkopleider's caseload."""
    first, last = report_range(start, end, _last_twelve_months)
    periods = [p for p in _periods(first, last) if p.status in ("completed", "ended_early") and first <= p.last <= last]
    tables = []
    for title, label, key in (
        (_("Per programme"), _("Programme"), lambda p: p.programme),
        (_("Per cohort"), _("Cohort"), lambda p: str(p.cohort)),
    ):
        table = ReportTable(
            title,
            (Column("group", label, "text"), Column("ended", _("Periods ended")),
             Column("diploma", _("With a diploma")), Column("rate", _("Share with a diploma"), "share"),
             Column("unknown", _("Reason not recorded"))),
        )  # fmt: skip
        groups: dict[str, list[_Period]] = defaultdict(list)
        for period in periods:
            groups[key(period)].append(period)
        for name, members in _by_label(groups.items()):
            diploma = sum(1 for p in members if p.reason == "completed_diploma")
            unknown = sum(1 for p in members if p.reason is None)
            table.rows.append([name, len(members), diploma, share(diploma, len(members)), unknown])
        diplomas = sum(1 for p in periods if p.reason == "completed_diploma")
        table.totals = [_("Total"), len(periods), diplomas, share(diplomas, len(periods)),
                        sum(1 for p in periods if p.reason is None)]  # fmt: skip
        hide_small_outcomes(table, "diploma", shares={"rate": "diploma"}, group="ended", complement=True)
        hide_small_outcomes(table, "unknown", shares={}, group=None)
        tables.append(table)
    tables.append(_caseload(min(last, clock.today())))
    by_programme = tables[0]
    chart = Chart(
        _("Share with a diploma per programme"),
        "bar",
        tuple(r[0] for r in by_programme.rows),
        (
            Series(
                _("Share with a diploma"), tuple(r[3] if isinstance(r[3], float) else None for r in by_programme.rows)
            ),
        ),
    )
    empty = None
    if not periods:
        empty = _("No BPV period ended between {start} and {end}.").format(
            start=format_date(first, "long"), end=format_date(last, "long")
        )
    notes = [
        _("Counted: the periods that ended in the range, completed on their end date or ended early."),
        _("The cohort is the programme's cohort, or else the year the period started."),
        _("The caseload counts the learners with a planned or running period on {date}.").format(
            date=format_date(min(last, clock.today()), "long")
        ),
        small_note(),
    ]
    return Report("completion", _("Completion and caseload"), first, last, notes, tables, chart, empty)


CASELOAD_SQL = """
SELECT s.id, s.first_name, s.name_prefix, s.last_name, s.fte, t.location_id, s.location_id,
       (SELECT COUNT(DISTINCT p.learner_id) FROM bpv_period p
        WHERE p.practice_trainer_id = s.id AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)
          AND p.status IN ('planned', 'active', 'completed'))
FROM staff s JOIN staff_role r ON r.staff_id = s.id AND r.role = 'practice_trainer'
LEFT JOIN team t ON t.id = s.team_id
WHERE s.active = TRUE
"""


def _caseload(day: dt.date) -> ReportTable:
    _teams, locations = _places()
    table = ReportTable(
        _("Caseload per practice trainer"),
        (Column("trainer", _("Practice trainer"), "text"), Column("location", _("Location"), "text"),
         Column("fte", _("FTE"), "number"), Column("learners", _("Learners")),
         Column("per_fte", _("Learners per FTE"), "number")),
    )  # fmt: skip
    rows = []
    total_fte, total_learners = Decimal(), 0
    for _id, first, prefix, last, fte, team_location, own_location, learners in db.execute_sql(
        CASELOAD_SQL, (day.isoformat(), day.isoformat())
    ):
        fte = Decimal(str(fte)) if fte is not None else None
        per_fte = _round(learners / fte) if fte else None
        location = _location_label(locations, team_location if team_location is not None else own_location)
        rows.append([display_name(first, prefix, last), location, fte, learners, per_fte])
        total_learners += learners
        total_fte += fte or Decimal()
    table.rows = sorted(rows, key=lambda row: (-row[3], row[0].casefold()))
    table.totals = [_("All practice trainers"), "", total_fte, total_learners,
                    _round(total_learners / total_fte) if total_fte else None]  # fmt: skip
    return table


# -- small groups ----------------------------------------------------------------------------------------------------


def small_note() -> str:
    return _(
        "Where a figure could single out a student, groups of fewer than 5 students and counts of 1 to 4 are not "
        "shown (< 5)."
    )


def hide_small_outcomes(
    table: ReportTable, column: str, *, shares: dict[str, str], group: str | None, complement: bool = False
) -> None:
    """Hide, in place, what could single out a student (see the module's docstring): whole rows of a group of
    fewer than `SMALL_GROUP` (column `group`), counts of 1 to 4 in `column` (and, with `complement`, of the
    group minus the count), the shares in `shares` made from a hidden count, and then one more count in a
    column that has just one hidden cell while its total shows."""
    count = table.column(column)
    size = table.column(group) if group else None
    derived = [table.column(name) for name in shares]
    for row in table.rows:
        if size is not None and isinstance(row[size], int) and 0 < row[size] < SMALL_GROUP:
            _hide_row(table, row)
            continue
        value = row[count]
        if not isinstance(value, int):
            continue
        small = 0 < value < SMALL_GROUP
        if complement and size is not None and isinstance(row[size], int):
            small = small or 0 < row[size] - value < SMALL_GROUP
        if small:
            row[count] = HIDDEN
            for index in derived:
                row[index] = HIDDEN
    for index in {count, *([size] if size is not None else [])}:
        hidden = [row for row in table.rows if row[index] is HIDDEN]
        if len(hidden) != 1 or table.totals is None:
            continue
        shown = [row for row in table.rows if isinstance(row[index], int) and row[index] > 0]
        # Another count to hide beside it, or else the total it could be worked out from.
        nearest = min(shown, key=lambda row: row[index]) if shown else table.totals
        if index == size and shown:
            _hide_row(table, nearest)
        else:
            nearest[index] = HIDDEN
            for derived_index in derived:
                nearest[derived_index] = HIDDEN


def _hide_row(table: ReportTable, row: list) -> None:
    for index in range(1, len(row)):
        if table.columns[index].kind != "text":
            row[index] = HIDDEN


REPORTS: dict[str, Callable[..., Report]] = {
    "cao": cao_report,
    "dropout": dropout_report,
    "completion": completion_report,
}


def report(kind: str, start=None, end=None) -> Report:
    """The report of `kind` ("cao", "dropout" or "completion") over a range (each has its own default)."""
    if kind not in REPORTS:
        raise ValidationError(
            "kind", _("Unknown value {value}; choose one of: {known}.").format(value=kind, known=", ".join(REPORTS))
        )
    return REPORTS[kind](start, end)
