"""Placements that follow the calendar while LeerWerk runs.

When a database is opened, and when the date changes with the window open (a LeerWerk left running over
night), periods move on by their dates (`placements.advance_periods`) and the tabs read again: what was
due tomorrow is due today, and what was due yesterday is now late.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop import clock

log = logging.getLogger(__name__)
CHECK_MS = 60_000  # the date is looked at every minute: a new day is seen within a minute of midnight


class DayWatcher(QObject):
    def __init__(self, parent: QObject, on_new_day: Callable[[], None]):
        super().__init__(parent)
        self.setObjectName("main.dayWatcher")
        self.day: dt.date = clock.today()
        self._on_new_day = on_new_day
        self.timer = QTimer(self, objectName="main.dayTimer", interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def catch_up(self) -> int:
        """Move the open database's periods on to today (when it has just been opened); how many moved."""
        from desktop.services.placements import advance_periods
        from desktop.storage.database import current_location

        self.day = clock.today()
        if current_location() is None:
            return 0
        moved = advance_periods(self.day)
        if moved:
            log.info("%d BPV periods moved on by date", len(moved))
        return len(moved)

    def check(self) -> bool:
        """A new day: move periods on and let the tabs read again; False while it is still the same day."""
        from desktop.storage.database import current_location

        if clock.today() == self.day:
            return False
        if current_location() is None:  # a window whose database was closed (it is closing): nothing to read again
            return False
        self.catch_up()
        self._on_new_day()
        return True
