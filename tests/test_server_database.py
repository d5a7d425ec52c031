"""Opening a database on a PostgreSQL server by its address: the schema is built there, the models are bound to it,
and what cannot be reached is said in one sentence that never shows a password."""

from __future__ import annotations

import socket

import pytest

from desktop.errors import UnusableDatabaseError
from desktop.storage import migrations
from desktop.storage import models as m
from desktop.storage.database import current_path, open_database
from desktop.storage.server import ServerDatabase, without_password


def test_an_address_opens_the_server_database_and_builds_its_schema(postgres_url):
    database = open_database(postgres_url)
    assert isinstance(database, ServerDatabase) and m.db.obj is database
    assert migrations.schema_version(database) == migrations.LATEST_VERSION
    assert m.EvaluationQuestion.select().where(m.EvaluationQuestion.active).count() == 8
    assert current_path() is None  # no file: backups, lock and clean-close check do not apply


def test_the_password_is_used_and_never_kept(postgres_server, postgres_url):
    postgres_server.execute("CREATE ROLE coordinator LOGIN PASSWORD 'geheim-42'")
    postgres_server.execute(f'ALTER DATABASE "{postgres_url.rsplit("/", 1)[1]}" OWNER TO coordinator')
    address = postgres_url.replace("leerwerk_test@", "coordinator:geheim-42@")
    database = open_database(address)
    assert "geheim" not in database.address and database.address.startswith("postgresql://coordinator@127.0.0.1:")
    postgres_server.execute("DROP OWNED BY coordinator", database=postgres_url.rsplit("/", 1)[1])


def test_a_server_that_does_not_answer_is_said_in_one_sentence_without_the_password():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe is closed
    with pytest.raises(UnusableDatabaseError) as caught:
        open_database(f"postgresql://someone:geheim@127.0.0.1:{port}/leerwerk")
    reached = f"De server 127.0.0.1:{port} is niet bereikbaar: op dat adres en die poort antwoordt niets."
    assert str(caught.value) == reached
    assert "geheim" not in str(caught.value)


def test_an_address_without_a_database_is_refused_with_an_example():
    with pytest.raises(UnusableDatabaseError, match="noemt geen database"):
        open_database("postgresql://someone@127.0.0.1:5432/")


def test_sslmode_and_the_other_settings_pass_through_but_the_password_does_not():
    shown = without_password("postgresql://a:b%40c@db.example:6432/leerwerk?sslmode=verify-full")
    assert shown == "postgresql://a@db.example:6432/leerwerk?sslmode=verify-full"


def test_sslmode_is_honoured(postgres_url):
    """The test server speaks no TLS: a client that requires it is refused rather than sent in the clear."""
    with pytest.raises(UnusableDatabaseError, match=r"vraagt om versleuteling \(sslmode\)"):
        open_database(postgres_url + "?sslmode=require")
    assert isinstance(open_database(postgres_url + "?sslmode=disable"), ServerDatabase)


def _cut_off(postgres_server, database) -> None:
    """End this program's session on the server, as a restart of the server or a broken network does."""
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    postgres_server.execute(f"SELECT pg_terminate_backend({pid})")


def test_a_session_lost_in_the_middle_of_a_change_says_nothing_was_saved_and_the_next_connects(
    postgres_server, postgres_url
):
    from desktop.errors import ConnectionLostError
    from desktop.services import service_for

    database = open_database(postgres_url)
    learners = service_for(m.Learner)
    first = learners.create(first_name="Mila", last_name="Jansen", learner_type="bbl")
    with pytest.raises(ConnectionLostError, match="verbinding met de databaseserver 127.0.0.1:"):
        with m.db.atomic():
            m.Learner.update(last_name="Visser").where(m.Learner.id == first.id).execute()
            _cut_off(postgres_server, database)  # the server restarts in the middle of the save
            m.Learner.update(city="Zwolle").where(m.Learner.id == first.id).execute()
    assert m.Learner.get_by_id(first.id).last_name == "Jansen"  # nothing of it was saved; read on a new session
    learners.update(first.id, last_name="Visser")
    assert m.Learner.get_by_id(first.id).last_name == "Visser"


def test_a_server_still_away_is_said_and_found_again_once_back(postgres_server, postgres_url):
    from desktop.errors import ConnectionLostError

    database = open_database(postgres_url)
    _cut_off(postgres_server, database)
    port = database.connect_params["port"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        database.connect_params["port"] = probe.getsockname()[1]  # the server away: nothing answers
    with pytest.raises(ConnectionLostError, match="antwoordt niet"):
        m.Learner.select().count()
    database.connect_params["port"] = port
    assert m.Learner.select().count() == 0


def test_a_database_that_does_not_store_text_as_utf8_is_refused_with_what_to_do(postgres_server):
    name = postgres_server.create_database()
    postgres_server.drop_database(name)
    postgres_server.execute(
        f"CREATE DATABASE \"{name}\" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
    )
    try:
        with pytest.raises(UnusableDatabaseError, match="slaat tekst op als LATIN1; LeerWerk heeft UTF8 nodig"):
            open_database(postgres_server.url(name))
        assert "scan_round" not in postgres_server_tables(postgres_server, name)  # nothing was built in it
    finally:
        postgres_server.drop_database(name)


def postgres_server_tables(postgres_server, name: str) -> set[str]:
    connection = postgres_server.connect(name)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return {row[0] for row in cursor.fetchall()}
    finally:
        connection.close()


def test_a_save_that_waits_for_another_sessions_unfinished_change_is_refused_in_time(
    postgres_server, postgres_url, monkeypatch
):
    import psycopg2

    from desktop.errors import RecordBusyError
    from desktop.services import service_for
    from desktop.storage import server

    monkeypatch.setattr(server, "LOCK_TIMEOUT_S", 1)
    open_database(postgres_url)
    learner = service_for(m.Learner).create(first_name="Mila", last_name="Jansen", learner_type="bbl")
    other = psycopg2.connect(postgres_url)  # another LeerWerk, its save not finished (a laptop gone to sleep)
    try:
        other.cursor().execute("UPDATE learner SET city = 'Zwolle' WHERE id = %s", (learner.id,))
        with pytest.raises(RecordBusyError, match="Een andere LeerWerk wijzigt dit op dit moment"):
            service_for(m.Learner).update(learner.id, last_name="Visser")
    finally:
        other.rollback()
        other.close()
    service_for(m.Learner).update(learner.id, last_name="Visser")  # once it is done, the save goes through
    assert m.Learner.get_by_id(learner.id).last_name == "Visser"


def test_a_session_the_server_ended_while_idle_is_replaced_before_a_save_or_a_reading(postgres_server, postgres_url):
    from desktop.services import service_for

    database = open_database(postgres_url)
    learners = service_for(m.Learner)
    _cut_off(postgres_server, database)
    made = learners.create(first_name="Mila", last_name="Jansen", learner_type="bbl")  # begins a transaction first
    _cut_off(postgres_server, database)
    assert m.Learner.get_by_id(made.id).first_name == "Mila"  # a reading, read again on a new session
