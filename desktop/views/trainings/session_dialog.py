"""A session of a training: where, by whom, how many places, and its dates with their part of day.

The session's own fields are saved with OK or Apply; each date is saved on its own, as it is added or
changed, and is one step on the undo stack (as the tasks and meetings of a BPV period are).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_trainings_session_dialog import Ui_SessionDialog
from desktop.i18n import N_, _, format_date, ngettext
from desktop.services import records
from desktop.services.base import transaction
from desktop.services.training_enrolments import cancel_session_enrolments, open_enrolment_count
from desktop.services.training_matrix import location_choices
from desktop.services.trainings import dates_of, find_session, get_session, get_training, trainer_choices
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, StepsCommand, UpdateCommand
from desktop.views.kit.widgets import (
    compact_rows,
    confirm,
    fill_combo,
    fill_vocabulary,
    prepare_date_edit,
    select,
    set_date,
)
from desktop.views.trainings.commands import EnrolmentStatesCommand

DAYPART_ORDER = tuple(choices.DAYPARTS)


class DatesModel(RowTableModel):
    columns = (
        Column("date", N_("Date"), lambda d: format_date(d.date, "EEE d-M-yyyy"),
               sort=lambda d: (d.date, d.start_time)),
        Column("daypart", N_("Part of day"), lambda d: choices.label(choices.DAYPARTS, d.daypart),
               sort=lambda d: DAYPART_ORDER.index(d.daypart)),
        Column("time", N_("Time"), lambda d: "–".join(p for p in (d.start_time, d.end_time) if p)),
    )  # fmt: skip


class SessionDialog(RememberedDialog):
    remembered_as = "session"

    def __init__(
        self,
        undo_stack: QUndoStack,
        training_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.setObjectName("session.dialog")
        self.undo_stack = undo_stack
        self.service = records.service("training_session")
        self.training = get_training(training_id)
        self.session_id = session_id
        self._version: int | None = None  # of the session as read here: a save over someone else's is refused
        self._outer_change = on_change or (lambda: None)
        ui = self.ui
        self.fields = {
            "location": ui.locationCombo,
            "venue": ui.venueEdit,
            "trainer": ui.trainerCombo,
            "external_trainer": ui.externalTrainerEdit,
            "capacity": ui.capacityEdit,
            "notes": ui.notesEdit,
            "cancelled": ui.cancelledCheck,
        }
        for field, widget in self.fields.items():
            widget.setObjectName(f"session.{field}")
        self.errors = FieldErrors(ui.errorLabel, self.fields, self._captions())
        self.dates = DatesModel(self)
        ui.datesTable.setModel(self.dates)
        ui.datesTable.setObjectName("session.dates")
        compact_rows(ui.datesTable)
        ui.datesTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.datesTable.horizontalHeader().setStretchLastSection(True)
        ui.datesTable.selectionModel().currentRowChanged.connect(self._show_date)
        prepare_date_edit(ui.dateEdit)
        fill_vocabulary(ui.daypartCombo, choices.DAYPARTS)
        ui.daypartCombo.currentIndexChanged.connect(self._suggest_times)
        self.date_errors = FieldErrors(
            ui.errorLabel,
            {"date": ui.dateEdit, "daypart": ui.daypartCombo, "start_time": ui.startEdit, "end_time": ui.endEdit},
            {"date": _("Date"), "daypart": _("Part of day"), "start_time": _("Start time"), "end_time": _("End time")},
        )
        ui.newDateButton.clicked.connect(self.new_date)
        ui.saveDateButton.clicked.connect(self.save_date)
        ui.deleteDateButton.clicked.connect(self.delete_date)
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self._load()
        self.new_date()
        self.restore_geometry()

    def _captions(self) -> dict[str, str]:
        captions = {}
        for field in ("location", "venue", "trainer", "external_trainer", "capacity", "notes"):
            name = "".join(part.capitalize() if i else part for i, part in enumerate(field.split("_"))) + "Label"
            captions[field] = getattr(self.ui, name).text().replace("&", "").rstrip(":")
        captions["cancelled"] = self.ui.cancelledCheck.text().replace("&", "")
        return captions

    # -- loading ----------------------------------------------------------------------------------------
    def _load(self) -> None:
        session = find_session(self.session_id) if self.session_id else None
        self._version = session.version if session else None
        kind = choices.label(choices.TRAINING_KINDS, self.training.kind)
        planned, dayparts = "", self.training.dayparts
        if dayparts:
            planned = " · " + ngettext("{count} half-day", "{count} half-days", dayparts).format(count=dayparts)
        self.ui.trainingLabel.setText(f"{self.training.title} — {kind}{planned}")
        fill_combo(self.ui.locationCombo, location_choices(), empty=_("(none)"))
        fill_combo(self.ui.trainerCombo, trainer_choices(session.trainer_id if session else None), empty=_("(none)"))
        if session is None:
            self.setWindowTitle(_("New session"))
        else:
            self.setWindowTitle(_("Session of {title}").format(title=self.training.title))
            if session.location_id and self.ui.locationCombo.findData(session.location_id) < 0:
                self.ui.locationCombo.addItem(session.location.name, session.location_id)
            select(self.ui.locationCombo, session.location_id)
            select(self.ui.trainerCombo, session.trainer_id)
            self.ui.venueEdit.setText(session.venue)
            self.ui.externalTrainerEdit.setText(session.external_trainer)
            self.ui.capacityEdit.setText("" if session.capacity is None else str(session.capacity))
            self.ui.notesEdit.setPlainText(session.notes)
            self.ui.cancelledCheck.setChecked(session.cancelled)
        self.reload_dates()

    def reload_dates(self) -> None:
        rows = []
        if self.session_id:
            rows = dates_of(self.session_id)
        self.dates.set_rows(rows)
        wanted = self.training.dayparts
        if wanted:
            self.ui.plannedLabel.setText(
                _("{planned} of {wanted} half-days planned").format(planned=len(rows), wanted=wanted)
            )
        else:
            self.ui.plannedLabel.setText(ngettext("{count} date", "{count} dates", len(rows)).format(count=len(rows)))

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._outer_change, self.reload_dates)

    # -- the session ------------------------------------------------------------------------------------
    def _values(self) -> dict:
        ui = self.ui
        return {
            "location": ui.locationCombo.currentData(),
            "venue": ui.venueEdit.text(),
            "trainer": ui.trainerCombo.currentData(),
            "external_trainer": ui.externalTrainerEdit.text(),
            "capacity": ui.capacityEdit.text(),
            "notes": ui.notesEdit.toPlainText(),
            "cancelled": ui.cancelledCheck.isChecked(),
        }

    def save(self) -> bool:
        self.errors.clear()
        values = self._values()
        cancel_open = False
        if values["cancelled"] and self.session_id:
            stored = get_session(self.session_id)
            count = open_enrolment_count(self.session_id)
            if not stored.cancelled and count:
                answer = QMessageBox.question(
                    self,
                    _("Cancel session"),
                    ngettext(
                        "Also cancel the {count} open enrolment of this session?",
                        "Also cancel the {count} open enrolments of this session?",
                        count,
                    ).format(count=count),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Yes,
                )
                if answer == QMessageBox.StandardButton.Cancel:
                    return False
                cancel_open = answer == QMessageBox.StandardButton.Yes
        try:
            if self.session_id is None:
                session = self.service.create(training=self.training.id, **values)
                self.session_id = session.id
                self.undo_stack.push(
                    CreateCommand(self.service, session.id, _("Add session"), on_change=self._changed())
                )
            else:
                with transaction():  # the session's new state and the cancelled enrolments go together
                    session, previous = self.service.update(self.session_id, seen_version=self._version, **values)
                    change = cancel_session_enrolments(session.id) if cancel_open else None
                commands = []
                if previous:
                    new = self.service.values_of(session, previous)
                    commands.append(
                        UpdateCommand(
                            self.service,
                            session.id,
                            new,
                            previous,
                            _("Edit session"),
                            self._changed(),
                            version=session.version,
                        )
                    )
                if change is not None:
                    commands.append(
                        EnrolmentStatesCommand(change.before, change.after, _("Cancel session"), self._changed())
                    )
                if commands:
                    text = _("Cancel session") if cancel_open else _("Edit session")
                    self.undo_stack.push(StepsCommand(text, commands, self._changed()))
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._load)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Session not saved"), error.message)
            return False
        self._version = session.version
        self.setWindowTitle(_("Session of {title}").format(title=self.training.title))
        self._outer_change()
        return True

    # -- dates --------------------------------------------------------------------------------------------
    def _selected_date(self):
        index = self.ui.datesTable.currentIndex()
        return self.dates.row_object(index.row()) if index.isValid() else None

    def _show_date(self, current: QModelIndex, _previous=None) -> None:
        date = self.dates.row_object(current.row()) if current.isValid() else None
        if date is None:
            return
        set_date(self.ui.dateEdit, date.date)
        select(self.ui.daypartCombo, date.daypart)
        self.ui.startEdit.setText(date.start_time)
        self.ui.endEdit.setText(date.end_time)
        self.ui.deleteDateButton.setEnabled(True)

    def _show_stored_date(self, date_id: int) -> None:
        """Show the dates as stored now, the one being edited selected (someone else saved it since)."""
        self.reload_dates()
        row = self.dates.row_of(lambda d: d.id == date_id)
        if row is not None:
            self.ui.datesTable.setCurrentIndex(self.dates.index(row, 0))
            self._show_date(self.dates.index(row, 0))

    def new_date(self) -> None:
        """An empty date, suggested one week after the last (sessions mostly meet weekly)."""
        self.ui.datesTable.setCurrentIndex(QModelIndex())
        self.ui.datesTable.clearSelection()
        last = max((d.date for d in self.dates.all_rows()), default=None)
        set_date(self.ui.dateEdit, last + dt.timedelta(days=7) if last else None)
        if last is not None:
            daypart = max(self.dates.all_rows(), key=lambda d: d.date).daypart
            select(self.ui.daypartCombo, daypart)
        self._suggest_times(force=True)
        self.ui.deleteDateButton.setEnabled(False)

    def _suggest_times(self, *_args, force: bool = False) -> None:
        times = {"morning": ("09:00", "12:30"), "afternoon": ("13:30", "17:00"), "evening": ("18:30", "21:30")}
        if self._selected_date() is not None and not force:
            return
        start, end = times.get(self.ui.daypartCombo.currentData(), ("", ""))
        self.ui.startEdit.setText(start)
        self.ui.endEdit.setText(end)

    def save_date(self) -> None:
        # A date belongs to a stored session: a new session is saved first (and can be undone).
        if self.session_id is None and not self.save():
            return
        self.date_errors.clear()
        values = {
            "date": self.ui.dateEdit.text(),
            "daypart": self.ui.daypartCombo.currentData(),
            "start_time": self.ui.startEdit.text(),
            "end_time": self.ui.endEdit.text(),
        }
        service = records.service("session_date")
        date = self._selected_date()
        try:
            if date is None:
                record = service.create(session=self.session_id, **values)
                self.undo_stack.push(CreateCommand(service, record.id, _("Add date"), on_change=self._changed()))
            else:
                record, previous = service.update(date.id, seen_version=date.version, **values)
                if previous:
                    new = service.values_of(record, previous)
                    self.undo_stack.push(
                        UpdateCommand(service, record.id, new, previous, _("Edit date"), on_change=self._changed())
                    )
        except ValidationError as error:
            self.date_errors.show(error)
            return
        except ChangedSinceReadError as error:
            offer_reload(self, self.date_errors, error, lambda: self._show_stored_date(date.id))
            return
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Date not saved"), error.message)
            self.reload_dates()
            return
        self._outer_change()
        self.reload_dates()
        self.new_date()

    def delete_date(self) -> None:
        date = self._selected_date()
        if date is None:
            return
        question = _("Delete {date} with the attendance recorded for it?").format(date=format_date(date.date, "long"))
        if not confirm(self, _("Delete date"), question):
            return
        service = records.service("session_date")
        try:
            snapshot = service.delete_unchanged(date.id, date.version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Date not deleted"), error.message)
            self.reload_dates()
            return
        self.undo_stack.push(DeleteCommand(service, snapshot, _("Delete date"), on_change=self._changed()))
        self._outer_change()
        self.reload_dates()
        self.new_date()
