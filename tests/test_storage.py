"""Opening, creating, refusing and migrating database files."""

from __future__ import annotations

import os
import sqlite3

import peewee
import pytest
from peewee import SqliteDatabase

from desktop.errors import UnusableDatabaseError
from desktop.storage import migrations
from desktop.storage.database import APPLICATION_ID, check_database, close_database, open_database
from desktop.storage.migrations import Migration, migrate, schema_version
from desktop.storage.models import ALL_MODELS, Learner, Organisation, PhaseTaskTemplate, db
from tests.helpers import dump, file_digest


def test_new_path_gets_an_empty_migrated_database(db_path):
    assert not db_path.exists()
    database = open_database(db_path)
    assert db_path.exists()
    assert schema_version(database) == migrations.LATEST_VERSION
    assert Learner.select().count() == 0
    assert Organisation.select().count() == 1
    # The organisation's BPV task table (three phases, four roles) is there from the start.
    phases = {t.phase for t in PhaseTaskTemplate.select()}
    roles = {t.role for t in PhaseTaskTemplate.select()}
    assert phases == {"introduction", "work_and_learn", "evaluation"}
    assert roles == {"learner", "practice_trainer", "work_supervisor", "together"}


def test_database_is_bound_with_the_pragmas_we_rely_on(database):
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert database.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_models_are_not_bound_at_import():
    close_database()
    assert db.obj is None


def test_reopening_keeps_the_data(db_path):
    open_database(db_path)
    Organisation.update(name="Zorggroep Ëlst").execute()
    close_database()
    open_database(db_path)
    assert Organisation.get().name == "Zorggroep Ëlst"


def _columns(database: SqliteDatabase) -> dict:
    tables = [
        r[0]
        for r in database.execute_sql(
            # Tables only: the Learners tab's full-text index (schema 21) is virtual, with shadow tables of its own.
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
            "AND name NOT IN ('schema_version') AND name NOT LIKE 'sqlite_%'"
        )
    ]
    shape = {}
    for table in tables:
        columns = [tuple(row[1:]) for row in database.execute_sql(f'PRAGMA table_info("{table}")')]
        keys = sorted(tuple(row[2:]) for row in database.execute_sql(f'PRAGMA foreign_key_list("{table}")'))
        indexes = sorted(
            (row[1], row[2]) for row in database.execute_sql(f'PRAGMA index_list("{table}")') if row[3] == "c"
        )
        shape[table] = (columns, keys, indexes)
    return shape


def test_migrations_build_exactly_the_schema_the_models_describe(database):
    reference = SqliteDatabase(":memory:")
    with reference.bind_ctx(ALL_MODELS):
        reference.create_tables(ALL_MODELS)
    assert _columns(database) == _columns(reference)


def test_no_bsn_column_anywhere(database):
    for table, (columns, _keys, _indexes) in _columns(database).items():
        for column in columns:
            name = column[0].lower()
            assert "bsn" not in name and "burgerservice" not in name and "social_security" not in name, table


def test_backup_is_made_before_migrating_and_steps_are_applied(db_path, leerwerk_home):
    open_database(db_path)
    Organisation.update(name="Voor de migratie").execute()
    database = db.obj
    extra = Migration(
        migrations.LATEST_VERSION + 1,
        "test step",
        ('ALTER TABLE "organisation" ADD COLUMN "motto" TEXT NOT NULL DEFAULT \'\'',),
    )
    made = []

    def backup(path, version):
        from desktop.storage.backup import backup_before_migration

        made.append(backup_before_migration(path, version))
        return made[-1]

    applied = migrate(database, db_path, migrations=[*migrations.MIGRATIONS, extra], backup=backup)
    assert applied == [extra.version]
    assert schema_version(database) == extra.version
    assert len(made) == 1 and made[0].parent.parent == leerwerk_home / "backups"
    copy = sqlite3.connect(made[0])
    assert copy.execute("SELECT version FROM schema_version").fetchone()[0] == migrations.LATEST_VERSION
    assert copy.execute("SELECT name FROM organisation").fetchone()[0] == "Voor de migratie"
    copy.close()


def test_failed_migration_leaves_schema_and_data_untouched(db_path):
    open_database(db_path)
    Organisation.update(name="Blijft staan").execute()
    database = db.obj
    before = [row for row in database.connection().iterdump()]
    broken = Migration(
        migrations.LATEST_VERSION + 1,
        "broken step",
        ('ALTER TABLE "organisation" ADD COLUMN "motto" TEXT', "THIS IS NOT SQL"),
    )
    with pytest.raises(peewee.DatabaseError):
        migrate(database, db_path, migrations=[*migrations.MIGRATIONS, broken])
    after = [row for row in database.connection().iterdump()]
    assert after == before
    assert schema_version(database) == migrations.LATEST_VERSION


