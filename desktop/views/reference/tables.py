"""The table models of the reference-data dialog: one per kind of record, on the common row model.

Inactive records stay in the lists, in grey, so history that refers to them still makes sense.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop import clock
from desktop.i18n import N_, _, format_date
from desktop.storage import choices
from desktop.views.kit.table_model import Column, RowTableModel

EXPIRED = QColor("#b00020")


def _inactive_brush(row) -> QBrush | None:
    if getattr(row, "active", True):
        return None
    return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


def column(key, header, display, sort=None, align_right=False) -> Column:
    return Column(key, header, display, sort=sort, align_right=align_right, foreground=_inactive_brush)


def count_column(key, header, attribute) -> Column:
    def count(row) -> int:
        return getattr(row, attribute, 0)

    return column(key, header, lambda r: str(count(r)), count, align_right=True)


def active_column() -> Column:
    return column("active", N_("Active"), lambda r: _("Yes") if r.active else _("No"), lambda r: not r.active)


def person_column() -> Column:
    # Shown as "Zoë van der Berg", sorted the Dutch way under B: "Berg, Zoë van der".
    return column("name", N_("Name"), lambda r: r.display_name, lambda r: r.sort_name)


class SchoolModel(RowTableModel):
    columns = (
        column("name", N_("Name"), lambda r: r.name),
        column("city", N_("City"), lambda r: r.city),
        column("kind", N_("Kind"), lambda r: choices.label(choices.SCHOOL_KINDS, r.kind)),
        column("brin", N_("BRIN code"), lambda r: r.brin),
        count_column("supervisors", N_("BPV supervisors"), "supervisor_count"),
        column("phone", N_("Phone"), lambda r: r.phone),
        column("email", N_("E-mail"), lambda r: r.email),
        active_column(),
    )


class SupervisorModel(RowTableModel):
    stretch = "email"  # child lists are narrow: this column takes the room, the others fit their text
    columns = (
        person_column(),
        column("email", N_("E-mail"), lambda r: r.email),
        column("phone", N_("Phone"), lambda r: r.phone),
        active_column(),
    )


class ProgrammeModel(RowTableModel):
    columns = (
        column("name", N_("Name"), lambda r: r.name),
        column("crebo", N_("Crebo"), lambda r: r.crebo or ""),
        column("level", N_("Level"), lambda r: choices.label(choices.LEVELS, r.level), lambda r: r.level),
        column("pathway", N_("Learning pathway"), lambda r: r.pathway or ""),
        column("cohort", N_("Cohort"), lambda r: str(r.cohort or ""), lambda r: r.cohort, align_right=True),
        count_column("work_processes", N_("Work processes"), "work_process_count"),
        active_column(),
    )


class WorkProcessModel(RowTableModel):
    """In the programme's own order: the order they are printed in on forms."""

    stretch = "title"

    columns = (
        Column("code", N_("Code"), lambda r: r.code),
        Column("title", N_("Title"), lambda r: r.title),
    )


class LocationModel(RowTableModel):
    columns = (
        column("name", N_("Name"), lambda r: r.name),
        column("address", N_("Address"), lambda r: r.address),
        column("city", N_("City"), lambda r: r.city),
        count_column("teams", N_("Teams"), "team_count"),
        active_column(),
    )


class TeamModel(RowTableModel):
    stretch = "name"
    columns = (
        column("name", N_("Name"), lambda r: r.name),
        count_column("staff", N_("Staff"), "staff_count"),
        active_column(),
    )


def _role_labels(row) -> str:
    return ", ".join(choices.label(SHORT_ROLES, code) for code in row.role_codes)


# The roles in a few words, for a column that lists several.
SHORT_ROLES = {
    "practice_trainer": N_("Practice trainer"),
    "work_supervisor": N_("Work supervisor"),
    "learning_coach": N_("Learning coach"),
    "manager": N_("Manager"),
    "trainer": N_("Trainer"),
    "assessor": N_("Assessor"),
}


class StaffModel(RowTableModel):
    columns = (
        person_column(),
        column("team", N_("Team"), lambda r: r.team_label),
        column("roles", N_("Roles"), _role_labels),
        column("job_title", N_("Job title"), lambda r: r.job_title),
        column("employee_number", N_("Employee number"), lambda r: r.employee_number or ""),
        column("email", N_("E-mail"), lambda r: r.email),
        column("phone", N_("Phone"), lambda r: r.phone),
        active_column(),
    )


def _expired(row) -> QColor | None:
    if row.certified_until and row.certified_until < clock.today():
        return EXPIRED
    return None


class RoleModel(RowTableModel):
    stretch = "role"
    columns = (
        Column("role", N_("Role"), lambda r: choices.label(choices.STAFF_ROLES, r.role)),
        Column("since", N_("Since"), lambda r: format_date(r.since, "short"), sort=lambda r: r.since),
        Column(
            "certified_until",
            N_("Certified until"),
            lambda r: format_date(r.certified_until, "short"),
            sort=lambda r: r.certified_until,
            foreground=_expired,
        ),
    )


def _recognition_over(row) -> QColor | None:
    return EXPIRED if row.ends_on < clock.today() else None


class RecognitionModel(RowTableModel):
    columns = (
        Column("crebo", N_("Crebo"), lambda r: r.crebo),
        Column("programmes", N_("Programmes"), lambda r: r.programmes),
        Column(
            "starts_on", N_("Recognised from"), lambda r: format_date(r.starts_on, "short"), sort=lambda r: r.starts_on
        ),
        Column(
            "ends_on",
            N_("Recognised until"),
            lambda r: format_date(r.ends_on, "short"),
            sort=lambda r: r.ends_on,
            foreground=_recognition_over,
        ),
        Column("notes", N_("Notes"), lambda r: r.notes),
    )


class QuestionModel(RowTableModel):
    stretch = "text"
    columns = (
        column("position", N_("Order"), lambda r: str(r.position), lambda r: r.position, align_right=True),
        column("section", N_("Section"), lambda r: r.section),
        column("text", N_("Question"), lambda r: r.text),
        column("kind", N_("Answer"), lambda r: choices.label(choices.QUESTION_KINDS, r.kind)),
        count_column("answers", N_("Answers"), "answer_count"),
        active_column(),
    )


class StatementModel(RowTableModel):
    stretch = "text"
    columns = (
        column("position", N_("Order"), lambda r: str(r.position), lambda r: r.position, align_right=True),
        column("capacity", N_("Climate capacity"), lambda r: choices.label(choices.CAPACITIES, r.capacity)),
        column("text", N_("Statement"), lambda r: r.text),
        count_column("answers", N_("Answers"), "answer_count"),
        active_column(),
    )
