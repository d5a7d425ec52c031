"""Schema version 26: a table's rule that a column holds one of a list of values is written as comparisons (SQLite).

SQLite tests ``"kind" IN ('introduction', 'induction_evaluation', …)`` in a CHECK by building a small table of the
listed values for every row it writes (a list of one or two values it already compares), some 0.5 to 0.8 µs a row
and rule; ``("kind" = 'introduction' OR "kind" = 'induction_evaluation' OR …)`` it tests in a few hundredths of
that. An import of 10,000 learners writes some 400,000 rows with one or two such rules each (their tasks and
meetings), so the rules cost it nearly half a second. Both say the same of every value: true for a listed one,
false for another, and unknown (which a CHECK lets pass) for NULL; the rows already written keep to either.

Only the text of the tables' CREATE statements changes, not how a row is stored, so it is changed where SQLite keeps
it, as SQLite's documentation of ALTER TABLE describes for changing a CHECK constraint: with ``writable_schema``, and
the schema's version counted up so that every connection reads the tables anew. The models keep the list (their
CREATE statements make no database: the migrations do). A PostgreSQL server tests a list as fast as comparisons and
keeps it (every statement here is SQLite's own).
"""

from __future__ import annotations

import re

from desktop.storage.engine import SQLITE_ONLY

DESCRIPTION = "checks of listed values as comparisons"

STATEMENTS: list[str] = []

_LITERAL = r"'(?:[^']|'')*'|-?\d+(?:\.\d+)?"
# A column (bare or quoted) tested against a list of three or more literals; SQLite already compares one or two.
_LISTED = re.compile(
    rf'(?P<column>"(?:[^"]|"")+"|\b(?!NOT\b)[A-Za-z_]\w*)\s+IN\s*\(\s*(?P<values>(?:{_LITERAL})(?:\s*,\s*(?:{_LITERAL})){{2,}})\s*\)',
    re.IGNORECASE,
)
_VALUE = re.compile(_LITERAL)


def as_comparisons(sql: str) -> str:
    """`sql` (a CREATE TABLE statement) with each test of a column against a list of literals as comparisons."""

    def compared(match: re.Match) -> str:
        column = match["column"]
        return "(" + " OR ".join(f"{column} = {value}" for value in _VALUE.findall(match["values"])) + ")"

    return _LISTED.sub(compared, sql)


def seed(execute) -> None:
    tables = execute(f"{SQLITE_ONLY}SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
    if tables is None:
        return  # a server: nothing of this is its own
    changed = [(as_comparisons(sql), name) for name, sql in tables.fetchall() if as_comparisons(sql) != sql]
    if not changed:
        return
    version = execute(f"{SQLITE_ONLY}PRAGMA schema_version").fetchone()[0]
    execute(f"{SQLITE_ONLY}PRAGMA writable_schema = ON")
    try:
        for sql, name in changed:
            execute(f"{SQLITE_ONLY}UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, name))
        execute(f"{SQLITE_ONLY}PRAGMA schema_version = {int(version) + 1}")
    finally:
        execute(f"{SQLITE_ONLY}PRAGMA writable_schema = OFF")
