"""POAP and development talk per staff member: refused with a Dutch reason beside its field and nothing
stored, the next one due after the organisation's interval, and due ones on the list and in the agenda."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock, i18n
from desktop.errors import ValidationError
from desktop.services import agenda, development, service_for
from desktop.storage import models as m
from tests.factories import staff

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def people(database):
    north = service_for(m.Location).create(name="De Linde")
    south = service_for(m.Location).create(name="Het Anker")
    linde = service_for(m.Team).create(location=north.id, name="Kleinschalig wonen").id
    anker = service_for(m.Team).create(location=south.id, name="Dagbesteding").id
    return {
        "zoe": staff("Zoë", "Çelik", linde),
        "ayse": staff("Ayşe", "Yılmaz", anker),
        "manager": staff("Noëlle", "Nguyễn", linde, roles=("manager",)),
        "other_manager": staff("Jan", "de Vries", anker, roles=("manager",)),
        "linde": linde,
        "anker": anker,
        "north": north.id,
    }


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"held_on": TODAY + dt.timedelta(days=1)}, "held_on", "nog moet komen"),
        ({"held_on": "31-02-2026"}, "held_on", "geen geldige datum"),
        ({"held_on": ""}, "held_on", "verplicht"),
        ({"kind": "appraisal"}, "kind", ""),
        ({"manager_id": 9999}, "manager", "Kies de leidinggevende"),
    ],
)
def test_a_bad_talk_is_refused_beside_its_field_and_nothing_is_stored(people, values, field, words):
    i18n.set_language("nl")
    arguments = {"kind": "poap", "held_on": TODAY, "manager_id": people["manager"], **values}
    audit_before = m.AuditEntry.select().count()
    with pytest.raises(ValidationError) as raised:
        development.save_talk(people["zoe"], **arguments)
    assert raised.value.field == field and words in raised.value.message
    assert m.DevelopmentTalk.select().count() == 0 and m.AuditEntry.select().count() == audit_before


def test_the_manager_cannot_hold_the_talk_with_themselves(people):
    with pytest.raises(ValidationError) as raised:
        development.save_talk(people["manager"], "talk", TODAY, people["manager"])
    assert raised.value.field == "manager"


def test_the_next_one_is_due_two_years_after_the_newest_or_after_the_organisations_interval(people):
    development.save_talk(people["zoe"], "poap", dt.date(2023, 5, 31), people["manager"])
    newest = development.save_talk(people["zoe"], "poap", dt.date(2025, 2, 28), people["manager"], "Scholing NAH")
    development.save_talk(people["zoe"], "talk", dt.date(2026, 3, 1), people["manager"])
    rows = {(row.staff_id, row.kind): row for row in development.newest_talks()}
    poap = rows[(people["zoe"], "poap")]
    assert (poap.talk_id, poap.next_due, poap.state) == (newest, dt.date(2027, 2, 28), "current")
    assert poap.manager == "Noëlle Nguyễn" and poap.location == "De Linde"
    assert rows[(people["ayse"], "poap")].state == "never"
    development.set_interval_months(12)
    poap = {(row.staff_id, row.kind): row for row in development.newest_talks()}[(people["zoe"], "poap")]
    assert (poap.next_due, poap.state) == (dt.date(2026, 2, 28), "overdue")
    talk = {(row.staff_id, row.kind): row for row in development.newest_talks()}[(people["zoe"], "talk")]
    assert talk.next_due == dt.date(2027, 3, 1)
    with pytest.raises(ValidationError):
        development.set_interval_months(0)
    assert development.interval_months() == 12


def test_only_the_due_ones_are_read_when_asked_with_where_they_work_and_who_held_the_last(people):
    development.save_talk(people["zoe"], "poap", dt.date(2024, 1, 10), people["manager"])
    development.save_talk(people["ayse"], "poap", dt.date(2024, 12, 1), people["other_manager"])
    development.save_talk(people["ayse"], "talk", dt.date(2026, 1, 5), people["other_manager"])
    everyone = {(row.staff_id, row.kind): row for row in development.newest_talks()}
    assert len(everyone) == 8 and everyone[(people["ayse"], "talk")].state == "current"
    due = {(row.staff_id, row.kind): row for row in development.newest_talks(only_due=True)}
    assert set(due) == set(everyone) - {(people["ayse"], "talk")}
    zoe, ayse = due[(people["zoe"], "poap")], due[(people["ayse"], "poap")]
    assert (zoe.state, zoe.manager, zoe.location) == ("overdue", "Noëlle Nguyễn", "De Linde")
    assert zoe.team == "Kleinschalig wonen"
    assert (ayse.state, ayse.next_due) == ("due", dt.date(2026, 12, 1))
    assert development.due_manager_choices(list(due.values())) == [
        (people["other_manager"], "Jan de Vries"),
        (people["manager"], "Noëlle Nguyễn"),
    ]


def test_those_due_by_a_day_are_read_as_every_one_with_its_next_due_by_then(people):
    development.save_talk(people["zoe"], "poap", dt.date(2024, 11, 30), people["manager"])  # due 30 November 2026
    development.save_talk(people["ayse"], "poap", dt.date(2024, 12, 1), people["other_manager"])  # 1 December
    development.save_talk(people["ayse"], "talk", dt.date(2024, 1, 5), people["other_manager"])  # overdue
    everyone = development.newest_talks(with_names=False)
    for day in (dt.date(2026, 11, 29), dt.date(2026, 11, 30), dt.date(2026, 12, 1)):
        expected = [row for row in everyone if row.next_due and row.next_due <= day]
        assert development.newest_talks(with_names=False, due_by=day) == expected
    assert len(development.newest_talks(due_by=dt.date(2026, 11, 30))) == 2


def test_due_ones_and_a_certification_running_out_are_in_the_agenda_and_name_their_record(people):
    development.save_talk(people["zoe"], "poap", dt.date(2024, 11, 1), people["manager"])
    development.save_talk(people["ayse"], "talk", dt.date(2024, 11, 25), people["other_manager"])
    role = service_for(m.StaffRole).create(
        staff=people["other_manager"], role="practice_trainer", certified_until=TODAY + dt.timedelta(days=50)
    )
    items = agenda.load_agenda().items
    found = {(item.kind, item.who, item.overdue) for item in items}
    assert ("development", "Zoë Çelik", True) in found
    assert ("development", "Ayşe Yılmaz", False) in found
    assert ("certification", "Jan de Vries", False) in found
    poap = next(item for item in items if item.who == "Zoë Çelik")
    assert development.staff_of_talk(poap.record_id) == people["zoe"] and poap.table == "development_talk"
    certification = next(item for item in items if item.kind == "certification")
    assert (certification.table, certification.record_id) == ("staff_role", role.id)
    in_anker = agenda.load_agenda(location=people["north"]).items
    assert {item.who for item in in_anker if item.kind in ("development", "certification")} == {"Zoë Çelik"}


def test_two_on_the_newest_day_count_once_and_the_day_due_is_found_across_month_ends(people):
    development.save_talk(people["zoe"], "poap", dt.date(2025, 3, 4), people["manager"], "eerste")
    later = development.save_talk(people["zoe"], "poap", dt.date(2025, 3, 4), people["other_manager"], "tweede")
    rows = [row for row in development.newest_talks() if row.staff_id == people["zoe"] and row.kind == "poap"]
    assert [(row.talk_id, row.manager) for row in rows] == [(later, "Jan de Vries")]
    # 29, 30 and 31 August are all due on the last of February: the last of them is the last held that day.
    assert development.last_held_due_by(dt.date(2027, 2, 28), 18) == dt.date(2025, 8, 31)
    assert development.last_held_due_by(dt.date(2027, 2, 27), 18) == dt.date(2025, 8, 27)
