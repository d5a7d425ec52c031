"""A learner's personal details, type and contract, and the list of their BPV periods."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_learner_dialog import Ui_LearnerDialog
from desktop.i18n import N_, _, format_date
from desktop.services import records
from desktop.services.learners import find_learner, periods_of, staff_by_employee_number
from desktop.settings import LEARNER_PERIODS_HEADER
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, UpdateCommand, undo_step
from desktop.views.kit.widgets import (
    confirm,
    fill_vocabulary,
    give_room_to,
    prepare_date_edit,
    remember_header,
    scroll_when_small,
    select,
    set_date,
)

TEXT_FIELDS = {
    "first_name": "firstNameEdit",
    "name_prefix": "prefixEdit",
    "last_name": "lastNameEdit",
    "birth_date": "birthDateEdit",
    "email": "emailEdit",
    "phone": "phoneEdit",
    "student_number": "studentNumberEdit",
    "address": "addressEdit",
    "postal_code": "postalCodeEdit",
    "city": "cityEdit",
}


@dataclass(frozen=True)
class PeriodLine:
    """A period in the learner's list, with how many forms it has."""

    period: object
    forms: int

    @property
    def id(self) -> int:
        return self.period.id


class PeriodsModel(RowTableModel):
    columns = (
        Column(
            "start",
            N_("Start"),
            lambda r: format_date(r.period.start_date, "short"),
            sort=lambda r: r.period.start_date,
        ),
        Column("end", N_("End"), lambda r: format_date(r.period.end_date, "short"), sort=lambda r: r.period.end_date),
        Column("programme", N_("Programme"), lambda r: r.period.programme.name),
        Column("school", N_("School"), lambda r: r.period.school.name),
        Column("phase", N_("Phase"), lambda r: choices.label(choices.PHASES, r.period.phase)),
        Column("status", N_("Status"), lambda r: choices.label(choices.PERIOD_STATUSES, r.period.status)),
        Column("forms", N_("Forms"), lambda r: str(r.forms), sort=lambda r: r.forms, align_right=True),
    )


