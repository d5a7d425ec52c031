"""An AVG erase keeps its promise or says it did not: the erased text is gone from the database file,
its write-ahead log and its journal, or the erase says "not yet wiped" with the command that finishes it.

Faults are real: a small tmpfs filled to different levels (root only), a second connection reading the
file, a process killed between the deletions and the rewrite. After each, the raw bytes of the files
are searched for the erased learner's name, e-mail and address.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.errors import LeerWerkError
from desktop.files import is_disk_full
from desktop.services import erasure
from desktop.services.privacy import PersonRef
from desktop.services.wipe import finish_wipe, wipe_owed
from desktop.storage import models as m
from desktop.storage import wiping
from desktop.storage.database import close_database, open_database
from desktop.storage.wiping import NotWiped
from tests.crash_support import health
from tests.helpers import table_dump
from tests.privacy_data import make_people, unsigned_assessment

ROOT = Path(__file__).resolve().parent.parent
# What must not be readable once the learner is erased (rare enough to search raw bytes for).
ERASED = ["Ærtsvéld", "Çelikkaya", "zoe.aertsveld@voorbeeld.nl", "Kerkstraat 17b", "Oosterwoldewijk", "S9988776"]
SIDE_FILES = ("", "-wal", "-journal")
PADDING = 100  # learners added after the last checkpoint, so emptying the log must grow the file


def readable(path: Path) -> dict[str, list[str]]:
    """Per file (the database, its -wal, its -journal), the erased texts its raw bytes still hold."""
    found = {}
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            data = side.read_bytes()
            texts = [text for text in ERASED if text.encode("utf-8") in data]
            if texts:
                found[side.name] = texts
    return found


def windows_default(database) -> None:
    """Windows' SQLite leaves secure_delete off (Debian's build has it on): start from there."""
    database.execute_sql("PRAGMA secure_delete = OFF")


def people_file(path: Path) -> int:
    """A database with the learner to erase, closed (so fully in the file itself); returns the learner's id."""
    open_database(path)
    people = make_people()
    unsigned_assessment(people)
    close_database()
    assert readable(path) == {path.name: ERASED}  # the searches below would prove nothing otherwise
    return people["learner"].id


def run_printed(command: str) -> int:
    """Run a command LeerWerk printed for a person to paste, as the shell would split it."""
    program, *arguments = shlex.split(command)
    assert program == "leerwerk"
    return main(arguments)


# -- secure_delete before the delete -----------------------------------------------------------------------


def test_the_erased_rows_are_overwritten_when_deleted_not_only_at_the_rewrite(db_path):
    learner = people_file(db_path)
    database = open_database(db_path)
    windows_default(database)
    database.execute_sql("PRAGMA busy_timeout = 100")  # the reader below would be waited for 5 s
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM learner").fetchone()  # a read transaction the log cannot pass
    try:
        report = erasure.erase_person(PersonRef("learner", learner))
        # The rewrite could not run; what the erase itself wrote to the log holds nothing erased.
        assert report.not_wiped is NotWiped.IN_USE and wipe_owed()
        assert db_path.name + "-wal" not in readable(db_path)
        assert m.Learner.get_or_none(m.Learner.id == learner) is None
    finally:
        reader.close()
    assert finish_wipe() is None and not wipe_owed()
    close_database()
    assert readable(db_path) == {}


def test_an_erase_that_is_wiped_leaves_nothing_owed(database, db_path):
    people = make_people()
    report = erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert report.not_wiped is None and not wipe_owed()
    assert m.AppSetting.get_or_none(m.AppSetting.key == wiping.OWED_KEY) is None


# -- a full disk at every stage ------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs mounted for this test (root only)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no tmpfs can be mounted here: " + mounted.stderr.decode(errors="replace").strip())
    yield folder
    close_database()
    subprocess.run(["umount", str(folder)], check=True)


def leave_free(folder: Path, free: int) -> Path:
    """Fill `folder`'s file system until `free` bytes are left; the filler file is returned to be removed."""
    filler = folder / "filler"
    status = os.statvfs(folder)
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, status.f_bavail * status.f_frsize - free))
    return filler


