"""Learning together, on the learning climate window's third and fourth tab: the register of meetings (the
coaches' meetings among them, written where the coaching tab keeps them), with who took part and a reminder
beside the notes that they never hold client data; and the groups with their rhythm and next due date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.i18n import N_, _, format_date
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.widgets import (
    confirm,
    fill_combo,
    fill_vocabulary,
    select,
    select_where,
    selected_object,
    set_date,
)

STAFF_ID = Qt.ItemDataRole.UserRole
COACH_MEETING = "coach_meeting"
OVERDUE = QBrush(QColor("#b3261e"))


def _day(day) -> str:
    return format_date(day, "short") if day else ""


class RegisterModel(RowTableModel):
    columns = (
        Column("held_on", N_("Date"), lambda e: _day(e.held_on), sort=lambda e: e.held_on),
        Column("kind", N_("Kind of learning"), lambda e: choices.label(choices.GROUP_LEARNING_KINDS, e.kind)),
        Column("group", N_("Group"), lambda e: e.group),
        Column("topic", N_("Topic"), lambda e: e.topic),
        Column("facilitator", N_("Facilitator"), lambda e: e.facilitator),
        Column(
            "participants",
            N_("Took part"),
            lambda e: str(len(e.participant_ids)),
            sort=lambda e: len(e.participant_ids),
            align_right=True,
        ),
    )


def _overdue(group):
    return OVERDUE if group.overdue(clock.today()) else None


class GroupModel(RowTableModel):
    columns = (
        Column("name", N_("Group"), lambda g: g.name),
        Column("kind", N_("Kind of learning"), lambda g: choices.label(choices.GROUP_LEARNING_KINDS, g.kind)),
        Column(
            "rhythm",
            N_("Every (weeks)"),
            lambda g: str(g.rhythm_weeks or ""),
            sort=lambda g: g.rhythm_weeks or 0,
            align_right=True,
        ),
        Column("last_held", N_("Last met"), lambda g: _day(g.last_held), sort=lambda g: g.last_held or clock.today()),
        Column(
            "next_due",
            N_("Next due"),
            lambda g: _day(g.next_due),
            sort=lambda g: g.next_due or clock.today(),
            foreground=_overdue,
        ),
    )


class RegisterPage:
    """Drives the register tab of `window.ui`."""

    def __init__(self, window):
        self.window, self.ui = window, window.ui
        self.entry = None
        self.model = RegisterModel(window)
        table = self.ui.registerTable
        table.setModel(self.model)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(3, table.horizontalHeader().ResizeMode.Stretch)
        table.horizontalHeader().setResizeContentsPrecision(40)  # thousands of meetings: measured on a screenful
        self.people = QStandardItemModel(window)
        self.ui.participantsList.setModel(self.people)
        fill_vocabulary(self.ui.kindFilterCombo, choices.GROUP_LEARNING_KINDS, empty=_("(every kind)"))
        fill_vocabulary(self.ui.entryKindCombo, choices.GROUP_LEARNING_KINDS)
        self.errors = FieldErrors(
            self.ui.entryErrorLabel,
            {
                "kind": self.ui.entryKindCombo,
                "held_on": self.ui.heldEdit,
                "group": self.ui.groupCombo,
                "facilitator": self.ui.facilitatorCombo,
                "topic": self.ui.topicEdit,
                "notes": self.ui.notesEdit,
                "participants": self.ui.participantsList,
                "attendees": self.ui.participantsList,
            },
            {"participants": _("Who took part"), "attendees": _("Who took part")},
        )
        self.ui.registerSplitter.setStretchFactor(0, 2)
        self.ui.registerSplitter.setStretchFactor(1, 3)
        self.ui.kindFilterCombo.currentIndexChanged.connect(self.reload)
        self.ui.entryKindCombo.currentIndexChanged.connect(self._kind_changed)
        table.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.newEntryButton.clicked.connect(self.start_new)
        self.ui.saveEntryButton.clicked.connect(self.save)
        self.ui.deleteEntryButton.clicked.connect(self.delete)
        self.reload()

    def reload(self, *_args) -> None:
        from desktop.services import group_learning

        self.model.set_rows(group_learning.register(self.ui.kindFilterCombo.currentData()))
        self.ui.registerTable.resizeColumnsToContents()
        self.start_new()

    def _show_stored(self, entry) -> None:
        """Show the meeting as stored now (someone else saved it since it was read here)."""
        self.reload()
        select_where(self.ui.registerTable, lambda row: (row.table, row.id) == (entry.table, entry.id))

    def _fill_people(self, chosen: tuple[int, ...]) -> None:
        from desktop.services import group_learning

        people = group_learning.staff_choices(chosen)
        self.people.clear()
        # Who took part first, so a meeting's participants are seen at once among hundreds of staff.
        for staff_id, name in sorted(people, key=lambda person: person[0] not in chosen):
            item = QStandardItem(name)
            item.setData(staff_id, STAFF_ID)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if staff_id in chosen else Qt.CheckState.Unchecked)
            self.people.appendRow(item)
        fill_combo(self.ui.facilitatorCombo, people, empty=_("(nobody named)"))

    def _fill_groups(self, kind: str) -> None:
        from desktop.services import group_learning

        options = [(g.id, g.name) for g in group_learning.groups() if g.id is not None and g.kind == kind and g.active]
        fill_combo(self.ui.groupCombo, options, empty=_("(no group)"))

    def _kind_changed(self, *_args) -> None:
        kind = self.ui.entryKindCombo.currentData()
        coach = kind == COACH_MEETING
        # A coach meeting is kept on the Coaching tab with its date, who came and notes only.
        for widget in (self.ui.groupCombo, self.ui.facilitatorCombo, self.ui.topicEdit):
            widget.setEnabled(not coach)
        if coach:
            self.ui.topicEdit.clear()
            self.ui.facilitatorCombo.setCurrentIndex(0)
        self._fill_groups(kind)

    def chosen_people(self) -> list[int]:
        return [
            self.people.item(row).data(STAFF_ID)
            for row in range(self.people.rowCount())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]

    def start_new(self) -> None:
        self.entry = None
        self.ui.registerTable.clearSelection()
        self.ui.entryKindCombo.setEnabled(True)
        self._kind_changed()
        self.ui.heldEdit.setText(format_date(clock.today(), "short"))
        self.ui.topicEdit.clear()
        self.ui.notesEdit.clear()
        self._fill_people(())
        self.errors.clear()
        self.ui.deleteEntryButton.setEnabled(False)

    def _chosen(self, *_args) -> None:
        entry = selected_object(self.ui.registerTable)
        if entry is None:
            return
        self.entry = entry
        select(self.ui.entryKindCombo, entry.kind)
        self.ui.entryKindCombo.setEnabled(False)  # a meeting keeps its kind: add a new one instead
        self._kind_changed()
        set_date(self.ui.heldEdit, entry.held_on)
        self._fill_people(entry.participant_ids)
        select(self.ui.groupCombo, entry.group_id)
        select(self.ui.facilitatorCombo, entry.facilitator_id)
        self.ui.topicEdit.setText(entry.topic)
        self.ui.notesEdit.setPlainText(entry.notes)
        self.errors.clear()
        self.ui.deleteEntryButton.setEnabled(True)

    def save(self) -> bool:
        from desktop.services import group_learning

        try:
            table, record_id = group_learning.save_entry(
                self.entry.table if self.entry else None,
                self.entry.id if self.entry else None,
                self.ui.entryKindCombo.currentData(),
                self.ui.heldEdit.text(),
                self.ui.groupCombo.currentData(),
                self.ui.facilitatorCombo.currentData(),
                self.ui.topicEdit.text(),
                self.ui.notesEdit.toPlainText(),
                self.chosen_people(),
                seen_version=self.entry.version if self.entry else None,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self.window, self.errors, error, lambda entry=self.entry: self._show_stored(entry))
            return False
        except LeerWerkError as error:
            self.ui.entryErrorLabel.setText(error.message)
            return False
        self.reload()
        self.window.groups_page.reload()
        self.window.on_change()
        return True

    def delete(self) -> None:
        from desktop.services import group_learning

        if self.entry is None or not confirm(
            self.window, _("Delete meeting"), _("Delete this meeting from the register?")
        ):
            return
        try:
            group_learning.delete_entry(self.entry.table, self.entry.id, self.entry.version)
        except LeerWerkError as error:
            QMessageBox.warning(self.window, _("Not deleted"), error.message)
            self.reload()
            return
        self.reload()
        self.window.groups_page.reload()
        self.window.on_change()


class GroupsPage:
    """Drives the groups tab of `window.ui`: the groups with when they are due, and a form for one group."""

    def __init__(self, window):
        self.window, self.ui = window, window.ui
        self.group_id: int | None = None
        self.group_version: int | None = None  # of the group shown, stated by its save
        self.model = GroupModel(window)
        table = self.ui.groupsTable
        table.setModel(self.model)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(0, table.horizontalHeader().ResizeMode.Stretch)
        fill_vocabulary(self.ui.groupKindCombo, choices.REGISTER_KINDS)
        self.errors = FieldErrors(
            self.ui.groupErrorLabel,
            {"name": self.ui.groupNameEdit, "kind": self.ui.groupKindCombo, "rhythm_weeks": self.ui.rhythmEdit},
            {"rhythm_weeks": _("Every (weeks)")},
        )
        table.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.newGroupButton.clicked.connect(self.start_new)
        self.ui.saveGroupButton.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        from desktop.services import group_learning

        self.model.set_rows(group_learning.groups())
        self.ui.groupsTable.resizeColumnsToContents()
        self.start_new()

    def _show_stored(self, group_id: int) -> None:
        """Show the group as stored now (someone else saved it since it was read here)."""
        self.reload()
        select_where(self.ui.groupsTable, lambda row: row.id == group_id)

    def start_new(self) -> None:
        self.group_id = self.group_version = None
        self.ui.groupsTable.clearSelection()
        for widget in (self.ui.groupNameEdit, self.ui.groupKindCombo, self.ui.rhythmEdit, self.ui.groupActiveCheck):
            widget.setEnabled(True)
        self.ui.groupNameEdit.clear()
        self.ui.rhythmEdit.clear()
        self.ui.groupActiveCheck.setChecked(True)
        self.errors.clear()

    def _chosen(self, *_args) -> None:
        group = selected_object(self.ui.groupsTable)
        if group is None:
            return
        self.group_id, self.group_version = group.id, group.version
        self.ui.groupNameEdit.setText(group.name)
        select(self.ui.groupKindCombo, group.kind)
        self.ui.rhythmEdit.setText(str(group.rhythm_weeks or ""))
        self.ui.groupActiveCheck.setChecked(group.active)
        # The coaches' rhythm is the coaching tab's: shown here, changed there.
        for widget in (self.ui.groupNameEdit, self.ui.groupKindCombo, self.ui.rhythmEdit, self.ui.groupActiveCheck):
            widget.setEnabled(group.id is not None)
        self.ui.saveGroupButton.setEnabled(group.id is not None)
        self.errors.clear()

    def save(self) -> bool:
        from desktop.services import group_learning

        try:
            group_learning.save_group(
                self.group_id,
                self.ui.groupKindCombo.currentData(),
                self.ui.groupNameEdit.text(),
                self.ui.rhythmEdit.text(),
                self.ui.groupActiveCheck.isChecked(),
                seen_version=self.group_version,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self.window, self.errors, error, lambda group_id=self.group_id: self._show_stored(group_id))
            return False
        except LeerWerkError as error:
            self.ui.groupErrorLabel.setText(error.message)
            return False
        self.reload()
        self.window.register_page.reload()
        self.window.on_change()
        return True
