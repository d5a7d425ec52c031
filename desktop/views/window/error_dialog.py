"""The exception hook: an unexpected error shows a dialog with copyable details, is logged without
personal data, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from desktop import __version__, files
from desktop.errors import ConnectionLostError, LeerWerkError, ReadOnlyDatabaseError, RefusedByServerError
from desktop.i18n import _
from desktop.logs import scrubbed_traceback

log = logging.getLogger("leerwerk.errors")


def show_error_dialog(exc_type, exc_value, tb) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    # The details are meant to be sent on: the stack and the error type, not the message (which may
    # quote a name or an e-mail address someone typed).
    details = f"LeerWerk {__version__}\n" + scrubbed_traceback(exc_type, tb)
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("error.dialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_("Unexpected error"))
    box.setText(_("Something went wrong that LeerWerk did not expect. Your data is safe; you can carry on."))
    box.setInformativeText(_("If it happens again, copy the details and send them to your administrator."))
    box.setDetailedText(details)
    copy = box.addButton(_("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def _show_refusal(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is not None:
        QMessageBox.warning(QApplication.activeWindow(), _("Not saved"), message)


def excepthook(exc_type: type[BaseException], exc_value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, tb)
        return
    if issubclass(exc_type, ReadOnlyDatabaseError):
        # Expected while another LeerWerk writes: say why nothing was saved, not "unexpected error".
        log.info("A change was refused: the database is open read-only")
        _show_refusal(exc_value.message)
        return
    if issubclass(exc_type, ConnectionLostError | RefusedByServerError):
        # A server that went away, or refused the login's role: its sentence, wherever it was met.
        log.warning("The database server refused or went away (%s)", exc_type.__name__)
        _show_refusal(exc_value.message)
        return
    if files.is_disk_full(exc_value):
        # Not "unexpected", and never "damaged": say that the disk is full, as every operation does.
        log.warning("A change was refused: the disk is full")
        _show_refusal(_disk_full_sentence(exc_value))
        return
    log.error("Unexpected error\n%s", scrubbed_traceback(exc_type, tb))
    try:
        show_error_dialog(exc_type, exc_value, tb)
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        log.error("The error dialog failed\n%s", scrubbed_traceback(*sys.exc_info()[::2]))


def _disk_full_sentence(error: BaseException) -> str:
    if isinstance(error, LeerWerkError):
        return error.message
    where = getattr(error, "filename", None)
    return files.disk_full(_("saving in {path}").format(path=where) if where else _("saving"))


def install() -> None:
    sys.excepthook = excepthook
