"""The Learners tab's line triggers paused for a bulk write (schema 19), and the learners its new rows touch marked
afterwards in one statement rather than row by row.

While a row is in ``learner_line_paused``, the triggers that follow an INSERT on the tables a line is made of do
nothing. `paused` puts that row there inside the bulk write's own transaction, notes the highest id of each of those
tables first, and at the end takes away the lines of every learner the rows with a higher id touch and marks them
stale: what the triggers would have done row by row, worked out from the same rules (migration 17's), set-wise.
The row is gone before the commit; a failure rolls it back with the rows, so it is never left behind and no other
connection ever sees it. Rows are told apart by their ids, which only grow on both engines (SQLite's AUTOINCREMENT, a
server's sequence): a bulk write adds rows with new ids, never with ids of its own choosing.
SQLite would still run each waiting trigger for every row to read its WHEN, so there they are also set aside for the
write's transaction (`Engine.triggers_set_aside`).
"""

from __future__ import annotations

import contextlib
import functools
import re

from desktop.storage.engine import engine_of
from desktop.storage.migrations.v0019_line_triggers_paused import PAUSED


@functools.cache
def _touched_by_new_rows() -> tuple[tuple[str, str], ...]:
    """Per table: the learners its rows with an id above a ``?`` touch, from the trigger's rule for one new row."""
    found = []
    for table, _event, _columns, touched in PAUSED:
        new_rows = f'SELECT {{}} FROM "{table}" WHERE "id" > ?'
        if touched.startswith("SELECT NEW."):  # the new row's own column ("its learner")
            sql = new_rows.format(touched.removeprefix("SELECT NEW."))
        else:  # rows that match a column of the new row: of any new row
            sql = re.sub(r'= NEW\.("\w+")', lambda match, rows=new_rows: f"IN ({rows.format(match[1])})", touched)
        if "NEW." in sql or sql.count("?") != 1:
            raise ValueError(f"no set-wise reading of the line trigger on {table}: {touched}")
        found.append((table, sql))
    return tuple(found)


def _paused_triggers() -> tuple[str, ...]:
    return tuple(f"learner_line_{table}_insert" for table, _event, _columns, _touched in PAUSED)


def _highest_ids(database) -> list[int]:
    return [
        database.execute_sql(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"').fetchone()[0]
        for table, _sql in _touched_by_new_rows()
    ]


@contextlib.contextmanager
def paused(database):
    """Around a bulk write (inside its transaction, in a savepoint of its own): the line triggers that follow an
    INSERT wait, and the learners of the rows added are marked once at the end."""
    parameters = engine_of(database).parameters
    with database.atomic():
        before = _highest_ids(database)
        database.execute_sql('INSERT INTO "learner_line_paused" ("paused") VALUES (1)')
        with engine_of(database).triggers_set_aside(database, _paused_triggers()):
            yield
        after = _highest_ids(database)
        rules = _touched_by_new_rows()
        grown = [(sql, mark) for (_table, sql), mark, now in zip(rules, before, after, strict=True) if now > mark]
        if grown:
            touched = " UNION ".join(sql for sql, _mark in grown)
            marks = [mark for _sql, mark in grown]
            database.execute_sql(parameters(f'DELETE FROM "learner_line" WHERE "id" IN ({touched})'), marks)
            # WHERE TRUE: without a WHERE, SQLite would read ON CONFLICT as part of the SELECT's join.
            database.execute_sql(
                parameters(
                    f'INSERT INTO "learner_line_stale" ("learner_id") SELECT "learner_id" FROM ({touched}) AS touched'
                    ' WHERE TRUE ON CONFLICT ("learner_id") DO NOTHING'
                ),
                marks,
            )
        database.execute_sql('DELETE FROM "learner_line_paused"')
