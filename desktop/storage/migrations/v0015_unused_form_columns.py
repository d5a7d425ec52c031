"""Schema version 15: a column of an online form's export may be remembered as not used (`form_column` with no
question), so the coordinator who once chose "not used" for a heading is not asked again at the next export."""

DESCRIPTION = "form columns not used"
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
]
