"""The passphrase of an encrypted database: asked when it is opened, chosen when it is encrypted.

`open_asking_passphrase` runs an open function; when the file turns out to be encrypted and no
passphrase given in this process opens it, it asks for one, remembers it (in memory only, see
`desktop.storage.cipher`) and tries again, until the file opens or the person cancels. A passphrase
is never logged, stored in the settings or kept in a widget after its dialog has closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.storage import cipher

Opened = TypeVar("Opened")
REPEATED_ROW = 1


class PassphraseCancelled(Exception):  # noqa: N818 - not an error: the person chose not to open the file
    """The passphrase prompt was cancelled: the database was not opened and nothing needs saying."""

    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = Path(path)


class _PassphraseForm(QDialog):
    def __init__(self, parent: QWidget | None):
        # Loaded when a passphrase is asked for, not by every start that opens a file without one.
        from desktop.forms.ui_passphrase_dialog import Ui_PassphraseDialog

        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.showCheck.toggled.connect(self._show_typed)
        self.ui.passphraseEdit.textChanged.connect(self._update)
        self.ui.passphraseEdit.setFocus()

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(mode)
        self.ui.repeatedEdit.setEchoMode(mode)

    def _update(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.ui.passphraseEdit.text()))

    def _take(self) -> str | None:
        """What was typed when the dialog was accepted (None when cancelled); the fields are emptied."""
        passphrase = self.ui.passphraseEdit.text() if self.result() == QDialog.DialogCode.Accepted else None
        self.ui.passphraseEdit.clear()
        self.ui.repeatedEdit.clear()
        return passphrase


class AskPassphraseDialog(_PassphraseForm):
    """The passphrase of the encrypted database `path`; `wrong` when the last one typed did not open it."""

    def __init__(self, path: Path, *, wrong: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphrase.ask")
        self.setWindowTitle(_("Encrypted database"))
        path = Path(path)
        self.ui.introLabel.setText(
            _("The database {name} is encrypted. Type its passphrase to open it.").format(name=path.name)
            + "\n"
            + _("Folder: {folder}").format(folder=path.parent)
        )
        self.ui.formLayout.setRowVisible(REPEATED_ROW, False)
        self.ok_button.setText(_("&Open"))
        self.ui.errorLabel.setText(
            _("This passphrase does not open the database. Check it (capital letters count) and try again.")
            if wrong
            else ""
        )
        self.ui.errorLabel.setVisible(wrong)
        self._update()

    def passphrase(self) -> str | None:
        self.exec()
        return self._take()


class NewPassphraseDialog(_PassphraseForm):
    """A new passphrase, typed twice and checked (`check` raises `ValidationError`) before the dialog closes."""

    def __init__(
        self,
        title: str,
        intro: str,
        parent: QWidget | None = None,
        *,
        check: Callable[[str, str], None] = cipher.check_new_passphrase,
    ):
        super().__init__(parent)
        self.setObjectName("passphrase.new")
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        self.ui.passphraseLabel.setText(_("&New passphrase:"))
        from desktop.views.kit.field_errors import FieldErrors

        self.check = check
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {"passphrase": self.ui.passphraseEdit, "repeated": self.ui.repeatedEdit},
            {"passphrase": _("New passphrase"), "repeated": _("Once more")},
        )
        self._update()

    def accept(self) -> None:
        try:
            self.check(self.ui.passphraseEdit.text(), self.ui.repeatedEdit.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        super().accept()

    def passphrase(self) -> str | None:
        self.exec()
        return self._take()


def ask_passphrase(parent: QWidget | None, path: Path, *, wrong: bool) -> str | None:
    """The passphrase typed for `path`, or None when the person cancelled."""
    dialog = AskPassphraseDialog(path, wrong=wrong, parent=parent)
    try:
        return dialog.passphrase()
    finally:
        dialog.deleteLater()


def ask_new_passphrase(
    parent: QWidget | None, title: str, intro: str, *, check: Callable[[str, str], None] = cipher.check_new_passphrase
) -> str | None:
    """A new passphrase that passed `check`, or None when the person cancelled."""
    dialog = NewPassphraseDialog(title, intro, parent, check=check)
    try:
        return dialog.passphrase()
    finally:
        dialog.deleteLater()


def open_asking_passphrase(
    open_function: Callable[[Path], Opened], path: Path, parent: QWidget | None = None
) -> Opened:
    """`open_function(path)`, asking for the passphrase as long as the file is encrypted and the
    passphrases given so far do not open it.

    Raises `PassphraseCancelled` when the person cancels; the passphrases known for the file are then
    as they were before. Every other error of `open_function` goes to the caller.
    """
    path = Path(path)
    before: dict[Path, str | None] = {}
    waiting = False
    try:
        while True:
            try:
                return open_function(path)
            except cipher.PassphraseError as error:
                locked = error.path
                before.setdefault(locked, cipher.known_passphrase(locked))
                if waiting:
                    QApplication.restoreOverrideCursor()
                    waiting = False
                passphrase = ask_passphrase(parent, locked, wrong=error.wrong)
                if passphrase is None:
                    for file, known in before.items():
                        cipher.set_passphrase(file, known)
                    raise PassphraseCancelled(locked) from None
                cipher.remember(locked, passphrase)
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes a moment to derive
                waiting = True
    finally:
        if waiting:
            QApplication.restoreOverrideCursor()
