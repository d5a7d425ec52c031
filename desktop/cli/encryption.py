"""``leerwerk encrypt``, ``decrypt`` and ``passphrase``, and the passphrase of an encrypted database
for every other command.

A passphrase comes from the environment (``LEERWERK_PASSPHRASE``, and ``LEERWERK_NEW_PASSPHRASE``
for a new one: for scripts) or is asked in the terminal without echo (a new one twice). It is never
an argument, which other users of the computer could read in the process list, and never printed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.common import EXIT_OK, EXIT_USAGE, add_database_option, file_database_path
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _, ngettext
from desktop.storage import cipher

PASSPHRASE_VARIABLE = "LEERWERK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "LEERWERK_NEW_PASSPHRASE"
OLD_PASSPHRASE_VARIABLE = "LEERWERK_OLD_PASSPHRASE"  # of backups a passphrase change did not get to
TRIES = 3


def _encrypted_on_the_server() -> str:
    return _(
        "its encryption is the server's (an encrypted disk, sslmode for the connection), set up by the IT supplier"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_option(parser, _("the database"))


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def from_environment(path: Path) -> None:
    """For the window: take the passphrase of an encrypted `path` from the environment when it is
    there (the window asks for it otherwise, and again when this one is wrong)."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given and cipher.looks_encrypted(Path(path)):
        cipher.remember(Path(path), given)


def unlock(path: Path, variable: str = PASSPHRASE_VARIABLE) -> None:
    """Make sure the passphrase of `path` is known when it is encrypted: from the environment (`variable`),
    or asked in the terminal. Raises `PassphraseError` with one sentence when it cannot be."""
    path = Path(path)
    source = _file_that_opens_as(path)
    if not cipher.looks_encrypted(source):
        return
    try:
        cipher.remember(path, cipher.passphrase_for(source))  # given already (for its database, say)
        return
    except cipher.PassphraseError:
        pass
    given = os.environ.get(variable)
    if given:
        cipher.remember(source, given)
        _check(source)
        cipher.remember(path, given)
        return
    if not _terminal():
        message = _(
            "The database {path} is encrypted: give its passphrase in the environment variable {variable}, "
            "or run the command in a terminal to be asked for it."
        )
        raise cipher.PassphraseError(message.format(path=path, variable=variable), path, wrong=False)
    for attempt in range(TRIES):
        given = getpass.getpass(_("Passphrase of {name}: ").format(name=path.name))
        cipher.remember(source, given)
        try:
            _check(source)
            cipher.remember(path, given)
            return
        except cipher.PassphraseError as error:
            if attempt == TRIES - 1:
                raise
            print(error.message, file=sys.stderr)


def _file_that_opens_as(path: Path) -> Path:
    """`path`, or, when a restore was killed after setting the database aside and before putting the backup
    in place, the copy that the opening of `path` will put there (`leftovers.settle_restore`): its passphrase
    is the one the database will need."""
    from desktop.storage import leftovers

    if path.exists() or not leftovers.plan_path(path).exists():
        return path
    return leftovers.staging_path(path)


def _check(path: Path) -> None:
    try:
        cipher.passphrase_for(path)
    except cipher.PassphraseError:
        cipher.forget(path)
        raise


def _new_passphrase() -> str:
    given = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if given is not None:
        cipher.check_new_passphrase(given)
        return given
    if not _terminal():
        message = _(
            "Give the new passphrase in the environment variable {variable}, or run the command in a terminal "
            "to be asked for it."
        )
        raise UnusableDatabaseError(message.format(variable=NEW_PASSPHRASE_VARIABLE))
    first = getpass.getpass(_("New passphrase (at least {count} characters): ").format(count=cipher.MIN_PASSPHRASE))
    cipher.check_new_passphrase(first)
    cipher.check_new_passphrase(first, getpass.getpass(_("The same passphrase again: ")))
    return first


def _progress(done: int, total: int) -> bool:
    if done and total > 1:
        print(_("{done} of {total} files done").format(done=done, total=total), file=sys.stderr)
    return True


def encrypt(args: argparse.Namespace) -> int:
    return _change("encrypt", file_database_path(args, "encrypt", _encrypted_on_the_server()))


def decrypt(args: argparse.Namespace) -> int:
    return _change("decrypt", file_database_path(args, "decrypt", _encrypted_on_the_server()))


def change_passphrase(args: argparse.Namespace) -> int:
    return _change("passphrase", file_database_path(args, "passphrase", _encrypted_on_the_server()))


