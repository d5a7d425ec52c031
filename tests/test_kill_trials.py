"""Kill trials: a real LeerWerk process is killed at random moments of an import, a batch of edits, a schema
upgrade, an encryption, an AVG erase, a restore and the making of a demo database. After each kill the files must
pass their checks and hold all of the change or none of it (the encryption, the erase and the restore are then
finished or repeated through the command line, as a person would), and no file may be left behind.

`Popen.kill()` is SIGKILL on Linux and TerminateProcess on Windows: no handler, no clean-up, like a crash or a
pulled plug for everything but the disk cache.

A trial proves little when its kills land before the work starts or after it ends, so the process tells the trial
when it writes (see `kill_child`) and each trial counts the kills that landed inside a write; it fails when fewer
than `INSIDE_AT_LEAST` of them did. A quarter of the kills fall anywhere in the run, the others at a random moment
after the process said it began to write (see `AIM_WITHIN`). The seed is printed (run with ``-s``) and is in every
failure message; repeat a run with ``LEERWERK_KILL_SEED=<seed>``. More trials: ``-m slow``.
"""

from __future__ import annotations

import os
import random
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.storage import migrations
from desktop.storage.database import close_database, open_database
from desktop.storage.migrations.v0023_form_search import NUMBER_INDEXES
from tests import kill_child
from tests.crash_support import (
    ADDED_IN_4,
    ADDED_IN_7,
    ADDED_IN_8,
    ADDED_IN_15,
    ADDED_IN_16,
    PYTHON,
    ROOT,
    child_environment,
    columns_added,
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
INSIDE_AT_LEAST = 0.3  # of the kills of one trial, the share that must land while the process writes
AIMED = 0.75  # the share of kills aimed into a write; the rest fall anywhere in the run
# An aimed kill falls in this first part of the write as long as it took in the calibration run: it may be quicker
# the next time, and the kill itself takes a moment.
AIM_WITHIN = 0.8
IMPORT_ROWS = 1500
CHILD = str(Path(kill_child.__file__))
FIRST = ("Zoë", "Anaïs", "Chloë", "Noël", "Björn", "Renée", "Ðurđa", "Łukasz", "Søren", "Inês")
LAST = ("Çelik", "Müller", "Šimić", "Østergaard", "de Vries", "van der Meer", "O'Brien", "Nuñez")
LETTERS = "abcdefghijklmnopqrstuvwxyzéëï"
ERASED = "learner:3"
DEMO_LEARNERS = 200


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


# -- running, killing and counting ---------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    exit_code: int | None  # None: killed
    inside: bool  # the kill landed while the process was writing
    windows: list[tuple[float, float]]  # when it wrote, in seconds from its start (a run that finished)


@dataclass
class Tally:
    """What a trial saw: the outcomes of its kills, how many landed inside a write, and what was left behind."""

    kind: str
    outcomes: Counter = field(default_factory=Counter)
    attempts: int = 0
    inside: int = 0
    left_behind: int = 0
    unfinished: int = 0  # run again, the command refused to finish the work

    def add(self, run: Run, outcome: str) -> None:
        self.attempts += 1
        self.inside += run.inside
        if run.exit_code is not None:
            outcome += " (finished before the kill)"
        elif run.inside:
            outcome += " (killed while writing)"
        self.outcomes[outcome] += 1

    def report(self) -> None:
        print(
            f"\nkill trials ({self.kind}), seed {SEED}: {self.attempts} attempts, {self.inside} kills inside the "
            f"write, {self.attempts} faults survived, data lost 0, files left behind {self.left_behind}; "
            f"{dict(sorted(self.outcomes.items()))}"
        )
        assert self.left_behind == 0, f"{self.kind}: {self.left_behind} files left behind; {_repeat()}"
        assert self.inside >= INSIDE_AT_LEAST * self.attempts, (
            f"{self.kind}: only {self.inside} of {self.attempts} kills landed inside the write, fewer than "
            f"{INSIDE_AT_LEAST:.0%}; the trial proved too little. {_repeat()}"
        )


def _repeat() -> str:
    return f"seed {SEED}: repeat with LEERWERK_KILL_SEED={SEED} python -m pytest tests/test_kill_trials.py"


def _phases(path: Path) -> list[tuple[str, float]]:
    if not path.exists():
        return []
    return [(word, float(moment)) for word, moment in (line.split() for line in path.read_text("ascii").splitlines())]


def _windows(phases: list[tuple[str, float]], started: float) -> list[tuple[float, float]]:
    begins = [moment - started for word, moment in phases if word == "begin"]
    ends = [moment - started for word, moment in phases if word == "end"]
    return list(zip(begins, ends, strict=False))


class Trials:
    """Start the work in a fresh copy, kill it at a random moment, and say whether the kill landed in a write.

    `work(db)` gives the arguments of `kill_child` after its phase file; a child that prints "ready" (`enrol`,
    `migrate`) is timed from then on, the command line from its start.
    """

    def __init__(self, tmp_path: Path, source: Path, work: Callable[[Path], list[str]], name: str, env=None):
        self.tmp_path, self.source, self.work, self.env = tmp_path, source, work, env or {}
        self.waits_for_ready = work(Path("x"))[0] != "cli"
        self.rng = random.Random(f"{SEED}-{name}")
        self.duration = 0.0
        self.calibrated: list[tuple[float, float]] = []

    def home(self, path: Path) -> Path:
        home = path.parent / f"{path.stem}-home"
        home.mkdir(exist_ok=True)
        return home

    def start(self, path: Path, phases: Path) -> tuple[subprocess.Popen, float]:
        process = subprocess.Popen(
            [PYTHON, CHILD, str(phases), *self.work(path)],
            cwd=ROOT,
            env={**child_environment(self.home(path)), **self.env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if self.waits_for_ready:
            line = process.stdout.readline()
            assert line.strip() == b"ready", process.communicate()[1].decode("utf-8", "replace")
        return process, time.monotonic()

    def calibrate(self, path: Path) -> None:
        """Run once to the end on `path`: how long the work takes and when it writes."""
        phases = path.with_name(f"{path.name}.phases")
        process, started = self.start(path, phases)
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode("utf-8", "replace")
        self.duration = time.monotonic() - started
        self.calibrated = _windows(_phases(phases), started)
        assert self.calibrated, "the work wrote nothing that the trial could see"

    def kill(self, path: Path) -> Run:
        """Run on `path` and kill it: anywhere in the run, or at a random moment of one of its writes."""
        phases = path.with_name(f"{path.name}.phases")
        process, started = self.start(path, phases)
        if self.rng.random() >= AIMED:
            self._wait(process, started + self.rng.uniform(0, self.duration * 1.05))
        else:
            lengths = [end - begin for begin, end in self.calibrated]
            (which,) = self.rng.choices(range(len(lengths)), weights=[max(length, 1e-4) for length in lengths])
            began = self._wait_for_begin(process, phases, which + 1)
            if began is not None:
                self._wait(process, began + self.rng.uniform(0, lengths[which] * AIM_WITHIN))
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=60)
        seconds = time.monotonic() - started
        seen = _phases(phases)
        exit_code = process.returncode if process.returncode >= 0 else None
        inside = exit_code is None and bool(seen) and seen[-1][0] == "begin"
        return Run(seconds, exit_code, inside, _windows(seen, started))

    @staticmethod
    def _wait(process: subprocess.Popen, until: float) -> None:
        try:
            process.wait(timeout=max(0.0, until - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass

    @staticmethod
    def _wait_for_begin(process: subprocess.Popen, phases: Path, count: int) -> float | None:
        """When the process said for the `count`th time that it began to write (None: it ended first)."""
        while process.poll() is None:
            begins = [moment for word, moment in _phases(phases) if word == "begin"]
            if len(begins) >= count:
                return begins[count - 1]
            time.sleep(0.0005)
        return None

    def fresh(self, name: str) -> Path:
        folder = self.tmp_path / name
        folder.mkdir()
        return copy_database(self.source, folder / "leerwerk.sqlite3")


def _context(kind: str, number: int, trials: Trials, run: Run) -> str:
    return f"{_repeat()}; {kind} trial {number}, killed after {run.seconds:.3f} s of {trials.duration:.3f} s"


def _leerwerk(*argv: str, home: Path, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "desktop", *argv],
        cwd=ROOT,
        env={**child_environment(home), **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def _checked_by_the_command_line(path: Path, home: Path, context: str, env=None) -> None:
    checked = _leerwerk("check", "--db", str(path), home=home, env=env)
    assert checked.returncode == 0, f"{context}: leerwerk check said {checked.stdout}{checked.stderr}"


def _all_or_none(before: dict, after: dict, full: dict[str, int], context: str) -> str:
    """'none' when nothing changed; 'all' when every table has exactly the finished run's count and
    every row that was there before is still there, unchanged (the work only adds rows)."""
    if after == before:
        return "none"
    assert counts(after) == full, f"{context}: neither all nor none: {counts(after)} vs {full}"
    for table, old in before.items():
        assert after[table][: len(old)] == old, f"{context}: rows of {table} that were there changed"
    return "all"


def _times_left_out(content: dict[str, list[tuple]], path: Path) -> dict[str, set[str]]:
    """Per table, the columns that say when something happened: a repeated run stamps them anew."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return {
            table: {
                column
                for _cid, column, *_rest in connection.execute(f'PRAGMA table_info("{table}")')
                if column == "at" or column.endswith("_at")
            }
            for table in content
        }
    finally:
        connection.close()


# -- the trials ----------------------------------------------------------------------------------------------


def _check_import(trials: Trials, count: int) -> Tally:
    calibration = trials.fresh("calibration")
    before = rows(calibration)
    trials.calibrate(calibration)
    full = counts(rows(calibration))
    assert full["learner"] == counts(before)["learner"] + IMPORT_ROWS
    tally = Tally("import")
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        run = trials.kill(path)
        context = _context("import", number, trials, run)
        assert health(path) == (["ok"], []), context
        tally.add(run, _all_or_none(before, rows(path), full, context))
        open_database(path)  # opens normally, and the app can write again
        close_database()
        assert health(path) == (["ok"], []), context
    return tally


@pytest.fixture
def import_trials(tmp_path, demo_file):
    source = _import_file(tmp_path / "leerlingen Zoë.csv", IMPORT_ROWS)
    return Trials(
        tmp_path, demo_file, lambda db: ["cli", "--", "import", "learners", str(source), "--db", str(db)], "import"
    )


@pytest.fixture
def batch_trials(tmp_path, demo_file):
    return Trials(tmp_path, demo_file, lambda db: ["enrol", str(db)], "enrol")


@pytest.fixture
def migration_trials(tmp_path, demo_file):
    old = downgrade_to_version_2(copy_database(demo_file, tmp_path / "schema2.sqlite3"))
    return Trials(tmp_path, old, lambda db: ["migrate", str(db)], "migrate")


def _check_batch(trials: Trials, count: int) -> Tally:
    calibration = trials.fresh("calibration")
    before = rows(calibration)
    trials.calibrate(calibration)
    full = counts(rows(calibration))
    assert full["enrolment"] > counts(before)["enrolment"] + 100
    tally = Tally("batch of enrolments")
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        run = trials.kill(path)
        context = _context("batch", number, trials, run)
        assert health(path) == (["ok"], []), context
        tally.add(run, _all_or_none(before, rows(path), full, context))
        open_database(path)
        close_database()
    return tally


def _check_migration(trials: Trials, count: int, monkeypatch) -> Tally:
    step = kill_child.rebuild_step(trials.source)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    monkeypatch.setattr(migrations, "LATEST_VERSION", step.version)
    before = rows(trials.source)
    # The reason a period ended is words in the old schema and a code in the new (tests/test_migration_4.py).
    unread = {"bpv_period": {"end_reason"}}
    old = {table: content for table, content in rows(trials.source, unread).items() if table != "schema_version"}
    new_columns = columns_added(
        ADDED_IN_4,
        ADDED_IN_7,
        ADDED_IN_8,
        ADDED_IN_15,
        ADDED_IN_16,
        {"signature": {"stage"}, "bpv_period": {"end_reason", "end_reason_text"}},
    )
    new_columns[kill_child.REBUILT_TABLE] = new_columns.get(kill_child.REBUILT_TABLE, set()) | {kill_child.EXTRA_COLUMN}
    trials.calibrate(trials.fresh("calibration"))
    tally = Tally("schema upgrade")
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        run = trials.kill(path)
        context = _context("migration", number, trials, run)
        assert health(path) == (["ok"], []), context
        version = schema_version(path)
        if version == 2:
            assert rows(path) == before, context
            outcome = "old schema"
        else:
            assert version == step.version, f"{context}: schema {version}, between the old and the new"
            after = rows(path, leave_out=new_columns)
            assert {table: content for table, content in after.items() if table in old} == old, context
            # New tables are empty, but for the examples a migration writes (the team scan's statements, version 13),
            # the learners whose lines the list is to write (version 17: every one) and the full-text indexes of the
            # forms' numbers (version 23), which read as the numbers of the forms they index.
            seeded = {"climate_statement", "learner_line_stale", *NUMBER_INDEXES.values()}
            fresh = [table for table in after if table not in before and table not in seeded]
            assert all(not after[table] for table in fresh), context
            outcome = "new schema"
        tally.add(run, outcome)
        open_database(path)  # an old file is upgraded now, a new one opens as it is
        close_database()
        assert schema_version(path) == step.version, context
        after = rows(path, leave_out=new_columns)
        assert {table: content for table, content in after.items() if table in old} == old, context
    return tally


# The encryption rewrites whole files, which SQLite does not report as statements: its write is the time from
# exporting a file's pages to a new file until that file has taken the old one's place.
ENCRYPTION_WRITES = ["--begin", "desktop.storage.encryption:_export", "--end", "desktop.storage.encryption:rewrite"]


class EncryptionTrials(Trials):
    """Each fresh copy has one backup in its own home, made before the encryption starts."""

    def fresh(self, name: str) -> Path:
        from desktop.storage.backup import make_backup

        path = super().fresh(name)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("LEERWERK_HOME", str(self.home(path)))
            make_backup(path)
        return path


@pytest.fixture
def encryption_trials(tmp_path, demo_file):
    return EncryptionTrials(
        tmp_path,
        demo_file,
        lambda db: ["cli", *ENCRYPTION_WRITES, "--", "encrypt", "--db", str(db)],
        "encrypt",
        env={"LEERWERK_NEW_PASSPHRASE": kill_child.PASSPHRASE},
    )


def _check_encryption(trials: Trials, count: int) -> Tally:
    """Killed while the database and its backup are rewritten: the database is the plain file or the encrypted
    one, whole. The person then runs `leerwerk encrypt` again, giving the passphrase they chose when asked for
    it: afterwards the database and its backup are encrypted, whole, with every row as it was."""
    from desktop.storage import cipher
    from desktop.storage.backup import list_backups

    before = rows(trials.source)
    trials.calibrate(trials.fresh("calibration"))
    tally = Tally("encryption")
    passphrases = {"LEERWERK_NEW_PASSPHRASE": kill_child.PASSPHRASE, "LEERWERK_PASSPHRASE": kill_child.PASSPHRASE}
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        run = trials.kill(path)
        context = _context("encryption", number, trials, run)
        encrypted = cipher.looks_encrypted(path)
        passphrase = kill_child.PASSPHRASE if encrypted else None
        assert health(path, passphrase) == (["ok"], []), context
        assert rows(path, passphrase=passphrase) == before, context
        tally.add(run, "encrypted" if encrypted else "plain")
        home = trials.home(path)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("LEERWERK_HOME", str(home))
            backups = [backup.path for backup in list_backups(path)]
        assert len(backups) == 1, context
        finished_before = encrypted and all(cipher.looks_encrypted(backup) for backup in backups)
        again = _leerwerk("encrypt", "--db", str(path), home=home, env=passphrases)
        refused = again.returncode == 2 and "al versleuteld" in again.stderr
        if finished_before:  # nothing left to do: told so, and nothing changes
            assert refused, f"{context}: {again.stderr}"
        elif encrypted and refused:
            tally.unfinished += 1  # see test_killed_encryption_is_finished_by_running_the_command_again
        else:
            assert again.returncode == 0, f"{context}: leerwerk encrypt again said {again.stdout}{again.stderr}"
        assert cipher.looks_encrypted(path), context
        assert health(path, kill_child.PASSPHRASE) == (["ok"], []), context
        assert rows(path, passphrase=kill_child.PASSPHRASE) == before, context
        for backup in backups:
            if cipher.looks_encrypted(backup):
                assert health(backup, kill_child.PASSPHRASE) == (["ok"], []), context
            else:
                assert encrypted and refused, f"{context}: the backup is still plain"
                assert health(backup) == (["ok"], []) and rows(backup) == before, context
        cipher.forget_all()
        left = [p.name for p in path.parent.iterdir() if ".rekey" in p.name]
        left += [p.name for p in backups[0].parent.iterdir() if p.suffix != ".sqlite3"]
        if encrypted and refused and not finished_before:
            tally.outcomes[f"left by the refused finish: {sorted(left)}"] += 1
        else:
            assert left == [], f"{context}: left behind {left}"
    return tally


@pytest.fixture(scope="module")
def erase_file(tmp_path_factory):
    # Large enough that rewriting it after the erase (VACUUM) takes long enough to be hit by a kill.
    return make_demo(tmp_path_factory.mktemp("erase") / "demo.sqlite3", learners=600)


@pytest.fixture
def erase_trials(tmp_path, erase_file):
    return Trials(
        tmp_path, erase_file, lambda db: ["cli", "--", "privacy", "erase", ERASED, "--yes", "--db", str(db)], "erase"
    )


def _check_erase(trials: Trials, count: int) -> Tally:
    """Killed while erasing a learner: `leerwerk check` calls the file healthy, and it holds the database as it
    was before, or as after a finished erase, whole (apart from the moments in the change history)."""
    calibration = trials.fresh("calibration")
    before = rows(calibration)
    trials.calibrate(calibration)
    leave_out = _times_left_out(before, calibration)
    erased = rows(calibration, leave_out=leave_out)
    untimed_before = rows(trials.source, leave_out=leave_out)
    assert counts(erased) != counts(before)
    tally = Tally("privacy erase")
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        run = trials.kill(path)
        context = _context("erase", number, trials, run)
        checked = _leerwerk("check", "--db", str(path), home=trials.home(path))
        if checked.returncode != 0:  # killed after the erase was committed, before the file was rewritten
            assert "leerwerk privacy wipe" in checked.stdout + checked.stderr, f"{context}: check said {checked}"
            wiped = _leerwerk("privacy", "wipe", "--db", str(path), home=trials.home(path))
            assert wiped.returncode == 0, f"{context}: privacy wipe said {wiped.stdout}{wiped.stderr}"
            _checked_by_the_command_line(path, trials.home(path), context)
        assert health(path) == (["ok"], []), context
        now = rows(path, leave_out=leave_out)
        if now == untimed_before:
            assert rows(path) == before, context
            outcome = "before"
        else:
            assert now == erased, f"{context}: neither before nor after the erase: {counts(now)} vs {counts(erased)}"
            outcome = "erased"
        tally.add(run, outcome)
    return tally


RESTORE_WRITES = [
    "--begin",
    "desktop.storage.recovery:copy_database",
    "--end",
    "desktop.storage.recovery:restore_backup",
]


@pytest.fixture
def restore_trials(tmp_path, demo_file):
    (tmp_path / "reservekopie").mkdir()
    backup = make_demo(tmp_path / "reservekopie" / "leerwerk-20260301-120000.sqlite3", learners=800, seed=11)
    return Trials(
        tmp_path,
        demo_file,
        lambda db: ["cli", *RESTORE_WRITES, "--", "restore", str(backup), "--db", str(db)],
        "restore",
    ), backup


def _check_restore(trials: Trials, backup: Path, count: int) -> Tally:
    """Killed while a backup is put back: `leerwerk check` calls the database healthy and it is the file as it
    was or the backup, whole. When it is the file as it was, the person restores again, and then it is the backup,
    with no copy of it left beside the database."""
    from desktop.storage.recovery import COMPANIONS

    before, restored = rows(trials.source), rows(backup)
    trials.calibrate(trials.fresh("calibration"))
    tally = Tally("restore")
    for number in range(count):
        path = trials.fresh(f"trial-{number}")
        run = trials.kill(path)
        context = _context("restore", number, trials, run)
        home = trials.home(path)
        _checked_by_the_command_line(path, home, context)
        assert health(path) == (["ok"], []), context
        now = rows(path)
        if now == before:
            outcome = "as it was"
            again = _leerwerk("restore", str(backup), "--db", str(path), home=home)
            assert again.returncode == 0, f"{context}: leerwerk restore again said {again.stderr}"
            assert rows(path) == restored, context
        else:
            assert now == restored, f"{context}: neither the database nor the backup: {counts(now)}"
            outcome = "restored"
        tally.add(run, outcome)
        kept_aside = [p for p in path.parent.iterdir() if ".before-restore-" in p.name]
        assert [p for p in kept_aside if not p.name.endswith(COMPANIONS)], f"{context}: the old file is not kept"
        tally.left_behind += len([p for p in path.parent.iterdir() if ".restoring" in p.name])
    return tally


@pytest.fixture
def demo_trials(tmp_path, demo_file):
    return Trials(
        tmp_path, demo_file, lambda target: ["cli", "--", "demo", str(target), "--learners", str(DEMO_LEARNERS)], "demo"
    )


def _check_demo(trials: Trials, count: int) -> Tally:
    """A killed `leerwerk demo` leaves no database at the name asked for, or a whole one; what it was building
    is under a name that the next `leerwerk demo` for that file recognises and removes, so that afterwards the
    folder holds the demo database and nothing else. Inside the write here is: while its file exists."""
    from desktop.demo.generate import temporary_path

    def demo_of(number: int) -> Path:
        folder = trials.tmp_path / f"demo-{number}"
        folder.mkdir()
        return folder / "demo.sqlite3"

    calibration = demo_of(-1)
    trials.calibrate(calibration)
    whole = counts(rows(calibration))
    tally = Tally("demo")
    for number in range(count):
        target = demo_of(number)
        run = trials.kill(target)
        context = _context("demo", number, trials, run)
        building = temporary_path(target)
        run.inside = run.exit_code is None and building.exists()
        if target.exists():
            assert health(target) == (["ok"], []) and counts(rows(target)) == whole, context
            outcome = "whole"
            if building.exists():  # killed between the two steps of a rename that never overwrites
                again = _leerwerk("demo", str(target), home=trials.home(target))
                assert again.returncode == 1 and str(target) in again.stderr, f"{context}: {again.stderr}"
        else:
            outcome = "no file"
            again = _leerwerk("demo", str(target), "--learners", str(DEMO_LEARNERS), home=trials.home(target))
            assert again.returncode == 0, f"{context}: leerwerk demo again said {again.stderr}"
            assert counts(rows(target)) == whole, context
        tally.add(run, outcome)
        left = [
            p.name
            for p in target.parent.iterdir()
            if p.is_file() and p.name not in (target.name, f"{target.name}.phases")
        ]
        tally.left_behind += len(left)
    return tally


def test_killed_import_leaves_all_or_none(import_trials):
    _check_import(import_trials, 12).report()


def test_killed_batch_of_enrolments_leaves_all_or_none(batch_trials):
    _check_batch(batch_trials, 8).report()


def test_killed_schema_upgrade_leaves_the_old_or_the_new_schema(migration_trials, monkeypatch):
    _check_migration(migration_trials, 10, monkeypatch).report()


def _encryption_finished(tally: Tally) -> None:
    tally.report()
    # After a kill between the database and its backups, running `leerwerk encrypt` again finishes the backups.
    assert not tally.unfinished, (
        f"{tally.unfinished} of {tally.attempts} killed encryptions were not finished by running the command again. "
        f"{_repeat()}"
    )


def test_killed_encryption_is_finished_by_running_the_command_again(encryption_trials):
    _encryption_finished(_check_encryption(encryption_trials, 6))


def test_killed_erase_leaves_the_database_before_or_after_it(erase_trials):
    _check_erase(erase_trials, 8).report()


def test_killed_restore_leaves_the_database_or_the_backup(restore_trials):
    _check_restore(*restore_trials, 8).report()


def test_killed_demo_leaves_no_file_behind(demo_trials):
    _check_demo(demo_trials, 8).report()


@pytest.mark.slow
def test_many_killed_encryptions(encryption_trials):
    _encryption_finished(_check_encryption(encryption_trials, 60))


@pytest.mark.slow
def test_many_killed_imports(import_trials):
    _check_import(import_trials, 150).report()


@pytest.mark.slow
def test_many_killed_batches(batch_trials):
    _check_batch(batch_trials, 40).report()


@pytest.mark.slow
def test_many_killed_upgrades(migration_trials, monkeypatch):
    _check_migration(migration_trials, 60, monkeypatch).report()


@pytest.mark.slow
def test_many_killed_erases(erase_trials):
    _check_erase(erase_trials, 60).report()


@pytest.mark.slow
def test_many_killed_restores(restore_trials):
    _check_restore(*restore_trials, 60).report()


@pytest.mark.slow
def test_many_killed_demos(demo_trials):
    _check_demo(demo_trials, 60).report()
