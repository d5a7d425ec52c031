"""The organisation's details (name, address, SBB ID, logo) that every printout carries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from desktop import files
from desktop.errors import ChangedSinceReadError, ValidationError
from desktop.forms.ui_organisation_dialog import Ui_OrganisationDialog
from desktop.i18n import _
from desktop.services import records
from desktop.services.catalogue import MAX_LOGO_BYTES
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.undo import UpdateCommand

TEXT_FIELDS = {
    "name": "nameEdit",
    "address": "addressEdit",
    "postal_code": "postalCodeEdit",
    "city": "cityEdit",
    "phone": "phoneEdit",
    "email": "emailEdit",
    "sbb_id": "sbbIdEdit",
}


class OrganisationDialog(QDialog):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self.setObjectName("organisation.dialog")
        self.undo_stack = undo_stack
        self.service = records.service("organisation")
        self.edits = {field: getattr(self.ui, widget) for field, widget in TEXT_FIELDS.items()}
        for field, edit in self.edits.items():
            edit.setObjectName(f"organisation.{field}")
        self._load()
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {**self.edits, "logo": self.ui.chooseLogoButton},
            self._captions(),
        )
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _load(self) -> None:
        """Show the details as stored now (also after someone else saved them since this dialog read them)."""
        self.organisation = self.service.current()
        self._logo: bytes | None = self.organisation.logo
        for field, edit in self.edits.items():
            edit.setText(getattr(self.organisation, field) or "")
        self._show_logo()

    def _captions(self) -> dict[str, str]:
        return {
            field: getattr(self.ui, widget.replace("Edit", "Label")).text().replace("&", "").rstrip(":")
            for field, widget in TEXT_FIELDS.items()
        } | {"logo": _("Logo")}

    def _show_logo(self) -> None:
        if self._logo:
            pixmap = QPixmap()
            pixmap.loadFromData(self._logo)
            self.ui.logoPreview.setPixmap(
                pixmap.scaled(
                    self.ui.logoPreview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.ui.logoPreview.setPixmap(QPixmap())
            self.ui.logoPreview.setText(_("No logo"))
        self.ui.removeLogoButton.setEnabled(bool(self._logo))

    def choose_logo(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(self, _("Choose logo"), "", _("Images (*.png *.jpg *.jpeg)"))
        if filename:
            self.load_logo(Path(filename))

    def load_logo(self, path: Path) -> bool:
        """Take the logo from `path` if it is a PNG or JPEG of at most 2 MB; say why not otherwise."""
        try:
            data = files.read_regular(path, MAX_LOGO_BYTES)  # one byte more than a logo may have, at most
            self.service.clean({"logo": data}, partial=True)
        except files.NotAFileError as error:
            self.errors.show(ValidationError("logo", error.message))
            return False
        except OSError as error:
            self.errors.show(
                ValidationError("logo", _("The file cannot be read: {reason}").format(reason=files.os_reason(error)))
            )
            return False
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        self._logo = data
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def values(self) -> dict:
        values = {field: edit.text() for field, edit in self.edits.items()}
        values["logo"] = self._logo
        return values

    def save(self) -> None:
        new = self.values()
        try:
            organisation, previous = self.service.save(seen_version=self.organisation.version, **new)
        except ValidationError as error:
            self.errors.show(error)
            return
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._load)
            return
        if previous:
            changed = self.service.values_of(organisation, previous)
            # Already saved above; the command's first redo is a no-op (see ServiceCommand).
            text, version = _("change organisation details"), organisation.version
            command = UpdateCommand(self.service, organisation.id, changed, previous, text, version=version)
            self.undo_stack.push(command)
        self.accept()

    def ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
