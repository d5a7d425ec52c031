"""Schema version 4: what the overview and the reports need.

- `staff.fte` (e.g. 0.89) and `staff.location_id`, the location of a staff member without a team, so that
  the CAO norm can count head count and FTE per location.
- `bpv_period.end_reason` becomes a code from a fixed list, with `end_reason_text` for the words. The
  table is rebuilt to give the column its CHECK. What was written before is read by the keywords of
  `choices.classify_end_reason` (the same reading the service gives words typed after the upgrade);
  the words themselves are kept in `end_reason_text`, so nothing written is lost.
- `phase_task.cancelled`: ending a period early cancels its open tasks instead of deleting them.
- Partial indexes on the open meetings, tasks and forms and the signatures still to be set: the few rows the
  agenda reads among many, each holding what the agenda reads of them; and a person's certificates per
  training, to find whose best certificate runs out. The meetings and tasks are indexed by period first:
  a period's new meetings and tasks then go at the end of the index, which keeps an import of thousands of
  periods quick (by date, every meeting would go somewhere in the middle).
"""

from desktop.storage.choices import classify_end_reason

DESCRIPTION = "overview and reports"
REBUILDS_TABLES = True

_PERIOD_COLUMNS = (
    '"id", "created_at", "updated_at", "learner_id", "programme_id", "school_id", "school_supervisor_id", '
    '"team_id", "practice_trainer_id", "work_supervisor_id", "contract_type", "start_date", "end_date", '
    '"hours_per_week", "planned_hours", "realised_hours", "supernumerary_until", "supervisor_meeting_weeks", '
    '"phase", "status", "ended_on"'
)

STATEMENTS = [
    'ALTER TABLE "staff" ADD COLUMN "fte" DECIMAL(3, 2) CHECK (fte IS NULL OR (fte > 0 AND fte <= 1.5))',
    'ALTER TABLE "staff" ADD COLUMN "location_id" INTEGER REFERENCES "location" ("id") ON DELETE SET NULL',
    'CREATE INDEX "staff_location_id" ON "staff" ("location_id")',
    'ALTER TABLE "phase_task" ADD COLUMN "cancelled" INTEGER NOT NULL DEFAULT 0',
    """
    CREATE TABLE "bpv_period_new" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "learner_id" INTEGER NOT NULL,
        "programme_id" INTEGER NOT NULL,
        "school_id" INTEGER NOT NULL,
        "school_supervisor_id" INTEGER,
        "team_id" INTEGER,
        "practice_trainer_id" INTEGER,
        "work_supervisor_id" INTEGER,
        "contract_type" TEXT NOT NULL CHECK (contract_type IN ('work_learn', 'placement', 'study')),
        "start_date" DATE NOT NULL,
        "end_date" DATE,
        "hours_per_week" DECIMAL(5, 2),
        "planned_hours" INTEGER,
        "realised_hours" INTEGER,
        "supernumerary_until" DATE,
        "supervisor_meeting_weeks" INTEGER NOT NULL CHECK (supervisor_meeting_weeks IN (1, 2)),
        "phase" TEXT NOT NULL CHECK (phase IN ('introduction', 'work_and_learn', 'evaluation')),
        "status" TEXT NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'ended_early')),
        "ended_on" DATE,
        "end_reason" TEXT CHECK (end_reason IS NULL OR end_reason IN ('completed_diploma', 'switched_programme',
            'switched_employer', 'stopped_personal', 'stopped_health', 'stopped_not_suitable', 'dismissed', 'other')),
        "end_reason_text" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("learner_id") REFERENCES "learner" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE RESTRICT,
        FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE RESTRICT,
        FOREIGN KEY ("school_supervisor_id") REFERENCES "school_supervisor" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("practice_trainer_id") REFERENCES "staff" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("work_supervisor_id") REFERENCES "staff" ("id") ON DELETE SET NULL,
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (status <> 'ended_early' OR ended_on IS NOT NULL)
    )
    """,
    f"""
    INSERT INTO "bpv_period_new" ({_PERIOD_COLUMNS}, "end_reason", "end_reason_text", "notes")
    SELECT {_PERIOD_COLUMNS}, NULL, "end_reason", "notes" FROM "bpv_period"
    """,
    'DROP TABLE "bpv_period"',
    'ALTER TABLE "bpv_period_new" RENAME TO "bpv_period"',
    'CREATE INDEX "bpv_period_learner_id" ON "bpv_period" ("learner_id")',
    'CREATE INDEX "bpv_period_programme_id" ON "bpv_period" ("programme_id")',
    'CREATE INDEX "bpv_period_school_id" ON "bpv_period" ("school_id")',
    'CREATE INDEX "bpv_period_school_supervisor_id" ON "bpv_period" ("school_supervisor_id")',
    'CREATE INDEX "bpv_period_team_id" ON "bpv_period" ("team_id")',
    'CREATE INDEX "bpv_period_practice_trainer_id" ON "bpv_period" ("practice_trainer_id")',
    'CREATE INDEX "bpv_period_work_supervisor_id" ON "bpv_period" ("work_supervisor_id")',
    'CREATE INDEX "meeting_open" ON "meeting" ("period_id", "planned_on", "kind") WHERE held_on IS NULL AND cancelled = 0',
    """
    CREATE INDEX "phase_task_open" ON "phase_task" ("period_id", "phase", "role", "title")
    WHERE done_on IS NULL AND cancelled = 0
    """,
    """
    CREATE INDEX "practice_assignment_open" ON "practice_assignment" ("period_id", "status", "deadline", "number", "title")
    WHERE status <> 'signed_off'
    """,
    """
    CREATE INDEX "assessment_open" ON "assessment" ("period_id", "status", "due_on", "number", "kind")
    WHERE status <> 'signed'
    """,
    'CREATE INDEX "certificate_staff_id_training_id_expires_on" ON "certificate" ("staff_id", "training_id", "expires_on")',
    """
    CREATE INDEX "certificate_learner_id_training_id_expires_on"
    ON "certificate" ("learner_id", "training_id", "expires_on")
    """,
    """
    CREATE INDEX "signature_pending" ON "signature" ("stage", "assignment_id", "assessment_id", "signer_role")
    WHERE signed_at IS NULL AND voided_at IS NULL
    """,
]


def seed(execute) -> None:
    """Read the reasons written in words as codes; the words stay beside them."""
    rows = execute('SELECT "id", "end_reason_text" FROM "bpv_period" WHERE "end_reason_text" <> \'\'', ()).fetchall()
    for period_id, text in rows:
        code, kept = classify_end_reason(text)
        execute(
            'UPDATE "bpv_period" SET "end_reason" = ?, "end_reason_text" = ? WHERE "id" = ?', (code, kept, period_id)
        )
