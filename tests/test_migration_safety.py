"""A schema upgrade is all or nothing: a failing step, a table rebuild and a database from an older LeerWerk."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.cli import main
from desktop.errors import UnusableDatabaseError
from desktop.storage import migrations
from desktop.storage.database import close_database, open_database
from desktop.storage.migrations import BrokenReferencesError, Migration, migrate
from desktop.storage.migrations.v0023_form_search import NUMBER_INDEXES
from desktop.storage.models import db
from tests.crash_support import (
    ADDED_IN_4,
    ADDED_IN_7,
    ADDED_IN_8,
    ADDED_IN_15,
    ADDED_IN_16,
    columns_added,
    copy_database,
    downgrade_to_version_2,
    downgrade_to_version_3,
    health,
    make_demo,
    rows,
    schema_version,
)
from tests.helpers import dump, file_digest, run

UPGRADE_FAILED = "kon niet worden bijgewerkt naar deze versie van LeerWerk; hij is gelaten zoals hij was."


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3", learners=30)


@pytest.fixture
def demo(demo_file, tmp_path):
    return copy_database(demo_file, tmp_path / "werk.sqlite3")


def _ddl_then_failure(version: int) -> Migration:
    """A step that has changed the schema and rows in several ways before its seed fails."""

    def seed(execute):
        execute("INSERT INTO werkplek (naam) VALUES ('Ærø')", ())
        execute("UPDATE learner SET email = 'x@example.org'", ())
        raise RuntimeError("the seed of this step has a bug")

    return Migration(
        version,
        "fails halfway",
        (
            'CREATE TABLE "werkplek" ("id" INTEGER PRIMARY KEY, "naam" TEXT NOT NULL)',
            'ALTER TABLE "learner" ADD COLUMN "nickname" TEXT NOT NULL DEFAULT \'\'',
            'CREATE INDEX "learner_nickname" ON "learner" ("nickname")',
            "UPDATE learner SET nickname = first_name",
            'DROP INDEX "learner_nickname"',
        ),
        seed,
    )


def _with_extra_steps(monkeypatch, *steps: Migration) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, *steps])
    monkeypatch.setattr(migrations, "LATEST_VERSION", steps[-1].version)


def test_a_step_failing_after_its_ddl_leaves_schema_rows_and_bytes_as_they_were(demo, monkeypatch, caplog):
    before, digest = dump(demo), file_digest(demo)
    _with_extra_steps(monkeypatch, _ddl_then_failure(migrations.LATEST_VERSION + 1))
    with pytest.raises(UnusableDatabaseError) as refused:
        open_database(demo)
    message = refused.value.message
    assert message == f"De database {demo} {UPGRADE_FAILED}"
    assert "\n" not in message and "RuntimeError" not in message
    assert dump(demo) == before
    assert file_digest(demo) == digest
    assert schema_version(demo) == migrations.MIGRATIONS[-2].version
    assert health(demo) == (["ok"], [])
    assert not demo.with_name(demo.name + "-wal").exists()
    # The log has what went wrong for a developer, and none of the data.
    assert "RuntimeError" in caplog.text and "Ærø" not in caplog.text and "has a bug" not in caplog.text


def test_pending_steps_are_committed_together_or_not_at_all(demo, monkeypatch):
    """A file two versions behind whose second step fails stays at its old version, not in between."""
    downgrade_to_version_2(demo)
    before = dump(demo)
    _with_extra_steps(monkeypatch, _ddl_then_failure(migrations.LATEST_VERSION + 1))
    with pytest.raises(UnusableDatabaseError, match="niet worden bijgewerkt"):
        open_database(demo)
    assert schema_version(demo) == 2
    assert dump(demo) == before
    columns = [row[1] for row in sqlite3.connect(demo).execute("PRAGMA table_info(signature)")]
    assert "stage" not in columns  # step 3 ran in the same transaction and was rolled back with step 4


def test_the_command_line_says_one_sentence_and_exits_2(demo, monkeypatch, capsys, tmp_path):
    before = dump(demo)
    _with_extra_steps(monkeypatch, _ddl_then_failure(migrations.LATEST_VERSION + 1))
    code = main(["export", "learners", str(tmp_path / "uit.csv"), "--db", str(demo)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.strip() == f"De database {demo} {UPGRADE_FAILED}"
    assert dump(demo) == before and not (tmp_path / "uit.csv").exists()


def _rebuild_learner(version: int, keep: str = "1") -> Migration:
    """SQLite's documented way to change a table: new table, copy, drop the old, rename (with its indexes)."""
    database = db.obj
    sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'learner'").fetchone()[0]
    indexes = [
        row[0]
        for row in database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'learner' AND sql IS NOT NULL"
        )
    ]
    columns = ", ".join(f'"{row[1]}"' for row in database.execute_sql('PRAGMA table_info("learner")'))
    new_table = sql.replace('CREATE TABLE "learner" (', 'CREATE TABLE "learner_new" ("nickname" TEXT, ', 1)
    assert new_table != sql
    return Migration(
        version,
        "rebuild learner",
        (
            new_table,
            f'INSERT INTO "learner_new" ({columns}) SELECT {columns} FROM "learner" WHERE {keep}',
            'DROP TABLE "learner"',
            'ALTER TABLE "learner_new" RENAME TO "learner"',
            *indexes,
        ),
        rebuilds_tables=True,
    )


