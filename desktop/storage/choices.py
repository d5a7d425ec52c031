"""The fixed vocabularies of the domain: stored codes (English) and the labels people see.

Labels are marked with `N_` and translated where they are shown, so a language switch needs no reload.
"""

from desktop.i18n import N_, _

LEARNER_TYPES = {
    "bbl": N_("BBL student"),
    "bol": N_("BOL intern"),
    "mio": N_("Employee in training (mio)"),
    "side_entrant": N_("Side entrant (zij-instromer)"),
    "hbo": N_("HBO intern"),
}

CONTRACT_TYPES = {
    "work_learn": N_("Work-and-learn agreement (leerarbeidsovereenkomst)"),
    "placement": N_("Placement agreement (praktijkovereenkomst)"),
    "study": N_("Study agreement (studieovereenkomst)"),
}

# The contract that follows from a learner type (domain.md, "Learner types and contracts").
DEFAULT_CONTRACT = {
    "bbl": "work_learn",
    "bol": "placement",
    "mio": "study",
    "side_entrant": "work_learn",
    "hbo": "placement",
}

STAFF_ROLES = {
    "practice_trainer": N_("Practice trainer (praktijkopleider)"),
    "work_supervisor": N_("Work supervisor (werkbegeleider)"),
    "learning_coach": N_("Learning coach (leercoach)"),
    "manager": N_("Manager (leidinggevende)"),
    "trainer": N_("Trainer"),
    "assessor": N_("Internal assessor (toetser)"),
}

SCHOOL_KINDS = {"mbo": N_("MBO college (ROC)"), "hbo": N_("University of applied sciences"), "other": N_("Other")}

LEVELS = {"1": N_("Level 1"), "2": N_("Level 2"), "3": N_("Level 3"), "4": N_("Level 4"), "hbo": N_("HBO")}

PATHWAYS = {"BOL": N_("BOL (school-based)"), "BBL": N_("BBL (work-based)")}

PHASES = {
    "introduction": N_("Introduction"),
    "work_and_learn": N_("Working and learning"),
    "evaluation": N_("Evaluation and assessment"),
}

PERIOD_STATUSES = {
    "planned": N_("Planned"),
    "active": N_("Active"),
    "completed": N_("Completed"),
    "ended_early": N_("Ended early"),
}

TASK_ROLES = {
    "learner": N_("Learner"),
    "practice_trainer": N_("Practice trainer"),
    "work_supervisor": N_("Work supervisor"),
    "together": N_("Together"),
}

MEETING_KINDS = {
    "introduction": N_("Introduction talk"),
    "induction_evaluation": N_("End-of-induction evaluation"),
    "monthly_evaluation": N_("Monthly evaluation with the practice trainer"),
    "supervisor_evaluation": N_("Evaluation with the work supervisor"),
    "interim_assessment": N_("Interim assessment"),
    "final_assessment": N_("Final assessment"),
    "other": N_("Other meeting"),
}

GOAL_STATUSES = {
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "achieved": N_("Achieved"),
    "dropped": N_("Dropped"),
}

TRAJECTORY_KINDS = {
    "learning_coach": N_("Learning coach for a training"),
    "supervisor_coaching": N_("Practice trainer coaching a work supervisor"),
    "other": N_("Other"),
}

TRAJECTORY_STATUSES = {
    "planned": N_("Planned"),
    "active": N_("Active"),
    "completed": N_("Completed"),
    "stopped": N_("Stopped"),
}

COACHING_STEPS = {
    "learning_goals": N_("Learning goals with the coach"),
    "intake": N_("Intake with the manager"),
    "progress": N_("Progress talk"),
    "evaluation": N_("Final evaluation"),
    "consolidation": N_("Consolidation meeting (borging)"),
    "return_day": N_("Return day"),
}

TRAINING_KINDS = {
    "classroom": N_("Classroom"),
    "elearning": N_("E-learning"),
    "blended": N_("Blended"),
    "team": N_("Team training"),
    "clinical_lesson": N_("Clinical lesson"),
    "external": N_("External"),
}

