"""What the crash-safety tests share: demo files at older schemas, and reading a file's health and rows.

Everything here reads a database through plain `sqlite3` (or, for an encrypted file, `sqlcipher3`
keyed with `passphrase`), never through `open_database`, so that looking at a file after a crash
does not change what is being looked at.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop.storage.migrations import v0016_record_versions

ROOT = Path(__file__).resolve().parent.parent


def make_demo(path: Path, learners: int = 40, seed: int = 7) -> Path:
    """A demo database at the newest schema, with the shared models left unbound afterwards."""
    from desktop.demo import generate_demo
    from desktop.storage.database import close_database

    with pytest.MonkeyPatch.context() as patch:
        home = path.parent / "demo-home"
        home.mkdir(exist_ok=True)
        patch.setenv("LEERWERK_HOME", str(home))
        generate_demo(path, learners=learners, seed=seed)
        close_database()
    return path


# The columns schema 4 added, left out when rows of a file before and after that upgrade are compared.
ADDED_IN_4 = {"staff": {"fte", "location_id"}, "phase_task": {"cancelled"}, "bpv_period": {"end_reason_text"}}
# And those schema 7 added; "*" leaves out a table that schema added.
ADDED_IN_7 = {"evaluation_question": {"section"}, "student_evaluation": {"source"}, "form_column": {"*"}}
ADDED_IN_8 = {"practice_assignment": {"handed_to_school_at"}, "assessment": {"handed_to_school_at"}}
ADDED_IN_15 = {"enrolment": {"score"}}
ADDED_IN_16 = {table: {"version"} for table in v0016_record_versions.VERSIONED_TABLES}


def columns_added(*steps: dict[str, set[str]]) -> dict[str, set[str]]:
    """The columns several schema steps added, per table (a table two steps changed keeps both sets)."""
    merged: dict[str, set[str]] = {}
    for step in steps:
        for table, columns in step.items():
            merged[table] = merged.get(table, set()) | columns
    return merged


def _made_by(version: int, kind: str) -> dict[str, str]:
    """The SQL of each trigger or index (`kind`) the migrations give a database of `version`."""
    from peewee import SqliteDatabase

    from desktop.storage import migrations

    reference = SqliteDatabase(":memory:")
    try:
        steps = [step for step in migrations.MIGRATIONS if step.version <= version]
        migrations.migrate(reference, None, migrations=steps)
        made = reference.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL", (kind,))
        return dict(made.fetchall())
    finally:
        reference.close()


def downgrade_to(path: Path, version: int) -> Path:
    """Turn a newest-schema file into what LeerWerk with schema `version` wrote: the triggers, tables, indexes and
    columns later steps added are dropped (their rows with them), triggers a later step made anew (schema 19's) are
    made again as that version had them, and indexes a later step dropped are made again, as the reference of that
    version says."""
    from desktop.storage import schema

    expected = schema.reference(version)
    connection = sqlite3.connect(path)
    try:
        found = schema.shape_of(connection)
        for trigger in sorted(found.others - expected.others):  # before the tables they write to
            connection.execute(f'DROP TRIGGER "{trigger}"')
        then = _made_by(version, "trigger")
        for name, sql in connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall():
            if name in then and sql != then[name]:
                connection.execute(f'DROP TRIGGER "{name}"')
                connection.execute(then[name])
        for table in sorted(found.tables.keys() - expected.tables.keys()):
            connection.execute(f'DROP TABLE "{table}"')
        for table in sorted(expected.tables.keys() & found.tables.keys()):
            for index in sorted(found.tables[table].indexes.keys() - expected.tables[table].indexes.keys()):
                connection.execute(f'DROP INDEX "{index}"')  # before the columns it may cover
            for column in found.tables[table].columns.keys() - expected.tables[table].columns.keys():
                connection.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for name, sql in _made_by(version, "index").items():
            if name not in present:
                connection.execute(sql)
        connection.execute("UPDATE schema_version SET version = ?", (version,))
        connection.commit()
    finally:
        connection.close()
    return path


def _original(table: str) -> str:
    from desktop.storage.migrations import v0001_initial

    return next(sql for sql in v0001_initial.STATEMENTS if f'CREATE TABLE "{table}" (' in sql)


def downgrade_to_version_4(path: Path) -> Path:
    """Turn a newest-schema file into what LeerWerk with schema 4 wrote (before v0005 and v0007): questions without a
    section, questionnaires without a source and not one per period by the database, no remembered form
    columns."""
    connection = sqlite3.connect(path)  # foreign keys are off on a plain connection, as a rebuild needs
    try:
        connection.execute('DROP TABLE "form_column"')
        connection.execute(_original("evaluation_question").replace('"evaluation_question"', '"question_old"', 1))
        connection.execute(
            'INSERT INTO "question_old" SELECT "id", "position", "text", "kind", "active" FROM "evaluation_question"'
        )
        connection.execute('DROP TABLE "evaluation_question"')
        connection.execute('ALTER TABLE "question_old" RENAME TO "evaluation_question"')
        connection.execute('DROP INDEX "student_evaluation_period_id"')
        connection.execute('ALTER TABLE "student_evaluation" DROP COLUMN "source"')
        connection.execute('CREATE INDEX "student_evaluation_period_id" ON "student_evaluation" ("period_id")')
        connection.execute("UPDATE schema_version SET version = 4")
        connection.commit()
    finally:
        connection.close()
    return downgrade_to(path, 4)  # what the steps between added (schema 5's agreements)


def downgrade_to_version_3(path: Path) -> Path:
    """Turn a newest-schema file into what LeerWerk with schema 3 wrote (before v0004): no FTE or location of
    staff, no cancelled tasks, no forms handed to the school (v0008), and the reason a period ended in words
    (its words, else the English label)."""
    from desktop.storage import choices

    original = _original
    downgrade_to_version_4(path)
    connection = sqlite3.connect(path)  # foreign keys are off on a plain connection, as a rebuild needs
    try:
        for index in (
            "meeting_open",
            "phase_task_open",
            "practice_assignment_open",
            "assessment_open",
            "signature_pending",
            "staff_location_id",
            "certificate_staff_id_training_id_expires_on",
            "certificate_learner_id_training_id_expires_on",
        ):
            connection.execute(f'DROP INDEX "{index}"')
        connection.execute('ALTER TABLE "phase_task" DROP COLUMN "cancelled"')
        words = {
            period: text or choices.END_REASONS.get(code, "")
            for period, code, text in connection.execute("SELECT id, end_reason, end_reason_text FROM bpv_period")
        }
        for table, kept in (("staff", {"fte", "location_id"}), ("bpv_period", {"end_reason", "end_reason_text"})):
            indexes = [
                sql
                for (sql,) in connection.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
                )
            ]
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")') if row[1] not in kept]
            names = ", ".join(f'"{name}"' for name in columns)
            extra = ', "end_reason"' if table == "bpv_period" else ""
            values = ", ''" if table == "bpv_period" else ""
            connection.execute(original(table).replace(f'CREATE TABLE "{table}" (', f'CREATE TABLE "{table}_old" (', 1))
            connection.execute(f'INSERT INTO "{table}_old" ({names}{extra}) SELECT {names}{values} FROM "{table}"')
            connection.execute(f'DROP TABLE "{table}"')
            connection.execute(f'ALTER TABLE "{table}_old" RENAME TO "{table}"')
            for sql in indexes:
                connection.execute(sql)
        connection.executemany(
            "UPDATE bpv_period SET end_reason = ? WHERE id = ?", [(text, period) for period, text in words.items()]
        )
        connection.execute("UPDATE schema_version SET version = 3")
        connection.commit()
    finally:
        connection.close()
    return path


def downgrade_to_version_2(path: Path) -> Path:
    """What LeerWerk with schema 2 wrote: no signature rounds (v0003), nor anything later."""
    downgrade_to_version_3(path)
    return downgrade_to(path, 2)


def copy_database(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _connect(path: Path, passphrase: str | None):
    if passphrase is None:
        return sqlite3.connect(path)
    from desktop.storage import cipher

    connection = cipher._driver().connect(str(path))
    cipher.prepare(connection, path, passphrase)
    return connection


def health(path: Path, passphrase: str | None = None) -> tuple[list[str], list[tuple]]:
    """(`integrity_check` lines, `foreign_key_check` rows) of a file; healthy is (["ok"], [])."""
    connection = _connect(path, passphrase)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        broken = list(connection.execute("PRAGMA foreign_key_check"))
    finally:
        connection.close()
    return integrity, broken


def schema_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version FROM schema_version").fetchone()[0]
    finally:
        connection.close()


def rows(
    path: Path, leave_out: dict[str, set[str]] | None = None, passphrase: str | None = None
) -> dict[str, list[tuple]]:
    """Every row of every table (ordered by rowid), without the columns in `leave_out` per table (all of a
    table's when they hold "*")."""
    leave_out = leave_out or {}
    connection = _connect(path, passphrase)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY name"
            )
        ]
        content = {}
        for table in tables:
            if "*" in leave_out.get(table, set()):
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{name}"' for name in columns if name not in leave_out.get(table, set()))
            content[table] = list(connection.execute(f'SELECT {kept} FROM "{table}" ORDER BY rowid'))
        return content
    finally:
        connection.close()


def counts(content: dict[str, list[tuple]]) -> dict[str, int]:
    return {table: len(table_rows) for table, table_rows in content.items()}


def child_environment(home: Path) -> dict[str, str]:
    """The environment of a LeerWerk process started by a test: its own home, offscreen, Dutch."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERWERK_HOME": str(home), "LEERWERK_LANG": "nl"}
    environment.pop("LEERWERK_DB", None)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    return environment


PYTHON = sys.executable
