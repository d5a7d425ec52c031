"""The one seam for "today" and "now": every date rule in LeerWerk asks this module, never the system clock.

A day can be fixed for a whole process with the environment variable LEERWERK_TODAY (YYYY-MM-DD): the tests set it
so that nothing depends on the day they run, and a demonstration can show the program as it will look on another
day. `set_today` fixes it within one process (the tests' fixture). "Now" on a fixed day is that day at the real
time of day, so moments keep their order (backups, change history) while the date stays fixed.

Not here: ages of files and locks (lock.py, backup pruning), which compare with the file system's own clock.
"""

from __future__ import annotations

import datetime as dt
import os

ENVIRONMENT = "LEERWERK_TODAY"

_fixed: dt.date | None = None
_parsed: tuple[str, dt.date | None] = ("", None)


def _from_environment() -> dt.date | None:
    global _parsed
    text = os.environ.get(ENVIRONMENT, "")
    if text != _parsed[0]:
        try:
            day = dt.date.fromisoformat(text.strip()) if text.strip() else None
        except ValueError:
            # A value that is no date must not move the program to another day: it is ignored (the real day counts).
            day = None
        _parsed = (text, day)
    return _parsed[1]


def set_today(day: dt.date | None) -> None:
    """Fix "today" within this process (None: back to LEERWERK_TODAY or the system clock)."""
    global _fixed
    _fixed = day


def today() -> dt.date:
    return _fixed or _from_environment() or dt.date.today()


def now() -> dt.datetime:
    moment = dt.datetime.now()
    day = _fixed or _from_environment()
    return moment if day is None else dt.datetime.combine(day, moment.time())


# The Netherlands' time (Europe/Amsterdam), worked out here: Windows may lack the tz database Python's zoneinfo reads.
def last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def amsterdam_offset(moment: dt.datetime) -> dt.timedelta:
    """The offset from UTC of an Amsterdam wall-clock time: +2 hours in summer time, else +1."""
    summer_from = dt.datetime.combine(last_sunday(moment.year, 3), dt.time(2, 0))
    summer_until = dt.datetime.combine(last_sunday(moment.year, 10), dt.time(3, 0))
    return dt.timedelta(hours=2 if summer_from <= moment < summer_until else 1)


def amsterdam_offset_of_utc(utc: dt.datetime) -> dt.timedelta:
    """The same offset at the moment `utc`: summer time from the last Sunday of March to the last Sunday of October,
    each at 01:00 UTC, as the EU has it."""
    summer_from = dt.datetime.combine(last_sunday(utc.year, 3), dt.time(1))
    summer_until = dt.datetime.combine(last_sunday(utc.year, 10), dt.time(1))
    return dt.timedelta(hours=2 if summer_from <= utc < summer_until else 1)
