"""``leerwerk import learners`` and ``leerwerk export learners``: learners with their current BPV period, from and
to a CSV or Excel file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    database_path,
    fail,
    nothing_imported,
    open_for_command,
    path_argument,
)
from desktop.i18n import _, ngettext


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=path_argument, metavar=_("FILE"), help=_("the .csv or .xlsx file to import"))
    add_database_option(parser, _("the database to import into"))
    parser.add_argument("--dry-run", action="store_true", help=_("check the file and report; write nothing"))
    parser.add_argument(
        "--skip-invalid", action="store_true", help=_("import the valid rows and skip the rows with problems")
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help=_("also apply the changes to learners LeerWerk knows (without it, only new learners are added)"),
    )
    parser.add_argument(
        "--missing", action="store_true", help=_("also list the learners LeerWerk knows that the file leaves out")
    )


def import_learners(args: argparse.Namespace) -> int:
    from desktop.services import learner_io
    from desktop.storage.database import close_database
    from desktop.storage.server import is_server_address

    path = database_path(args)
    created = not is_server_address(path) and not path.exists()
    open_for_command(path, create=True, writes=not args.dry_run)
    imported = False
    try:
        plan, result = learner_io.import_learners(
            args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid, update=args.update
        )
        for line in (*plan.notes, *plan.problems, *plan.warnings):
            print(line)
        if result is None:
            return nothing_imported(args.file, len(plan.problems))
        imported = not result.dry_run and bool(result.learners or result.periods)
        if args.dry_run or args.missing:
            for line in learner_io.describe_groups(plan, missing=args.missing, update=args.update):
                print(line)
        for line in learner_io.describe(result):
            print(line)
        waiting = sum(1 for row in plan.group(learner_io.CHANGED) if row.changes)  # a new period is added anyway
        if waiting and not args.update:
            print(
                ngettext(
                    "{count} row changes a learner LeerWerk knows; add --update to apply it.",
                    "{count} rows change learners LeerWerk knows; add --update to apply them.",
                    waiting,
                ).format(count=waiting)
            )
        return EXIT_OK
    except (learner_io.UnreadableFileError, learner_io.ImportFailedError) as error:
        return fail(error.message, EXIT_USAGE)
    finally:
        close_database()
        if created and not imported:
            _remove_new_database(path)


def _remove_new_database(path: Path) -> None:
    # Only a file this command made: an import that wrote nothing leaves no empty database behind.
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        candidate.unlink(missing_ok=True)


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=path_argument, metavar=_("FILE"), help=_("the .csv or .xlsx file to write"))
    add_database_option(parser, _("the database to export from"))


def export_learners(args: argparse.Namespace) -> int:
    from desktop.services import learner_io
    from desktop.storage.database import close_database

    if args.file.suffix.lower() not in (".csv", ".xlsx"):
        return fail(
            _("Export to a file ending in .csv or .xlsx; {name} is neither.").format(name=args.file.name), EXIT_USAGE
        )
    path = database_path(args)
    open_for_command(path, writes=False)
    try:
        count = learner_io.export_learners(args.file)
    except learner_io.ExportError as error:
        return fail(error.message, EXIT_USAGE)
    finally:
        close_database()
    print(
        ngettext("{count} learner exported to {path}.", "{count} learners exported to {path}.", count).format(
            count=count, path=args.file
        )
    )
    return EXIT_OK
