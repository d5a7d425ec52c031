"""Erased text leaves the database file, or LeerWerk keeps saying that it has not yet.

SQLite deletes a row by marking its bytes free; the text stays in the file until the page is reused.
``secure_delete`` makes SQLite overwrite them with zeros, so it is switched on before an erase deletes
anything (Windows' SQLite has it off). A full-text index keeps pieces of a deleted text until its segments are
merged, which the rewrite does first. What earlier changes left in free pages, and old copies of pages
in the write-ahead log, go when the file is rewritten afterwards: the log emptied into the file,
``VACUUM``, and the log emptied again.

That rewrite can fail after the erase was committed: ``VACUUM`` needs free space for a whole copy of
the database, and the log cannot be emptied while another program reads the file; the process may
also be killed in between. So the erase commits, in its own transaction, a note that a wipe is owed
(a row in ``app_setting``), and only a rewrite that completed removes it. As long as the note is
there, the erase says "done, but not yet wiped", ``leerwerk check`` and the privacy window say so too,
and ``leerwerk privacy wipe`` finishes the work.
"""

from __future__ import annotations

import enum
import logging
import traceback

import peewee

from desktop import clock, files
from desktop.storage import cipher

log = logging.getLogger(__name__)
OWED_KEY = "privacy.wipe_owed"  # its value: when the oldest erase not yet wiped was committed
SQLITE_BUSY, SQLITE_LOCKED = 5, 6


class NotWiped(enum.Enum):
    """Why the rewrite after an erase did not complete."""

    DISK_FULL = "disk_full"
    IN_USE = "in_use"
    FAILED = "failed"


class _LogStillReadError(Exception):
    """The write-ahead log could not be emptied: another connection still reads from it."""


def before_erasing(database) -> None:
    """On the connection that will delete: deleted bytes are overwritten, not merely marked free."""
    database.execute_sql("PRAGMA secure_delete = ON")


def owe(database) -> None:
    """Inside the erase's transaction: note that the file still has to be rewritten (the oldest note stays)."""
    moment = clock.now().replace(microsecond=0).isoformat()
    database.execute_sql("INSERT OR IGNORE INTO app_setting (key, value) VALUES (?, ?)", (OWED_KEY, moment))


def owed_since(connection) -> str | None:
    """When the oldest erase not yet wiped was committed (ISO text), or None; `connection` is a peewee
    database or a DB-API connection."""
    execute = getattr(connection, "execute_sql", None) or connection.execute
    exists = execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_setting'").fetchone()
    if exists is None:
        return None
    row = execute("SELECT value FROM app_setting WHERE key = ?", (OWED_KEY,)).fetchone()
    return row[0] if row else None


def _empty_log(database) -> None:
    busy = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy and busy[0]:
        raise _LogStillReadError


def _merge_full_text_indexes(database) -> None:
    """An FTS5 index forgets a text by adding a note that it is gone; the pieces of the text (trigrams of a name, with
    their places) stay in its older segments until those are merged into one, which leaves them out."""
    indexes = database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%'"
    ).fetchall()
    with database.atomic():
        for (index,) in indexes:
            database.execute_sql(f'INSERT INTO "{index}" ("{index}") VALUES (\'optimize\')')


def wipe(database) -> NotWiped | None:
    """Rewrite the file so that nothing erased is left in it; None when done, else why not (the owed
    note then stays). Copies elsewhere, such as backups, keep their contents until they are pruned."""
    stage = "full-text index"
    try:
        before_erasing(database)
        _merge_full_text_indexes(database)
        stage = "checkpoint"
        _empty_log(database)
        stage = "vacuum"
        database.execute_sql("VACUUM")
        stage = "second checkpoint"
        _empty_log(database)
        stage = "note"
        with database.atomic():
            database.execute_sql("DELETE FROM app_setting WHERE key = ?", (OWED_KEY,))
    except _LogStillReadError:
        log.warning("The database file was not rewritten after an erase (%s): another connection reads it", stage)
        return NotWiped.IN_USE
    except cipher.errors(peewee.DatabaseError) as error:
        original = getattr(error, "orig", None) or error
        code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
        log.warning("The database file was not rewritten after an erase (%s): %s", stage, type(original).__name__)
        let_go_of_statements(error)
        if stage == "note":  # the file is rewritten; the note stays until the next wipe, which finds little to do
            return None
        if files.is_disk_full(error):
            return NotWiped.DISK_FULL
        return NotWiped.IN_USE if code in (SQLITE_BUSY, SQLITE_LOCKED) else NotWiped.FAILED
    try:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except cipher.errors(peewee.DatabaseError) as error:
        # Only the note's own deletion is in the log: it holds nothing erased, so this is no failure.
        let_go_of_statements(error)
    return None


def let_go_of_statements(error: BaseException) -> None:
    """Free the statement a failed SQLite call left prepared in the frames of `error` and what it chained.

    peewee re-raises through a frame that refers to its own exception: a cycle only the garbage
    collector breaks. Until then the statement keeps the file open even after the database is closed
    (SQLite closes a connection lazily), which on Windows keeps the file from being moved or replaced."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        traceback.clear_frames(error.__traceback__)
        error = error.__cause__ or error.__context__
