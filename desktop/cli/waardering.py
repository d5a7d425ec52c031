"""``leerwerk import waardering``: the studentwaardering from an online form's export (XLSX or CSV)."""

from __future__ import annotations

import argparse

from desktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    database_path,
    fail,
    open_for_command,
    path_argument,
)
from desktop.i18n import _, ngettext


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=path_argument, metavar=_("FILE"), help=_("the online form's export (.xlsx or .csv)")
    )
    add_database_option(parser, _("the database to import into"))
    parser.add_argument("--dry-run", action="store_true", help=_("check the file and report; write nothing"))


def import_waardering(args: argparse.Namespace) -> int:
    from desktop.services import waardering_import
    from desktop.services.learner_io import ImportFailedError
    from desktop.services.tabular import UnreadableFileError
    from desktop.storage.database import close_database

    open_for_command(database_path(args), writes=not args.dry_run)
    try:
        plan, imported = waardering_import.import_responses(args.file, dry_run=args.dry_run)
        for line in plan.unmatched:
            print(_("Left out, {what}").format(what=line))
        for problem in plan.problems:
            print(problem)
        if plan.problems:
            count = len(plan.problems)
            summary = ngettext(
                "{name}: {count} problem found; nothing was imported.",
                "{name}: {count} problems found; nothing was imported.",
                count,
            )
            return fail(summary.format(name=args.file.name, count=count), EXIT_INVALID)
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
    except (UnreadableFileError, ImportFailedError) as error:
        return fail(error.message, EXIT_USAGE)
    finally:
        close_database()
