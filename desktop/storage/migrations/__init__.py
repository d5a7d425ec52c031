"""Numbered schema migrations.

`schema_version` holds one row with the version of the schema. Each step is a module ``vNNNN_*``
with `STATEMENTS` (DDL, run in order) and optionally `seed(execute)`. Before an existing database is
migrated it is copied with SQLite's backup API. All pending steps run in one transaction together
with the version bump (SQLite's DDL is transactional), so a failed step, or a process killed halfway,
leaves the previous schema and data exactly as they were: never a version in between.

A step that rebuilds a table the way SQLite's ALTER TABLE documentation describes (create the new
table, copy, drop the old one, rename) sets ``REBUILDS_TABLES = True``. Foreign keys are then
switched off before the transaction (``PRAGMA foreign_keys`` is a no-op inside one, and a DROP TABLE
with them on would delete the child rows through ON DELETE CASCADE) and every reference is checked
with ``PRAGMA foreign_key_check`` before the commit. A step must not set that pragma itself.

The statements are written in SQLite's words; on a PostgreSQL server `desktop.storage.engine` reads them
in its own (and rebuilds a table its way), so both engines get the same schema from the same steps.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from desktop.storage.engine import engine_of
from desktop.storage.migrations import (
    v0001_initial,
    v0002_training_catalogue,
    v0003_signature_stage,
    v0004_overview,
    v0005_agreements,
    v0007_quality,
    v0008_handed_to_school,
    v0009_course_names,
    v0010_evaluations,
    v0011_development,
    v0012_budget,
    v0013_learning_climate,
    v0015_unused_form_columns,
    v0016_record_versions,
    v0017_learner_lines,
    v0018_signed_forms_fixed,
    v0019_line_triggers_paused,
    v0020_signed_links_fixed,
    v0021_learner_search_index,
    v0022_form_due_order,
    v0023_form_search,
    v0025_line_keys_in_code_order,
    v0026_checks_as_comparisons,
    v0027_scan_receipts,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    seed: Callable | None = None
    rebuilds_tables: bool = False

    def __post_init__(self):
        for statement in self.statements:
            if re.search(r"PRAGMA\s+(\w+\.)?foreign_keys\b", statement, re.IGNORECASE):
                # Inside the migration's transaction it would silently do nothing; see REBUILDS_TABLES.
                raise ValueError(f"migration {self.version} sets PRAGMA foreign_keys; use REBUILDS_TABLES")


class BrokenReferencesError(Exception):
    """A migration left rows that refer to missing rows; it is rolled back."""


def _from_module(version: int, module: ModuleType) -> Migration:
    return Migration(
        version,
        module.DESCRIPTION,
        tuple(module.STATEMENTS),
        getattr(module, "seed", None),
        getattr(module, "REBUILDS_TABLES", False),
    )


MIGRATIONS: list[Migration] = [
    _from_module(1, v0001_initial),
    _from_module(2, v0002_training_catalogue),
    _from_module(3, v0003_signature_stage),
    _from_module(4, v0004_overview),
    _from_module(5, v0005_agreements),
    _from_module(7, v0007_quality),
    _from_module(8, v0008_handed_to_school),
    _from_module(9, v0009_course_names),
    _from_module(10, v0010_evaluations),
    _from_module(11, v0011_development),
    _from_module(12, v0012_budget),
    _from_module(13, v0013_learning_climate),
    _from_module(15, v0015_unused_form_columns),
    _from_module(16, v0016_record_versions),
    _from_module(17, v0017_learner_lines),
    _from_module(18, v0018_signed_forms_fixed),
    _from_module(19, v0019_line_triggers_paused),
    _from_module(20, v0020_signed_links_fixed),
    _from_module(21, v0021_learner_search_index),
    _from_module(22, v0022_form_due_order),
    _from_module(23, v0023_form_search),
    _from_module(25, v0025_line_keys_in_code_order),
    _from_module(26, v0026_checks_as_comparisons),
    _from_module(27, v0027_scan_receipts),
]
LATEST_VERSION = MIGRATIONS[-1].version


def table_exists(database, name: str) -> bool:
    return name in engine_of(database).tables(database)


def schema_version(database) -> int:
    if not table_exists(database, "schema_version"):
        return 0
    row = database.execute_sql("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def _run_steps(database, steps: list[Migration]) -> None:
    """Every step and the version bump in one transaction: all of it is committed, or none."""
    engine = engine_of(database)
    execute = engine.migration_runner(database)
    guard = engine.rebuilding_tables if any(step.rebuilds_tables for step in steps) else _no_rebuild
    with guard(database, BrokenReferencesError) as check_references, database.atomic():
        execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for step in steps:
            log.info("Migrating schema to version %d (%s)", step.version, step.description)
            for statement in step.statements:
                execute(statement)
            if step.seed is not None:
                step.seed(execute)
        check_references(steps[-1].version)
        execute("DELETE FROM schema_version")
        execute("INSERT INTO schema_version (version) VALUES (?)", (steps[-1].version,))


@contextlib.contextmanager
def _no_rebuild(database, broken_references):
    yield lambda version: None


def migrate(
    database,
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
    _run_steps(database, pending)
    return [step.version for step in pending]
