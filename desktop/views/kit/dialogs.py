"""The behaviour every editing dialog shares: it comes back at the size and place it was left, and
OK saves before it closes (staying open with the reason beside the field when saving is refused); and
`run_dialog`, the one way a window or tab opens a dialog and waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop.settings import DIALOG_GEOMETRY, Settings


def run_dialog(dialog: QDialog) -> int:
    """Show `dialog` until it is closed and return how (`QDialog.DialogCode`). It is freed when closed:
    a dialog that holds a table must not linger for the life of the window, so read only its plain
    Python attributes afterwards (`dialog.saved`, `dialog.form_id`), never its widgets."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec()


def alive(widget: QWidget, action: Callable[[], None]) -> Callable[[], None]:
    """`action`, skipped once `widget` is gone: undo can run long after a dialog has closed."""
    from shiboken6 import isValid

    return lambda: action() if isValid(widget) else None


def after_undo(widget: QWidget, outer: Callable[[], None], refresh: Callable[[], None]) -> Callable[[], None]:
    """What an undo step made in `widget` calls when undone or redone: tell the outside (`outer`, e.g.
    the tab), then `refresh` the widget itself if it is still open."""

    def callback() -> None:
        outer()
        alive(widget, refresh)()

    return callback


class RememberedDialog(QDialog):
    """A dialog that comes back at the size and place it was left; the one way a dialog remembers them."""

    remembered_as = ""  # the dialog's name in the settings, e.g. "learner"

    def restore_geometry(self) -> None:
        geometry = Settings().get(DIALOG_GEOMETRY.of(dialog=self.remembered_as))
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save(self) -> bool:
        """Write what the dialog holds; False when it was refused (the dialog says why)."""
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def done(self, result: int) -> None:
        Settings().set(DIALOG_GEOMETRY.of(dialog=self.remembered_as), self.saveGeometry())
        super().done(result)