def _change(command: str, db_path: Path) -> int:
    """`command` is "encrypt", "decrypt" or "passphrase"."""
    from desktop.storage.encryption import change_encryption, is_encrypted

    if not db_path.is_file():
        raise UnusableDatabaseError(_("The database {path} does not exist.").format(path=db_path))
    encrypted = is_encrypted(db_path)
    if (command == "encrypt" and encrypted) or (command == "decrypt" and not encrypted):
        return _finish(command, db_path)
    if command != "encrypt" and not encrypted:
        message = _("The database {path} is not encrypted; encrypt it with 'leerwerk encrypt'.")
        raise UnusableDatabaseError(message.format(path=db_path))
    new = None if command == "decrypt" else _new_passphrase()
    outcome = change_encryption(db_path, new, progress=_progress)
    count = outcome.backups_rewritten
    if command == "encrypt":
        summary = ngettext(
            "The database {path} is encrypted, and {count} backup with it. Keep the passphrase safe: without it "
            "nobody can read the data, you neither.",
            "The database {path} is encrypted, and {count} backups with it. Keep the passphrase safe: without it "
            "nobody can read the data, you neither.",
            count,
        )
    elif command == "decrypt":
        summary = ngettext(
            "The database {path} is no longer encrypted, nor is {count} backup.",
            "The database {path} is no longer encrypted, nor are {count} backups.",
            count,
        )
    else:
        summary = ngettext(
            "The passphrase of the database {path} and of {count} backup is changed.",
            "The passphrase of the database {path} and of {count} backups is changed.",
            count,
        )
    print(summary.format(path=db_path, count=count))
    return _report_passed_over(outcome)


def _finish(command: str, db_path: Path) -> int:
    """``encrypt`` on an encrypted database, ``decrypt`` on a plain one: bring the backups that an interrupted
    or cancelled change left unlike the database in line with it (the change run again), or say it is as asked."""
    from desktop.storage.encryption import change_encryption
    from desktop.storage.unfinished import unlike_backups

    unlike = unlike_backups(db_path)
    if command == "encrypt" and not (unlike.plain or unlike.other_passphrase):
        message = _("The database {path} is encrypted already; change its passphrase with 'leerwerk passphrase'.")
        raise UnusableDatabaseError(message.format(path=db_path))
    if command == "decrypt" and not unlike.still_encrypted:
        message = _("The database {path} is not encrypted; encrypt it with 'leerwerk encrypt'.")
        raise UnusableDatabaseError(message.format(path=db_path))
    if unlike.other_passphrase:  # their passphrase is the previous one, which this process was not given yet
        unlock(unlike.other_passphrase[0], OLD_PASSPHRASE_VARIABLE)
    if unlike.still_encrypted:
        unlock(unlike.still_encrypted[0])
    outcome = change_encryption(db_path, cipher.known_passphrase(db_path), progress=_progress)
    count = outcome.backups_rewritten
    if command == "encrypt":
        summary = ngettext(
            "{count} backup of {path} now has the passphrase of the database.",
            "{count} backups of {path} now have the passphrase of the database.",
            count,
        )
    else:
        summary = ngettext(
            "{count} backup of {path} is no longer encrypted, as the database.",
            "{count} backups of {path} are no longer encrypted, as the database.",
            count,
        )
    print(summary.format(path=db_path, count=count))
    return _report_passed_over(outcome)


def _report_passed_over(outcome) -> int:
    """Say which backups were left as they were; the exit code: not done (as any full disk) while a backup stays
    behind for want of room, in its old encryption (or none: the personal data in it readable)."""
    if outcome.backups_passed_over:
        passed = len(outcome.backups_passed_over)
        warning = ngettext(
            "{count} backup is damaged or has another passphrase; it was left as it was:",
            "{count} backups are damaged or have another passphrase; they were left as they were:",
            passed,
        )
        print(warning.format(count=passed), file=sys.stderr)
        for path in outcome.backups_passed_over:
            print(f"  {path}", file=sys.stderr)
    if outcome.backups_disk_full:
        from desktop.storage.encryption import backups_left_for_a_full_disk

        finish = _("run leerwerk check: it names the command that finishes them.")
        print(backups_left_for_a_full_disk(len(outcome.backups_disk_full), finish), file=sys.stderr)
        for path in outcome.backups_disk_full:
            print(f"  {path}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK
