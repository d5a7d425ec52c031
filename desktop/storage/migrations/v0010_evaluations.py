"""Schema version 10: evaluating the period and the school (SBB's fourth stage, *Evaluatie*).

- `period_evaluation`: the talk at the end of a BPV period with the student, the praktijkopleider and the
  school's bpv-begeleider; at most one per period, gone with its period.
- `school_evaluation`: the yearly evaluation of the cooperation with a school, with what was agreed and
  when to look again; a follow-up lies after the evaluation itself, checked by the database as well.

Two new tables and nothing changed in the others, so an existing database keeps every row as it was.
(Versions 8 and 9 are other steps; the runner allows the gap.)
"""

DESCRIPTION = "period and school evaluations"

STATEMENTS = [
    """
    CREATE TABLE "period_evaluation" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "period_id" INTEGER NOT NULL,
        "held_on" DATE NOT NULL,
        "participants" TEXT NOT NULL,
        "went_well" TEXT NOT NULL,
        "improvements" TEXT NOT NULL,
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE UNIQUE INDEX "period_evaluation_period_id" ON "period_evaluation" ("period_id")',
    """
    CREATE TABLE "school_evaluation" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "school_id" INTEGER NOT NULL,
        "held_on" DATE NOT NULL,
        "participants" TEXT NOT NULL,
        "agreements" TEXT NOT NULL,
        "follow_up_on" DATE,
        FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE CASCADE,
        CHECK (follow_up_on IS NULL OR follow_up_on > held_on)
    )
    """,
    'CREATE INDEX "school_evaluation_school_id" ON "school_evaluation" ("school_id")',
]
