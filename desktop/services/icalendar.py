"""iCalendar files (RFC 5545), written by hand: a praktijkopleider's planned meetings, for Outlook.

Importing a file again must update the appointments instead of doubling them, so every event keeps its
UID from one export to the next. A meeting is named by its period, its kind and its place among the
period's meetings of that kind (`meeting-<period>-<kind>-<n>@leerwerk`): replanning a period (new dates)
makes new meeting records but the same events, which then move. A meeting added by hand ("other") is
named by its own record (`meeting-<id>@leerwerk`). A cancelled meeting is exported with STATUS:CANCELLED,
so an appointment exported before is cancelled too. SEQUENCE grows with every export (minutes since
2024), so a calendar takes each export as the newer version of what it has.

Meetings have a date only and become all-day events (shown as free). Timed events are written in
Europe/Amsterdam with its VTIMEZONE; Python on Windows has no time-zone database, so the offset of
Amsterdam (CET, and CEST from the last Sunday of March to the last Sunday of October, as in the
VTIMEZONE) is worked out here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__, clock
from desktop.clock import amsterdam_offset
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.output import save_file
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.models import db, display_name, iso_date

TIMEZONE = "Europe/Amsterdam"
LINE_OCTETS = 75
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1)
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TIMEZONE}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    """One event. `start` as a date makes an all-day event; `end` is exclusive (default: one day, or an
    hour for a timed event). Times are Amsterdam wall-clock times."""

    uid: str
    summary: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None = None
    description: str = ""
    location: str = ""
    cancelled: bool = False


# -- writing ------------------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every line break as \\n."""
    text = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets (CRLF not counted), each continuation
    starting with a space; never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return line
    pieces, start, limit = [], 0, LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: step back to its start
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, LINE_OCTETS - 1  # the leading space of a continuation line counts
    return "\r\n ".join(pieces)


def _utc(moment: dt.datetime) -> str:
    return (moment - amsterdam_offset(moment)).strftime("%Y%m%dT%H%M%SZ")


def _when(name: str, value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return f"{name};TZID={TIMEZONE}:{value.strftime('%Y%m%dT%H%M%S')}"
    return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"


def calendar_text(events: Iterable[CalendarEvent], name: str, now: dt.datetime | None = None) -> str:
    """The whole file as text, CRLF line endings, folded; DTSTAMP is `now` (default: the clock's)."""
    moment = (now or clock.now()).replace(microsecond=0)
    stamp, sequence = _utc(moment), max(0, int((moment - SEQUENCE_EPOCH).total_seconds() // 60))
    events = list(events)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//LeerWerk//LeerWerk {__version__}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    if any(isinstance(event.start, dt.datetime) for event in events):
        lines += [f"X-WR-TIMEZONE:{TIMEZONE}", *VTIMEZONE]
    for event in events:
        timed = isinstance(event.start, dt.datetime)
        end = event.end or event.start + (dt.timedelta(hours=1) if timed else dt.timedelta(days=1))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{sequence}",
            _when("DTSTART", event.start),
            _when("DTEND", end),
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape_text(event.location)}")
        lines.append("STATUS:CANCELLED" if event.cancelled else "STATUS:CONFIRMED")
        lines.append("TRANSP:OPAQUE" if timed else "TRANSP:TRANSPARENT")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


# -- a praktijkopleider's meetings --------------------------------------------------------------------------

MEETINGS_SQL = """
SELECT mt.id, mt.period_id, mt.kind, mt.planned_on, mt.held_on, mt.cancelled, mt.participants,
       l.first_name, l.name_prefix, l.last_name, pr.name, t.name, loc.name,
       ws.first_name, ws.name_prefix, ws.last_name
FROM meeting mt
JOIN bpv_period p ON p.id = mt.period_id
JOIN learner l ON l.id = p.learner_id
JOIN programme pr ON pr.id = p.programme_id
LEFT JOIN team t ON t.id = p.team_id
LEFT JOIN location loc ON loc.id = t.location_id
LEFT JOIN staff ws ON ws.id = p.work_supervisor_id
WHERE p.practice_trainer_id = ?
ORDER BY mt.period_id, mt.kind, COALESCE(mt.planned_on, mt.held_on), mt.id
"""


def meeting_events(practice_trainer_id: int, start=None, end=None) -> list[CalendarEvent]:
    """The meetings of the praktijkopleider's learners planned from `start` (default today) to `end` (default:
    no end), not held: the cancelled ones as cancelled events, so that an earlier export is put right."""
    trainer = _trainer(practice_trainer_id)
    first = v.date("start", start) or clock.today()
    last = v.date("end", end)
    if last is not None and last < first:
        raise ValidationError("end", _("The end date lies before the start date."))
    places: dict[tuple[int, str], int] = defaultdict(int)
    events = []
    for row in db.execute_sql(MEETINGS_SQL, (trainer.id,)):
        meeting, period, kind, planned, held, cancelled, participants = row[:7]
        place = places[(period, kind)] = places[(period, kind)] + 1
        day = iso_date(planned)
        if held is not None or day is None or day < first or (last is not None and day > last):
            continue
        learner = display_name(*row[7:10])
        uid = f"meeting-{meeting}@leerwerk" if kind == "other" else f"meeting-{period}-{kind}-{place}@leerwerk"
        details = [
            _("Learner: {name}").format(name=learner),
            _("Programme: {name}").format(name=row[10]),
        ]
        if row[15]:
            details.append(_("Work supervisor: {name}").format(name=display_name(*row[13:16])))
        if participants:
            details.append(_("Participants: {names}").format(names=participants))
        events.append(
            CalendarEvent(
                uid,
                f"{choices.label(choices.MEETING_KINDS, kind)}: {learner}",
                day,
                description="\n".join(details),
                location=" – ".join(part for part in (row[12], row[11]) if part),
                cancelled=bool(cancelled),
            )
        )
    return sorted(events, key=lambda event: (event.start, event.uid))


def _trainer(staff_id) -> m.Staff:
    number = v.record_id(staff_id)
    trainer = m.Staff.get_or_none(m.Staff.id == number) if number else None
    if trainer is None:
        raise ValidationError(
            "practice_trainer", _("Refers to a record that does not exist (number {id}).").format(id=staff_id)
        )
    return trainer


def meetings_calendar(practice_trainer_id: int, start=None, end=None, now: dt.datetime | None = None) -> bytes:
    """The praktijkopleider's planned meetings as an .ics file (UTF-8)."""
    events = meeting_events(practice_trainer_id, start, end)
    name = _("BPV meetings of {name}").format(name=_trainer(practice_trainer_id).display_name)
    return calendar_text(events, name, now).encode("utf-8")


def save_meetings_calendar(path: Path, practice_trainer_id: int, start=None, end=None) -> Path:
    """Write `meetings_calendar` to `path` (.ics), whole or not at all."""
    return save_file(path, meetings_calendar(practice_trainer_id, start, end), (".ics",))
