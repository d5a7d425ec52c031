"""The test server and the driver: LeerWerk's shared mode talks to a real PostgreSQL through peewee's URL parsing."""

from __future__ import annotations

from playhouse.db_url import connect


def test_a_change_is_seen_by_another_connection_only_once_committed(postgres_url):
    first, second = connect(postgres_url), connect(postgres_url)
    first.execute_sql("CREATE TABLE note (id SERIAL PRIMARY KEY, text TEXT NOT NULL)")
    with first.atomic() as transaction:
        first.execute_sql("INSERT INTO note (text) VALUES (%s)", ("kept",))
    with first.atomic() as transaction:
        first.execute_sql("INSERT INTO note (text) VALUES (%s)", ("undone",))
        assert second.execute_sql("SELECT count(*) FROM note").fetchone()[0] == 1
        transaction.rollback()
    assert [row[0] for row in second.execute_sql("SELECT text FROM note")] == ["kept"]
    first.close()
    second.close()


def test_each_test_gets_an_empty_database(postgres_url):
    database = connect(postgres_url)
    tables = database.get_tables()
    database.close()
    assert tables == []
