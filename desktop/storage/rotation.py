"""Which automatic backups to keep: a grandfather-father-son policy, as a pure function.

Kept are the newest backup of each of the last 7 days, of the last 4 ISO weeks and of the last 12
months, and always the newest backup of all. "Last" counts the periods that hold a backup, not the
calendar: a coordinator back from three weeks of holiday still finds 7 daily backups, not one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

Item = TypeVar("Item", bound=Hashable)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


def _day(moment: dt.datetime) -> tuple:
    return (moment.year, moment.month, moment.day)


def _iso_week(moment: dt.datetime) -> tuple:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> tuple:
    return (moment.year, moment.month)


def _newest_per_period(
    ordered: list[tuple[Item, dt.datetime]], period: Callable[[dt.datetime], tuple], count: int
) -> set[Item]:
    """From (item, moment) pairs ordered newest first: the newest item of each of the `count` newest periods."""
    kept: set[Item] = set()
    seen: set[tuple] = set()
    for item, moment in ordered:
        if len(seen) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.add(item)
    return kept


def backups_to_keep(
    backups: Iterable[tuple[Item, dt.datetime]],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[Item]:
    """The items to keep of (item, moment) pairs; every other item may be deleted.

    Two backups with the same moment are ordered by item, so the answer never depends on the order
    of the input.
    """
    ordered = sorted(backups, key=lambda pair: (pair[1], str(pair[0])), reverse=True)
    if not ordered:
        return set()
    kept = {ordered[0][0]}
    kept |= _newest_per_period(ordered, _day, daily)
    kept |= _newest_per_period(ordered, _iso_week, weekly)
    kept |= _newest_per_period(ordered, _month, monthly)
    return kept
