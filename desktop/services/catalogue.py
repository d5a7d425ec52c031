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

from desktop import clock, images
from desktop.errors import ValidationError
from desktop.i18n import N_, _
from desktop.services import bpv
from desktop.services import validation as v
from desktop.services.agreements import AGREEMENT_SERVICES
from desktop.services.base import CrudService, Snapshot, audit
from desktop.services.budget import TrainingBudgetService
from desktop.services.climate import CLIMATE_SERVICES
from desktop.services.external_requests import ExternalTrainingRequestService
from desktop.services.group_learning import GROUP_LEARNING_SERVICES
from desktop.services.questionnaires import RetireNotChangeService
from desktop.services.training_plan import TrainingPlanSnapshotService
from desktop.services.trainings import TRAINING_SERVICES
from desktop.storage import choices
from desktop.storage import models as m
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
    model = m.Organisation
    rules = {
        "name": lambda f, value: v.text(f, value, max_length=150),
        "email": v.email,
        "phone": v.phone,
        "postal_code": lambda f, value: v.text(f, value, max_length=10).upper(),
        "sbb_id": v.sbb_id,
    }

    def current(self) -> m.Organisation:
        organisation = m.Organisation.select().order_by(m.Organisation.id).first()
        if organisation is None:
            organisation = m.Organisation.create()
        return organisation

    def save(self, *, seen_version: int | None = None, **values) -> tuple[m.Organisation, dict[str, Any]]:
        return self.update(self.current().id, seen_version=seen_version, **values)

    def clean(self, values, *, partial):
        cleaned = super().clean(values, partial=partial)
        if cleaned.get("logo") is not None:
            cleaned["logo_mime"] = _check_logo(cleaned["logo"])
        elif "logo" in cleaned:
            cleaned["logo_mime"] = None
        return cleaned


def _check_logo(data: bytes) -> str:
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo", _("The logo is too large: at most 2 MB."))
    if images.too_many_pixels(data):
        raise ValidationError("logo", images.too_large(_("The logo")))
    from PIL import UnidentifiedImageError

    try:
        with images.pillow().open(io.BytesIO(data)) as image:
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
    model = m.Location
    rules = {"name": lambda f, value: v.text(f, value, required=True, max_length=100)}

    def check(self, data, instance):
        if _taken(m.Location.select(), instance, m.Location.name, data.get("name")):
            raise ValidationError("name", _("Already exists; choose another value."))


class TeamService(CrudService):
    model = m.Team
    rules = {"name": lambda f, value: v.text(f, value, required=True, max_length=100)}

    def check(self, data, instance):
        same_location = m.Team.select().where(m.Team.location == data.get("location"))
        if _taken(same_location, instance, m.Team.name, data.get("name")):
            raise ValidationError("name", _("This location already has a team with this name."))


class StaffService(CrudService):
    model = m.Staff
    rules = {
        **_name_rules(),
        "employee_number": lambda f, value: v.text(f, value, max_length=30) or None,
        "fte": lambda f, value: v.decimal(f, value, minimum=Decimal("0.01"), maximum=Decimal("1.5")),
    }

    def check(self, data, instance):
        location, team = data.get("location"), data.get("team")
        if location and team and m.Team.get_by_id(team).location_id != location:
            raise ValidationError(
                "location", _("A staff member in a team works at the team's location; leave the location empty.")
            )


class StaffRoleService(CrudService):
    model = m.StaffRole
    vocabularies = {"role": choices.STAFF_ROLES}

    def check(self, data, instance):
        same_staff = m.StaffRole.select().where(m.StaffRole.staff == data.get("staff"))
        if _taken(same_staff, instance, m.StaffRole.role, data.get("role")):
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
    model = m.School
    vocabularies = {"kind": choices.SCHOOL_KINDS}
    rules = {
        "name": lambda f, value: v.text(f, value, required=True, max_length=150),
        "brin": _brin,
        "email": v.email,
        "phone": v.phone,
    }

    def check(self, data, instance):
        if _taken(m.School.select(), instance, m.School.name, data.get("name")):
            raise ValidationError("name", _("Already exists; choose another value."))


