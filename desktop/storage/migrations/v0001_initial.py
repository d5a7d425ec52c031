"""Schema version 1: every table of the domain, and the organisation's reference data.

The DDL is frozen here, as it was when version 1 was released, so that later changes to the models
never change what this step does. Later steps are new modules, never edits to this one.
"""

DESCRIPTION = "initial schema"

STATEMENTS = [
    """
    CREATE TABLE "app_setting" (
        "key" TEXT NOT NULL PRIMARY KEY,
        "value" TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE "location" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "name" TEXT NOT NULL,
        "address" TEXT NOT NULL,
        "city" TEXT NOT NULL,
        "active" INTEGER NOT NULL
    )
    """,
    'CREATE UNIQUE INDEX "location_name" ON "location" ("name")',
    """
    CREATE TABLE "team" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "location_id" INTEGER NOT NULL,
        "name" TEXT NOT NULL,
        "active" INTEGER NOT NULL,
        FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "team_location_id" ON "team" ("location_id")',
    'CREATE UNIQUE INDEX "team_location_id_name" ON "team" ("location_id", "name")',
    """
    CREATE TABLE "staff" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "first_name" TEXT NOT NULL,
        "name_prefix" TEXT NOT NULL,
        "last_name" TEXT NOT NULL,
        "employee_number" TEXT,
        "email" TEXT NOT NULL,
        "phone" TEXT NOT NULL,
        "job_title" TEXT NOT NULL,
        "team_id" INTEGER,
        "active" INTEGER NOT NULL,
        FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE UNIQUE INDEX "staff_employee_number" ON "staff" ("employee_number")',
    'CREATE INDEX "staff_team_id" ON "staff" ("team_id")',
    """
    CREATE TABLE "learner" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "first_name" TEXT NOT NULL,
        "name_prefix" TEXT NOT NULL,
        "last_name" TEXT NOT NULL,
        "birth_date" DATE,
        "email" TEXT NOT NULL,
        "phone" TEXT NOT NULL,
        "address" TEXT NOT NULL,
        "postal_code" TEXT NOT NULL,
        "city" TEXT NOT NULL,
        "student_number" TEXT NOT NULL,
        "learner_type" TEXT NOT NULL CHECK (learner_type IN ('bbl', 'bol', 'mio', 'side_entrant', 'hbo')),
        "staff_id" INTEGER,
        "notes" TEXT NOT NULL,
        "archived" INTEGER NOT NULL,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "learner_staff_id" ON "learner" ("staff_id")',
    'CREATE INDEX "learner_last_name_first_name" ON "learner" ("last_name", "first_name")',
    """
    CREATE TABLE "programme" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "name" TEXT NOT NULL,
        "crebo" TEXT CHECK (crebo IS NULL OR (length(crebo) = 5 AND crebo NOT GLOB '*[^0-9]*')),
        "level" TEXT NOT NULL CHECK (level IN ('1', '2', '3', '4', 'hbo')),
        "pathway" TEXT CHECK (pathway IS NULL OR pathway IN ('BOL', 'BBL')),
        "cohort" INTEGER,
        "active" INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE "school" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "name" TEXT NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('mbo', 'hbo', 'other')),
        "brin" TEXT NOT NULL,
        "address" TEXT NOT NULL,
        "city" TEXT NOT NULL,
        "phone" TEXT NOT NULL,
        "email" TEXT NOT NULL,
        "active" INTEGER NOT NULL
    )
    """,
    'CREATE UNIQUE INDEX "school_name" ON "school" ("name")',
    """
    CREATE TABLE "school_supervisor" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "first_name" TEXT NOT NULL,
        "name_prefix" TEXT NOT NULL,
        "last_name" TEXT NOT NULL,
        "school_id" INTEGER NOT NULL,
        "email" TEXT NOT NULL,
        "phone" TEXT NOT NULL,
        "active" INTEGER NOT NULL,
        FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "school_supervisor_school_id" ON "school_supervisor" ("school_id")',
    """
    CREATE TABLE "bpv_period" (
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
        "end_reason" TEXT NOT NULL,
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
    'CREATE INDEX "bpv_period_learner_id" ON "bpv_period" ("learner_id")',
    'CREATE INDEX "bpv_period_programme_id" ON "bpv_period" ("programme_id")',
    'CREATE INDEX "bpv_period_school_id" ON "bpv_period" ("school_id")',
    'CREATE INDEX "bpv_period_school_supervisor_id" ON "bpv_period" ("school_supervisor_id")',
    'CREATE INDEX "bpv_period_team_id" ON "bpv_period" ("team_id")',
    'CREATE INDEX "bpv_period_practice_trainer_id" ON "bpv_period" ("practice_trainer_id")',
    'CREATE INDEX "bpv_period_work_supervisor_id" ON "bpv_period" ("work_supervisor_id")',
    """
    CREATE TABLE "assessment" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "number" TEXT NOT NULL,
        "period_id" INTEGER NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('induction', 'interim', 'final')),
        "talk_date" DATE,
        "due_on" DATE,
        "attitude_score" TEXT CHECK (attitude_score IS NULL OR attitude_score IN ('insufficient', 'sufficient', 'good', 'not_applicable')),
        "attitude_remarks" TEXT NOT NULL,
        "overall_score" TEXT CHECK (overall_score IS NULL OR overall_score IN ('insufficient', 'sufficient', 'good', 'not_applicable')),
        "overall_judgement" TEXT NOT NULL,
        "planned_hours" INTEGER,
        "realised_hours" INTEGER,
        "participants" TEXT NOT NULL,
        "status" TEXT NOT NULL CHECK (status IN ('draft', 'completed', 'signed')),
        "language" TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE UNIQUE INDEX "assessment_number" ON "assessment" ("number")',
    'CREATE INDEX "assessment_period_id" ON "assessment" ("period_id")',
    """
    CREATE TABLE "work_process" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "programme_id" INTEGER NOT NULL,
        "code" TEXT NOT NULL,
        "title" TEXT NOT NULL,
        "position" INTEGER NOT NULL,
        FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "work_process_programme_id" ON "work_process" ("programme_id")',
    'CREATE UNIQUE INDEX "work_process_programme_id_code" ON "work_process" ("programme_id", "code")',
    """
    CREATE TABLE "assessment_score" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "assessment_id" INTEGER NOT NULL,
        "work_process_id" INTEGER NOT NULL,
        "score" TEXT CHECK (score IS NULL OR score IN ('insufficient', 'sufficient', 'good', 'not_applicable')),
        "remarks" TEXT NOT NULL,
        FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("work_process_id") REFERENCES "work_process" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "assessment_score_assessment_id" ON "assessment_score" ("assessment_id")',
    'CREATE INDEX "assessment_score_work_process_id" ON "assessment_score" ("work_process_id")',
    'CREATE UNIQUE INDEX "assessment_score_assessment_id_work_process_id" ON "assessment_score" ("assessment_id", "work_process_id")',
    """
    CREATE TABLE "practice_assignment" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "number" TEXT NOT NULL,
        "period_id" INTEGER NOT NULL,
        "title" TEXT NOT NULL,
        "description" TEXT NOT NULL,
        "deadline" DATE,
        "assessment_method" TEXT NOT NULL,
        "status" TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'handed_in', 'assessed', 'signed_off')),
        "language" TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE UNIQUE INDEX "practice_assignment_number" ON "practice_assignment" ("number")',
    'CREATE INDEX "practice_assignment_period_id" ON "practice_assignment" ("period_id")',
    """
    CREATE TABLE "training" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "title" TEXT NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('classroom', 'elearning', 'blended', 'team', 'clinical_lesson', 'external')),
        "dayparts" INTEGER,
        "hours" DECIMAL(6, 2),
        "provider_kind" TEXT NOT NULL CHECK (provider_kind IN ('internal', 'external')),
        "provider_name" TEXT NOT NULL,
        "cost" DECIMAL(10, 2),
        "description" TEXT NOT NULL,
        "mandatory" INTEGER NOT NULL,
        "validity_months" INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
        "active" INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE "training_session" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "training_id" INTEGER NOT NULL,
        "location_id" INTEGER,
        "venue" TEXT NOT NULL,
        "trainer_id" INTEGER,
        "external_trainer" TEXT NOT NULL,
        "capacity" INTEGER CHECK (capacity IS NULL OR capacity > 0),
        "cancelled" INTEGER NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("trainer_id") REFERENCES "staff" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "training_session_training_id" ON "training_session" ("training_id")',
    'CREATE INDEX "training_session_location_id" ON "training_session" ("location_id")',
    'CREATE INDEX "training_session_trainer_id" ON "training_session" ("trainer_id")',
    """
    CREATE TABLE "enrolment" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "training_id" INTEGER NOT NULL,
        "session_id" INTEGER,
        "staff_id" INTEGER,
        "learner_id" INTEGER,
        "status" TEXT NOT NULL CHECK (status IN ('enrolled', 'waiting', 'cancelled', 'attended', 'completed', 'no_show')),
        "enrolled_on" DATE NOT NULL,
        "waiting_since" DATETIME,
        "completed_on" DATE,
        "cancelled_on" DATE,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE RESTRICT,
        FOREIGN KEY ("session_id") REFERENCES "training_session" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("learner_id") REFERENCES "learner" ("id") ON DELETE CASCADE,
        CHECK ((staff_id IS NOT NULL) + (learner_id IS NOT NULL) = 1)
    )
    """,
    'CREATE INDEX "enrolment_training_id" ON "enrolment" ("training_id")',
    'CREATE INDEX "enrolment_session_id" ON "enrolment" ("session_id")',
    'CREATE INDEX "enrolment_staff_id" ON "enrolment" ("staff_id")',
    'CREATE INDEX "enrolment_learner_id" ON "enrolment" ("learner_id")',
    """
    CREATE TABLE "coaching_trajectory" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('learning_coach', 'supervisor_coaching', 'other')),
        "participant_staff_id" INTEGER,
        "participant_learner_id" INTEGER,
        "coach_id" INTEGER NOT NULL,
        "manager_id" INTEGER,
        "enrolment_id" INTEGER,
        "status" TEXT NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'stopped')),
        "started_on" DATE,
        "ended_on" DATE,
        "training_ends_on" DATE,
        "manager_expectations" TEXT NOT NULL,
        "manager_contribution" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("participant_staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("participant_learner_id") REFERENCES "learner" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("coach_id") REFERENCES "staff" ("id") ON DELETE RESTRICT,
        FOREIGN KEY ("manager_id") REFERENCES "staff" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("enrolment_id") REFERENCES "enrolment" ("id") ON DELETE SET NULL,
        CHECK ((participant_staff_id IS NOT NULL) + (participant_learner_id IS NOT NULL) = 1)
    )
    """,
    'CREATE INDEX "coaching_trajectory_participant_staff_id" ON "coaching_trajectory" ("participant_staff_id")',
    'CREATE INDEX "coaching_trajectory_participant_learner_id" ON "coaching_trajectory" ("participant_learner_id")',
    'CREATE INDEX "coaching_trajectory_coach_id" ON "coaching_trajectory" ("coach_id")',
    'CREATE INDEX "coaching_trajectory_manager_id" ON "coaching_trajectory" ("manager_id")',
    'CREATE INDEX "coaching_trajectory_enrolment_id" ON "coaching_trajectory" ("enrolment_id")',
    """
    CREATE TABLE "learning_goal" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "period_id" INTEGER,
        "enrolment_id" INTEGER,
        "trajectory_id" INTEGER,
        "position" INTEGER NOT NULL,
        "text" TEXT NOT NULL,
        "status" TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
        "review" TEXT NOT NULL,
        "reviewed_by_id" INTEGER,
        "reviewed_on" DATE,
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("enrolment_id") REFERENCES "enrolment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("trajectory_id") REFERENCES "coaching_trajectory" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("reviewed_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL,
        CHECK ((period_id IS NOT NULL) + (enrolment_id IS NOT NULL) + (trajectory_id IS NOT NULL) = 1)
    )
    """,
    'CREATE INDEX "learning_goal_period_id" ON "learning_goal" ("period_id")',
    'CREATE INDEX "learning_goal_enrolment_id" ON "learning_goal" ("enrolment_id")',
    'CREATE INDEX "learning_goal_trajectory_id" ON "learning_goal" ("trajectory_id")',
    'CREATE INDEX "learning_goal_reviewed_by_id" ON "learning_goal" ("reviewed_by_id")',
    """
    CREATE TABLE "assignment_goal" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "assignment_id" INTEGER NOT NULL,
        "goal_id" INTEGER NOT NULL,
        FOREIGN KEY ("assignment_id") REFERENCES "practice_assignment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("goal_id") REFERENCES "learning_goal" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "assignment_goal_assignment_id" ON "assignment_goal" ("assignment_id")',
    'CREATE INDEX "assignment_goal_goal_id" ON "assignment_goal" ("goal_id")',
    'CREATE UNIQUE INDEX "assignment_goal_assignment_id_goal_id" ON "assignment_goal" ("assignment_id", "goal_id")',
    """
    CREATE TABLE "assignment_work_process" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "assignment_id" INTEGER NOT NULL,
        "work_process_id" INTEGER NOT NULL,
        FOREIGN KEY ("assignment_id") REFERENCES "practice_assignment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("work_process_id") REFERENCES "work_process" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "assignment_work_process_assignment_id" ON "assignment_work_process" ("assignment_id")',
    'CREATE INDEX "assignment_work_process_work_process_id" ON "assignment_work_process" ("work_process_id")',
    'CREATE UNIQUE INDEX "assignment_work_process_assignment_id_work_process_id" ON "assignment_work_process" ("assignment_id", "work_process_id")',
    """
    CREATE TABLE "session_date" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "session_id" INTEGER NOT NULL,
        "date" DATE NOT NULL,
        "daypart" TEXT NOT NULL CHECK (daypart IN ('morning', 'afternoon', 'evening')),
        "start_time" TEXT NOT NULL,
        "end_time" TEXT NOT NULL,
        FOREIGN KEY ("session_id") REFERENCES "training_session" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "session_date_session_id" ON "session_date" ("session_id")',
    """
    CREATE TABLE "attendance" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "enrolment_id" INTEGER NOT NULL,
        "session_date_id" INTEGER NOT NULL,
        "present" INTEGER NOT NULL,
        FOREIGN KEY ("enrolment_id") REFERENCES "enrolment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("session_date_id") REFERENCES "session_date" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "attendance_enrolment_id" ON "attendance" ("enrolment_id")',
    'CREATE INDEX "attendance_session_date_id" ON "attendance" ("session_date_id")',
    'CREATE UNIQUE INDEX "attendance_enrolment_id_session_date_id" ON "attendance" ("enrolment_id", "session_date_id")',
    """
    CREATE TABLE "audit_log" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "at" DATETIME NOT NULL,
        "user" TEXT NOT NULL,
        "action" TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'reopen', 'sign', 'import')),
        "table_name" TEXT NOT NULL,
        "record_id" INTEGER,
        "changed_fields" TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE "certificate" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "training_id" INTEGER NOT NULL,
        "enrolment_id" INTEGER,
        "staff_id" INTEGER,
        "learner_id" INTEGER,
        "issued_on" DATE NOT NULL,
        "expires_on" DATE,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE RESTRICT,
        FOREIGN KEY ("enrolment_id") REFERENCES "enrolment" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("learner_id") REFERENCES "learner" ("id") ON DELETE CASCADE,
        CHECK ((staff_id IS NOT NULL) + (learner_id IS NOT NULL) = 1),
        CHECK (expires_on IS NULL OR expires_on >= issued_on)
    )
    """,
    'CREATE INDEX "certificate_training_id" ON "certificate" ("training_id")',
    'CREATE INDEX "certificate_enrolment_id" ON "certificate" ("enrolment_id")',
    'CREATE INDEX "certificate_staff_id" ON "certificate" ("staff_id")',
    'CREATE INDEX "certificate_learner_id" ON "certificate" ("learner_id")',
    'CREATE INDEX "certificate_training_id_expires_on" ON "certificate" ("training_id", "expires_on")',
    """
    CREATE TABLE "coaching_step" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "trajectory_id" INTEGER NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('learning_goals', 'intake', 'progress', 'evaluation', 'consolidation', 'return_day')),
        "position" INTEGER NOT NULL,
        "planned_on" DATE,
        "held_on" DATE,
        "participants" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("trajectory_id") REFERENCES "coaching_trajectory" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "coaching_step_trajectory_id" ON "coaching_step" ("trajectory_id")',
    """
    CREATE TABLE "coach_meeting" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "held_on" DATE NOT NULL,
        "notes" TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE "coach_meeting_attendee" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "meeting_id" INTEGER NOT NULL,
        "staff_id" INTEGER NOT NULL,
        FOREIGN KEY ("meeting_id") REFERENCES "coach_meeting" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "coach_meeting_attendee_meeting_id" ON "coach_meeting_attendee" ("meeting_id")',
    'CREATE INDEX "coach_meeting_attendee_staff_id" ON "coach_meeting_attendee" ("staff_id")',
    'CREATE UNIQUE INDEX "coach_meeting_attendee_meeting_id_staff_id" ON "coach_meeting_attendee" ("meeting_id", "staff_id")',
    """
    CREATE TABLE "student_evaluation" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "period_id" INTEGER NOT NULL,
        "submitted_on" DATE NOT NULL,
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "student_evaluation_period_id" ON "student_evaluation" ("period_id")',
    """
    CREATE TABLE "evaluation_question" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "position" INTEGER NOT NULL,
        "text" TEXT NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('scale', 'text')),
        "active" INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE "evaluation_answer" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "evaluation_id" INTEGER NOT NULL,
        "question_id" INTEGER NOT NULL,
        "score" INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
        "text" TEXT NOT NULL,
        FOREIGN KEY ("evaluation_id") REFERENCES "student_evaluation" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("question_id") REFERENCES "evaluation_question" ("id") ON DELETE RESTRICT
    )
    """,
    'CREATE INDEX "evaluation_answer_evaluation_id" ON "evaluation_answer" ("evaluation_id")',
    'CREATE INDEX "evaluation_answer_question_id" ON "evaluation_answer" ("question_id")',
    'CREATE UNIQUE INDEX "evaluation_answer_evaluation_id_question_id" ON "evaluation_answer" ("evaluation_id", "question_id")',
    """
    CREATE TABLE "meeting" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "period_id" INTEGER NOT NULL,
        "kind" TEXT NOT NULL CHECK (kind IN ('introduction', 'induction_evaluation', 'monthly_evaluation', 'supervisor_evaluation', 'interim_assessment', 'final_assessment', 'other')),
        "planned_on" DATE,
        "held_on" DATE,
        "cancelled" INTEGER NOT NULL,
        "participants" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "meeting_period_id" ON "meeting" ("period_id")',
    'CREATE INDEX "meeting_period_id_planned_on" ON "meeting" ("period_id", "planned_on")',
    """
    CREATE TABLE "organisation" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "name" TEXT NOT NULL,
        "address" TEXT NOT NULL,
        "postal_code" TEXT NOT NULL,
        "city" TEXT NOT NULL,
        "phone" TEXT NOT NULL,
        "email" TEXT NOT NULL,
        "sbb_id" TEXT NOT NULL,
        "logo" BLOB,
        "logo_mime" TEXT
    )
    """,
    """
    CREATE TABLE "phase_task_template" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "phase" TEXT NOT NULL CHECK (phase IN ('introduction', 'work_and_learn', 'evaluation')),
        "role" TEXT NOT NULL CHECK (role IN ('learner', 'practice_trainer', 'work_supervisor', 'together')),
        "position" INTEGER NOT NULL,
        "title" TEXT NOT NULL,
        "applies_to_mio" INTEGER NOT NULL,
        "active" INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE "phase_task" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "period_id" INTEGER NOT NULL,
        "template_id" INTEGER,
        "phase" TEXT NOT NULL CHECK (phase IN ('introduction', 'work_and_learn', 'evaluation')),
        "role" TEXT NOT NULL CHECK (role IN ('learner', 'practice_trainer', 'work_supervisor', 'together')),
        "position" INTEGER NOT NULL,
        "title" TEXT NOT NULL,
        "done_on" DATE,
        "notes" TEXT NOT NULL,
        FOREIGN KEY ("period_id") REFERENCES "bpv_period" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("template_id") REFERENCES "phase_task_template" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "phase_task_period_id" ON "phase_task" ("period_id")',
    'CREATE INDEX "phase_task_template_id" ON "phase_task" ("template_id")',
    """
    CREATE TABLE "signature" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "assignment_id" INTEGER,
        "assessment_id" INTEGER,
        "trajectory_id" INTEGER,
        "signer_role" TEXT NOT NULL CHECK (signer_role IN ('learner', 'practice_trainer', 'work_supervisor', 'school_supervisor', 'participant', 'coach', 'manager')),
        "signer_name" TEXT NOT NULL,
        "method" TEXT CHECK (method IS NULL OR method IN ('screen', 'paper')),
        "signed_at" DATETIME,
        "image" BLOB,
        "scan" BLOB,
        "scan_name" TEXT NOT NULL,
        "content_hash" TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64),
        "voided_at" DATETIME,
        FOREIGN KEY ("assignment_id") REFERENCES "practice_assignment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("trajectory_id") REFERENCES "coaching_trajectory" ("id") ON DELETE CASCADE,
        CHECK ((assignment_id IS NOT NULL) + (assessment_id IS NOT NULL) + (trajectory_id IS NOT NULL) = 1)
    )
    """,
    'CREATE INDEX "signature_assignment_id" ON "signature" ("assignment_id")',
    'CREATE INDEX "signature_assessment_id" ON "signature" ("assessment_id")',
    'CREATE INDEX "signature_trajectory_id" ON "signature" ("trajectory_id")',
    """
    CREATE TABLE "staff_role" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "staff_id" INTEGER NOT NULL,
        "role" TEXT NOT NULL CHECK (role IN ('practice_trainer', 'work_supervisor', 'learning_coach', 'manager', 'trainer', 'assessor')),
        "since" DATE,
        "certified_until" DATE,
        FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "staff_role_staff_id" ON "staff_role" ("staff_id")',
    'CREATE UNIQUE INDEX "staff_role_staff_id_role" ON "staff_role" ("staff_id", "role")',
    """
    CREATE TABLE "training_module" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "programme_id" INTEGER NOT NULL,
        "module_id" INTEGER NOT NULL,
        "position" INTEGER NOT NULL,
        FOREIGN KEY ("programme_id") REFERENCES "training" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("module_id") REFERENCES "training" ("id") ON DELETE RESTRICT,
        CHECK (programme_id <> module_id)
    )
    """,
    'CREATE INDEX "training_module_programme_id" ON "training_module" ("programme_id")',
    'CREATE INDEX "training_module_module_id" ON "training_module" ("module_id")',
    'CREATE UNIQUE INDEX "training_module_programme_id_module_id" ON "training_module" ("programme_id", "module_id")',
    """
    CREATE TABLE "training_requirement" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "training_id" INTEGER NOT NULL,
        "role" TEXT CHECK (role IS NULL OR role IN ('practice_trainer', 'work_supervisor', 'learning_coach', 'manager', 'trainer', 'assessor')),
        "learner_type" TEXT CHECK (learner_type IS NULL OR learner_type IN ('bbl', 'bol', 'mio', 'side_entrant', 'hbo')),
        "all_staff" INTEGER NOT NULL,
        FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "training_requirement_training_id" ON "training_requirement" ("training_id")',
]

# The task table per BPV phase and role, from the organisation's L&O policy (Bijlage 2). It is the
# organisation's own Dutch text, kept as data the coordinator can edit, not as UI strings.
PHASE_TASKS = [
    (
        "introduction",
        "learner",
        "Zich oriënteren op informatie over organisatie, doelgroep en locatie en verwachtingen communiceren",
        0,
    ),
    ("introduction", "learner", "Inwerkopdracht uitwerken", 1),
    ("introduction", "learner", "Actief aan de slag gaan met eigen leerdoelen en leerplan opstellen", 1),
    ("introduction", "learner", "Reflecteren op leerdoelen in de inwerkperiode", 1),
    (
        "introduction",
        "practice_trainer",
        "Locatie inlichten en kennismakingsgesprek voeren; wegwijs maken op locatie",
        0,
    ),
    ("introduction", "practice_trainer", "Inwerkopdracht beoordelen", 1),
    (
        "introduction",
        "practice_trainer",
        "Helpen bij het opstellen van het leerplan aan de hand van de leerdoelen",
        1,
    ),
    ("introduction", "practice_trainer", "Evaluatiegesprek einde inwerkperiode voeren", 1),
    (
        "introduction",
        "work_supervisor",
        "Voorbereiden op de werkzaamheden en introduceren bij cliënten, medewerkers en vrijwilligers",
        0,
    ),
    ("introduction", "work_supervisor", "Inwerkprogramma begeleiden", 1),
    (
        "introduction",
        "work_supervisor",
        "Ondersteunen bij het behalen van de leerdoelen en feedback geven",
        1,
    ),
    ("introduction", "work_supervisor", "Evaluatiegesprekken voeren", 1),
    ("introduction", "together", "Inwerkprogramma evalueren", 1),
    ("work_and_learn", "learner", "Eigen initiatief en verantwoordelijkheid nemen voor leerdoelen", 1),
    ("work_and_learn", "learner", "Aan eigen opdrachten werken en feedback geven", 1),
    ("work_and_learn", "learner", "Meewerken in de praktijk en tussentijds verslag maken", 1),
    ("work_and_learn", "learner", "Reflecteren op eigen (beroeps)houding", 1),
    ("work_and_learn", "learner", "(Emotioneel) belastende situaties aankaarten", 1),
    ("work_and_learn", "learner", "Theorie en praktijk integreren", 1),
    ("work_and_learn", "learner", "Evaluaties en toetsen voorbereiden", 1),
    ("work_and_learn", "practice_trainer", "Contact onderhouden met werkbegeleiders over studievoortgang", 1),
    (
        "work_and_learn",
        "practice_trainer",
        "Opdrachten formuleren passend bij competenties en leerdoelen, feedback geven",
        1,
    ),
    ("work_and_learn", "practice_trainer", "Verslag tussentijdse beoordeling maken", 1),
    ("work_and_learn", "practice_trainer", "Werkbegeleiders ondersteunen", 1),
    ("work_and_learn", "practice_trainer", "Ondersteunen bij verwerking van emotionele situaties", 1),
    ("work_and_learn", "practice_trainer", "Maandelijks evaluatiegesprek voeren", 1),
    ("work_and_learn", "practice_trainer", "Praktijkopdrachten en examens toetsen en beoordelen", 1),
    ("work_and_learn", "work_supervisor", "Ondersteunen bij de planning van opdrachten en examens", 1),
    ("work_and_learn", "work_supervisor", "Feedback geven", 1),
    ("work_and_learn", "work_supervisor", "Begeleiden bij praktijkopdrachten", 1),
    ("work_and_learn", "work_supervisor", "Observeren tijdens de werkzaamheden", 1),
    ("work_and_learn", "work_supervisor", "Vaardigheden helpen aanleren", 1),
    ("work_and_learn", "work_supervisor", "Evaluatiegesprekken voeren (wekelijks of tweewekelijks)", 1),
    ("work_and_learn", "work_supervisor", "Praktijkopdrachten en examens toetsen en beoordelen", 1),
    ("work_and_learn", "together", "Tussentijdse evaluatie voorbereiden", 1),
    ("work_and_learn", "together", "Ondersteunen bij het maken van verslagen en opdrachten", 1),
    ("work_and_learn", "together", "Overlegmomenten vastleggen", 1),
    ("work_and_learn", "together", "Voortgangs- en evaluatiegesprekken voeren", 1),
    ("work_and_learn", "together", "Afspraken maken en vastleggen", 1),
    ("work_and_learn", "together", "Integratie van theorie en praktijk bevorderen", 1),
    ("work_and_learn", "together", "Praktijkopdrachten en examens aftekenen en beoordelen", 1),
    ("evaluation", "learner", "Eindopdrachten voorbereiden", 1),
    ("evaluation", "practice_trainer", "Eindbeoordeling voorbereiden", 1),
    ("evaluation", "work_supervisor", "Met de praktijkopleider overleggen over de eindbeoordeling", 1),
    ("evaluation", "together", "Beoordelingsgesprek voeren met de lerende en eventueel de bpv-docent", 1),
]

# A starting studentwaardering questionnaire (scale 1-5 unless marked "text"); the coordinator edits it.
EVALUATION_QUESTIONS = [
    ("Ik ben goed ontvangen en ingewerkt op mijn afdeling.", "scale"),
    ("Mijn werkbegeleider had voldoende tijd en aandacht voor mij.", "scale"),
    ("Mijn praktijkopleider begeleidde mij goed bij mijn leerproces.", "scale"),
    ("Ik kon werken aan mijn leerdoelen en opdrachten.", "scale"),
    ("Ik voelde mij veilig om te leren en vragen te stellen.", "scale"),
    ("De samenwerking tussen school en leerbedrijf was goed.", "scale"),
    ("Ik zou deze leerplek aanraden aan andere studenten.", "scale"),
    ("Wat kunnen wij verbeteren?", "text"),
]


def seed(execute) -> None:
    """Fill the reference data a new database starts with; `execute(sql, params)` runs one statement.

    Truths are written as TRUE and passed as booleans (SQLite stores 1 either way), so that a PostgreSQL server's
    BOOLEAN columns take them too."""
    execute(
        "INSERT INTO organisation (created_at, updated_at, name, address, postal_code, city, phone, email, sbb_id)"
        " VALUES (datetime('now', 'localtime'), datetime('now', 'localtime'), '', '', '', '', '', '', '')",
        (),
    )
    for position, (phase, role, title, applies_to_mio) in enumerate(PHASE_TASKS):
        execute(
            "INSERT INTO phase_task_template (phase, role, position, title, applies_to_mio, active)"
            " VALUES (?, ?, ?, ?, ?, TRUE)",
            (phase, role, position, title, bool(applies_to_mio)),
        )
    for position, (text, kind) in enumerate(EVALUATION_QUESTIONS):
        execute(
            "INSERT INTO evaluation_question (position, text, kind, active) VALUES (?, ?, ?, TRUE)",
            (position, text, kind),
        )
