"""``leerwerk backup`` and ``leerwerk restore``, and the backup ``leerwerk check`` points to.

Every refusal is one sentence on stderr with exit code 2, and leaves the database, its ``-wal`` and
the backups exactly as they were.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.errors import LeerWerkError
from desktop.i18n import _, format_datetime

EXIT_OK, EXIT_USAGE = 0, 2


def add_commands(commands, path_type: Callable[[str], Path]) -> None:
    backup = commands.add_parser("backup", help=_("make a backup of the database now"))
    backup.add_argument(
        "--db", type=path_type, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database to back up")
    )
    backup.add_argument(
        "--to",
        type=path_type,
        metavar=_("FILE"),
        help=_("write the backup to this new file (default: the backup folder, with rotation)"),
    )
    restore = commands.add_parser(
        "restore", help=_("put a backup in place of the database (the current file is kept aside)")
    )
    restore.add_argument("backup", type=path_type, metavar=_("BACKUP"), help=_("the backup file to put back"))
    restore.add_argument(
        "--db", type=path_type, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database to replace")
    )


def _fail(message: str) -> int:
    import sys

    print(message, file=sys.stderr)
    return EXIT_USAGE


def cmd_backup(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.storage.backup import copy_database, explain_backup_failure, leaving_no_trace, make_backup
    from desktop.storage.database import inspect_file

    with leaving_no_trace(db_path):
        exists = inspect_file(db_path).exists  # refuses a damaged file, another program's, a newer one
    if not exists:
        return _fail(_("The database {path} does not exist.").format(path=db_path))
    target = args.to
    if target is None:
        try:
            made = make_backup(db_path)
        except LeerWerkError as error:
            return _fail(error.message)
    else:
        if target.exists():
            return _fail(
                _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(
                    path=target
                )
            )
        if not target.parent.is_dir():
            return _fail(_("The folder {folder} does not exist.").format(folder=target.parent))
        try:
            made = copy_database(db_path, target, overwrite=False)
        except FileExistsError:
            return _fail(
                _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(
                    path=target
                )
            )
        except (OSError, sqlite3.Error) as error:
            return _fail(explain_backup_failure(error, target.parent))
    print(_("Backup of {path} written to {file}.").format(path=db_path, file=made))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.storage.recovery import restore_backup

    try:
        aside = restore_backup(args.backup, db_path)
    except LeerWerkError as error:
        return _fail(error.message)
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
