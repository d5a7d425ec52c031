"""The ``leerwerk`` command line: the same program as the window, for scripts, CI and benchmarks.

Exit codes: 0 success, 1 invalid input or problems found, 2 usage error or unusable file. Every
failure is one clear line on stderr in the user's language, never a traceback.

The commands are the entries of the table in `desktop.cli.commands`; here the parser is built from
it, and the entry asked for gets the passphrases of its files and then runs. Without a command the
window opens.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from desktop import __version__, files, i18n
from desktop.cli import encryption
from desktop.cli.common import EXIT_INVALID, EXIT_USAGE, Parser, database_argument, database_path, fail
from desktop.errors import LeerWerkError, UnusableDatabaseError, ValidationError
from desktop.i18n import _
from desktop.shell import without_stop_parsing

log = logging.getLogger("leerwerk.cli")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without its commands for a start of the window (their modules import much
    of the program: the services a report groups by, the file formats of an import)."""
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
        type=database_argument,
        metavar=_("PATH"),
        help=_("the database file or server address (default: LEERWERK_DB or the per-user data folder)"),
    )
    where.add_argument("--demo", action="store_true", help=_("open the window on a fresh demo database"))
    parser.add_argument(
        "--smoke", action="store_true", help=_("open the main window, paint it with the first tab's rows and exit")
    )
    if with_commands:
        from desktop.cli import commands

        subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=Parser)
        commands.add_commands(subparsers, commands.COMMANDS)
    return parser


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments; read without the commands when they can only open the window (no command, no help asked),
    so a start imports none of them. Anything else is read by the whole parser, exactly as before."""
    if not {"-h", "--help"} & set(argv):
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def _open_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui
    from desktop.storage.server import is_server_address

    if args.demo:
        from desktop.demo import generate_demo

        path = Path(tempfile.mkdtemp(prefix="leerwerk-demo-")) / "demo.sqlite3"
        generate_demo(path)
    else:
        path = database_path(args)
        if is_server_address(path):
            return run_gui(path, smoke=args.smoke, remember=True)
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
    from desktop.views.window import error_dialog

    error_dialog.install()  # first: whatever fails after this is logged and shown, not lost
    _safe_streams()
    i18n.set_language(i18n.initial_language())
    try:
        args = _parse(without_stop_parsing(sys.argv[1:] if argv is None else list(argv)))
        command = None
        if "command" in args:
            from desktop.cli import commands

            command = commands.chosen(args)
        if command and (args.smoke or args.demo):
            build_parser(with_commands=False).error(_("--smoke and --demo open the window; they go without a command."))
        if command and command.usage_problem and (problem := command.usage_problem(args)):
            build_parser(with_commands=False).error(problem)
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
        if command is None:
            return _open_gui(args)
        for path in command.encrypted_files(args):
            encryption.unlock(path)
        return command.handler(args)
    except UnusableDatabaseError as error:
        return fail(error.message, EXIT_USAGE)
    except ValidationError as error:
        return fail(error.message, EXIT_INVALID)
    except LeerWerkError as error:  # a full disk refuses the command, as an unusable file does
        return fail(error.message, EXIT_USAGE if files.is_disk_full(error) else EXIT_INVALID)
    except KeyboardInterrupt:
        return fail(_("Stopped."), EXIT_INVALID)
    except OSError as error:  # a path the system refuses where no command expected it: still one true sentence
        log.warning("File refused in the command line: %s (errno %s)", type(error).__name__, error.errno)
        return fail(files.os_error_message(error), EXIT_USAGE)
    except Exception as error:  # noqa: BLE001 - one line for the person, the stack in the log
        from desktop.logs import scrubbed_traceback

        log.error("Unexpected error in the command line\n%s", scrubbed_traceback(type(error), error.__traceback__))
        return fail(
            _("Unexpected error ({kind}); the details are in the log.").format(kind=type(error).__name__), EXIT_INVALID
        )


if __name__ == "__main__":
    sys.exit(main())
