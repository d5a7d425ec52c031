"""``leerwerk backup`` and ``leerwerk restore``, and the backup ``leerwerk check`` points to.

Every refusal is one sentence on stderr with exit code 2, and leaves the database, its ``-wal`` and
the backups exactly as they were.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    fail,
    file_database_path,
    path_argument,
)
from desktop.errors import LeerWerkError
from desktop.i18n import _, format_datetime


def add_backup_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_option(parser, _("the database to back up"))
    parser.add_argument(
        "--to",
        type=path_argument,
        metavar=_("FILE"),
        help=_("write the backup to this new file (default: the backup folder, with rotation)"),
    )


def add_restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", type=path_argument, metavar=_("BACKUP"), help=_("the backup file to put back"))
    add_database_option(parser, _("the database to replace"))
    plain_backup = parser.add_mutually_exclusive_group()
    plain_backup.add_argument(
        "--encrypt",
        dest="encrypt",
        action="store_const",
        const=True,
        default=None,
        help=_("a plain backup over an encrypted database: encrypt it with the database's passphrase"),
    )
    plain_backup.add_argument(
        "--plain",
        dest="encrypt",
        action="store_const",
        const=False,
        help=_("a plain backup over an encrypted database: put it back unencrypted"),
    )


def database_and_backup(args: argparse.Namespace) -> Iterator[Path]:
    """The files whose passphrase `restore` needs: the database, and the backup when it is there to read."""
    yield file_database_path(args, "restore")
    if args.backup.is_file():
        yield args.backup


def backup(args: argparse.Namespace) -> int:
    from desktop.storage.backup import copy_database, explain_backup_failure, leaving_no_trace, make_backup
    from desktop.storage.database import inspect_file

    db_path = file_database_path(args, "backup")
    with leaving_no_trace(db_path):
        exists = inspect_file(db_path).exists  # refuses a damaged file, another program's, a newer one
    if not exists:
        return fail(_("The database {path} does not exist.").format(path=db_path), EXIT_USAGE)
    target = args.to
    if target is None:
        try:
            made = make_backup(db_path)
        except LeerWerkError as error:
            return fail(error.message, EXIT_USAGE)
    else:
        if target.exists():
            return fail(
                _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(
                    path=target
                ),
                EXIT_USAGE,
            )
        if not target.parent.is_dir():
            return fail(_("The folder {folder} does not exist.").format(folder=target.parent), EXIT_USAGE)
        try:
            made = copy_database(db_path, target, overwrite=False)
        except FileExistsError:
            return fail(
                _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(
                    path=target
                ),
                EXIT_USAGE,
            )
        except (OSError, sqlite3.Error) as error:
            return fail(explain_backup_failure(error, target.parent), EXIT_USAGE)
    print(_("Backup of {path} written to {file}.").format(path=db_path, file=made))
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from desktop.storage.recovery import PlainBackupError, restore_backup

    db_path = file_database_path(args, "restore")
    try:
        aside = restore_backup(args.backup, db_path, encrypt=args.encrypt)
    except PlainBackupError as error:
        return fail(
            error.message + " " + _("Add --encrypt to do so, or --plain to put it back unencrypted."), EXIT_USAGE
        )
    except LeerWerkError as error:
        return fail(error.message, EXIT_USAGE)
    if aside is None:
        print(_("The backup {backup} is now the database {path}.").format(backup=args.backup, path=db_path))
    else:
        print(
            _("The backup {backup} is back in place of {path}; the previous file was kept as {aside}.").format(
                backup=args.backup, path=db_path, aside=aside
            )
        )
    return EXIT_OK


def restore_advice(db_path: Path) -> list[str]:
    """What `leerwerk check` adds for a damaged database: its newest good backup and the command."""
    from desktop.shell import command_line
    from desktop.storage.recovery import find_good_backup

    found = find_good_backup(db_path)
    if found is None:
        return [_("There is no good backup of this database in {folder}.").format(folder=_backup_folder(db_path))]
    return [
        _("The newest good backup, of {when}: {path}").format(when=format_datetime(found.made), path=found.path),
        _("To put it back (the current file is kept aside): {command}").format(
            command=command_line("leerwerk", "restore", str(found.path), "--db", os.path.abspath(db_path))
        ),
    ]


def _backup_folder(db_path: Path) -> Path:
    from desktop.storage.backup import backup_folder

    return backup_folder(db_path)
