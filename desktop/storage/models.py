"""The LeerWerk data model: one peewee model per table, for the whole domain in ``shared/domain.md``.

Models are bound to `db`, a proxy that `desktop.storage.database.open_database` points at a real
file at start-up, never at import. Vocabularies live in `choices`; the database repeats them as CHECK
constraints so that no other program can store a code LeerWerk does not know. There is no BSN column,
anywhere, by design.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    BlobField,
    BooleanField,
    Check,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    ModelUpdate,
    TextField,
)
from playhouse.sqlite_ext import AutoIncrementField

from desktop import clock
from desktop.storage import choices

db = DatabaseProxy()


def _now() -> dt.datetime:
    return clock.now().replace(microsecond=0)


def one_of(column: str, vocabulary: dict[str, str], nullable: bool = False) -> Check:
    codes = ", ".join(f"'{code}'" for code in vocabulary)
    clause = f"{column} IN ({codes})"
    return Check(f"{column} IS NULL OR {clause}" if nullable else clause)


def exactly_one_of(*columns: str) -> SQL:
    total = " + ".join(f"({column} IS NOT NULL)" for column in columns)
    return SQL(f"CHECK ({total} = 1)")


class BoundModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class BaseModel(BoundModel):
    # AUTOINCREMENT: an id is never reused after a delete, so the audit log's record numbers keep
    # meaning one record, and undoing a delete cannot collide with a record made in between.
    id = AutoIncrementField()


class AddedLastField(IntegerField):
    """A column a migration added to existing tables, which puts it after all their columns: the models list it last
    too, so that a table they describe has its columns in the order the migrations give it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sort_key = (3, self._order)  # peewee sorts a model's fields by this: key first, then as declared


class VersionedModel(BaseModel):
    """A record people edit: every save through a service states the version it read and counts it up, so that a
    save over someone else's change (another LeerWerk on the same server) is refused instead of overwriting it."""

    version = AddedLastField(default=1, constraints=[SQL("DEFAULT 1")])

    @classmethod
    def update(cls, __data=None, **update):
        """Every write of these records counts the version up, also the ones of many rows at once (an import, the
        cancelling of meetings when a period ends early), so that a dialog opened before them does not save over
        them; a write that states the version (a service's save) keeps the one it states."""
        data = cls._normalize_data(__data, update)
        if not any(field is cls.version for field in data):
            data[cls.version] = cls.version + 1
        return ModelUpdate(cls, data)


class TimestampedModel(VersionedModel):
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class PersonName(TimestampedModel):
    """First name, Dutch tussenvoegsel and last name, shown as "Zoë van der Berg", sorted under B."""

    first_name = TextField()
    name_prefix = TextField(default="")
    last_name = TextField()

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.name_prefix, self.last_name)

    @property
    def sort_name(self) -> str:
        return sort_name(self.first_name, self.name_prefix, self.last_name)


class NamedRow:
    """For read-only rows with `first_name`, `name_prefix` and `last_name` (lists built from one query)."""

    __slots__ = ()

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.name_prefix, self.last_name)

    @property
    def sort_name(self) -> str:
        return sort_name(self.first_name, self.name_prefix, self.last_name)


def display_name(first: str | None, prefix: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, prefix, last) if part)


def iso_date(value) -> dt.date | None:
    """A date read by plain SQL (text such as "2026-11-21" or "2026-11-21 10:00:00"), as a date."""
    if not value:
        return None
    return value if type(value) is dt.date else dt.date.fromisoformat(str(value)[:10])


def sort_name(first: str | None, prefix: str | None, last: str | None) -> str:
    """Last name first, without the tussenvoegsel in front: "Berg, Zoë van der" sorts under B."""
    if not last:
        return display_name(first, prefix, last)
    return f"{last}, {display_name(first, prefix, None)}"


# -- Organisation and reference data ---------------------------------------------------------------


class Organisation(TimestampedModel):
    """The one organisation this database belongs to (a single row)."""

    name = TextField(default="")
    address = TextField(default="")
    postal_code = TextField(default="")
    city = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    sbb_id = TextField(default="")
    logo = BlobField(null=True)
    logo_mime = TextField(null=True)


class AppSetting(BoundModel):
    """Settings that belong to the database, not to the user (e.g. expiry warning days)."""

    key = TextField(primary_key=True)
    value = TextField()


class Location(TimestampedModel):
    name = TextField(unique=True)
    address = TextField(default="")
    city = TextField(default="")
    active = BooleanField(default=True)


class Team(TimestampedModel):
    location = ForeignKeyField(Location, backref="teams", on_delete="RESTRICT")
    name = TextField()
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("location", "name"), True),)


class Staff(PersonName):
    employee_number = TextField(null=True, unique=True)
    email = TextField(default="")
    phone = TextField(default="")
    job_title = TextField(default="")
    team = ForeignKeyField(Team, null=True, backref="staff", on_delete="SET NULL")
    active = BooleanField(default=True)
    fte = DecimalField(
        max_digits=3, decimal_places=2, null=True, constraints=[Check("fte IS NULL OR (fte > 0 AND fte <= 1.5)")]
    )
    # Where a staff member without a team works; in a team, the team's location counts.
    location = ForeignKeyField(Location, null=True, backref="staff", on_delete="SET NULL")


