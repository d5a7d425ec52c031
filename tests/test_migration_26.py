"""Schema 26: the rules that a column holds one of a list of values are comparisons, saying the same of every value."""

from __future__ import annotations

import re
import sqlite3

import peewee
import pytest
from peewee import SqliteDatabase

from desktop.storage import migrations
from desktop.storage import models as m
from desktop.storage.database import APPLICATION_ID, close_database, open_database
from desktop.storage.engine import engine_of
from desktop.storage.migrations import v0026_checks_as_comparisons as step
from tests.helpers import table_dump

pytestmark = pytest.mark.file_only

LISTS = re.compile(r"\bIN\s*\(\s*(?:'[^']*'|\d+)(?:\s*,\s*(?:'[^']*'|\d+)){2,}\s*\)", re.IGNORECASE)


def _before_schema_26(path) -> None:
    """A file as LeerWerk made it with every step before schema 26."""
    database = SqliteDatabase(str(path))
    database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.migrate(database, None, [step for step in migrations.MIGRATIONS if step.version < 26])
    database.close()


def _tables(path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"))
    finally:
        connection.close()


def test_every_listed_value_rule_means_what_it_meant(tmp_path):
    """Each list of the tables before schema 26 and the comparisons it became, asked of the listed values, other
    values, a value in other case, numbers and NULL: the same answer from SQLite."""
    _before_schema_26(tmp_path / "old.sqlite3")
    connection = sqlite3.connect(":memory:")
    rules = 0
    for sql in _tables(tmp_path / "old.sqlite3").values():
        for match in step._LISTED.finditer(sql):
            old, new = match[0], step.as_comparisons(match[0])
            assert new != old and not LISTS.search(new)
            values = [connection.execute(f"SELECT {value}").fetchone()[0] for value in step._VALUE.findall(old)]
            asked = [*values, None, "other", "", str(values[0]).upper(), f" {values[0]}", 0, 1, 3, 2.5]
            column = re.escape(match["column"])
            for value in asked:
                was = connection.execute(f"SELECT {re.sub(column, '?', old, count=1)}", (value,)).fetchone()[0]
                comparisons = re.sub(rf"{column}(?= = )", "?", new)
                now = connection.execute(f"SELECT {comparisons}", [value] * comparisons.count("?")).fetchone()[0]
                assert now == was, (old, value)
            rules += 1
    assert rules >= 25  # learner types, phases, roles, meeting kinds, statuses, end reasons, audit actions…


def test_a_database_before_schema_26_keeps_its_rows_and_its_rules(tmp_path):
    path = tmp_path / "leerwerk.sqlite3"
    _before_schema_26(path)
    old = _tables(path)
    database = open_database(path)  # upgrades it (a backup first, as every upgrade)
    try:
        assert migrations.schema_version(database) == migrations.LATEST_VERSION
        learner = m.Learner.create(first_name="Mila", last_name="Jansen", learner_type="bbl")
        rows = table_dump(database)
    finally:
        close_database()
    new = _tables(path)
    new.pop("scan_receipt")  # schema 27's, after schema 26
    assert new.keys() == old.keys()
    changed = {name for name in old if new[name] != old[name]}
    assert {"learner", "bpv_period", "phase_task", "meeting", "audit_log"} <= changed
    assert not any(LISTS.search(sql) for sql in new.values())
    assert {name: step.as_comparisons(sql) for name, sql in old.items()} == new
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            connection.execute("UPDATE learner SET learner_type = 'BBL' WHERE id = ?", (learner.id,))
    finally:
        connection.close()
    database = open_database(path)  # opened again, unchanged
    try:
        assert table_dump(database) == rows
    finally:
        close_database()


def test_a_broken_rule_still_names_its_column(database):
    learner = m.Learner.create(first_name="Mila", last_name="Jansen", learner_type="bbl")
    period = m.BpvPeriod.create(
        learner=learner.id,
        programme=m.Programme.create(name="VIG", level="3").id,
        school=m.School.create(name="ROC Fictief").id,
        start_date="2026-09-01",
        contract_type="work_learn",
    )
    with pytest.raises(peewee.IntegrityError) as caught, database.atomic():
        m.Meeting.insert(period=period.id, kind="lunch", cancelled=False, participants="", notes="").execute()
    assert engine_of(database).broken_rule(database, caught.value).columns[0] == "kind"
