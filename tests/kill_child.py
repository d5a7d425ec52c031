"""A LeerWerk process for the kill trials to kill, telling the trial when it writes.

``python tests/kill_child.py PHASES enrol|migrate|encrypt|erase DB`` prints "ready" when everything is imported and
the work is about to start, and "done" at the end, so the trial knows when to start its clock.

``python tests/kill_child.py PHASES cli [--begin MODULE:FUNCTION] [--end MODULE:FUNCTION] -- ARGUMENTS`` runs the
``leerwerk`` command line with ARGUMENTS, as ``python -m desktop`` does.

Either way the process appends to the file PHASES a line "begin <time>" when it starts to write and "end <time>" when
it is done (``time.monotonic()``, the same clock in every process), so that after a kill the trial knows whether the
kill landed inside a write. A write is a database transaction that changed something, from its first changing
statement until its COMMIT or ROLLBACK starts (or, outside a transaction, such as a VACUUM, until the next statement
starts), seen through SQLite's statement trace on every connection; and, for work on whole files that SQLite does not
see as statements, the time from a call of a ``--begin`` function until a ``--end`` function returns. A line is
written straight to the file (no buffer to lose in a kill), only when the state changes.

Run with the repository root on PYTHONPATH.
"""

from __future__ import annotations

import functools
import importlib
import os
import sqlite3
import sys
import time
from pathlib import Path

REBUILT_TABLE = "phase_task"
EXTRA_COLUMN = "checked"


def rebuild_step(path: Path):
    """A test migration after the real ones: rebuild `phase_task` with one more column (REBUILDS_TABLES)."""
    from desktop.storage import migrations
    from desktop.storage.backup import read_only_uri

    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (REBUILT_TABLE,)).fetchone()[0]
        indexes = [
            row[0]
            for row in connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (REBUILT_TABLE,),
            )
        ]
        columns = ", ".join(f'"{row[1]}"' for row in connection.execute(f'PRAGMA table_info("{REBUILT_TABLE}")'))
    finally:
        connection.close()
    head = f'CREATE TABLE "{REBUILT_TABLE}" ('
    new = sql.replace(head, f'CREATE TABLE "{REBUILT_TABLE}_new" ("{EXTRA_COLUMN}" INTEGER NOT NULL DEFAULT 0, ', 1)
    assert new != sql, "the table's DDL is not as expected"
    return migrations.Migration(
        migrations.MIGRATIONS[-1].version + 1,
        "kill trial: rebuild phase_task",
        (
            new,
            f'INSERT INTO "{REBUILT_TABLE}_new" ({columns}) SELECT {columns} FROM "{REBUILT_TABLE}"',
            f'DROP TABLE "{REBUILT_TABLE}"',
            f'ALTER TABLE "{REBUILT_TABLE}_new" RENAME TO "{REBUILT_TABLE}"',
            *indexes,
        ),
        rebuilds_tables=True,
    )


def with_rebuild_step(path: Path) -> None:
    from desktop.storage import migrations

    step = rebuild_step(path)
    migrations.MIGRATIONS = [*migrations.MIGRATIONS, step]
    migrations.LATEST_VERSION = step.version


def enrol(path: Path) -> None:
    """One batch: every learner and staff member enrolled in one training as completed (with certificates)."""
    import datetime as dt

    from desktop.services.training_enrolments import enrol_people
    from desktop.storage import models as m
    from desktop.storage.database import open_database

    open_database(path)
    training = m.Training.select().where(m.Training.title.startswith("BHV")).get()
    people = [("learner", row.id) for row in m.Learner.select(m.Learner.id).order_by(m.Learner.id)]
    people += [("staff", row.id) for row in m.Staff.select(m.Staff.id).order_by(m.Staff.id)]
    print("ready", flush=True)
    enrol_people(training.id, None, people, completed_on=dt.date(2026, 1, 15))


def migrate(path: Path) -> None:
    from desktop.storage.database import open_database

    with_rebuild_step(path)
    print("ready", flush=True)
    open_database(path)


PASSPHRASE = "kill trial passphrase"


