"""The concrete services, one per model, with the domain's rules.

Where a model needs no rule beyond its field types, its service is the generic one; later features
add behaviour here rather than new tables.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

import peewee

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import N_, _
from desktop.services import bpv
from desktop.services import validation as v
from desktop.services.base import CrudService, Snapshot, audit
from desktop.services.trainings import TRAINING_SERVICES
from desktop.storage import choices, models
from desktop.storage.models import db

MAX_LOGO_BYTES = 2 * 1024 * 1024
ENDED = ("completed", "ended_early")  # the statuses a period can have a reason for ending in


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


def _taken(query, instance, column, value) -> bool:
    """Whether a record other than `instance` has `value` in `column`, ignoring case ("Team Noord" is
    "team noord" to a person; SQLite's own unique indexes compare case-sensitively)."""
    if not value:
        return False
    if instance is not None:
        query = query.where(query.model.id != instance.get_id())
    return any(str(getattr(row, column.name)).casefold() == str(value).casefold() for row in query.select(column))


class LocationService(CrudService):
    model = models.Location
    rules = {"name": lambda f, value: v.text(f, value, required=True, max_length=100)}

    def check(self, data, instance):
        if _taken(models.Location.select(), instance, models.Location.name, data.get("name")):
            raise ValidationError("name", _("Already exists; choose another value."))


class TeamService(CrudService):
    model = models.Team
    rules = {"name": lambda f, value: v.text(f, value, required=True, max_length=100)}

    def check(self, data, instance):
        same_location = models.Team.select().where(models.Team.location == data.get("location"))
        if _taken(same_location, instance, models.Team.name, data.get("name")):
            raise ValidationError("name", _("This location already has a team with this name."))


class StaffService(CrudService):
    model = models.Staff
    rules = {
        **_name_rules(),
        "employee_number": lambda f, value: v.text(f, value, max_length=30) or None,
        "fte": lambda f, value: v.decimal(f, value, minimum=Decimal("0.01"), maximum=Decimal("1.5")),
    }

    def check(self, data, instance):
        location, team = data.get("location"), data.get("team")
        if location and team and models.Team.get_by_id(team).location_id != location:
            raise ValidationError(
                "location", _("A staff member in a team works at the team's location; leave the location empty.")
            )


class StaffRoleService(CrudService):
    model = models.StaffRole
    vocabularies = {"role": choices.STAFF_ROLES}

    def check(self, data, instance):
        same_staff = models.StaffRole.select().where(models.StaffRole.staff == data.get("staff"))
        if _taken(same_staff, instance, models.StaffRole.role, data.get("role")):
            raise ValidationError("role", _("This staff member already has this role."))
        since, until = data.get("since"), data.get("certified_until")
        if since and until and until < since:
            raise ValidationError("certified_until", _("The certification ends before the role began."))


def _brin(field: str, value) -> str:
    """A BRIN code: two digits and two characters (25PZ), plus two digits for a branch (BRIN6)."""
    code = v.text(field, value, max_length=20).replace(" ", "").upper()
    if code and not re.fullmatch(r"[0-9]{2}[A-Z0-9]{2}([0-9]{2})?", code):
        raise ValidationError(
            field, _("A BRIN code is two digits and two letters (like 25PZ), optionally followed by two digits.")
        )
    return code


class SchoolService(CrudService):
    model = models.School
    vocabularies = {"kind": choices.SCHOOL_KINDS}
    rules = {
        "name": lambda f, value: v.text(f, value, required=True, max_length=150),
        "brin": _brin,
        "email": v.email,
        "phone": v.phone,
    }

    def check(self, data, instance):
        if _taken(models.School.select(), instance, models.School.name, data.get("name")):
            raise ValidationError("name", _("Already exists; choose another value."))


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

    def check(self, data, instance):
        same_programme = models.WorkProcess.select().where(models.WorkProcess.programme == data.get("programme"))
        if _taken(same_programme, instance, models.WorkProcess.code, data.get("code")):
            raise ValidationError("code", _("This programme already has a work process with this code."))

    def create(self, **values) -> models.WorkProcess:
        """A new work process goes to the end of its programme's list unless given a place."""
        programme = v.record_id(values.get("programme", values.get("programme_id")))
        if "position" not in values and programme is not None:
            last = models.WorkProcess.select(peewee.fn.MAX(models.WorkProcess.position))
            values["position"] = (last.where(models.WorkProcess.programme == programme).scalar() or 0) + 1
        return super().create(**values)


class LearnerService(CrudService):
    model = models.Learner
    vocabularies = {"learner_type": choices.LEARNER_TYPES}
    rules = {
        **_name_rules(),
        "birth_date": lambda f, value: _birth_date(f, value),
        "student_number": lambda f, value: v.text(f, value, max_length=30),
        "postal_code": lambda f, value: v.text(f, value, max_length=10).upper(),
    }

    def delete(self, record_id: int) -> Snapshot:
        """A learner goes with everything that belongs to them, draft forms included; signed forms
        are evidence for the school, so a learner who has them cannot be deleted."""
        from desktop.services.learners import signed_form_count

        learner = self.get(record_id)
        if signed_form_count(learner.id):
            raise ValidationError(
                "id", _("This learner has signed forms, which must be kept. End the BPV period instead.")
            )
        snapshot = self.snapshot(learner)
        periods = models.BpvPeriod.select(models.BpvPeriod.id).where(models.BpvPeriod.learner == learner.id)
        drafts = [
            *models.PracticeAssignment.select().where(models.PracticeAssignment.period.in_(periods)),
            *models.Assessment.select().where(models.Assessment.period.in_(periods)),
        ]
        for form in drafts:
            part = SERVICES[type(form)].snapshot(form)
            snapshot.removed += [(part.model, part.row), *part.removed]
            snapshot.detached += part.detached
        with db.atomic():
            for form in drafts:
                form.delete_instance()
            learner.delete_instance()
            audit("delete", self.model._meta.table_name, learner.id)
        return snapshot


def _birth_date(field: str, value) -> dt.date | None:
    born = v.date(field, value)
    if born is None:
        return None
    today = clock.today()
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
        "end_reason": choices.END_REASONS,
    }
    rules = {
        "hours_per_week": lambda f, value: v.decimal(f, value, minimum=0, maximum=60),
        "planned_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "realised_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "supervisor_meeting_weeks": lambda f, value: v.integer(f, value, required=True, minimum=1, maximum=2),
        "end_reason_text": lambda f, value: v.text(f, value, max_length=2000, multiline=True),
    }

    def clean(self, values, *, partial):
        """`end_reason` is a code, or the reason in words (as the import and older windows give it): words are
        read as a code by `choices.classify_end_reason` and kept as `end_reason_text`. Emptying the reason
        empties its words too."""
        if "end_reason" in values and "end_reason_text" not in values:
            given = values["end_reason"]
            if given is None or isinstance(given, str) and given not in choices.END_REASONS:
                code, words = choices.classify_end_reason(v.text("end_reason", given, max_length=2000, multiline=True))
                values = {**values, "end_reason": code, "end_reason_text": words}
        return super().clean(values, partial=partial)

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
        if data.get("status") != "ended_early" and data.get("ended_on"):
            raise ValidationError("status", _("An end date and reason belong to a period that ended early."))
        if data.get("status") not in ENDED and (data.get("end_reason") or data.get("end_reason_text")):
            raise ValidationError("status", _("A reason for ending belongs to a period that has ended."))
        if data.get("end_reason") == "other" and not data.get("end_reason_text"):
            raise ValidationError("end_reason_text", _("Say in a few words why the period ended."))

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
    """Give the period the checklist of its current phase ("each period carries the task checklist of
    its phase"). Checklists of earlier phases stay as they were ticked; untouched tasks of a later
    phase go when the phase is set back. A period entered halfway starts with its current phase."""
    learner_type = models.Learner.get_by_id(period.learner_id).learner_type
    tasks = list(models.PhaseTask.select().where(models.PhaseTask.period == period.id))
    present = {task.template_id for task in tasks}
    later = bpv.phases_after(period.phase)
    untouched_later = [
        task.id
        for task in tasks
        if task.phase in later and task.done_on is None and not task.notes and not task.cancelled
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
        for template in bpv.applicable(templates, learner_type, (period.phase,))
        if template.id not in present
    ]
    if new:
        models.PhaseTask.insert_many(new).execute()


