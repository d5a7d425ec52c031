"""Binding the models to a database file at start-up, and checking a file before trusting it.

A file is inspected read-only before anything is written to it: a damaged file, a file of another
program, or a database written by a newer LeerWerk is refused with one sentence and left untouched.
One LeerWerk writes at a time: opening for writing takes the lock beside the file (`lock`); a second
one may open it read-only (`open_read_only`). A file on a network drive gets the settings a share
needs (`network`).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from desktop import files, paths
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _
from desktop.storage import cipher, leftovers, migrations, schema, server, wiping
from desktop.storage import lock as writer_lock
from desktop.storage.access import LeerWerkDatabase, leerwerk_database
from desktop.storage.backup import (
    CANNOT_OPEN,
    backup_before_migration,
    immutable_uri,
    read_only_uri,
    remove_with_companions,
)
from desktop.storage.file_locks import shm_in_use
from desktop.storage.files import write_json_atomically
from desktop.storage.models import db
from desktop.storage.network import is_network_path, keep_to_itself, share_pragmas, use_rollback_journal

SQLITE_HEADER = cipher.SQLITE_HEADER
log = logging.getLogger(__name__)
APPLICATION_ID = 0x4C57524B  # "LWRK" in the SQLite header marks a LeerWerk database
BUSY_TIMEOUT_MS = 5000
PRAGMAS = {
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "journal_mode": "wal",
    "synchronous": "normal",
    # 4 MB a connection: the file's pages stay in the system's cache on a local disk, and what SQLite's own cache
    # held once stayed with the process (at 16 MB, each tab's first reading filled it: a tenth of the memory budget).
    "cache_size": -4000,
}


@dataclass
class FileInfo:
    exists: bool
    schema_version: int = 0
    tables: list[str] = field(default_factory=list)
    encrypted: bool = False
    schema_problems: list[str] = field(default_factory=list)  # how it differs from LeerWerk's schema of its version


class ForeignWalError(UnusableDatabaseError):
    """The ``-wal`` beside a sound database does not fit it (a careless copy brought another database's)."""


def _check_header(path: Path) -> bool:
    """Refuse an empty, foreign or cut-off file by its first 100 bytes; returns whether it is encrypted."""
    size = path.stat().st_size
    if size == 0:
        raise UnusableDatabaseError(_("The file {path} is empty: it holds no database.").format(path=path))
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        if cipher.looks_encrypted(path):
            return True
        raise UnusableDatabaseError(
            _("The file {path} is not a LeerWerk database: it is not an SQLite file.").format(path=path)
        )
    if len(header) < 100:
        raise UnusableDatabaseError(_("The file {path} is damaged: it is cut off.").format(path=path))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    wal_present = Path(f"{path}-wal").exists()
    truncated = page_size and size % page_size != 0
    if not truncated and not wal_present and valid_for == change_counter and page_count:
        truncated = page_count * page_size > size
    if truncated:
        raise UnusableDatabaseError(_("The file {path} is damaged: it is cut off.").format(path=path))
    return False


def inspection_uri(path: Path) -> str:
    """A read-only URI for looking at a file without leaving anything beside it: immutable when no
    LeerWerk has it open (see `backup.immutable_uri`), so a damaged file refused at start-up is not
    left with a new -wal and -shm."""
    return immutable_uri(path) or read_only_uri(path)


_EXPLAINED = {3, 5, 6, 8, 10, 13, 14, 23}


class DatabaseNotWritableError(UnusableDatabaseError):
    """The database cannot be written here (a read-only folder, disk or file); it can still be read."""

    def __init__(self, path: Path):
        super().__init__(_read_only(path))
        self.path = path


def _read_only(path: Path) -> str:
    return _(
        "The database {path} is read-only: LeerWerk cannot save in it. Copy it to a folder where you may "
        "write, or ask for write access."
    ).format(path=path)


def _error_code(error: Exception) -> int:
    """SQLite's primary result code, also through peewee's wrapper (which keeps the original as `orig`)."""
    original = getattr(error, "orig", None) or error
    return (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF


def explain_database_error(error: Exception, path: Path) -> str:
    """One sentence for what SQLite reported, by its error code (never SQLite's English text alone)."""
    code = _error_code(error)
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return _("The database {path} is in use by another program; close it there and try again.").format(path=path)
    if code == 8:  # SQLITE_READONLY
        return _read_only(path)
    if code in (3, 14, 23):  # SQLITE_PERM, SQLITE_CANTOPEN, SQLITE_AUTH
        message = _("The database {path} cannot be opened here: the file or its folder may not be read or written.")
        return message.format(path=path)
    if files.is_disk_full(error):  # before SQLITE_IOERR: a -shm that cannot grow is one of those
        return files.disk_full(_("opening {path}").format(path=path))
    if code == 10:  # SQLITE_IOERR
        return _("The database {path} could not be read or written: the disk reported an error.").format(path=path)
    return _("The file {path} is damaged and cannot be read as a database.").format(path=path)


def inspect_file(path: Path, *, verify: bool = False, report_schema: bool = False) -> FileInfo:
    """Read-only look at `path`; raises `UnusableDatabaseError` when it cannot be a LeerWerk database.

    With `verify`, SQLite's quick check reads every page first, so that a file with damaged pages is
    refused before anything is written to it, not found out halfway through the day's work. A file
    whose tables, columns or indexes differ from LeerWerk's schema of its version is refused too (a
    missing table shows only halfway through the day's work, an unknown column not at all), unless
    `report_schema` asks for the differences in `FileInfo.schema_problems` instead.
    """
    if path.is_dir():
        raise UnusableDatabaseError(_("{path} is a folder, not a database file.").format(path=path))
    if files.is_special(path):
        raise UnusableDatabaseError(files.not_a_file(path))
    if not path.exists():
        return FileInfo(exists=False)
    try:
        encrypted = _check_header(path)
        connection = cipher.connect(
            inspection_uri(path), path=path, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, encrypted=encrypted
        )
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            # LeerWerk's application id alone is no proof: another program may carry it (by mistake or
            # on purpose); without the schema version table it was never LeerWerk's.
            if tables and (application_id != APPLICATION_ID or "schema_version" not in tables):
                raise UnusableDatabaseError(
                    _("The file {path} is a database of another program, not of LeerWerk.").format(path=path)
                )
            version = 0
            if "schema_version" in tables:
                row = connection.execute("SELECT version FROM schema_version").fetchone()
                version = int(row[0]) if row else 0
            damaged = verify and connection.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
            known = 0 < version <= migrations.LATEST_VERSION
            problems = schema.differences(connection, version) if known and not damaged else []
        finally:
            connection.close()
        if damaged:
            _refuse_if_wal_does_not_fit(path, encrypted)
            raise UnusableDatabaseError(
                _("The database {path} is damaged: the check at opening found errors in it.").format(path=path)
            )
    except PermissionError as error:
        raise UnusableDatabaseError(_("The file {path} cannot be read: access is denied.").format(path=path)) from error
    except OSError as error:
        raise UnusableDatabaseError(
            _("The file {path} cannot be read: {reason}").format(path=path, reason=files.os_reason(error))
        ) from error
    except cipher.errors() as error:
        raise _unreadable(path, error, encrypted) from error
    except (TypeError, ValueError) as error:  # a schema version that is not a number
        raise UnusableDatabaseError(
            _("The file {path} is damaged and cannot be read as a database.").format(path=path)
        ) from error
    if version > migrations.LATEST_VERSION:
        raise UnusableDatabaseError(
            _(
                "The database {path} was written by a newer LeerWerk (schema {found}, this version knows "
                "up to {known}); install the newer LeerWerk to open it."
            ).format(path=path, found=version, known=migrations.LATEST_VERSION)
        )
    if problems and not report_schema:
        raise UnusableDatabaseError(
            _(
                "The database {path} does not have the tables, columns and indexes LeerWerk gives it; it was "
                "left as it was, and 'leerwerk check' lists what differs."
            ).format(path=path)
        )
    return FileInfo(exists=True, schema_version=version, tables=tables, encrypted=encrypted, schema_problems=problems)


def _unreadable(path: Path, error: Exception, encrypted: bool) -> UnusableDatabaseError:
    if _error_code(error) in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB: perhaps only with the -wal beside it
        _refuse_if_wal_does_not_fit(path, encrypted)
    return UnusableDatabaseError(explain_database_error(error, path))


def _has_wal_content(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def _refuse_if_wal_does_not_fit(path: Path, encrypted: bool) -> None:
    """Raise `ForeignWalError` when `path` read with its ``-wal`` fails its check but passes it alone.

    SQLite cannot tell whose ``-wal`` lies beside a file; it applies any it finds, and a copy that
    brought another database's makes a sound file look damaged. Its own ``-wal`` holds only whole,
    checksummed commits on top of the file, so a sound file stays sound with it. Not asked while a
    program has the file open: then the ``-wal`` is in use and surely its own (and asking the
    operating system would drop this process's own locks on it, see `file_locks`).
    """
    if not _has_wal_content(path) or writer_lock.held_lock(path) is not None or shm_in_use(path):
        return
    try:
        # Immutable: SQLite reads the file alone, without its -wal, and leaves nothing beside it.
        alone = cipher.connect(read_only_uri(path) + "&immutable=1", path=path, uri=True, encrypted=encrypted)
        try:
            sound = alone.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            alone.close()
    except cipher.errors():
        return
    if sound:
        wal = Path(f"{path}-wal")
        raise ForeignWalError(
            _(
                "The file {wal} beside the database {path} does not fit it (it probably belongs to another "
                "database): together they fail the check, the database alone passes it; move {wal} to another "
                "folder and LeerWerk opens the database as it is in the file itself."
            ).format(wal=wal, path=path)
        )


def _refuse_if_in_use(path: Path) -> None:
    # Before the file is even read: on a share the other LeerWerk may keep SQLite's lock for itself,
    # and "in use by Jan on PC12" says more than "busy" after a wait.
    if writer_lock.held_lock(path) is not None:
        return
    owner = writer_lock.live_owner(path)
    if owner is not None:
        raise writer_lock.DatabaseInUseError(path, owner)


def open_database(path: str | os.PathLike, *, create: bool = True, bind: bool = True) -> SqliteDatabase:
    """Check `path`, take its writer lock, open it (creating it when it does not exist), migrate it,
    and bind the models to it (with `bind=False` the caller uses the returned database and releases it).

    Raises `DatabaseInUseError` (an `UnusableDatabaseError`) when another LeerWerk has it open. A server's
    address (``postgresql://…``) opens the database on that server instead (`desktop.storage.server`).
    """
    if server.is_server_address(path):
        database = server.open_server(path)
        if bind:
            close_database()
            db.initialize(database)
        return database
    path = Path(path)
    _refuse_if_in_use(path)
    finished = leftovers.finish_interrupted(path)
    # Every page is checked unless the file is exactly as LeerWerk left it at its last clean close
    # (same size and modification time, no -wal left): a file changed by anything else, cut off,
    # overwritten or left by a crash is checked in full before anything is written to it.
    info = inspect_file(path, verify=not unchanged_since_clean_close(path))
    if not info.exists:
        if not create:
            raise UnusableDatabaseError(_("The database {path} does not exist.").format(path=path))
        if not path.parent.is_dir():
            raise UnusableDatabaseError(_("The folder {folder} does not exist.").format(folder=path.parent))
    try:
        held = writer_lock.acquire(path)
    except OSError as error:
        if isinstance(error, PermissionError) or error.errno == errno.EROFS:  # a folder or disk not to write on
            raise DatabaseNotWritableError(path) from error
        if files.is_disk_full(error):
            raise UnusableDatabaseError(files.disk_full(_("opening {path}").format(path=path))) from error
        raise UnusableDatabaseError(
            _("The file {path} cannot be written: {reason}").format(
                path=writer_lock.lock_path(path), reason=files.os_reason(error)
            )
        ) from error
    on_network = is_network_path(path)
    database = leerwerk_database(
        str(path),
        passphrase=cipher.known_passphrase(path) if info.encrypted else None,
        file_path=path,
        writer_lock=held,
        on_network=on_network,
        pragmas=share_pragmas(PRAGMAS) if on_network else PRAGMAS,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        database.connect()
        if on_network:
            use_rollback_journal(database)
        if not info.exists or not info.tables:
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        try:
            migrations.migrate(database, path, backup=backup_before_migration)
        except cipher.errors(peewee.DatabaseError) as error:
            if _error_code(error) in _EXPLAINED:
                raise
            raise _upgrade_failed(path, error) from error
        except OSError:
            raise
        except Exception as error:  # noqa: BLE001 - a migration's own bug: rolled back, said in one sentence
            raise _upgrade_failed(path, error) from error
        # Find out now, not at the first save, whether this file may be written.
        database.execute_sql("BEGIN IMMEDIATE")
        database.execute_sql("ROLLBACK")
        if on_network:
            keep_to_itself(database)
    except UnusableDatabaseError:
        _give_up(database, path, created=not info.exists)
        raise
    except cipher.errors(peewee.DatabaseError) as error:
        _give_up(database, path, created=not info.exists)
        if _error_code(error) == 8:  # SQLITE_READONLY: a read-only file
            raise DatabaseNotWritableError(path) from error
        raise UnusableDatabaseError(explain_database_error(error, path)) from error
    except OSError as error:
        _give_up(database, path, created=not info.exists)
        if files.is_disk_full(error):
            raise UnusableDatabaseError(files.disk_full(_("opening {path}").format(path=path))) from error
        raise UnusableDatabaseError(
            _("The file {path} cannot be written: {reason}").format(path=path, reason=files.os_reason(error))
        ) from error
    except BaseException:
        _give_up(database, path, created=not info.exists)
        raise
    if info.encrypted:
        cipher.note_encrypted(path)
    database.finished_work = finished
    if bind:
        close_database()
        db.initialize(database)
    return database


def _give_up(database: LeerWerkDatabase, path: Path, *, created: bool) -> None:
    """Close a database that failed to open; one this call created (a first start on a full disk) goes again."""
    database.release()
    if created:
        remove_with_companions(path)


def _upgrade_failed(path: Path, error: BaseException) -> UnusableDatabaseError:
    from desktop.logs import scrubbed_traceback

    log.error("Schema upgrade failed and was rolled back\n%s", scrubbed_traceback(type(error), error.__traceback__))
    return UnusableDatabaseError(
        _("The database {path} could not be upgraded to this version of LeerWerk; it was left as it was.").format(
            path=path
        )
    )


def open_read_only(path: str | os.PathLike, *, bind: bool = True) -> LeerWerkDatabase:
    """Open `path` to read only, for when another LeerWerk writes in it or it cannot be written here (a
    read-only folder, disk or file); SQLite refuses every write.

    The file must hold the schema this version knows: a read-only open cannot upgrade it.
    """
    path = Path(path)
    holder = writer_lock.read_owner(path)
    try:
        info = inspect_file(path)
    except UnusableDatabaseError as error:
        if holder is not None and _error_code(error.__cause__) in (5, 6):
            raise UnusableDatabaseError(_cannot_read_while_open(path, holder)) from error
        raise
    if not info.exists:
        raise UnusableDatabaseError(_("The database {path} does not exist.").format(path=path))
    in_use = holder is not None or writer_lock.lock_path(path).exists()
    if info.schema_version != migrations.LATEST_VERSION and not in_use:
        raise UnusableDatabaseError(
            _(
                "The database {path} (schema {found}) must be upgraded before this LeerWerk can read it, which "
                "cannot be done where it cannot be written; copy it to a folder where you may write."
            ).format(path=path, found=info.schema_version)
        )
    if info.schema_version != migrations.LATEST_VERSION:
        raise UnusableDatabaseError(
            _(
                "The database {path} (schema {found}) is open in an older LeerWerk; it can be read here once "
                "it has been opened for writing in this version."
            ).format(path=path, found=info.schema_version)
        )
    pragmas = {"query_only": 1, **{key: PRAGMAS[key] for key in ("foreign_keys", "busy_timeout", "cache_size")}}

    def connected(uri: str) -> LeerWerkDatabase:
        database = leerwerk_database(
            uri,
            passphrase=cipher.known_passphrase(path) if info.encrypted else None,
            uri=True,
            file_path=path,
            read_only=True,
            holder=holder,
            on_network=is_network_path(path),
            pragmas=pragmas,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        try:
            database.connect()
            database.execute_sql("SELECT version FROM schema_version").fetchone()
        except BaseException:
            database.release()
            raise
        return database

    try:
        try:
            database = connected(read_only_uri(path))
        except cipher.errors(peewee.DatabaseError) as error:
            # In a folder that cannot be written a database in WAL mode cannot even be read (no -shm
            # can be made there); when nothing has it open, it is read as immutable instead.
            unlocked = immutable_uri(path)
            if _error_code(error) != CANNOT_OPEN or unlocked is None:
                raise
            database = connected(unlocked)
    except cipher.errors(peewee.DatabaseError) as error:
        if holder is not None and _error_code(error) in (5, 6):
            raise UnusableDatabaseError(_cannot_read_while_open(path, holder)) from error
        raise UnusableDatabaseError(explain_database_error(error, path)) from error
    if bind:
        close_database()
        db.initialize(database)
    return database


def _cannot_read_while_open(path: Path, holder: writer_lock.LockOwner) -> str:
    return _(
        "The database {path} is in use by {holder} and cannot even be read meanwhile (on a network drive "
        "LeerWerk keeps it to itself); try again when it is closed there."
    ).format(path=path, holder=writer_lock.describe_holder(holder))


def release_database(database) -> None:
    """Close `database` and give back its writer lock (for a database opened with `bind=False`)."""
    if isinstance(database, LeerWerkDatabase):
        writable = not database.read_only
        database.release()
        if writable:
            remember_clean_close(database.file_path)
    elif database is not None and not database.is_closed():
        database.close()


def close_database() -> None:
    release_database(db.obj)
    db.initialize(None)


def current_path() -> Path | None:
    current = db.obj
    if current is None or isinstance(current, server.ServerDatabase):
        return None
    return current.file_path if isinstance(current, LeerWerkDatabase) else Path(current.database)


def current_location() -> Path | str | None:
    """Where the bound database is: its file, or its server's address without password; None when none is open
    (also while the window is between two databases)."""
    return current_path() or current_address()


def current_address() -> str | None:
    """The address (without password) of the bound server database; None for a file or none."""
    current = db.obj
    return current.address if isinstance(current, server.ServerDatabase) else None


def current_database() -> LeerWerkDatabase | None:
    """The bound database, to ask whether it is read-only, who holds it, and whether it is on a share."""
    current = db.obj
    return current if isinstance(current, LeerWerkDatabase) else None


@dataclass
class CheckReport:
    path: Path
    schema_version: int
    problems: list[str]
    wipe_owed: bool = False  # an erase has not been wiped from the file yet (`wiping`)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(path: str | os.PathLike) -> CheckReport:
    """Integrity and foreign-key check, read-only; raises `UnusableDatabaseError` for unusable files."""
    path = Path(path)
    info = inspect_file(path, report_schema=True)
    if not info.exists:
        raise UnusableDatabaseError(_("The database {path} does not exist.").format(path=path))
    problems: list[str] = []
    try:
        connection = cipher.connect(inspection_uri(path), path=path, uri=True, encrypted=info.encrypted)
        try:
            for (line,) in connection.execute("PRAGMA integrity_check"):
                if line != "ok":
                    problems.append(_("Integrity: {detail}").format(detail=line))
            damaged = bool(problems)
            for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check"):
                problems.append(
                    _("Table {table}, row {rowid}: refers to a missing row in {parent}.").format(
                        table=table, rowid=rowid, parent=parent
                    )
                )
            wipe_owed = (
                info.schema_version > 0 and not info.schema_problems and wiping.owed_since(connection) is not None
            )
        finally:
            connection.close()
        if damaged:
            _refuse_if_wal_does_not_fit(path, info.encrypted)
    except cipher.errors() as error:
        raise _unreadable(path, error, info.encrypted) from error
    if info.schema_version == 0:
        problems.append(_("The file holds no LeerWerk schema."))
    problems += info.schema_problems
    return CheckReport(path=path, schema_version=info.schema_version, problems=problems, wipe_owed=wipe_owed)


# -- files as LeerWerk left them --------------------------------------------------------------------------

CLEAN_CLOSES_FILE = "clean-closes.json"


def _fingerprint(path: Path) -> list[int] | None:
    """Size and modification time of a database with no -wal content beside it; None otherwise."""
    try:
        stat = Path(path).stat()
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            return None  # not closed cleanly: the -wal still holds changes
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _clean_closes() -> dict[str, list[int]]:
    try:
        with open(paths.data_dir() / CLEAN_CLOSES_FILE, encoding="utf-8") as handle:
            marks = json.load(handle)
    except (OSError, ValueError):
        return {}
    return marks if isinstance(marks, dict) else {}


def unchanged_since_clean_close(path: Path) -> bool:
    """Whether `path` is byte for byte as LeerWerk left it (as far as size and time tell)."""
    fingerprint = _fingerprint(path)
    return fingerprint is not None and _clean_closes().get(str(Path(path).resolve())) == fingerprint


def remember_clean_close(path: Path) -> None:
    """Note the size and time of a database LeerWerk has just closed; kept in the local data folder."""
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return
    marks = _clean_closes()
    marks[str(Path(path).resolve())] = fingerprint
    try:
        write_json_atomically(paths.data_dir() / CLEAN_CLOSES_FILE, marks)
    except OSError as error:  # only costs a full check at the next opening
        log.warning("Could not note a clean close: %s", type(error).__name__)
