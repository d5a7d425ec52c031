"""What truly differs between the two engines LeerWerk runs on: SQLite (the embedded default) and PostgreSQL.

Everything else speaks through peewee and is the same on both. The differences live here, behind one small
interface (`Engine`), chosen by the kind of database (`engine_of`):

- which tables a database holds (SQLite's ``sqlite_master``, PostgreSQL's catalogue);
- a migration's statements. They are written once, in SQLite's words, and frozen; on PostgreSQL they are read in
  its words: an ``AUTOINCREMENT`` key is a ``SERIAL``, ``DATETIME`` a ``TIMESTAMP``, ``BLOB`` a ``BYTEA``, a column
  the models hold as a boolean a ``BOOLEAN`` (SQLite keeps them as 0 and 1), SQLite's ``GLOB`` and its sum of
  truths in a CHECK a regular expression and ``num_nonnulls``, a trigger that refuses a change (``RAISE(ABORT)``)
  a function raising an integrity error, a trigger that runs statements after a change a function running them
  (``INSERT OR IGNORE`` there ``ON CONFLICT DO NOTHING``), and a ``?`` parameter a ``%s``;
- rebuilding a table (SQLite's way of changing a column's CHECK: create the new table, copy, drop the old,
  rename). SQLite does it with its foreign keys off and checks every reference before the commit; PostgreSQL
  will not drop a table others refer to, so their references are taken off and put back on the renamed table.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass

from peewee import PostgresqlDatabase

_TABLE = re.compile(r'^\s*(?:CREATE TABLE|ALTER TABLE|CREATE (?:UNIQUE )?INDEX "\w+"\s+ON)\s+"(\w+)"', re.IGNORECASE)
_DROP_TABLE = re.compile(r'^\s*DROP TABLE "(\w+)"\s*$', re.IGNORECASE)
_RENAME_TABLE = re.compile(r'^\s*ALTER TABLE "(\w+)" RENAME TO "(\w+)"\s*$', re.IGNORECASE)
_POSTGRES_TYPES = (
    (re.compile(r"\bINTEGER NOT NULL PRIMARY KEY AUTOINCREMENT\b"), "SERIAL NOT NULL PRIMARY KEY"),
    (re.compile(r"\bDATETIME\b"), "TIMESTAMP"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    # Only digits: SQLite says it with GLOB, PostgreSQL with a regular expression.
    (re.compile(r"(\w+) NOT GLOB '\*\[\^0-9\]\*'"), r"\1 !~ '[^0-9]'"),
    (re.compile(r"datetime\('now', 'localtime'\)"), "LOCALTIMESTAMP(0)"),
)
# A reference: deferrable on the server, as SQLite's are with defer_foreign_keys (an undo puts rows back in any order).
_REFERENCE = re.compile(
    r'(REFERENCES "\w+" \("\w+"\)(?: ON DELETE (?:CASCADE|RESTRICT|SET NULL|NO ACTION))?)(?! DEFERRABLE)'
)
# A named parameter (":first"), not PostgreSQL's cast ("::regclass").
_NAMED = re.compile(r"(?<!:):([A-Za-z_]\w*)")
# A trigger that refuses a change, as SQLite writes it; on the server a function raises it, as an integrity error.
_REFUSING_TRIGGER = re.compile(
    r'^\s*CREATE TRIGGER "(\w+)" BEFORE (UPDATE|DELETE|INSERT) ON "(\w+)"\s+'
    r"BEGIN SELECT RAISE\(ABORT, '((?:[^']|'')*)'\); END\s*$"
)
# A trigger that runs statements after a change (SQLite's `INSERT OR IGNORE` is `ON CONFLICT DO NOTHING` there).
_STATEMENTS_TRIGGER = re.compile(
    r'^\s*CREATE TRIGGER "(\w+)" AFTER ((?:INSERT|DELETE|UPDATE)(?: OF "\w+"(?:, "\w+")*)?) ON "(\w+)"'
    r"\s+BEGIN (.*); END\s*$",
    re.DOTALL,
)
_INSERT_OR_IGNORE = re.compile(r"^INSERT OR IGNORE INTO (.*)$", re.DOTALL)
# "Exactly one of these is set", which SQLite writes as a sum of truths and PostgreSQL cannot add up.
_ONE_OF = re.compile(r"\((\(\w+ IS NOT NULL\)(?:\s*\+\s*\(\w+ IS NOT NULL\))+)\s*=\s*1\)")


@functools.cache
def _boolean_columns() -> dict[str, frozenset[str]]:
    """Per table, the columns the models hold as booleans (stored by SQLite as INTEGER 0 and 1)."""
    from peewee import BooleanField

    from desktop.storage import models

    found: dict[str, set[str]] = {}
    for model in models.ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, BooleanField):
                found.setdefault(model._meta.table_name, set()).add(field.column_name)
    return {table: frozenset(columns) for table, columns in found.items()}


def postgres_statement(statement: str) -> str:
    """A migration statement, written in SQLite's words, in PostgreSQL's."""
    if trigger := _REFUSING_TRIGGER.match(statement):
        name, event, table, message = trigger.groups()
        return (
            f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
            f"RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = '{message}'; END $$; "
            f'CREATE TRIGGER "{name}" BEFORE {event} ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{name}"()'
        ).replace("%", "%%")
    if trigger := _STATEMENTS_TRIGGER.match(statement):
        name, event, table, body = trigger.groups()
        steps = [_INSERT_OR_IGNORE.sub(r"INSERT INTO \1 ON CONFLICT DO NOTHING", step) for step in body.split("; ")]
        return (
            f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {"; ".join(steps)}; RETURN NULL; '
            f'END $$; CREATE TRIGGER "{name}" AFTER {event} ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{name}"()'
        ).replace("%", "%%")
    for pattern, replacement in _POSTGRES_TYPES:
        statement = pattern.sub(replacement, statement)
    statement = _ONE_OF.sub(
        lambda match: "(num_nonnulls({}) = 1)".format(", ".join(re.findall(r"\((\w+) IS NOT NULL\)", match[1]))),
        statement,
    )
    statement = _REFERENCE.sub(r"\1 DEFERRABLE", statement)
    table = _TABLE.match(statement)
    if table:
        # A table rebuilt under a temporary name ("bpv_period_new") has the columns of the one it replaces.
        for column in _boolean_columns().get(table[1].removesuffix("_new"), ()):
            statement = re.sub(rf'("{column}") INTEGER\b', r"\1 BOOLEAN", statement)
            statement = re.sub(rf'("{column}" BOOLEAN(?: NOT NULL)?) DEFAULT 0\b', r"\1 DEFAULT FALSE", statement)
            statement = re.sub(rf'("{column}" BOOLEAN(?: NOT NULL)?) DEFAULT 1\b', r"\1 DEFAULT TRUE", statement)
            statement = re.sub(rf"\b{column} = 0\b", f"{column} = FALSE", statement)
            statement = re.sub(rf"\b{column} = 1\b", f"{column} = TRUE", statement)
    return with_server_parameters(statement)


def with_server_parameters(sql: str) -> str:
    """SQL written with SQLite's ``?`` and ``:name`` parameters, with psycopg's ``%s`` and ``%(name)s`` (and a
    literal ``%`` doubled)."""
    parts = re.split(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")", sql)
    for index in range(0, len(parts), 2):  # outside the quoted literals and names
        parts[index] = _NAMED.sub(r"%(\1)s", parts[index].replace("%", "%%").replace("?", "%s"))
    return "".join(parts)


@dataclass(frozen=True)
class BrokenRule:
    """Which rule of the database a refused change broke, in words the services understand on either engine."""

    unique: bool
    columns: list[str]  # the unique columns, or the columns a CHECK names
    exactly_one: bool = False  # a CHECK that exactly one of its columns is set


class Engine:
    """SQLite's behaviour; `PostgresEngine` overrides what differs."""

    name = "sqlite"
    is_server = False

    def tables(self, database) -> set[str]:
        rows = database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}

    def migration_runner(self, database):
        """`execute(sql, params)` for a migration's statements and seed, in this engine's words."""
        return database.execute_sql

    def parameters(self, sql: str) -> str:
        """SQL written with ``?`` parameters, for a DB-API cursor of this engine (``executemany``)."""
        return sql

    def contains(self, column: str) -> str:
        """A test that the text `column` holds the text of a ``?`` parameter, as a plain substring (no wildcards)."""
        return f"instr({column}, ?) > 0"

    def in_code_order(self, column: str) -> str:
        """A text column to ORDER BY character codes, as SQLite compares texts: the same order on both engines."""
        return column

    def defer_references(self, database) -> None:
        """Check references at the commit rather than at each statement (inside a transaction)."""
        database.execute_sql("PRAGMA defer_foreign_keys = ON")

    def broken_rule(self, database, error: Exception) -> BrokenRule | None:
        """The UNIQUE or CHECK rule an `IntegrityError` broke, or None for any other (read from SQLite's message)."""
        message = str(error)
        if message.startswith("UNIQUE constraint failed:"):
            return BrokenRule(True, [part.strip().split(".")[-1] for part in message.split(":", 1)[1].split(",")])
        if message.startswith("CHECK constraint failed:"):
            rule = message.split(":", 1)[1]
            return BrokenRule(False, re.findall(r"[a-z_]+", rule), " IS NOT NULL) + (" in rule)
        return None

    @contextlib.contextmanager
    def rebuilding_tables(self, database, broken_references: type[Exception]):
        """Around the transaction of migration steps that rebuild tables (see `desktop.storage.migrations`).

        ``PRAGMA foreign_keys`` is a no-op inside a transaction, and a DROP TABLE with them on would delete the
        child rows through ON DELETE CASCADE: they go off before, every reference is checked at the end (the
        yielded function, called inside the transaction), and they go back on after.
        """
        foreign_keys = database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        if foreign_keys:
            database.execute_sql("PRAGMA foreign_keys = OFF")

        def check(version: int) -> None:
            if database.execute_sql("PRAGMA foreign_key_check").fetchone() is not None:
                raise broken_references(f"migration to {version} broke references")

        try:
            yield check
        finally:
            if foreign_keys:
                database.execute_sql("PRAGMA foreign_keys = ON")