def test_database_from_a_newer_leerwerk_is_refused_and_left_alone(db_path):
    open_database(db_path)
    db.obj.execute_sql("UPDATE schema_version SET version = ?", (migrations.LATEST_VERSION + 5,))
    close_database()
    digest = file_digest(db_path)
    with pytest.raises(UnusableDatabaseError, match="nieuwere LeerWerk"):
        open_database(db_path)
    assert file_digest(db_path) == digest


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "leeg"),
        (b"voornaam;achternaam\nZo\xc3\xab;Berg\n", "geen SQLite-bestand"),
        (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 40, "afgekapt"),
    ],
    ids=["empty", "csv-not-sqlite", "cut-off-header"],
)
def test_unusable_files_are_refused_untouched(tmp_path, content, reason):
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(content)
    with pytest.raises(UnusableDatabaseError, match=reason):
        open_database(path)
    assert path.read_bytes() == content


def test_truncated_database_is_refused(db_path, tmp_path):
    open_database(db_path)
    close_database()
    data = db_path.read_bytes()
    cut = tmp_path / "afgekapt.sqlite3"
    cut.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(UnusableDatabaseError):
        open_database(cut)


def test_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "ander.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE klanten (naam TEXT)")
    connection.commit()
    connection.close()
    before = dump(path)
    with pytest.raises(UnusableDatabaseError, match="ander programma"):
        open_database(path)
    assert dump(path) == before


def test_folder_and_missing_parent_are_refused(tmp_path):
    with pytest.raises(UnusableDatabaseError, match="map"):
        open_database(tmp_path)
    with pytest.raises(UnusableDatabaseError, match="bestaat niet"):
        open_database(tmp_path / "nergens" / "db.sqlite3")
    assert not (tmp_path / "nergens").exists()


def test_failed_open_keeps_the_current_database_bound(db_path, tmp_path):
    open_database(db_path)
    Organisation.update(name="Huidige").execute()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(UnusableDatabaseError):
        open_database(bad)
    assert Organisation.get().name == "Huidige"


def test_check_reports_health_and_problems(db_path):
    open_database(db_path)
    close_database()
    report = check_database(db_path)
    assert report.healthy and report.schema_version == migrations.LATEST_VERSION

    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO team (created_at, updated_at, location_id, name, active) VALUES ('x', 'x', 999, 'Wees', 1)"
    )
    connection.commit()
    connection.close()
    report = check_database(db_path)
    assert not report.healthy
    assert any("team" in problem for problem in report.problems)


def test_read_only_uris_for_windows_drives_and_shares():
    from pathlib import PureWindowsPath

    from desktop.storage.backup import uri_for

    drive = PureWindowsPath(r"C:\Users\Zoë\AppData\Local\LeerWerk\leerwerk.sqlite3").as_posix()
    share = PureWindowsPath(r"\\fileserver\P&O\Opleidingen #2\leerwerk.sqlite3").as_posix()
    assert uri_for(drive) == "file:///C:/Users/Zo%C3%AB/AppData/Local/LeerWerk/leerwerk.sqlite3?mode=ro"
    assert uri_for(share) == "file:////fileserver/P%26O/Opleidingen%20%232/leerwerk.sqlite3?mode=ro"


def test_paths_with_spaces_hashes_and_diacritics(tmp_path):
    folder = tmp_path / "BPV & stages #1 (Zoë's map)?"
    folder.mkdir()
    path = folder / "opleidingen 100%.sqlite3"
    open_database(path)
    Organisation.update(name="Zorggroep").execute()
    close_database()
    assert check_database(path).healthy
    open_database(path)
    assert Organisation.get().name == "Zorggroep"


@pytest.mark.parametrize(
    "code, fragment",
    [(5, "in gebruik"), (8, "alleen-lezen"), (14, "niet worden geopend"), (13, "schijf is vol"), (11, "beschadigd")],
)
def test_sqlite_errors_are_explained_by_their_code(tmp_path, code, fragment):
    from desktop.storage.database import explain_database_error

    error = sqlite3.OperationalError("raw English text")
    error.sqlite_errorcode = code
    assert fragment in explain_database_error(error, tmp_path / "db.sqlite3")
    assert "raw English" not in explain_database_error(error, tmp_path / "db.sqlite3")


def test_database_in_use_is_not_called_damaged(db_path, monkeypatch):
    from desktop.storage import database as storage

    open_database(db_path)
    close_database()
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setitem(storage.PRAGMAS, "busy_timeout", 200)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UnusableDatabaseError, match="in gebruik"):
            open_database(db_path)
    finally:
        holder.rollback()
        holder.close()
    open_database(db_path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write a read-only file")
def test_read_only_database_is_refused_before_the_first_save(db_path):
    open_database(db_path)
    close_database()
    db_path.chmod(0o444)
    try:
        with pytest.raises(UnusableDatabaseError, match="alleen-lezen"):
            open_database(db_path)
    finally:
        db_path.chmod(0o644)


def test_failed_upgrade_is_reported_and_leaves_the_file(db_path, monkeypatch):
    open_database(db_path)
    close_database()
    before = dump(db_path)
    broken = Migration(migrations.LATEST_VERSION + 1, "broken", ("THIS IS NOT SQL",))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", broken.version)
    with pytest.raises(UnusableDatabaseError, match="niet worden bijgewerkt"):
        open_database(db_path)
    assert dump(db_path) == before


def test_schema_version_that_is_not_a_number(db_path):
    open_database(db_path)
    db.obj.execute_sql("UPDATE schema_version SET version = 'abc'")
    close_database()
    with pytest.raises(UnusableDatabaseError, match="beschadigd"):
        open_database(db_path)
