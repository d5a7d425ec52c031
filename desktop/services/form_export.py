"""What every online form's export looks like (Microsoft Forms, Google Forms, as XLSX or CSV): one row per
response with columns the form fills in itself (an id, start and completion time, name, e-mail), then one
column per question. Shared by the imports of the studentwaardering and the team scan.

Headings are matched with case, accents and runs of spaces not counting; the form's own columns are known
by their headings in the Dutch and English exports.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.services import tabular
from desktop.textsearch import fold

EMAIL = {"e-mail", "email", "e-mailadres", "email address", "e-mail address", "mailadres"}
COMPLETED = {"tijd van voltooien", "completion time", "tijdstempel", "timestamp", "ingediend op", "submitted at"}
IGNORED = {
    "id", "begintijd", "start time", "naam", "name", "tijd van laatste wijziging", "last modified time",
    "punten", "points", "total points", "totaal aantal punten", "feedback", "quiz feedback",
}  # fmt: skip
DATE_RE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")


def heading_key(text) -> str:
    """A heading as it is matched: case, accents and runs of spaces do not count."""
    return " ".join(fold(str(text)).split())


def day_of(value) -> dt.date | None:
    """The day of a form's timestamp cell (a date, an Excel serial number, or text day-first or ISO); None when it
    holds none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return tabular.excel_serial_date(value)
    zoned = tabular.zoned_day(str(value or ""))  # a moment in UTC: the day it was here
    if zoned is not None:
        return zoned
    match = DATE_RE.search(str(value or ""))
    if match is None:
        return None
    first, second, third = match.groups()
    year, month, day = (first, second, third) if len(first) > 2 or int(first) > 31 else (third, second, first)
    # A form's export gives a year in two digits where the computer's date settings say so ("12/11/26 10:04"): a
    # response of this century. Any other year before 1900 is no date a form was filled in on.
    number = 2000 + int(year) if len(year) == 2 else int(year)
    if number < 1900:
        return None
    try:
        return dt.date(number, int(month), int(day))
    except ValueError:
        return None
