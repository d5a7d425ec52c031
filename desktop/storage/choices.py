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

# What a development record holds every two years (001, Bijlage 3).
DEVELOPMENT_KINDS = {"poap": N_("POAP"), "talk": N_("Development talk")}

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

# Why a BPV period ended: early, or at its end (a diploma is how most end). "other" needs a few words in
# `end_reason_text`; with any other reason the text is an optional explanation.
END_REASONS = {
    "completed_diploma": N_("Completed with a diploma"),
    "switched_programme": N_("Switched to another programme"),
    "switched_employer": N_("Switched to another employer"),
    "stopped_personal": N_("Stopped: personal circumstances"),
    "stopped_health": N_("Stopped: health"),
    "stopped_not_suitable": N_("Stopped: not suitable for the work"),
    "dismissed": N_("Dismissed"),
    "other": N_("Other"),
}

# How a reason written in words is read (lower case, Dutch and English), first match wins: the more
# specific phrases come before the words they contain ("overstap naar een andere werkgever" is a
# change of employer, not of programme). A phrase in `END_REASON_DENIALS` keeps its code from matching.
END_REASON_KEYWORDS = (
    ("stopped_not_suitable", ("niet geschikt", "ongeschikt", "not suitable", "unsuitable")),
    ("switched_employer", ("andere werkgever", "ander werkgever", "other employer", "another employer")),
    ("switched_programme", ("andere opleiding", "overstap", "other programme", "another programme", "switched")),
    ("completed_diploma", ("diploma", "geslaagd", "graduated")),
    ("stopped_health", ("ziek", "gezondheid", "health", "illness", "sick")),
    ("stopped_personal", ("persoonlijk", "personal")),
    ("dismissed", ("ontslag", "dismiss")),
)
END_REASON_DENIALS = {
    "completed_diploma": ("niet geslaagd", "zonder diploma", "geen diploma", "no diploma", "without a diploma"),
}


def classify_end_reason(text: str | None) -> tuple[str | None, str]:
    """(code, text to keep) for a reason written in words: a code as it is, words by their keywords with the
    words kept as the explanation, anything else as "other" with the words. Nothing for empty text."""
    words = (text or "").strip()
    if not words:
        return None, ""
    if words in END_REASONS:
        return words, ""
    folded = " ".join(words.casefold().split())
    for code, phrases in END_REASON_KEYWORDS:
        if any(phrase in folded for phrase in phrases) and not any(
            denial in folded for denial in END_REASON_DENIALS.get(code, ())
        ):
            return code, words
    return "other", words


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
COACHING_STEP_ORDER = tuple(COACHING_STEPS)  # the method's order, for sorting by step

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

FORM_KINDS = {"assignment": N_("Practice assignment"), "assessment": N_("Assessment form")}

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
# The order of the statuses of both kinds of form, as the forms list sorts and offers them.
FORM_STATUS_ORDER = ("draft", "issued", "handed_in", "assessed", "completed", "signed_off", "signed")

SCORES = {
    "insufficient": N_("Insufficient"),
    "sufficient": N_("Sufficient"),
    "good": N_("Good"),
    "not_applicable": N_("Not applicable"),
}

# The agreements behind a BPV period (SBB protocol, 001 Bijlage 1; domain.md "Learner types and contracts").
AGREEMENT_KINDS = {
    "placement": N_("Placement agreement (POK)"),
    "work_learn": N_("Work-and-learn agreement (leerarbeidsovereenkomst)"),
    "study": N_("Study agreement (studieovereenkomst)"),
    "school_own": N_("The school's own agreement (HBO)"),
}

AGREEMENT_STATUSES = {
    "to_request": N_("To request"),
    "requested": N_("Requested"),
    "received": N_("Received"),
    "signed": N_("Signed by all parties"),
    "ended": N_("Ended"),
}

