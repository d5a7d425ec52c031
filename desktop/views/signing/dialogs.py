"""Signing a BPV form: on screen (drawn in a pad, dated at the moment of signing) or on paper (the date
it was signed, and a scan of the signed page if there is one).

The dialogs only gather what the signer gives; the caller saves it through the signing service.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QWidget

from desktop import clock
from desktop.errors import ValidationError
from desktop.forms.ui_sign_paper_dialog import Ui_SignOnPaperDialog
from desktop.forms.ui_sign_screen_dialog import Ui_SignOnScreenDialog
from desktop.i18n import _, format_date
from desktop.services.base import MAX_BLOB_BYTES
from desktop.services.scans import read_scan
from desktop.settings import SCAN_FOLDER, Settings
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors

SCAN_LIMIT = MAX_BLOB_BYTES  # what the signing service accepts
EARLIEST_PAPER_DATE = dt.date(2000, 1, 1)


def show_content(ui, content: str, fingerprint: str) -> None:
    """What is signed: the form's content in a few lines and the code of its content, as its pages print it."""
    ui.contentValue.setText(content)
    ui.fingerprintValue.setText(" ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)))
    for label, value in ((ui.contentLabel, ui.contentValue), (ui.fingerprintLabel, ui.fingerprintValue)):
        label.setVisible(bool(value.text()))
        value.setVisible(bool(value.text()))


def _caption(label) -> str:
    return label.text().replace("&", "").rstrip(":")


class ShowsContent(RememberedDialog):
    """A sign dialog shows what is signed in wrapped lines, to be read whole: it is never lower than those lines need
    at the width it has (a window does not follow its labels' height for their width by itself, and cut off the
    last lines of the scores)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        needed = self.layout().totalHeightForWidth(self.width()) if self.layout() is not None else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class SignOnScreenDialog(ShowsContent):
    """The signer writes in the pad; Sign is possible once there is a name and ink."""

    remembered_as = "sign_screen"

    def __init__(
        self,
        parent: QWidget | None,
        *,
        role_label: str,
        signer_name: str,
        form_label: str,
        content: str = "",
        fingerprint: str = "",
    ):
        super().__init__(parent)
        self.ui = Ui_SignOnScreenDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("sign_screen.dialog")
        for widget, name in (
            (ui.formValue, "form"),
            (ui.roleValue, "role"),
            (ui.nameEdit, "name"),
            (ui.dateValue, "date"),
            (ui.pad, "pad"),
            (ui.clearButton, "clear"),
        ):
            widget.setObjectName(f"sign_screen.{name}")
        ui.formValue.setText(form_label)
        show_content(ui, content, fingerprint)
        ui.roleValue.setText(role_label)
        ui.nameEdit.setText(signer_name)
        ui.dateValue.setText(format_date(clock.today(), "long"))
        self.ok_button().setText(_("Sign"))
        ui.nameEdit.textChanged.connect(self._update_buttons)
        ui.pad.changed.connect(self._update_buttons)
        ui.clearButton.clicked.connect(self.clear_signature)
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_buttons()
        self.restore_geometry()
        (ui.pad if signer_name.strip() else ui.nameEdit).setFocus()

    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def can_sign(self) -> bool:
        return bool(self.ui.nameEdit.text().strip()) and not self.ui.pad.is_empty()

    def _update_buttons(self) -> None:
        self.ok_button().setEnabled(self.can_sign())
        self.ui.clearButton.setEnabled(not self.ui.pad.is_empty())

    def clear_signature(self) -> None:
        self.ui.pad.clear()
        self.ui.pad.setFocus()

    def save(self) -> bool:
        return self.can_sign()

    def values(self) -> dict:
        return {"signer_name": self.ui.nameEdit.text().strip(), "image": self.ui.pad.png()}


class SignOnPaperDialog(ShowsContent):
    """A signature put on the printed form: who, on which day (not after today), and optionally a scan."""

    remembered_as = "sign_paper"

    def __init__(
        self,
        parent: QWidget | None,
        *,
        role_label: str,
        signer_name: str,
        form_label: str,
        content: str = "",
        fingerprint: str = "",
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SignOnPaperDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("sign_paper.dialog")
        for widget, name in (
            (ui.formValue, "form"),
            (ui.roleValue, "role"),
            (ui.nameEdit, "name"),
            (ui.signedOnEdit, "signed_on"),
            (ui.scanNameLabel, "scan_name"),
            (ui.attachScanButton, "attach_scan"),
            (ui.removeScanButton, "remove_scan"),
            (ui.errorLabel, "error"),
        ):
            widget.setObjectName(f"sign_paper.{name}")
        self.today = today or clock.today()
        self._scan: bytes | None = None
        self._scan_name = ""
        ui.formValue.setText(form_label)
        show_content(ui, content, fingerprint)
        ui.roleValue.setText(role_label)
        ui.nameEdit.setText(signer_name)
        ui.signedOnEdit.setDateRange(QDate(EARLIEST_PAPER_DATE), QDate(self.today))
        ui.signedOnEdit.setDate(QDate(self.today))
        self.errors = FieldErrors(
            ui.errorLabel,
            {"signer_name": ui.nameEdit, "signed_on": ui.signedOnEdit, "scan": ui.attachScanButton},
            {
                "signer_name": _caption(ui.nameLabel),
                "signed_on": _caption(ui.signedOnLabel),
                "scan": _caption(ui.scanLabel),
            },
        )
        ui.nameEdit.textChanged.connect(self._update_buttons)
        ui.attachScanButton.clicked.connect(self.choose_scan)
        ui.removeScanButton.clicked.connect(self.remove_scan)
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_scan()
        self.restore_geometry()

    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_buttons(self) -> None:
        self.ok_button().setEnabled(bool(self.ui.nameEdit.text().strip()))

    # -- the scan -------------------------------------------------------------------------------------
    def choose_scan(self) -> None:
        settings = Settings()
        folder = str(settings.get(SCAN_FOLDER) or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        filename, _filter = QFileDialog.getOpenFileName(
            self, _("Attach scan"), folder, _("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if filename:
            settings.set(SCAN_FOLDER, Path(filename).parent)
            self.attach_scan(Path(filename))

    def attach_scan(self, path: Path) -> bool:
        """Take the scan at `path`, or keep what was attached and say beside the field why not."""
        try:
            data = read_scan(path, SCAN_LIMIT)
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        self._scan, self._scan_name = data, path.name
        self._show_scan()
        return True

    def remove_scan(self) -> None:
        self._scan, self._scan_name = None, ""
        self.errors.clear()
        self._show_scan()
        self.ui.attachScanButton.setFocus()

    def _show_scan(self) -> None:
        label = self.ui.scanNameLabel
        if self._scan is None:
            label.setText(_("No scan attached"))
            label.setStyleSheet("color: palette(placeholder-text);")
        else:
            # A scanner's file name can be very long; the middle goes, the full name is in the tooltip.
            label.setText(label.fontMetrics().elidedText(self._scan_name, Qt.TextElideMode.ElideMiddle, 260))
            label.setStyleSheet("")
        label.setToolTip(self._scan_name)
        self.ui.removeScanButton.setEnabled(self._scan is not None)
        self._update_buttons()

    # -- closing --------------------------------------------------------------------------------------
    def save(self) -> bool:
        self.errors.clear()
        values = self.values()
        if not values["signer_name"]:
            self.errors.show(ValidationError("signer_name", _("Fill in the name of the person who signs.")))
            return False
        if values["signed_on"] > self.today:
            self.errors.show(ValidationError("signed_on", _("Cannot be in the future.")))
            return False
        return True

    def values(self) -> dict:
        return {
            "signer_name": self.ui.nameEdit.text().strip(),
            "signed_on": self.ui.signedOnEdit.date().toPython(),
            "scan": self._scan,
            "scan_name": self._scan_name,
        }
