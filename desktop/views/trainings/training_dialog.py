"""A training of the catalogue: its details, for whom it is mandatory, and its modules.

Everything is saved together with OK or Apply, in one transaction; undo takes back the whole save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_trainings_training_dialog import Ui_TrainingDialog
from desktop.i18n import _, format_number
from desktop.services import records
from desktop.services.trainings import (
    ALL_STAFF,
    active_training_choices,
    find_training,
    get_training,
    modules_of,
    requirements_of,
    save_training,
)
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.undo import CreateCommand, StepsCommand, UpdateCommand
from desktop.views.kit.widgets import fill_combo, fill_vocabulary, select
from desktop.views.trainings.commands import RowsCommand

TEXT_FIELDS = {
    "title": "titleEdit",
    "dayparts": "daypartsEdit",
    "hours": "hoursEdit",
    "provider_name": "providerNameEdit",
    "cost": "costEdit",
    "validity_months": "validityEdit",
}
REQUIREMENT_ROLE = Qt.ItemDataRole.UserRole


def _number(value) -> str:
    return "" if value is None else format_number(value.normalize() if hasattr(value, "normalize") else value)


class TrainingDialog(RememberedDialog):
    remembered_as = "training"

    def __init__(
        self,
        undo_stack: QUndoStack,
        training_id: int | None = None,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self.setObjectName("training.dialog")
        self.undo_stack = undo_stack
        self.training_id = training_id
        self._on_change = on_change or (lambda: None)
        self.edits = {field: getattr(self.ui, name) for field, name in TEXT_FIELDS.items()}
        for field, widget in self.edits.items():
            widget.setObjectName(f"training.{field}")
        fill_vocabulary(self.ui.kindCombo, choices.TRAINING_KINDS)
        fill_vocabulary(self.ui.providerKindCombo, choices.PROVIDER_KINDS)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.providerKindCombo.currentIndexChanged.connect(self._provider_changed)
        self.ui.mandatoryCheck.toggled.connect(self._mandatory_changed)
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {
                **self.edits,
                "kind": self.ui.kindCombo,
                "provider_kind": self.ui.providerKindCombo,
                "description": self.ui.descriptionEdit,
                "requirements": self.ui.requirementsList,
                "modules": self.ui.modulesList,
            },
            self._captions(),
        )
        self._fill_requirements()
        self.ui.addModuleButton.clicked.connect(self._add_module)
        self.ui.removeModuleButton.clicked.connect(self._remove_module)
        self.ui.upButton.clicked.connect(lambda: self._move_module(-1))
        self.ui.downButton.clicked.connect(lambda: self._move_module(1))
        self.ui.modulesList.currentRowChanged.connect(lambda _row: self._update_module_buttons())
        self.ui.buttonBox.accepted.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self._load()
        self.restore_geometry()

    def _captions(self) -> dict[str, str]:
        captions = {}
        for field, name in {**TEXT_FIELDS, "kind": "kindCombo", "provider_kind": "providerKindCombo"}.items():
            label = getattr(self.ui, name.replace("Edit", "Label").replace("Combo", "Label"))
            captions[field] = label.text().replace("&", "").rstrip(":")
        captions["description"] = self.ui.descriptionLabel.text().replace("&", "").rstrip(":")
        captions["requirements"] = _("Mandatory for")
        captions["modules"] = _("Modules")
        return captions

    # -- choices -----------------------------------------------------------------------------------------
    def _fill_requirements(self) -> None:
        listing = self.ui.requirementsList
        listing.clear()
        items = [(ALL_STAFF, _("All staff"))]
        items += [
            ((code, None, False), _("Staff: {role}").format(role=_(label)))
            for code, label in choices.STAFF_ROLES.items()
        ]
        items += [
            ((None, code, False), _("Learners: {type}").format(type=_(label)))
            for code, label in choices.LEARNER_TYPES.items()
        ]
        for requirement, text in items:
            item = QListWidgetItem(text, listing)
            item.setData(REQUIREMENT_ROLE, requirement)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _module_choices(self) -> list[tuple[int, str]]:
        return [(number, title) for number, title in active_training_choices() if number != self.training_id]

    # -- loading ----------------------------------------------------------------------------------------
    def _load(self) -> None:
        training = find_training(self.training_id) if self.training_id else None
        self._version = training.version if training else None  # stated by the save
        self.setWindowTitle(training.title if training else _("New training"))
        fill_combo(self.ui.moduleCombo, self._module_choices())
        self.ui.modulesList.clear()
        if training is None:
            select(self.ui.kindCombo, "classroom")
            select(self.ui.providerKindCombo, "internal")
            self.ui.activeCheck.setChecked(True)
        else:
            for field, edit in self.edits.items():
                value = getattr(training, field)
                edit.setText(_number(value) if field in ("hours", "cost") else ("" if value is None else str(value)))
            select(self.ui.kindCombo, training.kind)
            select(self.ui.providerKindCombo, training.provider_kind)
            self.ui.descriptionEdit.setPlainText(training.description)
            self.ui.mandatoryCheck.setChecked(training.mandatory)
            self.ui.activeCheck.setChecked(training.active)
            wanted = set(requirements_of(training.id))
            for row in range(self.ui.requirementsList.count()):
                item = self.ui.requirementsList.item(row)
                checked = item.data(REQUIREMENT_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            titles = dict(self._module_choices())
            for module in modules_of(training.id):
                title = titles.get(module) or get_training(module).title
                self._append_module(module, title)
        self._kind_changed()
        self._provider_changed()
        self._mandatory_changed(self.ui.mandatoryCheck.isChecked())
        self._update_module_buttons()

    def _kind_changed(self, *_args) -> None:
        elearning = self.ui.kindCombo.currentData() == "elearning"
        self.ui.daypartsEdit.setEnabled(not elearning)
        if elearning:
            self.ui.daypartsEdit.clear()

    def _provider_changed(self, *_args) -> None:
        external = self.ui.providerKindCombo.currentData() == "external"
        self.ui.providerNameEdit.setPlaceholderText(
            _("the training institute") if external else _("a department or trainer")
        )

    def _mandatory_changed(self, mandatory: bool) -> None:
        self.ui.requirementsList.setEnabled(mandatory)
        self.ui.requirementsHint.setEnabled(mandatory)

    # -- modules ----------------------------------------------------------------------------------------
    def _append_module(self, module_id: int, title: str) -> None:
        item = QListWidgetItem(title, self.ui.modulesList)
        item.setData(REQUIREMENT_ROLE, module_id)

    def _module_ids(self) -> list[int]:
        listing = self.ui.modulesList
        return [listing.item(row).data(REQUIREMENT_ROLE) for row in range(listing.count())]

    def _add_module(self) -> None:
        module = self.ui.moduleCombo.currentData()
        if module is not None and module not in self._module_ids():
            self._append_module(module, self.ui.moduleCombo.currentText())
            self.ui.modulesList.setCurrentRow(self.ui.modulesList.count() - 1)
        self._update_module_buttons()

    def _remove_module(self) -> None:
        row = self.ui.modulesList.currentRow()
        if row >= 0:
            self.ui.modulesList.takeItem(row)
        self._update_module_buttons()

    def _move_module(self, step: int) -> None:
        listing = self.ui.modulesList
        row = listing.currentRow()
        if row < 0 or not 0 <= row + step < listing.count():
            return
        item = listing.takeItem(row)
        listing.insertItem(row + step, item)
        listing.setCurrentRow(row + step)

    def _update_module_buttons(self) -> None:
        row, count = self.ui.modulesList.currentRow(), self.ui.modulesList.count()
        self.ui.removeModuleButton.setEnabled(row >= 0)
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < count - 1)
        self.ui.addModuleButton.setEnabled(self.ui.moduleCombo.count() > 0)

    # -- saving -----------------------------------------------------------------------------------------
    def _values(self) -> dict:
        values = {field: edit.text() for field, edit in self.edits.items()}
        values["kind"] = self.ui.kindCombo.currentData()
        values["provider_kind"] = self.ui.providerKindCombo.currentData()
        values["description"] = self.ui.descriptionEdit.toPlainText()
        values["mandatory"] = self.ui.mandatoryCheck.isChecked()
        values["active"] = self.ui.activeCheck.isChecked()
        return values

    def _requirements(self) -> list:
        if not self.ui.mandatoryCheck.isChecked():
            return []
        listing = self.ui.requirementsList
        items = (listing.item(row) for row in range(listing.count()))
        return [item.data(REQUIREMENT_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def save(self) -> bool:
        """Save the training with its requirements and modules; False (the reason beside the field) if refused."""
        self.errors.clear()
        try:
            saved = save_training(
                self.training_id, self._values(), self._requirements(), self._module_ids(), seen_version=self._version
            )
        except ValidationError as error:
            page = {"requirements": self.ui.requirementsPage, "modules": self.ui.modulesPage}.get(
                error.field, self.ui.detailsPage
            )
            self.ui.pages.setCurrentWidget(page)
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            self.ui.pages.setCurrentWidget(self.ui.detailsPage)
            offer_reload(self, self.errors, error, self._load)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Training not saved"), error.message)
            return False
        service = records.service("training")
        training = saved.training
        self._version = training.version
        on_change = self._changed()
        commands = []
        if saved.created:
            self.training_id = training.id
            commands.append(CreateCommand(service, training.id, _("Add training"), on_change=on_change))
        elif saved.previous:
            new = service.values_of(training, saved.previous)
            text = _("Edit training")
            commands.append(UpdateCommand(service, training.id, new, saved.previous, text, on_change, training.version))
        commands += [RowsCommand(change, _("Edit training"), on_change=on_change) for change in saved.changes]
        if commands:
            text = _("Add training") if saved.created else _("Edit training")
            self.undo_stack.push(StepsCommand(text, commands, on_change))
        self.setWindowTitle(training.title)
        self._on_change()
        return True

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._on_change, self._load)
