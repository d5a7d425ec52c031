"""The buttons a login's role may not use are hidden, as the tabs and menus it may not use are
(`desktop.views.window.main`); the server refuses what they would do anyway (`desktop.storage.server_roles`).

A tab's keys (Insert, Delete, Enter), a double-click and a context menu's entries do what one of its buttons does:
they go `through` that button, so that they follow the same limits, here in one place. A read-only login's Insert
then opens no dialog whose save the server would refuse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QMenu, QPlainTextEdit, QWidget


def may_write(main_window: QWidget) -> bool:
    """Whether the login of `main_window` may add, change or delete anything; a page shown without the main
    window (a test, a dialog of its own) belongs to whoever opened the file, who may."""
    permissions = getattr(main_window, "permissions", None)
    return permissions is None or permissions.writes


def main_window_of(widget: QWidget | None) -> QWidget | None:
    """The main window `widget` (a window or dialog beside it, or one opened from such a dialog) was opened from,
    found through its parents; None for one opened without it, which belongs to whoever opened the file."""
    while widget is not None and getattr(widget, "permissions", None) is None:
        widget = widget.parentWidget()
    return widget


def hide_writers(main_window: QWidget, *widgets: QWidget) -> None:
    """Hide `widgets`, which each change the database, when the login of `main_window` may change nothing."""
    if not may_write(main_window):
        for widget in widgets:
            widget.hide()


def read_only_fields(main_window: QWidget, *fields: QLineEdit | QPlainTextEdit) -> None:
    """Make `fields` read-only when the login of `main_window` may change nothing, so that nobody types what no save
    would keep; they still show, and can be selected and copied."""
    if not may_write(main_window):
        for field in fields:
            field.setReadOnly(True)
            field.setPlaceholderText("")  # a hint of what to type ("Amount in €") invites typing what is not kept


class _ChoiceLock(QObject):
    """Keeps from a drop-down, a check box or a list of check boxes the clicks, keys and wheel turns that would change
    its choice, as `setReadOnly` does for a text field: it still shows its choice as it is, not greyed out as a
    disabled one (which its page enables and disables as what it shows changes)."""

    _CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
    _KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
    # Moving on and the window's own keys (Escape closes it); the shortcuts (Ctrl+Z) are the window's anyway.
    _PASSING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def __init__(self, parent: QObject, *, wheel: bool):
        super().__init__(parent)
        self._wheel = wheel  # a list scrolls with it; a drop-down would change its choice

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in self._CLICKS or (kind == QEvent.Type.Wheel and not self._wheel):
            return True
        return kind in self._KEYS and event.key() not in self._PASSING_KEYS


def read_only_choices(main_window: QWidget, *widgets: QComboBox | QAbstractButton | QAbstractItemView) -> None:
    """Make drop-downs, check boxes and lists of check boxes unchangeable when the login of `main_window` may change
    nothing, as `read_only_fields` does for text fields: nobody ticks or chooses what no save would keep."""
    if may_write(main_window):
        return
    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            # The clicks reach the list's viewport; its keys (Space ticks) the list itself.
            widget.viewport().installEventFilter(_ChoiceLock(widget, wheel=True))
        widget.installEventFilter(_ChoiceLock(widget, wheel=isinstance(widget, QAbstractItemView)))


def through(button: QAbstractButton, slot: Callable[[], None]) -> Callable[..., None]:
    """What a key, a double-click or a menu entry does in `button`'s stead: `slot`, while the button is there for the
    login (its role did not hide it); else nothing. Any arguments a signal brings (the index double-clicked) are
    dropped."""

    def run(*_args) -> None:
        if not button.isHidden():
            slot()

    return run


def for_writers(main_window: QWidget, slot: Callable[[], None]) -> Callable[..., None]:
    """`through` for what no button of its own stands for (a trajectory opened from a coach's list): `slot` only for
    a login that may change things."""

    def run(*_args) -> None:
        if may_write(main_window):
            slot()

    return run


def menu_entry(menu: QMenu, text: str, button: QAbstractButton, slot: Callable[[], None]) -> QAction | None:
    """A context menu's entry in `button`'s stead, left out where the login's role hid the button."""
    if button.isHidden():
        return None
    return menu.addAction(text, slot)
