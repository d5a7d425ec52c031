"""What truly differs between the two engines LeerWerk runs on: SQLite (the embedded default) and PostgreSQL.

Everything else speaks through peewee and is the same on both. The differences live here, behind one small
interface (`Engine`), chosen by the kind of database (`engine_of`):

- which tables a database holds (SQLite's ``sqlite_master``, PostgreSQL's catalogue);
- a migration's statements. They are written once, in SQLite's words, and frozen; on PostgreSQL they are read in
  its words: an ``AUTOINCREMENT`` key is a ``SERIAL``, ``DATETIME`` a ``TIMESTAMP``, ``BLOB`` a ``BYTEA``, a column
  the models hold as a boolean a ``BOOLEAN`` (SQLite keeps them as 0 and 1), SQLite's ``GLOB`` and its sum of
  truths in a CHECK a regular expression and ``num_nonnulls``, a trigger that refuses a change (``RAISE(ABORT)``,
  always or ``WHEN`` its condition holds) a function raising an integrity error, SQLite's null-safe ``IS NOT``
  between a row's new and old value ``IS DISTINCT FROM``, a trigger that runs statements after a change a
  function running them (``INSERT OR IGNORE`` there ``ON CONFLICT DO NOTHING``; a ``WHEN`` tested in it), a
  dropped trigger its dropped function, and a ``?`` parameter a ``%s``;
- searching a text: SQLite keeps full-text indexes of the Learners tab's search texts, the learners' names and the
  forms' numbers (FTS5, trigrams; their statements are marked ``SQLITE_ONLY`` and a server runs none of them), which
  a server has not;
- ordering a text: SQLite compares texts by character code, a server by its database's language unless told
  ``COLLATE "C"`` (`Engine.in_code_order`); on a server the Learners tab's sort keys are stored in that collation, so
  that their index is in the tab's order (migration 25, whose statement is marked ``SERVER_ONLY``: SQLite runs none);
- holding a row until the commit (`Engine.locked`): a server's ``SELECT … FOR UPDATE``, which SQLite needs not, as
  it lets one writer at a time;
- rebuilding a table (SQLite's way of changing a column's CHECK: create the new table, copy, drop the old,
  rename). SQLite does it with its foreign keys off and checks every reference before the commit; PostgreSQL
  will not drop a table others refer to, so their references are taken off and put back on the renamed table.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import hashlib
import itertools
import operator
import re
import sqlite3
import weakref
from dataclasses import dataclass

import peewee
from peewee import PostgresqlDatabase, chunked

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
# A trigger that refuses a change (always, or when its condition holds), as SQLite writes it; on the server a function
# raises it, as an integrity error.
_REFUSING_TRIGGER = re.compile(
    r'^\s*CREATE TRIGGER "(\w+)" BEFORE (UPDATE|DELETE|INSERT) ON "(\w+)"\s+(?:FOR EACH ROW WHEN (.*?)\s+)?'
    r"BEGIN SELECT RAISE\(ABORT, '((?:[^']|'')*)'\); END\s*$",
    re.DOTALL,
)
# SQLite's null-safe "differs" between a row's new and old value.
_DIFFERS = re.compile(r'\b(NEW\."?\w+"?) IS NOT (OLD\."?\w+"?)')
# What the migrations' refusing triggers say (in SQLite's words, frozen with them), which the services turn into a
# sentence for a person.
SIGNED_CONTENT_FIXED = "the content of a signed form is fixed"

# A trigger that runs statements after a change, always or when its condition holds (SQLite's `INSERT OR IGNORE` is
# `ON CONFLICT DO NOTHING` there). The server's trigger takes no subquery in its WHEN: its function tests it.
_STATEMENTS_TRIGGER = re.compile(
    r'^\s*CREATE TRIGGER "(\w+)" AFTER ((?:INSERT|DELETE|UPDATE)(?: OF "\w+"(?:, "\w+")*)?) ON "(\w+)"'
    r"(?:\s+FOR EACH ROW WHEN (.*?))?\s+BEGIN (.*); END\s*$",
    re.DOTALL,
)
# On the server a trigger is its function's: dropping the function takes the trigger with it.
_DROP_TRIGGER = re.compile(r'^\s*DROP TRIGGER "(\w+)"\s*$')
_INSERT_OR_IGNORE = re.compile(r"^INSERT OR IGNORE INTO (.*)$", re.DOTALL)
# Marks a migration statement that only SQLite runs (its full-text index and the triggers keeping it): a server has no
# FTS5, and searches the column itself (`Engine.contains_word`).
SQLITE_ONLY = "/* sqlite only */ "
# Marks a migration statement that only a server runs: what makes it read as SQLite does (its texts' order by code).
SERVER_ONLY = "/* server only */ "
# The fewest characters SQLite's trigram tokenizer finds: a shorter word is looked for in the column itself.
TRIGRAM = 3

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
    """A migration statement, written in SQLite's words, in PostgreSQL's ("" for one that only SQLite runs)."""
    if statement.startswith(SQLITE_ONLY):
        return ""
    statement = statement.removeprefix(SERVER_ONLY)
    if trigger := _REFUSING_TRIGGER.match(statement):
        name, event, table, condition, message = trigger.groups()
        refuse = f"RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = '{message}';"
        if condition is not None:
            row = "OLD" if event == "DELETE" else "NEW"
            condition = _DIFFERS.sub(r"\1 IS DISTINCT FROM \2", condition)
            refuse = f"IF {condition} THEN {refuse} END IF; RETURN {row};"
        return (
            f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {refuse} END $$; '
            f'CREATE TRIGGER "{name}" BEFORE {event} ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{name}"()'
        ).replace("%", "%%")
    if trigger := _STATEMENTS_TRIGGER.match(statement):
        name, event, table, condition, body = trigger.groups()
        steps = [_INSERT_OR_IGNORE.sub(r"INSERT INTO \1 ON CONFLICT DO NOTHING", step) for step in body.split("; ")]
        run = f"{'; '.join(steps)};"
        if condition is not None:
            run = f"IF {condition} THEN {run} END IF;"
        return (
            f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {run} RETURN NULL; '
            f'END $$; CREATE TRIGGER "{name}" AFTER {event} ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{name}"()'
        ).replace("%", "%%")
    if dropped := _DROP_TRIGGER.match(statement):
        return f'DROP FUNCTION "{dropped[1]}"() CASCADE'
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


def _unquoted_parts(sql: str) -> list[str]:
    """`sql` split at its quoted literals and names: the parts at even positions are outside them."""
    return re.split(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")", sql)


def with_server_parameters(sql: str) -> str:
    """SQL written with SQLite's ``?`` and ``:name`` parameters, with psycopg's ``%s`` and ``%(name)s`` (and a
    literal ``%`` doubled)."""
    parts = _unquoted_parts(sql)
    for index in range(0, len(parts), 2):
        parts[index] = _NAMED.sub(r"%(\1)s", parts[index].replace("%", "%%").replace("?", "%s"))
    return "".join(parts)


def _numbered_parameters(sql: str) -> str:
    """SQL written with ``?`` parameters, with PostgreSQL's own ``$1``, ``$2``… (as PREPARE takes them), and a literal
    ``%`` doubled for psycopg."""
    numbers = itertools.count(1)
    parts = _unquoted_parts(sql)
    for index in range(0, len(parts), 2):
        parts[index] = re.sub(r"\?", lambda _mark: f"${next(numbers)}", parts[index].replace("%", "%%"))
    return "".join(parts)


def quoted(name: str) -> str:
    """`name` as a quoted SQL identifier, whatever it holds."""
    return '"' + name.replace('"', '""') + '"'


# Field types whose Python value sqlite3 stores as peewee would (their `db_value` only checks the type).
AS_GIVEN = frozenset({peewee.AutoField, peewee.IntegerField, peewee.CharField, peewee.TextField, peewee.BooleanField})


def _bound_values(database) -> int:
    """How many values one statement may bind on this connection (999 where the driver cannot say: SQLite's
    smallest)."""
    limit = getattr(database.connection(), "getlimit", None)
    return limit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if limit is not None else 999


def _adapted(value):
    """`value` as sqlite3 hands it to SQLite (a moment as its text), where it has an adapter for its type."""
    return sqlite3.adapt(value, sqlite3.PrepareProtocol, value)


def _converts_as_integer(kind: type) -> bool:
    return issubclass(kind, peewee.IntegerField) and (kind.db_value, kind.adapt) == (
        peewee.Field.db_value,
        peewee.IntegerField.adapt,
    )


def _stored_as_is(field) -> type | None:
    """The Python type of a value that `field.db_value` gives back unchanged (None: every value is converted)."""
    # A record number rather than the record, to a key that converts as IntegerField does (int() of a number is the
    # number): also the models' AutoIncrementField, which four references of 10,000 periods went through peewee for.
    if isinstance(field, peewee.ForeignKeyField) and _converts_as_integer(type(field.rel_field)):
        return int
    if type(field) is peewee.DateField:
        return dt.date
    if type(field) is peewee.DateTimeField:
        return dt.datetime
    return None


@dataclass(frozen=True)
class BrokenRule:
    """Which rule of the database a refused change broke, in words the services understand on either engine."""

    unique: bool
    columns: list[str]  # the unique columns, or the columns a CHECK names
    exactly_one: bool = False  # a CHECK that exactly one of its columns is set
    refusal: str | None = None  # what a trigger that refused the change says (such as `SIGNED_CONTENT_FIXED`)


class Engine:
    """SQLite's behaviour; `PostgresEngine` overrides what differs."""

    name = "sqlite"
    is_server = False
    # Record numbers bound in one statement's IN list: some SQLite builds take only 999 parameters.
    ids_per_statement = 500

    def tables(self, database) -> set[str]:
        # A full-text index's own tables are its inside, written and read through it: not tables of their own.
        rows = database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow')"
        )
        return {row[0] for row in rows}

    def login(self, database) -> str:
        """Who makes a change, for the change history: on a file the Windows (or other OS) account, as the lock
        file names it."""
        try:
            return getpass.getuser()
        except Exception:  # noqa: BLE001 - no account name is not a reason to refuse a change
            return ""

    def migration_runner(self, database):
        """`execute(sql, params)` for a migration's statements and seed, in this engine's words."""

        def execute(sql: str, params=()):
            return None if sql.startswith(SERVER_ONLY) else database.execute_sql(sql, params)

        return execute

    def may_write(self, database, table: str) -> bool:
        """Whether this connection may change `table`: not when the file was opened read-only (`query_only`)."""
        return not database.execute_sql("PRAGMA query_only").fetchone()[0]

    def parameters(self, sql: str) -> str:
        """SQL written with ``?`` parameters, for a DB-API cursor of this engine (``executemany``)."""
        return sql

    def locked(self, query):
        """`query` (a peewee SELECT), holding the rows it reads until the transaction ends, so that a second client
        deciding from the same rows (the next form number, the last free place) waits for the first one's commit.
        SQLite lets one writer at a time and refuses a write from a transaction that read before another's commit,
        so it holds nothing."""
        return query

    def continue_ids(self, database, table: str) -> None:
        """Let the next id `table` (with an ``id`` column) gives come after the highest one in it, after rows were
        written with their ids. SQLite's AUTOINCREMENT already does: it remembers the highest id ever written."""

    def contains(self, column: str) -> str:
        """A test that the text `column` holds the text of a ``?`` parameter, as a plain substring (no wildcards)."""
        return f"instr({column}, ?) > 0"

    def contains_any_case(self, column: str, word: str) -> tuple[str, list]:
        """A test that the text `column` in lower case holds `word` (in lower case), with its parameters. SQLite's LIKE
        ignores the case of ASCII letters, as its LOWER does, and reads the column as it is: some three times faster
        than a LOWER of every value."""
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"{column} LIKE ? ESCAPE '\\'", [f"%{escaped}%"]

    def contains_word(
        self, column: str, index: str | None, word: str, key: str = "id", any_case: bool = False
    ) -> tuple[str, list]:
        """A test that the text `column` of a row (whose key is `key`) holds `word`, with its parameters: through the
        full-text `index` of that column (migrations 21 and 23) where there is one and the word is long enough for
        it. `any_case`: the column in lower case holds it (its index ignores case)."""
        if index is None or len(word) < TRIGRAM:
            return self.contains_any_case(column, word) if any_case else (self.contains(column), [word])
        return f"{key} IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)", ['"' + word.replace('"', '""') + '"']

    def in_code_order(self, column: str) -> str:
        """A text column to ORDER BY character codes, as SQLite compares texts: the same order on both engines."""
        return column

    def among(self, subquery: str) -> str:
        """A test that a value is one of those `subquery` (a SELECT of one column) gives, to follow the value."""
        return f"IN ({subquery})"

    def ids_unless(self, database, sql: str, params: list, condition: str) -> list[int] | None:
        """The ids `sql` (a SELECT of one column, with ``?`` parameters `params`) gives, in its order; or None when
        `condition` (an SQL truth without parameters) holds. SQLite asks the condition first: a statement costs it
        no round trip, and the ids are not read for nothing."""
        if database.execute_sql(f"SELECT {condition}").fetchone()[0]:
            return None
        return [row[0] for row in database.execute_sql(sql, params)]

    def rows_of_ids(self, database, sql: str, params: list, column: str, ids: list[int]):
        """A cursor over the rows of `sql` (a SELECT with ``?`` parameters `params`, without WHERE) whose `column` is
        one of `ids` (not empty). SQLite keeps the statements it prepared itself, by their text."""
        return database.execute_sql(f"{sql} WHERE {column} IN ({', '.join('?' * len(ids))})", [*params, *ids])

    def join_row_of(self, table: str, alias: str, key: str) -> str:
        """A LEFT JOIN of `table` as `alias` on the row whose id the correlated subquery `key` (in parentheses, one
        column named ``id``) gives for each row before it: SQLite runs the subquery per row and reads that row by
        its key."""
        return f"LEFT JOIN {table} {alias} ON {alias}.id = {key}"

    def defer_references(self, database) -> None:
        """Check references at the commit rather than at each statement (inside a transaction)."""
        database.execute_sql("PRAGMA defer_foreign_keys = ON")

    def date_of_ordinal(self, expression: str) -> str:
        """SQL for the date whose proleptic Gregorian ordinal (`datetime.date.toordinal`) `expression` is."""
        return f"date(({expression}) + {_JULIAN_DAY_OF_ORDINAL_0})"

    @contextlib.contextmanager
    def references_checked_after(self, database):
        """Inside a transaction: rows written in the block may refer to rows written later in it; every reference is
        checked when the block ends (SQLite: at the commit)."""
        self.defer_references(database)
        yield

    def broken_rule(self, database, error: Exception) -> BrokenRule | None:
        """The UNIQUE or CHECK rule an `IntegrityError` broke, or None for any other (read from SQLite's message)."""
        message = str(error)
        if message.startswith("UNIQUE constraint failed:"):
            return BrokenRule(True, [part.strip().split(".")[-1] for part in message.split(":", 1)[1].split(",")])
        if message.startswith("CHECK constraint failed:"):
            rule = message.split(":", 1)[1]
            return BrokenRule(False, re.findall(r"[a-z_]+", rule), " IS NOT NULL) + (" in rule)
        if message == SIGNED_CONTENT_FIXED:  # RAISE(ABORT)'s message is the whole error
            return BrokenRule(False, [], refusal=message)
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

    def insert_rows(
        self, database, model, rows: list[dict], *, ids: bool, batch: int, same: dict | None = None
    ) -> list[int]:
        """Insert `rows` (each with the same fields; `same` gives values every row has, the model's defaults fill the
        others) in order inside the caller's transaction; their ids in order (unless not wanted).

        SQLite: one prepared statement of `batch` rows for all of them, where peewee would compose the SQL of each
        value anew. SQLite readies a statement for each run (its cursors on the table, each index, the tables it
        refers to and its triggers), which cost a single row's INSERT into a BPV period four times what writing it
        did."""
        fields = model._meta.fields
        given = [fields[name] for name in rows[0]]
        shared = {name: value for name, value in model._meta.get_default_dict().items() if name not in rows[0]}
        shared.update(same or {})
        columns = [*(fields[name] for name in shared), *given]
        # Converted once, not for every row: by peewee, and then as sqlite3 would (a moment becomes its text).
        fixed = [_adapted(fields[name].db_value(value)) for name, value in shared.items()]
        names = ", ".join(f'"{column.column_name}"' for column in columns)
        row_marks = "(" + ", ".join(database.param for _column in columns) + ")"
        # Only dates, amounts, references and the like need peewee's conversion; an integer, text or truth goes to
        # sqlite3 as it is (asking peewee for every value of 20,000 rows took a tenth of a second), and so does a
        # reference given as a number or a date as a date (whose conversion gives them back as they are).
        converted = [
            (len(fixed) + index, column, _stored_as_is(column))
            for index, column in enumerate(given)
            if type(column) not in AS_GIVEN
        ]
        # Each row's values in the columns' order taken in C: a generator took a third of the 20,000 rows' making.
        # (itemgetter of one name gives the value itself, not a tuple of it.)
        names_given = [column.name for column in given]
        pick = operator.itemgetter(*names_given) if len(given) > 1 else lambda row, name=names_given[0]: (row[name],)
        values = []
        for row in rows:
            value = [*fixed, *pick(row)]
            for index, column, as_is in converted:
                item = value[index]
                if item is not None and type(item) is not as_is:
                    value[index] = column.db_value(item)
            values += value
        per = max(1, min(batch, _bound_values(database) // len(columns)))  # rows a statement holds
        width, whole = per * len(columns), len(rows) // per * per
        statement = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES '
        if whole:
            runs = [values[start : start + width] for start in range(0, whole * len(columns), width)]
            database.execute_many(statement + ", ".join([row_marks] * per), runs)
        if whole < len(rows):
            database.execute_many(
                statement + ", ".join([row_marks] * (len(rows) - whole)), [values[whole * len(columns) :]]
            )
        if not ids:
            return []
        # The transaction holds SQLite's write lock, so the newest ids are the ones just written.
        key = quoted(model._meta.primary_key.column_name)
        newest = database.execute_sql(
            f'SELECT {key} FROM "{model._meta.table_name}" ORDER BY {key} DESC LIMIT ?', (len(rows),)
        )
        return [number for (number,) in newest][::-1]

    def joined(self, expression: str) -> str:
        """An aggregate joining `expression`'s values of a group with commas (as text)."""
        return f"GROUP_CONCAT({expression})"

    def write_transaction(self, database):
        """A transaction that takes the write lock at once (so the newest ids read back are its own)."""
        return database.atomic("IMMEDIATE")

    @contextlib.contextmanager
    def triggers_set_aside(self, database, names):
        """Inside the caller's transaction: the triggers `names` do not fire during the block. SQLite runs a row
        trigger for every row even when its WHEN says no (an import's 229,000 meetings spent a sixth of their
        INSERT on it): they are dropped, and made again from their own text when the block ends. SQLite's schema
        is part of its transactions, so a failure that rolls the block back, or a crash before the commit, brings
        them back with the rest; and no other connection sees them gone."""
        marks = ", ".join(database.param for _name in names)
        texts = database.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) ORDER BY name",
            list(names),
        ).fetchall()
        for name, _sql in texts:
            database.execute_sql(f"DROP TRIGGER {quoted(name)}")
        yield
        for _name, sql in texts:
            database.execute_sql(sql)

    @contextlib.contextmanager
    def bulk_settings(self, database, cache_kib: int):
        """Around a bulk write (`desktop.storage.bulk.bulk_writing`): SQLite gets a cache of `cache_kib` (in the
        usual few MB it spills new pages half-written to the WAL and writes them again) and leaves copying the WAL
        into the file to `checkpoint` (the write is done when it commits); both as they were afterwards."""
        with _pragmas_meanwhile(database, {"cache_size": -int(cache_kib), "wal_autocheckpoint": 0}):
            yield

    @contextlib.contextmanager
    def reading_through(self, database, cache_kib: int):
        """Around a reading that goes through large tables once (the overview's agenda): SQLite keeps a cache of
        `cache_kib`, as it was afterwards. In the usual one it would keep pages not wanted again soon, and the
        process would go on holding that memory (the file's pages stay in the system's cache all the same)."""
        with _pragmas_meanwhile(database, {"cache_size": -int(cache_kib)}):
            yield

    def checkpoint(self, database) -> None:
        """Copy what the WAL holds into the database file, without waiting for readers or blocking writers."""
        database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def truth_columns(self, table: str, columns) -> frozenset[int]:
        """The positions among `columns` of `table` that a raw write must give as truths rather than 0 and 1."""
        return frozenset()

    def ids_written(self, database, tables) -> None:
        """After rows were written with their ids: the next id of each table comes after the highest (SQLite's
        AUTOINCREMENT does that itself)."""

    def change_marks(self, database) -> tuple[int, int]:
        """What moves when the database changes: ``PRAGMA data_version`` (another connection committed) and
        ``total_changes`` (this connection wrote); both exact in WAL mode."""
        data_version = database.execute_sql("PRAGMA data_version").fetchone()[0]
        return data_version, database.connection().total_changes


