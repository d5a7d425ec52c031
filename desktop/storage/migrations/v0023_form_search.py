"""Schema version 23: the BPV forms tab searches through indexes, not by reading every form.

A search word is looked for in a form's number, its learner's folded name (`learner_line.name_key`) and its title
(an assignment's own, an assessment's kind by its label). Each was a pass over every form at each keystroke (some
265,000 at 50,000 learners, with the distinct titles read from every assignment first): about 0.2 s.

- The titles and kinds get an index each, which also gives their distinct values without reading every form, and
  the forms of a title or kind in the order of their due dates.
- SQLite's FTS5 trigram tokenizer indexes the numbers of both tables of forms and the learners' folded names, as
  migration 21 indexes the Learners tab's search texts: a word of three characters or more finds the forms and
  learners whose text holds it without reading the others. The numbers' indexes fold case (the search compared
  with the lower-case number; numbers are plain ASCII, as `form_numbers` makes them); the names are folded already,
  so theirs is case sensitive and finds exactly what `instr` finds. None holds a copy of its texts (their content is
  the table they index); triggers keep each as rows are written and taken away, in bulk writes too, which pause
  only the Learners tab's line triggers (`storage.line_pause`), never these.

A PostgreSQL server has no such index (`engine.SQLITE_ONLY`): it searches the columns themselves, with the title
and kind indexes.
"""

from desktop.storage.engine import SQLITE_ONLY

DESCRIPTION = "form search indexes"

NAME_INDEX = "learner_name_search"
NUMBER_INDEXES = {"practice_assignment": "practice_assignment_number_search", "assessment": "assessment_number_search"}


def _full_text(index: str, table: str, column: str, tokenize: str) -> list[str]:
    """An FTS5 index of `column` of `table` (its content, by `id`), the triggers that keep it, and its first build."""
    forget = f'INSERT INTO "{index}" ("{index}", "rowid", "{column}") VALUES (\'delete\', OLD."id", OLD."{column}")'
    learn = f'INSERT INTO "{index}" ("rowid", "{column}") VALUES (NEW."id", NEW."{column}")'
    return [
        f'{SQLITE_ONLY}CREATE VIRTUAL TABLE "{index}" USING fts5("{column}", content=\'{table}\', '
        f"content_rowid='id', tokenize='{tokenize}')",
        f'{SQLITE_ONLY}CREATE TRIGGER "{index}_insert" AFTER INSERT ON "{table}" BEGIN {learn}; END',
        f'{SQLITE_ONLY}CREATE TRIGGER "{index}_delete" AFTER DELETE ON "{table}" BEGIN {forget}; END',
        f'{SQLITE_ONLY}CREATE TRIGGER "{index}_update" AFTER UPDATE OF "{column}" ON "{table}" '
        f'WHEN NEW."{column}" IS NOT OLD."{column}" BEGIN {forget}; {learn}; END',
        f'{SQLITE_ONLY}INSERT INTO "{index}" ("{index}") VALUES (\'rebuild\')',  # the rows already there
    ]


STATEMENTS = [
    'CREATE INDEX "practice_assignment_title" ON "practice_assignment" ("title", "deadline", "id")',
    'CREATE INDEX "assessment_kind" ON "assessment" ("kind", "due_on", "id")',
    *_full_text(NAME_INDEX, "learner_line", "name_key", "trigram case_sensitive 1"),
    *(
        statement
        for table, index in NUMBER_INDEXES.items()
        for statement in _full_text(index, table, "number", "trigram case_sensitive 0")
    ),
]
