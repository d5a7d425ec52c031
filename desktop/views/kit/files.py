"""Saving printouts and exports: a save dialog, long work on a worker with progress and Cancel, then
the file opened so it can be printed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.paths import NOT_IN_FILE_NAMES
from desktop.pdf import RenderCancelledError
from desktop.settings import Settings

FOLDER_KEY = "trainings/last_folder"
Work = Callable[[Callable[[float], None], Callable[[], bool]], bytes]


def safe_file_name(text: str) -> str:
    name = NOT_IN_FILE_NAMES.sub("-", text).strip(" .-")
    return name[:120] or _("printout")


def open_file(path: Path) -> None:
    """Show the saved file in the program Windows uses for it (to print a PDF, to look at a workbook)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_path(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    settings = Settings()
    folder = settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
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
    settings.set_value(FOLDER_KEY, str(path.parent))
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


def run_with_progress(parent: QWidget, label: str, work: Work) -> bytes | None:
    """Run `work(progress, cancelled)` on a worker thread behind a progress dialog; None when cancelled.

    The work gets plain data only: the database connection and the widgets stay on this thread."""
    state: dict = {"progress": 0.0, "result": None, "error": None, "done": False}
    cancel = threading.Event()

    def target() -> None:
        try:
            state["result"] = work(lambda fraction: state.__setitem__("progress", fraction), cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed back to the GUI thread below
            state["error"] = error
        finally:
            state["done"] = True

    dialog = QProgressDialog(label, _("Cancel"), 0, 1000, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    timer = QTimer(dialog)
    timer.setInterval(40)

    def poll() -> None:
        dialog.setValue(int(state["progress"] * 1000))
        if dialog.wasCanceled():
            cancel.set()
        if state["done"]:
            loop.quit()

    timer.timeout.connect(poll)
    worker = threading.Thread(target=target, name="leerwerk-export", daemon=True)
    worker.start()
    timer.start()
    if not state["done"]:
        loop.exec()
    worker.join()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    error = state["error"]
    if isinstance(error, RenderCancelledError):
        return None
    if isinstance(error, LeerWerkError):
        QMessageBox.warning(parent, _("File not saved"), error.message)
        return None
    if error is not None:
        raise error
    return state["result"]


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
