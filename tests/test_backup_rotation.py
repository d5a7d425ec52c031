"""The grandfather-father-son rotation of automatic backups: a pure function, tested on its own."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop.storage.rotation import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, backups_to_keep

START = dt.datetime(2026, 11, 21, 14, 5)


def hourly(days: int, end: dt.datetime = START) -> list[tuple[str, dt.datetime]]:
    moments = [end - dt.timedelta(hours=hour) for hour in range(days * 24)]
    return [(moment.isoformat(), moment) for moment in moments]


def test_nothing_to_keep_of_nothing():
    assert backups_to_keep([]) == set()


def test_a_single_backup_is_kept():
    assert backups_to_keep([("only", START)]) == {"only"}


def test_the_newest_is_kept_even_when_every_rule_keeps_none():
    backups = [("old", START - dt.timedelta(days=400)), ("new", START)]
    assert backups_to_keep(backups, daily=0, weekly=0, monthly=0) == {"new"}


def test_hourly_backups_over_two_years_keep_the_newest_of_each_day_week_and_month():
    backups = hourly(730)
    kept = backups_to_keep(backups)
    moments = sorted((moment for name, moment in backups if name in kept), reverse=True)
    assert moments[0] == START
    days = {(m.year, m.month, m.day) for m in moments}
    last_days = {(START - dt.timedelta(days=n)).date() for n in range(KEEP_DAILY)}
    assert {dt.date(*day) for day in days} >= last_days
    # The newest of each of the last 12 months: the last hour of each earlier month, and now.
    for months_back in range(1, KEEP_MONTHLY):
        year, month = START.year, START.month - months_back
        while month < 1:
            year, month = year - 1, month + 12
        first_of_next = dt.datetime(year + (month == 12), month % 12 + 1, 1, 0, START.minute)
        assert first_of_next - dt.timedelta(hours=1) in moments
    weeks = {m.isocalendar()[:2] for m in moments}
    assert len(weeks) >= KEEP_WEEKLY
    assert len(kept) <= 1 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert len(kept) == len(set(moments))


def test_every_kept_backup_is_the_newest_of_its_day():
    backups = hourly(90)
    kept = backups_to_keep(backups)
    newest_of_day = {}
    for name, moment in backups:
        day = moment.date()
        if day not in newest_of_day or moment > newest_of_day[day][1]:
            newest_of_day[day] = (name, moment)
    assert kept <= {name for name, _moment in newest_of_day.values()}


def test_gaps_do_not_cost_daily_backups():
    # One backup every ten days (holidays): still seven daily ones, the seven newest.
    backups = [(f"b{n}", START - dt.timedelta(days=10 * n)) for n in range(40)]
    kept = backups_to_keep(backups, weekly=0, monthly=0)
    assert kept == {f"b{n}" for n in range(KEEP_DAILY)}


def test_iso_week_spans_new_year():
    # 31 December 2026 (Thursday) and 1 January 2027 (Friday) are both in ISO week 53 of 2026.
    new_year_eve = ("eve", dt.datetime(2026, 12, 31, 12))
    new_year = ("new", dt.datetime(2027, 1, 1, 12))
    assert backups_to_keep([new_year_eve, new_year], daily=0, monthly=0) == {"new"}
    assert backups_to_keep([new_year_eve, new_year], daily=0, weekly=0) == {"new", "eve"}
    assert backups_to_keep([new_year_eve, new_year], weekly=0, monthly=0) == {"new", "eve"}


def test_weekly_keeps_the_newest_of_each_of_the_last_four_weeks():
    monday = dt.datetime(2026, 11, 16, 9)
    backups = [
        (f"w{week}d{day}", monday - dt.timedelta(weeks=week) + dt.timedelta(days=day))
        for week in range(8)
        for day in range(5)
    ]
    kept = backups_to_keep(backups, daily=0, monthly=0)
    assert kept == {f"w{week}d4" for week in range(KEEP_WEEKLY)}


def test_several_backups_in_the_same_second_are_ordered_by_name():
    backups = [("b", START), ("a", START), ("c", START - dt.timedelta(days=1))]
    assert backups_to_keep(backups, weekly=0, monthly=0) == {"b", "c"}


@pytest.mark.parametrize("seed", range(200))
def test_random_histories_keep_the_invariants(seed):
    rng = random.Random(seed)
    count = rng.randint(1, 300)
    spread = rng.choice([2, 30, 400, 3000])
    backups = []
    for n in range(count):
        moment = START - dt.timedelta(minutes=rng.randint(0, spread * 24 * 60))
        backups.append((f"b{n}", moment))
    kept = backups_to_keep(backups)
    newest = max(backups, key=lambda pair: (pair[1], pair[0]))
    assert newest[0] in kept
    assert len(kept) <= 1 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    # The newest of each of the seven newest days with a backup is kept.
    by_day = {}
    for name, moment in backups:
        by_day.setdefault(moment.date(), []).append((moment, name))
    for day in sorted(by_day, reverse=True)[:KEEP_DAILY]:
        assert max(by_day[day])[1] in kept
    # The order of the input changes nothing, and pruning again deletes nothing more.
    shuffled = backups[:]
    rng.shuffle(shuffled)
    assert backups_to_keep(shuffled) == kept
    assert backups_to_keep([pair for pair in backups if pair[0] in kept]) == kept


def test_daily_pruning_over_three_years_leaves_twelve_months():
    # What the app does: one backup a day, pruned right after each one.
    kept_items: list[tuple[str, dt.datetime]] = []
    day = dt.datetime(2024, 1, 1, 17)
    for _ in range(3 * 365):
        kept_items.append((day.isoformat(), day))
        keep = backups_to_keep(kept_items)
        kept_items = [pair for pair in kept_items if pair[0] in keep]
        day += dt.timedelta(days=1)
    months = {(moment.year, moment.month) for _name, moment in kept_items}
    assert len(months) == KEEP_MONTHLY
    days = sorted({moment.date() for _name, moment in kept_items}, reverse=True)
    last = days[0]
    assert days[:KEEP_DAILY] == [last - dt.timedelta(days=n) for n in range(KEEP_DAILY)]
