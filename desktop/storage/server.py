"""Shared mode: the models on a PostgreSQL server, opened by an address instead of a file.

``postgresql://user@host:port/dbname`` (``?sslmode=require`` and the other libpq settings pass through) is read
with peewee's ``playhouse.db_url``. A password in the address is used to connect and then forgotten: what this
program keeps and shows of the address (`ServerDatabase.address`) never holds it. The server checks every
reference and constraint itself and serves several LeerWerks at once, so a server database has no writer lock,
no read-only mode of its own and no file beside it.
"""

from __future__ import annotations

import functools
from typing import NoReturn
from urllib.parse import urlsplit, urlunsplit

import peewee
from peewee import PostgresqlDatabase
from playhouse.db_url import parse

from desktop.errors import ConnectionLostError, RecordBusyError, RefusedByServerError, UnusableDatabaseError
from desktop.i18n import _
from desktop.storage import migrations, server_errors
from desktop.storage.engine import INSUFFICIENT_PRIVILEGE, POSTGRES, with_server_parameters
from desktop.storage.server_errors import CONNECT_TIMEOUT_S

SCHEMES = ("postgresql", "postgres")
APPLICATION_NAME = "LeerWerk"  # how the server's list of sessions (pg_stat_activity) names this program
GENERIC_PLANS = "-c plan_cache_mode=force_generic_plan"
# How long a statement waits for a row or table another session holds (another LeerWerk's change not finished, a
# laptop that went to sleep in the middle of a save) before it is refused: the window must not freeze for good.
LOCK_TIMEOUT_S = 15
LOCK_NOT_AVAILABLE = "55P03"

# Passwords a person typed in this run, by the address without password: held in memory only, for reconnecting.
_passwords: dict[str, str] = {}


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


def use_password(address: str, password: str) -> None:
    """Connect to `address` with `password` from now on in this run (never written anywhere)."""
    _passwords[without_password(address)] = password


def forget_passwords() -> None:
    _passwords.clear()


def has_password(address: str) -> bool:
    """Whether `address` carries a password or one was given for it in this run."""
    return bool(urlsplit(address).password) or without_password(address) in _passwords


