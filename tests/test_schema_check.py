"""`check` checks everything: a file that lacks a table, an index or a column, or holds one LeerWerk does
not know, is not healthy and is not opened for work; another program's file that carries LeerWerk's
application id is refused by every command; a -wal of another database beside a sound file is named
as such, not called damage."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _
from desktop.storage import migrations, schema
from desktop.storage.database import (
    APPLICATION_ID,
    ForeignWalError,
    check_database,
    close_database,
    open_database,
    open_read_only,
)
from desktop.storage.migrations.v0021_learner_search_index import INDEX as SEARCH_INDEX
from desktop.storage.migrations.v0023_form_search import NAME_INDEX, NUMBER_INDEXES
from desktop.storage.models import ALL_MODELS
from desktop.storage.recovery import check_backup, may_offer_backup
from tests.crash_support import downgrade_to_version_2, make_demo
from tests.damage import leave_wal_of_another_database
from tests.helpers import dump, file_digest


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Onverwachte fout" not in out + err
    return code, out, err


def digests(path: Path) -> dict[str, str | None]:
    return {
        suffix: file_digest(f"{path}{suffix}") if Path(f"{path}{suffix}").exists() else None for suffix in ("", "-wal")
    }


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    return make_demo(tmp_path_factory.mktemp("gezond") / "gezond.sqlite3", learners=6)


def altered(healthy: Path, target: Path, *statements: str) -> Path:
    shutil.copyfile(healthy, target)
    connection = sqlite3.connect(target)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return target


ALTERATIONS = {
    "missing-table": (
        ['DROP TABLE "student_evaluation"'],
        "The table {table} is missing.",
        {"table": "student_evaluation"},
    ),
    "missing-index": (
        ['DROP INDEX "learner_last_name_first_name"'],
        "The index {index} of the table {table} is missing.",
        {"table": "learner", "index": "learner_last_name_first_name"},
    ),
    "unknown-column": (
        ['ALTER TABLE "learner" ADD COLUMN "bijnaam" TEXT'],
        "The table {table} has a column {column} that LeerWerk does not know.",
        {"table": "learner", "column": "bijnaam"},
    ),
    "missing-column": (
        ['ALTER TABLE "learner" DROP COLUMN "email"'],
        "The table {table} lacks the column {column}.",
        {"table": "learner", "column": "email"},
    ),
    "unknown-table": (
        ['CREATE TABLE "notities" ("tekst" TEXT)'],
        "The table {table} is not part of LeerWerk's schema.",
        {"table": "notities"},
    ),
    "unknown-index": (
        ['CREATE UNIQUE INDEX "learner_first_name" ON "learner" ("first_name")'],
        "The table {table} has an index {index} that LeerWerk does not know.",
        {"table": "learner", "index": "learner_first_name"},
    ),
    "unknown-trigger": (
        ['CREATE TRIGGER "wis_niets" BEFORE DELETE ON "learner" BEGIN SELECT RAISE(IGNORE); END'],
        "The database holds {name}, which is not part of LeerWerk's schema.",
        {"name": "wis_niets"},
    ),
}


@pytest.mark.parametrize("kind", ALTERATIONS)
def test_a_schema_that_differs_is_not_healthy_and_is_not_opened(kind, healthy, tmp_path, capsys):
    statements, sentence, values = ALTERATIONS[kind]
    target = altered(healthy, tmp_path / "leerwerk.sqlite3", *statements)
    before = digests(target)
    expected = _(sentence).format(**values)

    report = check_database(target)
    assert not report.healthy and expected in report.problems
    code, out, err = run(capsys, "check", "--db", str(target))
    assert code == 1 and expected in out and "gevonden" in err

    for opening in (open_database, open_read_only):
        with pytest.raises(UnusableDatabaseError) as refused:
            opening(target)
        assert "leerwerk check" in refused.value.message and str(target) in refused.value.message
        close_database()
    code, _out, err = run(capsys, "export", "learners", str(tmp_path / "uit.csv"), "--db", str(target))
    assert code == 2 and err.count("\n") == 1
    with pytest.raises(UnusableDatabaseError, match="tabellen, kolommen en indexen"):
        check_backup(target)  # nor put back as a backup
    code, _out, err = run(capsys, "backup", "--db", str(target))
    assert code == 2 and "tabellen, kolommen en indexen" in err
    assert digests(target) == before


def test_the_reference_of_the_newest_version_is_what_the_models_describe():
    from peewee import SqliteDatabase

    from_models = SqliteDatabase(":memory:")
    with from_models.bind_ctx(ALL_MODELS):
        from_models.create_tables(ALL_MODELS)
    described = schema.shape_of(from_models.connection())
    built = schema.reference(migrations.LATEST_VERSION)
    # The full-text indexes are SQLite's, kept by their triggers, no model's.
    sqlite_only = {"schema_version", SEARCH_INDEX, NAME_INDEX, *NUMBER_INDEXES.values()}
    assert {name: table for name, table in built.tables.items() if name not in sqlite_only} == described.tables


def test_the_fingerprint_of_the_newest_schema_is_current():
    from desktop.storage import schema_fingerprint

    built = schema.reference(migrations.LATEST_VERSION)
    assert (schema_fingerprint.VERSION, schema_fingerprint.FINGERPRINT) == (
        migrations.LATEST_VERSION,
        schema.fingerprint(built),
    ), "the migrations changed: run python -m desktop.devtools schema"


def test_the_fingerprint_tells_every_difference_and_no_order():
    built = schema.reference(migrations.LATEST_VERSION)
    learner = built.tables["learner"]
    reordered = schema.Shape(
        {name: built.tables[name] for name in reversed(built.tables)}
        | {"learner": replace(learner, columns=dict(reversed(learner.columns.items())))},
        built.others,
    )
    assert reordered == built and schema.fingerprint(reordered) == schema.fingerprint(built)
    kind, not_null, default, key = learner.columns["email"]
    for changed in (
        replace(learner, columns={**learner.columns, "email": (kind, not_null, "'x'", key)}),
        replace(learner, columns={**learner.columns, "email": ("INTEGER", not_null, default, key)}),
        replace(learner, references=learner.references[1:]),
        replace(learner, indexes={**learner.indexes, "learner_email": (1, "c", 0, ("email",))}),
    ):
        other = schema.Shape({**built.tables, "learner": changed}, built.others)
        assert other != built and schema.fingerprint(other) != schema.fingerprint(built)


def test_a_file_of_the_newest_schema_is_checked_without_building_the_schema(healthy):
    connection = sqlite3.connect(f"file:{healthy}?mode=ro", uri=True)
    try:
        schema._built_by.cache_clear()
        assert schema.differences(connection, migrations.LATEST_VERSION) == []
        assert schema._built_by.cache_info().currsize == 0  # what a start saves: some 100 ms
        assert schema.differences(connection, 2) != []  # an older version is compared with its reference
        assert schema._built_by.cache_info().currsize == 1
    finally:
        connection.close()


def test_an_older_schema_is_compared_with_its_own_version_and_then_upgraded(healthy, tmp_path, capsys):
    target = tmp_path / "leerwerk.sqlite3"
    shutil.copyfile(healthy, target)
    downgrade_to_version_2(target)
    code, out, _err = run(capsys, "check", "--db", str(target))
    assert code == 0 and "gezond, schemaversie 2" in out
    open_database(target)
    close_database()
    assert check_database(target).healthy and check_database(target).schema_version == migrations.LATEST_VERSION


def another_program_with_our_id(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE klanten (naam TEXT, saldo REAL)")
    connection.execute("INSERT INTO klanten VALUES ('Zoë Çelik', 12.5)")
    connection.commit()
    connection.close()
    return path


COMMANDS = [
    ("check",),
    ("import", "learners", "{csv}"),
    ("export", "learners", "{out}/uit.csv"),
    ("backup",),
    ("privacy", "export", "learner:1", "--out", "{out}/persoon.zip"),
    ("privacy", "review"),
    ("forms", "--out", "{out}"),
    ("encrypt",),
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(command[:2]) for command in COMMANDS])
def test_another_programs_file_with_our_application_id_is_refused_by_every_command(
    command, tmp_path, capsys, monkeypatch
):
    target = another_program_with_our_id(tmp_path / "klanten.sqlite3")
    before, content = file_digest(target), dump(target)
    csv = tmp_path / "lerenden.csv"
    csv.write_text("Voornaam;Achternaam;Soort\nAyşe;Yılmaz;bol\n", encoding="utf-8")
    out = tmp_path / "uit"
    out.mkdir()
    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", "een lange geheime zin")
    argv = [part.format(csv=csv, out=out) for part in command]
    code, _out, err = run(capsys, *argv, "--db", str(target))
    assert code == 2, err
    assert err.count("\n") == 1 and _("another program") not in err
    assert "ander programma" in err
    assert file_digest(target) == before and dump(target) == content
    assert not any(out.iterdir())
    with pytest.raises(UnusableDatabaseError, match="ander programma"):
        open_read_only(target)


# -- a -wal of another database -----------------------------------------------------------------------------


@pytest.mark.parametrize("learners", [60, 2], ids=["bigger", "smaller"])
def test_a_wal_of_another_database_is_named_and_the_file_itself_is_kept(learners, healthy, tmp_path, capsys):
    target = tmp_path / "leerwerk.sqlite3"
    shutil.copyfile(healthy, target)
    own = dump(target)
    leave_wal_of_another_database(target, learners=learners)
    before = digests(target)
    wal = f"{target}-wal"

    with pytest.raises(ForeignWalError) as refused:
        check_database(target)
    message = refused.value.message
    assert wal in message and "beschadigd" not in message and "hoort" in message
    assert not may_offer_backup(refused.value, target)  # a backup would cost the work in the file
    code, out, err = run(capsys, "check", "--db", str(target))
    assert code == 2 and err.strip() == message and "reservekopie" not in out
    with pytest.raises(ForeignWalError):
        open_database(target, create=False)
    close_database()
    assert digests(target) == before

    moved = tmp_path / "apart"
    moved.mkdir()
    shutil.move(wal, moved)  # what the sentence says to do
    open_database(target, create=False)
    close_database()
    assert dump(target) == own


def test_a_damaged_file_with_its_own_wal_is_still_called_damaged(healthy, tmp_path):
    """Only a sound file is said to have a -wal that does not fit; a damaged one is damaged, -wal or not."""
    target = tmp_path / "leerwerk.sqlite3"
    shutil.copyfile(healthy, target)
    writer = sqlite3.connect(target)  # a crash leaves a committed change in its own -wal
    writer.execute("PRAGMA journal_mode = wal")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE organisation SET name = 'Na de crash'")
    writer.commit()
    left = {suffix: Path(f"{target}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}
    writer.close()
    page = 4096
    data = bytearray(left[""])
    data[-page:] = bytes(page)  # the last page, which the change in the -wal did not touch
    left[""] = bytes(data)
    for suffix, content in left.items():
        Path(f"{target}{suffix}").write_bytes(content)
    with pytest.raises(UnusableDatabaseError) as refused:
        open_database(target, create=False)
    assert not isinstance(refused.value, ForeignWalError) and "beschadigd" in refused.value.message
