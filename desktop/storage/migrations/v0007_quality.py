"""Schema version 7: the quality cycle (studentwaardering).

- `evaluation_question` gets a `section` to group the questions under, and a third kind of question,
  yes/no. The kind's CHECK cannot be altered in place, so the table is rebuilt; the eight seeded questions
  are given a section when their wording is still the one LeerWerk seeded.
- `student_evaluation` gets a `source` (typed in, on paper, imported from an online form) and becomes one
  per period: a second response for the same period is a duplicate, refused by the database as well.
  LeerWerk wrote no questionnaires before this version (only the demo did, one per period), so no file
  holds two.
- `form_column`: a column heading of an online form's export (Microsoft Forms, Google Forms) and the
  question it asks, matched once by the coordinator and remembered for the next export.
"""

DESCRIPTION = "quality cycle"
REBUILDS_TABLES = True

STATEMENTS = [
    """
    CREATE TABLE "evaluation_question_new" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "position" INTEGER NOT NULL,
        "section" TEXT NOT NULL,
        "text" TEXT NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('scale', 'yes_no', 'text')),
        "active" INTEGER NOT NULL
    )
    """,
    """
    INSERT INTO "evaluation_question_new" ("id", "position", "section", "text", "kind", "active")
    SELECT "id", "position", '', "text", "kind", "active" FROM "evaluation_question"
    """,
    'DROP TABLE "evaluation_question"',
    'ALTER TABLE "evaluation_question_new" RENAME TO "evaluation_question"',
    """
    ALTER TABLE "student_evaluation" ADD COLUMN "source" TEXT NOT NULL
    CHECK (source IN ('typed', 'paper', 'online')) DEFAULT 'typed'
    """,
    'DROP INDEX "student_evaluation_period_id"',
    'CREATE UNIQUE INDEX "student_evaluation_period_id" ON "student_evaluation" ("period_id")',
    """
    CREATE TABLE "form_column" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "heading" TEXT NOT NULL,
        "question_id" INTEGER NOT NULL,
        FOREIGN KEY ("question_id") REFERENCES "evaluation_question" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE UNIQUE INDEX "form_column_heading" ON "form_column" ("heading")',
    'CREATE INDEX "form_column_question_id" ON "form_column" ("question_id")',
]

SECTIONS = {
    "Ik ben goed ontvangen en ingewerkt op mijn afdeling.": "De leerplek",
    "Mijn werkbegeleider had voldoende tijd en aandacht voor mij.": "Begeleiding",
    "Mijn praktijkopleider begeleidde mij goed bij mijn leerproces.": "Begeleiding",
    "Ik kon werken aan mijn leerdoelen en opdrachten.": "De leerplek",
    "Ik voelde mij veilig om te leren en vragen te stellen.": "De leerplek",
    "De samenwerking tussen school en leerbedrijf was goed.": "School en leerbedrijf",
    "Ik zou deze leerplek aanraden aan andere studenten.": "Tot slot",
    "Wat kunnen wij verbeteren?": "Tot slot",
}


def seed(execute) -> None:
    for text, section in SECTIONS.items():
        execute('UPDATE "evaluation_question" SET "section" = ? WHERE "text" = ? AND "section" = \'\'', (section, text))
