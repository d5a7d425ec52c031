"""*Bestand › Reservekopie terugzetten…*: the backups of the open database with date, size and
whether each passes its check (checked on a worker, newest first, while the list is already shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from desktop.forms.ui_restore_backup_dialog import Ui_RestoreBackupDialog
from desktop.i18n import _, format_datetime, format_number
from desktop.storage.backup import BackupFile, backup_folder, list_backups
from desktop.storage.recovery import asks_whether_to_encrypt, backup_is_good
from desktop.views.kit.jobs import Job, start

MADE, SIZE, CHECK = range(3)


def check_all(paths: list[Path], job: Job) -> None:
    """Check each backup in turn, newest first, handing over (row, good) as each is known."""
    for row, path in enumerate(paths):
        if job.cancelled():
            return
        job.partial((row, backup_is_good(path)))


def ask_to_encrypt(parent: QWidget | None) -> bool | None:
    """For a plain backup put back over an encrypted database: True to encrypt it with the database's
    passphrase (the default), False to put it back plain, None when the person cancels."""
    box = QMessageBox(parent)
    box.setObjectName("restore.encryptQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Restore a backup"))
    box.setText(_("This backup is not encrypted, the database is. Encrypt the backup as it is put back?"))
    box.setInformativeText(
        _(
            "Encrypted, it opens with the passphrase of the database. Put back plain, anyone who can reach the "
            "file can read it."
        )
    )
    encrypt = box.addButton(_("&Encrypt it"), QMessageBox.ButtonRole.AcceptRole)
    encrypt.setObjectName("restore.encrypt")
    plain = box.addButton(_("Put it back &plain"), QMessageBox.ButtonRole.DestructiveRole)
    plain.setObjectName("restore.plain")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(encrypt)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is encrypt else False if clicked is plain else None


def size_text(size: int) -> str:
    return _("{size} MB").format(size=format_number(round(size / 1_000_000, 1)))


class RestoreBackupDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.setObjectName("restore.dialog")
        self.ui.backupList.setObjectName("restore.list")
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_("&Restore"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.db_path = Path(db_path)
        self.encrypt: bool | None = None  # for a plain backup over an encrypted database: the person's choice
        self.backups: list[BackupFile] = list_backups(db_path)
        self.good: dict[int, bool] = {}
        self.ui.folderLabel.setText(_("Backup folder: {folder}").format(folder=backup_folder(db_path)))
        for backup in self.backups:
            try:
                size = size_text(backup.path.stat().st_size)
            except OSError:
                size = ""
            made = format_datetime(backup.made)
            if backup.schema_before_migration is not None:
                made = _("{when} (before an upgrade)").format(when=made)
            item = QTreeWidgetItem([made, size, _("checking…")])
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.ui.backupList.addTopLevelItem(item)
        header = self.ui.backupList.header()
        header.setSectionResizeMode(MADE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.ui.backupList.currentItemChanged.connect(self._update)
        self.ui.backupList.itemDoubleClicked.connect(lambda *_args: self.ok_button.isEnabled() and self.accept())
        if not self.backups:
            self.ui.introLabel.setText(_("There is no backup of this database yet."))
        else:
            self.ui.backupList.setCurrentItem(self.ui.backupList.topLevelItem(0))
        paths = [backup.path for backup in self.backups]
        self._job = Job(lambda job: check_all(paths, job), log_line="Checking the backups failed", parent=self)
        self._job.signals.partial.connect(self._checked)
        self._pool = QThreadPool(self)
        start(self._job, self._pool)
        self._update()

    def _checked(self, checked: tuple[int, bool]) -> None:
        row, good = checked
        self.good[row] = good
        item = self.ui.backupList.topLevelItem(row)
        item.setText(CHECK, _("good") if good else _("damaged"))
        self._update()

    def _update(self, *_args) -> None:
        row = self.ui.backupList.indexOfTopLevelItem(self.ui.backupList.currentItem())
        self.ok_button.setEnabled(row >= 0 and self.good.get(row) is not False)

    def selected(self) -> BackupFile | None:
        row = self.ui.backupList.indexOfTopLevelItem(self.ui.backupList.currentItem())
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is not None and asks_whether_to_encrypt(chosen.path, self.db_path):
            self.encrypt = ask_to_encrypt(self)
            if self.encrypt is None:
                return  # cancelled: the list stays open
        super().accept()

    def done(self, result: int) -> None:
        self._job.cancel()
        self._pool.waitForDone()
        super().done(result)
