"""External training requests: a staff member asks, their manager decides (001, §3), with a reason.

A refusal always says why (Bijlage 3 asks "a clear and grounded motivation of a decision"); an approval may too.
An approved request that names a training of the catalogue enrols the person in it, in the same transaction; the
enrolment is kept on the request, so that its cost counts once (through the request, see `budget`). A request
that names none is itself the record of the external training, in the person's history and in the spend.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.base import CrudService, transaction
from desktop.services.training_enrolments import EnrolmentService
from desktop.storage import choices
from desktop.storage.models import Enrolment, ExternalTrainingRequest, Staff, StaffRole, Team, Training, display_name
from desktop.textsearch import fold


class ExternalTrainingRequestService(CrudService):
    model = ExternalTrainingRequest
    vocabularies = {"decision": choices.REQUEST_DECISIONS}
    rules = {
        "title": lambda f, value: v.text(f, value, required=True, max_length=200),
        "provider_name": lambda f, value: v.text(f, value, max_length=150),
        "cost": lambda f, value: _cost(f, value),
        "reason": lambda f, value: v.text(f, value, max_length=2000, multiline=True),
    }

    def check(self, data, instance):
        first, last = data.get("first_day"), data.get("last_day")
        if first and last and last < first:
            raise ValidationError("last_day", _("The last day lies before the first day."))
        decision = data.get("decision") or "pending"
        if decision == "refused" and not data.get("reason"):
            raise ValidationError("reason", _("A refusal needs a reason: say why the request is refused."))
        if decision != "pending" and not data.get("manager"):
            raise ValidationError("manager", _("Choose the manager who decided."))
        decided = data.get("decided_on")
        if decided is not None and decided > clock.today():
            raise ValidationError("decided_on", _("This date lies in the future; it can only be filled in afterwards."))
        requested = data.get("requested_on")
        if decided is not None and requested is not None and decided < requested:
            raise ValidationError("decided_on", _("The decision lies before the request."))
        if data.get("manager") is not None and data.get("manager") == data.get("staff"):
            raise ValidationError("manager", _("A request is decided by a manager, not by the person who asks."))


def _cost(field_name: str, value):
    number = v.decimal(field_name, value, required=True, maximum=1_000_000)
    if number < 0:
        raise ValidationError(field_name, _("A cost cannot be negative; enter 0 or more."))
    return number


@dataclass
class RequestSaved:
    request_id: int
    created: bool
    previous: dict[str, Any] = field(default_factory=dict)
    new: dict[str, Any] = field(default_factory=dict)
    enrolment_id: int | None = None  # made by this save, so undoing it removes it again
    version: int | None = None  # of the request as this save (or its undo) left it, for the next step to state


def save_request(request_id: int | None, values: dict[str, Any], seen_version: int | None = None) -> RequestSaved:
    """Create or change a request; a decision other than pending gets today as its date unless one is given, and
    an approval with a catalogue training enrols the person. All of it is saved, or nothing; a change is refused
    when someone else changed the request since `seen_version` (the one the dialog read)."""
    service = ExternalTrainingRequestService()
    values = dict(values)
    if values.get("decision") in ("approved", "refused") and not values.get("decided_on"):
        current = service.get(request_id) if request_id is not None else None
        kept = current.decided_on if current is not None and current.decision == values["decision"] else None
        values["decided_on"] = kept or clock.today()
    elif values.get("decision") == "pending":
        values["decided_on"] = None
    with transaction():
        if request_id is None:
            request = service.create(**values)
            saved = RequestSaved(request.id, True, new=values)
        else:
            request, previous = service.update(request_id, seen_version=seen_version, **values)
            saved = RequestSaved(request.id, False, previous=previous, new={k: values[k] for k in previous})
        if request.decision == "approved" and request.training_id is not None and request.enrolment_id is None:
            saved.enrolment_id = _enrol(request)
        saved.version = _version(request.id)
    return saved


def _version(request_id: int) -> int:
    return (
        ExternalTrainingRequest.select(ExternalTrainingRequest.version)
        .where(ExternalTrainingRequest.id == request_id)
        .scalar()
    )


def _enrol(request: ExternalTrainingRequest) -> int:
    try:
        enrolment = EnrolmentService().create(training=request.training_id, staff=request.staff_id)
    except ValidationError as error:
        # The enrolment's own rule (already enrolled, say) is about the training chosen on the request.
        raise ValidationError("training", error.message) from None
    ExternalTrainingRequest.update(enrolment=enrolment.id).where(ExternalTrainingRequest.id == request.id).execute()
    return enrolment.id


def undo_save(saved: RequestSaved) -> None:
    """Take back what `save_request` did: the enrolment it made, then the new request or the changed values."""
    service = ExternalTrainingRequestService()
    with transaction():
        if saved.version is not None:  # refused when someone else changed the request since the save
            service.claim_version(saved.request_id, saved.version)
        if saved.enrolment_id is not None:
            ExternalTrainingRequest.update(enrolment=None).where(
                ExternalTrainingRequest.enrolment == saved.enrolment_id
            ).execute()
            EnrolmentService().delete(saved.enrolment_id)
        if saved.created:
            service.delete(saved.request_id)
        elif saved.previous:
            service.update(saved.request_id, **saved.previous)
        if not saved.created:
            saved.version = _version(saved.request_id)


def redo_save(saved: RequestSaved) -> RequestSaved:
    """Do an undone save again (a created request comes back with its number when it was deleted by the undo)."""
    if saved.created:
        return save_request(None, saved.new)
    return save_request(saved.request_id, saved.new, seen_version=saved.version)


# -- reading ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    id: int
    person: str
    title: str
    provider: str
    cost: Any
    first_day: dt.date
    last_day: dt.date | None
    decision: str
    manager: str
    reason: str
    enrolled: bool
    version: int  # as read, for a delete to state


def request_rows(year: int | None = None) -> list[RequestRow]:
    """The requests (of the year they start in, or all), newest first; names only for the window."""
    manager = Staff.alias()
    query = (
        ExternalTrainingRequest.select(
            ExternalTrainingRequest,
            Staff.first_name,
            Staff.name_prefix,
            Staff.last_name,
            manager.first_name.alias("m_first"),
            manager.name_prefix.alias("m_prefix"),
            manager.last_name.alias("m_last"),
        )
        .join(Staff, on=ExternalTrainingRequest.staff == Staff.id)
        .switch(ExternalTrainingRequest)
        .join(manager, on=ExternalTrainingRequest.manager == manager.id, join_type=JOIN.LEFT_OUTER)
        .order_by(ExternalTrainingRequest.first_day.desc(), ExternalTrainingRequest.id.desc())
    )
    if year is not None:
        query = query.where(ExternalTrainingRequest.first_day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return [
        RequestRow(
            row["id"],
            display_name(row["first_name"], row["name_prefix"], row["last_name"]),
            row["title"],
            row["provider_name"],
            row["cost"],
            v.date("first_day", row["first_day"]),
            v.date("last_day", row["last_day"]),
            row["decision"],
            display_name(row["m_first"], row["m_prefix"], row["m_last"]),
            row["reason"],
            row["enrolment"] is not None,
            row["version"],
        )
        for row in query.dicts()
    ]


def get_request(request_id: int) -> ExternalTrainingRequest:
    return ExternalTrainingRequestService().get(request_id)


def staff_choices(current: int | None = None) -> list[tuple[int, str]]:
    """Active staff by last name (and `current`, when no longer active): who can ask."""
    people = {s.id: s for s in Staff.select().where(Staff.active)}
    if current is not None and current not in people:
        extra = Staff.get_or_none(id=current)
        if extra is not None:
            people[extra.id] = extra
    return [(s.id, s.display_name) for s in sorted(people.values(), key=lambda s: fold(s.sort_name))]


def manager_choices(staff_id: int | None, current: int | None = None) -> list[tuple[int, str]]:
    """Managers, those of the person's location first (they usually decide), then the others."""
    location = None
    if staff_id is not None:
        person = Staff.get_or_none(id=staff_id)
        if person is not None:
            team = Team.get_or_none(id=person.team_id) if person.team_id else None
            location = team.location_id if team is not None else person.location_id
    query = (
        Staff.select(Staff, Team.location.alias("team_location"))
        .join(StaffRole)
        .switch(Staff)
        .join(Team, on=Staff.team == Team.id, join_type=JOIN.LEFT_OUTER)
        .where((StaffRole.role == "manager") & Staff.active)
        .objects()
    )
    people = {s.id: s for s in query}
    if current is not None and current not in people:
        extra = Staff.get_or_none(id=current)
        if extra is not None:
            people[extra.id] = extra

    def order(person):
        here = location is not None and (getattr(person, "team_location", None) or person.location_id) == location
        return (not here, fold(person.sort_name))

    return [(s.id, s.display_name) for s in sorted(people.values(), key=order)]


def training_choices() -> list[tuple[int, str]]:
    """The active trainings a request can enrol the person in, by title."""
    query = Training.select(Training.id, Training.title).where(Training.active).order_by(Training.title)
    return [(row.id, row.title) for row in query]


def enrolment_exists(enrolment_id: int) -> bool:
    return Enrolment.select().where(Enrolment.id == enrolment_id).exists()
