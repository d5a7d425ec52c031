"""iCalendar export (RFC 5545): read back with a small parser of our own, line by line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import service_for
from desktop.services.icalendar import (
    CalendarEvent,
    amsterdam_offset,
    calendar_text,
    meeting_events,
    meetings_calendar,
    save_meetings_calendar,
)
from desktop.services.placements import end_early
from desktop.storage import models as m

TODAY = dt.date(2026, 11, 18)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\r" not in line and b"\n" not in line for line in lines), "a bare CR or LF"
    return lines


def parse(data: bytes) -> list[dict]:
    """The components of a calendar as dicts of property -> (parameters, value), content lines unfolded."""
    lines = physical_lines(data)
    assert all(len(line) <= 75 for line in lines), [line for line in lines if len(line) > 75]
    logical: list[bytes] = []
    for line in lines:
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    components, stack = [], []
    for raw in logical:
        text = raw.decode("utf-8")  # folding never split a character
        name, _colon, value = text.partition(":")
        prop, *params = name.split(";")
        if prop == "BEGIN":
            stack.append({"BEGIN": value})
        elif prop == "END":
            assert stack[-1]["BEGIN"] == value
            components.append(stack.pop())
        else:
            stack[-1][prop] = (tuple(params), value)
    assert not stack
    return components


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            assert ch not in ",;", f"unescaped {ch!r} in {value!r}"
            out.append(ch)
    return "".join(out)


def events_of(data: bytes) -> dict[str, dict]:
    return {c["UID"][1]: c for c in parse(data) if c["BEGIN"] == "VEVENT"}


# -- the writer ---------------------------------------------------------------------------------------------------


def test_folding_escaping_and_all_day_events_read_back():
    long = "Łukasz Wiśniewski, Zoë Çelik; Ayşe Yılmaz \\ " * 6 + "\nTweede regel\r\nDerde, regel"
    data = calendar_text(
        [
            CalendarEvent(
                "one@leerwerk",
                "Kennismaking, intro; Zoë",
                dt.date(2026, 12, 31),
                description=long,
                location="Huize ‘De Linde’",
            )
        ],
        "Bpv-gesprekken van Petra Hermans",
        now=dt.datetime(2026, 11, 18, 10, 15, 30),
    ).encode("utf-8")
    components = parse(data)
    calendar = components[-1]
    assert calendar["BEGIN"] == "VCALENDAR" and calendar["VERSION"] == ((), "2.0")
    assert calendar["PRODID"][1].startswith("-//LeerWerk//")
    assert "VTIMEZONE" not in {c["BEGIN"] for c in components}  # no timed events, no time zone
    event = events_of(data)["one@leerwerk"]
    assert unescape(event["DESCRIPTION"][1]) == long.replace("\r\n", "\n")
    assert unescape(event["SUMMARY"][1]) == "Kennismaking, intro; Zoë"
    assert unescape(event["LOCATION"][1]) == "Huize ‘De Linde’"
    assert event["DTSTART"] == (("VALUE=DATE",), "20261231") and event["DTEND"] == (("VALUE=DATE",), "20270101")
    assert event["DTSTAMP"] == ((), "20261118T091530Z")  # 10:15:30 in Amsterdam, winter time
    assert event["STATUS"][1] == "CONFIRMED" and event["TRANSP"][1] == "TRANSPARENT"
    assert len([line for line in physical_lines(data) if line.startswith(b" ")]) >= 4


def test_a_multibyte_character_is_never_split_by_folding():
    for offset in range(4):
        text = "x" * offset + "€" * 60  # three octets each, against every alignment
        data = calendar_text([CalendarEvent("u", text, dt.date(2026, 1, 1))], "n", now=dt.datetime(2026, 1, 1)).encode()
        assert unescape(events_of(data)["u"]["SUMMARY"][1]) == text


def test_timed_events_come_with_the_amsterdam_time_zone():
    summer = dt.datetime(2026, 7, 1, 14, 30)
    data = calendar_text(
        [CalendarEvent("t", "Training", summer), CalendarEvent("d", "Dag", dt.date(2026, 7, 2))],
        "n",
        now=dt.datetime(2026, 7, 1, 9, 0),
    ).encode()
    components = parse(data)
    zone = next(c for c in components if c["BEGIN"] == "VTIMEZONE")
    assert zone["TZID"] == ((), "Europe/Amsterdam")
    assert [c["TZNAME"][1] for c in components if c["BEGIN"] in ("DAYLIGHT", "STANDARD")] == ["CEST", "CET"]
    event = events_of(data)["t"]
    assert event["DTSTART"] == (("TZID=Europe/Amsterdam",), "20260701T143000")
    assert event["DTEND"] == (("TZID=Europe/Amsterdam",), "20260701T153000")
    assert event["DTSTAMP"][1] == "20260701T070000Z"  # summer time: two hours ahead of UTC
    assert event["TRANSP"][1] == "OPAQUE"


def test_the_offset_changes_on_the_last_sundays_of_march_and_october():
    assert amsterdam_offset(dt.datetime(2027, 3, 28, 1, 59)) == dt.timedelta(hours=1)
    assert amsterdam_offset(dt.datetime(2027, 3, 28, 3, 0)) == dt.timedelta(hours=2)
    assert amsterdam_offset(dt.datetime(2027, 10, 31, 2, 30)) == dt.timedelta(hours=2)
    assert amsterdam_offset(dt.datetime(2027, 10, 31, 3, 0)) == dt.timedelta(hours=1)


# -- a praktijkopleider's meetings -------------------------------------------------------------------------------


@pytest.fixture
def trainer(database):
    location = service_for(m.Location).create(name="Huize De Linde").id
    team = service_for(m.Team).create(location=location, name="Somatiek 1").id
    po = service_for(m.Staff).create(first_name="Petra", last_name="Hermans", team=team).id
    other = service_for(m.Staff).create(first_name="Sjef", last_name="Coenen", team=team).id
    ws = service_for(m.Staff).create(first_name="Wim", last_name="Vossen", team=team).id
    school = service_for(m.School).create(name="ROC Fictief Zuid").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id

    def period(first, last, practice_trainer):
        learner = service_for(m.Learner).create(first_name=first, last_name=last, learner_type="bbl").id
        return service_for(m.BpvPeriod).create(
            learner=learner, programme=programme, school=school, team=team, practice_trainer=practice_trainer,
            work_supervisor=ws, start_date="2026-09-01", end_date="2027-06-30", status="active",
        ).id  # fmt: skip

    return {"po": po, "other": other, "mine": period("Zoë", "Çelik", po), "theirs": period("Bram", "Bos", other)}


def test_the_planned_meetings_of_a_praktijkopleiders_learners(trainer):
    data = meetings_calendar(trainer["po"], now=dt.datetime(2026, 11, 18, 9, 0))
    events = events_of(data)
    planned = m.Meeting.select().where(
        (m.Meeting.period == trainer["mine"]) & (m.Meeting.planned_on >= TODAY) & m.Meeting.held_on.is_null()
    )
    assert len(events) == planned.count() > 10
    assert all(uid.startswith(f"meeting-{trainer['mine']}-") and uid.endswith("@leerwerk") for uid in events)
    final = events[f"meeting-{trainer['mine']}-final_assessment-1@leerwerk"]
    assert unescape(final["SUMMARY"][1]) == "Eindbeoordeling: Zoë Çelik"
    assert final["DTSTART"] == (("VALUE=DATE",), "20270623")
    assert unescape(final["LOCATION"][1]) == "Huize De Linde – Somatiek 1"
    assert "Werkbegeleider: Wim Vossen" in unescape(final["DESCRIPTION"][1])
    assert parse(data)[-1]["X-WR-CALNAME"][1] == "Bpv-gesprekken van Petra Hermans"


def test_exporting_again_after_a_replanning_keeps_the_uids_and_cancelled_meetings_are_cancelled(trainer):
    before = events_of(meetings_calendar(trainer["po"]))
    old_ids = {mt.id for mt in m.Meeting.select().where(m.Meeting.period == trainer["mine"])}
    service_for(m.BpvPeriod).update(trainer["mine"], end_date="2027-06-16")  # two weeks earlier: planned again
    assert not old_ids & {
        mt.id for mt in m.Meeting.select().where(m.Meeting.period == trainer["mine"]) if mt.planned_on > TODAY
    }
    after = events_of(meetings_calendar(trainer["po"]))
    assert set(after) <= set(before) and len(after) >= len(before) - 2
    final = f"meeting-{trainer['mine']}-final_assessment-1@leerwerk"
    assert before[final]["DTSTART"][1] == "20270623" and after[final]["DTSTART"][1] == "20270609"
    assert int(after[final]["SEQUENCE"][1]) >= int(before[final]["SEQUENCE"][1])

    end_early(trainer["mine"], TODAY, "switched_employer")
    ended = events_of(meetings_calendar(trainer["po"]))
    assert set(ended) == set(after) and {e["STATUS"][1] for e in ended.values()} == {"CANCELLED"}


def test_a_range_and_another_praktijkopleider(trainer):
    january = meeting_events(trainer["po"], "2027-01-01", "31-01-2027")
    assert january and all(dt.date(2027, 1, 1) <= event.start <= dt.date(2027, 1, 31) for event in january)
    theirs = meeting_events(trainer["other"])
    assert theirs and all(event.uid.startswith(f"meeting-{trainer['theirs']}-") for event in theirs)
    clock.set_today(dt.date(2027, 7, 1))
    assert meeting_events(trainer["po"]) == []


def test_bad_input_writes_nothing(trainer, tmp_path):
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        meeting_events(trainer["po"], "2027-02-01", "2027-01-01")
    with pytest.raises(ValidationError) as caught:
        meetings_calendar(4242)
    assert caught.value.field == "practice_trainer" and "4242" in caught.value.message
    with pytest.raises(ValidationError, match=r"\.ics"):
        save_meetings_calendar(out / "agenda.txt", trainer["po"])
    with pytest.raises(ValidationError, match="bestaat niet"):
        save_meetings_calendar(out / "nergens" / "agenda.ics", trainer["po"])
    (out / "map.ics").mkdir()
    with pytest.raises(ValidationError, match="is een map"):
        save_meetings_calendar(out / "map.ics", trainer["po"])
    # A folder the system does not let anyone write in, even an administrator.
    with pytest.raises(ValidationError, match="kan niet worden opgeslagen|kan niet worden geschreven"):
        save_meetings_calendar(Path("/proc/agenda.ics"), trainer["po"])
    assert sorted(p.name for p in out.iterdir()) == ["map.ics"]
    written = save_meetings_calendar(out / "agenda.ics", trainer["po"])
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n") and sorted(p.name for p in out.iterdir()) == [
        "agenda.ics",
        "map.ics",
    ]
