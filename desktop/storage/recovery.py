"""Putting a backup back, finding the newest good one, and noticing damage before a file is used.

A backup is put back only after it passed its check (a LeerWerk database, ``integrity_check`` ok,
a schema this version knows). The current file is never overwritten and never changed: it is
renamed aside (``leerwerk.sqlite3.before-restore-20261121-1405``) together with its ``-wal``,
``-shm`` and ``-journal``, so SQLite finds them again by name if it is ever opened. The backup is
copied next to the database first and renamed into place only then.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from desktop import clock, files
from desktop.errors import LeerWerkError, UnusableDatabaseError
from desktop.i18n import _
from desktop.storage import cipher, leftovers
from desktop.storage import lock as writer_lock
from desktop.storage.backup import (
    BackupFile,
    copy_database,
    leaving_no_trace,
    list_backups,
    move_to_new_name,
    read_only_uri,
    remove_with_companions,
)
from desktop.storage.database import ForeignWalError, current_path, inspect_file, open_database
from desktop.storage.encryption import rewrite
from desktop.storage.file_locks import open_elsewhere

log = logging.getLogger(__name__)

COMPANIONS = leftovers.COMPANIONS
ASIDE_STAMP = "%Y%m%d-%H%M"


class RestoreError(LeerWerkError):
    """A backup was not put back; the database and the backup are as they were."""


def _integrity_ok(path: Path, pragma: str = "integrity_check") -> bool:
    try:
        connection = cipher.connect(read_only_uri(path), path=path, uri=True)
        try:
            return connection.execute(f"PRAGMA {pragma}").fetchone()[0] == "ok"
        finally:
            connection.close()
    except cipher.errors():
        return False


def check_backup(path: Path) -> int:
    """The schema version of a backup fit to be put back; raises `RestoreError` or `UnusableDatabaseError`."""
    path = Path(path)
    if files.is_special(path):
        raise RestoreError(files.not_a_file(path))
    if not path.is_file() and not path.is_dir():
        raise RestoreError(_("The backup {path} does not exist.").format(path=path))
    with leaving_no_trace(path):
        info = inspect_file(path)  # folder, empty, not SQLite, cut off, another program's, newer schema
        if info.schema_version == 0:
            message = _("The file {path} is not a LeerWerk backup: it holds no LeerWerk schema.")
            raise RestoreError(message.format(path=path))
        if not _integrity_ok(path):
            message = _("The backup {path} is damaged: it does not pass its integrity check.")
            raise RestoreError(message.format(path=path))
    return info.schema_version


def backup_is_good(path: Path) -> bool:
    try:
        check_backup(path)
    except LeerWerkError:
        return False
    return True


def find_good_backup(db_path: Path) -> BackupFile | None:
    """The newest backup of `db_path` that passes its check, or None."""
    for backup in list_backups(Path(db_path)):
        if backup_is_good(backup.path):
            return backup
        log.warning("A backup failed its check and was passed over")
    return None


def check_pages(path: Path) -> None:
    """Raise `UnusableDatabaseError` when SQLite's ``quick_check`` finds damage in an existing file.

    `inspect_file` reads only the header and the schema; bytes overwritten in the middle of the file
    show only here. Read-only; on a 10,000-learner database it takes about half a second.
    """
    path = Path(path)
    if not path.is_file():
        return
    if not _integrity_ok(path, "quick_check"):
        raise UnusableDatabaseError(
            _("The file {path} is damaged: SQLite's check found errors inside it.").format(path=path)
        )


def may_offer_backup(error: UnusableDatabaseError, db_path: Path) -> bool:
    """Whether a refused file is one a backup can stand in for: damaged, foreign or too new, but
    not merely in use, read-only, out of reach or encrypted without its passphrase (there a backup would
    only hide the real problem; a backup of an encrypted database needs the same passphrase)."""
    db_path = Path(db_path)
    if not db_path.is_file() or isinstance(error, cipher.PassphraseError | ForeignWalError):
        return False  # a foreign -wal beside a sound file: a backup would cost the work in the file
    cause = error.__cause__
    if isinstance(cause, OSError):
        return False
    original = getattr(cause, "orig", None) or cause
    code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
    return code not in (3, 5, 6, 8, 10, 13, 14, 23)


def _aside_name(db_path: Path, now: dt.datetime) -> Path:
    base = f"{db_path.name}.before-restore-{now.strftime(ASIDE_STAMP)}"
    candidate, serial = db_path.with_name(base), 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *COMPANIONS)):
        serial += 1
        candidate = db_path.with_name(f"{base}-{serial}")
    return candidate


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def _refuse_in_use(db_path: Path) -> None:
    raise RestoreError(
        _(
            "The database {path} is open in LeerWerk or another program, here or on another computer; "
            "close it there and try again."
        ).format(path=db_path)
    )


def _move_aside(db_path: Path, aside: Path) -> list[tuple[Path, Path]]:
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *COMPANIONS):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                target = Path(f"{aside}{suffix}")
                move_to_new_name(source, target)
                moved.append((source, target))
    except OSError:
        _move_back(moved)
        raise
    return moved


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for source, target in reversed(moved):
        try:
            move_to_new_name(target, source)
        except OSError:
            log.error("A file set aside for a restore could not be moved back")


class PlainBackupError(RestoreError):
    """A plain backup would take the place of an encrypted database: whether to encrypt it must be chosen."""


def restore_backup(
    backup: Path, db_path: Path, now: dt.datetime | None = None, *, encrypt: bool | None = None
) -> Path | None:
    """Put `backup` in the place of `db_path`; returns where the previous file was kept (None: there was none).

    A plain backup over an encrypted database is encrypted with the database's passphrase on the way
    (`encrypt` True) or put back plain (False); None raises `PlainBackupError`. The caller must have
    closed its own connection to `db_path`. Raises `RestoreError` or `UnusableDatabaseError` with one
    sentence; then every file is as it was. Killed at any moment, the next opening finishes it or finds
    the database as it was (`leftovers.settle_restore`).
    """
    backup, db_path = Path(backup), Path(db_path)
    check_backup(backup)
    if db_path.is_dir():
        raise RestoreError(_("{path} is a folder, not a database file.").format(path=db_path))
    if not db_path.parent.is_dir():
        raise RestoreError(_("The folder {folder} does not exist.").format(folder=db_path.parent))
    if _same_file(backup, db_path) or any(_same_file(backup, Path(f"{db_path}{s}")) for s in COMPANIONS):
        raise RestoreError(_("The backup {path} is the database itself; choose a backup.").format(path=backup))
    bound = current_path()
    if bound is not None and os.path.abspath(bound) == os.path.abspath(db_path):
        raise RestoreError(_("Close the database {path} before a backup is put back.").format(path=db_path))
    if open_elsewhere(db_path):
        _refuse_in_use(db_path)
    passphrase = _passphrase_to_encrypt(backup, db_path, encrypt)
    try:
        held = writer_lock.acquire(db_path, heartbeat=False)
    except OSError as error:  # the lock file beside the database cannot be written
        if files.is_disk_full(error):
            raise RestoreError(_disk_full(backup, db_path)) from error
        raise RestoreError(files.os_error_message(error)) from error
    try:
        return _put_in_place(backup, db_path, now, passphrase)
    finally:
        held.release()


def asks_whether_to_encrypt(backup: Path, db_path: Path) -> bool:
    """Whether putting `backup` back over `db_path` needs the choice to encrypt it: a plain backup, an
    encrypted database."""
    db_path = Path(db_path)
    return db_path.is_file() and cipher.looks_encrypted(db_path) and not cipher.looks_encrypted(Path(backup))


def _passphrase_to_encrypt(backup: Path, db_path: Path, encrypt: bool | None) -> str | None:
    """The passphrase the restored copy gets: the database's, when a plain backup replaces an encrypted
    database and `encrypt` asks for it; None otherwise."""
    if not asks_whether_to_encrypt(backup, db_path):
        return None
    if encrypt is None:
        raise PlainBackupError(
            _(
                "The backup {backup} is not encrypted, the database {path} is: choose whether the backup is "
                "encrypted with the database's passphrase as it is put back."
            ).format(backup=backup, path=db_path)
        )
    if not encrypt:
        return None
    return cipher.passphrase_for(db_path)  # the one this process was given; `PassphraseError` without it


def _put_in_place(backup: Path, db_path: Path, now: dt.datetime | None, passphrase: str | None) -> Path | None:
    try:
        leftovers.settle_restore(db_path)  # a restore killed before: finished first, so this one starts clean
    except OSError as error:
        raise RestoreError(
            _("An earlier, interrupted restore into {path} could not be finished: {reason}").format(
                path=db_path, reason=files.os_reason(error)
            )
        ) from error
    staging = leftovers.staging_path(db_path)
    try:
        copy_database(backup, staging)
        if passphrase is not None:
            rewrite(staging, None, passphrase)
    except (LeerWerkError, *cipher.errors(OSError)) as error:
        _wipe_quietly(staging)
        if files.is_disk_full(error):
            raise RestoreError(_disk_full(backup, db_path)) from error
        if isinstance(error, LeerWerkError):
            raise
        raise RestoreError(
            _("The backup could not be copied next to the database {path}: {reason}").format(
                path=db_path, reason=files.os_reason(error)
            )
        ) from error
    aside = _aside_name(db_path, now or clock.now())
    try:
        leftovers.write_restore_plan(db_path, aside)
        moved = _move_aside(db_path, aside)
    except OSError as error:
        leftovers.plan_path(db_path).unlink(missing_ok=True)
        _wipe_quietly(staging)
        if isinstance(error, PermissionError):
            _refuse_in_use(db_path)  # Windows will not rename a file another program has open
        if files.is_disk_full(error):
            raise RestoreError(_disk_full(backup, db_path)) from error
        raise RestoreError(
            _("The database {path} could not be set aside: {reason}").format(
                path=db_path, reason=files.os_reason(error)
            )
        ) from error
    try:
        move_to_new_name(staging, db_path)
    except OSError as error:
        _move_back(moved)
        leftovers.plan_path(db_path).unlink(missing_ok=True)
        _wipe_quietly(staging)
        if files.is_disk_full(error):
            raise RestoreError(_disk_full(backup, db_path)) from error
        raise RestoreError(
            _("The backup could not be put in place of {path}: {reason}").format(
                path=db_path, reason=files.os_reason(error)
            )
        ) from error
    leftovers.plan_path(db_path).unlink()
    log.info("Backup put back; the previous file was %s", "kept aside" if moved else "not there")
    return aside if moved else None


def _wipe_quietly(staging: Path) -> None:
    try:
        leftovers.settle_rewrite(staging)
        if staging.exists():
            leftovers.wipe(staging)
    except OSError as error:  # wiped when LeerWerk next opens the database
        log.warning("A copy for a restore could not be wiped: %s", type(error).__name__)
    finally:
        remove_with_companions(staging)  # the journal a failed copy may leave: a partial copy is personal data


def _disk_full(backup: Path, db_path: Path) -> str:
    return files.disk_full(_("putting back the backup {backup} in place of {path}").format(backup=backup, path=db_path))


def open_checked(path: Path, *, create: bool = True):
    """`open_database` after a read-only look inside the file: a damaged file is refused untouched
    before anything (a switch to WAL, a migration) could write to it."""
    path = Path(path)
    with leaving_no_trace(path):
        inspect_file(path)  # its sentence is the clearer one for a file that is not a database at all
    return open_database(path, create=create)  # which runs the quick check of every page first