def test_a_table_rebuild_keeps_the_rows_that_refer_to_it(demo):
    """With foreign keys on, DROP TABLE learner would take every BPV period with it (ON DELETE CASCADE)."""
    database = open_database(demo)
    before = {table: len(content) for table, content in rows(demo).items()}
    assert before["bpv_period"] > 0
    step = _rebuild_learner(migrations.LATEST_VERSION + 1)
    assert migrate(database, demo, migrations=[*migrations.MIGRATIONS, step]) == [step.version]
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    close_database()
    after = {table: len(content) for table, content in rows(demo).items()}
    assert after == before
    assert health(demo) == (["ok"], [])
    assert schema_version(demo) == step.version


def test_a_rebuild_that_breaks_references_is_rolled_back(demo):
    database = open_database(demo)
    before = [row for row in database.connection().iterdump()]
    step = _rebuild_learner(migrations.LATEST_VERSION + 1, keep="id % 2 = 0")
    with pytest.raises(BrokenReferencesError):
        migrate(database, demo, migrations=[*migrations.MIGRATIONS, step])
    assert [row for row in database.connection().iterdump()] == before
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_step_may_not_switch_foreign_keys_itself():
    with pytest.raises(ValueError, match="REBUILDS_TABLES"):
        Migration(99, "wrong", ("PRAGMA foreign_keys = OFF", 'DROP TABLE "learner"'))


def test_a_database_of_schema_2_is_upgraded_with_all_its_rows(demo, leerwerk_home):
    downgrade_to_version_2(demo)
    before = rows(demo, leave_out={"bpv_period": {"end_reason"}})  # words then, a code now (test_migration_4)
    open_database(demo)
    close_database()
    assert schema_version(demo) == migrations.LATEST_VERSION
    assert health(demo) == (["ok"], [])
    after = rows(
        demo,
        leave_out=columns_added(
            ADDED_IN_4,
            ADDED_IN_7,
            ADDED_IN_8,
            ADDED_IN_15,
            ADDED_IN_16,
            {"signature": {"stage"}, "bpv_period": {"end_reason", "end_reason_text"}},
        ),
    )
    assert {table: content for table, content in after.items() if table in before and table != "schema_version"} == {
        table: content for table, content in before.items() if table != "schema_version"
    }
    # New tables start empty, but for the examples a migration writes (the team scan's statements, version 13), the
    # learners whose lines the list is to write (version 17: every one) and the full-text indexes of the forms'
    # numbers (version 23), which read as the numbers of the forms they index.
    seeded = ("climate_statement", "learner_line_stale", *NUMBER_INDEXES.values())
    fresh = [table for table in after if table not in before and table not in seeded]
    assert all(not after[table] for table in fresh)
    assert len(after["learner_line_stale"]) == len(after["learner"])
    assert len(list((leerwerk_home / "backups").rglob("*-schema2*.sqlite3"))) == 1


def test_a_database_of_schema_3_gets_the_agreement_tables_and_stays_healthy(demo, leerwerk_home, capsys):
    from desktop.storage import schema

    downgrade_to_version_3(demo)
    words_then = {"bpv_period": {"end_reason"}}  # a code now (tests/test_migration_4.py)
    before = rows(demo, leave_out=words_then)
    assert "agreement" not in before and "sbb_recognition" not in before
    open_database(demo)
    close_database()
    assert schema_version(demo) == migrations.LATEST_VERSION
    after = rows(
        demo,
        leave_out=columns_added(
            ADDED_IN_4,
            ADDED_IN_7,
            ADDED_IN_8,
            ADDED_IN_15,
            ADDED_IN_16,
            {"bpv_period": {"end_reason", "end_reason_text"}},
        ),
    )
    assert after["agreement"] == [] and after["sbb_recognition"] == []
    assert {table: content for table, content in after.items() if table in before and table != "schema_version"} == {
        table: content for table, content in before.items() if table != "schema_version"
    }
    with sqlite3.connect(demo) as connection:
        assert schema.differences(connection, migrations.LATEST_VERSION) == []
    code, out, _err = run(capsys, "check", "--db", str(demo))
    assert code == 0 and "gezond" in out
