"""A coach meeting: when it was (or will be) held, which coaches came, and the notes.

OK, Apply and Ctrl+Enter save; each save is one step on the undo stack (undoing a new meeting deletes
it, undoing a change puts back the date, notes and who came as they were).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_coach_meeting_dialog import Ui_CoachMeetingDialog
from desktop.i18n import _, format_date, ngettext
from desktop.services import coaches, coaching_trajectories, coaching_views, step_versions
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.undo import CreateCommand, ServiceCommand
from desktop.views.kit.widgets import prepare_date_edit, set_date

STAFF_ROLE = Qt.ItemDataRole.UserRole


class MeetingState(NamedTuple):
    """What a save of the dialog writes (attendees sorted, so equal states compare equal)."""

    held_on: dt.date
    notes: str
    attendees: tuple[int, ...]


def state_of(meeting_id: int) -> MeetingState:
    meeting = coaches.get_meeting(meeting_id)
    return MeetingState(meeting.held_on, meeting.notes, coaching_views.attendee_ids(meeting_id))


class MeetingChangeCommand(ServiceCommand):
    """A stored meeting changed: undo puts back its date, notes and who came; refused once someone else changed
    the meeting since the step (it states the version this program's newest step left in it, see
    `services.step_versions`, so that an earlier edit of the same person is not taken for someone else's)."""

    def __init__(
        self, meeting_id: int, before: MeetingState, after: MeetingState, text: str, version: int, on_change=None
    ):
        super().__init__(text, on_change)
        self.meeting_id, self.before, self.after, self.version = meeting_id, before, after, version
        step_versions.note(coaches.MEETINGS, {meeting_id: version})

    def _write(self, state: MeetingState) -> None:
        attendees = list(state.attendees)
        seen = step_versions.expected(coaches.MEETINGS, self.meeting_id, self.version)
        meeting = coaches.save_meeting(self.meeting_id, state.held_on, state.notes, attendees, seen_version=seen)
        self.version = meeting.version
        step_versions.note(coaches.MEETINGS, {self.meeting_id: meeting.version})

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before)


class CoachMeetingDialog(RememberedDialog):
    remembered_as = "coach_meeting"

    def __init__(
        self,
        undo_stack: QUndoStack,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_CoachMeetingDialog()
        self.ui.setupUi(self)
        self.setObjectName("coach_meeting.dialog")
        self.undo_stack = undo_stack
        self.meeting_id = meeting_id
        self._outer_change = on_change or (lambda: None)
        ui = self.ui
        fields = {"held_on": ui.dateEdit, "attendees": ui.attendeesList, "notes": ui.notesEdit}
        for name, widget in fields.items():
            widget.setObjectName(f"coach_meeting.{name}")
        captions = {
            "held_on": _("Date"),
            "attendees": ui.attendeesLabel.text().replace("&", "").rstrip(":"),
            "notes": ui.notesLabel.text().replace("&", "").rstrip(":"),
        }
        self.errors = FieldErrors(ui.errorLabel, fields, captions)
        prepare_date_edit(ui.dateEdit)
        ui.allButton.clicked.connect(lambda: self._check_all(True))
        ui.noneButton.clicked.connect(lambda: self._check_all(False))
        ui.attendeesList.itemChanged.connect(lambda _item: self._show_count())
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self._shortcuts = self.add_save_keys()
        self._load()
        self.restore_geometry()
        ui.dateEdit.setFocus()

    # -- loading ------------------------------------------------------------------------------------------
    def _load(self) -> None:
        state = state_of(self.meeting_id) if self.meeting_id is not None else None
        # Stated by the save, so that it does not overwrite someone else's later change.
        self._version = coaches.get_meeting(self.meeting_id).version if self.meeting_id is not None else None
        came = set(state.attendees) if state else set()
        # The coaches, and anyone recorded as present who no longer is one (or no longer works here).
        wanted = {number for number, _name in coaching_trajectories.coach_choices()} | came
        people = coaching_views.staff_names(wanted)  # by last name
        self.ui.attendeesList.blockSignals(True)
        self.ui.attendeesList.clear()
        for number, name in people:
            item = QListWidgetItem(name)
            item.setData(STAFF_ROLE, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if number in came else Qt.CheckState.Unchecked)
            self.ui.attendeesList.addItem(item)
        self.ui.attendeesList.blockSignals(False)
        if state is None:
            set_date(self.ui.dateEdit, clock.today())
        else:
            set_date(self.ui.dateEdit, state.held_on)
            self.ui.notesEdit.setPlainText(state.notes)
        self._show_title(state.held_on if state else None)
        self._show_count()

    def _show_title(self, held_on: dt.date | None) -> None:
        if held_on is None:
            self.setWindowTitle(_("New coach meeting"))
        else:
            self.setWindowTitle(_("Coach meeting of {date}").format(date=format_date(held_on, "long")))

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.ui.attendeesList.count()):
            self.ui.attendeesList.item(row).setCheckState(state)

    def attendee_ids(self) -> list[int]:
        items = (self.ui.attendeesList.item(row) for row in range(self.ui.attendeesList.count()))
        return [item.data(STAFF_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _show_count(self) -> None:
        count, total = len(self.attendee_ids()), self.ui.attendeesList.count()
        self.ui.countLabel.setText(
            ngettext("{count} of {total} coach", "{count} of {total} coaches", total).format(count=count, total=total)
        )

    # -- saving -------------------------------------------------------------------------------------------
    def save(self) -> bool:
        self.errors.clear()
        ui = self.ui
        date_text, notes, attendees = ui.dateEdit.text(), ui.notesEdit.toPlainText(), self.attendee_ids()
        try:
            if self.meeting_id is None:
                meeting = coaches.save_meeting(None, date_text, notes, attendees)
                self.meeting_id, self._version = meeting.id, meeting.version
                self.undo_stack.push(
                    CreateCommand(coaches.MEETINGS, meeting.id, _("Add coach meeting"), on_change=self._outer_change)
                )
            else:
                before = state_of(self.meeting_id)
                meeting = coaches.save_meeting(self.meeting_id, date_text, notes, attendees, seen_version=self._version)
                self._version = meeting.version
                after = state_of(self.meeting_id)
                if after != before:
                    text = _("Edit coach meeting")
                    command = MeetingChangeCommand(
                        self.meeting_id, before, after, text, meeting.version, self._outer_change
                    )
                    self.undo_stack.push(command)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._load)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Coach meeting not saved"), error.message)
            return False
        self._show_title(state_of(self.meeting_id).held_on)
        self._outer_change()
        return True
