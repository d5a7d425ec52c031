"""Interrupted multi-file work finishes or says so.

A real LeerWerk process encrypting, re-keying or decrypting a database with its backups, or putting a
backup back, is killed (SIGKILL) before each step of that work in turn, and while SQLite writes a copy
(`tests/step_kill_child.py`). Then the database is opened as a person would, through ``leerwerk check``
or the window, and each time: the data is what it was before or what the work makes of it, whole; no
copy, plan or lock is left behind; and what a person still has to do (backups unlike the database) is
said with the command that does it, which, run, leaves a healthy database with nothing unfinished.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from desktop.storage import cipher, leftovers, lock
from desktop.storage.backup import backup_folder, copy_database, list_backups, make_backup, parse_backup_name
from desktop.storage.database import close_database, open_database
from desktop.storage.encryption import change_encryption
from desktop.storage.models import Organisation
from tests import step_kill_child
from tests.crash_support import PYTHON, ROOT, child_environment, rows
from tests.helpers import LeerWerkHolder, file_digest, read_only, run

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the child kills itself with SIGKILL")

OLD, NEW = step_kill_child.OLD_PASSPHRASE, step_kill_child.NEW_PASSPHRASE
CHILD = str(Path(step_kill_child.__file__))
TALLY: Counter = Counter()


def _named(path: Path, name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path)
    Organisation.update(name=name).execute()
    close_database()
    return path


class Work:
    """A database with two backups in a template folder, copied afresh for every trial."""

    def __init__(self, kind: str, root: Path):
        self.kind = kind
        self.template = _named(root / "template" / "leerwerk.sqlite3", "Zorggroep Vóór")
        make_backup(self.template)
        make_backup(self.template)
        self.backup_arg: Path | None = None
        if kind.startswith("restore"):
            self.backup_arg = copy_database(
                _named(root / "other" / "x.sqlite3", "Zorggroep Ná"), root / "backup.sqlite3"
            )
        if kind in ("passphrase", "decrypt", "restore-encrypted"):
            change_encryption(self.template, OLD)
        cipher.forget_all()
        self.before = self.state_of(self.template)
        self.after = rows(self.backup_arg) if self.backup_arg else self.before[1]

    @staticmethod
    def state_of(path: Path) -> tuple[str | None, dict]:
        """(passphrase or None, every row) of a whole file; fails for a file that is neither."""
        for passphrase in (None, OLD, NEW):
            if (passphrase is None) == cipher.looks_encrypted(path):
                continue
            try:
                return passphrase, rows(path, passphrase=passphrase)
            except Exception:  # noqa: BLE001 - not this passphrase
                continue
        raise AssertionError(f"{path.name} opens with no passphrase it could have")

    def fresh(self, folder: Path) -> Path:
        db = folder / "leerwerk.sqlite3"
        folder.mkdir(parents=True)
        shutil.copyfile(self.template, db)
        backup_folder(db).mkdir(parents=True, exist_ok=True)
        for backup in list_backups(self.template):
            shutil.copyfile(backup.path, backup_folder(db) / backup.path.name)
        return db

    def run(self, db: Path, step: str) -> tuple[int, str]:
        argv = [PYTHON, CHILD, self.kind, str(db), step, *([str(self.backup_arg)] if self.backup_arg else [])]
        done = subprocess.run(
            argv, cwd=ROOT, env=child_environment(Path(os.environ["LEERWERK_HOME"])), capture_output=True, text=True
        )
        assert done.returncode in (0, -signal.SIGKILL), done.stderr
        return done.returncode, done.stdout


def _expected_unlike(db: Path, passphrase: str | None) -> dict[str, int]:
    """What is unlike the database, found by trying each passphrase on each backup (not by LeerWerk's code)."""
    found = Counter()
    for backup in list_backups(db):
        own = Work.state_of(backup.path)[0]
        if own != passphrase:
            found["plain" if own is None else "encrypted" if passphrase is None else "other"] += 1
    return found


def _no_leftovers(db: Path) -> None:
    # Not counted here: the lock of the killed process, taken over at the next opening as the README says (a
    # check with nothing to finish only reads). Its temporary files, which name the account, are counted.
    beside = sorted(
        p.name
        for p in db.parent.iterdir()
        if p.name not in (db.name, f"{db.name}.lock") and ".before-restore-" not in p.name
    )
    assert beside == [], beside
    assert [p.name for p in backup_folder(db).iterdir() if parse_backup_name(p) is None] == []
    assert leftovers.pending(db) == []


def _said(text: str, db: Path, unlike: dict[str, int]) -> None:
    """The sentences name exactly what is unfinished, each with its command, and nothing else."""
    encrypt, decrypt = f"leerwerk encrypt --db {db}", f"leerwerk decrypt --db {db}"
    assert (encrypt in text) == bool(unlike["plain"] or unlike["other"]), text
    assert (decrypt in text) == bool(unlike["encrypted"]), text
    for count in unlike.values():
        if count:
            assert f"{count} reservekopie" in text, text


def _open_in_window(qtbot, db: Path, passphrase: str | None) -> str:
    from desktop.app import open_main_window

    if passphrase is not None:
        cipher.remember(db, passphrase)
    window = open_main_window(db, ask_passphrase=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._unfinished_job.ended.is_set(), timeout=60_000)
    qtbot.wait(50)  # the finished signal reaches the label
    text = window.unfinished_label.text() if window.unfinished_label.isVisible() else ""
    window.close()
    close_database()
    return text


def _trial(work: Work, folder: Path, step: str, opener: str, capsys, qtbot, monkeypatch) -> str:
    db = work.fresh(folder)
    code, _out = work.run(db, step)
    cipher.forget_all()
    # Killed between setting the old file aside and putting the copy in place, there is no file at all
    # until the next opening finishes the restore: the person must give the passphrase of what it will be.
    passphrase, content = work.state_of(db) if db.exists() else (work.before[0], {})
    if db.exists():
        assert content in (work.before[1], work.after), f"{work.kind} at {step}: the data is neither before nor after"
    monkeypatch.delenv("LEERWERK_PASSPHRASE", raising=False)
    if passphrase is not None:
        monkeypatch.setenv("LEERWERK_PASSPHRASE", passphrase)
    if opener == "window":
        said = _open_in_window(qtbot, db, passphrase)
    else:
        exit_code, said, _err = run(capsys, "check", "--db", str(db))
        assert exit_code in (0, 1), said
    cipher.forget_all()
    _no_leftovers(db)
    # An opening may finish a restore whose copy was whole (the database was the old file until then).
    passphrase, content = Work.state_of(db)
    assert content in (work.before[1], work.after), f"{work.kind} at {step}: after opening neither before nor after"
    outcome = "before" if content == work.before[1] and passphrase == work.before[0] else "after"
    unlike = _expected_unlike(db, passphrase)
    _said(said, db, unlike)
    # As a person would: run the command said, then check again.
    monkeypatch.setenv("LEERWERK_OLD_PASSPHRASE", OLD)
    if unlike["plain"] or unlike["other"]:
        assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    if unlike["encrypted"]:
        monkeypatch.setenv("LEERWERK_PASSPHRASE", OLD if work.kind == "decrypt" else NEW)
        assert run(capsys, "decrypt", "--db", str(db))[0] == 0
    cipher.forget_all()
    if passphrase is not None:
        monkeypatch.setenv("LEERWERK_PASSPHRASE", passphrase)
    exit_code, out, _err = run(capsys, "check", "--db", str(db))
    assert exit_code == 0, out
    assert Work.state_of(db) == (passphrase, content)
    _no_leftovers(db)
    cipher.forget_all()
    result = f"{outcome}{' (finished before the kill)' if code == 0 else ''}"
    return result + (", backups to finish" if any(unlike.values()) else "")


MID_WRITES = {
    "encrypt": ".rekeying",
    "passphrase": ".rekeying",
    "decrypt": ".rekeying",
    "restore": ".restoring.partial",
    "restore-encrypted": ".rekeying",
}


def _every_step(kind: str, tmp_path, capsys, qtbot, monkeypatch, stride: int = 1) -> Counter:
    """Kill `kind` before every step and while SQLite writes its copy, then open as a person would, the
    openings taking turns between check and the window; with `stride` n only every n-th of those kills."""
    work = Work(kind, tmp_path)
    _code, out = work.run(work.fresh(tmp_path / "calibration"), "0")
    steps = int(out.split("steps ")[1])
    tally = Counter()
    points = [*(str(step) for step in range(1, steps + 2)), f"mid:{MID_WRITES[kind]}"][::-1][::stride][::-1]
    for number, step in enumerate(points):
        opener = ("cli", "window")[number % 2]
        tally[_trial(work, tmp_path / f"trial-{number}", step, opener, capsys, qtbot, monkeypatch)] += 1
    print(f"\ninterrupted {kind}: {len(points)} kills of {steps} steps, {dict(sorted(tally.items()))}")
    TALLY.update({f"{kind}: {key}": value for key, value in tally.items()})
    return tally


# The default run kills every third step of an encryption and every other step of a restore (the kill while
# SQLite writes the copy always among them, both openings alike); `-m slow` kills at every step of all five.
@pytest.mark.parametrize(("kind", "stride"), [("encrypt", 3), ("restore", 2)])
def test_killed_at_sampled_steps_the_next_opening_finishes_or_says_so(
    kind, stride, tmp_path, capsys, qtbot, monkeypatch
):
    tally = _every_step(kind, tmp_path, capsys, qtbot, monkeypatch, stride)
    assert sum(tally.values()) >= 5 and {"before", "after"} <= {key.split(" ")[0].strip(",") for key in tally}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["encrypt", "restore", "passphrase", "decrypt", "restore-encrypted"])
