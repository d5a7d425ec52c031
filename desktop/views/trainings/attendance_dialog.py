"""Attendance per date: everyone with a place in the session down the side, a column per date.

A cell is ticked (present), unticked (absent) or not recorded yet; Del clears it. Each change is saved at
once and is a step on the undo stack. Who was present at every date can be marked completed in one go.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.forms.ui_trainings_attendance_dialog import Ui_AttendanceDialog
from desktop.i18n import N_, _, format_date, ngettext
from desktop.services.training_enrolments import present_at_every_date, record_attendances, set_status
from desktop.services.training_lists import attendance_grid
from desktop.services.trainings import get_session
from desktop.storage import choices
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.widgets import compact_rows, confirm
from desktop.views.trainings.commands import AttendanceCommand, EnrolmentStatesCommand
from desktop.views.trainings.tables import enrolment_status

CHECK = Qt.ItemDataRole.CheckStateRole.value
FIXED = 2  # name and status come before the dates
STATES = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked, None: Qt.CheckState.PartiallyChecked}


class AttendanceModel(RowTableModel):
    def __init__(self, parent=None, on_mark: Callable[[int, int, bool | None], None] | None = None):
        super().__init__(parent)
        self.on_mark = on_mark
        self.dates: list[tuple] = []
        self.marks: dict[tuple[int, int], bool] = {}

    def set_grid(self, dates: list[tuple], people: list, marks: dict) -> None:
        self.dates, self.marks = dates, marks
        columns = [
            Column("name", N_("Name"), lambda r: r.name, sort=lambda r: r.sort_name),
            Column("status", N_("Status"), enrolment_status, searchable=False),
        ]
        for date_id, day, daypart, _start, _end in dates:
            header = f"{format_date(day, 'EEE d-M')}\n{choices.label(choices.DAYPARTS, daypart)}"
            columns.append(Column(f"date{date_id}", header, lambda r, d=date_id: self._text(r.id, d), searchable=False))
        self.columns = tuple(columns)
        self.set_rows(people)

    def _text(self, enrolment: int, date: int) -> str:
        present = self.marks.get((enrolment, date))
        return "" if present is None else _("present") if present else _("absent")

    def date_of(self, column: int) -> int | None:
        return self.dates[column - FIXED][0] if column >= FIXED else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section >= FIXED:
            return self.columns[section].header  # a date, not a message to translate
        return super().headerData(section, orientation, role)

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIXED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == CHECK:
            date = self.date_of(index.column()) if index.isValid() else None
            if date is None:
                return None
            return STATES[self.marks.get((self.row_object(index.row()).id, date))]
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        date = self.date_of(index.column()) if index.isValid() else None
        if role != CHECK or date is None or self.on_mark is None:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.on_mark(self.row_object(index.row()).id, date, present)
        return True


class AttendanceDialog(RememberedDialog):
    remembered_as = "attendance"

    def __init__(
        self,
        undo_stack: QUndoStack,
        session_id: int,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_AttendanceDialog()
        self.ui.setupUi(self)
        self.setObjectName("attendance.dialog")
        self.undo_stack = undo_stack
        self.session_id = session_id
        self._outer_change = on_change or (lambda: None)
        self.model = AttendanceModel(self, on_mark=self.mark)
        table = self.ui.attendanceTable
        table.setModel(self.model)
        table.setObjectName("attendance.table")
        table.setSelectionBehavior(table.SelectionBehavior.SelectItems)
        compact_rows(table)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_current)
        self._clear = clear
        table.selectionModel().currentChanged.connect(lambda *_args: self._update_buttons())
        self.ui.allPresentButton.clicked.connect(self.everyone_present)
        self.ui.completeButton.clicked.connect(self.complete_present)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        session = get_session(session_id)
        self.setWindowTitle(_("Attendance: {title}").format(title=session.training.title))
        self.reload()
        table.resizeColumnsToContents()
        if table.columnWidth(0) > 260:
            table.setColumnWidth(0, 260)
        self.restore_geometry()

    def reload(self) -> None:
        current = self.ui.attendanceTable.currentIndex()
        dates, people, marks = attendance_grid(self.session_id)
        self.model.set_grid(dates, people, marks)
        if current.isValid() and current.row() < self.model.rowCount():
            self.ui.attendanceTable.setCurrentIndex(self.model.index(current.row(), current.column()))
        recorded = len(marks)
        self.ui.infoLabel.setText(
            ngettext("{count} person with a place", "{count} people with a place", len(people)).format(
                count=len(people)
            )
            + " · "
            + ngettext("{count} date", "{count} dates", len(dates)).format(count=len(dates))
            + " · "
            + _("{recorded} of {total} marks recorded").format(recorded=recorded, total=len(people) * len(dates))
        )
        self._update_buttons()

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._outer_change, self.reload)

    def _update_buttons(self) -> None:
        index = self.ui.attendanceTable.currentIndex()
        self.ui.allPresentButton.setEnabled(index.isValid() and self.model.date_of(index.column()) is not None)
        self.ui.completeButton.setEnabled(bool(self.model.dates) and self.model.rowCount() > 0)

    # -- marking ------------------------------------------------------------------------------------------
    def _record(self, marks: list[tuple[int, int, bool | None]], text: str) -> None:
        try:
            before = record_attendances(marks)
        except LeerWerkError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self.ui.errorLabel.clear()
        changed = [(e, d, old, new) for (e, d, new), old in zip(marks, before, strict=True) if old != new]
        if changed:
            self.undo_stack.push(AttendanceCommand(changed, text, on_change=self._changed()))
        self._outer_change()
        self.reload()

    def mark(self, enrolment: int, date: int, present: bool | None) -> None:
        self._record([(enrolment, date, present)], _("Record attendance"))

    def clear_current(self) -> None:
        index = self.ui.attendanceTable.currentIndex()
        date = self.model.date_of(index.column()) if index.isValid() else None
        if date is not None:
            self.mark(self.model.row_object(index.row()).id, date, None)

    def everyone_present(self) -> None:
        index = self.ui.attendanceTable.currentIndex()
        date = self.model.date_of(index.column()) if index.isValid() else None
        if date is None:
            return
        people = [self.model.row_object(row).id for row in range(self.model.rowCount())]
        self._record([(enrolment, date, True) for enrolment in people], _("Everyone present"))

    def complete_present(self) -> None:
        ids = present_at_every_date(self.session_id)
        if not ids:
            QMessageBox.information(self, _("Nobody completed"), _("Nobody was recorded present at every date."))
            return
        question = ngettext(
            "Mark {count} person completed who was present at every date? This gives a certificate.",
            "Mark {count} people completed who were present at every date? This gives their certificates.",
            len(ids),
        ).format(count=len(ids))
        if not confirm(self, _("Mark completed"), question, default_yes=True):
            return
        try:
            change = set_status(ids, "completed")
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not marked completed"), error.message)
            return
        if change.before:
            self.undo_stack.push(
                EnrolmentStatesCommand(change.before, change.after, _("Mark completed"), on_change=self._changed())
            )
        self._outer_change()
        self.reload()