class StaffRole(VersionedModel):
    staff = ForeignKeyField(Staff, backref="roles", on_delete="CASCADE")
    role = TextField(constraints=[one_of("role", choices.STAFF_ROLES)])
    since = DateField(null=True)
    certified_until = DateField(null=True)

    class Meta:
        indexes = ((("staff", "role"), True),)


class School(TimestampedModel):
    name = TextField(unique=True)
    kind = TextField(default="mbo", constraints=[one_of("kind", choices.SCHOOL_KINDS)])
    brin = TextField(default="")
    address = TextField(default="")
    city = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    active = BooleanField(default=True)


class SchoolSupervisor(PersonName):
    """The school's BPV supervisor (bpv-begeleider / bpv-docent)."""

    school = ForeignKeyField(School, backref="supervisors", on_delete="RESTRICT")
    email = TextField(default="")
    phone = TextField(default="")
    active = BooleanField(default=True)


class Programme(TimestampedModel):
    """A qualification (opleiding): name, crebo, level and pathway, per cohort."""

    name = TextField()
    crebo = TextField(
        null=True, constraints=[Check("crebo IS NULL OR (length(crebo) = 5 AND crebo NOT GLOB '*[^0-9]*')")]
    )
    level = TextField(constraints=[one_of("level", choices.LEVELS)])
    pathway = TextField(null=True, constraints=[one_of("pathway", choices.PATHWAYS, nullable=True)])
    cohort = IntegerField(null=True)
    active = BooleanField(default=True)


class WorkProcess(VersionedModel):
    """A werkproces of a programme (code such as "B1-K1-W2" and title)."""

    programme = ForeignKeyField(Programme, backref="work_processes", on_delete="CASCADE")
    code = TextField()
    title = TextField()
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("programme", "code"), True),)


# -- Learners and their BPV periods ----------------------------------------------------------------


class Learner(PersonName):
    birth_date = DateField(null=True)
    email = TextField(default="")
    phone = TextField(default="")
    address = TextField(default="")
    postal_code = TextField(default="")
    city = TextField(default="")
    student_number = TextField(default="")
    learner_type = TextField(constraints=[one_of("learner_type", choices.LEARNER_TYPES)])
    staff = ForeignKeyField(Staff, null=True, backref="learner_records", on_delete="SET NULL")
    notes = TextField(default="")
    archived = BooleanField(default=False)

    class Meta:
        indexes = ((("last_name", "first_name"), False),)


class BpvPeriod(TimestampedModel):
    """A placement (BPV period) of a learner, with its phase and status."""

    learner = ForeignKeyField(Learner, backref="periods", on_delete="CASCADE")
    programme = ForeignKeyField(Programme, backref="periods", on_delete="RESTRICT")
    school = ForeignKeyField(School, backref="periods", on_delete="RESTRICT")
    school_supervisor = ForeignKeyField(SchoolSupervisor, null=True, backref="periods", on_delete="SET NULL")
    team = ForeignKeyField(Team, null=True, backref="periods", on_delete="SET NULL")
    practice_trainer = ForeignKeyField(Staff, null=True, backref="trainee_periods", on_delete="SET NULL")
    work_supervisor = ForeignKeyField(Staff, null=True, backref="supervised_periods", on_delete="SET NULL")
    contract_type = TextField(constraints=[one_of("contract_type", choices.CONTRACT_TYPES)])
    start_date = DateField()
    end_date = DateField(null=True)
    hours_per_week = DecimalField(max_digits=5, decimal_places=2, null=True)
    planned_hours = IntegerField(null=True)
    realised_hours = IntegerField(null=True)
    supernumerary_until = DateField(null=True)
    supervisor_meeting_weeks = IntegerField(default=2, constraints=[Check("supervisor_meeting_weeks IN (1, 2)")])
    phase = TextField(default="introduction", constraints=[one_of("phase", choices.PHASES)])
    status = TextField(default="planned", constraints=[one_of("status", choices.PERIOD_STATUSES)])
    ended_on = DateField(null=True)
    end_reason = TextField(null=True, constraints=[one_of("end_reason", choices.END_REASONS, nullable=True)])
    end_reason_text = TextField(default="")
    notes = TextField(default="")

    class Meta:
        constraints = [
            SQL("CHECK (end_date IS NULL OR end_date >= start_date)"),
            SQL("CHECK (status <> 'ended_early' OR ended_on IS NOT NULL)"),
        ]


class PhaseTaskTemplate(BaseModel):
    """A row of the organisation's task table per BPV phase and role (Bijlage 2 of the L&O policy)."""

    phase = TextField(constraints=[one_of("phase", choices.PHASES)])
    role = TextField(constraints=[one_of("role", choices.TASK_ROLES)])
    position = IntegerField(default=0)
    title = TextField()
    applies_to_mio = BooleanField(default=True)
    active = BooleanField(default=True)


