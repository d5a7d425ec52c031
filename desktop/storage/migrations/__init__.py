"""Numbered schema migrations.

`schema_version` holds one row with the version of the schema. Each step is a module ``vNNNN_*``
with `STATEMENTS` (DDL, run in order) and optionally `seed(execute)`. Before an existing database is
migrated it is copied with SQLite's backup API; each step runs in one transaction together with the
version bump, so a failed step leaves the previous schema and data exactly as they were.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from peewee import SqliteDatabase

from desktop.storage.migrations import v0001_initial, v0002_training_catalogue, v0003_signature_stage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    seed: Callable | None = None


def _from_module(version: int, module: ModuleType) -> Migration:
    return Migration(version, module.DESCRIPTION, tuple(module.STATEMENTS), getattr(module, "seed", None))


MIGRATIONS: list[Migration] = [
    _from_module(1, v0001_initial),
    _from_module(2, v0002_training_catalogue),
    _from_module(3, v0003_signature_stage),
]
LATEST_VERSION = MIGRATIONS[-1].version


def table_exists(database: SqliteDatabase, name: str) -> bool:
    row = database.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def schema_version(database: SqliteDatabase) -> int:
    if not table_exists(database, "schema_version"):
        return 0
    row = database.execute_sql("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def _run_step(database: SqliteDatabase, step: Migration) -> None:
    with database.atomic():
        database.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for statement in step.statements:
            database.execute_sql(statement)
        if step.seed is not None:
            step.seed(database.execute_sql)
        database.execute_sql("DELETE FROM schema_version")
        database.execute_sql("INSERT INTO schema_version (version) VALUES (?)", (step.version,))


def migrate(
    database: SqliteDatabase,
    path: Path | None,
    migrations: list[Migration] | None = None,
    backup: Callable[[Path, int], Path] | None = None,
) -> list[int]:
    """Bring `database` up to the newest version; returns the versions applied.

    `backup(path, from_version)` is called once before the first step on a database that already
    holds a schema (a new, empty file has nothing to keep).
    """
    steps = migrations if migrations is not None else MIGRATIONS
    current = schema_version(database)
    pending = [step for step in steps if step.version > current]
    if not pending:
        return []
    if current > 0 and path is not None and backup is not None:
        backup(path, current)
    applied = []
    for step in pending:
        log.info("Migrating schema to version %d (%s)", step.version, step.description)
        _run_step(database, step)
        applied.append(step.version)
    return applied
