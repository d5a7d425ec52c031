"""One enrolment: its status and dates, and the learning goals written beforehand and reviewed afterwards
(by the induction mentor or the coach). Goals are saved one by one, each a step on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_trainings_enrolment_dialog import Ui_EnrolmentDialog
from desktop.i18n import _, ngettext
from desktop.services import records
from desktop.services.base import transaction
from desktop.services.training_enrolments import cancel_enrolment, find_enrolment, get_enrolment, person_of
from desktop.services.trainings import get_training, reviewer_choices
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.goals_editor import GoalsEditor, GoalWidgets
from desktop.views.kit.undo import UpdateCommand
from desktop.views.kit.widgets import compact_rows, fill_combo, fill_vocabulary, prepare_date_edit, select, set_date
from desktop.views.trainings.commands import EnrolmentStatesCommand

DATE_FIELDS = {"enrolled_on": "enrolledOnEdit", "completed_on": "completedOnEdit", "cancelled_on": "cancelledOnEdit"}


class EnrolmentDialog(RememberedDialog):
    remembered_as = "enrolment"

    def __init__(
        self,
        undo_stack: QUndoStack,
        enrolment_id: int,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_EnrolmentDialog()
        self.ui.setupUi(self)
        self.setObjectName("enrolment.dialog")
        self.undo_stack = undo_stack
        self.service = records.service("enrolment")
        self.enrolment_id = enrolment_id
        self._outer_change = on_change or (lambda: None)
        ui = self.ui
        self.edits = {field: getattr(ui, name) for field, name in DATE_FIELDS.items()}
        for field, widget in {
            **self.edits,
            "status": ui.statusCombo,
            "score": ui.scoreEdit,
            "notes": ui.notesEdit,
        }.items():
            widget.setObjectName(f"enrolment.{field}")
        for edit in self.edits.values():
            prepare_date_edit(edit)
        ui.cancelledOnEdit.setReadOnly(True)  # set by cancelling, which also moves up the waiting list
        fill_vocabulary(ui.statusCombo, choices.ENROLMENT_STATUSES)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        self.errors = FieldErrors(
            ui.errorLabel,
            {
                **self.edits,
                "status": ui.statusCombo,
                "score": ui.scoreEdit,
                "notes": ui.notesEdit,
                "staff": ui.statusCombo,
            },
            {
                "status": _("Status"),
                "enrolled_on": _("Enrolled on"),
                "completed_on": _("Completed on"),
                "cancelled_on": _("Cancelled on"),
                "score": _("Score"),
                "notes": _("Notes"),
            },
        )
        self.goal_editor = GoalsEditor(
            GoalWidgets(
                ui.goalsTable,
                ui.goalTextEdit,
                ui.goalStatusCombo,
                ui.reviewEdit,
                ui.newGoalButton,
                ui.saveGoalButton,
                ui.deleteGoalButton,
                ui.errorLabel,
                reviewed_by=ui.reviewedByCombo,
                reviewed_on=ui.reviewedOnEdit,
            ),
            "enrolment",
            undo_stack,
            on_command=self._changed,
            after_change=self._outer_change,
        )
        self.goals = self.goal_editor.model
        ui.goalsTable.setObjectName("enrolment.goals")
        compact_rows(ui.goalsTable)
        ui.goalsTable.horizontalHeader().setStretchLastSection(False)
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self._load()
        self.restore_geometry()

    # -- loading ----------------------------------------------------------------------------------------
    def _load(self) -> None:
        enrolment = get_enrolment(self.enrolment_id)
        person = person_of(enrolment)
        training = get_training(enrolment.training_id)
        self.setWindowTitle(_("Enrolment of {name}").format(name=person.display_name))
        self.ui.personLabel.setText(_("{name} — {training}").format(name=person.display_name, training=training.title))
        self.stored_status, self._version = enrolment.status, enrolment.version
        select(self.ui.statusCombo, enrolment.status)
        for field, edit in self.edits.items():
            set_date(edit, getattr(enrolment, field))
        self.ui.scoreEdit.setText(enrolment.score)
        self.ui.notesEdit.setPlainText(enrolment.notes)
        fill_combo(self.ui.reviewedByCombo, reviewer_choices(enrolment), empty=_("(nobody yet)"))
        self._status_changed()
        self.reload_goals()

    def _status_changed(self, *_args) -> None:
        completed = self.ui.statusCombo.currentData() == "completed"
        self.ui.completedOnEdit.setEnabled(completed)
        self.ui.completedOnLabel.setEnabled(completed)

    def reload_goals(self) -> None:
        self.goal_editor.set_owner(self.enrolment_id)
        if not self.goals.total_count():
            self.ui.goalsTable.resizeColumnToContents(1)

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._outer_change, self._reload_all)

    def _reload_all(self) -> None:
        if find_enrolment(self.enrolment_id) is not None:
            self._load()

    # -- the enrolment ----------------------------------------------------------------------------------
    def _values(self) -> dict:
        status = self.ui.statusCombo.currentData()
        values = {
            "status": status,
            "enrolled_on": self.ui.enrolledOnEdit.text(),
            "score": self.ui.scoreEdit.text(),
            "notes": self.ui.notesEdit.toPlainText(),
        }
        # A completion date belongs to a completed enrolment: leaving that status takes it away.
        values["completed_on"] = self.ui.completedOnEdit.text() if status == "completed" else None
        return values

    def save(self) -> bool:
        self.errors.clear()
        values = self._values()
        cancelling = values["status"] == "cancelled" and self.stored_status != "cancelled"
        try:
            if cancelling:
                self._save_with_cancellation(values)
            else:
                enrolment, previous = self.service.update(self.enrolment_id, seen_version=self._version, **values)
                if previous:
                    new = self.service.values_of(enrolment, previous)
                    self.undo_stack.push(
                        UpdateCommand(
                            self.service,
                            enrolment.id,
                            new,
                            previous,
                            _("Edit enrolment"),
                            on_change=self._changed(),
                            version=enrolment.version,
                        )
                    )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._load)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Enrolment not saved"), error.message)
            return False
        self._outer_change()
        self._load()
        return True

    def _save_with_cancellation(self, values: dict) -> None:
        """Cancelling here goes the same way as in the list: the first person waiting gets the place."""
        others = {k: v for k, v in values.items() if k not in ("status", "completed_on")}
        with transaction():  # the edit and the cancellation are stored together, or neither
            enrolment, previous = self.service.update(self.enrolment_id, seen_version=self._version, **others)
            change = cancel_enrolment(self.enrolment_id)
        # One step for the edit and the cancellation: two steps on one record would each find the other's write as
        # a change since, and refuse.
        edit = (enrolment.id, self.service.values_of(enrolment, previous), previous) if previous else None
        text = _("Cancel enrolment")
        self.undo_stack.push(EnrolmentStatesCommand(change.before, change.after, text, self._changed(), edit=edit))
        if change.promoted:
            names = [person_of(get_enrolment(i)).display_name for i in change.promoted]
            QMessageBox.information(
                self,
                _("Waiting list"),
                ngettext(
                    "{names} moves up from the waiting list and now has a place.",
                    "{names} move up from the waiting list and now have a place.",
                    len(names),
                ).format(names=", ".join(names)),
            )