class PhaseTask(VersionedModel):
    period = ForeignKeyField(BpvPeriod, backref="tasks", on_delete="CASCADE")
    template = ForeignKeyField(PhaseTaskTemplate, null=True, backref="tasks", on_delete="SET NULL")
    phase = TextField(constraints=[one_of("phase", choices.PHASES)])
    role = TextField(constraints=[one_of("role", choices.TASK_ROLES)])
    position = IntegerField(default=0)
    title = TextField()
    done_on = DateField(null=True)
    notes = TextField(default="")
    cancelled = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


class Meeting(VersionedModel):
    # Found by the (period, planned_on) index below, which a period's meetings lead: no index of its own to keep up
    # for every meeting written (schema 19).
    period = ForeignKeyField(BpvPeriod, backref="meetings", on_delete="CASCADE", index=False)
    kind = TextField(constraints=[one_of("kind", choices.MEETING_KINDS)])
    planned_on = DateField(null=True)
    held_on = DateField(null=True)
    cancelled = BooleanField(default=False)
    participants = TextField(default="")
    notes = TextField(default="")

    class Meta:
        indexes = ((("period", "planned_on"), False),)


# The agenda reads the open meetings and tasks: a few among very many.
Meeting.add_index(
    Meeting.index(Meeting.period, Meeting.planned_on, Meeting.kind, name="meeting_open").where(
        Meeting.held_on.is_null() & (Meeting.cancelled == 0)
    )
)
PhaseTask.add_index(
    PhaseTask.index(PhaseTask.period, PhaseTask.phase, PhaseTask.role, PhaseTask.title, name="phase_task_open").where(
        PhaseTask.done_on.is_null() & (PhaseTask.cancelled == 0)
    )
)


# -- Coaching ---------------------------------------------------------------------------------------


class Training(TimestampedModel):
    title = TextField()
    kind = TextField(constraints=[one_of("kind", choices.TRAINING_KINDS)])
    dayparts = IntegerField(null=True)
    hours = DecimalField(max_digits=6, decimal_places=2, null=True)
    provider_kind = TextField(default="internal", constraints=[one_of("provider_kind", choices.PROVIDER_KINDS)])
    provider_name = TextField(default="")
    cost = DecimalField(max_digits=10, decimal_places=2, null=True)
    description = TextField(default="")
    mandatory = BooleanField(default=False)
    validity_months = IntegerField(null=True, constraints=[Check("validity_months IS NULL OR validity_months > 0")])
    active = BooleanField(default=True)


class TrainingModule(VersionedModel):
    """A training that is a module of a larger programme of trainings (e.g. leertraject vakmanschap)."""

    programme = ForeignKeyField(Training, backref="modules", on_delete="CASCADE")
    module = ForeignKeyField(Training, backref="part_of", on_delete="RESTRICT")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("programme", "module"), True),)
        constraints = [SQL("CHECK (programme_id <> module_id)")]


class TrainingRequirement(VersionedModel):
    """For whom a mandatory training is required: a staff role or a learner type."""

    training = ForeignKeyField(Training, backref="requirements", on_delete="CASCADE")
    role = TextField(null=True, constraints=[one_of("role", choices.STAFF_ROLES, nullable=True)])
    learner_type = TextField(null=True, constraints=[one_of("learner_type", choices.LEARNER_TYPES, nullable=True)])
    all_staff = BooleanField(default=False)


class TrainingSession(TimestampedModel):
    training = ForeignKeyField(Training, backref="sessions", on_delete="CASCADE")
    location = ForeignKeyField(Location, null=True, backref="sessions", on_delete="SET NULL")
    venue = TextField(default="")
    trainer = ForeignKeyField(Staff, null=True, backref="sessions_given", on_delete="SET NULL")
    external_trainer = TextField(default="")
    capacity = IntegerField(null=True, constraints=[Check("capacity IS NULL OR capacity > 0")])
    cancelled = BooleanField(default=False)
    notes = TextField(default="")


class SessionDate(VersionedModel):
    session = ForeignKeyField(TrainingSession, backref="dates", on_delete="CASCADE")
    date = DateField()
    daypart = TextField(constraints=[one_of("daypart", choices.DAYPARTS)])
    start_time = TextField(default="")
    end_time = TextField(default="")


class Enrolment(TimestampedModel):
    training = ForeignKeyField(Training, backref="enrolments", on_delete="RESTRICT")
    session = ForeignKeyField(TrainingSession, null=True, backref="enrolments", on_delete="SET NULL")
    staff = ForeignKeyField(Staff, null=True, backref="enrolments", on_delete="CASCADE")
    learner = ForeignKeyField(Learner, null=True, backref="enrolments", on_delete="CASCADE")
    status = TextField(default="enrolled", constraints=[one_of("status", choices.ENROLMENT_STATUSES)])
    enrolled_on = DateField(default=clock.today)
    waiting_since = DateTimeField(null=True)
    completed_on = DateField(null=True)
    cancelled_on = DateField(null=True)
    notes = TextField(default="")
    score = TextField(default="", constraints=[SQL("DEFAULT ''")])  # as a platform writes it: "85", "8,5", "Voldoende"

    class Meta:
        constraints = [exactly_one_of("staff_id", "learner_id")]


