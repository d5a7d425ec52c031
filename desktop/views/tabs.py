"""The tab pages the main window shows, in order.

Each feature adds its page factory to `TAB_FACTORIES`. A page is a QWidget with objectName
``tab.<name>`` (its table ``<name>.table``, its search field ``<name>.filter``) and these methods:
``title()`` (translated), ``reload()`` after the database changes, ``retranslate()`` after the
language changes. Pages push their undoable actions to ``main_window.undo_stack``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget


class TabPage(Protocol):
    def objectName(self) -> str: ...

    def title(self) -> str: ...

    def reload(self) -> None: ...

    def retranslate(self) -> None: ...


TabFactory = Callable[[QWidget], QWidget]


def _learners(main_window: QWidget) -> QWidget:
    from desktop.views.learners_tab import LearnersTab

    return LearnersTab(main_window)


def _trainings(main_window: QWidget) -> QWidget:
    from desktop.views.trainings_tab import TrainingsTab

    return TrainingsTab(main_window)


TAB_FACTORIES: list[TabFactory] = [_learners, _trainings]