class LearnerDialog(RememberedDialog):
    remembered_as = "learner"

    def __init__(
        self,
        undo_stack: QUndoStack,
        learner_id: int | None = None,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_LearnerDialog()
        self.ui.setupUi(self)
        self.setObjectName("learner.dialog")
        self.undo_stack = undo_stack
        self.service = records.service("learner")
        self.learner_id = learner_id
        self._on_change = on_change
        self._made_at: int | None = None  # the undo stack's index before a new learner was stored here
        self._version: int | None = None  # of the learner as read here: a save over someone else's is refused
        self.edits = {field: getattr(self.ui, widget) for field, widget in TEXT_FIELDS.items()}
        for field, edit in self.edits.items():
            edit.setObjectName(f"learner.{field}")
        prepare_date_edit(self.ui.birthDateEdit)
        self.ui.typeCombo.setObjectName("learner.learner_type")
        self.ui.staffEdit.setObjectName("learner.staff")
        fill_vocabulary(self.ui.typeCombo, choices.LEARNER_TYPES)
        self.ui.typeCombo.currentIndexChanged.connect(self._show_contract)
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {**self.edits, "learner_type": self.ui.typeCombo, "notes": self.ui.notesEdit, "staff": self.ui.staffEdit},
            self._captions(),
        )
        self.periods = PeriodsModel(self)
        self.ui.periodsTable.setModel(self.periods)
        self.ui.periodsTable.setObjectName("learner.periods")
        self.ui.periodsTable.doubleClicked.connect(lambda _index: self.edit_period())
        self.ui.periodsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.addPeriodButton.clicked.connect(self.add_period)
        self.ui.editPeriodButton.clicked.connect(self.edit_period)
        self.ui.periodFormsButton.clicked.connect(lambda: self.edit_period(show_forms=True))
        self.ui.deletePeriodButton.clicked.connect(self.delete_period)
        self.ui.buttonBox.accepted.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.cancel)
        self._shortcuts = self.add_save_keys()
        self._load()
        self.mark_clean()
        if not remember_header(self.ui.periodsTable, LEARNER_PERIODS_HEADER):
            self.ui.periodsTable.resizeColumnsToContents()
        give_room_to(self.ui.periodsTable, self.periods.column_index("programme"))
        self._scroll = scroll_when_small(self, self.ui.content)  # 531 points tall: more than a laptop at 150% has
        self.restore_geometry()

    def _captions(self) -> dict[str, str]:
        captions = {}
        for field, widget in TEXT_FIELDS.items():
            caption = getattr(self.ui, widget.replace("Edit", "Label")).text()
            captions[field] = caption.replace("&", "").rstrip(":")
        captions["learner_type"] = self.ui.typeLabel.text().replace("&", "").rstrip(":")
        captions["staff"] = self.ui.staffLabel.text().replace("&", "").rstrip(":")
        return captions

    # -- reading ---------------------------------------------------------------------------------------
    def _load(self) -> None:
        learner = find_learner(self.learner_id) if self.learner_id else None
        self.setWindowTitle(learner.display_name if learner else _("New learner"))
        if learner is not None:
            self._version = learner.version
            for field, edit in self.edits.items():
                value = getattr(learner, field)
                if field == "birth_date":
                    set_date(edit, value)
                else:
                    edit.setText(value or "")
            select(self.ui.typeCombo, learner.learner_type)
            self.ui.notesEdit.setPlainText(learner.notes)
            self.ui.archivedCheck.setChecked(learner.archived)
            staff = learner.staff if learner.staff_id is not None else None
            self.ui.staffEdit.setText(staff.employee_number or "" if staff is not None else "")
            self.ui.staffNameLabel.setText(staff.display_name if staff is not None else "")
        self._show_contract()
        self.reload_periods()

    def _reload(self) -> None:
        """Show the learner as stored now (after someone else saved it)."""
        self._load()
        self.mark_clean()

    def reload_periods(self) -> None:
        from desktop.services.form_lists import form_counts

        periods = periods_of(self.learner_id) if self.learner_id else []
        counts = form_counts([p.id for p in periods])
        self.periods.set_rows([PeriodLine(p, counts.get(p.id, 0)) for p in periods])
        self._update_buttons()

    def _show_contract(self) -> None:
        kind = self.ui.typeCombo.currentData()
        contract = choices.DEFAULT_CONTRACT.get(kind)
        self.ui.contractLabel.setText(choices.label(choices.CONTRACT_TYPES, contract) if contract else "")

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected_period() is not None
        self.ui.editPeriodButton.setEnabled(chosen)
        self.ui.periodFormsButton.setEnabled(chosen)
        self.ui.deletePeriodButton.setEnabled(chosen)

    def _selected_period(self) -> int | None:
        rows = self.ui.periodsTable.selectionModel().selectedRows()
        return self.periods.row_object(rows[0].row()).id if rows else None

    # -- saving ----------------------------------------------------------------------------------------
    def _values(self) -> dict:
        values = {field: edit.text() for field, edit in self.edits.items()}
        values["learner_type"] = self.ui.typeCombo.currentData()
        values["notes"] = self.ui.notesEdit.toPlainText()
        values["archived"] = self.ui.archivedCheck.isChecked()
        staff = staff_by_employee_number(self.ui.staffEdit.text())  # an unknown number is refused beside it
        values["staff"] = staff.id if staff is not None else None
        return values

    def save(self) -> bool:
        """Create or update the learner; False (with the reason beside the field) when it is refused."""
        self.errors.clear()
        try:
            values = self._values()
            if self.learner_id is None:
                self._made_at = self.undo_stack.index()
                learner = self.service.create(**values)
                self.learner_id = learner.id
                command = CreateCommand(self.service, learner.id, _("Add learner"), on_change=self._changed())
                self.undo_stack.push(command)
            else:
                learner, previous = self.service.update(self.learner_id, seen_version=self._version, **values)
                if previous:
                    new = self.service.values_of(learner, previous)
                    command = UpdateCommand(
                        self.service,
                        learner.id,
                        new,
                        previous,
                        _("Edit learner"),
                        on_change=self._changed(),
                        version=learner.version,
                    )
                    self.undo_stack.push(command)
            self._version = learner.version
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._reload)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Learner not saved"), error.message)
            return False
        self.setWindowTitle(learner.display_name)
        staff = staff_by_employee_number(self.ui.staffEdit.text())
        self.ui.staffNameLabel.setText(staff.display_name if staff is not None else "")
        self.mark_clean()
        return True

    def save_and_close(self) -> None:
        if self.save():
            self._made_at = None  # kept: OK was chosen
            self.accept()

    def cancel(self) -> None:
        """A learner made in this dialog (to add a period) is taken away again with all that was added to
        them here, after asking; otherwise as any dialog: ask only when something is not saved."""
        if self._made_at is None or self.undo_stack.index() <= self._made_at:
            super().cancel()
            return
        question = _(
            "{name} was saved to add a BPV period. Cancel takes the learner away again, with everything added "
            "here. Go on?"
        ).format(name=self.windowTitle())
        if not confirm(self, _("Cancel new learner"), question):
            return
        while self.undo_stack.index() > self._made_at:
            error = undo_step(self.undo_stack)
            if error is not None:
                QMessageBox.warning(
                    self,
                    _("Learner kept"),
                    _("{reason} The learner is kept; delete them on the Learners tab if they are not needed.").format(
                        reason=error.message
                    ),
                )
                self.reload_periods()
                return
        self.learner_id = None
        self.reject()

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._on_change or (lambda: None), self.reload_periods)

    # -- periods ---------------------------------------------------------------------------------------
    def add_period(self) -> None:
        # A period belongs to a stored learner: a new learner is saved first (and can be undone).
        if self.learner_id is None and not self.save():
            return
        self._open_period(None)

    def edit_period(self, show_forms: bool = False) -> None:
        period_id = self._selected_period()
        if period_id is not None:
            self._open_period(period_id, show_forms)

    def _open_period(self, period_id: int | None, show_forms: bool = False) -> None:
        from desktop.views.learners.period_dialog import PeriodDialog

        dialog = PeriodDialog(
            self.undo_stack, self.learner_id, period_id, self, on_change=self._changed(), show_forms=show_forms
        )
        dialog.exec()
        dialog.deleteLater()
        self.reload_periods()

    def delete_period(self) -> None:
        rows = self.ui.periodsTable.selectionModel().selectedRows()
        if not rows:
            return
        period = self.periods.row_object(rows[0].row()).period
        question = _("Delete this BPV period with its tasks, meetings and learning goals?")
        if not confirm(self, _("Delete BPV period"), question):
            return
        service = records.service("bpv_period")
        try:
            snapshot = service.delete_unchanged(period.id, period.version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("BPV period not deleted"), _period_delete_message(error))
            self.reload_periods()
            return
        self.undo_stack.push(DeleteCommand(service, snapshot, _("Delete BPV period"), on_change=self._changed()))
        self.reload_periods()


def _period_delete_message(error: LeerWerkError) -> str:
    if isinstance(error, ValidationError) and error.field == "id":
        return _("This period has practice assignments or assessment forms. End the period instead of deleting it.")
    return error.message