class Attendance(VersionedModel):
    enrolment = ForeignKeyField(Enrolment, backref="attendance", on_delete="CASCADE")
    session_date = ForeignKeyField(SessionDate, backref="attendance", on_delete="CASCADE")
    present = BooleanField()

    class Meta:
        indexes = ((("enrolment", "session_date"), True),)


class Certificate(VersionedModel):
    training = ForeignKeyField(Training, backref="certificates", on_delete="RESTRICT")
    enrolment = ForeignKeyField(Enrolment, null=True, backref="certificates", on_delete="SET NULL")
    staff = ForeignKeyField(Staff, null=True, backref="certificates", on_delete="CASCADE")
    learner = ForeignKeyField(Learner, null=True, backref="certificates", on_delete="CASCADE")
    issued_on = DateField()
    expires_on = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        constraints = [
            exactly_one_of("staff_id", "learner_id"),
            SQL("CHECK (expires_on IS NULL OR expires_on >= issued_on)"),
        ]
        indexes = (
            (("training", "expires_on"), False),
            (("staff", "training", "expires_on"), False),
            (("learner", "training", "expires_on"), False),
        )


class CoachingTrajectory(TimestampedModel):
    kind = TextField(constraints=[one_of("kind", choices.TRAJECTORY_KINDS)])
    participant_staff = ForeignKeyField(Staff, null=True, backref="coached_trajectories", on_delete="CASCADE")
    participant_learner = ForeignKeyField(Learner, null=True, backref="coached_trajectories", on_delete="CASCADE")
    coach = ForeignKeyField(Staff, backref="coaching_trajectories", on_delete="RESTRICT")
    manager = ForeignKeyField(Staff, null=True, backref="managed_trajectories", on_delete="SET NULL")
    enrolment = ForeignKeyField(Enrolment, null=True, backref="trajectories", on_delete="SET NULL")
    status = TextField(default="planned", constraints=[one_of("status", choices.TRAJECTORY_STATUSES)])
    started_on = DateField(null=True)
    ended_on = DateField(null=True)
    training_ends_on = DateField(null=True)
    manager_expectations = TextField(default="")
    manager_contribution = TextField(default="")
    notes = TextField(default="")

    class Meta:
        constraints = [exactly_one_of("participant_staff_id", "participant_learner_id")]


class CoachingStep(BaseModel):
    trajectory = ForeignKeyField(CoachingTrajectory, backref="steps", on_delete="CASCADE")
    kind = TextField(constraints=[one_of("kind", choices.COACHING_STEPS)])
    position = IntegerField(default=0)
    planned_on = DateField(null=True)
    held_on = DateField(null=True)
    participants = TextField(default="")
    notes = TextField(default="")


class CoachMeeting(VersionedModel):
    """The twice-yearly meeting of the coaches."""

    held_on = DateField()
    notes = TextField(default="")


class CoachMeetingAttendee(BaseModel):
    meeting = ForeignKeyField(CoachMeeting, backref="attendees", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, backref="coach_meetings", on_delete="CASCADE")

    class Meta:
        indexes = ((("meeting", "staff"), True),)


class LearningGoal(TimestampedModel):
    """A learning goal of a BPV period, of a training enrolment, or of a coaching trajectory."""

    period = ForeignKeyField(BpvPeriod, null=True, backref="goals", on_delete="CASCADE")
    enrolment = ForeignKeyField(Enrolment, null=True, backref="goals", on_delete="CASCADE")
    trajectory = ForeignKeyField(CoachingTrajectory, null=True, backref="goals", on_delete="CASCADE")
    position = IntegerField(default=0)
    text = TextField()
    status = TextField(default="open", constraints=[one_of("status", choices.GOAL_STATUSES)])
    review = TextField(default="")
    reviewed_by = ForeignKeyField(Staff, null=True, backref="reviewed_goals", on_delete="SET NULL")
    reviewed_on = DateField(null=True)

    class Meta:
        constraints = [exactly_one_of("period_id", "enrolment_id", "trajectory_id")]


# -- BPV forms and signatures -------------------------------------------------------------------------


class PracticeAssignment(TimestampedModel):
    """A praktijkopdracht for a BPV period."""

    number = TextField(unique=True)
    period = ForeignKeyField(BpvPeriod, backref="assignments", on_delete="RESTRICT")
    title = TextField()
    description = TextField(default="")
    deadline = DateField(null=True)
    assessment_method = TextField(default="")
    status = TextField(default="draft", constraints=[one_of("status", choices.ASSIGNMENT_STATUSES)])
    language = TextField(default="nl", constraints=[Check("language IN ('nl', 'en')")])
    handed_to_school_at = DateTimeField(null=True)  # when a draft e-mail to the bpv-begeleider was made