def empty(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


def test_a_full_disk_is_known_by_what_the_system_and_sqlite_say(small_disk):
    leave_free(small_disk, 0)
    with pytest.raises(OSError) as system:
        with open(small_disk / "more", "wb") as handle:
            handle.write(b"x" * 1_000_000)
    connection = sqlite3.connect(small_disk / "new.sqlite3")
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            connection.execute("CREATE TABLE t (x)")
        with pytest.raises(sqlite3.OperationalError) as other:
            connection.execute("SELECT x FROM nothing")
    finally:
        connection.close()
    assert is_disk_full(system.value) and is_disk_full(refused.value)
    assert not is_disk_full(other.value) and not is_disk_full(FileNotFoundError(2, "no file"))


def test_a_full_disk_at_every_stage_of_an_erase_is_said_truly(small_disk, tmp_path, caplog):
    source = tmp_path / "source.sqlite3"
    learner = people_file(source)
    target = small_disk / "leerwerk.sqlite3"
    tally, stages = Counter(), Counter()
    caplog.set_level(logging.WARNING, logger=wiping.__name__)
    for free in range(0, 1_400_000, 32 * 1024):
        empty(small_disk)
        shutil.copyfile(source, target)
        database = open_database(target)
        windows_default(database)
        m.Learner.insert_many(
            [
                {"first_name": f"Opvulling {n}", "last_name": "Leerling", "learner_type": "bbl", "notes": "x" * 1500}
                for n in range(PADDING)
            ]
        ).execute()
        before = table_dump(database)
        filler = leave_free(small_disk, free)
        caplog.clear()
        tally["attempts"] += 1
        try:
            report = erasure.erase_person(PersonRef("learner", learner))
        except LeerWerkError as error:
            # Refused: the whole message is the full-disk one, and it is true.
            assert error.message == f"De schijf is vol: learner:{learner} is niet gewist, er is niets veranderd."
            assert table_dump(database) == before, free
            stages["delete transaction"] += 1
            close_database()
            filler.unlink()
            tally["faults survived"] += 1
            continue
        # Done: nothing else was lost, and the file holds nothing erased unless the report says so.
        assert m.Learner.select().count() == PADDING and m.Staff.select().count() == 1, free
        left = readable(target)
        if report.not_wiped is None:
            assert left == {}, (free, left)
            stages["none (wiped)"] += 1
            close_database()
            continue
        assert report.not_wiped is NotWiped.DISK_FULL and wipe_owed(), free
        stages[caplog.records[-1].getMessage().split("(")[1].split(")")[0]] += 1
        tally["faults survived"] += 1
        message = erasure_message(report, target)
        close_database()
        filler.unlink()
        assert run_printed(message.split(": ")[-1]) == 0
        assert readable(target) == {} and health(target) == (["ok"], []), free
    assert stages["delete transaction"] and stages["checkpoint"] and stages["vacuum"] and stages["none (wiped)"]
    print(f"\nfull disk: {dict(tally)}, failed at {dict(stages)}; data lost 0, untrue messages 0, left readable 0")


def erasure_message(report, path: Path) -> str:
    from desktop.services.wipe import not_wiped_message

    message = not_wiped_message(report.not_wiped, path)
    assert message.startswith("Het wissen is gedaan, maar het databasebestand")
    assert "de schijf is vol" in message
    return message


def test_the_command_line_says_done_but_not_wiped_and_check_says_it_is_owed(small_disk, tmp_path, capsys):
    source = tmp_path / "source.sqlite3"
    learner = people_file(source)
    target = small_disk / "leerwerk.sqlite3"
    shutil.copyfile(source, target)
    filler = leave_free(small_disk, 300 * 1024)  # room for the erase, not for a copy of the file
    assert main(["privacy", "erase", f"learner:{learner}", "--yes", "--db", str(target)]) == 1
    out, err = capsys.readouterr()
    assert f"learner:{learner} gewist" in out
    assert "nog niet opnieuw geschreven (de schijf is vol" in err
    command = err.strip().split(": ")[-1]
    assert command == shlex.join(["leerwerk", "privacy", "wipe", "--db", str(target)])

    assert main(["check", "--db", str(target)]) == 1
    out, err = capsys.readouterr()
    assert "gezond" in out and "nog niet uit het databasebestand" in err and command in err

    filler.unlink()
    assert run_printed(command) == 0
    assert "opnieuw geschreven" in capsys.readouterr().out
    assert readable(target) == {}
    assert main(["check", "--db", str(target)]) == 0


# -- a process killed between the deletions and the rewrite -----------------------------------------------


def test_a_killed_erase_leaves_the_wipe_owed_and_the_command_finishes_it(db_path, tmp_path, capsys):
    people_file(db_path)
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM learner").fetchone()  # holds the rewrite back: the child waits there
    watcher = sqlite3.connect(db_path)
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "LEERWERK_HOME": str(tmp_path / "child-home")}
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "kill_child.py"), str(tmp_path / "phases"), "erase", str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 60
        while wiping.owed_since(watcher) is None:  # the erase is committed; the child waits for the reader
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        reader.close()
        watcher.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "nog niet uit het databasebestand" in capsys.readouterr().err
    database = open_database(db_path)
    assert wipe_owed() and m.Learner.select().count() == 0
    del database
    close_database()
    assert main(["privacy", "wipe", "--db", str(db_path)]) == 0
    assert readable(db_path) == {}
    assert main(["check", "--db", str(db_path)]) == 0
