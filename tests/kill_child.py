"""A LeerWerk process for the kill trials to kill: ``python tests/kill_child.py enrol|migrate|encrypt|erase DB``.

It prints "ready" when everything is imported and the work is about to start, and "done" at the end,
so the trial knows when to start its clock. Run with the repository root on PYTHONPATH.
"""

from __future__ import annotations

import sqlite3
import sys
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


if __name__ == "__main__":
    {"enrol": enrol, "migrate": migrate, "encrypt": encrypt, "erase": erase}[sys.argv[1]](Path(sys.argv[2]))
    print("done", flush=True)