class AssignmentWorkProcess(BaseModel):
    assignment = ForeignKeyField(PracticeAssignment, backref="work_processes", on_delete="CASCADE")
    work_process = ForeignKeyField(WorkProcess, backref="assignments", on_delete="RESTRICT")

    class Meta:
        indexes = ((("assignment", "work_process"), True),)


class AssignmentGoal(BaseModel):
    assignment = ForeignKeyField(PracticeAssignment, backref="goals", on_delete="CASCADE")
    goal = ForeignKeyField(LearningGoal, backref="assignments", on_delete="CASCADE")

    class Meta:
        indexes = ((("assignment", "goal"), True),)


class Assessment(TimestampedModel):
    """A beoordelingsformulier for a BPV period: induction assignment, interim or final."""

    number = TextField(unique=True)
    period = ForeignKeyField(BpvPeriod, backref="assessments", on_delete="RESTRICT")
    kind = TextField(constraints=[one_of("kind", choices.ASSESSMENT_KINDS)])
    talk_date = DateField(null=True)
    due_on = DateField(null=True)
    attitude_score = TextField(null=True, constraints=[one_of("attitude_score", choices.SCORES, nullable=True)])
    attitude_remarks = TextField(default="")
    overall_score = TextField(null=True, constraints=[one_of("overall_score", choices.SCORES, nullable=True)])
    overall_judgement = TextField(default="")
    planned_hours = IntegerField(null=True)
    realised_hours = IntegerField(null=True)
    participants = TextField(default="")
    status = TextField(default="draft", constraints=[one_of("status", choices.ASSESSMENT_STATUSES)])
    language = TextField(default="nl", constraints=[Check("language IN ('nl', 'en')")])
    handed_to_school_at = DateTimeField(null=True)  # when a draft e-mail to the bpv-begeleider was made


class AssessmentScore(BaseModel):
    assessment = ForeignKeyField(Assessment, backref="scores", on_delete="CASCADE")
    work_process = ForeignKeyField(WorkProcess, backref="scores", on_delete="RESTRICT")
    score = TextField(null=True, constraints=[one_of("score", choices.SCORES, nullable=True)])
    remarks = TextField(default="")

    class Meta:
        indexes = ((("assessment", "work_process"), True),)


class Signature(BaseModel):
    """A signature on a form (or a coaching intake agreement), tied to a hash of the signed content."""

    assignment = ForeignKeyField(PracticeAssignment, null=True, backref="signatures", on_delete="CASCADE")
    assessment = ForeignKeyField(Assessment, null=True, backref="signatures", on_delete="CASCADE")
    trajectory = ForeignKeyField(CoachingTrajectory, null=True, backref="signatures", on_delete="CASCADE")
    signer_role = TextField(constraints=[one_of("signer_role", choices.SIGNER_ROLES)])
    signer_name = TextField()
    method = TextField(null=True, constraints=[one_of("method", choices.SIGNATURE_METHODS, nullable=True)])
    signed_at = DateTimeField(null=True)
    image = BlobField(null=True)
    scan = BlobField(null=True)
    scan_name = TextField(default="")
    content_hash = TextField(null=True, constraints=[Check("content_hash IS NULL OR length(content_hash) = 64")])
    voided_at = DateTimeField(null=True)
    stage = TextField(default="final", constraints=[SQL("DEFAULT 'final'"), one_of("stage", choices.SIGNATURE_STAGES)])

    class Meta:
        constraints = [exactly_one_of("assignment_id", "assessment_id", "trajectory_id")]


# The agenda reads the forms still in progress and the signatures still to be set, with what it needs of them.
PracticeAssignment.add_index(
    PracticeAssignment.index(
        PracticeAssignment.period,
        PracticeAssignment.status,
        PracticeAssignment.deadline,
        PracticeAssignment.number,
        PracticeAssignment.title,
        name="practice_assignment_open",
    ).where(PracticeAssignment.status != "signed_off")
)
Assessment.add_index(
    Assessment.index(
        Assessment.period,
        Assessment.status,
        Assessment.due_on,
        Assessment.number,
        Assessment.kind,
        name="assessment_open",
    ).where(Assessment.status != "signed")
)
# The forms list reads the forms in the order of their due dates (schema 22).
PracticeAssignment.add_index(
    PracticeAssignment.index(PracticeAssignment.deadline, PracticeAssignment.id, name="practice_assignment_deadline_id")
)
Assessment.add_index(Assessment.index(Assessment.due_on, Assessment.id, name="assessment_due_on_id"))
# The forms list finds a title or a kind, and their distinct values, through an index (schema 23).
PracticeAssignment.add_index(
    PracticeAssignment.index(
        PracticeAssignment.title, PracticeAssignment.deadline, PracticeAssignment.id, name="practice_assignment_title"
    )
)
Assessment.add_index(Assessment.index(Assessment.kind, Assessment.due_on, Assessment.id, name="assessment_kind"))
Signature.add_index(
    Signature.index(
        Signature.stage, Signature.assignment, Signature.assessment, Signature.signer_role, name="signature_pending"
    ).where(Signature.signed_at.is_null() & Signature.voided_at.is_null())
)


