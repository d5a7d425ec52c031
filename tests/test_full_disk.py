"""A full disk is a full disk: an import, a save, a backup, a restore and a change of encryption that run out of
space say so in one sentence ("De schijf is vol: …, er is niets veranderd."), leave the database as it was and leave
no partial copy of it behind (a partial copy of a database is personal data).

The disk is real: a tmpfs of a few MB that the test mounts (as root on Linux; skipped otherwise), with a filler file
that leaves N KiB free, for a range of N from nothing to more than the operation needs. So each operation runs out
of space at each of its stages in turn (the first page, the journal or WAL as it grows, the commit, the check of a
copy, its rename), or succeeds; either way every attempt is checked.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.errors import LeerWerkError
from desktop.services import learner_io, service_for
from desktop.storage import cipher
from desktop.storage import models as m
from desktop.storage.backup import list_backups, make_backup
from desktop.storage.database import close_database, open_database
from desktop.storage.encryption import change_encryption
from desktop.storage.recovery import restore_backup
from tests.helpers import dump, run_process

DISK_KIB = (
    4096  # a 200-learner database with a larger backup beside it, and room to change both: every table takes pages
)
FILLER = "vulling"
PASSPHRASE = "lange wachtzin 1"
OTHER_PASSPHRASE = "andere wachtzin 2"
# A copy under a temporary name, and SQLite's companions of it: what a failed operation must not leave.
LEFTOVER = re.compile(r"\.(demo-partial|partial|restoring|rekeying|rekeyed-old|part)(-journal|-wal|-shm)?$")
FULL_DISK = re.compile(r"De schijf is vol: .+, er is niets veranderd\.")


def _no_small_disk_reason() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "a small disk is a tmpfs the test mounts, which takes root on Linux"
    if shutil.which("mount") is None:
        return "there is no mount command to make a small disk with"
    return None


class SmallDisk:
    """A tmpfs of `DISK_KIB`, with LeerWerk's home (settings, logs, backups) on it, as on a laptop's one disk."""

    def __init__(self, root: Path):
        self.root = root
        self.home = root / "home"
        self.filler = root / FILLER

    def free_kib(self) -> int:
        status = os.statvfs(self.root)
        return status.f_bavail * status.f_frsize // 1024

    def leave_free(self, kib: int) -> None:
        """Fill the disk up to `kib` KiB of free space."""
        size = (self.free_kib() - kib) * 1024
        if size > 0:
            descriptor = os.open(self.filler, os.O_WRONLY | os.O_CREAT)
            try:
                os.posix_fallocate(descriptor, 0, size)
            finally:
                os.close(descriptor)
        assert self.free_kib() <= kib

    def free_all(self) -> None:
        self.filler.unlink(missing_ok=True)

    def place(self, template: Path, name: str = "leerwerk.sqlite3") -> Path:
        """A fresh copy of `template` on the disk, with no backups of an earlier attempt."""
        target = self.root / name
        for path in self.root.glob(name + "*"):
            path.unlink()
        shutil.rmtree(self.home / "backups", ignore_errors=True)
        shutil.copyfile(template, target)
        return target

    def leftovers(self) -> list[str]:
        return sorted(str(path.relative_to(self.root)) for path in self.root.rglob("*") if LEFTOVER.search(path.name))


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    reason = _no_small_disk_reason()
    if reason:
        pytest.skip(reason)
    root = tmp_path / "schijf"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_KIB}k", "tmpfs", str(root)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here: " + mounted.stderr.strip())
    disk = SmallDisk(root)
    disk.home.mkdir()
    monkeypatch.setenv("LEERWERK_HOME", str(disk.home))
    try:
        yield disk
    finally:
        close_database()
        if subprocess.run(["umount", str(root)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(root)], check=True)  # a connection a failed test left open


def learner_rows(count: int, offset: int = 0) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [f"Mila;Jansen{letters[(offset + i) % 26]}{letters[(offset + i) // 26 % 26]};bbl" for i in range(count)]


def learner_file(folder: Path, count: int, offset: int = 0) -> Path:
    path = folder / "leerlingen.csv"
    header = "voornaam;achternaam;soort"
    path.write_text("\n".join([header, *learner_rows(count, offset)]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def template(tmp_path):
    """A database of 200 learners, off the small disk."""
    folder = tmp_path / "sjabloon"
    folder.mkdir()
    path = folder / "leerwerk.sqlite3"
    open_database(path)
    learner_io.import_learners(learner_file(folder, 200))
    close_database()
    return path


def learners(path: Path, passphrase: str | None = None) -> int:
    connection = cipher.connect(str(path), path=path, encrypted=passphrase is not None)
    try:
        return connection.execute("SELECT count(*) FROM learner").fetchone()[0]
    finally:
        connection.close()


def rows(path: Path) -> list[tuple]:
    """Every row of every table, of a plain or an encrypted database (whose passphrase is given)."""
    connection = cipher.connect(str(path), path=path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY 1"
            )
        ]
        return [
            (table, *row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        ]
    finally:
        connection.close()


def levels(needed_kib: int, step: int) -> list[int]:
    """Free space to leave: nothing, a few pages, then in `step`s to past what the operation needs."""
    return sorted({0, 4, 8, 16, 32, *range(48, needed_kib + step, step)})


@dataclass
class Tally:
    """What the attempts of one operation came to; `problems` must stay empty."""

    operation: str
    attempts: int = 0
    succeeded: int = 0
    said_full: int = 0
    problems: list[str] = field(default_factory=list)

    def failed(self, kib: int, message: str, unchanged: bool, where: Path) -> None:
        self.attempts += 1
        if FULL_DISK.fullmatch(message) and str(where) in message:
            self.said_full += 1
        else:
            self.problems.append(f"{kib} KiB free: untrue message {message!r}")
        if not unchanged:
            self.problems.append(f"{kib} KiB free: the database changed")

    def success(self, kib: int, correct: bool) -> None:
        self.attempts += 1
        self.succeeded += 1
        if not correct:
            self.problems.append(f"{kib} KiB free: succeeded with wrong data")

    def left(self, kib: int, disk: SmallDisk) -> None:
        if left := disk.leftovers():
            self.problems.append(f"{kib} KiB free: left behind {left}")

    def check(self) -> None:
        print(
            f"\nfull disk, {self.operation}: {self.attempts} attempts, {self.succeeded} succeeded, "
            f"{self.said_full} said the disk is full, {len(self.problems)} problems"
        )
        assert not self.problems, "\n".join(self.problems)
        assert self.said_full and self.succeeded, "the levels should make the operation both fail and succeed"


def attempt(disk: SmallDisk, kib: int, operation: Callable[..., object], *args) -> tuple[object, str | None]:
    """Run `operation` with `kib` KiB free: (its result, None), or (None, the sentence of its `LeerWerkError`)."""
    disk.leave_free(kib)
    try:
        return operation(*args), None
    except LeerWerkError as error:
        return None, error.message
    finally:
        close_database()  # as a command ends, or the window closes: on the full disk still
        disk.free_all()


def test_an_import_on_a_full_disk(small_disk, template, tmp_path):
    tally = Tally("import")
    source = learner_file(tmp_path, 300, offset=200)
    for kib in levels(288, 16):
        db = small_disk.place(template)
        before = dump(db)
        open_database(db)
        result, message = attempt(small_disk, kib, lambda: learner_io.import_learners(source)[1])
        if message is None:
            tally.success(kib, result.learners == 300 and learners(db) == 500)
        else:
            tally.failed(kib, message, dump(db) == before, db)
        tally.left(kib, small_disk)
    tally.check()


def test_a_save_on_a_full_disk(small_disk, template):
    tally = Tally("save")
    for kib in levels(96, 8):
        db = small_disk.place(template)
        before = dump(db)
        open_database(db)

        def save():
            return service_for(m.Learner).create(
                first_name="Noor", last_name="Bakker", learner_type="bbl", notes="Aantekening. " * 1500
            )

        result, message = attempt(small_disk, kib, save)
        if message is None:
            tally.success(kib, learners(db) == 201)
        else:
            tally.failed(kib, message, dump(db) == before, db)
        tally.left(kib, small_disk)
    tally.check()


def test_a_save_after_a_full_disk_goes_on_once_there_is_room(small_disk, template):
    db = small_disk.place(template)
    open_database(db)
    service = service_for(m.Learner)
    small_disk.leave_free(0)
    with pytest.raises(LeerWerkError) as refused:
        service.create(first_name="Noor", last_name="Bakker", learner_type="bbl", notes="Aantekening. " * 1500)
    assert FULL_DISK.fullmatch(refused.value.message)
    small_disk.free_all()
    service.create(first_name="Noor", last_name="Bakker", learner_type="bbl")
    close_database()
    assert learners(db) == 201


def test_a_backup_on_a_full_disk(small_disk, template):
    tally = Tally("backup")
    size = template.stat().st_size // 1024
    for kib in levels(size * 3 // 2, 64):
        db = small_disk.place(template)
        before = dump(db)
        made, message = attempt(small_disk, kib, make_backup, db)
        if message is None:
            tally.success(kib, dump(made) == before)
        else:
            tally.failed(kib, message, dump(db) == before and not list_backups(db), made or small_disk.home)
        tally.left(kib, small_disk)
    tally.check()


def test_a_restore_on_a_full_disk(small_disk, template):
    tally = Tally("restore")
    size = template.stat().st_size // 1024
    for kib in levels(size * 3 // 2, 64):
        db = small_disk.place(template)
        backup = make_backup(db)
        connection = sqlite3.connect(db)
        connection.execute("UPDATE learner SET notes = 'na de reservekopie'")
        connection.commit()
        connection.close()
        before, wanted = dump(db), dump(backup)
        aside, message = attempt(small_disk, kib, restore_backup, backup, db)
        if message is None:
            tally.success(kib, dump(db) == wanted and dump(aside) == before)
        else:
            unchanged = dump(db) == before and not list(small_disk.root.glob("*.before-restore-*"))
            tally.failed(kib, message, unchanged, db)
        tally.left(kib, small_disk)
    tally.check()


@pytest.fixture
def encrypted_template(template, tmp_path):
    path = tmp_path / "versleuteld" / "leerwerk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    change_encryption(path, PASSPHRASE)
    cipher.forget_all()
    return path


@pytest.mark.parametrize("change", ["encrypt", "passphrase", "decrypt"])
def test_a_change_of_encryption_on_a_full_disk(small_disk, template, encrypted_template, change):
    tally = Tally(change)
    start, new = {
        "encrypt": (template, PASSPHRASE),
        "passphrase": (encrypted_template, OTHER_PASSPHRASE),
        "decrypt": (encrypted_template, None),
    }[change]
    size = template.stat().st_size // 1024
    for kib in levels(size + 96, 96 if change == "encrypt" else 192):
        db = small_disk.place(start)
        cipher.forget_all()
        if change != "encrypt":
            cipher.remember(db, PASSPHRASE)
        before = rows(db)
        outcome, message = attempt(small_disk, kib, change_encryption, db, new)
        if message is None:
            after = rows(db)
            encrypted = cipher.looks_encrypted(db) == (new is not None)
            tally.success(kib, outcome.database_rewritten and encrypted and after == before)
        else:
            cipher.set_passphrase(db, None if change == "encrypt" else PASSPHRASE)
            tally.failed(kib, message, rows(db) == before, db)
        tally.left(kib, small_disk)
    tally.check()


BACKUP_NOTES_KIB = 600  # what the backup holds more than the database: notes since deleted


def placed_with_a_larger_backup(disk: SmallDisk, template: Path) -> tuple[Path, Path]:
    """The database on the disk with a backup that holds more than it does: there can be room for the database's
    new copy and none for the backup's."""
    db = disk.place(template)
    backup = make_backup(db)
    connection = sqlite3.connect(backup)
    connection.execute("UPDATE learner SET notes = hex(randomblob(?))", (BACKUP_NOTES_KIB * 1024 // 400,))
    connection.commit()
    connection.close()
    return db, backup


def test_a_backup_the_disk_has_no_room_for_is_said_to_be_left_for_a_full_disk_not_damaged(small_disk, template):
    """The database is encrypted, its backup is not: there was room for the one copy and not for the other. The
    backup is named as left by a full disk (with the way to finish it), never as damaged or under another
    passphrase, and it is as it was."""
    size = template.stat().st_size // 1024 + BACKUP_NOTES_KIB
    left_for_room = 0
    for kib in levels(size + 96, 64):
        db, backup = placed_with_a_larger_backup(small_disk, template)
        before = rows(backup)
        cipher.forget_all()
        outcome, message = attempt(small_disk, kib, change_encryption, db, PASSPHRASE)
        if outcome is None:
            assert FULL_DISK.fullmatch(message), (kib, message)
            continue
        assert not outcome.backups_passed_over, (kib, outcome)
        if outcome.backups_disk_full:
            assert outcome.database_rewritten and outcome.backups_disk_full == [backup]
            assert not cipher.looks_encrypted(backup) and rows(backup) == before
            left_for_room += 1
        assert not small_disk.leftovers(), kib
    assert left_for_room, "some level should leave room for the database's copy and not for the backup's"


def test_the_command_line_names_a_backup_left_for_a_full_disk_and_check_the_way_to_finish_it(small_disk, template):
    size = template.stat().st_size // 1024 + BACKUP_NOTES_KIB
    for kib in levels(size + 96, 64):
        db, _backup = placed_with_a_larger_backup(small_disk, template)
        result = run_full(small_disk, kib, "encrypt", "--db", str(db), env={"LEERWERK_NEW_PASSPHRASE": PASSPHRASE})
        if "de schijf is vol" in result.stderr and "reservekopie" in result.stderr:
            break
    else:
        pytest.fail("no level left the database room and its backup none")
    assert "beschadigd" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert "leerwerk check" in result.stderr
    assert result.returncode == 2  # not done: a backup is still as it was (the database is encrypted)
    assert "versleuteld" in result.stdout
    checked = run_process("check", "--db", str(db), env={"LEERWERK_PASSPHRASE": PASSPHRASE})
    assert "leerwerk encrypt" in checked.stdout + checked.stderr  # the command that finishes the backup


# -- through the command line, as a person would -----------------------------------------------------------------


def run_full(disk: SmallDisk, kib: int, *argv: str, env: dict | None = None):
    disk.leave_free(kib)
    try:
        return run_process(*argv, env=env)
    finally:
        disk.free_all()


def said_full_disk(result, where: Path) -> bool:
    """Exit code 2 and the one sentence on stderr, naming the place; no traceback, no damage."""
    lines = result.stderr.strip().splitlines()
    return (
        result.returncode == 2
        and len(lines) == 1
        and FULL_DISK.fullmatch(lines[0]) is not None
        and str(where) in lines[0]
        and "Traceback" not in result.stdout + result.stderr
        and "beschadigd" not in result.stdout + result.stderr
    )


CLI_LEVELS = (0, 16, 64)  # before the database opens, as its WAL grows, at the commit of the transaction


def test_the_command_line_says_an_import_ran_out_of_space(small_disk, template, tmp_path):
    source = learner_file(tmp_path, 300, offset=200)
    for kib in CLI_LEVELS:
        db = small_disk.place(template)
        before = dump(db)
        result = run_full(small_disk, kib, "import", "learners", str(source), "--db", str(db))
        assert said_full_disk(result, db), (kib, result.returncode, result.stderr)
        assert dump(db) == before and not small_disk.leftovers()


def test_the_command_line_says_a_completions_import_ran_out_of_space(small_disk, template, tmp_path):
    """The learning platform's completions, one per learner of the template, each with its certificate."""
    with_training = tmp_path / "met-training.sqlite3"
    shutil.copy2(template, with_training)
    open_database(with_training)
    service_for(m.Training).create(title="BHV", kind="elearning", validity_months=12)
    close_database()
    source = tmp_path / "voltooiingen.csv"
    rows = [f"{row.split(';')[0]} {row.split(';')[1]};BHV;01-11-2026" for row in learner_rows(200)]
    source.write_text("\n".join(["Naam;Cursus;Voltooid op", *rows]) + "\n", encoding="utf-8")
    for kib in CLI_LEVELS:
        db = small_disk.place(with_training)
        before = dump(db)
        result = run_full(small_disk, kib, "import", "completions", str(source), "--db", str(db))
        assert said_full_disk(result, db), (kib, result.returncode, result.stderr)
        assert dump(db) == before and not small_disk.leftovers()


def test_the_command_line_says_a_waardering_import_ran_out_of_space(small_disk, template, tmp_path):
    """An online form's responses, one per learner of the template, each for a period that ended."""
    from desktop.services import waardering

    with_periods = tmp_path / "met-periodes.sqlite3"
    shutil.copy2(template, with_periods)
    open_database(with_periods)
    school = service_for(m.School).create(name="ROC Fictief").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id
    for number, learner in enumerate(m.Learner.select(), start=1):
        service_for(m.Learner).update(learner.id, student_number=str(5000 + number))
        service_for(m.BpvPeriod).create(learner=learner.id, programme=programme, school=school, status="completed",
                                        start_date="2026-01-05", end_date="2026-06-30")  # fmt: skip
    questions = [q.text for q in waardering.questions() if q.kind == "scale"]
    close_database()
    source = tmp_path / "antwoorden.csv"
    rows = [f"{5000 + n};{';'.join('4' * len(questions))}" for n in range(1, 201)]
    source.write_text("\n".join([";".join(["Studentnummer", *questions]), *rows]) + "\n", encoding="utf-8")
    for kib in CLI_LEVELS:
        db = small_disk.place(with_periods)
        before = dump(db)
        result = run_full(small_disk, kib, "import", "waardering", str(source), "--db", str(db))
        assert said_full_disk(result, db), (kib, result.returncode, result.stderr)
        assert dump(db) == before and not small_disk.leftovers()


def test_the_command_line_says_a_backup_ran_out_of_space(small_disk, template):
    for kib in (0, 64, 256):
        db = small_disk.place(template)
        before = dump(db)
        target = small_disk.root / "kopie.sqlite3"
        result = run_full(small_disk, kib, "backup", "--db", str(db), "--to", str(target))
        assert said_full_disk(result, small_disk.root), (kib, result.returncode, result.stderr)
        assert dump(db) == before and not target.exists() and not small_disk.leftovers()
        result = run_full(small_disk, kib, "backup", "--db", str(db))
        assert said_full_disk(result, small_disk.home), (kib, result.returncode, result.stderr)
        assert dump(db) == before and not list_backups(db) and not small_disk.leftovers()


def test_the_command_line_says_a_restore_ran_out_of_space(small_disk, template):
    for kib in (0, 64, 256):
        db = small_disk.place(template)
        backup = make_backup(db)
        before = dump(db)
        result = run_full(small_disk, kib, "restore", str(backup), "--db", str(db))
        assert said_full_disk(result, db), (kib, result.returncode, result.stderr)
        assert dump(db) == before and not small_disk.leftovers()
        assert not list(small_disk.root.glob("*.before-restore-*"))


def test_the_command_line_says_an_encryption_ran_out_of_space(small_disk, template):
    for kib in (0, 64, 256):
        db = small_disk.place(template)
        before = dump(db)
        result = run_full(small_disk, kib, "encrypt", "--db", str(db), env={"LEERWERK_NEW_PASSPHRASE": PASSPHRASE})
        assert said_full_disk(result, db), (kib, result.returncode, result.stderr)
        assert not cipher.looks_encrypted(db) and dump(db) == before and not small_disk.leftovers()


# -- the window ----------------------------------------------------------------------------------------------------


def test_the_window_says_a_save_ran_out_of_space(qtbot, small_disk, template, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import open_main_window
    from desktop.views.learners.learner_dialog import LearnerDialog

    db = small_disk.place(template)
    window = open_main_window(db)
    qtbot.addWidget(window)
    window.build_pages()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    before = dump(db)
    dialog = LearnerDialog(window.undo_stack, None, window)
    qtbot.addWidget(dialog)
    for name, text in {"first_name": "Noor", "last_name": "Bakker"}.items():
        dialog.edits[name].setText(text)
    dialog.ui.notesEdit.setPlainText("Aantekening. " * 1500)
    small_disk.leave_free(0)
    try:
        assert not dialog.save()
    finally:
        small_disk.free_all()
    ((title, text),) = shown
    assert FULL_DISK.fullmatch(text) and str(db) in text and "beschadigd" not in text
    assert window.undo_stack.count() == 0
    close_database()
    assert dump(db) == before


def test_a_full_disk_no_dialog_catches_is_said_as_such(qtbot, small_disk, template, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.window import error_dialog

    db = small_disk.place(template)
    open_database(db)
    shown, unexpected = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(error_dialog, "show_error_dialog", lambda *args: unexpected.append(args))
    small_disk.leave_free(0)
    try:
        service_for(m.Learner).create(
            first_name="Noor", last_name="Bakker", learner_type="bbl", notes="Notitie. " * 2000
        )
    except Exception as error:  # noqa: BLE001 - what reaches the exception hook when no dialog catches it
        error_dialog.excepthook(type(error), error, error.__traceback__)
    finally:
        small_disk.free_all()
    assert not unexpected
    ((title, text),) = shown
    assert FULL_DISK.fullmatch(text) and str(db) in text


def test_a_demo_on_a_full_disk_is_whole_or_not_there(small_disk):
    """The demo's rows go to the -wal first and into the file at the end: a disk with room for the one but not the
    other made a demo that said it was written, and was a file cut off with its rows in a -wal beside it."""
    from desktop.demo import generate_demo

    subprocess.run(["mount", "-o", "remount,size=8192k", str(small_disk.root)], check=True)
    tally = Tally("demo")
    target = small_disk.root / "demo.sqlite3"
    for kib in (0, *range(3072, 4480, 128)):  # at 60 learners' worth, up to and past the fold of the -wal
        _result, message = attempt(small_disk, kib, generate_demo, target, 5)
        if message is None:
            connection = sqlite3.connect(target)
            try:
                whole = connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                whole = whole and connection.execute("SELECT COUNT(*) FROM learner").fetchone() == (5,)
            except sqlite3.DatabaseError:
                whole = False
            finally:
                connection.close()
            tally.success(kib, whole)
            target.unlink()
        else:
            tally.failed(kib, message, not target.exists(), target)
        tally.left(kib, small_disk)
    tally.check()


def test_the_agenda_sent_to_a_file_that_fills_up_says_so(small_disk, tmp_path):
    """`leerwerk agenda > file` on a disk with room for part of it: one write of the whole table was cut off at what
    the disk took, with exit code 0 and nothing said."""
    from desktop.demo import generate_demo

    db = tmp_path / "agenda.sqlite3"
    generate_demo(db, 20)
    out = small_disk.root / "agenda.tsv"
    small_disk.leave_free(16)
    try:
        with out.open("wb") as target:
            result = subprocess.run(
                [sys.executable, "-m", "desktop", "agenda", "--db", str(db), "--from", "01-01-2020",
                 "--to", "31-12-2030"],
                stdout=target, stderr=subprocess.PIPE, text=True, env={**os.environ, "LEERWERK_LANG": "nl"},
            )  # fmt: skip
    finally:
        small_disk.free_all()
    assert out.stat().st_size > 0 and result.returncode == 2
    assert result.stderr.strip() == "De agenda is niet helemaal geschreven: de schijf is vol."


@pytest.mark.parametrize("name", ["lerenden.csv", "lerenden.xlsx"])
def test_an_export_to_a_full_disk_says_the_disk_is_full_in_the_programs_words(small_disk, template, name):
    out = small_disk.root / name
    result = run_full(small_disk, 0, "export", "learners", str(out), "--db", str(template))
    assert result.returncode == 2 and "de schijf is vol" in result.stderr, result.stderr
    assert "No space" not in result.stderr and not out.exists() and not small_disk.leftovers()


def test_a_backup_to_another_disk_of_a_database_whose_own_disk_is_full(small_disk, template, tmp_path):
    """Just what someone with a full disk needs: the copy reads the file as it stands (no room for the -shm a reader
    of a WAL database makes beside it), where it was refused as a full disk, naming the folder of the copy."""
    db = small_disk.place(template)
    before = dump(db)
    target = tmp_path / "kopie.sqlite3"
    result = run_full(small_disk, 0, "backup", "--to", str(target), "--db", str(db))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert dump(db) == before and dump(target) == before