# Who signs each kind: a POK has three parties (student, school, leerbedrijf); a leerarbeids- or
# studieovereenkomst is between employer and employee, without the school.
AGREEMENT_PARTIES = {
    "placement": ("learner", "school", "company"),
    "work_learn": ("learner", "company"),
    "study": ("learner", "company"),
    "school_own": ("learner", "school", "company"),
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

SIGNATURE_STAGES = {"issue": N_("Issued, for agreement"), "final": N_("Signed off")}

SIGNATURE_METHODS = {"screen": N_("Signed on screen"), "paper": N_("Signed on paper")}

QUESTION_KINDS = {"scale": N_("Score 1 to 5"), "yes_no": N_("Yes or no"), "text": N_("Open answer")}

# The labels a score of the studentwaardering is shown with, on screen and on paper (Likert).
SCALE_LABELS = {
    1: N_("Strongly disagree"),
    2: N_("Disagree"),
    3: N_("Neutral"),
    4: N_("Agree"),
    5: N_("Strongly agree"),
}
YES_NO = {"yes": N_("Yes"), "no": N_("No")}

REQUEST_DECISIONS = {"pending": N_("Pending"), "approved": N_("Approved"), "refused": N_("Refused")}

EVALUATION_SOURCES = {"typed": N_("Typed in"), "paper": N_("On paper"), "online": N_("Online form")}

# The four capacities of the LeerWerkKlimaat (002), in the order the team scan shows them.
CAPACITIES = {
    "absorption": N_("Absorptive capacity"),
    "training": N_("Training capacity"),
    "connecting": N_("Connecting capacity"),
    "learning": N_("Learning capacity"),
}
SCAN_SOURCES = {"typed": N_("Typed in"), "online": N_("Online form")}

# Where colleagues learn together (001, §4); a coach meeting is kept where the coaching tab keeps it.
GROUP_LEARNING_KINDS = {
    "intervision": N_("Intervision"),
    "case_discussion": N_("Case discussion"),
    "moral_deliberation": N_("Moral deliberation"),
    "inside_out_visit": N_("Inside-out visit"),
    "team_coaching": N_("Team coaching"),
    "coach_meeting": N_("Coach meeting"),
}
REGISTER_KINDS = {code: label for code, label in GROUP_LEARNING_KINDS.items() if code != "coach_meeting"}

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
    "agreement": N_("Agreement"),
    "sbb_recognition": N_("SBB recognition"),
    "evaluation_question": N_("Questionnaire question"),
    "student_evaluation": N_("Student questionnaire"),
    "evaluation_answer": N_("Questionnaire answer"),
    "form_column": N_("Online form column"),
    "course_name": N_("Learning platform course name"),
    "period_evaluation": N_("Evaluation talk"),
    "school_evaluation": N_("School evaluation"),
    "training_budget": N_("Training budget"),
    "external_training_request": N_("External training request"),
    "training_plan_snapshot": N_("Agreed training plan"),
    "development_talk": N_("POAP or development talk"),
    "climate_statement": N_("Team scan statement"),
    "scan_round": N_("Scan round"),
    "scan_round_team": N_("Team in a scan round"),
    "scan_response": N_("Team scan response"),
    "scan_receipt": N_("Receipt of an imported team scan response"),
    "scan_answer": N_("Team scan answer"),
    "team_action": N_("Team action"),
    "learning_group": N_("Learning group"),
    "learning_session": N_("Meeting of learning together"),
    "learning_session_participant": N_("Participant in learning together"),
}


