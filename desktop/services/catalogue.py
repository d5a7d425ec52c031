"""The concrete services, one per model, with the domain's rules.

Where a model needs no rule beyond its field types, its service is the generic one; later features
add behaviour here rather than new tables.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from desktop.errors import ValidationError
from desktop.i18n import N_, _
from desktop.services import bpv
from desktop.services import validation as v
from desktop.services.base import CrudService
from desktop.storage import choices, models

MAX_LOGO_BYTES = 2 * 1024 * 1024


def _name_rules() -> dict:
    return {
        "first_name": lambda f, value: v.person_name(f, value),
        "name_prefix": lambda f, value: v.person_name(f, value, required=False).lower() if value else "",
        "last_name": lambda f, value: v.person_name(f, value),
        "email": v.email,
        "phone": v.phone,
    }


class OrganisationService(CrudService):
    model = models.Organisation
    rules = {
        "name": lambda f, value: v.text(f, value, max_length=150),
        "email": v.email,
        "phone": v.phone,
        "postal_code": lambda f, value: v.text(f, value, max_length=10).upper(),
    }

    def current(self) -> models.Organisation:
        organisation = models.Organisation.select().order_by(models.Organisation.id).first()
        if organisation is None:
            organisation = models.Organisation.create()
        return organisation

    def save(self, **values) -> tuple[models.Organisation, dict[str, Any]]:
        return self.update(self.current().id, **values)

    def clean(self, values, *, partial):
        cleaned = super().clean(values, partial=partial)
        if "sbb_id" in cleaned and cleaned["sbb_id"]:
            sbb_id = cleaned["sbb_id"].replace(" ", "")
            if not re.fullmatch(r"[0-9]{4,12}", sbb_id):
                raise ValidationError("sbb_id", _("An SBB leerbedrijf ID consists of 4 to 12 digits."))
            cleaned["sbb_id"] = sbb_id
        if cleaned.get("logo") is not None:
            cleaned["logo_mime"] = _check_logo(cleaned["logo"])
        elif "logo" in cleaned:
            cleaned["logo_mime"] = None
        return cleaned


def _check_logo(data: bytes) -> str:
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo", _("The logo is too large: at most 2 MB."))
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            kind = image.format
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError("logo", _("The logo is not a PNG or JPEG image, or it is damaged.")) from None
    mime = {"PNG": "image/png", "JPEG": "image/jpeg"}.get(kind or "")
    if mime is None:
        raise ValidationError("logo", _("The logo is not a PNG or JPEG image, or it is damaged."))
    return mime


class LocationService(CrudService):
    model = models.Location
    rules = {"name": lambda f, value: v.text(f, value, required=True, max_length=100)}


class TeamService(CrudService):
    model = models.Team
    rules = {"name": lambda f, value: v.text(f, value, required=True, max_length=100)}


class StaffService(CrudService):
    model = models.Staff
    rules = {**_name_rules(), "employee_number": lambda f, value: v.text(f, value, max_length=30) or None}


class StaffRoleService(CrudService):
    model = models.StaffRole
    vocabularies = {"role": choices.STAFF_ROLES}


class SchoolService(CrudService):
    model = models.School
    vocabularies = {"kind": choices.SCHOOL_KINDS}
    rules = {
        "name": lambda f, value: v.text(f, value, required=True, max_length=150),
        "email": v.email,
        "phone": v.phone,
    }


class SchoolSupervisorService(CrudService):
    model = models.SchoolSupervisor
    rules = _name_rules()


class ProgrammeService(CrudService):
    model = models.Programme
    vocabularies = {"level": choices.LEVELS, "pathway": choices.PATHWAYS}
    rules = {
        "name": lambda f, value: v.text(f, value, required=True, max_length=150),
        "crebo": lambda f, value: v.crebo(f, value),
        "cohort": lambda f, value: v.integer(f, value, minimum=1990, maximum=2100),
        "level": lambda f, value: v.choice(
            f, str(value).strip().lower() if value is not None else value, choices.LEVELS
        ),
        "pathway": lambda f, value: v.choice(
            f, str(value).strip().upper() if value else None, choices.PATHWAYS, required=False
        ),
    }

    def check(self, data, instance):
        if data.get("level") != "hbo":
            if not data.get("crebo"):
                raise ValidationError("crebo", _("An MBO programme needs its five-digit crebo code."))
            if not data.get("pathway"):
                raise ValidationError("pathway", _("An MBO programme is either BOL or BBL."))


class WorkProcessService(CrudService):
    model = models.WorkProcess
    rules = {
        "code": lambda f, value: v.text(f, value, required=True, max_length=20),
        "title": lambda f, value: v.text(f, value, required=True, max_length=300),
    }


class LearnerService(CrudService):
    model = models.Learner
    vocabularies = {"learner_type": choices.LEARNER_TYPES}
    rules = {
        **_name_rules(),
        "birth_date": lambda f, value: _birth_date(f, value),
        "student_number": lambda f, value: v.text(f, value, max_length=30),
        "postal_code": lambda f, value: v.text(f, value, max_length=10).upper(),
    }


def _birth_date(field: str, value) -> dt.date | None:
    born = v.date(field, value)
    if born is None:
        return None
    today = dt.date.today()
    if born > today:
        raise ValidationError(field, _("A birth date cannot lie in the future."))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if not 12 <= age <= 100:
        raise ValidationError(field, _("A learner is 12 to 100 years old; check the year."))
    return born


class BpvPeriodService(CrudService):
    model = models.BpvPeriod
    vocabularies = {
        "contract_type": choices.CONTRACT_TYPES,
        "phase": choices.PHASES,
        "status": choices.PERIOD_STATUSES,
    }
    rules = {
        "hours_per_week": lambda f, value: v.decimal(f, value, minimum=0, maximum=60),
        "planned_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "realised_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "supervisor_meeting_weeks": lambda f, value: v.integer(f, value, required=True, minimum=1, maximum=2),
        "end_reason": lambda f, value: v.text(f, value, max_length=2000, multiline=True),
    }

    def check(self, data, instance):
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            raise ValidationError("end_date", _("The end date lies before the start date."))
        until = data.get("supernumerary_until")
        if until and start and until < start:
            raise ValidationError("supernumerary_until", _("The supernumerary period ends before the start."))
        if data.get("status") == "ended_early":
            if not data.get("ended_on"):
                raise ValidationError("ended_on", _("Give the date on which the period ended early."))
            if not data.get("end_reason"):
                raise ValidationError("end_reason", _("Give the reason why the period ended early."))
        supervisor = data.get("school_supervisor")
        if supervisor and data.get("school"):
            school_id = models.SchoolSupervisor.get_by_id(supervisor).school_id
            if school_id != data["school"]:
                raise ValidationError("school_supervisor", _("This BPV supervisor works at another school."))
        if data.get("status") != "ended_early" and (data.get("ended_on") or data.get("end_reason")):
            raise ValidationError("status", _("An end date and reason belong to a period that ended early."))

    def create(self, **values) -> models.BpvPeriod:
        """A new period gets the contract and supernumerary time that follow from the learner type,
        unless given, and its task checklist and meetings (see `after_write`)."""
        learner = models.Learner.get_or_none(id=v.record_id(values.get("learner", values.get("learner_id"))))
        if learner is not None:
            values.setdefault("contract_type", choices.DEFAULT_CONTRACT[learner.learner_type])
            start = v.date("start_date", values.get("start_date"))
            if start and "supernumerary_until" not in values:
                end = v.date("end_date", values.get("end_date"))
                values["supernumerary_until"] = bpv.supernumerary_until(learner.learner_type, start, end)
        return super().create(**values)

    def after_write(self, instance, changed):
        if {"phase", "learner"} & changed.keys():
            sync_tasks(instance)
        if {"start_date", "end_date", "supervisor_meeting_weeks"} & changed.keys():
            replan_meetings(instance)


def sync_tasks(period: models.BpvPeriod) -> None:
    """Give the period the checklist of every phase it has reached; take back untouched tasks of a
    phase it has not reached (after the phase was set back)."""
    learner_type = models.Learner.get_by_id(period.learner_id).learner_type
    reached = bpv.phases_reached(period.phase)
    tasks = list(models.PhaseTask.select().where(models.PhaseTask.period == period.id))
    present = {task.template_id for task in tasks}
    untouched_later = [
        task.id for task in tasks if task.phase not in reached and task.done_on is None and not task.notes
    ]
    if untouched_later:
        models.PhaseTask.delete().where(models.PhaseTask.id.in_(untouched_later)).execute()
    templates = models.PhaseTaskTemplate.select().order_by(models.PhaseTaskTemplate.position)
    new = [
        {
            "period": period.id,
            "template": template.id,
            "phase": template.phase,
            "role": template.role,
            "position": template.position,
            "title": template.title,
        }
        for template in bpv.applicable(templates, learner_type, reached)
        if template.id not in present
    ]
    if new:
        models.PhaseTask.insert_many(new).execute()


def replan_meetings(period: models.BpvPeriod) -> None:
    """Plan the period's meetings from its dates. Meetings that were held, cancelled, written about
    or added by hand stay; the rest are planned again, after the last one held of their kind."""
    meetings = list(models.Meeting.select().where(models.Meeting.period == period.id))
    kept = [m for m in meetings if m.held_on or m.cancelled or m.notes or m.kind not in bpv.PLANNED_KINDS]
    replaced = [m.id for m in meetings if m not in kept]
    if replaced:
        models.Meeting.delete().where(models.Meeting.id.in_(replaced)).execute()
    last_kept: dict[str, dt.date] = {}
    for meeting in kept:
        day = meeting.held_on or meeting.planned_on
        if day and (meeting.kind not in last_kept or day > last_kept[meeting.kind]):
            last_kept[meeting.kind] = day
    new = []
    for kind, day in bpv.plan_meetings(period.start_date, period.end_date, period.supervisor_meeting_weeks):
        if kind in last_kept and (kind in bpv.ONCE or day <= last_kept[kind]):
            continue
        new.append({"period": period.id, "kind": kind, "planned_on": day})
    if new:
        models.Meeting.insert_many(new).execute()


_SPECIFIC = [
    OrganisationService,
    LocationService,
    TeamService,
    StaffService,
    StaffRoleService,
    SchoolService,
    SchoolSupervisorService,
    ProgrammeService,
    WorkProcessService,
    LearnerService,
    BpvPeriodService,
]

LANGUAGES = {"nl": N_("Dutch"), "en": N_("English")}

_VOCABULARIES: dict[type, dict[str, dict[str, str]]] = {
    models.PhaseTaskTemplate: {"phase": choices.PHASES, "role": choices.TASK_ROLES},
    models.PhaseTask: {"phase": choices.PHASES, "role": choices.TASK_ROLES},
    models.Meeting: {"kind": choices.MEETING_KINDS},
    models.Training: {"kind": choices.TRAINING_KINDS, "provider_kind": choices.PROVIDER_KINDS},
    models.TrainingRequirement: {"role": choices.STAFF_ROLES, "learner_type": choices.LEARNER_TYPES},
    models.SessionDate: {"daypart": choices.DAYPARTS},
    models.Enrolment: {"status": choices.ENROLMENT_STATUSES},
    models.CoachingTrajectory: {"kind": choices.TRAJECTORY_KINDS, "status": choices.TRAJECTORY_STATUSES},
    models.CoachingStep: {"kind": choices.COACHING_STEPS},
    models.LearningGoal: {"status": choices.GOAL_STATUSES},
    models.PracticeAssignment: {"status": choices.ASSIGNMENT_STATUSES, "language": LANGUAGES},
    models.Assessment: {
        "kind": choices.ASSESSMENT_KINDS,
        "status": choices.ASSESSMENT_STATUSES,
        "attitude_score": choices.SCORES,
        "overall_score": choices.SCORES,
        "language": LANGUAGES,
    },
    models.AssessmentScore: {"score": choices.SCORES},
    models.Signature: {"signer_role": choices.SIGNER_ROLES, "method": choices.SIGNATURE_METHODS},
    models.EvaluationQuestion: {"kind": choices.QUESTION_KINDS},
}


def _build_registry() -> dict[type, CrudService]:
    registry: dict[type, CrudService] = {cls.model: cls() for cls in _SPECIFIC}
    for model in models.ALL_MODELS:
        if model in registry or model is models.AuditEntry:
            continue
        service_class = type(
            f"{model.__name__}Service", (CrudService,), {"model": model, "vocabularies": _VOCABULARIES.get(model, {})}
        )
        registry[model] = service_class()
    return registry


SERVICES = _build_registry()


def service_for(model: type) -> CrudService:
    return SERVICES[model]
