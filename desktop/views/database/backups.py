"""Automatic backups while the window is open, and the offer of a good backup for a damaged file.

`BackupController` belongs to the main window: it backs the database up when it is opened, every
30 minutes if something changed since the last backup, and when the window closes. A change is seen
through the window's own connection (`desktop.services.connection.change_marks`): ``total_changes``
counts what this connection wrote, and ``PRAGMA data_version`` moves when any other connection (an
import worker, another program) committed; both are exact in WAL mode, where the file's change counter
is not. The copy runs on a thread of its own; a failure is logged and said once in the status bar, and
the work goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QStatusBar, QWidget

from desktop.errors import LeerWerkError, UnusableDatabaseError
from desktop.i18n import _, format_datetime
from desktop.services.connection import change_marks
from desktop.storage.backup import make_backup
from desktop.views.kit.jobs import Job, JobSignals, start

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
STATUS_TIMEOUT_MS = 10_000


class BackupController(QObject):
    """When to back up the open database; `tick` is what the 30-minute timer calls."""

    done = Signal(object)  # Path of a new backup, or None after a failure (for tests and the status bar)

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None, interval_ms: int = BACKUP_INTERVAL_MS):
        super().__init__(parent)
        self.status_bar = status_bar
        self.db_path: Path | None = None
        self.running = False
        self.failure_shown = False
        self.last_made: Path | None = None
        self._seen: tuple[int, int] | None = None  # the connection's fingerprint when the last backup began
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = JobSignals(self)  # one for every backup the controller starts
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    # -- what the window tells it
    def start(self, db_path: Path) -> None:
        """The window opened `db_path`: back it up now and from now on."""
        self.db_path = Path(db_path)
        self._seen = None
        self.backup_now()
        self.timer.start()

    def resume(self, db_path: Path) -> None:
        """Go on with `db_path` after a `stop` that led nowhere (another file could not be opened)."""
        self.db_path = Path(db_path)
        self._seen = self._fingerprint()
        self.timer.start()

    def stop(self, last_backup: bool = True) -> None:
        """Before the window closes or opens another file: wait for a running copy, then a last backup
        if anything changed since. Blocks (a second or two for a very large database).

        Before a restore there is no last backup: the current file is kept aside anyway, and a new
        backup could rotate away the very backup being put back."""
        self.timer.stop()
        self._pool.waitForDone()
        QApplication.sendPostedEvents(self)  # deliver the finished/failed report of that copy
        if last_backup and self.db_path is not None and self.changed():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.last_made = make_backup(self.db_path)
            except LeerWerkError as error:
                log.warning("Backup on closing failed")
                self.status_bar.showMessage(error.message, STATUS_TIMEOUT_MS)
            finally:
                QApplication.restoreOverrideCursor()
        self.db_path = None

    # -- deciding
    def _fingerprint(self) -> tuple[int, int] | None:
        return change_marks() if self.db_path is not None else None

    def changed(self) -> bool:
        """Whether the database may have changed since the last backup began."""
        current = self._fingerprint()
        return current is None or current != self._seen

    def tick(self) -> None:
        if self.db_path is not None and not self.running and self.changed():
            self.backup_now()

    def backup_now(self) -> bool:
        """Start a backup on the worker thread; False when one is already running."""
        if self.db_path is None or self.running:
            return False
        self._seen = self._fingerprint()
        self.running = True
        db_path = self.db_path
        job = Job(
            lambda job: make_backup(db_path),
            log_line="Backup failed",
            failure=_("The backup could not be made ({kind}); the details are in the log."),
            signals=self._signals,
        )
        start(job, self._pool)
        return True

    # -- results
    def _finished(self, made: Path) -> None:
        self.running = False
        self.failure_shown = False
        self.last_made = made
        self.done.emit(made)

    def _failed(self, message: str) -> None:
        self.running = False
        self._seen = None  # try again at the next tick
        if not self.failure_shown:
            self.failure_shown = True
            self.status_bar.showMessage(message)
        self.done.emit(None)

    # -- menu
    def add_actions(self, menu: QMenu, before: QAction, window: QWidget) -> tuple[QAction, QAction]:
        make = QAction(window, objectName="action.backupNow", shortcut=QKeySequence("Ctrl+Shift+B"))
        restore = QAction(window, objectName="action.restoreBackup")
        make.triggered.connect(self.backup_by_hand)
        menu.insertActions(before, [make, restore])
        menu.insertSeparator(before)
        self.retranslate_actions(make, restore)
        return make, restore

    @staticmethod
    def retranslate_actions(make: QAction, restore: QAction) -> None:
        make.setText(_("Make a &backup"))
        make.setStatusTip(_("Copy the database to the backup folder now"))
        restore.setText(_("&Restore a backup…"))
        restore.setStatusTip(_("Put a backup of this database back; the current file is kept aside"))

    def backup_by_hand(self) -> None:
        if not self.backup_now():
            self.status_bar.showMessage(_("A backup is being made already."), STATUS_TIMEOUT_MS)
            return
        self.status_bar.showMessage(_("Making a backup…"))

        def report(made: Path | None) -> None:
            self.done.disconnect(report)
            if made is not None:
                self.status_bar.showMessage(_("Backup made: {path}").format(path=made), STATUS_TIMEOUT_MS)

        self.done.connect(report)


# -- a damaged database on open ---------------------------------------------------------------------------


class RecoverDialog(QMessageBox):
    """What is wrong, in one sentence, and the choice of the newest good backup or Close."""

    def __init__(self, message: str, when: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recover.dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(_("LeerWerk cannot open the database"))
        self.setText(message)
        self.setInformativeText(
            _(
                "A backup of this database from {when} passes its check. The damaged file is kept aside unchanged."
            ).format(when=when)
        )
        self.open_button = self.addButton(
            _("Open the newest good backup ({when})").format(when=when), QMessageBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("recover.openBackup")
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(close)
        self.setEscapeButton(close)

    def chose_backup(self) -> bool:
        self.exec()
        return self.clickedButton() is self.open_button


def recover_from_backup(
    error: UnusableDatabaseError,
    db_path: Path,
    parent: QWidget | None = None,
    refuse: Callable[[str], object] | None = None,
) -> bool:
    """After `error` on opening `db_path`: offer its newest good backup and put it back when chosen.

    Returns True when the backup is now in place (the caller opens it); otherwise the error has been
    shown and nothing changed.
    """
    from desktop.storage.recovery import asks_whether_to_encrypt, find_good_backup, may_offer_backup, restore_backup
    from desktop.views.database.restore_dialog import ask_to_encrypt

    title = _("LeerWerk cannot open the database")
    found = find_good_backup(db_path) if may_offer_backup(error, db_path) else None
    if found is None:
        if refuse is not None:
            refuse(error.message)
        else:
            QMessageBox.critical(parent, title, error.message)
        return False
    if not RecoverDialog(error.message, format_datetime(found.made), parent).chose_backup():
        return False
    encrypt = None
    if asks_whether_to_encrypt(found.path, db_path):
        encrypt = ask_to_encrypt(parent)
        if encrypt is None:
            return False
    try:
        restore_backup(found.path, db_path, encrypt=encrypt)
    except LeerWerkError as failure:
        QMessageBox.critical(parent, title, failure.message)
        return False
    return True
