"""``leerwerk import waardering`` (an online form's export, XLSX or CSV) and ``leerwerk report waardering``
(the results as XLSX or PDF)."""

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
    add_database_option(parser, _("the database to import into"))
    parser.add_argument("--dry-run", action="store_true", help=_("check the file and report; write nothing"))
    parser.add_argument(
        "--map",
        dest="mappings",
        action="append",
        type=column_mapping,
        default=[],
        metavar=_('"COLUMN=QUESTION_ID"'),
        help=_("the question a column of the file asks, or - for a column not to use (remembered); may be repeated"),
    )


def column_mapping(text: str) -> tuple[str, int | None]:
    heading, sign, target = text.rpartition("=")
    target = target.strip()
    if not sign or not heading.strip() or not (target.isdigit() or target == "-"):
        raise argparse.ArgumentTypeError(
            _('write a mapping as "Column=QUESTION_ID", or "Column=-" for a column not to use; not {text}.').format(
                text=text
            )
        )
    return heading.strip(), None if target == "-" else int(target)


def import_waardering(args: argparse.Namespace) -> int:
    from desktop.services import waardering_import
    from desktop.services.learner_io import ImportFailedError
    from desktop.services.tabular import UnreadableFileError
    from desktop.storage.database import close_database

    open_for_command(database_path(args), writes=not args.dry_run)
    try:
        plan, imported = waardering_import.import_responses(args.file, dict(args.mappings), dry_run=args.dry_run)
        for line in plan.unmatched:
            print(_("Left out, {what}").format(what=line))
        for problem in plan.problems:
            print(problem)
        if plan.unknown_columns:
            from desktop.services.waardering import questions

            print(_("Questions to choose from:"))
            for question in questions():
                print(f"  {question.id:>5}  {question.text}")
            print(
                _('Say which question each column asks, for instance --map "{column}=ID", or --map "{column}=-" '
                  "for a column not to use.").format(column=plan.unknown_columns[0])
            )  # fmt: skip
        if plan.problems:
            return nothing_imported(args.file, len(plan.problems))
        count = len(plan.responses)
        if not count:  # every row left out (imported before, or no learner): said above, and nothing failed
            if len(plan.unmatched) > plan.imported_before:
                print(_("No response in the file can be imported: each is left out, as said above."))
            else:
                print(_("No new responses in the file; nothing was imported."))
            return EXIT_OK
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


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop.services.waardering import BY  # a plain table of names; no query runs here

    parser.add_argument("--from", dest="start", metavar=_("DATE"), help=_("first day (default: eight quarters ago)"))
    parser.add_argument("--to", dest="end", metavar=_("DATE"), help=_("last day (default: the end of this quarter)"))
    parser.add_argument("--by", choices=list(BY), default="location", help=_("what to group the results by"))
    parser.add_argument(
        "--out", type=path_argument, required=True, metavar=_("FILE"), help=_("the .xlsx or .pdf file to write")
    )
    add_database_option(parser, _("the database to report on"))


def report_waardering(args: argparse.Namespace) -> int:
    from desktop.errors import ValidationError
    from desktop.services.report_export import save_report
    from desktop.services.waardering_report import waardering_report
    from desktop.storage.database import close_database

    open_for_command(database_path(args), writes=False)
    try:
        report = waardering_report(args.start, args.end, args.by)
        path = save_report(args.out, report)
    except ValidationError as error:
        # A file that cannot be written is a usage error, as for every command; a wrong date is input.
        return fail(error.message, EXIT_USAGE if error.field == "out" else EXIT_INVALID)
    finally:
        close_database()
    print(_("{title} ({period}) written to {path}.").format(title=report.title, period=report.period, path=path))
    return EXIT_OK
