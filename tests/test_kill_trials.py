"""Kill trials: a real LeerWerk process is killed at random moments of an import, a batch of edits, a
schema upgrade and the encryption of a database with its backup. Each time the file must pass
`integrity_check` and `foreign_key_check`, hold all of the change or none of it (for the encryption:
be the plain or the encrypted file, whole), and open normally afterwards.

`Popen.kill()` is SIGKILL on Linux and TerminateProcess on Windows: no handler, no clean-up, like a
crash or a pulled plug for everything but the disk cache. The seed is printed (run with ``-s``) and is in
every failure message; repeat a run with ``LEERWERK_KILL_SEED=<seed>``. More trials: ``-m slow``.
"""

from __future__ import annotations

import os
import random
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop.storage import migrations
from desktop.storage.database import close_database, open_database
from tests import kill_child
from tests.crash_support import (
    PYTHON,
    ROOT,
    child_environment,
    copy_database,
    counts,
    downgrade_to_version_2,
    health,
    make_demo,
    rows,
    schema_version,
)
from tests.factories import HEADER_NL, row

SEED = int(os.environ.get("LEERWERK_KILL_SEED") or random.SystemRandom().randrange(1_000_000))
IMPORT_ROWS = 1500
FIRST = ("Zoë", "Anaïs", "Chloë", "Noël", "Björn", "Renée", "Ðurđa", "Łukasz", "Søren", "Inês")
LAST = ("Çelik", "Müller", "Šimić", "Østergaard", "de Vries", "van der Meer", "O'Brien", "Nuñez")
LETTERS = "abcdefghijklmnopqrstuvwxyzéëï"


def _suffix(number: int) -> str:
    # Unique surnames in letters only: the import refuses digits in a name and a person twice.
    text = ""
    for _ in range(4):
        text += LETTERS[number % len(LETTERS)]
        number //= len(LETTERS)
    return text.capitalize()


def _import_file(path: Path, count: int) -> Path:
    rng = random.Random(count)
    lines = [HEADER_NL]
    for number in range(count):
        born = f"{rng.randrange(1, 28)}-{rng.randrange(1, 13)}-{rng.randrange(1970, 2006)}"
        last = f"{rng.choice(LAST)}-{_suffix(number)}"
        lines.append(row(first=rng.choice(FIRST), last=last, born=born, location=f"Locatie Ærø {number % 5}"))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("kill") / "demo.sqlite3", learners=120)


def _report(kind: str, tally: Counter) -> None:
    print(f"\nkill trials ({kind}), seed {SEED}: {sum(tally.values())} kills, {dict(sorted(tally.items()))}")


