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
