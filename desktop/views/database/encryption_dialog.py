"""*Extra › Versleuteling…*: whether the open database is encrypted; encrypting it, changing its
passphrase or removing the encryption, always for the database and all its backups.

The dialog only chooses. `change_encryption_of` does the work: the window stops its backups and
closes the database, `encryption.change_encryption` rewrites the files on a worker thread behind a
progress dialog (Cancel stops between two files), and the window opens the same database again: as
it now is, or after a failure as it was. Passphrases are never logged and never leave memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.errors import ValidationError
from desktop.forms.ui_encryption_dialog import Ui_EncryptionDialog
from desktop.i18n import _, ngettext
from desktop.storage import cipher, encryption, unfinished
from desktop.storage.database import close_database, current_database, current_path
from desktop.storage.lock import describe_holder
from desktop.views.database.passphrase import ask_new_passphrase
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.jobs import Job, wait_for
from desktop.views.kit.widgets import confirm

ENCRYPT, CHANGE, REMOVE, FINISH = "encrypt", "change", "remove", "finish"
STATUS_TIMEOUT_MS = 15_000


@dataclass
class Choice:
    action: str  # ENCRYPT, CHANGE, REMOVE or FINISH (bring the backups in line with the database)
    passphrase: str | None  # the passphrase the files get; None: no encryption


def write_refusal() -> str | None:
    """Why the encryption of the open database cannot be changed from here, or None when it can."""
    database = current_database()
    if database is None or database.may_write:
        return None
    return _("The encryption cannot be changed while {holder} has this database open; close it there first.").format(
        holder=describe_holder(database.other_writer)
    )


def unlike_backups(db_path: Path, encrypted: bool) -> int:
    """How many backups of `db_path` are not as the database is (plain beside an encrypted one, or the
    other way round), as a cancelled run leaves them. Reads the first page of each file only."""
    unlike = unfinished.unlike_backups(db_path, compare_passphrases=False)
    return len(unlike.plain if encrypted else unlike.still_encrypted)


class EncryptionDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EncryptionDialog()
        self.ui.setupUi(self)
        self.setObjectName("encryption.dialog")
        self.db_path = Path(db_path)
        self.encrypted = encryption.is_encrypted(self.db_path)
        self.choice: Choice | None = None
        self.ui.fileLabel.setText(_("Database: {path}").format(path=self.db_path))
        if self.encrypted:
            self.ui.stateLabel.setText(
                _("This database is encrypted: LeerWerk asks for its passphrase when it opens the database.")
            )
        else:
            self.ui.stateLabel.setText(_("This database is not encrypted: anyone who can reach the file can read it."))
        self.ui.encryptButton.setVisible(not self.encrypted)
        self.ui.changeButton.setVisible(self.encrypted)
        self.ui.removeButton.setVisible(self.encrypted)
        unlike = unlike_backups(self.db_path, self.encrypted)
        if self.encrypted:
            unfinished = ngettext(
                "{count} backup of this database is not encrypted.",
                "{count} backups of this database are not encrypted.",
                unlike,
            )
            self.ui.finishButton.setText(_("Encrypt &those backups too"))
        else:
            unfinished = ngettext(
                "{count} backup of this database is still encrypted.",
                "{count} backups of this database are still encrypted.",
                unlike,
            )
            self.ui.finishButton.setText(_("Decrypt &those backups too"))
        self.ui.unfinishedLabel.setText(unfinished.format(count=unlike))
        self.ui.unfinishedLabel.setVisible(bool(unlike))
        self.ui.finishButton.setVisible(bool(unlike))
        refusal = write_refusal()
        self.ui.readOnlyLabel.setText(refusal or "")
        self.ui.readOnlyLabel.setVisible(refusal is not None)
        for button in (self.ui.encryptButton, self.ui.changeButton, self.ui.removeButton, self.ui.finishButton):
            button.setEnabled(refusal is None)
        self.ui.encryptButton.clicked.connect(self.encrypt)
        self.ui.changeButton.clicked.connect(self.change)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.finishButton.clicked.connect(self.finish)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _choose(self, action: str, passphrase: str | None) -> None:
        self.choice = Choice(action, passphrase)
        self.accept()

    def encrypt(self) -> None:
        passphrase = ask_new_passphrase(
            self,
            _("Encrypt the database"),
            _(
                "Choose a passphrase of at least {count} characters, for instance a few words that belong together "
                "only for you. Write it down and keep it in a safe place: without it no one can open the database."
            ).format(count=cipher.MIN_PASSPHRASE),
        )
        if passphrase is not None:
            self._choose(ENCRYPT, passphrase)

    def change(self) -> None:
        current = cipher.known_passphrase(self.db_path)

        def check(passphrase: str, repeated: str) -> None:
            cipher.check_new_passphrase(passphrase, repeated)
            if cipher.same_passphrase(passphrase, current):
                raise ValidationError("passphrase", _("The new passphrase is the same as the current one."))

        passphrase = ask_new_passphrase(
            self,
            _("Change the passphrase"),
            _(
                "Choose the new passphrase (at least {count} characters). From then on the database and its "
                "backups open with the new passphrase only."
            ).format(count=cipher.MIN_PASSPHRASE),
            check=check,
        )
        if passphrase is not None:
            self._choose(CHANGE, passphrase)

    def remove(self) -> None:
        question = _(
            "Remove the encryption of the database and its backups? They can then be read by anyone who can "
            "reach the files."
        )
        if confirm(self, _("Remove the encryption"), question):
            self._choose(REMOVE, None)

    def finish(self) -> None:
        passphrase = cipher.known_passphrase(self.db_path) if self.encrypted else None
        if self.encrypted and passphrase is None:  # never decrypt by accident
            return
        self._choose(FINISH, passphrase)


# -- the work ----------------------------------------------------------------------------------------------


class WorkProgress(QProgressDialog):
    """A progress dialog that stays until the work has ended: Cancel (or Escape) asks the work to stop
    after the file in hand, and the window stays blocked while its database is closed."""

    def __init__(self, label: str, parent: QWidget | None):
        super().__init__(label, _("Cancel"), 0, 0, parent)
        self.canceled.disconnect(self.cancel)  # Qt's own slot would hide the dialog at once
        self.setObjectName("encryption.progress")
        self.setWindowTitle(_("Encryption"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()


PROGRESS_LABELS = {
    ENCRYPT: lambda: _("Encrypting the database and its backups…"),
    CHANGE: lambda: _("Changing the passphrase of the database and its backups…"),
    REMOVE: lambda: _("Removing the encryption of the database and its backups…"),
    FINISH: lambda: _("Bringing the backups in line with the database…"),
}


def run_change(parent: QWidget | None, db_path: Path, choice: Choice) -> tuple[encryption.Outcome | None, str | None]:
    """Run the change on a worker behind a progress dialog; (outcome, None) or (None, the error's sentence).

    The work touches no widget, and the database is closed meanwhile."""
    job = Job(
        lambda job: encryption.change_encryption(Path(db_path), choice.passphrase, progress=job.progress),
        log_line="Changing the encryption failed",
        failure=_("The encryption could not be changed ({kind}); the details are in the log."),
    )
    progress = WorkProgress(PROGRESS_LABELS[choice.action](), parent)

    def cancel() -> None:
        job.cancel()
        progress.setLabelText(_("Stopping after the file in hand…"))
        button = progress.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    def advance(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    progress.canceled.connect(cancel)
    job.signals.progress.connect(advance)
    progress.show()
    ended = wait_for(job)
    progress.hide()
    progress.deleteLater()
    job.signals.deleteLater()
    return ended.result, ended.failure


def describe(choice: Choice, outcome: encryption.Outcome) -> str:
    """What happened, in a sentence or three, for the status bar and the closing message."""
    count = outcome.backups_rewritten
    if outcome.cancelled and not outcome.database_rewritten and choice.action != FINISH:
        return _("Cancelled: nothing was changed.")
    if choice.action == ENCRYPT:
        text = ngettext("Database encrypted, with {count} backup.", "Database encrypted, with {count} backups.", count)
        text = text if count else _("Database encrypted.")
    elif choice.action == CHANGE:
        text = ngettext(
            "Passphrase changed, for the database and {count} backup.",
            "Passphrase changed, for the database and {count} backups.",
            count,
        )
        text = text if count else _("Passphrase changed.")
    elif choice.action == REMOVE:
        text = ngettext(
            "Encryption removed, from the database and {count} backup.",
            "Encryption removed, from the database and {count} backups.",
            count,
        )
        text = text if count else _("Encryption removed.")
    elif choice.passphrase is not None:
        text = ngettext("{count} backup encrypted.", "{count} backups encrypted.", count)
    else:
        text = ngettext("{count} backup decrypted.", "{count} backups decrypted.", count)
    parts = [text.format(count=count)]
    passed_over = len(outcome.backups_passed_over)
    if passed_over:
        parts.append(
            ngettext(
                "{count} backup could not be opened (damaged, or under another passphrase) and stays as it was.",
                "{count} backups could not be opened (damaged, or under another passphrase) and stay as they were.",
                passed_over,
            ).format(count=passed_over)
        )
    if outcome.backups_disk_full:
        finish = _("open Encryption again to finish them.")
        parts.append(encryption.backups_left_for_a_full_disk(len(outcome.backups_disk_full), finish))
    if outcome.cancelled:
        parts.append(_("Cancelled before all backups were done; the others stay as they were for now."))
    return " ".join(parts)


def change_encryption_of(window) -> bool:
    """The dialog for the window's open database, and the change chosen in it; True when it ran.

    `window` is the main window: it closes its database for the change and opens it again after.
    """
    path = current_path()
    if path is None:
        return False
    dialog = EncryptionDialog(path, window)
    if run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.choice is None:
        return False
    choice, dialog.choice = dialog.choice, None
    before = cipher.known_passphrase(path)
    window.backups.stop(last_backup=False)  # a copy must not run while the files are rewritten
    close_database()
    outcome, failure = run_change(window, path, choice)
    if outcome is not None and outcome.cancelled and (not outcome.database_rewritten or choice.passphrase is None):
        # Cancelled before the database: it opens with the passphrase it had. Cancelled while removing
        # the encryption: the backups still encrypted need it to be finished (in memory, as always).
        cipher.set_passphrase(path, before)
    message = describe(choice, outcome) if outcome is not None else None
    choice.passphrase = None
    if not window.switch_database(path):  # it has said why
        return False
    if message is None:
        QMessageBox.warning(window, _("Encryption not changed"), failure)
        return False
    window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
    QMessageBox.information(window, _("Encryption"), message)
    return True
