"""``leerwerk agenda`` and ``leerwerk report``: what is due across the organisation, and the figures the learning
policy asks for, for scripts and for checking the window's numbers.

A praktijkopleider is named by record number (``--trainer 7``), never by name, so that no name ends up in a shell
history. Everything wrong with the arguments is said before the database is opened, and nothing is written unless
the whole file can be.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable

from desktop import files
from desktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    database_path,
    fail,
    open_for_command,
    path_argument,
    refuse_target,
)
from desktop.errors import ValidationError
from desktop.i18n import N_, _, format_date
from desktop.services.output import suffix_problem

AGENDA_SUFFIXES = (".csv", ".xlsx", ".pdf", ".ics")  # as desktop.services.agenda_export.SUFFIXES
REPORT_SUFFIXES = (".xlsx", ".pdf")  # as desktop.services.report_export.SUFFIXES
MAX_NUMBER_DIGITS = 100  # a longer "number" is no number but a mistake


def date_argument(value: str) -> dt.date:
    """dd-mm-jjjj or jjjj-mm-dd, as everywhere in LeerWerk."""
    from desktop.services import validation as v

    try:
        day = v.date("date", value)
    except ValidationError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a valid date (dd-mm-jjjj or jjjj-mm-dd, between 1900 and 2200)").format(
                value=value.strip()
            )
        ) from None
    if day is None:
        raise argparse.ArgumentTypeError(_("the date is empty"))
    return day


def staff_number(value: str) -> int:
    """A staff member's record number. Digits beyond SQLite's integers are well formed but name no one: the
    command then says there is no such staff member, as it does for any number nobody has."""
    text = value.strip()
    if not (text.isascii() and text.isdecimal()) or len(text) > MAX_NUMBER_DIGITS or int(text) == 0:
        message = _("give the record number of a staff member, e.g. 7; {value} is not one")
        raise argparse.ArgumentTypeError(message.format(value=value.strip() or '""'))
    return int(text)


def _add_range(parser: argparse.ArgumentParser, first: str, last: str) -> None:
    parser.add_argument("--from", dest="start", type=date_argument, metavar=_("DATE"), help=first)
    parser.add_argument("--to", dest="end", type=date_argument, metavar=_("DATE"), help=last)


def range_problem(args: argparse.Namespace) -> str | None:
    if args.start is not None and args.end is not None and args.end < args.start:
        return _("--to ({end}) lies before --from ({start}).").format(
            end=format_date(args.end, "long"), start=format_date(args.start, "long")
        )
    return None


# -- agenda --------------------------------------------------------------------------------------------------------


def add_agenda_arguments(parser: argparse.ArgumentParser) -> None:
    _add_range(
        parser,
        _("first day, dd-mm-jjjj or jjjj-mm-dd (default: today); what is overdue is always listed"),
        _("last day (default: two weeks from the first day)"),
    )
    parser.add_argument(
        "--trainer",
        type=staff_number,
        metavar=_("NUMBER"),
        help=_("only the learners of this practice trainer (their record number, e.g. 7)"),
    )
    parser.add_argument(
        "--out",
        type=path_argument,
        metavar=_("FILE"),
        help=_(
            "write to a .xlsx or .csv table, a .pdf list to print, or a .ics calendar of one practice trainer's "
            "meetings (with --trainer); without it, the table is printed, tab-separated"
        ),
    )
    add_database_option(parser, _("the database"))


def agenda_usage_problem(args: argparse.Namespace) -> str | None:
    if problem := range_problem(args):
        return problem
    if args.out is not None and (problem := suffix_problem(args.out, AGENDA_SUFFIXES)):
        return problem
    if args.out is not None and args.out.suffix.lower() == ".ics" and args.trainer is None:
        return _("A calendar file (.ics) holds the meetings of one practice trainer: add --trainer NUMBER.")
    return None


def agenda(args: argparse.Namespace) -> int:
    from desktop.services import agenda_export, tabular
    from desktop.storage.database import close_database

    if args.out is not None:
        if (refused := refuse_target(args.out, AGENDA_SUFFIXES)) is not None:
            return refused
    open_for_command(database_path(args), writes=False)
    try:
        first, last = agenda_export.agenda_range(args.start, args.end)
        if args.out is not None:
            written = agenda_export.save_agenda(args.out, first, last, practice_trainer=args.trainer)
            print(_("Agenda from {start} to {end} saved to {path}.").format(
                start=format_date(first), end=format_date(last), path=written))  # fmt: skip
            return EXIT_OK
        items = agenda_export.agenda_items(first, last, practice_trainer=args.trainer)
        header, rows = agenda_export.agenda_table(items)
    except ValidationError as error:
        return _refused(error, args)
    finally:
        close_database()
    lines = ["\t".join(header)]
    for row in rows:
        lines.append("\t".join(tabular.cell_text(cell).replace("\t", " ").replace("\n", " ") for cell in row))
    try:
        # Line by line, and flushed here: a file the output is sent to that fills up says so, where one write of
        # the whole table was cut off at what the disk took, without a word and with exit code 0.
        for line in lines:
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # Read by a program that stopped reading (`leerwerk agenda | head`): it had what it wanted.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        return fail(
            _("The agenda was not written out in full: {reason}.").format(reason=files.os_reason(error)), EXIT_USAGE
        )
    return EXIT_OK


def _refused(error: ValidationError, args: argparse.Namespace) -> int:
    if error.field == "out":
        return fail(error.message, EXIT_USAGE)
    if error.field == "practice_trainer" and getattr(args, "trainer", None) is not None:
        return fail(_("There is no staff member with number {id}.").format(id=args.trainer), EXIT_INVALID)
    return fail(error.message, EXIT_INVALID)


# -- reports -------------------------------------------------------------------------------------------------------


# `leerwerk report KIND`: one subcommand a report, beside `report waardering` (desktop/cli/waardering.py).
REPORT_HELP = {
    "cao": N_("the CAO norm: learners as a share of the workforce, head count and FTE, per month and location"),
    "dropout": N_("early dropout per quarter, by reason, learner type, programme, school and location"),
    "completion": N_("completion per programme and cohort, and each praktijkopleider's caseload"),
}


def report_arguments(kind: str) -> Callable[[argparse.ArgumentParser], None]:
    """The arguments of `leerwerk report KIND`; the subcommand's name is the report it makes."""

    def add(parser: argparse.ArgumentParser) -> None:
        parser.set_defaults(kind=kind)
        _add_range(
            parser,
            _("first day, dd-mm-jjjj or jjjj-mm-dd (default: twelve months back; eight quarters for dropout)"),
            _("last day (default: the end of this month; of this quarter for dropout)"),
        )
        parser.add_argument(
            "--out", type=path_argument, required=True, metavar=_("FILE"), help=_("the .xlsx or .pdf file to write")
        )
        add_database_option(parser, _("the database"))

    return add


def report_usage_problem(args: argparse.Namespace) -> str | None:
    return range_problem(args) or suffix_problem(args.out, REPORT_SUFFIXES)


def report(args: argparse.Namespace) -> int:
    from desktop.services.report_export import save_report
    from desktop.services.reports import report as make_report
    from desktop.storage.database import close_database

    if (refused := refuse_target(args.out, REPORT_SUFFIXES)) is not None:
        return refused
    open_for_command(database_path(args), writes=False)
    try:
        result = make_report(args.kind, args.start, args.end)
        written = save_report(args.out, result)
    except ValidationError as error:
        return _refused(error, args)
    finally:
        close_database()
    print(_("{title} ({period}) saved to {path}.").format(title=result.title, period=result.period, path=written))
    if result.empty:
        print(result.empty)
    return EXIT_OK
