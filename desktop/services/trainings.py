"""The training catalogue and its sessions: the rules a coordinator expects, and the services `service_for` gives.

A training is an item of the catalogue (a classroom course, an e-learning, a programme made of other
trainings); a session is one run of a training on one or more dates. Enrolments, attendance and
certificates follow their own rules in `training_enrolments`. `TRAINING_SERVICES` is what
`desktop.services.catalogue` registers, so `service_for(Training)` and friends return these classes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.base import CrudService, Snapshot, audit, refusal_from_history
from desktop.services.training_enrolments import (
    AttendanceService,
    CertificateService,
    EnrolmentService,
    seats_taken,
)
from desktop.storage import choices
from desktop.storage.models import (
    AuditEntry,
    Certificate,
    CoachingTrajectory,
    Enrolment,
    SessionDate,
    Staff,
    StaffRole,
    Team,
    Training,
    TrainingModule,
    TrainingRequirement,
    TrainingSession,
    db,
)
from desktop.textsearch import fold

TIME_RE = re.compile(r"^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$")
# A requirement is for a staff role, a learner type or all staff: (role, learner_type, all_staff).
Requirement = tuple[str | None, str | None, bool]
ALL_STAFF: Requirement = (None, None, True)


def _title_taken(title: str | None, instance: Training | None) -> bool:
    """Whether another training has `title`, ignoring case and diacritics ("BHV" is "bhv" to a person)."""
    if not title:
        return False
    query = Training.select(Training.id, Training.title)
    if instance is not None:
        query = query.where(Training.id != instance.id)
    wanted = fold(title)
    return any(fold(row.title) == wanted for row in query)


class TrainingService(CrudService):
    model = Training
    vocabularies = {"kind": choices.TRAINING_KINDS, "provider_kind": choices.PROVIDER_KINDS}
    rules = {
        "title": lambda f, value: v.text(f, value, required=True, max_length=200),
        "dayparts": lambda f, value: v.integer(f, value, minimum=1, maximum=200),
        "hours": lambda f, value: v.decimal(f, value, minimum=0, maximum=10000),
        "provider_name": lambda f, value: v.text(f, value, max_length=150),
        "cost": lambda f, value: v.decimal(f, value, minimum=0, maximum=1_000_000),
        "validity_months": lambda f, value: v.integer(f, value, minimum=1, maximum=240),
    }

    def check(self, data, instance):
        if _title_taken(data.get("title"), instance):
            raise ValidationError("title", _("A training with this title already exists."))
        if data.get("kind") == "elearning":
            if data.get("dayparts"):
                raise ValidationError("dayparts", _("An e-learning has no half-days; give its hours instead."))
            if (
                instance is not None
                and TrainingSession.select().where(TrainingSession.training == instance.id).exists()
            ):
                raise ValidationError("kind", _("This training has sessions, and an e-learning has none."))

    def delete(self, record_id: int) -> Snapshot:
        """A training that people followed is part of their record: it is retired, not deleted."""
        training = self.get(record_id)
        followed = (
            Enrolment.select().where(Enrolment.training == training.id).exists()
            or Certificate.select().where(Certificate.training == training.id).exists()
        )
        if followed:
            raise ValidationError(
                "id",
                _("People have enrolled in or completed this training, so it is kept. Untick Active to retire it."),
            )
        programme = (
            Training.select(Training.title)
            .join(TrainingModule, on=TrainingModule.programme == Training.id)
            .where(TrainingModule.module == training.id)
            .first()
        )
        if programme is not None:
            raise ValidationError(
                "id",
                _("This training is a module of {programme}; remove it there first.").format(programme=programme.title),
            )
        return super().delete(record_id)


class TrainingModuleService(CrudService):
    model = TrainingModule


class TrainingRequirementService(CrudService):
    model = TrainingRequirement
    vocabularies = {"role": choices.STAFF_ROLES, "learner_type": choices.LEARNER_TYPES}

    def check(self, data, instance):
        given = sum((data.get("role") is not None, data.get("learner_type") is not None, bool(data.get("all_staff"))))
        if given != 1:
            raise ValidationError("role", _("A requirement is for one staff role, one learner type or all staff."))


class TrainingSessionService(CrudService):
    model = TrainingSession
    rules = {
        "capacity": lambda f, value: v.integer(f, value, minimum=1, maximum=1000),
        "venue": lambda f, value: v.text(f, value, max_length=150),
        "external_trainer": lambda f, value: v.text(f, value, max_length=150),
    }

    def check(self, data, instance):
        training = Training.get_or_none(id=data.get("training"))
        if training is not None and training.kind == "elearning":
            raise ValidationError("training", _("An e-learning has no sessions; enrol people in the training itself."))
        capacity = data.get("capacity")
        if instance is not None and capacity is not None:
            taken = seats_taken(instance.id)
            if capacity < taken:
                raise ValidationError(
                    "capacity",
                    _("{count} people already have a place; cancel enrolments before lowering the capacity.").format(
                        count=taken
                    ),
                )

    def delete(self, record_id: int) -> Snapshot:
        """A session people enrolled in stays, as their record: it is cancelled, not deleted."""
        session = self.get(record_id)
        if Enrolment.select().where(Enrolment.session == session.id).exists():
            raise ValidationError(
                "id", _("People have enrolled in this session; mark the session cancelled instead of deleting it.")
            )
        return super().delete(record_id)


def _time(field_name: str, value) -> str:
    raw = v.text(field_name, value, max_length=10)
    if not raw:
        return ""
    match = TIME_RE.match(raw)
    if match is None:
        raise ValidationError(field_name, _("Is not a time (use hh:mm, like 09:30)."))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


class SessionDateService(CrudService):
    model = SessionDate
    vocabularies = {"daypart": choices.DAYPARTS}
    rules = {"start_time": _time, "end_time": _time}

    def check(self, data, instance):
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            raise ValidationError("end_time", _("The end time lies before the start time."))
        same = SessionDate.select().where(
            (SessionDate.session == data.get("session"))
            & (SessionDate.date == data.get("date"))
            & (SessionDate.daypart == data.get("daypart"))
        )
        if instance is not None:
            same = same.where(SessionDate.id != instance.id)
        if same.exists():
            raise ValidationError("date", _("This session already has this date and part of day."))


TRAINING_SERVICES = [
    TrainingService,
    TrainingModuleService,
    TrainingRequirementService,
    TrainingSessionService,
    SessionDateService,
    EnrolmentService,
    AttendanceService,
    CertificateService,
]


# -- saving a training with its requirements and modules ------------------------------------------


@dataclass
class RowsChange:
    """The rows of a child table of one training, before and after they were replaced (for undo)."""

    model: type
    training_id: int
    before: list[dict]
    after: list[dict]


@dataclass
class TrainingSaved:
    training: Training
    created: bool
    previous: dict[str, Any] = field(default_factory=dict)
    changes: list[RowsChange] = field(default_factory=list)


def _requirement_rows(training_id: int) -> list[dict]:
    query = TrainingRequirement.select().where(TrainingRequirement.training == training_id)
    return list(query.order_by(TrainingRequirement.id).dicts())


def _module_rows(training_id: int) -> list[dict]:
    query = TrainingModule.select().where(TrainingModule.programme == training_id)
    return list(query.order_by(TrainingModule.position, TrainingModule.id).dicts())


def requirements_of(training_id: int) -> list[Requirement]:
    return [(r["role"], r["learner_type"], bool(r["all_staff"])) for r in _requirement_rows(training_id)]


def modules_of(training_id: int) -> list[int]:
    return [r["module"] for r in _module_rows(training_id)]


def _check_requirements(requirements: list[Requirement]) -> list[Requirement]:
    result = []
    for role, learner_type, all_staff in requirements:
        if sum((role is not None, learner_type is not None, bool(all_staff))) != 1:
            raise ValidationError(
                "requirements", _("A requirement is for one staff role, one learner type or all staff.")
            )
        if role is not None and role not in choices.STAFF_ROLES:
            raise ValidationError("requirements", _("Unknown staff role {code}.").format(code=role))
        if learner_type is not None and learner_type not in choices.LEARNER_TYPES:
            raise ValidationError("requirements", _("Unknown learner type {code}.").format(code=learner_type))
        requirement = (role, learner_type, bool(all_staff))
        if requirement not in result:
            result.append(requirement)
    return result


def _check_modules(training_id: int | None, module_ids: list[int]) -> list[int]:
    """Modules are trainings of their own, one level deep: a programme is not a module of another."""
    result = []
    for module_id in module_ids:
        number = v.record_id(module_id)
        module = Training.get_or_none(id=number) if number else None
        if module is None:
            raise ValidationError(
                "modules", _("Refers to a record that does not exist (number {id}).").format(id=module_id)
            )
        if training_id is not None and module.id == training_id:
            raise ValidationError("modules", _("A training cannot be a module of itself."))
        if TrainingModule.select().where(TrainingModule.programme == module.id).exists():
            raise ValidationError(
                "modules",
                _("{title} has modules of its own; a module cannot be a programme.").format(title=module.title),
            )
        if module.id not in result:
            result.append(module.id)
    if result and training_id is not None:
        if TrainingModule.select().where(TrainingModule.module == training_id).exists():
            raise ValidationError(
                "modules", _("This training is itself a module of a programme, so it cannot have modules.")
            )
    return result


def replace_rows(change_model: type, training_id: int, rows: list[dict], seen: list[dict] | None = None) -> None:
    """Make the training's requirements (or modules) exactly `rows`, ids included (used by undo too). `seen`: the
    rows an undo step left; refused, saying who and when, once someone else changed them since."""
    parent = TrainingRequirement.training if change_model is TrainingRequirement else TrainingModule.programme
    with db.atomic():
        if seen is not None:
            read = _requirement_rows if change_model is TrainingRequirement else _module_rows
            if read(training_id) != seen:
                # Every replacement is noted under the training's number in the child table's history.
                changes = AuditEntry.record_id == training_id
                raise refusal_from_history(change_model._meta.table_name, changes, gone=False)
        change_model.delete().where(parent == training_id).execute()
        if rows:
            change_model.insert_many(rows).execute()
        audit("update", change_model._meta.table_name, training_id, ["training"])


def save_training(
    training_id: int | None,
    values: dict[str, Any],
    requirements: list[Requirement] | None = None,
    module_ids: list[int] | None = None,
    seen_version: int | None = None,
) -> TrainingSaved:
    """Create or update a training with for whom it is mandatory and which modules it has, in one
    transaction: either everything is saved or nothing. `None` leaves requirements or modules as they are.
    `seen_version`: the training's version the dialog read; refused when someone else saved it since."""
    service = TrainingService()
    wanted_requirements = _check_requirements(requirements) if requirements is not None else None
    wanted_modules = _check_modules(training_id, module_ids) if module_ids is not None else None
    with db.atomic():
        if training_id is None:
            saved = TrainingSaved(service.create(**values), created=True)
        else:
            training, previous = service.update(training_id, seen_version=seen_version, **values)
            saved = TrainingSaved(training, created=False, previous=previous)
        tid = saved.training.id
        if wanted_requirements is not None:
            before = _requirement_rows(tid)
            if [(r["role"], r["learner_type"], bool(r["all_staff"])) for r in before] != wanted_requirements:
                rows = [
                    {"training": tid, "role": role, "learner_type": kind, "all_staff": every}
                    for role, kind, every in wanted_requirements
                ]
                replace_rows(TrainingRequirement, tid, rows)
                saved.changes.append(RowsChange(TrainingRequirement, tid, before, _requirement_rows(tid)))
        if wanted_modules is not None:
            before = _module_rows(tid)
            if [r["module"] for r in before] != wanted_modules:
                rows = [{"programme": tid, "module": m, "position": p} for p, m in enumerate(wanted_modules)]
                replace_rows(TrainingModule, tid, rows)
                saved.changes.append(RowsChange(TrainingModule, tid, before, _module_rows(tid)))
        if saved.changes and not saved.created and not saved.previous:
            # Its requirements and modules are the training's too: a change of only those counts its version up,
            # so that a dialog open on it does not save its own list over them.
            saved.training.version = service.claim_version(tid, saved.training.version)
    return saved


