"""Schema version 15:
- a column of an online form's export may be remembered as not used (`form_column` with no question), so the
  coordinator who once chose "not used" for a heading is not asked again at the next export;
- `enrolment.score`: the score the learning platform gave a completed e-learning, as the platform writes it
  ("85", "8,5", "Voldoende"), kept as a field of its own instead of in the enrolment's notes."""

DESCRIPTION = "form columns not used, enrolment scores"
REBUILDS_TABLES = True

STATEMENTS = [
    """
    CREATE TABLE "form_column_new" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "heading" TEXT NOT NULL,
        "question_id" INTEGER,
        FOREIGN KEY ("question_id") REFERENCES "evaluation_question" ("id") ON DELETE CASCADE
    )
    """,
    'INSERT INTO "form_column_new" ("id", "heading", "question_id") SELECT "id", "heading", "question_id" FROM "form_column"',
    'DROP TABLE "form_column"',
    'ALTER TABLE "form_column_new" RENAME TO "form_column"',
    'CREATE UNIQUE INDEX "form_column_heading" ON "form_column" ("heading")',
    'CREATE INDEX "form_column_question_id" ON "form_column" ("question_id")',
    """ALTER TABLE "enrolment" ADD COLUMN "score" TEXT NOT NULL DEFAULT ''""",
]
