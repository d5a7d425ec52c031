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

from desktop import __version__, files, i18n
from desktop.errors import LeerWerkError, UnusableDatabaseError, ValidationError
from desktop.i18n import _, ngettext
from desktop.shell import without_stop_parsing

log = logging.getLogger("leerwerk.cli")

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
MAX_DEMO_LEARNERS = 100_000


def _learner_count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{value} is not a whole number").format(value=value)) from None
    if not 0 <= number <= MAX_DEMO_LEARNERS:
        raise argparse.ArgumentTypeError(
            _("{value} is outside 0 to {maximum}").format(value=value, maximum=MAX_DEMO_LEARNERS)
        )
    return number


def _seed(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{value} is not a whole number").format(value=value)) from None


def _path(value: str) -> Path:
    if not value.strip():
        raise argparse.ArgumentTypeError(_("the path is empty"))
    if "\x00" in value:
        raise argparse.ArgumentTypeError(_("the path contains an invalid character"))
    path = Path(value).expanduser()
    if (name := files.too_long_name(path)) is not None:
        raise argparse.ArgumentTypeError(files.name_too_long(name))
    return path


class Parser(argparse.ArgumentParser):
    """Usage errors as one line in the user's language, with where to find help."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, _("{prog}: {message} (see {prog} --help)").format(prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="leerwerk",
        description=_("LeerWerk: placements, coaching and trainings. Without a command, the window opens."),
    )
    parser.add_argument(
        # Python 3.11's argparse leaves this help untranslated; the msgid is argparse's own (cli_messages.py)
        "--version",
        action="version",
        version=f"LeerWerk {__version__}",
        help=_("show program's version number and exit"),
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        type=_path,
        metavar=_("PATH"),
        help=_("the database file (default: LEERWERK_DB or the per-user data folder)"),
    )
    where.add_argument("--demo", action="store_true", help=_("open the window on a fresh demo database"))
    parser.add_argument("--smoke", action="store_true", help=_("open the main window, paint it once and exit"))
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=Parser)

    demo = commands.add_parser("demo", help=_("make a realistic demo database"))
    demo.add_argument("path", type=_path, metavar=_("PATH"), help=_("the new database file (never overwritten)"))
    demo.add_argument(
        "--learners", type=_learner_count, default=60, metavar="N", help=_("number of learners (default 60)")
    )
    demo.add_argument("--seed", type=_seed, default=1, metavar="S", help=_("random seed (default 1)"))

    check = commands.add_parser("check", help=_("check a database's integrity and schema version"))
    check.add_argument(
        "--db", type=_path, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database file to check")
    )

    importer = commands.add_parser("import", help=_("import learners from a CSV or Excel file"))
    what = importer.add_subparsers(dest="what", metavar=_("WHAT"), parser_class=Parser, required=True)
    learners = what.add_parser("learners", help=_("learners with their current BPV period"))
    learners.add_argument("file", type=_path, metavar=_("FILE"), help=_("the .csv or .xlsx file to import"))
    learners.add_argument(
        "--db", type=_path, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database to import into")
    )
    learners.add_argument("--dry-run", action="store_true", help=_("check the file and report; write nothing"))
    learners.add_argument(
        "--skip-invalid", action="store_true", help=_("import the valid rows and skip the rows with problems")
    )

    exporter = commands.add_parser("export", help=_("export learners to a CSV or Excel file"))
    what = exporter.add_subparsers(dest="what", metavar=_("WHAT"), parser_class=Parser, required=True)
    learners = what.add_parser("learners", help=_("every learner with their current BPV period"))
    learners.add_argument("file", type=_path, metavar=_("FILE"), help=_("the .csv or .xlsx file to write"))
    learners.add_argument(
        "--db", type=_path, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database to export from")
    )

    form = commands.add_parser("form", help=_("save one BPV form as PDF"))
    form.add_argument("id", metavar="ID", help=_("the form's number (e.g. BF-2026-00042) or record number"))
    form.add_argument("--out", type=_path, required=True, metavar=_("FILE"), help=_("the PDF file to write"))
    form.add_argument("--db", type=_path, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database"))

    agreement = commands.add_parser(
        "coaching-agreement", help=_("save the intake agreement of a coaching trajectory as PDF")
    )
    agreement.add_argument("id", metavar="ID", help=_("the trajectory's number (e.g. CT-00042) or record number"))
    agreement.add_argument("--out", type=_path, required=True, metavar=_("FILE"), help=_("the PDF file to write"))
    agreement.add_argument("--db", type=_path, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database"))

    batch = commands.add_parser("forms", help=_("save every BPV form as PDF, one file per form"))
    batch.add_argument("--out", type=_path, required=True, metavar=_("FOLDER"), help=_("the folder to write to"))
    batch.add_argument("--db", type=_path, metavar=_("PATH"), default=argparse.SUPPRESS, help=_("the database"))
    batch.add_argument(
        "--kind", choices=("assignment", "assessment"), help=_("only practice assignments or only assessment forms")
    )

    from desktop import cli_backup, cli_encryption, cli_privacy

    cli_privacy.add_parser(commands, _path, Parser)
    cli_backup.add_commands(commands, _path)
    cli_encryption.add_commands(commands, _path)
    return parser


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import generate_demo

    counts = generate_demo(args.path, learners=args.learners, seed=args.seed)
    print(
        _("Demo database written to {path}: {learners} learners, {rows} rows in all.").format(
            path=args.path, learners=counts.get("learner", 0), rows=sum(counts.values())
        )
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.cli_backup import restore_advice
    from desktop.storage.backup import leaving_no_trace
    from desktop.storage.database import check_database
    from desktop.storage.migrations import LATEST_VERSION

    path = _database_path(getattr(args, "db", None))
    try:
        with leaving_no_trace(path):
            report = check_database(path)
    except UnusableDatabaseError as error:
        if not path.is_file():
            raise
        print(error.message, file=sys.stderr)
        print("\n".join(restore_advice(path)))
        return EXIT_USAGE
    if report.healthy:
        note = (
            ""
            if report.schema_version == LATEST_VERSION
            else " " + _("(will be upgraded to {latest} when opened)").format(latest=LATEST_VERSION)
        )
        print(_("{path}: healthy, schema version {version}.").format(path=path, version=report.schema_version) + note)
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    print("\n".join(restore_advice(path)))
    summary = ngettext(
        "{path}: {count} problem found, schema version {version}.",
        "{path}: {count} problems found, schema version {version}.",
        len(report.problems),
    )
    return _fail(summary.format(path=path, count=len(report.problems), version=report.schema_version), EXIT_INVALID)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.services import learner_io
    from desktop.storage.database import close_database

    path = _database_path(getattr(args, "db", None))
    created = not path.exists()
    _open_for_command(path, create=True, writes=not args.dry_run)
    imported = False
    try:
        plan, result = learner_io.import_learners(args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
        for line in (*plan.notes, *plan.problems):
            print(line)
        if result is None:
            count = len(plan.problems)
            summary = ngettext(
                "{name}: {count} problem found; nothing was imported.",
                "{name}: {count} problems found; nothing was imported.",
                count,
            )
            return _fail(summary.format(name=args.file.name, count=count), EXIT_INVALID)
        imported = not result.dry_run
        for line in learner_io.describe(result):
            print(line)
        return EXIT_OK
    except (learner_io.UnreadableFileError, learner_io.ImportFailedError) as error:
        return _fail(error.message, EXIT_USAGE)
    finally:
        close_database()
        if created and not imported:
            _remove_new_database(path)


def _remove_new_database(path: Path) -> None:
    # Only a file this command made: an import that wrote nothing leaves no empty database behind.
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        candidate.unlink(missing_ok=True)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.services import learner_io
    from desktop.storage.database import close_database

    if args.file.suffix.lower() not in (".csv", ".xlsx"):
        return _fail(
            _("Export to a file ending in .csv or .xlsx; {name} is neither.").format(name=args.file.name), EXIT_USAGE
        )
    path = _database_path(getattr(args, "db", None))
    _open_for_command(path, writes=False)
    try:
        count = learner_io.export_learners(args.file)
    except learner_io.ExportError as error:
        return _fail(error.message, EXIT_USAGE)
    finally:
        close_database()
    print(
        ngettext("{count} learner exported to {path}.", "{count} learners exported to {path}.", count).format(
            count=count, path=args.file
        )
    )
    return EXIT_OK


def cmd_form(args: argparse.Namespace) -> int:
    from desktop.services import form_printouts
    from desktop.services.forms import find_form
    from desktop.storage.database import close_database

    if args.out.suffix.lower() != ".pdf":
        return _fail(_("Write to a file ending in .pdf; {name} does not.").format(name=args.out.name), EXIT_USAGE)
    if not args.out.parent.is_dir():
        return _fail(_("The folder {folder} does not exist.").format(folder=args.out.parent), EXIT_USAGE)
    _open_for_command(_database_path(getattr(args, "db", None)), writes=False)
    try:
        kind, form_id = find_form(args.id)
        data = form_printouts.form_pdf(kind, form_id)
    finally:
        close_database()
    try:
        form_printouts.write_atomically(args.out, data)
    except OSError as error:
        return _fail(_cannot_write(args.out, error), EXIT_USAGE)
    print(_("Form {number} saved to {path}.").format(number=args.id.strip().upper(), path=args.out))
    return EXIT_OK


def cmd_coaching_agreement(args: argparse.Namespace) -> int:
    from desktop.services import coaching_printouts, form_printouts
    from desktop.services.coaching import number_of
    from desktop.storage.database import close_database

    if args.out.suffix.lower() != ".pdf":
        return _fail(_("Write to a file ending in .pdf; {name} does not.").format(name=args.out.name), EXIT_USAGE)
    if not args.out.parent.is_dir():
        return _fail(_("The folder {folder} does not exist.").format(folder=args.out.parent), EXIT_USAGE)
    if args.out.exists():
        return _fail(_("{path} exists already; choose another file name.").format(path=args.out), EXIT_USAGE)
    _open_for_command(_database_path(getattr(args, "db", None)), writes=False)
    try:
        trajectory_id = coaching_printouts.find_trajectory(args.id)
        data = coaching_printouts.intake_pdf(trajectory_id)
        number = number_of(trajectory_id)
    finally:
        close_database()
    try:
        form_printouts.write_atomically(args.out, data)
    except OSError as error:
        return _fail(_cannot_write(args.out, error), EXIT_USAGE)
    print(_("Intake agreement {number} saved to {path}.").format(number=number, path=args.out))
    return EXIT_OK


def _cannot_write(path: Path, error: OSError) -> str:
    where = Path(error.filename) if error.filename else path
    if isinstance(error, PermissionError):
        return _("{path} cannot be written: it is open in another program, or the folder is read-only.").format(
            path=where
        )
    return _("{path} cannot be written: {reason}").format(path=where, reason=error.strerror or error)


def cmd_forms(args: argparse.Namespace) -> int:
    from desktop.services import form_printouts
    from desktop.services.forms import form_rows
    from desktop.storage.database import close_database

    if args.out.exists() and not args.out.is_dir():
        return _fail(_("{path} is a file, not a folder.").format(path=args.out), EXIT_USAGE)
    if not args.out.parent.is_dir():
        return _fail(_("The folder {folder} does not exist.").format(folder=args.out.parent), EXIT_USAGE)
    _open_for_command(_database_path(getattr(args, "db", None)), writes=False)
    try:
        rows = sorted(form_rows(), key=lambda row: row.number)
        keys = [row.key for row in rows if args.kind is None or row.kind == args.kind]
        args.out.mkdir(exist_ok=True)
        written = form_printouts.save_forms(keys, args.out)
    except OSError as error:
        return _fail(_cannot_write(args.out, error), EXIT_USAGE)
    finally:
        close_database()
    print(
        ngettext("{count} form saved to {folder}.", "{count} forms saved to {folder}.", len(written)).format(
            count=len(written), folder=args.out
        )
    )
    return EXIT_OK


def _open_for_command(path: Path, *, create: bool = False, writes: bool = True) -> None:
    """Open and bind the database a command works on. A command that only reads goes on read-only when
    another LeerWerk has the file or it cannot be written here (a read-only folder, disk or file); one
    that writes is refused with the reason (`DatabaseInUseError`, `DatabaseNotWritableError`)."""
    from desktop.storage.database import DatabaseNotWritableError, open_database, open_read_only
    from desktop.storage.lock import DatabaseInUseError
    from desktop.storage.network import network_warning

    try:
        database = open_database(path, create=create)
    except (DatabaseInUseError, DatabaseNotWritableError) as error:
        if writes:
            raise
        database = open_read_only(path)
        if isinstance(error, DatabaseInUseError):
            print(error.message, file=sys.stderr)
        else:
            print(_("The database {path} cannot be written here; it is only read.").format(path=path), file=sys.stderr)
    if database.on_network:
        print(network_warning(path), file=sys.stderr)


def _database_path(explicit: Path | None) -> Path:
    """The database a command works on: the same one the window would open."""
    from desktop.paths import resolve_db_path
    from desktop.settings import Settings

    path = resolve_db_path(explicit, remembered=Settings().last_database())
    if (name := files.too_long_name(path)) is not None:  # LEERWERK_DB, or remembered from elsewhere
        raise UnusableDatabaseError(files.name_too_long(name))
    return path


def _unlock(args: argparse.Namespace) -> None:
    """The passphrase of an encrypted database (and of the backup to restore), before a command runs."""
    from desktop import cli_encryption

    cli_encryption.unlock(_database_path(getattr(args, "db", None)))
    if args.command == "restore" and args.backup.is_file():
        cli_encryption.unlock(args.backup)


def _open_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    if args.demo:
        from desktop.demo import generate_demo

        path = Path(tempfile.mkdtemp(prefix="leerwerk-demo-")) / "demo.sqlite3"
        generate_demo(path)
    else:
        path = _database_path(args.db)
        if args.db is None and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if os.environ.get("LEERWERK_PASSPHRASE"):
            from desktop import cli_encryption

            cli_encryption.from_environment(path)
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
        args = parser.parse_args(without_stop_parsing(sys.argv[1:] if argv is None else list(argv)))
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

        return _fail(
            _("The folder {folder} cannot hold LeerWerk's settings and logs: {reason}").format(
                folder=data_dir(), reason=error.strerror or error
            ),
            EXIT_USAGE,
        )
    try:
        if args.command not in (None, "demo"):
            _unlock(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "import":
            return cmd_import(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command in ("backup", "restore"):
            from desktop import cli_backup

            command = cli_backup.cmd_backup if args.command == "backup" else cli_backup.cmd_restore
            return command(args, _database_path(getattr(args, "db", None)))
        if args.command == "form":
            return cmd_form(args)
        if args.command == "forms":
            return cmd_forms(args)
        if args.command == "coaching-agreement":
            return cmd_coaching_agreement(args)
        if args.command == "privacy":
            from desktop import cli_privacy

            return cli_privacy.run(args, _database_path)
        if args.command in ("encrypt", "decrypt", "passphrase"):
            from desktop import cli_encryption

            return cli_encryption.run(args.command, _database_path(getattr(args, "db", None)))
        return _open_gui(args)
    except UnusableDatabaseError as error:
        return _fail(error.message, EXIT_USAGE)
    except ValidationError as error:
        return _fail(error.message, EXIT_INVALID)
    except LeerWerkError as error:
        return _fail(error.message, EXIT_INVALID)
    except KeyboardInterrupt:
        return _fail(_("Stopped."), EXIT_INVALID)
    except OSError as error:  # a path the system refuses where no command expected it: still one true sentence
        log.warning("File refused in the command line: %s (errno %s)", type(error).__name__, error.errno)
        return _fail(files.os_error_message(error), EXIT_USAGE)
    except Exception as error:  # noqa: BLE001 - one line for the person, the stack in the log
        from desktop.logs import scrubbed_traceback

        log.error("Unexpected error in the command line\n%s", scrubbed_traceback(type(error), error.__traceback__))
        return _fail(
            _("Unexpected error ({kind}); the details are in the log.").format(kind=type(error).__name__), EXIT_INVALID
        )


if __name__ == "__main__":
    sys.exit(main())
