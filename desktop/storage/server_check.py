"""``leerwerk check`` on a server database: the connection, the server's version, the schema, who is connected.

Only reads: a schema older than this LeerWerk's is named (the next opening upgrades it), a newer one refused as an
opening refuses it, and the tables, columns, references and indexes are compared with the models
(`server_schema.differences`) when the schema is this version's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.i18n import _
from desktop.storage import migrations, server, server_schema


@dataclass(frozen=True)
class Session:
    login: str
    client: str  # the client's address, or "local" for a socket
    application: str
    since: dt.datetime | None
    this_one: bool


@dataclass
class ServerCheck:
    address: str
    server_version: str
    schema_version: int
    problems: list[str]
    sessions: list[Session] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_server(address: str) -> ServerCheck:
    """Connect to `address` and check it; raises `UnusableDatabaseError` when it cannot be used at all."""
    database = server.connect_server(address)
    try:
        version_text = database.execute_sql("SHOW server_version").fetchone()[0]
        version = server.schema_version(database)
        problems = server_schema.differences(database) if version == migrations.LATEST_VERSION else []
        return ServerCheck(database.address, version_text, version, problems, sessions(database))
    finally:
        database.release()


def sessions(database) -> list[Session]:
    """Who is connected to this database now, the longest connected first."""
    rows = database.execute_sql(
        "SELECT usename, host(client_addr), application_name, backend_start, pid = pg_backend_pid()"
        " FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'"
        " ORDER BY backend_start"
    ).fetchall()
    return [
        Session(login or "", client or _("local"), application or "", since, this_one)
        for login, client, application, since, this_one in rows
    ]
