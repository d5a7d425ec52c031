"""Copies of a database made with SQLite's online backup API (consistent even while it is open).

Every database has its own folder of backups in the local per-user backup folder (also when the
database itself lies on a network share), named after the file and a key of its absolute path, so
two databases called ``leerwerk.sqlite3`` never share their backups. Automatic backups are named
``<name>-YYYYMMDD-HHMMSS.sqlite3`` and rotated (see `rotation`); a copy made before a migration is
``<name>-YYYYMMDD-HHMMSS-schemaN.sqlite3`` and is never rotated away.

A copy is written to ``<target>.partial``, checked with ``integrity_check`` and only then given its
name, which it never takes from an existing file.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desktop import clock, files, paths
from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.storage import cipher
from desktop.storage.file_locks import shm_in_use
from desktop.storage.rotation import backups_to_keep

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
CANNOT_OPEN = 14  # SQLITE_CANTOPEN: also what a database in WAL mode gives in a folder it cannot write
BACKUP_SUFFIX = ".sqlite3"
_BACKUP_NAME = re.compile(
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<serial>\d{1,3}))?(?:-schema(?P<schema>\d+))?" + re.escape(BACKUP_SUFFIX) + "$"
)


class BackupError(LeerWerkError):
    """A backup could not be made; the database and the existing backups are as they were."""


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only."""
    return uri_for(Path(path).absolute().as_posix())


def immutable_uri(path: Path, *, empty_wal_ok: bool = False) -> str | None:
    """A read-only URI that reads `path` as immutable (no locks, no side files), or None when a -wal or
    a rollback -journal beside it shows a connection that may still write to it.

    Opened read-only, a database in WAL mode needs a -shm beside it, which a read-only folder cannot
    hold, and gets an empty -wal and a -shm that it cannot remove again. Without a -wal or -journal no
    LeerWerk has the file open and every committed page is in the file itself. `empty_wal_ok`: an empty -wal holds
    no page either (a reader that found no room for its -shm leaves one); the copy's integrity check stays the judge.
    """
    wal = Path(f"{path}-wal")
    if Path(f"{path}-journal").exists() or (wal.exists() and not (empty_wal_ok and wal.stat().st_size == 0)):
        return None
    return read_only_uri(path) + "&immutable=1"


def uri_for(posix_path: str) -> str:
    # Built by hand: Path.as_uri() turns a Windows share into "file://server/...", an authority SQLite
    # refuses. An empty authority works for drive letters ("/C:/...") and shares ("//server/...") alike;
    # "#", "?" and "%" in folder names are escaped.
    if not posix_path.startswith("/"):
        posix_path = "/" + posix_path
    return f"file://{quote(posix_path, safe='/:')}?mode=ro"


@contextmanager
def leaving_no_trace(path: Path) -> Iterator[None]:
    """Read `path` inside this block and leave no new ``-wal``/``-shm`` beside it.

    A read-only connection to a file marked for WAL creates an empty ``-wal`` and a ``-shm`` and
    cannot remove them when it closes. Where neither was there before, both go again afterwards,
    unless another process has opened the file meanwhile.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    untouched = not wal.exists() and not shm.exists()
    try:
        yield
    finally:
        if untouched and wal.exists() and wal.stat().st_size == 0 and not shm_in_use(path):
            for companion in (wal, shm):
                try:
                    companion.unlink(missing_ok=True)
                except OSError:
                    break


def move_to_new_name(source: Path, target: Path) -> None:
    """Rename `source` to `target`; raises `FileExistsError` instead of replacing an existing `target`."""
    if os.name == "nt":
        os.rename(source, target)  # Windows refuses an existing target itself, atomically
        return
    try:
        os.link(source, target)  # fails when target exists: no window between a test and the rename
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (some network shares)
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    source.unlink()


BUSY_GIVE_UP_SECONDS = 15.0


def _give_up_when_locked_out(seconds: float):
    """A progress callback for `Connection.backup`, which otherwise retries a locked source for ever:
    on a network drive the open database holds an exclusive lock that no second connection gets past."""
    started = time.monotonic()

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() - started > seconds:
            raise sqlite3.OperationalError("database is locked")

    return progress


def _copy_pages(source: Path, partial: Path) -> str:
    """The backup API from `source` into the new file `partial`; returns its integrity check.

    The copy of an encrypted database is encrypted with the same passphrase (and a salt of its own).
    """
    encrypted = cipher.looks_encrypted(source)
    src = _connect_source(source, encrypted)
    try:
        dst = cipher.connect_new(partial, cipher.known_passphrase(source) if encrypted else None)
        try:
            src.backup(dst, progress=_give_up_when_locked_out(BUSY_GIVE_UP_SECONDS))
            dst.execute("PRAGMA journal_mode = DELETE")
            return dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()


def _connect_source(source: Path, encrypted: bool):
    """A read-only connection to `source` that has read its schema; in a folder that cannot be written,
    immutable when nothing has the file open (see `immutable_uri`)."""
    connection = cipher.connect(read_only_uri(source), path=source, uri=True, encrypted=encrypted)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except cipher.errors() as error:
        connection.close()
        # No room beside the file for the -shm a reader of a WAL database makes (its disk full): the copy, which is
        # what someone with a full disk needs, reads it as it stands, as in a folder that cannot be written.
        full = files.is_disk_full(error)
        unlocked = immutable_uri(source, empty_wal_ok=full)
        cannot_open = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == CANNOT_OPEN
        if unlocked is None or not (cannot_open or full):
            raise
    return cipher.connect(unlocked, path=source, uri=True, encrypted=encrypted)


def copy_database(source: Path, target: Path, *, overwrite: bool = True) -> Path:
    """Copy `source` to `target` page by page; `target` is written to a temporary name first.

    The copy is a single self-contained file (rollback journal, no ``-wal``) that passed
    ``integrity_check``. Without `overwrite` an existing `target` raises `FileExistsError` and is
    left as it was. A failed copy leaves no ``.partial`` file behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    remove_with_companions(partial)
    try:
        with leaving_no_trace(source):
            result = _copy_pages(source, partial)
        if result != "ok":
            raise sqlite3.DatabaseError(f"backup copy failed its integrity check: {result}")
        if overwrite:
            partial.replace(target)
        else:
            move_to_new_name(partial, target)
    except BaseException:
        remove_with_companions(partial)
        raise
    return target