def replan_and_report(period_id: int) -> tuple[list[dict], list[dict]]:
    """Plan a stored period's meetings again; returns its meetings before and after, for undo."""
    period = SERVICES[models.BpvPeriod].get(period_id)
    with db.atomic():
        before = _meeting_rows(period.id)
        replan_meetings(period)
        audit("update", models.Meeting._meta.table_name, None, ["planned_on"])
        return before, _meeting_rows(period.id)


def replace_meetings(period_id: int, rows: list[dict]) -> None:
    """Make the period's meetings exactly `rows` (as `replan_and_report` returned them)."""
    with db.atomic():
        models.Meeting.delete().where(models.Meeting.period == period_id).execute()
        if rows:
            models.Meeting.insert_many(rows).execute()
        audit("update", models.Meeting._meta.table_name, None, ["planned_on"])


def _meeting_rows(period_id: int) -> list[dict]:
    query = models.Meeting.select().where(models.Meeting.period == period_id).order_by(models.Meeting.id)
    return list(query.dicts())


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
    plan = bpv.plan_meetings(period.start_date, period.end_date, period.supervisor_meeting_weeks, clock.today())
    for kind, day in plan:
        if kind in last_kept and (kind in bpv.ONCE or day <= last_kept[kind]):
            continue
        new.append({"period": period.id, "kind": kind, "planned_on": day})
    if new:
        models.Meeting.insert_many(new).execute()


class PhaseTaskService(CrudService):
    model = models.PhaseTask
    vocabularies = {"phase": choices.PHASES, "role": choices.TASK_ROLES}
    rules = {"done_on": v.past_date}


class MeetingService(CrudService):
    model = models.Meeting
    vocabularies = {"kind": choices.MEETING_KINDS}
    rules = {
        "held_on": v.past_date,
        "participants": lambda f, value: v.text(f, value, max_length=500),
    }

    def check(self, data, instance):
        if not data.get("planned_on") and not data.get("held_on"):
            raise ValidationError("planned_on", _("Give the date the meeting is planned on, or when it was held."))
        if data.get("held_on") and data.get("cancelled"):
            raise ValidationError("cancelled", _("A meeting that was held cannot also be cancelled."))


class LearningGoalService(CrudService):
    model = models.LearningGoal
    vocabularies = {"status": choices.GOAL_STATUSES}
    rules = {
        "text": lambda f, value: v.text(f, value, required=True, max_length=2000, multiline=True),
        "reviewed_on": v.past_date,
    }


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
    PhaseTaskService,
    MeetingService,
    LearningGoalService,
    *TRAINING_SERVICES,
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
