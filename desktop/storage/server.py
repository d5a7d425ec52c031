"""Shared mode: the models on a PostgreSQL server, opened by an address instead of a file.

``postgresql://user@host:port/dbname`` (``?sslmode=require`` and the other libpq settings pass through) is read
with peewee's ``playhouse.db_url``. A password in the address is used to connect and then forgotten: what this
program keeps and shows of the address (`ServerDatabase.address`) never holds it. The server checks every
reference and constraint itself and serves several LeerWerks at once, so a server database has no writer lock,
no read-only mode of its own and no file beside it.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import peewee
from peewee import PostgresqlDatabase
from playhouse.db_url import parse

from desktop.errors import RefusedByServerError, UnusableDatabaseError
from desktop.i18n import _
from desktop.storage import migrations
from desktop.storage.engine import INSUFFICIENT_PRIVILEGE, with_server_parameters

SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 10


def is_server_address(text) -> bool:
    return isinstance(text, str) and urlsplit(text).scheme.lower() in SCHEMES and "://" in text


def without_password(address: str) -> str:
    """The address as it may be shown and remembered: the user, host, port and database, no password."""
    parts = urlsplit(address)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, parts.query, ""))


class ServerDatabase(PostgresqlDatabase):
    """A `PostgresqlDatabase` that answers the questions the program asks of an open file (may it write, who
    else writes) the way a server answers them: it may, and others may too."""

    encrypted = False
    read_only = False
    on_network = False
    lost_lock = False
    may_write = True
    other_writer = None
    file_path = None

    def __init__(self, address: str, **kwargs):
        super().__init__(**kwargs)
        self.address = without_password(address)
        self.finished_work: list[str] = []

    def execute_sql(self, sql, params=None):
        # The services' own SQL is written with SQLite's "?" parameters; peewee's queries already carry "%s".
        if "?" in sql:
            sql = with_server_parameters(sql)
        try:
            return super().execute_sql(sql, params)
        except peewee.ProgrammingError as error:
            if getattr(getattr(error, "orig", None), "pgcode", None) != INSUFFICIENT_PRIVILEGE:
                raise
            # The login's role (its grants, or a row-level policy) does not allow it: a sentence, not a traceback.
            raise RefusedByServerError(self._refusal(sql)) from error

    def _refusal(self, sql: str) -> str:
        login = self.connect_params.get("user") or urlsplit(self.address).username or ""
        if sql.lstrip().upper().startswith("SELECT") and " FOR UPDATE" not in sql.upper():
            return _(
                "The database server does not let the login {login} read this: its role does not allow it."
            ).format(login=login)
        return _(
            "The database server refused this change: the login {login} may not make it in its role. It was not saved."
        ).format(login=login)

    def refusal(self) -> str | None:
        return None

    def ensure_writable(self) -> None:
        """A server refuses what a login may not do itself, with its own error."""

    def release(self) -> None:
        if not self.is_closed():
            self.close()


def connect_server(address: str) -> ServerDatabase:
    """A connection to the database at `address`, or a sentence saying why there is none."""
    settings = parse(address)
    name = settings.pop("database", None)
    if not name:
        raise UnusableDatabaseError(
            _("The address {address} names no database: add it after the server, as in {example}.").format(
                address=without_password(address), example="postgresql://user@server:5432/leerwerk"
            )
        )
    settings.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    database = ServerDatabase(address, database=name, autorollback=False, **settings)
    try:
        database.connect()
    except peewee.OperationalError as error:
        raise UnusableDatabaseError(
            _("LeerWerk cannot reach the database {address}: {reason}").format(
                address=without_password(address), reason=str(error).strip().splitlines()[0]
            )
        ) from error
    return database


def open_server(address: str) -> ServerDatabase:
    """Connect to the server database at `address` and bring its schema up to date (`open_database` binds it)."""
    database = connect_server(address)
    try:
        version = migrations.schema_version(database)
        if version > migrations.LATEST_VERSION:
            raise UnusableDatabaseError(
                _(
                    "The database {path} was written by a newer LeerWerk (schema {found}, this version knows "
                    "up to {known}); install the newer LeerWerk to open it."
                ).format(path=database.address, found=version, known=migrations.LATEST_VERSION)
            )
        migrations.migrate(database, None)
    except BaseException:
        database.release()
        raise
    return database
