"""What every command shares: the exit codes, a parser that speaks the user's language, the path
argument, the one-line failure, and the database a command works on."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop import files
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _, ngettext

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
Result = TypeVar("Result")


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


def database_argument(value: str) -> Path | str:
    """A ``--db``: a database file's path, or a server database's address (``postgresql://user@host/name``)."""
    from desktop.storage.server import is_server_address

    return value if is_server_address(value) else path_argument(value)


def add_database_option(parser: argparse.ArgumentParser, help: str) -> None:
    """A command's own ``--db``. Left out, it leaves the ``--db`` given before the command standing."""
    parser.add_argument("--db", type=database_argument, metavar=_("PATH"), default=argparse.SUPPRESS, help=help)


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


def database_path(args: argparse.Namespace) -> Path | str:
    """The database a command works on: the same one the window would open (a file, or a server's address)."""
    from desktop.paths import resolve_db_path
    from desktop.settings import Settings
    from desktop.storage.server import is_server_address

    path = resolve_db_path(getattr(args, "db", None), remembered=Settings().last_database())
    if is_server_address(path):
        return path
    if (name := files.too_long_name(path)) is not None:  # LEERWERK_DB, or remembered from elsewhere
        raise UnusableDatabaseError(files.name_too_long(name))
    return path


def file_database_path(args: argparse.Namespace, command: str, reason: str | None = None) -> Path:
    """The database file of a command that only means something for a file; on a server it says so (with
    `reason`, or else that the server's own tools back up and protect a server database)."""
    from desktop.storage.server import is_server_address, without_password

    path = database_path(args)
    if is_server_address(path):
        reason = reason or _("the server's own tools back up and protect it (see the README, 'For the IT supplier')")
        raise UnusableDatabaseError(
            _("'leerwerk {command}' works on a database file; {address} is a database on a server: {reason}.").format(
                command=command, address=without_password(path), reason=reason
            )
        )
    return path


def ask_server_password(address: str, work: Callable[[str], Result]) -> Result:
    """`work(address)`, asking the password in the terminal when the server wants one that the address,
    PGPASSWORD and the password file do not give (never echoed); without a terminal, say how to give it."""
    import getpass

    from desktop.storage.server import has_password, use_password, without_password
    from desktop.storage.server_errors import PasswordNeededError

    try:
        return work(address)
    except PasswordNeededError as error:
        if has_password(address) or sys.stdin is None or not sys.stdin.isatty():
            raise UnusableDatabaseError(
                error.message
                + " "
                + _("Give it in PGPASSWORD or the password file (pgpass), or run the command in a terminal.")
            ) from error
        prompt = _("Password for {address}: ").format(address=without_password(address))
        use_password(address, getpass.getpass(prompt))
    return work(address)


def open_server_for_command(address: str):
    """Open and bind a server database for a command (asking its password where it must)."""
    from desktop.storage.database import open_database

    return ask_server_password(address, open_database)


def open_for_command(path: Path | str, *, create: bool = False, writes: bool = True) -> None:
    """Open and bind the database a command works on. A command that only reads goes on read-only when
    another LeerWerk has the file or it cannot be written here (a read-only folder, disk or file); one
    that writes is refused with the reason (`DatabaseInUseError`, `DatabaseNotWritableError`). A server's
    address opens that server's database (which has no read-only mode: the server refuses what a login may not do)."""
    from desktop.storage.database import DatabaseNotWritableError, open_database, open_read_only
    from desktop.storage.lock import DatabaseInUseError
    from desktop.storage.network import network_warning
    from desktop.storage.server import is_server_address

    if is_server_address(path):
        open_server_for_command(path)
        return
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