class SchoolSupervisorService(CrudService):
    model = m.SchoolSupervisor
    rules = _name_rules()


class ProgrammeService(CrudService):
    model = m.Programme
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
        # The crebo (with leerweg and cohort) is what identifies a programme: two records for one would
        # split its learners and werkprocessen between them.
        crebo, pathway, cohort = data.get("crebo"), data.get("pathway"), data.get("cohort")
        if crebo:
            same = m.Programme.select(m.Programme.name).where(
                (m.Programme.crebo == crebo)
                & (m.Programme.pathway.is_null() if pathway is None else m.Programme.pathway == pathway)
                & (m.Programme.cohort.is_null() if cohort is None else m.Programme.cohort == cohort)
            )
            if instance is not None:
                same = same.where(m.Programme.id != instance.get_id())
            other = same.first()
            if other is not None:
                raise ValidationError(
                    "crebo",
                    _(
                        'Crebo {crebo} already belongs to the programme "{name}" for this learning pathway and '
                        "cohort; a crebo identifies one programme."
                    ).format(crebo=crebo, name=other.name),
                )


class WorkProcessService(CrudService):
    model = m.WorkProcess
    rules = {
        "code": lambda f, value: v.text(f, value, required=True, max_length=20),
        "title": lambda f, value: v.text(f, value, required=True, max_length=300),
    }

    def check(self, data, instance):
        same_programme = m.WorkProcess.select().where(m.WorkProcess.programme == data.get("programme"))
        if _taken(same_programme, instance, m.WorkProcess.code, data.get("code")):
            raise ValidationError("code", _("This programme already has a work process with this code."))

    def create(self, **values) -> m.WorkProcess:
        """A new work process goes to the end of its programme's list unless given a place."""
        programme = v.record_id(values.get("programme", values.get("programme_id")))
        if "position" not in values and programme is not None:
            last = m.WorkProcess.select(peewee.fn.MAX(m.WorkProcess.position))
            values["position"] = (last.where(m.WorkProcess.programme == programme).scalar() or 0) + 1
        return super().create(**values)


class EvaluationQuestionService(RetireNotChangeService):
    """A question of the studentwaardering; once answered, retired rather than changed."""

    model = m.EvaluationQuestion
    rules = {
        "text": lambda f, value: v.text(f, value, required=True, max_length=500),
        "section": lambda f, value: v.text(f, value, max_length=100),
        "position": lambda f, value: v.integer(f, value, minimum=0, maximum=9999) or 0,
    }
    vocabularies = {"kind": choices.QUESTION_KINDS}
    answers = m.EvaluationAnswer.question
    fixed = ("text", "kind")
    refusal = N_(
        "This question already has answers; changed, it would change what those answers mean. "
        "Untick “Active” to retire it and add a new question instead."
    )


