"""``leerwerk migrate-to ADDRESS``: move a database file into an empty database on a PostgreSQL server, verified.

The address is shown and logged without its password (`server.without_password`); a password may also come from
libpq's own PGPASSWORD or password file, which keeps it out of the shell's history.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_INVALID, EXIT_OK, add_database_option, database_path, fail
from desktop.i18n import _, ngettext


def _server_address(value: str) -> str:
    from desktop.storage.server import is_server_address

    if not is_server_address(value):
        example = "postgresql://leerwerk@server:5432/leerwerk"
        raise argparse.ArgumentTypeError(
            _("not the address of a database on a server, which starts with postgresql:// ({example})").format(
                example=example
            )
        )
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "address",
        type=_server_address,
        metavar=_("ADDRESS"),
        help=_("the empty database on the server, as postgresql://user@server:5432/database"),
    )
    add_database_option(parser, _("the database file to move (it is only read)"))


def _say_copied(table: str, rows: int) -> None:
    print(
        ngettext("{table}: {count} row copied", "{table}: {count} rows copied", rows).format(table=table, count=rows),
        file=sys.stderr,
        flush=True,
    )


def migrate_to(args: argparse.Namespace) -> int:
    from desktop.storage.server import connect_server
    from desktop.storage.server_copy import move_to_server

    path = database_path(args)
    target = connect_server(args.address)
    try:
        print(
            _("Moving {path} to {address}, in one transaction:").format(path=path, address=target.address),
            file=sys.stderr,
        )
        copied = move_to_server(path, target, _say_copied)
    except KeyboardInterrupt:
        return fail(_("Stopped; the database {address} is as it was.").format(address=target.address), EXIT_INVALID)
    finally:
        target.release()
    for table in copied:
        print(f"{table.name}\t{table.rows}")
    rows = sum(table.rows for table in copied)
    print(
        ngettext(
            "Done: {path} is on {address}, {rows} rows in {tables} table, each table's count and content verified.",
            "Done: {path} is on {address}, {rows} rows in {tables} tables, each table's count and content verified.",
            len(copied),
        ).format(path=path, address=target.address, rows=rows, tables=len(copied))
    )
    return EXIT_OK
