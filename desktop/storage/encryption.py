"""Turning encryption on or off, or changing the passphrase, for a database and all its backups.

Every file is rewritten the same way: SQLCipher's ``sqlcipher_export`` copies it into a new file
beside it (``.rekeying``) under the new passphrase (or none), the copy must pass ``integrity_check``
and hold the same schema, and only then takes the place of the old file in one rename. Before that
rename a second name is linked to the old file, so that after it the old contents can be
overwritten with zeros and removed: personal data does not stay readable in the freed space (as far
as the disk lets that happen; an SSD may keep old blocks, which BitLocker covers).

At any moment, also when the process is killed, the database is either the old file or the new
one, whole. The work is idempotent: a file already as asked is passed over, so running it again
after an interruption finishes the rest. Backups that no known passphrase opens (or that are
damaged) are passed over and counted.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop import files
from desktop.errors import LeerWerkError, UnusableDatabaseError
from desktop.i18n import _, ngettext
from desktop.storage import cipher, leftovers
from desktop.storage import lock as writer_lock
from desktop.storage.backup import leaving_no_trace, list_backups, remove_with_companions
from desktop.storage.database import current_path, inspect_file
from desktop.storage.file_locks import open_elsewhere
from desktop.storage.leftovers import OLD_SUFFIX, REWRITE_SUFFIX

log = logging.getLogger(__name__)


Progress = Callable[[int, int], bool]  # (files done, files in all) -> go on?


class EncryptionError(LeerWerkError):
    """The encryption of a database was not changed; every file is as it was."""


@dataclass
class Outcome:
    database_rewritten: bool = False
    backups_rewritten: int = 0
    backups_passed_over: list[Path] = field(default_factory=list)  # damaged, or under a passphrase not known
    backups_disk_full: list[Path] = field(default_factory=list)  # left as they were: no room for their copy
    cancelled: bool = False


def _state_of(path: Path) -> str | None:
    """None for a plain file, else the passphrase (given in this process) that opens it."""
    if not cipher.looks_encrypted(path):
        return None
    return cipher.passphrase_for(path)


def _export(source: Path, source_passphrase: str | None, target: Path, new_passphrase: str | None) -> None:
    driver = cipher._driver()
    connection = driver.connect(str(source), isolation_level=None)
    try:
        if source_passphrase is not None:
            cipher.prepare(connection, source, source_passphrase)
        else:
            connection.execute("PRAGMA cipher_log_level = NONE")
        # A -wal left beside the source holds committed pages: fold them into the file first.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        connection.execute("ATTACH DATABASE ? AS rewritten KEY ?", (str(target), new_passphrase or ""))
        try:
            connection.execute("SELECT sqlcipher_export('rewritten')")
            connection.execute(f"PRAGMA rewritten.user_version = {int(version)}")
            connection.execute(f"PRAGMA rewritten.application_id = {int(application_id)}")
        finally:
            connection.execute("DETACH DATABASE rewritten")
    finally:
        connection.close()


def _tables(path: Path, passphrase: str | None) -> list[tuple[str, int]]:
    connection = cipher.connect(str(path), path=path, encrypted=passphrase is not None)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise EncryptionError(_("The rewritten copy of {path} failed its check.").format(path=path))
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")]
        return [(name, connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names]
    finally:
        connection.close()


def rewrite(path: Path, old: str | None, new: str | None) -> None:
    """Replace `path` by a copy under passphrase `new` (None: plain); raises with `path` untouched."""
    leftovers.settle_rewrite(path)
    target, old_name = leftovers.beside(path, REWRITE_SUFFIX), leftovers.beside(path, OLD_SUFFIX)
    try:
        before = _tables(path, old)
        _export(path, old, target, new)
        if new is not None:
            cipher.remember(target, new)
        if _tables(target, new) != before:
            raise EncryptionError(_("The rewritten copy of {path} does not hold the same rows.").format(path=path))
        with open(target, "r+b") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(path, old_name)
        except OSError:  # a file system without hard links: the old contents are not wiped
            old_name = None
        os.replace(target, path)
    except BaseException:
        remove_with_companions(target)
        if old_name is not None:
            old_name.unlink(missing_ok=True)
        raise
    finally:
        cipher.forget(target)
    for companion in ("-wal", "-shm", "-journal"):
        Path(f"{path}{companion}").unlink(missing_ok=True)
    if old_name is not None:
        try:
            leftovers.wipe(old_name)
        except OSError as error:  # wiped when LeerWerk next opens the database (`leftovers.finish_interrupted`)
            log.warning("An old copy could not be wiped: %s", type(error).__name__)


def _refuse_when_open(db_path: Path) -> None:
    bound = current_path()
    if bound is not None and os.path.abspath(bound) == os.path.abspath(db_path):
        raise EncryptionError(_("Close the database {path} before its encryption is changed.").format(path=db_path))
    if open_elsewhere(db_path):
        raise EncryptionError(
            _(
                "The database {path} is open in LeerWerk or another program, here or on another computer; "
                "close it there and try again."
            ).format(path=db_path)
        )


def change_encryption(db_path: Path, new_passphrase: str | None, *, progress: Progress | None = None) -> Outcome:
    """Encrypt `db_path` and its backups with `new_passphrase`, or decrypt them (None).

    The current passphrase of an encrypted database must have been given (`cipher.remember`).
    Raises `EncryptionError`, `PassphraseError` or `UnusableDatabaseError` with one sentence; the
    database is then as it was. `progress` is told the files done and may return False to stop
    between two backups (run again to finish).
    """
    db_path = Path(db_path)
    if new_passphrase is not None:
        cipher.check_new_passphrase(new_passphrase)
        new_passphrase = cipher.normalised(new_passphrase)
    _refuse_when_open(db_path)
    with leaving_no_trace(db_path):
        info = inspect_file(db_path, verify=True)
    if not info.exists:
        raise UnusableDatabaseError(_("The database {path} does not exist.").format(path=db_path))
    if info.schema_version == 0:
        raise EncryptionError(_("The file {path} holds no LeerWerk database.").format(path=db_path))
    current = cipher.known_passphrase(db_path)
    try:
        held = writer_lock.acquire(db_path, heartbeat=False)
    except OSError as error:  # the lock file beside the database cannot be written
        raise _failed(db_path, error, current, new_passphrase) from error
    outcome, database_done = Outcome(), False
    if current is not None:  # backups not yet done after a cancel still open with it, in this process
        cipher.keep_trying(current)
    try:
        targets = [db_path, *(backup.path for backup in list_backups(db_path))]
        for done, path in enumerate(targets):
            if progress is not None and not progress(done, len(targets)):
                outcome.cancelled = True
                break
            try:
                old = _state_of(path)
                if old != new_passphrase:
                    rewrite(path, old, new_passphrase)
                    if path == db_path:
                        outcome.database_rewritten = True
                    else:
                        outcome.backups_rewritten += 1
                else:  # done by a run killed after its rename: the old contents it left beside the file go now
                    leftovers.settle_rewrite(path)
                database_done = True
            except (LeerWerkError, OSError, *cipher.errors()) as error:
                if path == db_path:
                    raise _failed(db_path, error, current, new_passphrase) from error
                log.warning("A backup was passed over: %s", type(error).__name__)
                if files.is_disk_full(error):
                    outcome.backups_disk_full.append(path)
                else:
                    outcome.backups_passed_over.append(path)
        else:
            if progress is not None:
                progress(len(targets), len(targets))
    finally:
        held.release()
    if database_done:  # not when cancelled before the database: it keeps the passphrase it had
        cipher.set_passphrase(db_path, new_passphrase)
        cipher.note_encrypted(db_path, new_passphrase is not None)
    log.info(
        "Encryption %s: database %s, %d backups rewritten, %d passed over, %d left for a full disk",
        "set" if new_passphrase else "removed",
        "rewritten" if outcome.database_rewritten else "as asked already",
        outcome.backups_rewritten,
        len(outcome.backups_passed_over),
        len(outcome.backups_disk_full),
    )
    return outcome


def backups_left_for_a_full_disk(count: int, finish: str) -> str:
    """What to say of backups a full disk left as they were: true (not "damaged"), and how to finish them."""
    return ngettext(
        "{count} backup was left as it was: the disk is full. Make room on the disk, then {finish}",
        "{count} backups were left as they were: the disk is full. Make room on the disk, then {finish}",
        count,
    ).format(count=count, finish=finish)


def _failed(db_path: Path, error: BaseException, old: str | None, new: str | None) -> LeerWerkError:
    if files.is_disk_full(error):
        if old is None:
            doing = _("encrypting {path}")
        elif new is None:
            doing = _("decrypting {path}")
        else:
            doing = _("changing the passphrase of {path}")
        return EncryptionError(files.disk_full(doing.format(path=db_path)))
    if isinstance(error, LeerWerkError):
        return error
    reason = files.os_reason(error)
    return EncryptionError(_("The encryption of {path} was not changed: {reason}").format(path=db_path, reason=reason))


def is_encrypted(db_path: Path) -> bool:
    return cipher.looks_encrypted(Path(db_path))