class LearnerService(CrudService):
    model = m.Learner
    vocabularies = {"learner_type": choices.LEARNER_TYPES}
    rules = {
        **_name_rules(),
        "birth_date": lambda f, value: birth_date(f, value),
        "student_number": lambda f, value: v.text(f, value, max_length=30),
        "postal_code": lambda f, value: v.text(f, value, max_length=10).upper(),
    }

    def check(self, data, instance):
        # A staff member is one person: linked to two learner records, their certificates and development
        # record would belong to both.
        staff = data.get("staff")
        if staff is None:
            return
        own = instance.id if instance is not None else 0
        found = m.Learner.select(m.Learner.id).where((m.Learner.staff == staff) & (m.Learner.id != own)).first()
        if found is not None:
            raise ValidationError(
                "staff",
                _("This staff member is already linked to another learner (record number {id}); a staff member can "
                  "be one learner only.").format(id=found.id),
            )  # fmt: skip

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
        periods = m.BpvPeriod.select(m.BpvPeriod.id).where(m.BpvPeriod.learner == learner.id)
        drafts = [
            *m.PracticeAssignment.select().where(m.PracticeAssignment.period.in_(periods)),
            *m.Assessment.select().where(m.Assessment.period.in_(periods)),
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


def birth_date(field: str, value, today: dt.date | None = None) -> dt.date | None:
    """A learner's birth date; `today` given by a caller that checks thousands (asking the clock costs more)."""
    born = v.date(field, value)
    if born is None:
        return None
    today = today or clock.today()
    if born > today:
        raise ValidationError(field, _("A birth date cannot lie in the future."))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if not 12 <= age <= 100:
        raise ValidationError(field, _("A learner is 12 to 100 years old; check the year."))
    return born


class BpvPeriodService(CrudService):
    model = m.BpvPeriod
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
            school_id = m.SchoolSupervisor.get_by_id(supervisor).school_id
            if school_id != data["school"]:
                raise ValidationError("school_supervisor", _("This BPV supervisor works at another school."))
        if data.get("status") != "ended_early" and data.get("ended_on"):
            raise ValidationError("status", _("An end date and reason belong to a period that ended early."))
        if data.get("status") not in ENDED and (data.get("end_reason") or data.get("end_reason_text")):
            raise ValidationError("status", _("A reason for ending belongs to a period that has ended."))
        if data.get("end_reason") == "other" and not data.get("end_reason_text"):
            raise ValidationError("end_reason_text", _("Say in a few words why the period ended."))

    def create(self, **values) -> m.BpvPeriod:
        """A new period gets the contract and supernumerary time that follow from the learner type,
        unless given, and its task checklist and meetings (see `after_write`)."""
        learner = m.Learner.get_or_none(id=v.record_id(values.get("learner", values.get("learner_id"))))
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


def sync_tasks(period: m.BpvPeriod) -> None:
    """Give the period the checklist of its current phase ("each period carries the task checklist of
    its phase"). Checklists of earlier phases stay as they were ticked; untouched tasks of a later
    phase go when the phase is set back. A period entered halfway starts with its current phase."""
    learner_type = m.Learner.get_by_id(period.learner_id).learner_type
    tasks = list(m.PhaseTask.select().where(m.PhaseTask.period == period.id))
    present = {task.template_id for task in tasks}
    later = bpv.phases_after(period.phase)
    untouched_later = [
        task.id
        for task in tasks
        if task.phase in later and task.done_on is None and not task.notes and not task.cancelled
    ]
    if untouched_later:
        m.PhaseTask.delete().where(m.PhaseTask.id.in_(untouched_later)).execute()
    templates = m.PhaseTaskTemplate.select().order_by(m.PhaseTaskTemplate.position)
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
        m.PhaseTask.insert_many(new).execute()


def replan_and_report(period_id: int) -> tuple[list[dict], list[dict]]:
    """Plan a stored period's meetings again; returns its meetings before and after, for undo."""
    period = SERVICES[m.BpvPeriod].get(period_id)
    with db.atomic():
        before = _meeting_rows(period.id)
        replan_meetings(period)
        audit("update", m.Meeting._meta.table_name, None, ["planned_on"])
        return before, _meeting_rows(period.id)


def replace_meetings(
    period_id: int, rows: list[dict], expected: list[dict] | None = None, known: dict[int, int] | None = None
) -> dict[int, int]:
    """Make the period's meetings exactly `rows` (as `replan_and_report` returned them), for undo and redo.
    `expected`: the meetings as the step being undone or redone left them; refused (saying who and when) once
    someone else changed, added or deleted one since, as rows put back carry their versions. `known`: the newest
    version this program saw of each meeting, also of one deleted since. A meeting that had a newer version than the
    row put back (changed and put back meanwhile) gets a new one: a dialog opened on it in between still holds that
    newer version, and would otherwise save over whatever is changed after this. Returns each meeting's version."""
    with db.atomic():
        audit("update", m.Meeting._meta.table_name, None, ["planned_on"])  # a write first: holds the file's lock
        found = {row["id"]: row["version"] for row in _meeting_rows(period_id)}
        if expected is not None:
            differing = set(found.items()) ^ {(row["id"], row["version"]) for row in expected}
            if differing:
                raise SERVICES[m.Meeting].changed_since_read(min(number for number, _version in differing))
        newest = {**(known or {})}
        for number, version in found.items():
            newest[number] = max(version, newest.get(number, version))
        put = [
            {**row, "version": newest[row["id"]] + 1} if newest.get(row["id"], 0) > row["version"] else row
            for row in rows
        ]
        m.Meeting.delete().where(m.Meeting.period == period_id).execute()
        if put:
            m.Meeting.insert_many(put).execute()
        return {row["id"]: row["version"] for row in put}


def _meeting_rows(period_id: int) -> list[dict]:
    query = m.Meeting.select().where(m.Meeting.period == period_id).order_by(m.Meeting.id)
    return list(query.dicts())


def replan_meetings(period: m.BpvPeriod) -> None:
    """Plan the period's meetings from its dates. Meetings that were held, cancelled, written about
    or added by hand stay; the rest are planned again, after the last one held of their kind."""
    meetings = list(m.Meeting.select().where(m.Meeting.period == period.id))
    kept = [m for m in meetings if m.held_on or m.cancelled or m.notes or m.kind not in bpv.PLANNED_KINDS]
    replaced = [m.id for m in meetings if m not in kept]
    if replaced:
        m.Meeting.delete().where(m.Meeting.id.in_(replaced)).execute()
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
        m.Meeting.insert_many(new).execute()


class PhaseTaskService(CrudService):
    model = m.PhaseTask
    vocabularies = {"phase": choices.PHASES, "role": choices.TASK_ROLES}
    rules = {"done_on": v.past_date}


class MeetingService(CrudService):
    model = m.Meeting
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
    model = m.LearningGoal
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
    EvaluationQuestionService,
    *TRAINING_SERVICES,
    *AGREEMENT_SERVICES,
    TrainingBudgetService,
    ExternalTrainingRequestService,
    TrainingPlanSnapshotService,
    *CLIMATE_SERVICES,
    *GROUP_LEARNING_SERVICES,
]