def test_killed_at_every_step_the_next_opening_finishes_or_says_so(kind, tmp_path, capsys, qtbot, monkeypatch):
    tally = _every_step(kind, tmp_path, capsys, qtbot, monkeypatch)
    assert sum(tally.values()) > 5


def test_a_restore_killed_between_its_moves_opens_with_the_passphrase_given_for_the_database(
    tmp_path, capsys, monkeypatch
):
    """Killed after the encrypted database was set aside and before the backup's copy took its place, there
    is no file at the database's name: the passphrase given for it is the copy's, which check puts in place."""
    work = Work("restore-encrypted", tmp_path)
    _code, out = work.run(work.fresh(tmp_path / "calibration"), "0")
    for step in range(int(out.split("steps ")[1]), 0, -1):
        db = work.fresh(tmp_path / f"trial-{step}")
        work.run(db, str(step))
        if not db.exists():
            break
    else:
        pytest.fail("no kill left the database's name empty")
    monkeypatch.setenv("LEERWERK_PASSPHRASE", OLD)
    code, out, err = run(capsys, "check", "--db", str(db))
    assert code == 0, err
    assert "is nu afgemaakt" in out and "gezond" in out
    assert Work.state_of(db) == (OLD, work.after)
    _no_leftovers(db)


# -- check only reads where it may not write ----------------------------------------------------------------


