"""Schema version 12: the training budget, external training requests and the yearly training plan.

- `training_budget`: what the organisation sets aside for training in a year, for the whole organisation
  (no location) or, when it divides it, per location. Never negative, checked by the database as well.
- `external_training_request`: a staff member's request for a training outside the catalogue's sessions
  (001, §3: individual requests go through the manager), with the manager's decision and its reason; a refusal
  always carries one (Bijlage 3: "a clear and grounded motivation"). An approved request may name the catalogue
  training it enrols the person in, and keeps that enrolment.
- `training_plan_snapshot`: the yearly training plan as the works council (OR) agreed to it, stored as it was
  (JSON) and never changed or removed: two triggers refuse an UPDATE or a DELETE, whoever asks.

New tables only, so an existing database keeps every row as it was. (Version 11 is another step; the runner
allows the gap.)
"""

DESCRIPTION = "training budget, external requests and plan snapshots"

STATEMENTS = [
    """
    CREATE TABLE "training_budget" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "year" INTEGER NOT NULL,
        "location_id" INTEGER,
        "amount" DECIMAL(12, 2) NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE RESTRICT,
        CHECK (year BETWEEN 2000 AND 2100),
        CHECK (amount >= 0)
    )
    """,
    'CREATE UNIQUE INDEX "training_budget_year_location_id" ON "training_budget" ("year", "location_id")',
    'CREATE INDEX "training_budget_location_id" ON "training_budget" ("location_id")',
    """
    CREATE TABLE "external_training_request" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "staff_id" INTEGER NOT NULL,
        "title" TEXT NOT NULL,
        "provider_name" TEXT NOT NULL,
        "cost" DECIMAL(10, 2) NOT NULL,
        "first_day" DATE NOT NULL,
        "last_day" DATE,
        "requested_on" DATE NOT NULL,
        "manager_id" INTEGER,
        "decision" TEXT NOT NULL,
        "decided_on" DATE,
        "reason" TEXT NOT NULL,
        "training_id" INTEGER,
        "enrolment_id" INTEGER,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("manager_id") REFERENCES "staff" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("enrolment_id") REFERENCES "enrolment" ("id") ON DELETE SET NULL,
        CHECK (cost >= 0),
        CHECK (decision IN ('pending', 'approved', 'refused')),
        CHECK (last_day IS NULL OR last_day >= first_day),
        CHECK (decision = 'pending' OR decided_on IS NOT NULL),
        CHECK (decision <> 'refused' OR reason <> '')
    )
    """,
    'CREATE INDEX "external_training_request_staff_id" ON "external_training_request" ("staff_id")',
    'CREATE INDEX "external_training_request_manager_id" ON "external_training_request" ("manager_id")',
    'CREATE INDEX "external_training_request_training_id" ON "external_training_request" ("training_id")',
    'CREATE INDEX "external_training_request_enrolment_id" ON "external_training_request" ("enrolment_id")',
    'CREATE INDEX "external_training_request_first_day" ON "external_training_request" ("first_day")',
    """
    CREATE TABLE "training_plan_snapshot" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "year" INTEGER NOT NULL,
        "agreed_on" DATE NOT NULL,
        "notes" TEXT NOT NULL,
        "content" TEXT NOT NULL,
        CHECK (year BETWEEN 2000 AND 2100)
    )
    """,
    'CREATE INDEX "training_plan_snapshot_year" ON "training_plan_snapshot" ("year")',
    """
    CREATE TRIGGER "training_plan_snapshot_unchanged" BEFORE UPDATE ON "training_plan_snapshot"
    BEGIN SELECT RAISE(ABORT, 'a training plan the works council agreed to is never changed'); END
    """,
    """
    CREATE TRIGGER "training_plan_snapshot_kept" BEFORE DELETE ON "training_plan_snapshot"
    BEGIN SELECT RAISE(ABORT, 'a training plan the works council agreed to is kept'); END
    """,
]
