"""Schema version 17: the Learners tab's lines kept in the database (`learner_line`).

Each learner's line holds what the list filters, sorts and searches by: the current period's fields and folded
(accent-free, lower-case) keys and search text. Folding is Python's, so the lines are written by
`services.learner_list`; the database's part is to know which lines a change makes stale. Every change to what a
line is made of (the learner, their periods, meetings and agreements, the names of programmes, schools, teams,
locations and staff, SBB recognitions and certifications) takes the lines it touches away and marks their learners
in `learner_line_stale`; the next reading writes them again. A line is never read stale, and an erased name is
gone from its line within the erasing transaction.

What depends on the day is not kept: a missing agreement counts from the period's start (`agreement_gaps` with
`start_date`, compared with today when read), and a studentwaardering owed is read from the periods.

Existing databases get every learner marked; the first reading writes all lines."""

DESCRIPTION = "learner lines"

LINE_TABLE = """
CREATE TABLE "learner_line" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "archived" INTEGER NOT NULL,
    "learner_type" TEXT NOT NULL,
    "period_id" INTEGER,
    "status" TEXT,
    "phase" TEXT,
    "level" TEXT,
    "crebo" TEXT,
    "location_id" INTEGER,
    "practice_trainer_id" INTEGER,
    "start_date" DATE,
    "next_meeting" DATE,
    "attention" INTEGER NOT NULL,
    "agreement_gaps" INTEGER NOT NULL,
    "attention_codes" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "programme_key" TEXT,
    "pathway_key" TEXT,
    "school_key" TEXT,
    "location_key" TEXT,
    "team_key" TEXT,
    "trainer_key" TEXT,
    "supervisor_key" TEXT,
    "search" TEXT NOT NULL
)
"""

# Which learners a change touches, per table and event, in the trigger's NEW and OLD rows.
_PERIODS_OF = 'SELECT "learner_id" FROM "bpv_period" WHERE {}'
_TOUCHED = (
    ("learner", "INSERT", "", 'SELECT NEW."id" AS "learner_id"'),
    ("learner", "UPDATE", "", 'SELECT OLD."id" AS "learner_id"'),
    ("learner", "DELETE", "", 'SELECT OLD."id" AS "learner_id"'),
    ("bpv_period", "INSERT", "", 'SELECT NEW."learner_id" AS "learner_id"'),
    ("bpv_period", "UPDATE", "", 'SELECT OLD."learner_id" AS "learner_id" UNION SELECT NEW."learner_id"'),
    ("bpv_period", "DELETE", "", 'SELECT OLD."learner_id" AS "learner_id"'),
    ("meeting", "INSERT", "", _PERIODS_OF.format('"id" = NEW."period_id"')),
    ("meeting", "UPDATE", "", _PERIODS_OF.format('"id" IN (OLD."period_id", NEW."period_id")')),
    ("meeting", "DELETE", "", _PERIODS_OF.format('"id" = OLD."period_id"')),
    ("agreement", "INSERT", "", _PERIODS_OF.format('"id" = NEW."period_id"')),
    ("agreement", "UPDATE", "", _PERIODS_OF.format('"id" IN (OLD."period_id", NEW."period_id")')),
    ("agreement", "DELETE", "", _PERIODS_OF.format('"id" = OLD."period_id"')),
    ("programme", "UPDATE", ' OF "name", "crebo", "level", "pathway"', _PERIODS_OF.format('"programme_id" = NEW."id"')),
    ("school", "UPDATE", ' OF "name"', _PERIODS_OF.format('"school_id" = NEW."id"')),
    ("team", "UPDATE", ' OF "name", "location_id"', _PERIODS_OF.format('"team_id" = NEW."id"')),
    (
        "location",
        "UPDATE",
        ' OF "name"',
        'SELECT p."learner_id" FROM "bpv_period" p JOIN "team" t ON t."id" = p."team_id" WHERE t."location_id" = NEW."id"',
    ),
    (
        "staff",
        "UPDATE",
        ' OF "first_name", "name_prefix", "last_name"',
        _PERIODS_OF.format('"practice_trainer_id" = NEW."id" OR "work_supervisor_id" = NEW."id"'),
    ),
    ("staff_role", "INSERT", "", _PERIODS_OF.format('"practice_trainer_id" = NEW."staff_id"')),
    ("staff_role", "UPDATE", "", _PERIODS_OF.format('"practice_trainer_id" IN (OLD."staff_id", NEW."staff_id")')),
    ("staff_role", "DELETE", "", _PERIODS_OF.format('"practice_trainer_id" = OLD."staff_id"')),
)
_BY_CREBO = (
    'SELECT p."learner_id" FROM "bpv_period" p JOIN "programme" pr ON pr."id" = p."programme_id" WHERE pr."crebo" = {}'
)
_TOUCHED += (
    ("sbb_recognition", "INSERT", "", _BY_CREBO.format('NEW."crebo"')),
    ("sbb_recognition", "UPDATE", "", _BY_CREBO.format('OLD."crebo"') + " UNION " + _BY_CREBO.format('NEW."crebo"')),
    ("sbb_recognition", "DELETE", "", _BY_CREBO.format('OLD."crebo"')),
)


def _trigger(table: str, event: str, columns: str, touched: str) -> str:
    # Marked only where not marked yet: SQLite lets the statement that fires a trigger (a reference's ON DELETE
    # SET NULL among them) override the trigger's OR IGNORE, so a learner marked twice would fail the change.
    return (
        f'CREATE TRIGGER "learner_line_{table}_{event.lower()}" AFTER {event}{columns} ON "{table}" BEGIN '
        f'DELETE FROM "learner_line" WHERE "id" IN ({touched}); '
        f'INSERT OR IGNORE INTO "learner_line_stale" ("learner_id") SELECT DISTINCT "learner_id" FROM ({touched}) AS touched '
        'WHERE "learner_id" NOT IN (SELECT "learner_id" FROM "learner_line_stale"); END'
    )


STATEMENTS = [
    LINE_TABLE,
    # The list in its usual order, and a search, read this index alone (in order, without the table's rows).
    'CREATE INDEX "learner_line_name_key_id_archived_search" ON "learner_line" ("name_key", "id", "archived", "search")',
    # What the location and praktijkopleider filters offer: found per location and person, not by reading every line.
    'CREATE INDEX "learner_line_location_id" ON "learner_line" ("location_id")',
    'CREATE INDEX "learner_line_practice_trainer_id" ON "learner_line" ("practice_trainer_id")',
    'CREATE TABLE "learner_line_stale" ("learner_id" INTEGER NOT NULL PRIMARY KEY)',
    *(_trigger(*touched) for touched in _TOUCHED),
    'INSERT INTO "learner_line_stale" ("learner_id") SELECT "id" FROM "learner"',
]
