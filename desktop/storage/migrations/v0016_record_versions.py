"""Schema version 16: every record people edit has a `version`, 1 for what exists, counted up by each save through a
service. A save states the version it read; when the stored one differs, someone else saved in between (another
LeerWerk on the same server) and the save is refused instead of silently overwriting their work.

The tables are listed here rather than read from the models: a migration is frozen as it was written."""

DESCRIPTION = "record versions"

VERSIONED_TABLES = (
    "organisation",
    "location",
    "team",
    "staff",
    "staff_role",
    "school",
    "school_supervisor",
    "programme",
    "work_process",
    "learner",
    "bpv_period",
    "phase_task",
    "meeting",
    "training",
    "training_module",
    "training_requirement",
    "training_session",
    "session_date",
    "enrolment",
    "attendance",
    "certificate",
    "coaching_trajectory",
    "coach_meeting",
    "learning_goal",
    "practice_assignment",
    "assessment",
    "agreement",
    "sbb_recognition",
    "evaluation_question",
    "period_evaluation",
    "school_evaluation",
    "training_budget",
    "external_training_request",
    "development_talk",
    "climate_statement",
    "scan_round",
    "team_action",
    "learning_group",
    "learning_session",
)

STATEMENTS = [f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1' for table in VERSIONED_TABLES]