# -- reading for lists and choices ------------------------------------------------------------------


def trainer_choices(current: int | None = None) -> list[tuple[int, str]]:
    """Staff who give trainings (trainers, assessors, practice trainers), by last name; plus `current`."""
    query = (
        Staff.select()
        .join(StaffRole)
        .where(StaffRole.role.in_(("trainer", "assessor", "practice_trainer")) & Staff.active)
        .distinct()
    )
    people = {s.id: s for s in query}
    if current is not None and current not in people:
        extra = Staff.get_or_none(id=current)
        if extra is not None:
            people[extra.id] = extra
    return [(s.id, s.display_name) for s in sorted(people.values(), key=lambda s: fold(s.sort_name))]


REVIEWER_ROLES = ("work_supervisor", "practice_trainer", "learning_coach", "manager")


def reviewer_choices(enrolment: Enrolment) -> list[tuple[int, str]]:
    """Who reviews the learning goals of an enrolment: the coach of its coaching trajectory, and the induction
    mentors, practice trainers, coaches and managers at the participant's location (everywhere, when unknown)."""
    location = None
    if enrolment.staff_id:
        location = (
            Staff.select(Team.location)
            .join(Team, on=Staff.team == Team.id)
            .where(Staff.id == enrolment.staff_id)
            .scalar()
        )
    query = Staff.select().join(StaffRole).where(StaffRole.role.in_(REVIEWER_ROLES) & Staff.active)
    if location is not None:
        query = query.switch(Staff).join(Team, on=Staff.team == Team.id).where(Team.location == location)
    people = {s.id: s for s in query.distinct()}
    coaches = Staff.select().join(CoachingTrajectory, on=CoachingTrajectory.coach == Staff.id)
    for coach in coaches.where(CoachingTrajectory.enrolment == enrolment.id):
        people[coach.id] = coach
    return [(s.id, s.display_name) for s in sorted(people.values(), key=lambda s: fold(s.sort_name))]


# -- one training or session, for the dialogs ---------------------------------------------------------


def find_training(training_id: int) -> Training | None:
    """The training, or None when there is none with that number (any more)."""
    return Training.get_or_none(id=training_id)


def get_training(training_id: int) -> Training:
    return Training.get_by_id(training_id)


def active_training_choices() -> list[tuple[int, str]]:
    """The active trainings of the catalogue as (id, title), by title: what a programme can be made of."""
    query = Training.select().where(Training.active).order_by(Training.title)
    return [(training.id, training.title) for training in query]


def find_session(session_id: int) -> TrainingSession | None:
    """The session, or None when there is none with that number (any more)."""
    return TrainingSession.get_or_none(id=session_id)


def get_session(session_id: int) -> TrainingSession:
    """The session with its training."""
    query = TrainingSession.select(TrainingSession, Training).join(Training)
    return query.where(TrainingSession.id == session_id).get()


def dates_of(session_id: int) -> list[SessionDate]:
    """The session's dates, with their part of day and times."""
    return list(SessionDate.select().where(SessionDate.session == session_id))
