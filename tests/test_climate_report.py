"""Results of a team scan round: the capacities and each statement's mean and spread per team and location,
the change since the previous round, nothing shown for fewer than 5 responses; as PDF (radar chart, fonts
embedded) and XLSX."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop import clock
from desktop.services import climate, climate_report, service_for
from desktop.services.reports import HIDDEN
from desktop.storage import models as m
from tests.pdf_text import text_of

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def scans(database):
    """Two yearly rounds; Korte zorg answers 5 times each year, Nacht only 4 times this year."""
    location = service_for(m.Location).create(name="De Wingerd")
    short = service_for(m.Team).create(location=location.id, name="Korte zorg").id
    night = service_for(m.Team).create(location=location.id, name="Nacht").id
    last = climate.save_round(None, "Teamscan 2025", "01-10-2025", "31-10-2025", [short, night])
    now = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", [short, night])
    statements = climate.statements()
    for score in (2, 2, 3, 3, 5):
        climate.add_response(last, short, {s.id: score for s in statements})
    for score in (3, 3, 4, 4, 5):
        climate.add_response(now, short, {s.id: score for s in statements})
    for score in (1, 1, 1, 1):
        climate.add_response(now, night, {s.id: score for s in statements})
    return {"now": now, "last": last, "short": short, "night": night, "location": location.id}


def test_a_team_shows_its_means_spread_and_change(scans):
    results = climate_report.round_results(scans["now"])
    report = climate_report.group_report(results, ("team", scans["short"]))
    capacities = report.tables[0]
    assert [row[1:] for row in capacities.rows] == [[15, 3.8, 0.75, 0.8]] * 4  # 3,3,4,4,5 against 2,2,3,3,5
    first = report.tables[1]
    assert first.title == "Absorptievermogen" and first.rows[0][1:] == [5, 3.8, 0.75, 0.8]
    assert report.chart.kind == "radar" and [s.name for s in report.chart.series] == ["Teamscan 2026", "Teamscan 2025"]


def test_fewer_than_5_responses_show_no_figures(scans):
    results = climate_report.round_results(scans["now"])
    report = climate_report.group_report(results, ("team", scans["night"]))
    assert report.tables == [] and report.chart is None and "Te weinig antwoorden" in report.empty
    overview = climate_report.overview_report(results)
    rows = {row[0]: row for row in overview.tables[0].rows}
    assert rows["De Wingerd – Nacht"][2:] == [HIDDEN] * 4
    # The location holds both teams, 9 responses; but shown, the location less Korte zorg would be the night team.
    assert rows["De Wingerd"][1] == 9 and rows["De Wingerd"][2:] == [HIDDEN] * 4
    place = climate_report.group_report(results, ("location", scans["location"]))
    assert place.tables == [] and "Te weinig" not in place.empty and "een team van deze locatie" in place.empty


def test_a_location_shows_once_its_small_teams_hold_5_responses_between_them(scans):
    other = service_for(m.Team).create(location=scans["location"], name="Avond").id
    rnd = climate.get_round(scans["now"])
    climate.save_round(rnd.id, rnd.name, "01-10-2026", "31-10-2026", [*rnd.team_ids, other], rnd.version)
    statements = climate.statements()
    climate.add_response(scans["now"], other, {s.id: 5 for s in statements})
    rows = {
        row[0]: row for row in climate_report.overview_report(climate_report.round_results(scans["now"])).tables[0].rows
    }
    assert rows["De Wingerd – Avond"][2:] == [HIDDEN] * 4
    assert rows["De Wingerd"][1] == 10 and rows["De Wingerd"][2] == round((15 * 3.8 + 12 * 1 + 3 * 5) / 30, 2)


def test_a_statement_few_answered_is_counted_not_shown_nor_its_capacity(scans):
    place = service_for(m.Location).create(name="Het Baken").id
    day = service_for(m.Team).create(location=place, name="Dag").id
    rnd = climate.save_round(None, "Teamscan voorjaar", "01-04-2026", "30-04-2026", [day])
    statements = climate.statements()
    first = statements[0]
    for score in (2, 4):  # the only two of six who answered the first statement
        climate.add_response(rnd, day, {s.id: score for s in statements})
    for _ in range(4):
        climate.add_response(rnd, day, {s.id: 3 for s in statements[1:]})
    results = climate_report.round_results(rnd, with_previous=False)
    for key in (("team", day), ("location", place)):
        group = results.groups[key]
        figure = group.statement(first.id)
        assert (figure.answers, figure.withheld, figure.shown_mean) == (2, True, HIDDEN), key
        assert group.capacity(first.capacity, results.statements).withheld
        others = [code for code in climate_report.choices.CAPACITIES if code != first.capacity]
        assert not any(group.capacity(code, results.statements).withheld for code in others)
        report = climate_report.group_report(results, key)
        row = next(row for table in report.tables[1:] for row in table.rows if row[0] == first.text)
        assert row[1:4] == [2, HIDDEN, HIDDEN]
        assert report.chart is None and "Geen radardiagram" in report.notes[-1]  # not the capacity drawn as a 0


def test_a_first_round_has_no_change(scans):
    results = climate_report.round_results(scans["last"])
    report = climate_report.group_report(results, ("team", scans["short"]))
    assert all(row[-1] is None for row in report.tables[0].rows) and len(report.chart.series) == 1


def test_the_team_meeting_pdf_and_the_workbook(scans, tmp_path):
    results = climate_report.round_results(scans["now"])
    report = climate_report.group_report(results, ("team", scans["short"]))
    pdf = climate_report.save_group(tmp_path / "korte-zorg.pdf", report)
    text = " ".join(text_of(pdf.read_bytes(), tmp_path).split())
    assert "De Wingerd – Korte zorg" in text and "Lerend vermogen" in text
    assert "Studenten en stagiairs worden in ons team op hun eigen niveau uitgedaagd." in text  # whole, not cut
    fonts = pdf.read_bytes().count(b"/FontFile2")
    assert fonts >= 1 and b"/BaseFont /Helvetica" not in pdf.read_bytes()
    book = load_workbook(climate_report.save_group(tmp_path / "korte-zorg.xlsx", report))
    assert book.sheetnames[1] == "Per vermogen" and book["Per vermogen"]["C4"].value == 3.8
