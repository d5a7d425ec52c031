"""The migrations build the same schema on both engines: on a PostgreSQL server every table, column, reference and
index the models describe, with the server's own types (a boolean is a BOOLEAN there, a key a SERIAL)."""

from __future__ import annotations

import pytest
from peewee import IntegrityError, SqliteDatabase
from playhouse.db_url import connect

from desktop.storage import migrations
from desktop.storage.engine import POSTGRES, engine_of
from desktop.storage.models import ALL_MODELS
from desktop.storage.server_schema import (
    described_columns,
    described_references,
    differences,
    found_columns,
    found_references,
    indexes,
)


@pytest.fixture
def server_database(postgres_url):
    database = connect(postgres_url)
    migrations.migrate(database, None)
    yield database
    database.close()


def test_every_table_of_the_models_is_built_on_the_server_with_the_models_columns(server_database):
    assert engine_of(server_database) is POSTGRES
    assert migrations.schema_version(server_database) == migrations.LATEST_VERSION
    tables = POSTGRES.tables(server_database)
    assert tables == {model._meta.table_name for model in ALL_MODELS} | {"schema_version"}
    for model in ALL_MODELS:
        table = model._meta.table_name
        assert found_columns(server_database, table) == described_columns(model), table
        assert found_references(server_database, table) == described_references(model), table
    assert differences(server_database) == []


def test_the_server_has_the_indexes_the_migrations_give_a_file(server_database):
    file_database = SqliteDatabase(":memory:")
    migrations.migrate(file_database, None)

    for model in ALL_MODELS:
        table = model._meta.table_name
        assert indexes(server_database, table) == indexes(file_database, table), table
    file_database.close()


def test_a_rebuilt_table_keeps_its_references_and_its_key_sequence(server_database):
    """bpv_period and evaluation_question are rebuilt by versions 4 and 7; every table referring to them still does,
    and each id comes from a sequence of the table's own name."""
    referring = server_database.execute_sql(
        "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND confrelid = 'bpv_period'::regclass"
    ).fetchone()[0]
    assert referring >= 5
    for table in ("bpv_period", "evaluation_question"):
        sequence = server_database.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()[0]
        assert sequence == f"public.{table}_id_seq"


def test_the_server_refuses_what_the_files_checks_refuse(server_database):
    """The CHECKs written for SQLite hold on the server too: only digits in a crebo, exactly one person."""
    with pytest.raises(IntegrityError, match="programme_crebo_check"), server_database.atomic():
        server_database.execute_sql(
            "INSERT INTO programme (created_at, updated_at, name, crebo, level, active) VALUES (now(), now(), 'x',"
            " '12a45', '3', TRUE)"
        )
    with pytest.raises(IntegrityError, match="enrolment_check"), server_database.atomic():
        server_database.execute_sql(
            "INSERT INTO enrolment (created_at, updated_at, training_id, status, enrolled_on, notes)"
            " VALUES (now(), now(), (SELECT min(id) FROM training), 'enrolled', current_date, '')"
        )


def test_reference_data_is_seeded_on_both_engines_alike(server_database):
    file_database = SqliteDatabase(":memory:")
    migrations.migrate(file_database, None)
    for table in ("phase_task_template", "evaluation_question", "training", "training_requirement", "training_module"):
        counted = "SELECT count(*) FROM " + table
        assert server_database.execute_sql(counted).fetchone() == file_database.execute_sql(counted).fetchone()
    file_database.close()
