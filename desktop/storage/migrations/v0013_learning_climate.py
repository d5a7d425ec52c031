"""Schema version 13: the learning climate (LeerWerkKlimaat, 002) and its yearly team scan.

- `climate_statement`: the organisation's statements per capacity (absorptie-, opleidend, verbindend en
  lerend vermogen), scored 1 to 5; a new or upgraded database starts with a small example set written from
  the source documents' own words, for the organisation to adapt.
- `scan_round` with `scan_round_team`: which teams answer, from when to when (the end not before the start,
  checked by the database as well).
- `scan_response` and `scan_answer`: one team member's scores; a response knows its team and round, never
  its respondent.
- `team_action`: what a team agreed after its scan, who does it, by when, and when it was done.

- `learning_group`, `learning_session` and `learning_session_participant`: the register of learning together
  (001, §4: intervisie, casuïstiekbespreking, moreel beraad, binnenste-buitenbezoek, team coaching), groups
  with a rhythm in weeks. The coaches' meetings stay in `coach_meeting`, where the coaching tab keeps them;
  the register reads them as its sixth kind rather than holding a second copy.

New tables only, so an existing database keeps every row as it was.
"""

DESCRIPTION = "learning climate"

STATEMENTS = [
    """
    CREATE TABLE "climate_statement" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "capacity" TEXT NOT NULL CHECK (capacity IN ('absorption', 'training', 'connecting', 'learning')),
        "position" INTEGER NOT NULL,
        "text" TEXT NOT NULL,
        "active" INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE "scan_round" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "name" TEXT NOT NULL,
        "starts_on" DATE NOT NULL,
        "ends_on" DATE NOT NULL,
        CHECK (ends_on >= starts_on)
    )
    """,
    """
    CREATE TABLE "scan_round_team" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "round_id" INTEGER NOT NULL,
        "team_id" INTEGER NOT NULL,
        FOREIGN KEY ("round_id") REFERENCES "scan_round" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "scan_round_team_round_id" ON "scan_round_team" ("round_id")',
    'CREATE INDEX "scan_round_team_team_id" ON "scan_round_team" ("team_id")',
    'CREATE UNIQUE INDEX "scan_round_team_round_id_team_id" ON "scan_round_team" ("round_id", "team_id")',
    """
    CREATE TABLE "scan_response" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "round_id" INTEGER NOT NULL,
        "team_id" INTEGER NOT NULL,
        "source" TEXT NOT NULL CHECK (source IN ('typed', 'online')),
        FOREIGN KEY ("round_id") REFERENCES "scan_round" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "scan_response_round_id" ON "scan_response" ("round_id")',
    'CREATE INDEX "scan_response_team_id" ON "scan_response" ("team_id")',
    """
    CREATE TABLE "scan_answer" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "response_id" INTEGER NOT NULL,
        "statement_id" INTEGER NOT NULL,
        "score" INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        FOREIGN KEY ("response_id") REFERENCES "scan_response" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("statement_id") REFERENCES "climate_statement" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "scan_answer_response_id" ON "scan_answer" ("response_id")',
    'CREATE INDEX "scan_answer_statement_id" ON "scan_answer" ("statement_id")',
    'CREATE UNIQUE INDEX "scan_answer_response_id_statement_id" ON "scan_answer" ("response_id", "statement_id")',
    """
    CREATE TABLE "team_action" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "team_id" INTEGER NOT NULL,
        "round_id" INTEGER,
        "what" TEXT NOT NULL,
        "who" TEXT NOT NULL,
        "due_on" DATE,
        "done_on" DATE,
        FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("round_id") REFERENCES "scan_round" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "team_action_team_id" ON "team_action" ("team_id")',
    'CREATE INDEX "team_action_round_id" ON "team_action" ("round_id")',
    """
    CREATE TABLE "learning_group" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('intervision', 'case_discussion', 'moral_deliberation',
                                              'inside_out_visit', 'team_coaching')),
        "name" TEXT NOT NULL,
        "rhythm_weeks" INTEGER CHECK (rhythm_weeks IS NULL OR rhythm_weeks > 0),
        "active" INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE "learning_session" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('intervision', 'case_discussion', 'moral_deliberation',
                                              'inside_out_visit', 'team_coaching')),
        "group_id" INTEGER,
        "held_on" DATE NOT NULL,
        "facilitator_id" INTEGER,
        "topic" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("group_id") REFERENCES "learning_group" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("facilitator_id") REFERENCES "staff" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "learning_session_group_id" ON "learning_session" ("group_id")',
    'CREATE INDEX "learning_session_facilitator_id" ON "learning_session" ("facilitator_id")',
    """
    CREATE TABLE "learning_session_participant" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "session_id" INTEGER NOT NULL,
        "staff_id" INTEGER NOT NULL,
        FOREIGN KEY ("session_id") REFERENCES "learning_session" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "learning_session_participant_session_id" ON "learning_session_participant" ("session_id")',
    'CREATE INDEX "learning_session_participant_staff_id" ON "learning_session_participant" ("staff_id")',
    'CREATE UNIQUE INDEX "learning_session_participant_session_id_staff_id" '
    'ON "learning_session_participant" ("session_id", "staff_id")',
]

# Examples in the words of the source documents (002 on the LeerWerkKlimaat and its teamscan, 000 on the
# praktijkopleiders' verbindend and lerend vermogen, 004 on the manager), a start for the organisation's own.
EXAMPLES = {
    "absorption": (
        "Studenten en stagiairs worden in ons team op hun eigen niveau uitgedaagd.",
        "Nieuwe collega's en leerlingen krijgen in ons team de ruimte om te leren.",
        "In ons team is ruimte om bijzondere individuele competenties te ontwikkelen en te erkennen.",
    ),
    "training": (
        "Wij leren vooral in en om het werk, en minder in klassieke cursussen.",
        "Wie een leerling begeleidt, heeft daar tijd en aandacht voor.",
        "Onze leidinggevende maakt tijd om samen stil te staan bij wat wij leren.",
    ),
    "connecting": (
        "Wij weten elkaar op kwaliteiten te vinden en in te zetten.",
        "Wij ondersteunen elkaar, vragen hulp en vullen elkaar aan.",
        "Wij leren ook van andere teams, de school en andere organisaties.",
    ),
    "learning": (
        "Ik durf kritisch naar mijzelf en naar collega's te kijken.",
        "In ons team mag je kwetsbaar zijn en vragen stellen als iets moeilijk is.",
        "Ik begrijp waarom leren nodig is voor de doelen van ons team.",
    ),
}


def seed(execute) -> None:
    position = 0
    for capacity, texts in EXAMPLES.items():
        for text in texts:
            position += 1
            execute(
                'INSERT INTO "climate_statement" ("capacity", "position", "text", "active") VALUES (?, ?, ?, TRUE)',
                (capacity, position, text),
            )
