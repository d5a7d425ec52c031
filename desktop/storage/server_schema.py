"""How a server database differs from the schema the models describe, read from PostgreSQL's catalogue.

A file is compared with what the migrations build in SQLite (`desktop.storage.schema`); on a server the models are
the reference: every table, its columns with the server's own type for each kind of field, nullability and key, its
references, and the indexes the migrations give a file (by name, columns, uniqueness and whether partial).
"""

from __future__ import annotations

from peewee import SqliteDatabase

from desktop.i18n import _
from desktop.storage import migrations
from desktop.storage.engine import POSTGRES
from desktop.storage.models import ALL_MODELS
from desktop.storage.server_roles import LOGIN_TABLE

# How the server's catalogue names the types peewee gives each kind of field on PostgreSQL.
SERVER_TYPES = {
    "AUTO": "integer",
    "INT": "integer",
    "TEXT": "text",
    "BOOL": "boolean",
    "DATE": "date",
    "DATETIME": "timestamp without time zone",
    "DECIMAL": "numeric",
    "BLOB": "bytea",
}


def described_columns(model) -> dict[str, tuple[str, bool, bool]]:
    """column -> (server type, nullable, primary key), as the model describes it."""
    return {
        field.column_name: (SERVER_TYPES[field.field_type], field.null, field.primary_key)
        for field in model._meta.sorted_fields
    }


def found_columns(database, table: str) -> dict[str, tuple[str, bool, bool]]:
    return {column.name: (column.data_type, column.null, column.primary_key) for column in database.get_columns(table)}


def described_references(model) -> set[tuple[str, str, str]]:
    return {
        (field.column_name, field.rel_model._meta.table_name, field.rel_field.column_name)
        for field in model._meta.sorted_fields
        if hasattr(field, "rel_model")
    }


def found_references(database, table: str) -> set[tuple[str, str, str]]:
    """(column, table, column referred to) of each reference of `table`. Read from the catalogue, which every login
    sees whole: ``information_schema`` (peewee's `get_foreign_keys`) shows a login only the tables it owns, so to a
    coordinator's login every table seemed to have no references at all."""
    rows = database.execute_sql(
        """SELECT a.attname, target.relname, b.attname
        FROM pg_constraint c
        JOIN pg_class own ON own.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = own.relnamespace
        JOIN pg_class target ON target.oid = c.confrelid
        CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, refcol)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
        JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.refcol
        WHERE c.contype = 'f' AND own.relname = %s AND n.nspname = current_schema()""",
        (table,),
    )
    return {(column, target, referred) for column, target, referred in rows}


def indexes(database, table: str) -> dict[str, tuple[tuple[str, ...], bool, bool]]:
    """name -> (columns, unique, partial) of a table's own indexes (not the primary key's)."""
    return {
        index.name: (tuple(index.columns), index.unique, " WHERE " in index.sql.upper())
        for index in database.get_indexes(table)
        if not index.name.endswith("_pkey") and not index.name.startswith("sqlite_autoindex")
    }


def differences(database) -> list[str]:
    """One sentence per way the server database behind `database` differs from the models' schema."""
    reference = SqliteDatabase(":memory:")
    migrations.migrate(reference, None)
    try:
        expected = {model._meta.table_name: model for model in ALL_MODELS}
        found = POSTGRES.tables(database) - {"schema_version", LOGIN_TABLE}  # the roles' logins: `server_roles`
        problems = [_("The table {table} is missing.").format(table=name) for name in sorted(expected.keys() - found)]
        problems += [
            _("The table {table} is not part of LeerWerk's schema.").format(table=name)
            for name in sorted(found - expected.keys())
        ]
        for table in sorted(expected.keys() & found):
            problems += _table_differences(database, reference, table, expected[table])
        return problems
    finally:
        reference.close()


def _table_differences(database, reference, table: str, model) -> list[str]:
    problems = []
    described, present = described_columns(model), found_columns(database, table)
    for column in described:
        if column not in present:
            problems.append(_("The table {table} lacks the column {column}.").format(table=table, column=column))
        elif present[column] != described[column]:
            problems.append(
                _("The column {column} of the table {table} is not defined as LeerWerk defines it.").format(
                    table=table, column=column
                )
            )
    for column in sorted(present.keys() - described.keys()):
        problems.append(
            _("The table {table} has a column {column} that LeerWerk does not know.").format(table=table, column=column)
        )
    if found_references(database, table) != described_references(model):
        problems.append(_("The references of the table {table} are not as LeerWerk defines them.").format(table=table))
    wanted, there = indexes(reference, table), indexes(database, table)
    for index in sorted(wanted):
        if index not in there:
            problems.append(_("The index {index} of the table {table} is missing.").format(table=table, index=index))
        elif there[index] != wanted[index]:
            problems.append(
                _("The index {index} of the table {table} is not defined as LeerWerk defines it.").format(
                    table=table, index=index
                )
            )
    for index in sorted(there.keys() - wanted.keys()):
        problems.append(
            _("The table {table} has an index {index} that LeerWerk does not know.").format(table=table, index=index)
        )
    return problems