def _left_by_a_restore(db: Path) -> tuple[Path, str]:
    """The copy a restore killed before it touched the database leaves beside it (personal data)."""
    staging = leftovers.staging_path(db)
    copy_database(db, staging)
    return staging, file_digest(staging)


def test_check_leaves_interrupted_work_alone_while_another_leerwerk_has_the_database(db_path, capsys):
    _named(db_path, "Zorggroep Vóór")
    holder = LeerWerkHolder(db_path)
    try:
        staging, digest = _left_by_a_restore(db_path)
        code, out, err = run(capsys, "check", "--db", str(db_path))
        assert code == 1
        assert "in gebruik" in err and "voordat de database werd" not in out
        assert f"leerwerk check --db {db_path}" in out and str(staging) in out
        assert file_digest(staging) == digest
        assert lock.read_owner(db_path).pid == holder.process.pid  # the holder's lock untouched
    finally:
        holder.close()
    code, out, _err = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "is onderbroken voordat de database werd" in out and not staging.exists()
    assert sorted(p.name for p in db_path.parent.glob(f"{db_path.name}*")) == [db_path.name]


def test_check_leaves_interrupted_work_alone_where_it_cannot_write(tmp_path, capsys):
    db_path = _named(tmp_path / "alleen-lezen" / "leerwerk.sqlite3", "Zorggroep Vóór")  # not the home folder
    staging, digest = _left_by_a_restore(db_path)
    database = file_digest(db_path)
    with read_only(db_path.parent):
        code, out, err = run(capsys, "check", "--db", str(db_path))
        assert code == 1, err
        assert "kan hier niet worden geschreven" in err and "voordat de database werd" not in out
        assert f"leerwerk check --db {db_path}" in out and str(staging) in out
        assert sorted(p.name for p in db_path.parent.glob(f"{db_path.name}*")) == [db_path.name, staging.name]
    assert file_digest(staging) == digest and file_digest(db_path) == database
    code, out, _err = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "is onderbroken voordat de database werd" in out and not staging.exists()
