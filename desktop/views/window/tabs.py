"""The tab pages the main window shows, in order.

Each feature adds its page factory to `TAB_FACTORIES`. A page is a QWidget with objectName
``tab.<name>`` (its table ``<name>.table``, its search field ``<name>.filter``) and these methods:
``title()`` (translated), ``reload()`` after the database changes, ``retranslate()`` after the
language changes. Pages push their undoable actions to ``main_window.undo_stack``.

A factory marked with `titled` is built when its tab is first shown (the first tab at once): its tab
shows that title until then, so a start imports and builds only the page on screen. An unmarked
factory is built with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.i18n import N_


class TabPage(Protocol):
    def objectName(self) -> str: ...

    def title(self) -> str: ...

    def reload(self) -> None: ...

    def retranslate(self) -> None: ...


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

        from desktop.storage.database import current_path

        if not self._loaded and isValid(self) and self.isVisible():  # not once the window has closed
            if current_path() is None:  # nor while the window is between two databases (its encryption changes)
                self._load_planned = False
                return
            self.reload()

    def mark_loaded(self) -> None:
        first = not self._loaded
        self._loaded = True
        if first:
            self.loaded()

    def loaded(self) -> None:
        """After the first reading: size columns to what they hold, and the like."""


TabFactory = Callable[[QWidget], QWidget]


def titled(title: str) -> Callable[[TabFactory], TabFactory]:
    """Give a page factory the title (a msgid, the same as its page's `title()`) that its tab shows
    before the page is built."""

    def mark(factory: TabFactory) -> TabFactory:
        factory.title = title
        return factory

    return mark


@titled(N_("Learners"))
def _learners(main_window: QWidget) -> QWidget:
    from desktop.views.learners.tab import LearnersTab

    return LearnersTab(main_window)


@titled(N_("Coaching"))
def _coaching(main_window: QWidget) -> QWidget:
    from desktop.views.coaching.tab import CoachingTab

    return CoachingTab(main_window)


@titled(N_("Trainings"))
def _trainings(main_window: QWidget) -> QWidget:
    from desktop.views.trainings.tab import TrainingsTab

    return TrainingsTab(main_window)


@titled(N_("BPV forms"))
def _forms(main_window: QWidget) -> QWidget:
    from desktop.views.bpv_forms.tab import FormsTab

    return FormsTab(main_window)


TAB_FACTORIES: list[TabFactory] = [_learners, _coaching, _trainings, _forms]
