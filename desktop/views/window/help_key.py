"""F1 while a modal dialog is open: the window's own F1 (Help › Handleiding) is blocked by the dialog, so the
application's key events are watched for F1 and the manual opens at the dialog's part (`help.manual`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


class ModalHelpKey(QObject):
    """Installed on the application by the main window, whose child it is (and so removed with it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_F1 or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return False  # no dialog in the way: Help › Handleiding takes the key
        from desktop.views.help.manual import open_manual_over

        open_manual_over(dialog)
        return True
