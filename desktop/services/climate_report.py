"""Results of a team scan round, per team and per location: the four capacities (for the radar chart), each
statement's mean and spread, and the change since the previous round.

A team or location with fewer than 5 responses (`reports.SMALL_GROUP`) shows no figures at all, and is not
compared either: "te weinig antwoorden". The previous round is the latest one that started before this one;
a change is shown only where both rounds show figures. Every group of a round is computed from one query
of sums per team and statement, so a round of 100 teams stays fast.

A group's figures become a `reports.Report` (kind "teamscan"), which `report_export` writes to XLSX and
`desktop.pdf.climate` prints for the team meeting with the radar chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.i18n import _, ngettext
from desktop.services import climate
from desktop.services.reports import HIDDEN, SMALL_GROUP, Chart, Column, Report, ReportTable, Series
from desktop.storage import choices
from desktop.storage.models import db

Sums = tuple[int, int, int]  # how many scores, their sum and the sum of their squares: enough for mean and spread
NO_SCORES: Sums = (0, 0, 0)


@dataclass(frozen=True)
class Figure:
    answers: int
    mean: float | None
    spread: float | None  # the standard deviation of the scores
    withheld: bool = False  # fewer than 5 answers (or such a team's within a location's): counted, not shown

    @property
    def shown_mean(self):
        return HIDDEN if self.withheld else self.mean

    @property
    def shown_spread(self):
        return HIDDEN if self.withheld else self.spread


@dataclass
class Group:
    kind: str  # "team" or "location"
    id: int
    label: str
    responses: int
    scores: dict[int, Sums] = field(default_factory=dict)  # statement id -> sums of its scores
    # A location whose figures would give away a small team's (the location's less its other teams'): withheld
    # whole when that team has 1 to 4 responses, or per statement when it is that statement's answers that are few.
    withheld: bool = False
    withheld_statements: set[int] = field(default_factory=set)

    @property
    def shown(self) -> bool:
        return self.responses >= SMALL_GROUP and not self.withheld

    def statement(self, statement_id: int) -> Figure | None:
        if not self.shown:
            return None
        figure = _figure(self.scores.get(statement_id, NO_SCORES))
        if 0 < figure.answers < SMALL_GROUP or statement_id in self.withheld_statements:
            # The few who answered it: the others of the group left it empty.
            return Figure(figure.answers, None, None, withheld=True)
        return figure

    def capacity(self, capacity: str, statements: list[climate.Statement]) -> Figure | None:
        if not self.shown:
            return None
        own = [s for s in statements if s.capacity == capacity]
        parts = [self.scores.get(s.id, NO_SCORES) for s in own]
        figure = _figure(tuple(map(sum, zip(*parts, strict=True))) if parts else NO_SCORES)
        if any((shown := self.statement(s.id)) is not None and shown.withheld for s in own):
            # With the other statements' figures shown, the capacity's would give away the withheld one's.
            return Figure(figure.answers, None, None, withheld=True)
        return figure


def _figure(sums: Sums) -> Figure:
    answers, total, squares = sums
    if not answers:
        return Figure(0, None, None)
    mean = total / answers
    variance = max(0.0, squares / answers - mean * mean)  # never below 0 by rounding
    return Figure(answers, round(mean, 2), round(math.sqrt(variance), 2))


@dataclass
class RoundResults:
    round: climate.Round
    statements: list[climate.Statement]  # the ones answered in the round or asked now, in order
    groups: dict[tuple[str, int], Group]  # ("team" | "location", id) -> group
    previous: RoundResults | None = None

    def ordered(self) -> list[Group]:
        """Teams by location and name, then the locations."""
        return sorted(self.groups.values(), key=lambda g: (g.kind != "team", g.label.casefold()))


def round_results(round_id: int, *, with_previous: bool = True) -> RoundResults:
    rnd = climate.get_round(round_id)
    teams = {
        team_id: (location_id, f"{location} – {team}", location)
        for team_id, location_id, team, location in db.execute_sql(
            "SELECT t.id, l.id, t.name, l.name FROM team t JOIN location l ON l.id = t.location_id"
        )
    }
    groups: dict[tuple[str, int], Group] = {}

    def group_of(team_id: int) -> tuple[Group, Group]:
        location_id, label, location = teams[team_id]
        team = groups.setdefault(("team", team_id), Group("team", team_id, label, 0))
        place = groups.setdefault(("location", location_id), Group("location", location_id, location, 0))
        return team, place

    for team_id in rnd.team_ids:
        group_of(team_id)
    for team_id, count in db.execute_sql(
        "SELECT team_id, COUNT(*) FROM scan_response WHERE round_id = ? GROUP BY team_id", (round_id,)
    ):
        for group in group_of(team_id):
            group.responses += count
    answered: set[int] = set()
    # Sums per team and statement, added up per location: a few thousand rows however many answers there are.
    for team_id, statement_id, count, total, squares in db.execute_sql(
        """SELECT r.team_id, a.statement_id, COUNT(*), SUM(a.score), SUM(a.score * a.score) FROM scan_answer a
        JOIN scan_response r ON r.id = a.response_id WHERE r.round_id = ? GROUP BY 1, 2""",
        (round_id,),
    ):
        answered.add(statement_id)
        team, place = group_of(team_id)
        team.scores[statement_id] = (count, total, squares)
        before = place.scores.get(statement_id, NO_SCORES)
        place.scores[statement_id] = (before[0] + count, before[1] + total, before[2] + squares)
    _withhold_giveaways(groups, teams)
    statements = [s for s in climate.statements(active_only=False) if s.active or s.id in answered]
    results = RoundResults(rnd, statements, groups)
    if with_previous:
        earlier = [r for r in climate.rounds() if r.starts_on < rnd.starts_on]
        if earlier:
            results.previous = round_results(earlier[0].id, with_previous=False)
    return results


def _withhold_giveaways(groups: dict[tuple[str, int], Group], teams: dict[int, tuple]) -> None:
    """Withhold what a location shows where it, less its teams that are shown, leaves a few people's answers: the
    figures of a team of 1 to 4 responses, or a statement a few in a team answered, are worked out that way."""
    for (kind, location_id), place in groups.items():
        if kind != "location":
            continue
        own = [g for (k, number), g in groups.items() if k == "team" and teams[number][0] == location_id]
        hidden = [team for team in own if not team.shown]
        if 0 < sum(team.responses for team in hidden) < SMALL_GROUP:
            place.withheld = True
            continue
        for statement_id in place.scores:
            few = 0
            for team in own:
                figure = team.statement(statement_id)
                if figure is None or figure.withheld:
                    few += team.scores.get(statement_id, NO_SCORES)[0]
            if 0 < few < SMALL_GROUP:
                place.withheld_statements.add(statement_id)


def _change(now: Figure | None, before: Figure | None) -> float | None:
    if now is None or before is None or now.mean is None or before.mean is None:
        return None
    return round(now.mean - before.mean, 2)


def capacity_means(results: RoundResults, key: tuple[str, int]) -> dict[str, float | None]:
    group = results.groups.get(key)
    if group is None:
        return dict.fromkeys(choices.CAPACITIES)
    return {
        code: (figure.shown_mean if (figure := group.capacity(code, results.statements)) else None)
        for code in choices.CAPACITIES
    }


def group_report(results: RoundResults, key: tuple[str, int]) -> Report:
    """One team's or location's results as a report: capacities, statements, the change since last round."""
    group = results.groups[key]
    rnd = results.round
    before = results.previous.groups.get(key) if results.previous else None
    previous_name = results.previous.round.name if results.previous else None
    notes = [
        ngettext(
            "{count} response in the round “{round}”.", "{count} responses in the round “{round}”.", group.responses
        ).format(count=group.responses, round=rnd.name),
        _("Scores from 1 (strongly disagree) to 5 (strongly agree); spread is the standard deviation."),
        _("A team or location with fewer than 5 responses shows no figures, so that no one can be recognised."),
    ]
    if previous_name:
        notes.append(_("Change: compared with the round “{round}”.").format(round=previous_name))
    report = Report(
        "teamscan", _("Team scan: {group}").format(group=group.label), rnd.starts_on, rnd.ends_on, notes, [], None
    )
    if not group.shown:
        report.notes = notes[2:3]  # no figures, so neither scale nor comparison to explain
        report.empty = (
            _(
                "No figures are shown: a team of this location has fewer than 5 responses, and its answers could be "
                "worked out from the location's."
            )
            if group.withheld
            else _("Too few responses ({count} of at least 5): no figures are shown.").format(count=group.responses)
        )
        return report
    prior = before if before is not None and before.shown else None
    capacities = ReportTable(
        _("Per capacity"),
        (
            Column("capacity", _("Climate capacity"), "text"),
            Column("answers", _("Answers"), "count"),
            Column("mean", _("Mean (1 to 5)"), "number"),
            Column("spread", _("Spread"), "number"),
            Column("change", _("Change"), "number"),
        ),
    )
    now_means, before_means = [], []
    withheld = False  # a capacity's figures withheld, this round or the one before
    statements_tables: list[ReportTable] = []
    for code, label in choices.CAPACITIES.items():
        figure = group.capacity(code, results.statements)
        earlier = prior.capacity(code, results.previous.statements) if prior else None
        capacities.rows.append(
            [_(label), figure.answers, figure.shown_mean, figure.shown_spread, _change(figure, earlier)]
        )
        now_means.append(figure.mean)
        before_means.append(earlier.mean if earlier else None)
        withheld = withheld or figure.withheld or (earlier is not None and earlier.withheld)
    for code, label in choices.CAPACITIES.items():
        table = ReportTable(
            _(label),
            (
                Column("statement", _("Statement"), "text"),
                Column("answers", _("Answers"), "count"),
                Column("mean", _("Mean (1 to 5)"), "number"),
                Column("spread", _("Spread"), "number"),
                Column("change", _("Change"), "number"),
            ),
        )
        for statement in results.statements:
            figure = group.statement(statement.id)
            if statement.capacity != code or (not figure.answers and not statement.active):
                continue
            earlier = prior.statement(statement.id) if prior else None
            table.rows.append(
                [statement.text, figure.answers, figure.shown_mean, figure.shown_spread, _change(figure, earlier)]
            )
        statements_tables.append(table)
    report.tables += [capacities, *statements_tables]
    if withheld:
        # A radar has a spoke for each capacity: one without a figure would be drawn in the middle, as a 0.
        report.notes.append(_("No radar chart: the figures of a capacity are withheld, and it would show as a 0."))
        return report
    series = [Series(rnd.name, tuple(now_means))]
    if prior is not None:
        series.append(Series(previous_name, tuple(before_means)))
    report.chart = Chart(
        _("The four capacities"),
        "radar",
        tuple(_(label) for label in choices.CAPACITIES.values()),
        tuple(series),
        unit="count",
    )
    return report


def overview_report(results: RoundResults) -> Report:
    """Every team and location of the round beside each other: responses and the four capacities."""
    rnd = results.round
    table = ReportTable(
        _("Per team and location"),
        (
            Column("group", _("Team or location"), "text"),
            Column("responses", _("Responses"), "count"),
            *(Column(code, _(label), "number") for code, label in choices.CAPACITIES.items()),
        ),
    )
    for group in results.ordered():
        means = capacity_means(results, (group.kind, group.id))
        cells = [means[code] if group.shown else HIDDEN for code in choices.CAPACITIES]
        table.rows.append([group.label, group.responses, *cells])
    notes = [
        _("A team or location with fewer than 5 responses shows no figures, so that no one can be recognised."),
    ]
    report = Report(
        "teamscan", _("Team scan: {group}").format(group=rnd.name), rnd.starts_on, rnd.ends_on, notes, [table], None
    )
    if not results.groups:
        report.empty = _("No team takes part in this round.")
    return report


def group_pdf(report: Report) -> bytes:
    from desktop.pdf.climate import ClimateRenderer
    from desktop.services.report_export import report_document
    from desktop.services.training_printouts import letterhead

    return ClimateRenderer(letterhead(), report_document(report)).render()


def group_file(report: Report, suffix: str) -> bytes:
    """One group's results as the bytes of a .pdf (with the radar chart) or an .xlsx."""
    from desktop.services.report_export import report_xlsx

    return report_xlsx(report) if suffix.lower() == ".xlsx" else group_pdf(report)


def save_group(path, report: Report):
    """Write one group's results as .pdf or .xlsx, whole or not at all."""
    from desktop.services.output import check_target, save_file
    from desktop.services.report_export import SUFFIXES

    target = check_target(path, SUFFIXES)
    return save_file(target, group_file(report, target.suffix), SUFFIXES)