class ServerDatabase(PostgresqlDatabase):
    """A `PostgresqlDatabase` that answers the questions the program asks of an open file (may it write, who
    else writes) the way a server answers them: it may, and others may too."""

    encrypted = False
    read_only = False
    on_network = False
    lost_lock = False
    other_writer = None
    file_path = None

    def __init__(self, address: str, **kwargs):
        super().__init__(**kwargs)
        self.address = without_password(address)
        self.finished_work: list[str] = []

    @functools.cached_property
    def may_write(self) -> bool:
        """Whether the login changes anything at all: not the read-only role, which leaves what the program writes
        by itself (periods moving on by date) to the others. Asked once: a connection keeps its login."""
        return POSTGRES.may_write(self, "bpv_period")

    def execute_sql(self, sql, params=None):
        # The services' own SQL is written with SQLite's "?" parameters; peewee's queries already carry "%s".
        if "?" in sql:
            sql = with_server_parameters(sql)
        self._connect_again()
        try:
            return super().execute_sql(sql, params)
        except peewee.ProgrammingError as error:
            if getattr(getattr(error, "orig", None), "pgcode", None) != INSUFFICIENT_PRIVILEGE:
                raise
            # The login's role (its grants, or a row-level policy) does not allow it: a sentence, not a traceback.
            raise RefusedByServerError(self._refusal(sql)) from error
        except (peewee.OperationalError, peewee.InterfaceError) as error:
            if self._lost() and not self.in_transaction() and sql.lstrip()[:6].upper() == "SELECT":
                # A reading met a session the server had ended while LeerWerk was idle: nothing was done, so it is
                # read again on a new one (once), and the person sees nothing of it.
                self.close()
                return self.execute_sql(sql, params)
            if getattr(getattr(error, "orig", None), "pgcode", None) == LOCK_NOT_AVAILABLE:
                raise RecordBusyError(
                    _(
                        "Another LeerWerk is changing this right now (or a computer went to sleep in the middle of a "
                        "save); nothing was saved here. Try again in a moment."
                    )
                ) from error
            self._said_lost(error)

    def begin(self, *args, **kwargs):
        """Begin a transaction, on a new session when the server ended the last one while LeerWerk was idle (nothing
        was begun on it, so nothing is lost); a server that is away says so."""
        self._connect_again()
        try:
            return super().begin(*args, **kwargs)
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self._lost():
                raise
        self.close()
        self._connect_again()
        try:
            return super().begin(*args, **kwargs)
        except (peewee.OperationalError, peewee.InterfaceError) as error:
            self._said_lost(error)

    def _connect_again(self) -> None:
        """Connect when the last session was lost (`_lost`, then forgotten), or say the server is away."""
        if self.is_closed():
            try:
                self.connect()
            except peewee.OperationalError as error:
                raise ConnectionLostError(self._away()) from error

    def _said_lost(self, error: Exception) -> NoReturn:
        """Raise `error` again, or, when the session is gone with it, that nothing was saved. The server restarted or
        the network went: the server ended the session and its transaction, so nothing of it was saved. Forgotten
        (once no transaction is left open): the next statement connects."""
        if not self._lost():
            raise error
        self._forget_if_idle()
        raise ConnectionLostError(self._gone()) from error

    def _lost(self) -> bool:
        connection = self._state.conn
        return connection is not None and bool(getattr(connection, "closed", 0))

    def _forget_if_idle(self) -> None:
        if not self.in_transaction():
            self.close()  # a psycopg2 connection closed already closes again without a word

    def rollback(self):
        if self._lost():  # the server rolled it back when the connection went
            self._forget_if_idle()
            return
        super().rollback()

    def commit(self):
        if self._lost():
            self._forget_if_idle()
            raise ConnectionLostError(self._gone())
        try:
            return super().commit()
        except (peewee.OperationalError, peewee.InterfaceError) as error:
            self._said_lost(error)

    def _gone(self) -> str:
        return _(
            "The connection to the database server {server} was lost (the server restarted, or the network went "
            "down); this was not saved. Try again: LeerWerk connects anew."
        ).format(server=server_errors.server_of(self.address))

    def _away(self) -> str:
        return _(
            "The database server {server} does not answer; nothing was saved. Try again once it is back (ask your "
            "IT supplier if it stays away)."
        ).format(server=server_errors.server_of(self.address))

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
    settings = parse(address, unquote_password=True, unquote_user=True)
    name = settings.pop("database", None)
    if not name:
        raise UnusableDatabaseError(
            _("The address {address} names no database: add it after the server, as in {example}.").format(
                address=without_password(address), example="postgresql://user@server:5432/leerwerk"
            )
        )
    settings.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    settings.setdefault("application_name", APPLICATION_NAME)
    # The statements this program prepares (`PostgresEngine.rows_of_ids`: the Learners tab's rows) planned once for
    # any ids rather than anew for each of their first five runs, as the server would by default (at 10,000 learners
    # 1.6 ms a screenful against 3.9 ms). Set when connecting: no round trip of its own. PostgreSQL 12 and newer.
    waits = f"-c lock_timeout={int(LOCK_TIMEOUT_S * 1000)}"
    settings["options"] = f"{settings.get('options', '')} {GENERIC_PLANS} {waits}".strip()
    if "password" not in settings and (typed := _passwords.get(without_password(address))):
        settings["password"] = typed  # else libpq looks in PGPASSWORD and the password file itself
    database = ServerDatabase(address, database=name, autorollback=False, **settings)
    try:
        database.connect()
    except peewee.OperationalError as error:
        raise server_errors.refusal(error, address) from error
    # As the server said when the session began: no round trip.
    encoding = database.connection().get_parameter_status("server_encoding") or "UTF8"
    if encoding.upper().replace("-", "") != "UTF8":
        database.release()
        # Names like Łukasz or Nguyễn cannot be stored in another encoding (SQL_ASCII keeps bytes it cannot sort).
        raise UnusableDatabaseError(
            _(
                "The database {address} stores text as {encoding}; LeerWerk needs UTF8. Ask the IT supplier to make "
                "the database anew with CREATE DATABASE ... ENCODING 'UTF8' TEMPLATE template0."
            ).format(address=database.address, encoding=encoding)
        )
    return database


def schema_version(database: ServerDatabase) -> int:
    """The LeerWerk schema version of a server database (0 when it is empty); raises `UnusableDatabaseError` for a
    database of another program (tables without LeerWerk's schema version: nothing is added to them) or one written
    by a newer LeerWerk."""
    tables = POSTGRES.tables(database)
    if tables and "schema_version" not in tables:
        raise UnusableDatabaseError(
            _("The database {address} is a database of another program, not of LeerWerk.").format(
                address=database.address
            )
        )
    version = migrations.schema_version(database)
    if version > migrations.LATEST_VERSION:
        raise UnusableDatabaseError(
            _(
                "The database {path} was written by a newer LeerWerk (schema {found}, this version knows "
                "up to {known}); install the newer LeerWerk to open it."
            ).format(path=database.address, found=version, known=migrations.LATEST_VERSION)
        )
    return version


def check_connection(address: str) -> str:
    """Connect to `address` and look whether LeerWerk can open it there (a refusal raised as on opening); the
    server's version. Changes nothing."""
    database = connect_server(address)
    try:
        schema_version(database)
        return database.execute_sql("SHOW server_version").fetchone()[0]
    finally:
        database.release()


def open_server(address: str) -> ServerDatabase:
    """Connect to the server database at `address` and bring its schema up to date (`open_database` binds it)."""
    database = connect_server(address)
    try:
        schema_version(database)
        migrations.migrate(database, None)
    except BaseException:
        database.release()
        raise
    return database
