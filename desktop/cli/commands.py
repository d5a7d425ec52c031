"""The table of ``leerwerk`` commands: a new command is one entry in `COMMANDS`.

An entry names the command, its help line, a function adding its arguments to its parser and the handler
that runs it and returns the exit code; a command with subcommands (``import learners``) lists those entries
instead. A handler imports its services and the PDF renderer inside its body, so that starting the window,
which builds this parser too, loads none of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.cli import (
    backup,
    budget,
    check,
    climate,
    completions,
    demo,
    encryption,
    learners,
    migrate_to,
    overview,
    printouts,
    privacy,
    server,
    waardering,
)
from desktop.cli.common import Parser, database_path
from desktop.i18n import N_, _

# Where the parsed arguments carry the entry of the command to run (set as a default of its parser).
ENTRY = "command_entry"


def its_database(args: argparse.Namespace) -> Iterable[Path]:
    from desktop.storage.server import is_server_address

    path = database_path(args)
    return [] if is_server_address(path) else [path]  # a server database has no passphrase of LeerWerk's


def no_files(args: argparse.Namespace) -> Iterable[Path]:
    return []


@dataclass(frozen=True)
class Command:
    name: str
    help: str  # a msgid marked with N_(): translated when the parser is built, in the language of the run
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    handler: Callable[[argparse.Namespace], int] | None = None
    subcommands: tuple[Command, ...] = ()
    # The files the handler opens whose passphrase must be known (asked or taken from the environment) first.
    encrypted_files: Callable[[argparse.Namespace], Iterable[Path]] = its_database
    # A rule argparse cannot express, checked after parsing: the usage error when `args` break it, else None.
    usage_problem: Callable[[argparse.Namespace], str | None] | None = None


COMMANDS = (
    Command(
        "demo",
        N_("make a realistic demo database"),
        demo.add_arguments,
        demo.make_demo,
        encrypted_files=no_files,
        usage_problem=demo.usage_problem,
    ),
    Command("check", N_("check a database's integrity and schema version"), check.add_arguments, check.check),
    Command(
        "import",
        N_("import learners, studentwaardering or team scan responses or completions from a CSV or Excel file"),
        subcommands=(
            Command(
                "learners",
                N_("learners with their current BPV period"),
                learners.add_import_arguments,
                learners.import_learners,
            ),
            Command(
                "waardering",
                N_("studentwaardering responses from an online form's export"),
                waardering.add_import_arguments,
                waardering.import_waardering,
            ),
            Command(
                "completions",
                N_("completed courses from the learning platform's export, with their certificates"),
                completions.add_import_arguments,
                completions.import_completions,
            ),
            Command(
                "teamscan",
                N_("a round of the team scan from an online form's export"),
                climate.add_import_arguments,
                climate.import_teamscan,
            ),
        ),
    ),
    Command(
        "export",
        N_("export learners to a CSV or Excel file"),
        subcommands=(
            Command(
                "learners",
                N_("every learner with their current BPV period"),
                learners.add_export_arguments,
                learners.export_learners,
            ),
        ),
    ),
    # Each report is a subcommand of its own.
    Command(
        "report",
        N_("save a report (CAO norm, early dropout, completion, studentwaardering, budget, plan) as Excel or PDF"),
        subcommands=(
            *(
                Command(
                    kind,
                    words,
                    overview.report_arguments(kind),
                    overview.report,
                    usage_problem=overview.report_usage_problem,
                )
                for kind, words in overview.REPORT_HELP.items()
            ),
            Command(
                "waardering",
                N_("results of the studentwaardering, in groups of at least 5"),
                waardering.add_report_arguments,
                waardering.report_waardering,
            ),
            Command(
                "budget",
                N_("the year's training spend (planned, committed, spent) against its budget"),
                budget.add_budget_arguments,
                budget.report_budget,
                usage_problem=budget.usage_problem,
            ),
            Command(
                "plan",
                N_("the yearly training plan for the works council, or a version it agreed to"),
                budget.add_plan_arguments,
                budget.report_plan,
                usage_problem=budget.usage_problem,
            ),
        ),
    ),
    Command("form", N_("save one BPV form as PDF"), printouts.add_form_arguments, printouts.save_form),
    Command(
        "coaching-agreement",
        N_("save the intake agreement of a coaching trajectory as PDF"),
        printouts.add_agreement_arguments,
        printouts.save_coaching_agreement,
    ),
    Command(
        "forms",
        N_("save every BPV form as PDF, one file per form"),
        printouts.add_forms_arguments,
        printouts.save_forms,
    ),
    Command(
        "agenda",
        N_("list what is due and overdue across the organisation, or save it as a table, PDF or calendar"),
        overview.add_agenda_arguments,
        overview.agenda,
        usage_problem=overview.agenda_usage_problem,
    ),
    Command(
        "privacy",
        N_("AVG: export or erase one person's data, review records past their retention period"),
        subcommands=(
            Command(
                "export",
                N_("everything about one person as a ZIP file (JSON, signatures, PDFs)"),
                privacy.add_export_arguments,
                privacy.export,
            ),
            Command(
                "erase",
                N_("erase one person; signed forms within their retention period are kept and reported"),
                privacy.add_erase_arguments,
                privacy.erase,
            ),
            Command(
                "review",
                N_("list the records kept longer than their retention period"),
                privacy.add_review_arguments,
                privacy.review,
            ),
            Command(
                "wipe",
                N_("rewrite the database file so that nothing erased is left in it (finishes an erase)"),
                privacy.add_wipe_arguments,
                privacy.wipe,
            ),
        ),
    ),
    Command(
        "server",
        N_("set up the roles of a PostgreSQL server (for its IT supplier)"),
        subcommands=(
            Command(
                "setup",
                N_("build LeerWerk's schema and its three roles on a server database"),
                server.add_setup_arguments,
                server.setup,
                encrypted_files=no_files,
            ),
            Command(
                "grant",
                N_("give a login on the server a role and link it to a staff member"),
                server.add_grant_arguments,
                server.grant,
                encrypted_files=no_files,
            ),
        ),
    ),
    Command(
        "migrate-to",
        N_("move the database into an empty database on a PostgreSQL server, verified"),
        migrate_to.add_arguments,
        migrate_to.migrate_to,
    ),
    Command("backup", N_("make a backup of the database now"), backup.add_backup_arguments, backup.backup),
    Command(
        "restore",
        N_("put a backup in place of the database (the current file is kept aside)"),
        backup.add_restore_arguments,
        backup.restore,
        encrypted_files=backup.database_and_backup,
    ),
    Command(
        "encrypt",
        N_("encrypt the database and its backups with a passphrase"),
        encryption.add_arguments,
        encryption.encrypt,
    ),
    Command(
        "decrypt",
        N_("remove the encryption of the database and its backups"),
        encryption.add_arguments,
        encryption.decrypt,
    ),
    Command(
        "passphrase",
        N_("change the passphrase of an encrypted database and its backups"),
        encryption.add_arguments,
        encryption.change_passphrase,
    ),
)


def add_commands(subparsers, commands: Iterable[Command]) -> None:
    """A parser for each command under `subparsers`; a command with subcommands requires one of them."""
    for command in commands:
        parser = subparsers.add_parser(command.name, help=_(command.help))
        if command.arguments is not None:
            command.arguments(parser)
        if command.subcommands:
            what = parser.add_subparsers(dest="what", metavar=_("WHAT"), parser_class=Parser, required=True)
            add_commands(what, command.subcommands)
        else:
            parser.set_defaults(**{ENTRY: command})


def chosen(args: argparse.Namespace) -> Command | None:
    """The entry of the command `args` ask for; None when they ask for the window."""
    return getattr(args, ENTRY, None)
