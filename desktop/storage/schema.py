"""The schema a LeerWerk database of each version holds, and how a file differs from it.

The reference is built by the migrations themselves, in memory, up to the file's version: the
tables, columns, references and indexes such a file must have. For the newest version that is
exactly what the models describe (a test proves it). A file that lacks a table, a column or an
index, or holds one LeerWerk does not know, does not have LeerWerk's schema: ``leerwerk check``
lists each difference and the file is not opened for work.

Tables, columns and indexes are compared as SQLite reports them (``table_info``, ``index_list``...),
not by the text of their ``CREATE`` statements, which an ALTER TABLE or a tool may word differently.

Building the reference takes some 100 ms, at every start. A file of the newest version whose shape has the
fingerprint of that version's reference (`desktop.storage.schema_fingerprint`, written by
``python -m desktop.devtools schema`` and proved current by a test) has LeerWerk's schema without it; any other
file is compared with the reference built as before.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from dataclasses import dataclass

from peewee import SqliteDatabase

from desktop.i18n import _
from desktop.storage import migrations, schema_fingerprint


@dataclass(frozen=True)
class Table:
    columns: dict[str, tuple]  # name -> (type, not null, default, primary key position)
    references: tuple[tuple, ...]
    indexes: dict[str, tuple]  # name -> (unique, origin, partial, columns)


@dataclass(frozen=True)
class Shape:
    tables: dict[str, Table]
    others: frozenset[str]  # views and triggers


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def shape_of(connection) -> Shape:
    """The schema of the database behind `connection` (a DB-API connection of sqlite3 or sqlcipher3)."""
    tables, others = {}, set()
    # A full-text index's own tables are its inside, made and dropped with it: the index is compared as a table.
    shadows = {row[0] for row in connection.execute("SELECT name FROM pragma_table_list WHERE type = 'shadow'")}
    for kind, name in connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%'"
    ):
        if name in shadows:
            continue
        if kind != "table":
            others.add(name)
            continue
        quoted = _quoted(name)
        columns = {row[1]: tuple(row[2:]) for row in connection.execute(f"PRAGMA table_info({quoted})")}
        references = tuple(sorted(tuple(row[2:]) for row in connection.execute(f"PRAGMA foreign_key_list({quoted})")))
        indexes = {}
        for row in connection.execute(f"PRAGMA index_list({quoted})"):
            index_name, unique, origin, partial = row[1], row[2], row[3], row[4]
            indexed = tuple(info[2] for info in connection.execute(f"PRAGMA index_info({_quoted(index_name)})"))
            indexes[index_name] = (unique, origin, partial, indexed)
        tables[name] = Table(columns, references, indexes)
    return Shape(tables, frozenset(others))


@functools.lru_cache(maxsize=8)
def _built_by(steps: tuple[migrations.Migration, ...]) -> Shape:
    reference = SqliteDatabase(":memory:")
    try:
        migrations.migrate(reference, None, migrations=list(steps))
        return shape_of(reference.connection())
    finally:
        reference.close()


# One build at a time: two threads checking files at once wait for one build instead of making two.
_building = threading.Lock()


def reference(version: int) -> Shape:
    """The schema the migrations give a database of `version` (built once in a process)."""
    with _building:
        return _built_by(tuple(step for step in migrations.MIGRATIONS if step.version <= version))


def fingerprint(shape: Shape) -> str:
    """A digest that two shapes share exactly when they are equal (their dicts compared without order, as `==`
    compares them)."""
    canonical = (
        sorted(
            (name, sorted(table.columns.items()), table.references, sorted(table.indexes.items()))
            for name, table in shape.tables.items()
        ),
        sorted(shape.others),
    )
    return hashlib.sha256(repr(canonical).encode("utf-8")).hexdigest()


def differences(connection, version: int) -> list[str]:
    """One sentence per way the database behind `connection` differs from LeerWerk's schema `version`."""
    found = shape_of(connection)
    if version == schema_fingerprint.VERSION and fingerprint(found) == schema_fingerprint.FINGERPRINT:
        return []  # exactly the newest schema, known without building it
    expected = reference(version)
    problems = [
        _("The table {table} is missing.").format(table=name)
        for name in sorted(expected.tables.keys() - found.tables.keys())
    ]
    problems += [
        _("The table {table} is not part of LeerWerk's schema.").format(table=name)
        for name in sorted(found.tables.keys() - expected.tables.keys())
    ]
    for name in sorted(expected.tables.keys() & found.tables.keys()):
        problems += _table_differences(name, expected.tables[name], found.tables[name])
    problems += [
        _("The database holds {name}, which is not part of LeerWerk's schema.").format(name=name)
        for name in sorted(found.others - expected.others)
    ]
    return problems


def _table_differences(table: str, expected: Table, found: Table) -> list[str]:
    problems = []
    for column in expected.columns:
        if column not in found.columns:
            problems.append(_("The table {table} lacks the column {column}.").format(table=table, column=column))
        elif found.columns[column] != expected.columns[column]:
            problems.append(
                _("The column {column} of the table {table} is not defined as LeerWerk defines it.").format(
                    table=table, column=column
                )
            )
    for column in sorted(found.columns.keys() - expected.columns.keys()):
        problems.append(
            _("The table {table} has a column {column} that LeerWerk does not know.").format(table=table, column=column)
        )
    if found.references != expected.references:
        problems.append(_("The references of the table {table} are not as LeerWerk defines them.").format(table=table))
    for index in sorted(expected.indexes):
        if index not in found.indexes:
            problems.append(_("The index {index} of the table {table} is missing.").format(table=table, index=index))
        elif found.indexes[index] != expected.indexes[index]:
            problems.append(
                _("The index {index} of the table {table} is not defined as LeerWerk defines it.").format(
                    table=table, index=index
                )
            )
    for index in sorted(found.indexes.keys() - expected.indexes.keys()):
        problems.append(
            _("The table {table} has an index {index} that LeerWerk does not know.").format(table=table, index=index)
        )
    return problems
