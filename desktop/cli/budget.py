"""``leerwerk report budget`` and ``leerwerk report plan``: the year's training spend against its budget, and the
yearly training plan (or a version the works council agreed to, exactly as it was kept), as Excel or PDF.

Everything wrong with the arguments is said before the database is opened, and nothing is written unless the
whole file can be.
"""

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
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _
from desktop.services.output import check_target, suffix_problem

REPORT_SUFFIXES = (".xlsx", ".pdf")  # as desktop.services.report_export.SUFFIXES
FIRST_YEAR, LAST_YEAR = 2000, 2100  # as desktop.services.budget


def year_argument(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdecimal() and len(text) == 4 and FIRST_YEAR <= int(text) <= LAST_YEAR):
        message = _("give a year from {first} to {last}, e.g. 2027; {value} is not one")
        raise argparse.ArgumentTypeError(message.format(first=FIRST_YEAR, last=LAST_YEAR, value=text or '""'))
    return int(text)


def snapshot_argument(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdecimal() and len(text) <= 18 and int(text) > 0):
        message = _("give the number of an agreed training plan, e.g. 3; {value} is not one")
        raise argparse.ArgumentTypeError(message.format(value=text or '""'))
    return int(text)


def _common(parser: argparse.ArgumentParser, year_help: str) -> None:
    parser.add_argument("--year", type=year_argument, metavar=_("YEAR"), help=year_help)
    parser.add_argument(
        "--out", type=path_argument, required=True, metavar=_("FILE"), help=_("the .xlsx or .pdf file to write")
    )
    add_database_option(parser, _("the database"))


def add_budget_arguments(parser: argparse.ArgumentParser) -> None:
    _common(parser, _("the year (default: this year)"))


def add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    _common(parser, _("the year of the plan (default: next year)"))
    parser.add_argument(
        "--agreed",
        type=snapshot_argument,
        metavar=_("NUMBER"),
        help=_("print the version the works council agreed to, by its number, exactly as it was kept"),
    )


def usage_problem(args: argparse.Namespace) -> str | None:
    if getattr(args, "agreed", None) is not None and args.year is not None:
        return _("give --year or --agreed, not both: an agreed plan has its own year")
    return suffix_problem(args.out, REPORT_SUFFIXES)


def _save(args: argparse.Namespace, make) -> int:
    from desktop.services.report_export import save_report
    from desktop.storage.database import close_database

    try:
        check_target(args.out, REPORT_SUFFIXES)
    except ValidationError as error:
        return fail(error.message, EXIT_USAGE)
    open_for_command(database_path(args), writes=False)
    try:
        result = make()
        written = save_report(args.out, result)
    except NotFoundError as error:
        return fail(error.message, EXIT_INVALID)
    except ValidationError as error:
        return fail(error.message, EXIT_USAGE if error.field == "out" else EXIT_INVALID)
    finally:
        close_database()
    print(_("{title} saved to {path}.").format(title=result.title, path=written))
    if result.empty:
        print(result.empty)
    return EXIT_OK


def report_budget(args: argparse.Namespace) -> int:
    from desktop.services.budget import spend_report

    return _save(args, lambda: spend_report(args.year))


def report_plan(args: argparse.Namespace) -> int:
    from desktop.services.training_plan import agreed_plan, plan_report

    if args.agreed is not None:

        def make():
            try:
                return agreed_plan(args.agreed)
            except NotFoundError:
                missing = _("There is no agreed training plan with number {id}.").format(id=args.agreed)
                raise NotFoundError(missing) from None

        return _save(args, make)
    return _save(args, lambda: plan_report(args.year))
