"""The actions a team agreed after its scan (what, who, by when, done), on the learning climate window's
second tab: a list per team, and a form below it to add or change one."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.i18n import N_, _, format_date
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.widgets import confirm, fill_combo, select_where, selected_object, set_date

OVERDUE = QBrush(QColor("#b3261e"))


def _day(day) -> str:
    return format_date(day, "short") if day else ""


def _overdue(action):
    return OVERDUE if action.done_on is None and action.due_on and action.due_on < clock.today() else None


class ActionModel(RowTableModel):
    columns = (
        Column("team", N_("Team"), lambda a: a.team),
        Column("what", N_("What"), lambda a: a.what),
        Column("who", N_("Who"), lambda a: a.who),
        Column(
            "due_on", N_("By"), lambda a: _day(a.due_on), sort=lambda a: a.due_on or clock.today(), foreground=_overdue
        ),
        Column("done_on", N_("Done on"), lambda a: _day(a.done_on), sort=lambda a: a.done_on or clock.today()),
    )


class ActionsPage:
    """Drives the actions tab of `window.ui`."""

    def __init__(self, window):
        from desktop.services import reference

        self.window, self.ui = window, window.ui
        self.action_id: int | None = None
        self.model = ActionModel(window)
        self.ui.actionTable.setModel(self.model)
        self.ui.actionTable.setSelectionBehavior(self.ui.actionTable.SelectionBehavior.SelectRows)
        self.ui.actionTable.setSelectionMode(self.ui.actionTable.SelectionMode.SingleSelection)
        self.ui.actionTable.horizontalHeader().setStretchLastSection(False)
        self.ui.actionTable.horizontalHeader().setSectionResizeMode(
            1, self.ui.actionTable.horizontalHeader().ResizeMode.Stretch
        )
        fill_combo(
            self.ui.teamCombo, [(team_id, label) for team_id, label, active in reference.team_choices() if active]
        )
        self.errors = FieldErrors(
            self.ui.actionErrorLabel,
            {"what": self.ui.whatEdit, "who": self.ui.whoEdit, "due_on": self.ui.dueEdit, "done_on": self.ui.doneEdit},
            {"what": _("What"), "who": _("Who"), "due_on": _("By"), "done_on": _("Done on")},
        )
        self.ui.teamCombo.currentIndexChanged.connect(self.reload)
        self.ui.openOnlyCheck.toggled.connect(self.reload)
        self.ui.actionTable.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.newActionButton.clicked.connect(self.start_new)
        self.ui.saveActionButton.clicked.connect(self.save)
        self.ui.deleteActionButton.clicked.connect(self.delete)
        self.reload()

    def show_team(self, team_id: int) -> None:
        self.ui.teamCombo.setCurrentIndex(max(0, self.ui.teamCombo.findData(team_id)))

    def choose(self, action_id: int) -> None:
        select_where(self.ui.actionTable, lambda action: action.id == action_id)

    def reload(self, *_args) -> None:
        from desktop.services import climate

        team_id = self.ui.teamCombo.currentData()
        self.model.set_rows(climate.actions(team_id, open_only=self.ui.openOnlyCheck.isChecked()) if team_id else [])
        self.ui.actionTable.resizeColumnsToContents()
        self.start_new()

    def _show_stored(self, action_id: int) -> None:
        """Show the action as stored now (someone else saved it since it was read here)."""
        self.reload()
        self.choose(action_id)

    def start_new(self) -> None:
        self.action_id = self.action_version = None
        self.ui.actionTable.clearSelection()
        for edit in (self.ui.whatEdit, self.ui.whoEdit, self.ui.dueEdit, self.ui.doneEdit):
            edit.clear()
        self.errors.clear()
        self.ui.deleteActionButton.setEnabled(False)

    def _chosen(self, *_args) -> None:
        action = selected_object(self.ui.actionTable)
        if action is None:
            return
        self.action_id, self.action_version = action.id, action.version
        self.ui.whatEdit.setText(action.what)
        self.ui.whoEdit.setText(action.who)
        set_date(self.ui.dueEdit, action.due_on)
        set_date(self.ui.doneEdit, action.done_on)
        self.errors.clear()
        self.ui.deleteActionButton.setEnabled(True)

    def save(self) -> bool:
        from desktop.services import climate

        team_id = self.ui.teamCombo.currentData()
        if team_id is None:
            return False
        try:
            climate.save_action(
                self.action_id,
                team_id,
                self.ui.whatEdit.text(),
                self.ui.whoEdit.text(),
                self.ui.dueEdit.text(),
                self.ui.doneEdit.text(),
                seen_version=self.action_version,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self.window, self.errors, error, lambda: self._show_stored(self.action_id))
            return False
        except LeerWerkError as error:
            self.ui.actionErrorLabel.setText(error.message)
            return False
        self.reload()
        self.window.on_change()
        return True

    def delete(self) -> None:
        from desktop.services import climate

        if self.action_id is None:
            return
        if not confirm(self.window, _("Delete action"), _("Delete this agreed action?")):
            return
        try:
            climate.delete_action(self.action_id, self.action_version)
        except LeerWerkError as error:
            QMessageBox.warning(self.window, _("Not deleted"), error.message)
            self.reload()
            return
        self.reload()
        self.window.on_change()
