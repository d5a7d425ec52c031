"""Saving printouts and exports: a save dialog, long work on a worker with progress and Cancel, then
the file opened so it can be printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.paths import NOT_IN_FILE_NAMES
from desktop.pdf import RenderCancelledError
from desktop.settings import PRINTOUT_FOLDER, Settings
from desktop.views.kit.jobs import Job, wait_for

STEPS = 1000  # the progress bar's resolution for work that reports a fraction
Work = Callable[[Callable[[float], None], Callable[[], bool]], bytes]


def safe_file_name(text: str) -> str:
    name = NOT_IN_FILE_NAMES.sub("-", text).strip(" .-")
    return name[:120] or _("printout")


def open_file(path: Path) -> None:
    """Show the saved file in the program Windows uses for it (to print a PDF, to look at a workbook)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_path(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    settings = Settings()
    folder = settings.get(PRINTOUT_FOLDER) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    suffix = pattern.split("*")[-1].rstrip(")")
    suggested = str(Path(folder) / f"{safe_file_name(name)}{suffix}")
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.set(PRINTOUT_FOLDER, path.parent)
    return path


def write_file(parent: QWidget, path: Path, data: bytes) -> bool:
    try:
        path.write_bytes(data)
    except PermissionError:
        QMessageBox.warning(
            parent,
            _("File not saved"),
            _("{name} cannot be written: it is open in another program, or the folder is read-only.").format(
                name=path.name
            ),
        )
        return False
    except OSError as error:
        QMessageBox.warning(
            parent, _("File not saved"), _("{name} cannot be written: {reason}").format(name=path.name, reason=error)
        )
        return False
    return True


def run_with_progress(parent: QWidget, label: str, work: Work, failure_title: str | None = None) -> bytes | None:
    """Run `work(progress, cancelled)` on a worker thread behind a progress dialog; None when cancelled,
    or after a failure it has shown under `failure_title`.

    The work gets plain data only: the database connection and the widgets stay on this thread."""
    job = Job(
        lambda job: work(lambda fraction: job.progress(int(fraction * STEPS), STEPS), job.cancelled),
        log_line="Making a file failed",
        cancelled_by=(RenderCancelledError,),
    )
    dialog = QProgressDialog(label, _("Cancel"), 0, STEPS, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)
    job.signals.progress.connect(lambda done, _total: dialog.setValue(done))
    ended = wait_for(job)
    dialog.close()
    dialog.deleteLater()
    job.signals.deleteLater()
    if ended.failure is not None:
        QMessageBox.warning(parent, failure_title or _("File not saved"), ended.failure)
    return ended.result


def save_document(
    parent: QWidget,
    title: str,
    name: str,
    pattern: str,
    make: Callable[[], bytes] | None = None,
    work: Work | None = None,
    progress_label: str = "",
) -> Path | None:
    """Ask where, make the bytes (`make` at once, or `work` with progress), write, open; the path or None."""
    path = ask_path(parent, title, name, pattern)
    if path is None:
        return None
    if work is not None:
        data = run_with_progress(parent, progress_label or title, work)
    else:
        try:
            data = make()
        except LeerWerkError as error:
            QMessageBox.warning(parent, _("File not saved"), error.message)
            return None
    if data is None or not write_file(parent, path, data):
        return None
    open_file(path)
    return path
