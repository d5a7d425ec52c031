"""The table models of the Trainings tab and its dialogs: columns, how they show and how they sort."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop import clock
from desktop.i18n import N_, _, format_date, format_number, ngettext
from desktop.services.training_lists import NO_SESSION, EnrolmentRow, PersonRow, SessionRow, TrainingRow
from desktop.storage import choices
from desktop.views.kit.table_model import Column, RowTableModel

RETIRED = QColor("#6b7280")
WAITING = QColor("#8a5a00")
CANCELLED = QColor("#6b7280")
STATUS_ORDER = ("enrolled", "waiting", "attended", "completed", "no_show", "cancelled")


def requirement_text(row: TrainingRow) -> str:
    """For whom a mandatory training is required, in words."""
    if not row.mandatory:
        return ""
    if not row.requirements:
        return _("All staff")
    parts = []
    for role, learner_type, all_staff in row.requirements:
        if all_staff:
            parts.append(_("All staff"))
        elif role:
            parts.append(choices.label(choices.STAFF_ROLES, role))
        else:
            parts.append(choices.label(choices.LEARNER_TYPES, learner_type))
    return ", ".join(parts)


def validity_text(months: int | None) -> str:
    if not months:
        return ""
    return ngettext("{count} month", "{count} months", months).format(count=months)


def _hours(row: TrainingRow) -> str:
    return format_number(row.hours) if row.hours is not None else ""


def _provider(row: TrainingRow) -> str:
    kind = choices.label(choices.PROVIDER_KINDS, row.provider_kind)
    return f"{kind}: {row.provider_name}" if row.provider_name else kind


def _part_of(row: TrainingRow) -> str:
    if row.modules:
        return ngettext("programme of {count} module", "programme of {count} modules", row.modules).format(
            count=row.modules
        )
    return _("module of {programme}").format(programme=row.programme) if row.programme else ""


class TrainingsModel(RowTableModel):
    columns = (
        Column(
            "title", N_("Title"), lambda r: r.title, foreground=lambda r: None if r.active else RETIRED,
            tooltip=lambda r: r.title if r.active else _("{title} (retired)").format(title=r.title),
        ),
        Column("kind", N_("Kind"), lambda r: choices.label(choices.TRAINING_KINDS, r.kind)),
        Column("dayparts", N_("Half-days"), lambda r: str(r.dayparts or ""), sort=lambda r: r.dayparts,
               searchable=False, align_right=True),
        Column("hours", N_("Hours"), _hours, sort=lambda r: r.hours, searchable=False, align_right=True),
        Column("provider", N_("Provider"), _provider),
        Column("mandatory", N_("Mandatory for"), requirement_text),
        Column("validity", N_("Valid for"), lambda r: validity_text(r.validity_months),
               sort=lambda r: r.validity_months, searchable=False),
        Column("part_of", N_("Programme"), _part_of),
        Column("next_session", N_("Next session"), lambda r: format_date(r.next_session, "short"),
               sort=lambda r: r.next_session, searchable=False),
        Column("open", N_("Open enrolments"), lambda r: str(r.open_enrolments or ""),
               sort=lambda r: r.open_enrolments, searchable=False, align_right=True),
        Column("active", N_("Status"), lambda r: _("Active") if r.active else _("Retired"), searchable=False),
    )  # fmt: skip


def session_dates_text(row: SessionRow) -> str:
    if row.id == NO_SESSION:
        return _("Without a session")
    if row.first_day is None:
        return _("No dates yet")
    first = format_date(row.first_day, "short")
    if row.last_day == row.first_day:
        return first
    return f"{first} – {format_date(row.last_day, 'short')}"


def places_text(row: SessionRow) -> str:
    if row.id == NO_SESSION:
        return str(row.taken)
    if row.capacity is None:
        return str(row.taken)
    return f"{row.taken}/{row.capacity}"


def session_state(row: SessionRow) -> str:
    if row.id == NO_SESSION:
        return ""
    if row.cancelled:
        return _("Cancelled")
    if row.last_day is not None and row.last_day < clock.today():
        return _("Held")
    if row.capacity is not None and row.taken >= row.capacity:
        return _("Full")
    return _("Planned")


class SessionsModel(RowTableModel):
    columns = (
        Column("dates", N_("Dates"), session_dates_text, sort=lambda r: (r.id != NO_SESSION, r.first_day)),
        Column("location", N_("Location"), lambda r: ", ".join(p for p in (r.location, r.venue) if p)),
        Column("trainer", N_("Trainer"), lambda r: r.trainer),
        Column("places", N_("Places"), places_text, sort=lambda r: r.taken, align_right=True, searchable=False),
        Column("waiting", N_("Waiting"), lambda r: str(r.waiting or ""), sort=lambda r: r.waiting,
               align_right=True, searchable=False),
        Column("state", N_("State"), session_state, foreground=lambda r: CANCELLED if r.cancelled else None),
    )  # fmt: skip


def enrolment_status(row: EnrolmentRow) -> str:
    label = choices.label(choices.ENROLMENT_STATUSES, row.status)
    if row.status == "waiting" and row.queue_position:
        return _("{status} ({position})").format(status=label, position=row.queue_position)
    return label


def person_detail(kind: str, detail: str) -> str:
    return choices.label(choices.LEARNER_TYPES, detail) if kind == "learner" else detail


def _valid_until(row: EnrolmentRow) -> str:
    if row.expires_on is not None:
        return format_date(row.expires_on, "short")
    return _("no expiry") if row.certificates else ""


class EnrolmentsModel(RowTableModel):
    columns = (
        Column("name", N_("Name"), lambda r: r.name, sort=lambda r: r.sort_name),
        Column("detail", N_("Team or type"), lambda r: person_detail(r.kind, r.detail)),
        Column(
            "status", N_("Status"), enrolment_status,
            sort=lambda r: (STATUS_ORDER.index(r.status), r.queue_position or 0), searchable=False,
            foreground=lambda r: WAITING if r.status == "waiting" else CANCELLED if r.status == "cancelled" else None,
        ),
        Column("enrolled_on", N_("Enrolled on"), lambda r: format_date(r.enrolled_on, "short"),
               sort=lambda r: r.enrolled_on, searchable=False),
        Column("completed_on", N_("Completed on"), lambda r: format_date(r.completed_on, "short"),
               sort=lambda r: r.completed_on, searchable=False),
        Column("valid_until", N_("Valid until"), _valid_until, sort=lambda r: r.expires_on, searchable=False),
        Column("score", N_("Score"), lambda r: r.score, searchable=False, align_right=True),
        Column("attendance", N_("Present"), lambda r: f"{r.present}/{r.recorded}" if r.recorded else "",
               sort=lambda r: r.present, searchable=False, align_right=True),
        Column("goals", N_("Goals"), lambda r: str(r.goals or ""), sort=lambda r: r.goals,
               searchable=False, align_right=True),
    )  # fmt: skip


class PeopleModel(RowTableModel):
    columns = (
        Column("name", N_("Name"), lambda r: r.name, sort=lambda r: r.sort_name),
        Column("kind", N_("Staff or learner"), lambda r: _("Staff member") if r.kind == "staff" else _("Learner")),
        Column("detail", N_("Team or type"), lambda r: person_detail(r.kind, r.detail)),
        Column("location", N_("Location"), lambda r: r.location),
    )


def people_filter(audience: str | None):
    if audience == "staff":
        return lambda r: r.kind == "staff"
    if audience == "learners":
        return lambda r: r.kind == "learner"
    return None


__all__ = ["PersonRow"]