# PostgreSQL's SQLSTATE codes: a refusing trigger's (see `postgres_statement`), a broken unique key or CHECK, and a
# privilege the login's role lacks (a GRANT or a row-level security policy).
INTEGRITY_VIOLATION, UNIQUE_VIOLATION, CHECK_VIOLATION = "23000", "23505", "23514"
INSUFFICIENT_PRIVILEGE = "42501"
_JULIAN_DAY_OF_ORDINAL_0 = 1721424.5  # date(1, 1, 1).toordinal() is 1; its Julian day number is 1721425.5


# The statements prepared on each server connection (`PostgresEngine.rows_of_ids`): their names by digest.
_PREPARED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PREPARE_ATTEMPTS = itertools.count(1)


class PostgresEngine(Engine):
    name = "postgresql"
    is_server = True
    # psycopg2 writes the values into the statement itself; a server reads a long IN list in one pass over the
    # table where chunks of 500 made it go over the table once per chunk (4,800 staff: 9 passes of 5 ms).
    ids_per_statement = 50_000

    def may_write(self, database, table: str) -> bool:
        """Whether the login may change `table` at all (a read-only role may not; row-level security may still
        narrow which rows). Asked once per database and table: a connection keeps its login and so its role."""
        database = getattr(database, "obj", None) or database
        known = database.__dict__.setdefault("_may_write", {})
        if table not in known:
            known[table] = database.execute_sql("SELECT has_table_privilege(%s, 'DELETE')", (table,)).fetchone()[0]
        return known[table]

    def session_copy(self, database, table: str, copy: str, marks: str) -> None:
        """Make `table` read, for this session, as the stored rows and those of `copy` (a table of the session,
        made like `table`) whose ids `marks` holds as stale: a view of the same name in the session's own schema,
        which the server reads before any other. For a login that may read `table` but not write it."""
        schema = quoted(database.execute_sql("SELECT current_schema()").fetchone()[0])
        database.execute_sql(f'CREATE TEMPORARY TABLE IF NOT EXISTS "{copy}" (LIKE {schema}."{table}" INCLUDING ALL)')
        database.execute_sql(
            f'CREATE OR REPLACE TEMPORARY VIEW "{table}" AS SELECT * FROM {schema}."{table}" UNION ALL '
            f'SELECT * FROM "{copy}" WHERE id IN ({marks})'
        )

    def tables(self, database) -> set[str]:
        rows = database.execute_sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        return {row[0] for row in rows}

    def login(self, database) -> str:
        """The database login the server knows this connection by (not the account of the computer it runs on,
        which anyone can name as they like). Asked once per database: a connection keeps its login."""
        database = getattr(database, "obj", None) or database
        known = database.__dict__.get("_login")
        if known is None:
            known = database._login = database.execute_sql("SELECT session_user").fetchone()[0]
        return known

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
            statement = postgres_statement(sql)
            if not statement:
                return None
            cursor = database.execute_sql(statement, params)
            if renamed:
                old, new = renamed[1], renamed[2]
                database.execute_sql(f'ALTER SEQUENCE IF EXISTS "{old}_id_seq" RENAME TO "{new}_id_seq"')
                self.continue_ids(database, new)  # the rows were copied with their ids
                for table, name, definition in lifted.pop(new, ()):
                    database.execute_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            return cursor

        return execute

    def parameters(self, sql: str) -> str:
        return with_server_parameters(sql)

    def locked(self, query):
        return query.for_update()

    def continue_ids(self, database, table: str) -> None:
        # A SERIAL's sequence does not move when rows come with their ids: moved past the highest one by hand. Only
        # a table whose key is its own sequence (not one keyed by its columns, such as a link table).
        serial = database.execute_sql(
            "SELECT pg_get_serial_sequence(quote_ident(table_name), 'id') FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = %s AND column_name = 'id'",
            (table,),
        ).fetchone()
        if serial and serial[0]:
            sequence = f"pg_get_serial_sequence('\"{table}\"', 'id')"
            database.execute_sql(f'SELECT setval({sequence}, COALESCE(MAX(id), 0) + 1, false) FROM "{table}"')

    def contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def contains_any_case(self, column: str, word: str) -> tuple[str, list]:
        return self.contains(f"LOWER({column})"), [word]  # LIKE is case sensitive here

    def contains_word(
        self, column: str, index: str | None, word: str, key: str = "id", any_case: bool = False
    ) -> tuple[str, list]:
        if any_case:  # a server keeps no full-text index
            return self.contains_any_case(column, word)
        return self.contains(column), [word]

    def in_code_order(self, column: str) -> str:
        return f'{column} COLLATE "C"'  # not the server's language rules, which skip spaces and punctuation

    def among(self, subquery: str) -> str:
        # PostgreSQL joins a few hundred values of a subquery by hashing every row of the table they are looked for
        # in (the 754 praktijkopleiders of the lines among 15,000 staff: 6 ms); as an array each row is read by
        # its key (1.6 ms).
        return f"= ANY(ARRAY({subquery}))"

    def ids_unless(self, database, sql: str, params: list, condition: str) -> list[int] | None:
        # One round trip, and the ids as one array: psycopg2 reads it some 25% quicker than as as many rows (8,841
        # ids of the Learners tab: 2.7 ms against 3.6 ms).
        ids, holds = database.execute_sql(f"SELECT ARRAY({sql}), {condition}", params).fetchone()
        return None if holds else ids

    def rows_of_ids(self, database, sql: str, params: list, column: str, ids: list[int]):
        # A query of many joins (the Learners tab's rows) took the server longer to parse and plan than to run (at
        # 10,000 learners 1.3 ms planning against 1 ms running, for the 60 rows of a screen): prepared once per
        # connection, with the ids as one array whatever their number, it is planned once (the connection asks for
        # generic plans: `GENERIC_PLANS`). The first use sends the PREPARE with its EXECUTE, in one round trip
        # like a plain query. A prepared statement outlives a rolled-back transaction, and an EXECUTE that failed
        # after it: a first use that failed leaves its name taken, and the next one prepares under a new name. A
        # new connection prepares it again.
        statement = f"{sql} WHERE {column} = ANY(?)"
        digest = hashlib.sha1(statement.encode("utf-8")).hexdigest()[:20]
        prepared = _PREPARED.setdefault(database.connection(), {})
        name = prepared.get(digest)
        if name is None:
            name = f"leerwerk_{digest}_{next(_PREPARE_ATTEMPTS)}"
            execute = f"EXECUTE {name}({', '.join(['%s'] * (len(params) + 1))})"
            cursor = database.execute_sql(
                f"PREPARE {name} AS {_numbered_parameters(statement)}; {execute}", [*params, list(ids)]
            )
            prepared[digest] = name
            return cursor
        execute = f"EXECUTE {name}({', '.join(['%s'] * (len(params) + 1))})"
        return database.execute_sql(execute, [*params, list(ids)])

    def join_row_of(self, table: str, alias: str, key: str) -> str:
        # PostgreSQL joins on a subquery by hashing every row of `table` (all periods, to show 60 learners): as a
        # lateral subquery it runs per row, and the row is read by its key.
        found = f"{alias}_key"
        return f"LEFT JOIN LATERAL {key} AS {found} ON TRUE LEFT JOIN {table} {alias} ON {alias}.id = {found}.id"

    def defer_references(self, database) -> None:
        database.execute_sql("SET CONSTRAINTS ALL DEFERRED")  # the migrations make every reference DEFERRABLE

    def date_of_ordinal(self, expression: str) -> str:
        return f"(DATE '0001-01-01' + CAST(({expression}) - 1 AS INTEGER))"

    @contextlib.contextmanager
    def references_checked_after(self, database):
        # A deferred reference is still checked row by row at the commit, each check locking the row it finds, and
        # every index is kept up to date row by row: for a whole database copied in, the references and the indexes
        # (but the primary keys) are taken off and put back after, which builds each index and checks each
        # reference in one pass over its table.
        lifted = database.execute_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conrelid, conname"
        ).fetchall()
        indexes = database.execute_sql(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = current_schema()::regnamespace"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1"
        ).fetchall()
        for table, name, _definition in lifted:
            database.execute_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _definition in indexes:
            database.execute_sql(f"DROP INDEX {name}")
        yield
        for _name, definition in indexes:
            database.execute_sql(definition)
        for table, name, definition in lifted:
            database.execute_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')

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
        if code == INTEGRITY_VIOLATION and diagnostics is not None and diagnostics.message_primary:
            return BrokenRule(False, [], refusal=diagnostics.message_primary)
        return None

    @contextlib.contextmanager
    def rebuilding_tables(self, database, broken_references: type[Exception]):
        # PostgreSQL checks every reference as the statements run (and refuses a DROP of a table others refer to,
        # which `migration_runner` handles): nothing to switch off, nothing left to check.
        yield lambda version: None

    def insert_rows(
        self, database, model, rows: list[dict], *, ids: bool, batch: int, same: dict | None = None
    ) -> list[int]:
        # The server says which ids it gave (RETURNING); peewee composes each batch.
        if same:
            rows = [{**same, **row} for row in rows]
        written: list[int] = []
        for chunk in chunked(rows, batch):
            query = model.insert_many(chunk)
            if ids:
                written += [number for (number,) in query.returning(model._meta.primary_key).tuples().execute()]
            else:
                query.execute()
        return written

    def joined(self, expression: str) -> str:
        return f"string_agg(({expression})::text, ',')"

    def write_transaction(self, database):
        return database.atomic()  # RETURNING gives the ids; the server locks what it writes

    @contextlib.contextmanager
    def triggers_set_aside(self, database, names):
        # Their functions test the pause themselves (`desktop.storage.line_pause`): a DROP TRIGGER would lock the
        # table against every other login's reading until the commit.
        yield

    @contextlib.contextmanager
    def bulk_settings(self, database, cache_kib: int):
        yield  # the server's memory and its WAL are the server's own

    @contextlib.contextmanager
    def reading_through(self, database, cache_kib: int):
        yield  # the server's cache is the server's own

    def checkpoint(self, database) -> None:
        """The server checkpoints itself."""

    def truth_columns(self, table: str, columns) -> frozenset[int]:
        booleans = _boolean_columns().get(table, frozenset())
        return frozenset(index for index, column in enumerate(columns) if column in booleans)

    def ids_written(self, database, tables) -> None:
        for table in tables:
            self.continue_ids(database, table)

    def change_marks(self, database) -> tuple[int, int]:
        # Where the server inserts into its WAL moves with every change anyone makes on it (in any database of the
        # server: a change too many, never one too few). Not where it has written the WAL to: with
        # synchronous_commit off a commit returns before that moves, and a change read back at once went unseen.
        position = database.execute_sql("SELECT pg_current_wal_insert_lsn() - '0/0'").fetchone()[0]
        return int(position), 0


SQLITE = Engine()
POSTGRES = PostgresEngine()


@contextlib.contextmanager
def _pragmas_meanwhile(database, values: dict[str, int]):
    """SQLite's settings `values` for the block, each as it was afterwards."""
    previous = {name: database.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in values}
    for name, value in values.items():
        database.execute_sql(f"PRAGMA {name} = {int(value)}")
    try:
        yield
    finally:
        for name, value in previous.items():
            database.execute_sql(f"PRAGMA {name} = {int(value)}")


def engine_of(database) -> Engine:
    """The engine of a peewee database (or of the database a proxy stands for)."""
    database = getattr(database, "obj", None) or database
    return POSTGRES if isinstance(database, PostgresqlDatabase) else SQLITE
