"""What every command shares: the exit codes, a parser that speaks the user's language, the path
argument, the one-line failure, and the database a command works on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import files
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _, ngettext

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """Usage errors as one line in the user's language, with where to find help."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, _("{prog}: {message} (see {prog} --help)").format(prog=self.prog, message=message) + "\n")


def path_argument(value: str) -> Path:
    if not value.strip():
        raise argparse.ArgumentTypeError(_("the path is empty"))
    if "\x00" in value:
        raise argparse.ArgumentTypeError(_("the path contains an invalid character"))
    path = Path(value).expanduser()
    if (name := files.too_long_name(path)) is not None:
        raise argparse.ArgumentTypeError(files.name_too_long(name))
    return path


def add_database_option(parser: argparse.ArgumentParser, help: str) -> None:
    """A command's own ``--db``. Left out, it leaves the ``--db`` given before the command standing."""
    parser.add_argument("--db", type=path_argument, metavar=_("PATH"), default=argparse.SUPPRESS, help=help)


def fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def refuse_target(path: Path, suffixes: tuple[str, ...]) -> int | None:
    """The usage exit after saying why `path` cannot be written as one of `suffixes`; None when it can."""
    from desktop.errors import ValidationError
    from desktop.services.output import check_target

    try:
        check_target(path, suffixes)
    except ValidationError as error:
        return fail(error.message, EXIT_USAGE)
    return None


def nothing_imported(path: Path, count: int) -> int:
    """An import refused for its `count` problems (each already printed): the summary, and the exit code."""
    summary = ngettext(
        "{name}: {count} problem found; nothing was imported.",
        "{name}: {count} problems found; nothing was imported.",
        count,
    )
    return fail(summary.format(name=path.name, count=count), EXIT_INVALID)


def database_path(args: argparse.Namespace) -> Path:
    """The database a command works on: the same one the window would open."""
    from desktop.paths import resolve_db_path
    from desktop.settings import Settings

    path = resolve_db_path(getattr(args, "db", None), remembered=Settings().last_database())
    if (name := files.too_long_name(path)) is not None:  # LEERWERK_DB, or remembered from elsewhere
        raise UnusableDatabaseError(files.name_too_long(name))
    return path


def open_for_command(path: Path, *, create: bool = False, writes: bool = True) -> None:
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
    for note in database.finished_work:  # interrupted work finished as it opened
        print(note, file=sys.stderr)
    if database.on_network:
        print(network_warning(path), file=sys.stderr)