def encrypt(path: Path) -> None:
    """Encrypt the database and its one backup (made first, in this process's own home)."""
    from desktop.storage.backup import make_backup
    from desktop.storage.encryption import change_encryption

    make_backup(path)
    print("ready", flush=True)
    change_encryption(path, PASSPHRASE)


def erase(path: Path) -> None:
    """Erase the first learner (an AVG erase: the deletions, then the rewrite of the file)."""
    from desktop.services.erasure import erase_person
    from desktop.services.privacy import PersonRef
    from desktop.storage import models as m
    from desktop.storage.database import open_database

    open_database(path)
    learner = m.Learner.select(m.Learner.id).order_by(m.Learner.id).first()
    print("ready", flush=True)
    erase_person(PersonRef("learner", learner.id))


# -- telling the trial when this process writes ------------------------------------------------------------

CHANGING = {"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM"}
ENDING = {"COMMIT", "END", "ROLLBACK"}


class Phases:
    """Writes "begin"/"end" lines to the phase file as the writes of this process start and stop."""

    def __init__(self, path: Path):
        self.descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
        self.writers: set[object] = set()  # connections and file work under way

    def _note(self, word: str) -> None:
        os.write(self.descriptor, f"{word} {time.monotonic():.6f}\n".encode("ascii"))

    def started(self, writer: object) -> None:
        if not self.writers:
            self._note("begin")
        self.writers.add(writer)

    def stopped(self, writer: object) -> None:
        if writer in self.writers:
            self.writers.discard(writer)
            if not self.writers:
                self._note("end")

    def trace(self, connection: sqlite3.Connection):
        savepoints = []  # a SAVEPOINT outside BEGIN opens a transaction that its last RELEASE ends

        def statement(sql: str) -> None:
            words = sql.split(None, 2)
            word = words[0].upper() if words else ""
            if connection in self.writers and not connection.in_transaction:
                self.stopped(connection)  # the write outside a transaction (or the COMMIT) is over
            if word == "SAVEPOINT":
                savepoints.append(connection.in_transaction)
            elif word == "RELEASE" and savepoints:
                if not savepoints.pop():
                    self.stopped(connection)
            elif word in ENDING and not (word == "ROLLBACK" and len(words) > 1 and words[1].upper() == "TO"):
                savepoints.clear()
                self.stopped(connection)
            elif word in CHANGING:
                self.started(connection)

        return statement

    def watch_connections(self) -> None:
        connect = sqlite3.connect

        @functools.wraps(connect)
        def traced(*args, **kwargs):
            connection = connect(*args, **kwargs)
            connection.set_trace_callback(self.trace(connection))
            return connection

        sqlite3.connect = traced

    def watch_calls(self, begins: list[str], ends: list[str]) -> None:
        """A call of a function in `begins` starts a write of files; the return of one in `ends` finishes it."""
        for name, is_begin in [*((name, True) for name in begins), *((name, False) for name in ends)]:
            module_name, function_name = name.split(":")
            module = importlib.import_module(module_name)
            setattr(module, function_name, self._marked(getattr(module, function_name), is_begin))

    def _marked(self, function, is_begin: bool):
        @functools.wraps(function)
        def marked(*args, **kwargs):
            if is_begin:
                self.started(self)
                return function(*args, **kwargs)
            try:
                return function(*args, **kwargs)
            finally:
                self.stopped(self)

        return marked


def cli(phases: Phases, arguments: list[str]) -> int:
    separator = arguments.index("--")
    options, argv = arguments[:separator], arguments[separator + 1 :]
    begins = [options[i + 1] for i, option in enumerate(options) if option == "--begin"]
    ends = [options[i + 1] for i, option in enumerate(options) if option == "--end"]
    phases.watch_calls(begins, ends)
    from desktop.cli import main

    return main(argv)


if __name__ == "__main__":
    watched = Phases(Path(sys.argv[1]))
    watched.watch_connections()
    if sys.argv[2] == "cli":
        sys.exit(cli(watched, sys.argv[3:]))
    {"enrol": enrol, "migrate": migrate, "encrypt": encrypt, "erase": erase}[sys.argv[2]](Path(sys.argv[3]))
    print("done", flush=True)
