"""The table models of the development lists and the record: columns, how they show and how they sort."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.i18n import N_, format_date, format_number
from desktop.services.development import STATE_ORDER, DueRow
from desktop.services.practice_trainers import TrainerRow
from desktop.services.vakmanschap import ProgressRow
from desktop.views.kit.table_model import Column, RowTableModel

LATE = QColor("#b00020")
SOON = QColor("#8a5a00")
NEVER = dt.date.min


def _date(day: dt.date | None) -> str:
    return format_date(day, "short") if day else ""


def _due_colour(row: DueRow):
    return LATE if row.state in ("never", "overdue") else SOON if row.state == "due" else None


class DueModel(RowTableModel):
    columns = (
        Column("name", N_("Name"), lambda r: r.name, sort=lambda r: r.sort_name),
        Column("kind", N_("Kind"), lambda r: r.kind_label),
        Column(
            "state",
            N_("Status"),
            lambda r: r.state_label,
            sort=lambda r: (STATE_ORDER[r.state], r.next_due or NEVER),
            foreground=_due_colour,
        ),  # fmt: skip
        Column(
            "next_due",
            N_("Next due"),
            lambda r: _date(r.next_due),
            sort=lambda r: r.next_due or NEVER,
            searchable=False,
            foreground=_due_colour,
        ),  # fmt: skip
        Column(
            "held_on",
            N_("Last held on"),
            lambda r: _date(r.held_on),
            sort=lambda r: r.held_on or NEVER,
            searchable=False,
        ),  # fmt: skip
        Column("manager", N_("Manager"), lambda r: r.manager),
        Column("location", N_("Location"), lambda r: r.location),
        Column("team", N_("Team"), lambda r: r.team),
    )


def _progress_colour(row: ProgressRow):
    return LATE if row.state == "not_started" else SOON if row.state == "in_progress" else None


class ProgressModel(RowTableModel):
    """One column per module of the traject, made when the traject is known."""

    def __init__(self, modules, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("name", N_("Name"), lambda r: r.name, sort=lambda r: r.sort_name),
            Column(
                "state",
                N_("Status"),
                lambda r: r.state_label,
                sort=lambda r: r.done_count,
                foreground=_progress_colour,
            ),  # fmt: skip
            Column(
                "done",
                N_("Modules done"),
                lambda r: f"{r.done_count}/{r.total}",
                sort=lambda r: r.done_count,
                searchable=False,
                align_right=True,
            ),  # fmt: skip
            *(
                Column(
                    f"module_{module.id}",
                    module.title,
                    _module_cell(module.id),
                    sort=_module_sort(module.id),
                    searchable=False,
                )  # fmt: skip
                for module in modules
            ),
            Column(
                "completed_on",
                N_("Complete on"),
                lambda r: _date(r.completed_on),
                sort=lambda r: r.completed_on or NEVER,
                searchable=False,
            ),  # fmt: skip
            Column("location", N_("Location"), lambda r: r.location),
            Column("team", N_("Team"), lambda r: r.team),
        )


def _module_cell(module: int):
    return lambda row: _date(row.done.get(module))


def _module_sort(module: int):
    return lambda row: row.done.get(module) or NEVER


def _certification_colour(row: TrainerRow):
    return LATE if row.certification == "expired" else SOON if row.certification == "expiring" else None


class TrainersModel(RowTableModel):
    columns = (
        Column("name", N_("Name"), lambda r: r.name, sort=lambda r: r.sort_name),
        Column(
            "certified_until",
            N_("Certified until"),
            lambda r: _date(r.certified_until),
            sort=lambda r: r.certified_until or NEVER,
            searchable=False,
            foreground=_certification_colour,
        ),  # fmt: skip
        Column(
            "certification", N_("Certification"), lambda r: r.certification_label, foreground=_certification_colour
        ),  # fmt: skip
        Column(
            "fte",
            N_("FTE"),
            lambda r: format_number(r.fte) if r.fte is not None else "",
            sort=lambda r: r.fte or 0,
            searchable=False,
            align_right=True,
        ),  # fmt: skip
        Column(
            "caseload",
            N_("Learners"),
            lambda r: format_number(r.caseload),
            sort=lambda r: r.caseload,
            searchable=False,
            align_right=True,
        ),  # fmt: skip
        Column(
            "per_fte",
            N_("Learners per FTE"),
            lambda r: format_number(r.caseload_per_fte) if r.caseload_per_fte is not None else "",
            sort=lambda r: r.caseload_per_fte or 0,
            searchable=False,
            align_right=True,
        ),  # fmt: skip
        Column(
            "coached", N_("Coaches work supervisors"), lambda r: ", ".join(r.coached), sort=lambda r: len(r.coached)
        ),  # fmt: skip
        Column("location", N_("Location"), lambda r: r.location),
        Column("team", N_("Team"), lambda r: r.team),
    )


class TalksModel(RowTableModel):
    columns = (
        Column("kind", N_("Kind"), lambda t: t.kind_label),
        Column("held_on", N_("Held on"), lambda t: _date(t.held_on), sort=lambda t: t.held_on),
        Column("manager", N_("Manager"), lambda t: t.manager),
        Column("notes", N_("Notes"), lambda t: t.notes.replace("\n", " ")),
    )


class SectionModel(RowTableModel):
    """A part of the record as printed (`RecordSection`): its columns and rows of words, in the printed order."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.columns = tuple(
            Column(f"c{index}", title, _cell(index), sort=_cell(index)) for index, title in enumerate(section.columns)
        )
        self.set_rows(list(section.rows))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        # The titles come translated from the record itself, not as msgids.
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return super().headerData(section, orientation, role)


def _cell(index: int):
    return lambda row: row[index]
