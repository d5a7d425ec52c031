"""The learning climate's team scan: statements per capacity (retired, never changed, once answered), rounds
with their teams and dates, and answers typed in per respondent, stored whole or not at all and never with a
name."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import climate, service_for
from desktop.storage import models as m
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def teams(database):
    location = service_for(m.Location).create(name="De Wingerd")
    return [service_for(m.Team).create(location=location.id, name=name).id for name in ("Korte zorg", "Zorg thuis")]


@pytest.fixture
def scan_round(teams):
    return climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams)


def test_a_new_database_has_example_statements_for_every_capacity(database):
    statements = climate.statements()
    assert [s.capacity for s in statements] == ["absorption"] * 3 + ["training"] * 3 + ["connecting"] * 3 + [
        "learning"
    ] * 3
    assert "op hun eigen niveau uitgedaagd" in statements[0].text  # the documents' own words (002)


def test_an_answered_statement_is_retired_not_changed(scan_round, teams, database):
    first = climate.statements()[0]
    climate.add_response(scan_round, teams[0], {first.id: 4})
    service = service_for(m.ClimateStatement)
    before = table_dump(database)
    for change in ({"text": "Iets anders"}, {"capacity": "learning"}):
        with pytest.raises(ValidationError) as refused:
            service.update(first.id, **change)
        assert "Actief" in refused.value.message and "nieuwe stelling" in refused.value.message
    with pytest.raises(ValidationError):
        service.delete(first.id)
    assert table_dump(database) == before
    service.update(first.id, active=False, position=40)
    assert first.id not in [s.id for s in climate.statements()]
    added = service.create(capacity="absorption", text="Leerlingen worden bij ons uitgedaagd.")
    absorption = [s.id for s in climate.statements() if s.capacity == "absorption"]
    assert added.position == 41 and absorption[-1] == added.id and first.id not in absorption


def test_an_unanswered_statement_may_be_reworded(database):
    first = climate.statements()[0]
    service_for(m.ClimateStatement).update(first.id, text="Leerlingen voelen zich welkom.")
    assert climate.statements()[0].text == "Leerlingen voelen zich welkom."


def test_a_round_cannot_end_before_it_starts(teams, database):
    before = table_dump(database)
    with pytest.raises(ValidationError) as refused:
        climate.save_round(None, "Teamscan", "31-10-2026", "01-10-2026", teams)
    assert refused.value.field == "ends_on" and "eindigen" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        climate.save_round(None, "Teamscan", "01-10-2026", "31-10-2026", [])
    assert refused.value.field == "teams"
    assert table_dump(database) == before


def test_a_round_keeps_a_team_that_has_answers(scan_round, teams, database):
    climate.add_response(scan_round, teams[1], {climate.statements()[0].id: 3})
    with pytest.raises(ValidationError) as refused:
        climate.save_round(scan_round, "Teamscan 2026", "01-10-2026", "31-10-2026", [teams[0]])
    assert refused.value.field == "teams"
    assert climate.get_round(scan_round).team_ids == tuple(teams)


def test_a_typed_response_is_stored_whole_or_not_at_all(scan_round, teams, database):
    statements = climate.statements()
    before = table_dump(database)
    with pytest.raises(ValidationError) as refused:
        climate.add_response(scan_round, teams[0], {statements[0].id: 4, statements[1].id: 6})
    assert refused.value.field == f"statement:{statements[1].id}" and "1 tot en met 5" in refused.value.message
    assert table_dump(database) == before
    response = climate.add_response(scan_round, teams[0], {statements[0].id: "4", statements[1].id: 2})
    stored = m.ScanResponse.get_by_id(response)
    assert (stored.team_id, stored.round_id, stored.source) == (teams[0], scan_round, "typed")
    assert {(a.statement_id, a.score) for a in stored.answers} == {(statements[0].id, 4), (statements[1].id, 2)}
    assert climate.response_counts(scan_round) == {teams[0]: 1}


def test_a_response_for_a_team_outside_the_round_is_refused(scan_round, database):
    location = service_for(m.Location).create(name="Het Anker")
    other = service_for(m.Team).create(location=location.id, name="Revalidatie")
    with pytest.raises(ValidationError) as refused:
        climate.add_response(scan_round, other.id, {climate.statements()[0].id: 4})
    assert refused.value.field == "team"


# -- agreed actions in the overview's agenda -----------------------------------------------------------------


def test_open_team_actions_are_due_in_the_agenda(scan_round, teams):
    from desktop.services.agenda import load_agenda

    late = climate.save_action(None, teams[0], "Intervisie plannen", "Teamleider", "01-11-2026", "")
    soon = climate.save_action(None, teams[1], "Maatjes koppelen", "", "20-11-2026", "")
    climate.save_action(None, teams[0], "Scan bespreken", "", "05-11-2026", "06-11-2026")  # done
    climate.save_action(None, teams[0], "Later", "", "01-03-2027", "")  # beyond the horizon
    climate.save_action(None, teams[0], "Zonder datum", "", "", "")
    assert climate.get_action(late).team == "De Wingerd – Korte zorg"
    loaded = load_agenda()
    items = [(i.record_id, i.due, i.overdue, i.what, i.detail, i.team) for i in loaded.items if i.kind == "team_action"]
    assert items == [
        (late, dt.date(2026, 11, 1), True, "Intervisie plannen", "Teamleider", "Korte zorg"),
        (soon, dt.date(2026, 11, 20), False, "Maatjes koppelen", "", "Zorg thuis"),
    ]
    only_home = load_agenda(team=teams[1]).items
    assert [i.record_id for i in only_home if i.kind == "team_action"] == [soon]
