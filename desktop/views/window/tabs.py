"""The tab pages the main window shows, in order.

Each feature adds its page factory to `TAB_FACTORIES`. A page is a QWidget with objectName
``tab.<name>`` (its table ``<name>.table``, its search field ``<name>.filter``) and these methods:
``title()`` (translated), ``reload()`` after the database changes, ``retranslate()`` after the
language changes. Pages push their undoable actions to ``main_window.undo_stack``; a page that reads
its rows once it is on screen mixes in `desktop.views.kit.lazy_page.LoadsWhenShown`.

A factory marked with `titled` is built when its tab is first shown (the first tab at once): its tab
shows that title until then, so a start imports and builds only the page on screen. An unmarked
factory is built with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop.i18n import N_


class TabPage(Protocol):
    def objectName(self) -> str: ...

    def title(self) -> str: ...

    def reload(self) -> None: ...

    def retranslate(self) -> None: ...


TabFactory = Callable[[QWidget], QWidget]


def titled(title: str, name: str) -> Callable[[TabFactory], TabFactory]:
    """Give a page factory the title (a msgid, the same as its page's `title()`) that its tab shows
    before the page is built, and the name a role's permissions know it by (`desktop.services.roles`)."""

    def mark(factory: TabFactory) -> TabFactory:
        factory.title, factory.name = title, name
        return factory

    return mark


@titled(N_("Overview"), "overview")
def _overview(main_window: QWidget) -> QWidget:
    from desktop.views.overview.tab import OverviewTab

    return OverviewTab(main_window)


@titled(N_("Learners"), "learners")
def _learners(main_window: QWidget) -> QWidget:
    from desktop.views.learners.tab import LearnersTab

    return LearnersTab(main_window)


@titled(N_("Coaching"), "coaching")
def _coaching(main_window: QWidget) -> QWidget:
    from desktop.views.coaching.tab import CoachingTab

    return CoachingTab(main_window)


@titled(N_("Trainings"), "trainings")
def _trainings(main_window: QWidget) -> QWidget:
    from desktop.views.trainings.tab import TrainingsTab

    return TrainingsTab(main_window)


@titled(N_("BPV forms"), "forms")
def forms_tab(main_window: QWidget) -> QWidget:
    from desktop.views.bpv_forms.tab import FormsTab

    return FormsTab(main_window)


TAB_FACTORIES: list[TabFactory] = [_overview, _learners, _coaching, _trainings, forms_tab]
