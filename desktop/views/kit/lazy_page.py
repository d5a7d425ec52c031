"""The lazy page: a tab page that reads its rows only once it is on screen.

Every feature's tab is one (`desktop.views.window.tabs` builds them); kept here, in the kit, so that a
feature imports nothing of the window that holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent

from desktop import collector


class LoadsWhenShown:
    """Mixin for a page: it reads its rows right after it is first painted, so the window appears at
    once (with 10,000 learners, reading them takes longer than drawing the window) and a tab never
    looked at costs nothing. `reload()` still reads at once when called (after a change, or by a
    test); `loaded()` follows the first reading."""

    _loaded = False
    _load_planned = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._loaded and not self._load_planned:
            self._load_planned = True
            QTimer.singleShot(0, self._load_first_time)

    def _load_first_time(self) -> None:
        from shiboken6 import isValid

        from desktop.storage.database import current_location

        if not self._loaded and isValid(self) and self.isVisible():  # not once the window has closed
            if current_location() is None:  # nor while the window is between two databases (its encryption changes)
                self._load_planned = False
                return
            # The start is over: what it made is set aside before the rows are read, not with them (they are
            # replaced at every reading, and set aside they would never be collected).
            collector.start_done()
            self.reload()

    def mark_loaded(self) -> None:
        first = not self._loaded
        self._loaded = True
        if first:
            self.loaded()

    def loaded(self) -> None:
        """After the first reading: size columns to what they hold, and the like."""
