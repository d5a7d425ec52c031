"""The behaviour every editing dialog shares: it comes back at the size and place it was left, OK saves
before it closes (staying open with the reason beside the field when saving is refused), and Escape or
Cancel asks before changes that were not saved are thrown away; and `run_dialog`, the one way a window
or tab opens a dialog and waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desktop.i18n import _, ngettext
from desktop.settings import DIALOG_GEOMETRY, Settings


def run_dialog(dialog: QDialog) -> int:
    """Show `dialog` until it is closed and return how (`QDialog.DialogCode`). It is freed when closed:
    a dialog that holds a table must not linger for the life of the window, so read only its plain
    Python attributes afterwards (`dialog.saved`, `dialog.form_id`), never its widgets."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec()


MESSAGE_LINES = 20  # the lines a message box lists: more would make it taller than the screen


def listed(lines: list[str], limit: int = MESSAGE_LINES) -> list[str]:
    """The first `limit` of `lines` for a message, and how many more there are when some are left out."""
    if len(lines) <= limit:
        return list(lines)
    more = len(lines) - limit
    return [*lines[:limit], ngettext("… and {count} more.", "… and {count} more.", more).format(count=more)]


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

    def add_save_keys(self) -> list[QShortcut]:
        """Ctrl+Enter saves and closes, wherever the focus is (Enter alone would press a focused button or go
        to a new line in a text box): the keyboard's OK, alike in every dialog that has it. Keep what is returned."""
        shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save_and_close)
            shortcuts.append(shortcut)
        return shortcuts

    # -- changes not saved -------------------------------------------------------------------------------
    _clean_state: tuple | None = None

    def edited_state(self) -> tuple:
        """What the person can change in the dialog: every field's text, choice and tick. A dialog that edits
        more (a table of scores) adds it by overriding this."""
        state = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                state.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                state.append(widget.toPlainText())
            elif isinstance(widget, QTextEdit):
                state.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                state.append(widget.currentText())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                state.append(widget.isChecked())
        return tuple(state)

    def mark_clean(self) -> None:
        """What the dialog shows now is what is stored: call after loading and after saving."""
        self._clean_state = self.edited_state()

    def has_changes(self) -> bool:
        return self._clean_state is not None and self.edited_state() != self._clean_state

    def cancel(self) -> None:
        """Cancel or Escape: close without saving, after asking when something was changed."""
        from desktop.views.kit.widgets import confirm

        question = _("You changed things that are not saved yet. Close and throw those changes away?")
        if self.has_changes() and not confirm(self, _("Changes not saved"), question):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        Settings().set(DIALOG_GEOMETRY.of(dialog=self.remembered_as), self.saveGeometry())
        super().done(result)
