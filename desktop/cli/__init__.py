"""The ``leerwerk`` command line: the same program as the window, for scripts, CI and benchmarks.

Exit codes: 0 success, 1 invalid input or problems found, 2 usage error or unusable file. Every
failure is one clear line on stderr in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from desktop import __version__, i18n
from desktop.cli import backup, check, demo, encryption, learners, printouts, privacy
from desktop.cli.common import EXIT_INVALID, EXIT_USAGE, Parser, database_path, fail, path_argument
from desktop.errors import LeerWerkError, UnusableDatabaseError, ValidationError
from desktop.i18n import _

log = logging.getLogger("leerwerk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="leerwerk",
        description=_("LeerWerk: placements, coaching and trainings. Without a command, the window opens."),
    )
    parser.add_argument(
        # Python 3.11's argparse leaves this help untranslated; the msgid is argparse's own (argparse_messages.py)
        "--version",
        action="version",
        version=f"LeerWerk {__version__}",
        help=_("show program's version number and exit"),
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        type=path_argument,
        metavar=_("PATH"),
        help=_("the database file (default: LEERWERK_DB or the per-user data folder)"),
    )
    where.add_argument("--demo", action="store_true", help=_("open the window on a fresh demo database"))
    parser.add_argument("--smoke", action="store_true", help=_("open the main window, paint it once and exit"))
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=Parser)
    demo.add_arguments(commands.add_parser("demo", help=_("make a realistic demo database")))
    check.add_arguments(commands.add_parser("check", help=_("check a database's integrity and schema version")))

    importer = commands.add_parser("import", help=_("import learners from a CSV or Excel file"))
    what = importer.add_subparsers(dest="what", metavar=_("WHAT"), parser_class=Parser, required=True)
    learners.add_import_arguments(what.add_parser("learners", help=_("learners with their current BPV period")))
    exporter = commands.add_parser("export", help=_("export learners to a CSV or Excel file"))
    what = exporter.add_subparsers(dest="what", metavar=_("WHAT"), parser_class=Parser, required=True)
    learners.add_export_arguments(what.add_parser("learners", help=_("every learner with their current BPV period")))

    printouts.add_form_arguments(commands.add_parser("form", help=_("save one BPV form as PDF")))
    printouts.add_agreement_arguments(
        commands.add_parser("coaching-agreement", help=_("save the intake agreement of a coaching trajectory as PDF"))
    )
    printouts.add_forms_arguments(commands.add_parser("forms", help=_("save every BPV form as PDF, one file per form")))

    person = commands.add_parser(
        "privacy", help=_("AVG: export or erase one person's data, review records past their retention period")
    )
    what = person.add_subparsers(dest="privacy_command", metavar=_("WHAT"), parser_class=Parser, required=True)
    privacy.add_export_arguments(
        what.add_parser("export", help=_("everything about one person as a ZIP file (JSON, signatures, PDFs)"))
    )
    privacy.add_erase_arguments(
        what.add_parser(
            "erase", help=_("erase one person; signed forms within their retention period are kept and reported")
        )
    )
    privacy.add_review_arguments(
        what.add_parser("review", help=_("list the records kept longer than their retention period"))
    )

    backup.add_backup_arguments(commands.add_parser("backup", help=_("make a backup of the database now")))
    backup.add_restore_arguments(
        commands.add_parser("restore", help=_("put a backup in place of the database (the current file is kept aside)"))
    )
    encryption.add_arguments(
        commands.add_parser("encrypt", help=_("encrypt the database and its backups with a passphrase"))
    )
    encryption.add_arguments(
        commands.add_parser("decrypt", help=_("remove the encryption of the database and its backups"))
    )
    encryption.add_arguments(
        commands.add_parser("passphrase", help=_("change the passphrase of an encrypted database and its backups"))
    )
    return parser


def _unlock(args: argparse.Namespace) -> None:
    """The passphrase of an encrypted database (and of the backup to restore), before a command runs."""
    encryption.unlock(database_path(args))
    if args.command == "restore" and args.backup.is_file():
        encryption.unlock(args.backup)


def _open_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    if args.demo:
        from desktop.demo import generate_demo

        path = Path(tempfile.mkdtemp(prefix="leerwerk-demo-")) / "demo.sqlite3"
        generate_demo(path)
    else:
        path = database_path(args)
        if args.db is None and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if os.environ.get("LEERWERK_PASSPHRASE"):
            encryption.from_environment(path)
    return run_gui(path, smoke=args.smoke, remember=not args.demo)


def _safe_streams() -> None:
    # A redirected stdout on Windows uses the ANSI code page; a name like "Łukasz" in a path must not
    # turn a finished command into a crash.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    from desktop.logs import configure_logging
    from desktop.views import error_dialog

    error_dialog.install()  # first: whatever fails after this is logged and shown, not lost
    _safe_streams()
    i18n.set_language(i18n.initial_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command and (args.smoke or args.demo):
            parser.error(_("--smoke and --demo open the window; they go without a command."))
        if args.command == "demo" and args.db:
            parser.error(_("demo writes a new file at PATH; it takes no --db."))
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    try:
        configure_logging()
    except OSError as error:
        from desktop.paths import data_dir

        return fail(
            _("The folder {folder} cannot hold LeerWerk's settings and logs: {reason}").format(
                folder=data_dir(), reason=error.strerror or error
            ),
            EXIT_USAGE,
        )
    try:
        if args.command not in (None, "demo"):
            _unlock(args)
        if args.command == "demo":
            return demo.make_demo(args)
        if args.command == "check":
            return check.check(args)
        if args.command == "import":
            return learners.import_learners(args)
        if args.command == "export":
            return learners.export_learners(args)
        if args.command == "backup":
            return backup.backup(args)
        if args.command == "restore":
            return backup.restore(args)
        if args.command == "form":
            return printouts.save_form(args)
        if args.command == "forms":
            return printouts.save_forms(args)
        if args.command == "coaching-agreement":
            return printouts.save_coaching_agreement(args)
        if args.command == "privacy":
            handlers = {"export": privacy.export, "erase": privacy.erase, "review": privacy.review}
            return handlers[args.privacy_command](args)
        if args.command == "encrypt":
            return encryption.encrypt(args)
        if args.command == "decrypt":
            return encryption.decrypt(args)
        if args.command == "passphrase":
            return encryption.change_passphrase(args)
        return _open_gui(args)
    except UnusableDatabaseError as error:
        return fail(error.message, EXIT_USAGE)
    except ValidationError as error:
        return fail(error.message, EXIT_INVALID)
    except LeerWerkError as error:
        return fail(error.message, EXIT_INVALID)
    except KeyboardInterrupt:
        return fail(_("Stopped."), EXIT_INVALID)
    except Exception as error:  # noqa: BLE001 - one line for the person, the stack in the log
        from desktop.logs import scrubbed_traceback

        log.error("Unexpected error in the command line\n%s", scrubbed_traceback(type(error), error.__traceback__))
        return fail(
            _("Unexpected error ({kind}); the details are in the log.").format(kind=type(error).__name__), EXIT_INVALID
        )


if __name__ == "__main__":
    sys.exit(main())
