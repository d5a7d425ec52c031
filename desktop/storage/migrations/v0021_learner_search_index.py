"""Schema version 21: a full-text index of the Learners tab's search texts (`learner_line_search`, SQLite only).

A search word was looked for in every line's folded search text, a pass over every learner at each keystroke (some
20 ms at 50,000 learners). SQLite's FTS5 with its trigram tokenizer finds any part of three or more characters of a
text through an index: the lines whose text holds "jan" are read from it without reading the others. It holds no
copy of the texts (its content is `learner_line`), and it is case sensitive, as the folded texts and words already
are, so it finds exactly what `instr` finds. Triggers on `learner_line` keep it as the lines are written and taken
away; a line's text may only be replaced through them, since the index forgets a text by being told what it held.

A PostgreSQL server has no such index (`engine.SQLITE_ONLY`): it searches the column itself.
"""

from desktop.storage.engine import SQLITE_ONLY

DESCRIPTION = "learner search index"

INDEX = "learner_line_search"

_FORGET = f'INSERT INTO "{INDEX}" ("{INDEX}", "rowid", "search") VALUES (\'delete\', OLD."id", OLD."search")'
_LEARN = f'INSERT INTO "{INDEX}" ("rowid", "search") VALUES (NEW."id", NEW."search")'

STATEMENTS = [
    f"{SQLITE_ONLY}CREATE VIRTUAL TABLE \"{INDEX}\" USING fts5(\"search\", content='learner_line', content_rowid='id', "
    "tokenize='trigram case_sensitive 1')",
    f'{SQLITE_ONLY}CREATE TRIGGER "{INDEX}_insert" AFTER INSERT ON "learner_line" BEGIN {_LEARN}; END',
    f'{SQLITE_ONLY}CREATE TRIGGER "{INDEX}_delete" AFTER DELETE ON "learner_line" BEGIN {_FORGET}; END',
    f'{SQLITE_ONLY}CREATE TRIGGER "{INDEX}_update" AFTER UPDATE OF "search" ON "learner_line" '
    f'WHEN NEW."search" IS NOT OLD."search" BEGIN {_FORGET}; {_LEARN}; END',
    f'{SQLITE_ONLY}INSERT INTO "{INDEX}" ("{INDEX}") VALUES (\'rebuild\')',  # the lines already written
]
