"""Schema version 19: the Learners tab's line triggers wait while a bulk write adds its rows.

Schema 17's triggers take a learner's line away and mark the learner stale row by row: an import of 10,000 learners
fired one per new meeting (some 229,000) and took a third longer for it. A bulk write
(`desktop.storage.bulk.bulk_writing`) now puts a row in `learner_line_paused` inside its own transaction; the
triggers that follow an INSERT do nothing while it is there, and before the row goes again the bulk write marks the
learners of every row it added in one statement (`desktop.storage.line_pause`). The row is written and taken away
within that one transaction: no other connection ever sees it, and a rollback or a crash takes it away with the
rest. The triggers that follow a change or a deletion keep working: which rows those touched is not known
afterwards, and a bulk write makes few of them.

The index of meetings by period alone goes: the index by period and planned date, which every database has since
schema 1, finds them as well, and an import of 10,000 learners wrote some 229,000 entries into each.
"""

from desktop.storage.migrations.v0017_learner_lines import _TOUCHED, _trigger

DESCRIPTION = "line triggers paused by bulk writes, meetings indexed once by period"

PAUSE_TABLE = 'CREATE TABLE "learner_line_paused" ("paused" INTEGER NOT NULL)'
# Read by each trigger below for every row: a table that holds a row only inside a bulk write's transaction.
NOT_PAUSED = 'NOT EXISTS (SELECT 1 FROM "learner_line_paused")'
# The INSERT triggers of schema 17 (table, event, columns, the learners a new row touches), which the pause holds.
PAUSED = tuple(touched for touched in _TOUCHED if touched[1] == "INSERT")


def _waiting(table: str, event: str, columns: str, touched: str) -> str:
    return _trigger(table, event, columns, touched).replace(" BEGIN ", f" FOR EACH ROW WHEN {NOT_PAUSED} BEGIN ", 1)


STATEMENTS = [
    PAUSE_TABLE,
    'DROP INDEX "meeting_period_id"',
    *(
        statement
        for touched in PAUSED
        for statement in (f'DROP TRIGGER "learner_line_{touched[0]}_insert"', _waiting(*touched))
    ),
]