# -- Agreements and recognition ----------------------------------------------------------------------


class Agreement(TimestampedModel):
    """An agreement behind a BPV period (a POK, a leerarbeids- or studieovereenkomst, an HBO school's own),
    with its progress, who signed it when, the Leerbedrijf ID on it and the scan, kept in the database so
    that a backup holds it."""

    period = ForeignKeyField(BpvPeriod, backref="agreements", on_delete="CASCADE")
    kind = TextField(constraints=[one_of("kind", choices.AGREEMENT_KINDS)])
    status = TextField(default="to_request", constraints=[one_of("status", choices.AGREEMENT_STATUSES)])
    requested_on = DateField(null=True)
    received_on = DateField(null=True)
    learner_signed_on = DateField(null=True)
    school_signed_on = DateField(null=True)
    company_signed_on = DateField(null=True)
    signed_on = DateField(null=True)
    ended_on = DateField(null=True)
    sbb_id = TextField(default="")
    scan = BlobField(null=True)
    scan_name = TextField(default="")
    notes = TextField(default="")

    class Meta:
        constraints = [
            SQL("CHECK (status <> 'signed' OR signed_on IS NOT NULL)"),
            SQL("CHECK (status <> 'ended' OR ended_on IS NOT NULL)"),
        ]


class SbbRecognition(TimestampedModel):
    """The organisation's recognition by SBB as leerbedrijf for one qualification (crebo), for a time."""

    crebo = TextField(constraints=[Check("length(crebo) = 5 AND crebo NOT GLOB '*[^0-9]*'")])
    starts_on = DateField()
    ends_on = DateField()
    notes = TextField(default="")

    class Meta:
        constraints = [SQL("CHECK (ends_on >= starts_on)")]
        indexes = ((("crebo", "starts_on"), True),)


# -- Training budget, external requests and the yearly plan ---------------------------------------------


class TrainingBudget(TimestampedModel):
    """What is set aside for training in a year: for the whole organisation (no location) or per location."""

    year = IntegerField(constraints=[Check("year BETWEEN 2000 AND 2100")])
    location = ForeignKeyField(Location, null=True, backref="training_budgets", on_delete="RESTRICT")
    amount = DecimalField(max_digits=12, decimal_places=2, constraints=[Check("amount >= 0")])
    notes = TextField(default="")

    class Meta:
        indexes = ((("year", "location"), True),)


class ExternalTrainingRequest(TimestampedModel):
    """A staff member's request for an external training, decided by their manager (approved with an
    enrolment when it names a catalogue training, or refused with a reason)."""

    staff = ForeignKeyField(Staff, backref="external_requests", on_delete="CASCADE")
    title = TextField()
    provider_name = TextField(default="")
    cost = DecimalField(max_digits=10, decimal_places=2, constraints=[Check("cost >= 0")])
    first_day = DateField(index=True)
    last_day = DateField(null=True)
    requested_on = DateField(default=clock.today)
    manager = ForeignKeyField(Staff, null=True, backref="decided_requests", on_delete="SET NULL")
    decision = TextField(default="pending", constraints=[one_of("decision", choices.REQUEST_DECISIONS)])
    decided_on = DateField(null=True)
    reason = TextField(default="")
    training = ForeignKeyField(Training, null=True, backref="external_requests", on_delete="SET NULL")
    enrolment = ForeignKeyField(Enrolment, null=True, backref="external_requests", on_delete="SET NULL")
    notes = TextField(default="")

    class Meta:
        constraints = [
            SQL("CHECK (last_day IS NULL OR last_day >= first_day)"),
            SQL("CHECK (decision = 'pending' OR decided_on IS NOT NULL)"),
            SQL("CHECK (decision <> 'refused' OR reason <> '')"),
        ]


class TrainingPlanSnapshot(BaseModel):
    """The yearly training plan as the works council agreed to it (JSON), kept unchanged: the database's
    triggers refuse to update or delete it."""

    created_at = DateTimeField(default=_now)
    year = IntegerField(index=True, constraints=[Check("year BETWEEN 2000 AND 2100")])
    agreed_on = DateField()
    notes = TextField(default="")
    content = TextField()


# -- Student satisfaction and audit ---------------------------------------------------------------


class EvaluationQuestion(VersionedModel):
    """A question of the studentwaardering questionnaire."""

    position = IntegerField(default=0)
    section = TextField(default="")
    text = TextField()
    kind = TextField(default="scale", constraints=[one_of("kind", choices.QUESTION_KINDS)])
    active = BooleanField(default=True)


