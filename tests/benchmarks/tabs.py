"""A tab shown and closed as the window does it, for the benchmarks that time a tab's first screen at scale."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def shown_tab(window, kind):
    """A new tab of `kind` in `window`, made current, read and painted."""
    tab = kind(window)
    window.tabs.addTab(tab, tab.title())
    window.tabs.setCurrentWidget(tab)
    tab.reload()  # what the tab does once shown, after the window has painted
    tab.repaint()  # painted, not only built
    return tab


def close_tab(window, tab) -> None:
    window.tabs.removeTab(window.tabs.indexOf(tab))
    tab.deleteLater()
    QApplication.processEvents()
