"""Learning goals of one owner (a BPV period, an enrolment): a list with a form below it.

Each goal is saved on its own, at once, as a step on the undo stack; the dialog around it decides
what else to refresh. The form's widgets come from the dialog's Designer file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableView

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.i18n import N_, _, format_date
from desktop.services import records
from desktop.services.learning_goals import goals_of
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, UpdateCommand
from desktop.views.kit.widgets import confirm, fill_vocabulary, prepare_date_edit, select, set_date


class GoalsModel(RowTableModel):
    columns = (
        Column("text", N_("Learning goal"), lambda g: g.text.replace("\n", " "), sort=lambda g: g.position),
        Column("status", N_("Status"), lambda g: choices.label(choices.GOAL_STATUSES, g.status)),
        Column("reviewed_on", N_("Reviewed"), lambda g: format_date(g.reviewed_on, "short"),
               sort=lambda g: g.reviewed_on),
    )  # fmt: skip


@dataclass
class GoalWidgets:
    table: QTableView
    text: QPlainTextEdit
    status: QComboBox
    review: QPlainTextEdit
    new: QPushButton
    save: QPushButton
    delete: QPushButton
    errors: QLabel
    reviewed_by: QComboBox | None = None  # who reviewed it (the enrolment's mentor or coach)
    reviewed_on: QLineEdit | None = None


class GoalsEditor(QObject):
    def __init__(
        self,
        widgets: GoalWidgets,
        owner_field: str,
        undo_stack: QUndoStack,
        on_command: Callable[[], Callable[[], None]],
        after_change: Callable[[], None],
    ):
        """`owner_field` is "period" or "enrolment"; `on_command()` makes the callback an undo step
        calls when it is undone or redone; `after_change` runs after every change made here."""
        super().__init__(widgets.table)
        self.w, self.owner_field, self.undo_stack = widgets, owner_field, undo_stack
        self.on_command, self.after_change = on_command, after_change
        self.owner_id: int | None = None
        self.service = records.service("learning_goal")
        self.model = GoalsModel(self)
        widgets.table.setModel(self.model)
        widgets.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        widgets.table.selectionModel().currentRowChanged.connect(self.show)
        fill_vocabulary(widgets.status, choices.GOAL_STATUSES)
        if widgets.reviewed_on is not None:
            prepare_date_edit(widgets.reviewed_on)
        widgets.new.clicked.connect(self.new)
        widgets.save.clicked.connect(self.save)
        widgets.delete.clicked.connect(self.delete)
        fields = {"text": widgets.text, "status": widgets.status, "review": widgets.review}
        captions = {"text": _("Learning goal"), "status": _("Status"), "review": _("Review")}
        if widgets.reviewed_by is not None:
            fields["reviewed_by"], captions["reviewed_by"] = widgets.reviewed_by, _("Reviewed by")
        if widgets.reviewed_on is not None:
            fields["reviewed_on"], captions["reviewed_on"] = widgets.reviewed_on, _("Reviewed on")
        self.errors = FieldErrors(widgets.errors, fields, captions)
        self.show(QModelIndex())

    # -- reading ---------------------------------------------------------------------------------------
    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.reload()

    def reload(self) -> None:
        """Read the goals again, keeping the one being looked at."""
        current = self.selected()
        rows = []
        if self.owner_id is not None:
            rows = goals_of(self.owner_field, self.owner_id)
        self.model.set_rows(rows)
        if current is not None:
            self._select(current.id)

    def selected(self):  # the goal on the current row, or None
        index = self.w.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def show(self, current: QModelIndex, _previous=None) -> None:
        goal = self.model.row_object(current.row()) if current.isValid() else None
        self.w.text.setPlainText(goal.text if goal else "")
        select(self.w.status, goal.status if goal else "open")
        self.w.review.setPlainText(goal.review if goal else "")
        if self.w.reviewed_by is not None:
            reviewer = goal.reviewed_by_id if goal else None
            if reviewer is not None and self.w.reviewed_by.findData(reviewer) < 0:
                self.w.reviewed_by.addItem(goal.reviewed_by.display_name, reviewer)  # no longer offered
            select(self.w.reviewed_by, reviewer)
        if self.w.reviewed_on is not None:
            set_date(self.w.reviewed_on, goal.reviewed_on if goal else None)
        self.w.delete.setEnabled(goal is not None)

    def _select(self, goal_id: int) -> None:
        row = self.model.row_of(lambda g: g.id == goal_id)
        if row is not None:
            self.w.table.setCurrentIndex(self.model.index(row, 0))

    # -- changing --------------------------------------------------------------------------------------
    def new(self) -> None:
        self.w.table.setCurrentIndex(QModelIndex())
        self.w.table.clearSelection()
        self.show(QModelIndex())
        self.w.text.setFocus()

    def _values(self) -> dict:
        values = {
            "text": self.w.text.toPlainText(),
            "status": self.w.status.currentData(),
            "review": self.w.review.toPlainText(),
        }
        if self.w.reviewed_by is not None:
            values["reviewed_by"] = self.w.reviewed_by.currentData()
        if self.w.reviewed_on is not None:
            values["reviewed_on"] = self.w.reviewed_on.text()
        return values

    def save(self) -> None:
        self.errors.clear()
        values, goal = self._values(), self.selected()
        try:
            if goal is None:
                position = max((g.position for g in self.model.all_rows()), default=-1) + 1
                record = self.service.create(**{self.owner_field: self.owner_id}, position=position, **values)
                command = CreateCommand(self.service, record.id, _("Add learning goal"), on_change=self.on_command())
                self.undo_stack.push(command)
            else:
                record, previous = self.service.update(goal.id, seen_version=goal.version, **values)
                if previous:
                    new = self.service.values_of(record, previous)
                    text = _("Edit learning goal")
                    command = UpdateCommand(self.service, record.id, new, previous, text, self.on_command())
                    self.undo_stack.push(command)
        except ValidationError as error:
            self.errors.show(error)
            return
        except ChangedSinceReadError as error:
            offer_reload(self.w.table.window(), self.errors, error, lambda: self._show_stored(goal.id))
            return
        except LeerWerkError as error:
            QMessageBox.warning(self.w.table.window(), _("Learning goal not saved"), error.message)
            self.reload()
            return
        self.after_change()
        self.reload()
        self._select(record.id)

    def _show_stored(self, goal_id: int) -> None:
        """Show the goal as stored now (someone else saved it since it was read here)."""
        self.reload()
        self._select(goal_id)
        self.show(self.w.table.currentIndex())

    def delete(self) -> None:
        goal = self.selected()
        if goal is None:
            return
        if not confirm(self.w.table.window(), _("Delete learning goal"), _("Delete this learning goal?")):
            return
        try:
            snapshot = self.service.delete_unchanged(goal.id, goal.version)
        except LeerWerkError as error:
            QMessageBox.warning(self.w.table.window(), _("Learning goal not deleted"), error.message)
            self.reload()
            return
        self.undo_stack.push(
            DeleteCommand(self.service, snapshot, _("Delete learning goal"), on_change=self.on_command())
        )
        self.after_change()
        self.reload()
        self.new()
