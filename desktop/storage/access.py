"""The open database knows its file, whether this LeerWerk may write in it, and why not.

A database opened read-only (another LeerWerk has it) is an SQLite read-only URI with
``query_only``: SQLite itself refuses every write, before anything reaches the file. The refusal
(SQLITE_READONLY) is turned here, in the one place every statement passes, into a
`ReadOnlyDatabaseError` that says who has the database, which every view already shows like any
other `ValidationError`. A writer whose lock was taken over by another LeerWerk becomes read-only
the same way. A full disk (SQLITE_FULL) becomes a `DiskFullError` there and at the commit: SQLite has then
rolled the transaction back itself, so the ROLLBACK that follows is skipped instead of failing with "cannot
rollback" and hiding why.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from desktop import files
from desktop.errors import LeerWerkError, ReadOnlyDatabaseError
from desktop.i18n import _
from desktop.storage.lock import DatabaseLock, LockOwner, describe_holder

SQLITE_READONLY = 8


class DiskFullError(LeerWerkError, peewee.OperationalError):
    """A change refused because the disk is full; SQLite rolled it back, nothing was changed.

    Still a peewee `OperationalError` carrying SQLite's own error as `orig`, so code that tells errors apart by
    SQLite's result code (opening, importing) goes on doing so.
    """

    def __init__(self, message: str, original: BaseException):
        super().__init__(message)
        self.orig = original


def _saving_in(path: Path) -> str:
    return files.disk_full(_("saving in {path}").format(path=path))


class LeerWerkDatabase(SqliteDatabase):
    """An `SqliteDatabase` with the file it opened, its writer lock, and read-only refusal."""

    encrypted = False  # see `leerwerk_database`

    def __init__(
        self,
        database: str,
        *,
        file_path: Path,
        writer_lock: DatabaseLock | None = None,
        read_only: bool = False,
        holder: LockOwner | None = None,
        on_network: bool = False,
        **kwargs,
    ):
        super().__init__(database, **kwargs)
        self.file_path = Path(file_path)
        self.writer_lock = writer_lock
        self.read_only = read_only
        self.holder = holder
        self.on_network = on_network
        self._demoted = False
        # Sentences on interrupted work finished as it was opened (`leftovers.finish_interrupted`), to be said once.
        self.finished_work: list[str] = []

    @property
    def lost_lock(self) -> bool:
        return self.writer_lock is not None and self.writer_lock.lost

    @property
    def may_write(self) -> bool:
        return not self.read_only and not self.lost_lock

    @property
    def other_writer(self) -> LockOwner | None:
        """The LeerWerk that writes here instead of this one (as far as known)."""
        if self.read_only:
            return self.holder
        return self.writer_lock.taken_by if self.lost_lock else None

    def refusal(self) -> str | None:
        """Why this LeerWerk may not write here, or None when it may."""
        if self.read_only:
            return _("Nothing was saved: the database is open read-only because it is in use by {holder}.").format(
                holder=describe_holder(self.other_writer)
            )
        if self.lost_lock:
            return _(
                "Nothing was saved: {holder} has taken over this database; close LeerWerk and open it again."
            ).format(holder=describe_holder(self.other_writer))
        return None

    def ensure_writable(self) -> None:
        """Raise `ReadOnlyDatabaseError` now, before a change that would be refused half-way."""
        reason = self.refusal()
        if reason:
            raise ReadOnlyDatabaseError(reason)

    def execute_sql(self, sql, params=None):
        self._demote_without_lock()
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._ended_by_sqlite():
            return self.cursor()  # the savepoint went with the transaction SQLite rolled back
        with self._refusals():
            return super().execute_sql(sql, params)

    def execute_many(self, sql: str, rows) -> None:
        """One statement for many rows of parameters (a bulk insert), refused as `execute_sql` refuses."""
        self._demote_without_lock()
        with self._refusals(), peewee.__exception_wrapper__:
            self.cursor().executemany(sql, rows)

    def _demote_without_lock(self) -> None:
        if self.lost_lock and not self._demoted:
            self._demoted = True  # from now on SQLite refuses our writes, as for a read-only open
            self.pragma("query_only", 1, permanent=True)

    @contextlib.contextmanager
    def _refusals(self):
        try:
            yield
        except (peewee.OperationalError, sqlite3.OperationalError) as error:
            original = getattr(error, "orig", None) or error
            code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
            reason = self.refusal()
            if code == SQLITE_READONLY and reason:
                raise ReadOnlyDatabaseError(reason) from None
            if files.is_disk_full(original):
                raise DiskFullError(_saving_in(self.file_path), original) from error
            raise

    def commit(self):
        try:
            return super().commit()
        except peewee.OperationalError as error:
            if files.is_disk_full(error):
                raise DiskFullError(_saving_in(self.file_path), error.orig) from error
            raise

    def rollback(self):
        if self._ended_by_sqlite():
            return  # nothing is left to roll back, and "cannot rollback" would hide why
        super().rollback()

    def _ended_by_sqlite(self) -> bool:
        """Whether no transaction is open (any more): SQLite ends one itself on a full disk or an I/O error."""
        return not self.is_closed() and not self.connection().in_transaction

    def release(self) -> None:
        """Close the connection and give back the writer lock."""
        try:
            if not self.is_closed():
                self.close()
        finally:
            if self.writer_lock is not None:
                lock, self.writer_lock = self.writer_lock, None
                lock.release()


def leerwerk_database(database: str, *, passphrase: str | None = None, **kwargs) -> LeerWerkDatabase:
    """A `LeerWerkDatabase`, or for an encrypted file (`passphrase` given) one that connects through
    peewee's SQLCipher extension, keyed with the key `cipher` derived once from the passphrase."""
    if passphrase is None:
        return LeerWerkDatabase(database, **kwargs)
    from desktop.storage import cipher

    key = cipher.raw_key_for(kwargs["file_path"], passphrase)
    return _encrypted_database_class()(database, passphrase=key, **kwargs)


@functools.cache
def _encrypted_database_class() -> type[LeerWerkDatabase]:
    # Made on first use: playhouse.sqlcipher_ext imports sqlcipher3, which a plain database never needs.
    from playhouse.sqlcipher_ext import _SqlCipherDatabase

    class EncryptedDatabase(_SqlCipherDatabase, LeerWerkDatabase):
        encrypted = True

    return EncryptedDatabase


def ensure_writable(database) -> None:
    """The guard for code that writes around `execute_sql` (bulk cursors): refuse before starting."""
    if isinstance(database, peewee.DatabaseProxy):
        database = database.obj
    if isinstance(database, LeerWerkDatabase):
        database.ensure_writable()
