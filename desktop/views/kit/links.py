"""What one feature asks of another, answered by the main window.

Features import only themselves and the kit, so a period dialog cannot open a form dialog itself; it
asks the window, which imports every feature. The window is the top of every dialog opened from it,
so a widget finds the answer among its parents::

    links = links_of(self)
    if links is not None:
        key = links.open_form(self, "assessment", period_id=period, on_change=reload)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class FeatureLinks(Protocol):
    def open_form(
        self,
        parent: QWidget,
        kind: str,
        form_id: int | None = None,
        *,
        period_id: int | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> tuple[str, int] | None:
        """Open a BPV form (a new one of `period_id` when `form_id` is None) and wait until it is closed;
        the form's key when anything about it was stored, else None."""

    def show_forms_of(self, learner_id: int) -> None:
        """Show the BPV forms tab with only the forms of this learner."""


def links_of(widget: QWidget) -> FeatureLinks | None:
    """The nearest parent of `widget` (itself included) that answers the features' requests; None for a
    dialog opened on its own."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, FeatureLinks):
            return current
        current = current.parentWidget()
    return None
