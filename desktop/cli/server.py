"""``leerwerk server setup`` and ``leerwerk server grant``: the roles of a PostgreSQL server, for its IT supplier
(see `desktop.storage.server_roles`)."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK
from desktop.i18n import _


def server_address(value: str) -> str:
    from desktop.storage.server import is_server_address

    if not is_server_address(value):
        raise argparse.ArgumentTypeError(
            _("this works on a PostgreSQL server: give its address, as in {example}").format(
                example="postgresql://beheer@server:5432/leerwerk"
            )
        )
    return value


def _add_address(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        dest="server",
        required=True,
        type=server_address,
        metavar="postgresql://…",
        help=_("the database on the server, connected to as its owner"),
    )


def add_setup_arguments(parser: argparse.ArgumentParser) -> None:
    _add_address(parser)


def add_grant_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop.storage.server_roles import ROLES

    parser.add_argument("login", help=_("the login on the server"))
    parser.add_argument("role", choices=tuple(ROLES), help=_("the role the login gets"))
    parser.add_argument(
        "--staff", type=int, metavar=_("ID"), help=_("the record number of the staff member who uses the login")
    )
    _add_address(parser)


def setup(args: argparse.Namespace) -> int:
    from desktop.storage import server_roles
    from desktop.storage.server import connect_server, without_password

    database = connect_server(args.server)
    try:
        server_roles.setup(database)
    finally:
        database.release()
    print(
        _("{address}: the roles {roles} are set up.").format(
            address=without_password(args.server), roles=", ".join(server_roles.ROLES.values())
        )
    )
    return EXIT_OK


def grant(args: argparse.Namespace) -> int:
    from desktop.storage import models as m
    from desktop.storage import server_roles
    from desktop.storage.database import close_database
    from desktop.storage.server import connect_server

    database = connect_server(args.server)
    m.db.initialize(database)  # the staff member is looked up through the models
    try:
        server_roles.grant(database, args.login, args.role, args.staff)
    finally:
        close_database()
    print(_("The login {login} now has the role {role}.").format(login=args.login, role=server_roles.ROLES[args.role]))
    return EXIT_OK