PROVIDER_KINDS = {"internal": N_("Internal"), "external": N_("External")}

DAYPARTS = {"morning": N_("Morning"), "afternoon": N_("Afternoon"), "evening": N_("Evening")}

ENROLMENT_STATUSES = {
    "enrolled": N_("Enrolled"),
    "waiting": N_("Waiting list"),
    "cancelled": N_("Cancelled"),
    "attended": N_("Attended"),
    "completed": N_("Completed"),
    "no_show": N_("No-show"),
}

ASSIGNMENT_STATUSES = {
    "draft": N_("Draft"),
    "issued": N_("Issued"),
    "handed_in": N_("Handed in"),
    "assessed": N_("Assessed"),
    "signed_off": N_("Signed off"),
}

ASSESSMENT_KINDS = {
    "induction": N_("Induction assignment"),
    "interim": N_("Interim assessment"),
    "final": N_("Final assessment"),
}

ASSESSMENT_STATUSES = {"draft": N_("Draft"), "completed": N_("Completed"), "signed": N_("Signed")}

SCORES = {
    "insufficient": N_("Insufficient"),
    "sufficient": N_("Sufficient"),
    "good": N_("Good"),
    "not_applicable": N_("Not applicable"),
}

SIGNER_ROLES = {
    "learner": N_("Learner"),
    "practice_trainer": N_("Practice trainer"),
    "work_supervisor": N_("Work supervisor"),
    "school_supervisor": N_("School BPV supervisor"),
    "participant": N_("Participant"),
    "coach": N_("Coach"),
    "manager": N_("Manager"),
}

SIGNATURE_METHODS = {"screen": N_("Signed on screen"), "paper": N_("Signed on paper")}

QUESTION_KINDS = {"scale": N_("Score 1 to 5"), "text": N_("Open answer")}

AUDIT_ACTIONS = {
    "create": N_("Created"),
    "update": N_("Changed"),
    "delete": N_("Deleted"),
    "reopen": N_("Reopened"),
    "sign": N_("Signed"),
    "import": N_("Imported"),
}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The translated label of `code`, or the code itself when it is not (or no longer) known."""
    if code is None:
        return ""
    message = vocabulary.get(code)
    return _(message) if message else code


# What each table holds, as the change history names it.
TABLE_LABELS = {
    "organisation": N_("Organisation"),
    "app_setting": N_("Setting"),
    "location": N_("Location"),
    "team": N_("Team"),
    "staff": N_("Staff member"),
    "staff_role": N_("Staff role"),
    "school": N_("School"),
    "school_supervisor": N_("School BPV supervisor"),
    "programme": N_("Programme"),
    "work_process": N_("Work process"),
    "learner": N_("Learner"),
    "bpv_period": N_("BPV period"),
    "phase_task_template": N_("Phase task (template)"),
    "phase_task": N_("Phase task"),
    "meeting": N_("Meeting"),
    "training": N_("Training"),
    "training_module": N_("Training module"),
    "training_requirement": N_("Training requirement"),
    "training_session": N_("Training session"),
    "session_date": N_("Session date"),
    "enrolment": N_("Enrolment"),
    "attendance": N_("Attendance"),
    "certificate": N_("Certificate"),
    "coaching_trajectory": N_("Coaching trajectory"),
    "coaching_step": N_("Coaching step"),
    "coach_meeting": N_("Coach meeting"),
    "coach_meeting_attendee": N_("Coach meeting attendee"),
    "learning_goal": N_("Learning goal"),
    "practice_assignment": N_("Practice assignment"),
    "assignment_work_process": N_("Assignment work process"),
    "assignment_goal": N_("Assignment learning goal"),
    "assessment": N_("Assessment form"),
    "assessment_score": N_("Assessment score"),
    "signature": N_("Signature"),
    "evaluation_question": N_("Questionnaire question"),
    "student_evaluation": N_("Student questionnaire"),
    "evaluation_answer": N_("Questionnaire answer"),
}
