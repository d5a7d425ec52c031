"""Schema version 5: the agreements behind each BPV period, and the organisation's SBB recognitions.

Two new tables and nothing changed in the others, so an existing database keeps every row as it was.
An agreement keeps its scan as a BLOB in the database, so that a backup holds it too. (Version 4 is
another step; the runner allows the gap.)
"""

DESCRIPTION = "agreements and SBB recognitions"

STATEMENTS = [
    """
    CREATE TABLE "agreement" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "period_id" INTEGER NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('placement', 'work_learn', 'study', 'school_own')),
        "status" TEXT NOT NULL CHECK (status IN ('to_request', 'requested', 'received', 'signed', 'ended')),
        "requested_on" DATE,
        "received_on" DATE,
        "learner_signed_on" DATE,
        "school_signed_on" DATE,
        "company_signed_on" DATE,
        "signed_on" DATE,
        "ended_on" DATE,
        "sbb_id" TEXT NOT NULL,
        "scan" BLOB,
        "scan_name" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE CASCADE,
        CHECK (status <> 'signed' OR signed_on IS NOT NULL),
        CHECK (status <> 'ended' OR ended_on IS NOT NULL)
    )
    """,
    'CREATE INDEX "agreement_period_id" ON "agreement" ("period_id")',
    """
    CREATE TABLE "sbb_recognition" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "crebo" TEXT NOT NULL CHECK (length(crebo) = 5 AND crebo NOT GLOB '*[^0-9]*'),
        "starts_on" DATE NOT NULL,
        "ends_on" DATE NOT NULL,
        "notes" TEXT NOT NULL,
        CHECK (ends_on >= starts_on)
    )
    """,
    'CREATE UNIQUE INDEX "sbb_recognition_crebo_starts_on" ON "sbb_recognition" ("crebo", "starts_on")',
]