class Trials:
    """Start the work in a fresh copy, let it run a random part of its usual time, kill it, check."""

    def __init__(self, tmp_path: Path, source: Path, argv, waits_for_ready: bool):
        self.tmp_path, self.source, self.argv, self.waits_for_ready = tmp_path, source, argv, waits_for_ready
        self.rng = random.Random(f"{SEED}-{argv(Path('x'))[1]}")

    def run(self, path: Path, delay: float | None) -> tuple[float, int | None]:
        """Run on `path`; kill after `delay` seconds (None: let it finish). Returns (seconds, exit code)."""
        home = path.parent / f"{path.stem}-home"
        home.mkdir(exist_ok=True)
        process = subprocess.Popen(
            [PYTHON, *self.argv(path)],
            cwd=ROOT,
            env=child_environment(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if self.waits_for_ready:
            line = process.stdout.readline()
            assert line.strip() == b"ready", process.communicate()[1].decode("utf-8", "replace")
        started = time.perf_counter()
        if delay is None:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err.decode("utf-8", "replace")
            return time.perf_counter() - started, 0
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.kill()
        process.communicate(timeout=60)
        finished = process.returncode if process.returncode >= 0 else None
        return time.perf_counter() - started, finished

    def fresh(self, name: str) -> Path:
        folder = self.tmp_path / name
        folder.mkdir()
        return copy_database(self.source, folder / "leerwerk.sqlite3")


def _all_or_none(before: dict, after: dict, full: dict[str, int], context: str) -> str:
    """'none' when nothing changed; 'all' when every table has exactly the finished run's count and
    every row that was there before is still there, unchanged (the work only adds rows)."""
    if after == before:
        return "none"
    assert counts(after) == full, f"{context}: neither all nor none: {counts(after)} vs {full}"
    for table, old in before.items():
        assert after[table][: len(old)] == old, f"{context}: rows of {table} that were there changed"
    return "all"


def _check_import(trials: Trials, count: int):
    calibration = trials.fresh("calibration")
    before = rows(calibration)
    # How long the whole import takes, and how long it takes before it starts writing (a dry run).
    dry = Trials(trials.tmp_path, trials.source, lambda db: [*trials.argv(db), "--dry-run"], False)
    reading, _code = dry.run(trials.fresh("dry-run"), None)
    duration, _code = trials.run(calibration, None)
    full = counts(rows(calibration))
    assert full["learner"] == counts(before)["learner"] + IMPORT_ROWS
    tally = Counter()
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        # Every other kill falls in the later part, where the file is read and the rows are written.
        start = 0 if number % 2 else reading * 0.8
        delay = trials.rng.uniform(start, duration * 1.05)
        _seconds, exit_code = trials.run(path, delay)
        context = f"seed {SEED}, trial {number}, killed after {delay:.3f} s of {duration:.3f} s"
        assert health(path) == (["ok"], []), context
        outcome = _all_or_none(before, rows(path), full, context)
        if exit_code is not None:
            outcome += " (finished before the kill)"
        elif outcome == "none" and delay > reading:
            outcome += " (killed while writing)"
        tally[outcome] += 1
        open_database(path)  # opens normally, and the app can write again
        close_database()
        assert health(path) == (["ok"], []), context
    return tally


@pytest.fixture
def import_trials(tmp_path, demo_file):
    source = _import_file(tmp_path / "leerlingen Zoë.csv", IMPORT_ROWS)
    return Trials(
        tmp_path,
        demo_file,
        lambda db: ["-m", "desktop", "import", "learners", str(source), "--db", str(db)],
        waits_for_ready=False,
    )


@pytest.fixture
def batch_trials(tmp_path, demo_file):
    child = str(Path(kill_child.__file__))
    return Trials(tmp_path, demo_file, lambda db: [child, "enrol", str(db)], waits_for_ready=True)


@pytest.fixture
def migration_trials(tmp_path, demo_file):
    old = downgrade_to_version_2(copy_database(demo_file, tmp_path / "schema2.sqlite3"))
    child = str(Path(kill_child.__file__))
    return Trials(tmp_path, old, lambda db: [child, "migrate", str(db)], waits_for_ready=True)


@pytest.fixture
def encryption_trials(tmp_path, demo_file):
    child = str(Path(kill_child.__file__))
    return Trials(tmp_path, demo_file, lambda db: [child, "encrypt", str(db)], waits_for_ready=True)


def _check_encryption(trials: Trials, count: int) -> Counter:
    """Killed while the database and its backup are rewritten: the database is the plain file or the
    encrypted one, whole; running the encryption again finishes it, with every row as it was."""
    from desktop.storage import cipher
    from desktop.storage.backup import list_backups
    from desktop.storage.encryption import change_encryption

    before = rows(trials.source)
    duration, _code = trials.run(trials.fresh("calibration"), None)
    tally = Counter()
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        delay = trials.rng.uniform(0, duration * 1.05)
        _seconds, exit_code = trials.run(path, delay)
        context = f"seed {SEED}, encryption trial {number}, killed after {delay:.3f} s of {duration:.3f} s"
        encrypted = cipher.looks_encrypted(path)
        passphrase = kill_child.PASSPHRASE if encrypted else None
        assert health(path, passphrase) == (["ok"], []), context
        assert rows(path, passphrase=passphrase) == before, context
        outcome = "encrypted" if encrypted else "plain"
        tally[outcome if exit_code is None else f"{outcome} (finished before the kill)"] += 1
        home = path.parent / f"{path.stem}-home"
        os.environ["LEERWERK_HOME"], previous = str(home), os.environ["LEERWERK_HOME"]
        try:
            cipher.remember(path, kill_child.PASSPHRASE)
            change_encryption(path, kill_child.PASSPHRASE)
            for backup in list_backups(path):  # the one made before the kill, or none if killed before it
                assert cipher.looks_encrypted(backup.path), context
                assert health(backup.path, kill_child.PASSPHRASE) == (["ok"], []), context
        finally:
            os.environ["LEERWERK_HOME"] = previous
            cipher.forget_all()
        assert rows(path, passphrase=kill_child.PASSPHRASE) == before, context
        leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith((".rekeying", ".rekeyed-old"))]
        assert leftovers == [], context
    return tally


def _check_batch(trials: Trials, count: int) -> Counter:
    calibration = trials.fresh("calibration")
    before = rows(calibration)
    duration, _code = trials.run(calibration, None)
    full = counts(rows(calibration))
    assert full["enrolment"] > counts(before)["enrolment"] + 100
    tally = Counter()
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        delay = trials.rng.uniform(0, duration * 1.05)
        _seconds, exit_code = trials.run(path, delay)
        context = f"seed {SEED}, batch trial {number}, killed after {delay:.3f} s of {duration:.3f} s"
        assert health(path) == (["ok"], []), context
        outcome = _all_or_none(before, rows(path), full, context)
        tally[outcome if exit_code is None else f"{outcome} (finished before the kill)"] += 1
        open_database(path)
        close_database()
    return tally


def _check_migration(trials: Trials, count: int, monkeypatch) -> Counter:
    step = kill_child.rebuild_step(trials.source)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    monkeypatch.setattr(migrations, "LATEST_VERSION", step.version)
    before = rows(trials.source)
    old = {table: content for table, content in before.items() if table != "schema_version"}
    new_columns = {"signature": {"stage"}, kill_child.REBUILT_TABLE: {kill_child.EXTRA_COLUMN}}
    duration, _code = trials.run(trials.fresh("calibration"), None)
    tally = Counter()
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        delay = trials.rng.uniform(0, duration * 1.1)
        _seconds, exit_code = trials.run(path, delay)
        context = f"seed {SEED}, migration trial {number}, killed after {delay:.3f} s of {duration:.3f} s"
        assert health(path) == (["ok"], []), context
        version = schema_version(path)
        if version == 2:
            assert rows(path) == before, context
            outcome = "old schema"
        else:
            assert version == step.version, f"{context}: schema {version}, between the old and the new"
            after = rows(path, leave_out=new_columns)
            assert {table: content for table, content in after.items() if table in old} == old, context
            assert all(not content for table, content in after.items() if table not in before), context  # new, empty
            outcome = "new schema"
        tally[outcome if exit_code is None else f"{outcome} (finished before the kill)"] += 1
        open_database(path)  # an old file is upgraded now, a new one opens as it is
        close_database()
        assert schema_version(path) == step.version, context
        after = rows(path, leave_out=new_columns)
        assert {table: content for table, content in after.items() if table in old} == old, context
    return tally


def test_killed_import_leaves_all_or_none(import_trials):
    _report("import", _check_import(import_trials, 20))


def test_killed_batch_of_enrolments_leaves_all_or_none(batch_trials):
    _report("batch of enrolments", _check_batch(batch_trials, 8))


def test_killed_schema_upgrade_leaves_the_old_or_the_new_schema(migration_trials, monkeypatch):
    _report("schema upgrade", _check_migration(migration_trials, 12, monkeypatch))


def test_killed_encryption_leaves_the_plain_or_the_encrypted_database(encryption_trials):
    _report("encryption", _check_encryption(encryption_trials, 10))


@pytest.mark.slow
def test_many_killed_encryptions(encryption_trials):
    _report("encryption, slow", _check_encryption(encryption_trials, 60))


@pytest.mark.slow
def test_many_killed_imports(import_trials):
    _report("import, slow", _check_import(import_trials, 150))


@pytest.mark.slow
def test_many_killed_batches(batch_trials):
    _report("batch of enrolments, slow", _check_batch(batch_trials, 40))


@pytest.mark.slow
def test_many_killed_upgrades(migration_trials, monkeypatch):
    _report("schema upgrade, slow", _check_migration(migration_trials, 60, monkeypatch))