UNIQUE_VIOLATION, CHECK_VIOLATION = "23505", "23514"  # PostgreSQL's SQLSTATE codes


class PostgresEngine(Engine):
    name = "postgresql"
    is_server = True

    def tables(self, database) -> set[str]:
        rows = database.execute_sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        return {row[0] for row in rows}

    def migration_runner(self, database):
        # The references of a table being rebuilt, taken off when it is dropped and put back once its successor
        # has its name: (referring table, constraint, definition naming the table by name).
        lifted: dict[str, list[tuple[str, str, str]]] = {}

        def execute(sql: str, params=()):
            dropped, renamed = _DROP_TABLE.match(sql), _RENAME_TABLE.match(sql)
            if dropped:
                lifted[dropped[1]] = database.execute_sql(
                    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    " WHERE contype = 'f' AND confrelid = %s::regclass AND conrelid <> confrelid",
                    (f'"{dropped[1]}"',),
                ).fetchall()
                return database.execute_sql(f'DROP TABLE "{dropped[1]}" CASCADE')
            cursor = database.execute_sql(postgres_statement(sql), params)
            if renamed:
                old, new = renamed[1], renamed[2]
                database.execute_sql(f'ALTER SEQUENCE IF EXISTS "{old}_id_seq" RENAME TO "{new}_id_seq"')
                # The rows were copied with their ids, past which the sequence never moved: as SQLite's
                # AUTOINCREMENT does, the next id comes after the highest one.
                if database.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (f'"{new}"',)).fetchone()[0]:
                    sequence = f"pg_get_serial_sequence('\"{new}\"', 'id')"
                    database.execute_sql(f'SELECT setval({sequence}, COALESCE(MAX(id), 0) + 1, false) FROM "{new}"')
                for table, name, definition in lifted.pop(new, ()):
                    database.execute_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            return cursor

        return execute

    def parameters(self, sql: str) -> str:
        return with_server_parameters(sql)

    def contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def in_code_order(self, column: str) -> str:
        return f'{column} COLLATE "C"'  # not the server's language rules, which skip spaces and punctuation

    def defer_references(self, database) -> None:
        database.execute_sql("SET CONSTRAINTS ALL DEFERRED")  # the migrations make every reference DEFERRABLE

    def broken_rule(self, database, error: Exception) -> BrokenRule | None:
        """Read from the server's diagnostics: the key of a unique violation, the definition of a broken CHECK
        (looked up by its name: the refused statement must have been rolled back, to a savepoint at least)."""
        original = getattr(error, "orig", None) or error
        code, diagnostics = getattr(original, "pgcode", None), getattr(original, "diag", None)
        if code == UNIQUE_VIOLATION and diagnostics is not None:
            key = re.match(r"Key \((.*?)\)=", diagnostics.message_detail or "")
            return BrokenRule(True, [column.strip().strip('"') for column in key[1].split(",")]) if key else None
        if code == CHECK_VIOLATION and diagnostics is not None:
            row = database.execute_sql(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = %s AND conrelid = %s::regclass",
                (diagnostics.constraint_name, f'"{diagnostics.table_name}"'),
            ).fetchone()
            rule = row[0] if row else ""
            return BrokenRule(False, re.findall(r"[a-z_]+", rule), "num_nonnulls(" in rule)
        return None

    @contextlib.contextmanager
    def rebuilding_tables(self, database, broken_references: type[Exception]):
        # PostgreSQL checks every reference as the statements run (and refuses a DROP of a table others refer to,
        # which `migration_runner` handles): nothing to switch off, nothing left to check.
        yield lambda version: None


SQLITE = Engine()
POSTGRES = PostgresEngine()


def engine_of(database) -> Engine:
    """The engine of a peewee database (or of the database a proxy stands for)."""
    database = getattr(database, "obj", None) or database
    return POSTGRES if isinstance(database, PostgresqlDatabase) else SQLITE