LANGUAGES = {"nl": N_("Dutch"), "en": N_("English")}

_VOCABULARIES: dict[type, dict[str, dict[str, str]]] = {
    m.PhaseTaskTemplate: {"phase": choices.PHASES, "role": choices.TASK_ROLES},
    m.PhaseTask: {"phase": choices.PHASES, "role": choices.TASK_ROLES},
    m.Meeting: {"kind": choices.MEETING_KINDS},
    m.Training: {"kind": choices.TRAINING_KINDS, "provider_kind": choices.PROVIDER_KINDS},
    m.TrainingRequirement: {"role": choices.STAFF_ROLES, "learner_type": choices.LEARNER_TYPES},
    m.SessionDate: {"daypart": choices.DAYPARTS},
    m.Enrolment: {"status": choices.ENROLMENT_STATUSES},
    m.CoachingTrajectory: {"kind": choices.TRAJECTORY_KINDS, "status": choices.TRAJECTORY_STATUSES},
    m.CoachingStep: {"kind": choices.COACHING_STEPS},
    m.LearningGoal: {"status": choices.GOAL_STATUSES},
    m.PracticeAssignment: {"status": choices.ASSIGNMENT_STATUSES, "language": LANGUAGES},
    m.Assessment: {
        "kind": choices.ASSESSMENT_KINDS,
        "status": choices.ASSESSMENT_STATUSES,
        "attitude_score": choices.SCORES,
        "overall_score": choices.SCORES,
        "language": LANGUAGES,
    },
    m.AssessmentScore: {"score": choices.SCORES},
    m.Signature: {"signer_role": choices.SIGNER_ROLES, "method": choices.SIGNATURE_METHODS},
    m.StudentEvaluation: {"source": choices.EVALUATION_SOURCES},
}


def _build_registry() -> dict[type, CrudService]:
    registry: dict[type, CrudService] = {cls.model: cls() for cls in _SPECIFIC}
    for model in m.ALL_MODELS:
        if model in registry or model is m.AuditEntry:
            continue
        service_class = type(
            f"{model.__name__}Service", (CrudService,), {"model": model, "vocabularies": _VOCABULARIES.get(model, {})}
        )
        registry[model] = service_class()
    return registry


SERVICES = _build_registry()


def service_for(model: type) -> CrudService:
    return SERVICES[model]