class StudentEvaluation(BaseModel):
    """The studentwaardering of one period: at most one, however it came in."""

    period = ForeignKeyField(BpvPeriod, backref="evaluations", on_delete="CASCADE", unique=True)
    submitted_on = DateField()
    source = TextField(
        default="typed",
        constraints=[one_of("source", choices.EVALUATION_SOURCES), SQL("DEFAULT 'typed'")],
    )


class EvaluationAnswer(BaseModel):
    evaluation = ForeignKeyField(StudentEvaluation, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(EvaluationQuestion, backref="answers", on_delete="RESTRICT")
    score = IntegerField(null=True, constraints=[Check("score IS NULL OR score BETWEEN 1 AND 5")])
    text = TextField(default="")

    class Meta:
        indexes = ((("evaluation", "question"), True),)


class FormColumn(BaseModel):
    """A column heading of an online form's export, matched once to the question it asks, or to none: a
    column the coordinator chose not to use."""

    heading = TextField(unique=True)
    question = ForeignKeyField(EvaluationQuestion, backref="form_columns", null=True, on_delete="CASCADE")


class CourseName(BaseModel):
    """A course name of the learning platform's completions export, matched once to the training it is."""

    name = TextField(unique=True)  # folded, as `completions.course_key` makes it
    training = ForeignKeyField(Training, backref="course_names", on_delete="CASCADE")


class PeriodEvaluation(TimestampedModel):
    """The evaluation talk at the end of a BPV period (student, praktijkopleider, bpv-begeleider)."""

    period = ForeignKeyField(BpvPeriod, backref="period_evaluations", on_delete="CASCADE", unique=True)
    held_on = DateField()
    participants = TextField(default="")
    went_well = TextField(default="")
    improvements = TextField(default="")


class SchoolEvaluation(TimestampedModel):
    """The yearly evaluation of the cooperation with a school."""

    school = ForeignKeyField(School, backref="evaluations", on_delete="CASCADE")
    held_on = DateField()
    participants = TextField(default="")
    agreements = TextField(default="")
    follow_up_on = DateField(null=True)

    class Meta:
        constraints = [Check("follow_up_on IS NULL OR follow_up_on > held_on")]


class DevelopmentTalk(TimestampedModel):
    """A POAP recorded or a development talk held with the manager (001, Bijlage 3): every two years."""

    staff = ForeignKeyField(Staff, backref="development_talks", on_delete="CASCADE")
    kind = TextField(constraints=[one_of("kind", choices.DEVELOPMENT_KINDS)])
    held_on = DateField()
    manager = ForeignKeyField(Staff, null=True, backref="held_development_talks", on_delete="SET NULL")
    notes = TextField(default="")

    class Meta:
        indexes = ((("staff", "kind", "held_on", "manager"), False),)


# -- Learning climate -----------------------------------------------------------------------------


class ClimateStatement(VersionedModel):
    """A statement of the team scan about one capacity of the LeerWerkKlimaat, scored 1 to 5."""

    capacity = TextField(constraints=[one_of("capacity", choices.CAPACITIES)])
    position = IntegerField(default=0)
    text = TextField()
    active = BooleanField(default=True)


class ScanRound(TimestampedModel):
    """A round of the team scan: which teams answer, from when to when."""

    name = TextField()
    starts_on = DateField()
    ends_on = DateField()

    class Meta:
        constraints = [Check("ends_on >= starts_on")]


class ScanRoundTeam(BaseModel):
    round = ForeignKeyField(ScanRound, backref="teams", on_delete="CASCADE")
    team = ForeignKeyField(Team, backref="scan_rounds", on_delete="RESTRICT")

    class Meta:
        indexes = ((("round", "team"), True),)


class ScanResponse(BaseModel):
    """One team member's answers in a round: the team, never the person."""

    round = ForeignKeyField(ScanRound, backref="responses", on_delete="CASCADE")
    team = ForeignKeyField(Team, backref="scan_responses", on_delete="RESTRICT")
    source = TextField(default="typed", constraints=[one_of("source", choices.SCAN_SOURCES)])


class ScanReceipt(BaseModel):
    """What a response imported into a round is known by in a later export of its form (`climate_import.receipt`):
    kept apart from the responses, so that it says nothing of anyone's team or answers."""

    round = ForeignKeyField(ScanRound, backref="receipts", on_delete="CASCADE")
    digest = TextField()

    class Meta:
        indexes = ((("round", "digest"), True),)


class ScanAnswer(BaseModel):
    response = ForeignKeyField(ScanResponse, backref="answers", on_delete="CASCADE")
    statement = ForeignKeyField(ClimateStatement, backref="answers", on_delete="RESTRICT")
    score = IntegerField(constraints=[Check("score BETWEEN 1 AND 5")])

    class Meta:
        indexes = ((("response", "statement"), True),)


class TeamAction(TimestampedModel):
    """What a team agreed to do after its scan: what, who, by when, and when it was done."""

    team = ForeignKeyField(Team, backref="climate_actions", on_delete="CASCADE")
    round = ForeignKeyField(ScanRound, null=True, backref="actions", on_delete="SET NULL")
    what = TextField()
    who = TextField(default="")
    due_on = DateField(null=True)
    done_on = DateField(null=True)


class LearningGroup(TimestampedModel):
    """A group that learns together on a rhythm (the praktijkopleiders' intervisie, a team's case discussion)."""

    kind = TextField(constraints=[one_of("kind", choices.REGISTER_KINDS)])
    name = TextField()
    rhythm_weeks = IntegerField(null=True, constraints=[Check("rhythm_weeks IS NULL OR rhythm_weeks > 0")])
    active = BooleanField(default=True)


class LearningSession(TimestampedModel):
    """One meeting where colleagues learned together. Notes never hold client data."""

    kind = TextField(constraints=[one_of("kind", choices.REGISTER_KINDS)])
    group = ForeignKeyField(LearningGroup, null=True, backref="sessions", on_delete="SET NULL")
    held_on = DateField()
    facilitator = ForeignKeyField(Staff, null=True, backref="facilitated_sessions", on_delete="SET NULL")
    topic = TextField(default="")
    notes = TextField(default="")


class LearningSessionParticipant(BaseModel):
    session = ForeignKeyField(LearningSession, backref="participants", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, backref="learning_sessions", on_delete="CASCADE")

    class Meta:
        indexes = ((("session", "staff"), True),)


class AuditEntry(BaseModel):
    """Who changed what and when: record ids and field names only, never personal data."""

    at = DateTimeField(default=_now)
    user = TextField(default="")
    action = TextField(constraints=[one_of("action", choices.AUDIT_ACTIONS)])
    table_name = TextField()
    record_id = IntegerField(null=True)
    changed_fields = TextField(default="")

    class Meta:
        table_name = "audit_log"


# -- The Learners tab's lines (written by services.learner_list; see migration 17) -------------------------------


class LearnerLine(BoundModel):
    """A learner's line of the list: what it is filtered, sorted and searched by, folded once when written."""

    id = IntegerField(primary_key=True)
    archived = BooleanField()
    learner_type = TextField()
    period_id = IntegerField(null=True)
    status = TextField(null=True)
    phase = TextField(null=True)
    level = TextField(null=True)
    crebo = TextField(null=True)
    location_id = IntegerField(null=True)
    practice_trainer_id = IntegerField(null=True)
    start_date = DateField(null=True)
    next_meeting = DateField(null=True)
    attention = IntegerField()  # concerns that hold whatever the day
    agreement_gaps = IntegerField()  # agreements missing: a concern from the period's start
    attention_codes = TextField()
    name_key = TextField()
    programme_key = TextField(null=True)
    pathway_key = TextField(null=True)
    school_key = TextField(null=True)
    location_key = TextField(null=True)
    team_key = TextField(null=True)
    trainer_key = TextField(null=True)
    supervisor_key = TextField(null=True)
    search = TextField()

    class Meta:
        indexes = (
            (("name_key", "id", "archived", "search"), False),
            (("location_id",), False),
            (("practice_trainer_id",), False),
        )


class LearnerLineStale(BoundModel):
    """A learner whose line a change took away, to be written again before the list is read."""

    learner_id = IntegerField(primary_key=True)


class LearnerLinePaused(BoundModel):
    """Holds a row only inside a bulk write's own transaction, while the line triggers wait (migration 19)."""

    paused = IntegerField()

    class Meta:
        primary_key = False  # no key: concurrent bulk writes on a server each hold their own row, and wait for none


ALL_MODELS: list[type[BaseModel]] = [
    Organisation,
    AppSetting,
    Location,
    Team,
    Staff,
    StaffRole,
    School,
    SchoolSupervisor,
    Programme,
    WorkProcess,
    Learner,
    BpvPeriod,
    PhaseTaskTemplate,
    PhaseTask,
    Meeting,
    Training,
    TrainingModule,
    TrainingRequirement,
    TrainingSession,
    SessionDate,
    Enrolment,
    Attendance,
    Certificate,
    CoachingTrajectory,
    CoachingStep,
    CoachMeeting,
    CoachMeetingAttendee,
    LearningGoal,
    PracticeAssignment,
    AssignmentWorkProcess,
    AssignmentGoal,
    Assessment,
    AssessmentScore,
    Signature,
    Agreement,
    SbbRecognition,
    EvaluationQuestion,
    StudentEvaluation,
    EvaluationAnswer,
    FormColumn,
    CourseName,
    PeriodEvaluation,
    SchoolEvaluation,
    TrainingBudget,
    ExternalTrainingRequest,
    TrainingPlanSnapshot,
    DevelopmentTalk,
    ClimateStatement,
    ScanRound,
    ScanRoundTeam,
    ScanResponse,
    ScanAnswer,
    ScanReceipt,
    TeamAction,
    LearningGroup,
    LearningSession,
    LearningSessionParticipant,
    AuditEntry,
    LearnerLine,
    LearnerLineStale,
    LearnerLinePaused,
]
