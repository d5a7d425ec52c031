"""``leerwerk migrate-to``: a database file moved into an empty database on a real PostgreSQL server (tests/
postgres_server.py), verified, in one transaction; the file is only read, and a refusal, a failure or a Ctrl+C
leaves the server's database as it was."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from decimal import Decimal

import pytest

from desktop.cli import migrate_to as cli_migrate_to
from desktop.demo import generate_demo
from desktop.storage import migrations
from desktop.storage.database import close_database, open_database
from desktop.storage.engine import engine_of
from desktop.storage.server import connect_server, open_server
from tests.crash_support import downgrade_to
from tests.helpers import file_digest, run


def _demo(tmp_path_factory, learners: int):
    path = tmp_path_factory.mktemp("demo") / f"demo-{learners}.sqlite3"
    generate_demo(path, learners=learners)
    close_database()
    return path


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory):
    return _demo(tmp_path_factory, 60)


@pytest.fixture
def source(small_demo, tmp_path):
    """A copy of the small demo alone in a folder of its own (to see that nothing is left beside it)."""
    folder = tmp_path / "file"
    folder.mkdir()
    return shutil.copy2(small_demo, folder / "leerwerk.sqlite3")


def _counts_in_file(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        # A full-text index (virtual, with its shadow tables) is the file's own way to search, not rows to move.
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
        ]
        return {
            table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in tables
            if not table.startswith("sqlite_") and table != "schema_version"
        }
    finally:
        connection.close()


def _one(connection, sql: str, params=()):
    return connection.execute_sql(sql, params).fetchone()


def _file_row(path, sql: str):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchone()
    finally:
        connection.close()


def _tables_on(address) -> set[str]:
    server = connect_server(address)
    try:
        return engine_of(server).tables(server)
    finally:
        server.release()


def _moved(capsys, source, address) -> str:
    code, out, err = run(capsys, "migrate-to", address, "--db", str(source))
    assert code == 0, err
    return out


def test_a_small_demo_is_moved_with_every_row_and_its_values(capsys, source, postgres_url):
    before = file_digest(source)
    out = _moved(capsys, source, postgres_url)

    counts = _counts_in_file(source)
    said = dict(line.split("\t") for line in out.splitlines() if "\t" in line)
    assert {table: int(count) for table, count in said.items()} == counts
    assert f"{sum(counts.values())} rijen in {len(counts)} tabellen" in out and "gecontroleerd" in out
    server = connect_server(postgres_url)
    try:
        assert migrations.schema_version(server) == migrations.LATEST_VERSION
        for table, count in counts.items():
            assert _one(server, f'SELECT COUNT(*) FROM "{table}"')[0] == count, table
        # A spot check of each kind of value: text with diacritics, a date, a truth, an amount, a picture.
        learner = _file_row(source, 'SELECT "id", "first_name", "last_name", "birth_date" FROM "learner" ORDER BY "id"')
        assert _one(server, 'SELECT "id", "first_name", "last_name", "birth_date" FROM "learner" ORDER BY "id"') == (
            learner[0],
            learner[1],
            learner[2],
            dt.date.fromisoformat(learner[3]) if learner[3] else None,
        )
        period = _file_row(source, 'SELECT "id", "hours_per_week" FROM "bpv_period" WHERE "hours_per_week" IS NOT NULL')
        assert _one(server, 'SELECT "hours_per_week" FROM "bpv_period" WHERE "id" = %s', (period[0],))[0] == Decimal(
            str(period[1])
        )
        mandatory = _file_row(source, 'SELECT COUNT(*) FROM "training" WHERE "mandatory"')[0]
        assert _one(server, 'SELECT COUNT(*) FROM "training" WHERE "mandatory"')[0] == mandatory > 0
        picture = _file_row(source, 'SELECT "id", "image" FROM "signature" WHERE "image" IS NOT NULL ORDER BY "id"')
        assert bytes(_one(server, 'SELECT "image" FROM "signature" WHERE "id" = %s', (picture[0],))[0]) == picture[1]
    finally:
        server.release()
    assert file_digest(source) == before
    assert [path.name for path in source.parent.iterdir()] == [source.name]  # no -wal, -shm or lock left beside it


SHAPE_SQL = (
    "SELECT 'index', indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    " UNION ALL SELECT 'constraint', conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
    " FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
    " UNION ALL SELECT 'trigger', tgrelid::regclass::text || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal"
)


def _shape(address) -> list[tuple]:
    server = connect_server(address)
    try:
        return sorted(server.execute_sql(SHAPE_SQL).fetchall())
    finally:
        server.release()


def test_the_moved_database_has_the_shape_of_a_new_server_database(capsys, source, postgres_url, postgres_server):
    """The references and indexes taken off for the copy are all back, as the migrations made them."""
    _moved(capsys, source, postgres_url)
    fresh = postgres_server.url(postgres_server.create_database())
    try:
        open_server(fresh).release()
        shape = _shape(fresh)
        assert len([kind for kind, _definition in shape if kind == "index"]) > 50
        assert _shape(postgres_url) == shape
    finally:
        postgres_server.drop_database(fresh.rsplit("/", 1)[1])


def test_new_rows_on_the_server_get_ids_past_the_moved_ones(capsys, source, postgres_url):
    from desktop.services import service_for
    from desktop.storage import models as m

    _moved(capsys, source, postgres_url)
    highest = _file_row(source, 'SELECT MAX("id") FROM "learner"')[0]
    open_database(postgres_url)
    learner = service_for(m.Learner).create(first_name="Nieuw", last_name="na de verhuizing", learner_type="bbl")
    assert learner.id == highest + 1
    school = service_for(m.School).create(name="ROC Na De Verhuizing")
    assert school.id == _file_row(source, 'SELECT MAX("id") FROM "school"')[0] + 1


def test_a_database_on_the_server_that_is_not_empty_is_refused_and_left_as_it_was(capsys, source, postgres_url):
    open_server(postgres_url).release()  # LeerWerk's schema with its reference data
    server = connect_server(postgres_url)
    with server.atomic():
        server.execute_sql('UPDATE "organisation" SET "name" = \'Al in gebruik\'')
    server.release()

    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 1
    assert re.search(r"is niet leeg: de tabel climate_statement heeft 12 rijen\. .* maak een nieuwe database", err)
    server = connect_server(postgres_url)
    try:
        assert _one(server, 'SELECT "name" FROM "organisation"')[0] == "Al in gebruik"
        assert _one(server, 'SELECT COUNT(*) FROM "learner"')[0] == 0
    finally:
        server.release()


def test_a_database_of_another_program_is_refused_and_nothing_added_to_it(capsys, source, postgres_url):
    server = connect_server(postgres_url)
    with server.atomic():
        server.execute_sql("CREATE TABLE klant (id INTEGER PRIMARY KEY, naam TEXT)")
        server.execute_sql("INSERT INTO klant VALUES (1, 'Bakkerij')")
    server.release()

    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 1 and "is een database van een ander programma" in err
    server = connect_server(postgres_url)
    try:
        assert _one(server, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()")[0] == 1
    finally:
        server.release()


def test_a_file_with_an_older_schema_is_refused_with_what_to_do(capsys, source, postgres_url):
    downgrade_to(source, 13)
    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 2 and "schema 13" in err and "open hem eerst één keer" in err
    assert _tables_on(postgres_url) == set()


def test_rows_the_server_refuses_halfway_leave_its_database_empty(capsys, source, postgres_url):
    """A NUL in a text is kept by SQLite and refused by PostgreSQL: the copy fails on a late table, after most
    tables were copied, and the whole transaction goes."""
    connection = sqlite3.connect(source)
    with connection:
        connection.execute("UPDATE \"learning_goal\" SET \"text\" = 'half' || char(0) || 'af' WHERE \"id\" = "
                           "(SELECT MIN(\"id\") FROM \"learning_goal\")")  # fmt: skip
    connection.close()
    before = file_digest(source)

    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 1
    assert "learning_goal" in err and "Er is niets naar de server geschreven" in err
    assert "learner: " in err  # tables before it had been copied
    assert _tables_on(postgres_url) == set()
    assert file_digest(source) == before


def test_a_value_the_server_changes_on_the_way_fails_the_verification(capsys, source, postgres_url):
    """An amount with more decimals than the column holds is rounded by the server: the counts agree, the content
    digest does not, and nothing is committed."""
    connection = sqlite3.connect(source)
    with connection:
        connection.execute('UPDATE "bpv_period" SET "hours_per_week" = 32.125 WHERE "id" = (SELECT MIN("id") FROM '
                           '"bpv_period")')  # fmt: skip
    connection.close()

    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 1 and "verschilt" in err and "bpv_period" in err
    assert _tables_on(postgres_url) == set()


def test_ctrl_c_during_the_copy_leaves_the_server_database_as_it_was(capsys, source, postgres_url, monkeypatch):
    said = cli_migrate_to._say_copied

    def interrupted_after_learners(table, rows):
        said(table, rows)
        if table == "learner":
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_migrate_to, "_say_copied", interrupted_after_learners)
    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 1 and "Gestopt" in err
    assert _tables_on(postgres_url) == set()


def test_the_password_in_the_address_is_never_printed(capsys, source, postgres_url):
    with_password = postgres_url.replace("leerwerk_test@", "leerwerk_test:geheim-42@")
    code, out, err = run(capsys, "migrate-to", with_password, "--db", str(source))
    assert code == 0 and "geheim" not in out + err and postgres_url in out


def test_an_address_that_is_not_a_server_is_a_usage_error(capsys, source):
    code, _out, err = run(capsys, "migrate-to", str(source), "--db", str(source))
    assert code == 2 and "postgresql://" in err


@pytest.mark.slow
def test_a_2000_learner_demo_is_moved_and_verified(capsys, tmp_path_factory, postgres_url):
    path = _demo(tmp_path_factory, 2000)
    before = file_digest(path)
    out = _moved(capsys, path, postgres_url)
    counts = _counts_in_file(path)
    assert counts["learner"] == 2000
    said = {table: int(count) for table, count in (line.split("\t") for line in out.splitlines() if "\t" in line)}
    assert said == counts
    server = connect_server(postgres_url)
    try:
        for table, count in counts.items():
            assert _one(server, f'SELECT COUNT(*) FROM "{table}"')[0] == count, table
    finally:
        server.release()
    assert file_digest(path) == before


def test_an_encrypted_file_is_moved_with_its_passphrase(capsys, source, postgres_url, monkeypatch):
    from desktop.storage import cipher
    from tests.factories import PASSPHRASE

    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(source))[0] == 0
    monkeypatch.delenv("LEERWERK_NEW_PASSPHRASE")
    cipher.forget_all()
    for aside in source.parent.glob("*.before-*"):
        aside.unlink()  # what encrypt keeps aside; the moved file is the encrypted one

    code, _out, err = run(capsys, "migrate-to", postgres_url, "--db", str(source))
    assert code == 2 and "LEERWERK_PASSPHRASE" in err  # asked as every command asks it
    assert _tables_on(postgres_url) == set()
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    before = file_digest(source)
    out = _moved(capsys, source, postgres_url)
    said = {table: int(count) for table, count in (line.split("\t") for line in out.splitlines() if "\t" in line)}
    assert said["learner"] == 60 and sum(said.values()) > 1000
    assert file_digest(source) == before


def test_the_learners_tabs_lines_are_moved_as_the_file_holds_them(capsys, source, postgres_url):
    """Lines already written (the usual state once the Learners tab was read): copying the tables they derive from
    must not fire their triggers on the server, which would take lines away and mark learners stale again."""
    from desktop.services import learner_list

    open_database(source)
    try:
        learner_list.refresh()
    finally:
        close_database()
    counts = _counts_in_file(source)
    assert counts["learner_line"] > 0 and counts["learner_line_stale"] == 0

    _moved(capsys, source, postgres_url)

    server = connect_server(postgres_url)
    try:
        assert _one(server, 'SELECT COUNT(*) FROM "learner_line"')[0] == counts["learner_line"]
        assert _one(server, 'SELECT COUNT(*) FROM "learner_line_stale"')[0] == 0
        # and the triggers work again afterwards: a renamed learner's line is taken away and marked stale
        server.execute_sql("UPDATE learner SET last_name = last_name || 'x' WHERE id = (SELECT MIN(id) FROM learner)")
        assert _one(server, 'SELECT COUNT(*) FROM "learner_line_stale"')[0] == 1
    finally:
        server.close()


def test_the_server_plans_from_statistics_of_every_moved_table_and_reads_indexes_alone_from_the_start(
    capsys, source, postgres_url
):
    """A new server database has no statistics, and no page marked as seen by every transaction, until autovacuum
    comes by (a minute or more after the move): the move gathers the statistics of every table it fills before its
    commit and vacuums them after it, so that the first readings are planned from what the tables hold and the
    Learners tab's ids in name order come from their index alone."""
    from desktop.services import learner_list

    open_database(source)
    try:
        learner_list.refresh()  # the lines, as a file that was used holds them
    finally:
        close_database()
    counts = _counts_in_file(source)
    _moved(capsys, source, postgres_url)

    server = connect_server(postgres_url)
    try:
        with_statistics = {
            row[0]
            for row in server.execute_sql(
                "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = current_schema()"
            ).fetchall()
        }
        visible = server.execute_sql(
            "SELECT relallvisible, relpages FROM pg_class WHERE oid = 'learner_line'::regclass"
        ).fetchone()
        server.execute_sql("SET enable_sort = off")
        plan = "\n".join(
            row[0]
            for row in server.execute_sql(
                'EXPLAIN SELECT id FROM learner_line WHERE NOT archived ORDER BY name_key COLLATE "C", id'
            )
        )
    finally:
        server.close()
    assert with_statistics == {table for table, count in counts.items() if count}
    assert visible[1] > 0 and visible[0] == visible[1]
    assert "Index Only Scan" in plan, plan