def remove_with_companions(path: Path) -> None:
    """Remove a copy that did not come about, with the journal SQLite may have left beside it (a failed write
    leaves it hot): a partial copy of a database is personal data."""
    for companion in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{companion}").unlink(missing_ok=True)


# -- where the backups of a database live -------------------------------------------------------------


def _safe_stem(db_path: Path) -> str:
    stem = paths.NOT_IN_FILE_NAMES.sub("_", Path(db_path).stem).strip(" .") or "database"
    return stem[:40]


def backup_folder(db_path: Path) -> Path:
    """The folder for the backups of `db_path` (not created here)."""
    return paths.backup_dir() / f"{_safe_stem(db_path)}-{paths.database_key(db_path)}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime
    schema_before_migration: int | None = None

    @property
    def rotated(self) -> bool:
        """Automatic backups are rotated; a copy made before a migration is kept."""
        return self.schema_before_migration is None


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _BACKUP_NAME.search(path.name)
    if match is None:
        return None
    try:
        made = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    serial = int(match["serial"] or 0)
    schema = int(match["schema"]) if match["schema"] else None
    return BackupFile(path, made + dt.timedelta(microseconds=serial), schema)


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of `db_path`, newest first (files of another name in the folder are ignored)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [parse_backup_name(path) for path in folder.glob("*" + BACKUP_SUFFIX) if path.is_file()]
    return sorted((item for item in found if item is not None), key=lambda item: (item.made, item.path), reverse=True)


def _new_backup_path(db_path: Path, moment: dt.datetime, schema: int | None = None) -> Path:
    """A free name for a backup made at `moment`; a second one in the same second gets a higher serial
    (also after the rotation removed the first), so the newer always sorts as the newer."""
    folder = backup_folder(db_path)
    tail = f"-schema{schema}" if schema is not None else ""
    stamp = moment.strftime(STAMP_FORMAT)
    stem = _safe_stem(db_path)
    taken = [parse_backup_name(path) for path in folder.glob(f"{stem}-{stamp}*")] if folder.is_dir() else []
    serials = [round(info.made.microsecond) for info in taken if info is not None]
    if not serials:
        return folder / f"{stem}-{stamp}{tail}{BACKUP_SUFFIX}"
    return folder / f"{stem}-{stamp}-{max(max(serials) + 1, 2)}{tail}{BACKUP_SUFFIX}"


def _copy_new(source: Path, target: Path) -> Path:
    for _attempt in range(5):
        try:
            return copy_database(source, target, overwrite=False)
        except FileExistsError:  # made in the same second by another LeerWerk: take the next name
            info = parse_backup_name(target)
            target = _new_backup_path(source, info.made if info else clock.now(), info and info.schema_before_migration)
    return copy_database(source, target, overwrite=False)


def explain_backup_failure(error: BaseException, folder: Path) -> str:
    """One sentence for why a backup into `folder` failed."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    number = getattr(error, "errno", None)
    if files.is_disk_full(error):
        return files.disk_full(_("making a backup in {folder}").format(folder=folder))
    if isinstance(error, PermissionError) or number in (errno.EACCES, errno.EROFS) or code in (3, 8, 14):
        return _("The backup could not be made: the backup folder {folder} cannot be written.").format(folder=folder)
    if code in (11, 26) or "integrity check" in str(error):
        return _("The backup could not be made: the database is damaged. Run 'leerwerk check' to see what is wrong.")
    if code in (5, 6):
        return _("The backup could not be made: the database is busy; it will be tried again later.")
    reason = files.os_reason(error)
    return _("The backup could not be made: {reason}").format(reason=reason)


def make_backup(db_path: Path, now: dt.datetime | None = None) -> Path:
    """A new automatic backup of `db_path` in its backup folder, then the rotation; returns the new file.

    Raises `BackupError` with one sentence (the database and the earlier backups are left as they were).
    """
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    try:
        target = _new_backup_path(db_path, now or clock.now())
        made = _copy_new(db_path, target)
    except cipher.errors(OSError) as error:
        log.warning("Backup failed: %s (errno %s)", type(error).__name__, getattr(error, "errno", None))
        raise BackupError(explain_backup_failure(error, folder)) from error
    log.info("Backup made (%d bytes)", made.stat().st_size)
    prune_backups(db_path)
    return made


def prune_backups(db_path: Path) -> list[Path]:
    """Delete the automatic backups the rotation does not keep; returns what was deleted."""
    rotated = [item for item in list_backups(db_path) if item.rotated]
    keep = backups_to_keep((item.path, item.made) for item in rotated)
    deleted = []
    for item in rotated:
        if item.path in keep:
            continue
        try:
            item.path.unlink()
            deleted.append(item.path)
        except OSError as error:  # open in a virus scanner, say: the next rotation tries again
            log.warning("Old backup not deleted: %s", type(error).__name__)
    return deleted


def backup_before_migration(path: Path, from_version: int) -> Path:
    target = _new_backup_path(Path(path), clock.now(), schema=from_version)
    return _copy_new(Path(path), target)
