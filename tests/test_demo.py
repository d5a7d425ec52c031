"""The demo database: complete, valid, varied, reproducible, and never written over an existing file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop.demo import generate_demo
from desktop.demo.generate import temporary_path
from desktop.errors import ValidationError
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.database import check_database, open_database

TODAY = dt.date(2026, 3, 16)


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def column(path: Path, sql: str) -> set:
    return {row[0] for row in rows(path, sql)}


def learner_names(path: Path) -> list[tuple]:
    return rows(path, "SELECT first_name, name_prefix, last_name FROM learner ORDER BY id")


def test_every_table_is_filled_and_the_file_is_healthy(tmp_path):
    path = tmp_path / "demo.sqlite3"

    counts = generate_demo(path, learners=30, today=TODAY)

    assert set(counts) == {model._meta.table_name for model in m.ALL_MODELS}
    # The Learners tab's lines are written by the first reading, for every learner the demo marks; the line triggers'
    # pause holds a row only inside a bulk write's transaction.
    assert [table for table, count in counts.items() if count == 0] == ["learner_line", "learner_line_paused"]
    assert counts["learner"] == 30 == counts["learner_line_stale"]
    assert counts["bpv_period"] == rows(path, "SELECT COUNT(*) FROM bpv_period")[0][0]
    assert check_database(path).healthy


def test_names_have_tussenvoegsels_and_letters_beyond_ascii(tmp_path):
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=30, today=TODAY)

    people = rows(
        path,
        "SELECT first_name, name_prefix, last_name FROM learner"
        " UNION ALL SELECT first_name, name_prefix, last_name FROM staff",
    )

    prefixes = {prefix for _first, prefix, _last in people if prefix}
    assert prefixes & {"van", "de", "van der", "van den", "ter", "'t", "van 't"}
    assert any(not (first + last).isascii() for first, _prefix, last in people)


def test_every_status_and_phase_appears(tmp_path):
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=60, today=TODAY)

    assert column(path, "SELECT status FROM bpv_period") == set(choices.PERIOD_STATUSES)
    assert column(path, "SELECT phase FROM bpv_period") == set(choices.PHASES)
    assert column(path, "SELECT phase FROM bpv_period WHERE status = 'active'") == set(choices.PHASES)
    assert column(path, "SELECT learner_type FROM learner") == set(choices.LEARNER_TYPES)
    assert column(path, "SELECT status FROM enrolment") == set(choices.ENROLMENT_STATUSES)
    assert column(path, "SELECT status FROM practice_assignment") == set(choices.ASSIGNMENT_STATUSES)
    assert column(path, "SELECT status FROM assessment") == set(choices.ASSESSMENT_STATUSES)


def test_periods_follow_the_rules_of_their_learner_type(tmp_path):
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=60, today=TODAY)

    periods = rows(
        path,
        "SELECT l.learner_type, p.contract_type, pr.level, p.start_date, p.end_date, p.supernumerary_until"
        " FROM bpv_period p JOIN learner l ON l.id = p.learner_id JOIN programme pr ON pr.id = p.programme_id",
    )
    for learner_type, contract, level, start, end, supernumerary in periods:
        assert contract == choices.DEFAULT_CONTRACT[learner_type]
        assert (level == "hbo") == (learner_type == "hbo")
        if learner_type in ("bol", "hbo"):
            assert supernumerary == end
        else:
            # two weeks, the last day included
            assert dt.date.fromisoformat(supernumerary) - dt.date.fromisoformat(start) == dt.timedelta(days=13)


def test_same_seed_gives_the_same_people_and_another_seed_others(tmp_path):
    first, again, other = (tmp_path / name for name in ("a.sqlite3", "b.sqlite3", "c.sqlite3"))

    generate_demo(first, learners=20, seed=7, today=TODAY)
    generate_demo(again, learners=20, seed=7, today=TODAY)
    generate_demo(other, learners=20, seed=8, today=TODAY)

    assert learner_names(first) == learner_names(again)
    assert learner_names(first) != learner_names(other)


def test_progress_runs_up_to_one(tmp_path):
    reported: list[float] = []

    generate_demo(tmp_path / "demo.sqlite3", learners=10, progress=reported.append, today=TODAY)

    assert reported == sorted(reported)
    assert reported[-1] == 1.0


def test_the_database_the_app_has_open_stays_bound(tmp_path):
    open_database(tmp_path / "mine.sqlite3")

    generate_demo(tmp_path / "demo.sqlite3", learners=10, today=TODAY)

    assert m.db.obj.database == str(tmp_path / "mine.sqlite3")
    assert m.Learner.select().count() == 0


def test_refuses_to_overwrite_an_existing_file(tmp_path):
    path = tmp_path / "precious.sqlite3"
    path.write_bytes(b"the coordinator's own file")

    with pytest.raises(ValidationError) as raised:
        generate_demo(path, learners=5, today=TODAY)

    assert raised.value.field == "path"
    assert str(path) in raised.value.message
    assert path.read_bytes() == b"the coordinator's own file"


def test_refuses_a_folder_that_does_not_exist(tmp_path):
    path = tmp_path / "missing" / "demo.sqlite3"

    with pytest.raises(ValidationError) as raised:
        generate_demo(path, learners=5, today=TODAY)

    assert raised.value.field == "path"
    assert not path.parent.exists()


@pytest.mark.parametrize("learners", [-1, 100_001])
def test_refuses_a_number_of_learners_out_of_range(tmp_path, learners):
    path = tmp_path / "demo.sqlite3"

    with pytest.raises(ValidationError) as raised:
        generate_demo(path, learners=learners, today=TODAY)

    assert raised.value.field == "learners"
    assert not path.exists()


def test_the_demo_is_built_under_a_name_of_its_own_and_takes_its_name_when_whole(tmp_path):
    path = tmp_path / "demo" / "demo.sqlite3"
    path.parent.mkdir()
    building = temporary_path(path)
    seen = []

    generate_demo(
        path, learners=5, today=TODAY, progress=lambda _fraction: seen.append((path.exists(), building.exists()))
    )

    assert seen and all(state == (False, True) for state in seen[:-1])  # until the end: only the temporary file
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite3"]
    assert check_database(path).healthy


BUILD_AND_WAIT = """
import sys
from pathlib import Path
from desktop.storage import lock
held = lock.acquire(Path(sys.argv[1]), heartbeat=False)
Path(sys.argv[1]).write_bytes(b"half a demo")
print("ready", flush=True)
sys.stdin.read()
held.release()
"""


def test_what_a_killed_demo_left_is_removed_by_the_next_demo(tmp_path):
    path = tmp_path / "demo" / "demo.sqlite3"
    path.parent.mkdir()
    building = temporary_path(path)
    killed = subprocess.Popen(
        [sys.executable, "-m", "desktop", "demo", str(path), "--learners", "3000"],
        env={**os.environ, "LEERWERK_HOME": str(tmp_path / "killed-home")},
    )
    while not Path(f"{building}-wal").exists() and killed.poll() is None:
        time.sleep(0.01)
    killed.kill()
    killed.wait(timeout=60)
    assert not path.exists() and building.exists()  # a file no one takes for the demo database

    generate_demo(path, learners=5, today=TODAY)

    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite3"]
    assert check_database(path).healthy


def test_a_demo_another_leerwerk_is_still_building_is_left_alone(tmp_path):
    path = tmp_path / "demo.sqlite3"
    building = temporary_path(path)
    other = subprocess.Popen(
        [sys.executable, "-c", BUILD_AND_WAIT, str(building)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout.readline().strip() == "ready"
        with pytest.raises(ValidationError) as raised:
            generate_demo(path, learners=5, today=TODAY)
        assert raised.value.field == "path" and str(building) in raised.value.message
        assert building.read_bytes() == b"half a demo" and not path.exists()
    finally:
        other.communicate(timeout=60)


def test_most_placements_have_their_agreements_signed_and_a_few_are_flagged(tmp_path):
    from desktop import clock
    from desktop.services import scans
    from desktop.services.learners import learner_rows

    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=200, today=TODAY)
    assert set(column(path, "SELECT kind FROM agreement")) >= {"placement", "work_learn", "study"}
    statuses = rows(path, "SELECT status, COUNT(*) FROM agreement GROUP BY status")
    counted = dict(statuses)
    assert counted["signed"] + counted["ended"] > 0.8 * sum(counted.values())
    assert counted.get("requested", 0) + counted.get("received", 0) > 0
    assert {scans.scan_kind(scan) for (scan,) in rows(path, "SELECT scan FROM agreement WHERE scan IS NOT NULL")} == {
        "PDF"
    }
    clock.set_today(TODAY)
    open_database(path)
    flagged = [row for row in learner_rows() if row.concerns]
    codes = {concern.code for row in flagged for concern in row.concerns}
    assert codes >= {"agreement", "recognition"}
    assert 0 < len(flagged) < 0.3 * len(learner_rows())