# What each field is called where a person sees it (error messages, change history).
FIELD_LABELS = {
    "action": N_("Action"),
    "agreed_on": N_("Agreed on"),
    "amount": N_("Amount"),
    "content": N_("Content"),
    "decided_on": N_("Decided on"),
    "decision": N_("Decision"),
    "first_day": N_("First day"),
    "last_day": N_("Last day"),
    "reason": N_("Reason"),
    "digest": N_("Receipt of an imported response"),
    "year": N_("Year"),
    "active": N_("Active"),
    "address": N_("Address"),
    "all_staff": N_("All staff"),
    "applies_to_mio": N_("Applies to mio"),
    "archived": N_("Archived"),
    "assessment": N_("Assessment form"),
    "assessment_method": N_("How it is assessed"),
    "assignment": N_("Practice assignment"),
    "at": N_("When"),
    "attitude_remarks": N_("Remarks on professional attitude"),
    "attitude_score": N_("Professional attitude"),
    "birth_date": N_("Date of birth"),
    "brin": N_("BRIN code"),
    "cancelled": N_("Cancelled"),
    "cancelled_on": N_("Cancelled on"),
    "capacity": N_("Capacity"),
    "certified_until": N_("Certified until"),
    "changed_fields": N_("Fields"),
    "city": N_("City"),
    "coach": N_("Coach"),
    "code": N_("Code"),
    "cohort": N_("Cohort"),
    "company_signed_on": N_("Signed by the company on"),
    "completed_on": N_("Completed on"),
    "content_hash": N_("Content fingerprint"),
    "contract_type": N_("Contract"),
    "cost": N_("Cost"),
    "created_at": N_("Created"),
    "crebo": N_("Crebo"),
    "date": N_("Date"),
    "daypart": N_("Part of day"),
    "dayparts": N_("Half-days"),
    "deadline": N_("Deadline"),
    "description": N_("Description"),
    "done_on": N_("Done on"),
    "due_on": N_("Due on"),
    "email": N_("E-mail"),
    "employee_number": N_("Employee number"),
    "end_date": N_("End date"),
    "end_reason": N_("Reason for ending"),
    "end_reason_text": N_("Reason for ending, in words"),
    "end_time": N_("End time"),
    "ended_on": N_("Ended on"),
    "ends_on": N_("Recognised until"),
    "enrolled_on": N_("Enrolled on"),
    "enrolment": N_("Enrolment"),
    "evaluation": N_("Questionnaire"),
    "expires_on": N_("Expires on"),
    "external_trainer": N_("External trainer"),
    "first_name": N_("First name"),
    "fte": N_("FTE"),
    "goal": N_("Learning goal"),
    "heading": N_("Column heading"),
    "held_on": N_("Held on"),
    "hours": N_("Hours"),
    "hours_per_week": N_("Hours per week"),
    "id": N_("Number"),
    "image": N_("Signature image"),
    "issued_on": N_("Issued on"),
    "job_title": N_("Job title"),
    "key": N_("Key"),
    "kind": N_("Kind"),
    "language": N_("Language"),
    "last_name": N_("Last name"),
    "learner": N_("Learner"),
    "learner_signed_on": N_("Signed by the learner on"),
    "learner_type": N_("Type of learner"),
    "level": N_("Level"),
    "location": N_("Location"),
    "logo": N_("Logo"),
    "logo_mime": N_("Logo file type"),
    "manager": N_("Manager"),
    "manager_contribution": N_("Manager's contribution"),
    "manager_expectations": N_("Manager's expectations"),
    "mandatory": N_("Mandatory"),
    "meeting": N_("Coach meeting"),
    "method": N_("Signed how"),
    "module": N_("Module"),
    "name": N_("Name"),
    "name_prefix": N_("Prefix (tussenvoegsel)"),
    "notes": N_("Notes"),
    "number": N_("Form number"),
    "overall_judgement": N_("Overall judgement"),
    "overall_score": N_("Overall score"),
    "participant_learner": N_("Participant (learner)"),
    "participant_staff": N_("Participant (staff)"),
    "participants": N_("Participants"),
    "went_well": N_("What went well"),
    "improvements": N_("Points for improvement"),
    "agreements": N_("Agreements made"),
    "follow_up_on": N_("Follow-up on"),
    "pathway": N_("Learning pathway"),
    "period": N_("BPV period"),
    "phase": N_("Phase"),
    "phone": N_("Phone"),
    "planned_hours": N_("Planned BPV hours"),
    "planned_on": N_("Planned on"),
    "position": N_("Order"),
    "postal_code": N_("Postal code"),
    "practice_trainer": N_("Practice trainer"),
    "present": N_("Present"),
    "programme": N_("Programme"),
    "provider_kind": N_("Provider"),
    "provider_name": N_("Provider name"),
    "question": N_("Question"),
    "realised_hours": N_("Realised BPV hours"),
    "received_on": N_("Received on"),
    "record_id": N_("Record number"),
    "remarks": N_("Remarks"),
    "requested_on": N_("Requested on"),
    "review": N_("Review"),
    "reviewed_by": N_("Reviewed by"),
    "reviewed_on": N_("Reviewed on"),
    "role": N_("Role"),
    "sbb_id": N_("SBB leerbedrijf ID"),
    "scan": N_("Scan"),
    "scan_name": N_("Scan file name"),
    "school": N_("School"),
    "school_signed_on": N_("Signed by the school on"),
    "school_supervisor": N_("School BPV supervisor"),
    "score": N_("Score"),
    "section": N_("Section"),
    "source": N_("Source"),
    "session": N_("Session"),
    "session_date": N_("Session date"),
    "signed_at": N_("Signed at"),
    "signed_on": N_("Signed by all on"),
    "signer_name": N_("Signer"),
    "signer_role": N_("Signer's role"),
    "since": N_("Since"),
    "staff": N_("Staff member"),
    "stage": N_("Signing round"),
    "start_date": N_("Start date"),
    "start_time": N_("Start time"),
    "started_on": N_("Started on"),
    "starts_on": N_("Recognised from"),
    "status": N_("Status"),
    "student_number": N_("Student number"),
    "submitted_on": N_("Submitted on"),
    "supernumerary_until": N_("Supernumerary until"),
    "supervisor_meeting_weeks": N_("Work supervisor talks every (weeks)"),
    "table_name": N_("Kind of record"),
    "talk_date": N_("Date of the assessment talk"),
    "handed_to_school_at": N_("Handed to the school"),
    "team": N_("Team"),
    "template": N_("Task template"),
    "text": N_("Text"),
    "title": N_("Title"),
    "trainer": N_("Trainer"),
    "training": N_("Training"),
    "training_ends_on": N_("Training ends on"),
    "trajectory": N_("Coaching trajectory"),
    "updated_at": N_("Last changed"),
    "user": N_("User"),
    "validity_months": N_("Valid for (months)"),
    "value": N_("Value"),
    "venue": N_("Venue"),
    "version": N_("Version"),
    "voided_at": N_("Voided at"),
    "waiting_since": N_("Waiting since"),
    "work_process": N_("Work process"),
    "work_supervisor": N_("Work supervisor"),
    "facilitator": N_("Facilitator"),
    "group": N_("Group"),
    "response": N_("Response"),
    "rhythm_weeks": N_("Every (weeks)"),
    "round": N_("Scan round"),
    "statement": N_("Statement"),
    "topic": N_("Topic"),
    "what": N_("What"),
    "who": N_("Who"),
}


def field_label(field: str) -> str:
    """The translated name of a model field; the code itself for one not (yet) labelled."""
    return label(FIELD_LABELS, field)
