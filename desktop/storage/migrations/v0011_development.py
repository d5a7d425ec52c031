"""Schema version 11: each staff member's development record (001, Bijlage 3).

- `development_talk`: a POAP (persoonlijk ontwikkel-actieplan) recorded, or a talk about one's development
  held with the manager, on a day, with the manager who held it. The next one is due two years on (or the
  organisation's own interval, an `app_setting`), counted from the newest of each kind, so the table keeps
  the history and one index serves "the newest per person and kind" with its manager.

One new table and nothing changed in the others, so an existing database keeps every row as it was.
"""

DESCRIPTION = "development record"

STATEMENTS = [
    """
    CREATE TABLE "development_talk" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "staff_id" INTEGER NOT NULL,
        "kind" TEXT NOT NULL,
        "held_on" DATE NOT NULL,
        "manager_id" INTEGER,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("manager_id") REFERENCES "staff" ("id") ON DELETE SET NULL,
        CHECK (kind IN ('poap', 'talk'))
    )
    """,
    'CREATE INDEX "development_talk_staff_id" ON "development_talk" ("staff_id")',
    # Covering: the due list reads every talk in this order, with its manager, from the index alone.
    'CREATE INDEX "development_talk_staff_id_kind_held_on_manager_id" ON "development_talk" '
    '("staff_id", "kind", "held_on", "manager_id")',
    'CREATE INDEX "development_talk_manager_id" ON "development_talk" ("manager_id")',
]
