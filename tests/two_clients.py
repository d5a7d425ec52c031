"""Two LeerWerks on one database, for the tests of what one does to the other's work: a second, separate connection
(`other_client`) and a way to act through it (`working_as`)."""

from __future__ import annotations

import contextlib

import pytest

from desktop.storage.access import leerwerk_database
from desktop.storage.database import PRAGMAS
from desktop.storage.models import db

OTHER_LOGIN = "m_bakker"  # the second coordinator: a database login on a server, a Windows account on a file


@pytest.fixture
def other_client(request, database, engine, db_path):
    """A second, separate connection to the same database, as another LeerWerk would have."""
    if engine == "sqlite":
        # As a second LeerWerk would open it, but for the writer lock, which is there to keep it out.
        other = leerwerk_database(str(db_path), file_path=db_path, pragmas=PRAGMAS, timeout=5)
    else:
        from desktop.storage.server import connect_server

        server = request.getfixturevalue("postgres_server")
        with contextlib.suppress(Exception):  # the role is the server's, made by the first test that wants it
            server.execute(f"CREATE ROLE {OTHER_LOGIN} LOGIN")
        server.execute(
            f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {OTHER_LOGIN}; "
            f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {OTHER_LOGIN}",
            database=database.database,
        )
        other = connect_server(server.url(database.database, user=OTHER_LOGIN))
    yield other
    other.close()


@contextlib.contextmanager
def working_as(client, monkeypatch):
    """What runs inside goes through `client`'s connection, and on a file under the other person's account (the
    account is what the change history names there; on a server it is the connection's login)."""
    previous = db.obj
    db.initialize(client)
    with monkeypatch.context() as patch:
        for variable in ("LOGNAME", "USER", "USERNAME"):
            patch.setenv(variable, OTHER_LOGIN)
        try:
            yield
        finally:
            db.initialize(previous)
