"""``leerwerk import teamscan FILE --round ID``: a round of the team scan from an online form's export."""

from __future__ import annotations

import argparse

from desktop.cli.common import (
    EXIT_INVALID,
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
    parser.add_argument(
        "file", type=path_argument, metavar=_("FILE"), help=_("the online form's export (.xlsx or .csv)")
    )
    parser.add_argument(
        "--round", dest="round_id", type=int, required=True, metavar="ID", help=_("the scan round's record number")
    )
    add_database_option(parser, _("the database to import into"))
    parser.add_argument("--dry-run", action="store_true", help=_("check the file and report; write nothing"))


def import_teamscan(args: argparse.Namespace) -> int:
    from desktop.errors import ValidationError
    from desktop.services import climate_import
    from desktop.services.learner_io import ImportFailedError
    from desktop.services.tabular import UnreadableFileError
    from desktop.storage.database import close_database

    open_for_command(database_path(args), writes=not args.dry_run)
    try:
        plan, imported = climate_import.import_scan(args.file, args.round_id, dry_run=args.dry_run)
        for problem in plan.problems:
            print(problem)
        if plan.problems:
            return nothing_imported(args.file, len(plan.problems))
        if note := climate_import.before_note(plan):
            print(note)
        count = len(plan.responses)
        if args.dry_run:
            print(
                ngettext(
                    "{count} response can be imported (dry run: nothing was written).",
                    "{count} responses can be imported (dry run: nothing was written).",
                    count,
                ).format(count=count)
            )
        else:
            print(ngettext("{count} response imported.", "{count} responses imported.", imported).format(count=count))
        return EXIT_OK
    except ValidationError as error:
        return fail(error.message, EXIT_INVALID)
    except (UnreadableFileError, ImportFailedError) as error:
        return fail(error.message, EXIT_USAGE)
    finally:
        close_database()
