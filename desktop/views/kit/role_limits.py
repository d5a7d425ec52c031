"""The buttons a login's role may not use are hidden, as the tabs and menus it may not use are
(`desktop.views.window.main`); the server refuses what they would do anyway (`desktop.storage.server_roles`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def may_write(main_window: QWidget) -> bool:
    """Whether the login of `main_window` may add, change or delete anything; a page shown without the main
    window (a test, a dialog of its own) belongs to whoever opened the file, who may."""
    permissions = getattr(main_window, "permissions", None)
    return permissions is None or permissions.writes


def hide_writers(main_window: QWidget, *widgets: QWidget) -> None:
    """Hide `widgets`, which each change the database, when the login of `main_window` may change nothing."""
    if not may_write(main_window):
        for widget in widgets:
            widget.hide()
