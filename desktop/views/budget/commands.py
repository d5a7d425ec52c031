"""The budget window's undo steps: saving an external request takes back the enrolment its approval made too."""

from __future__ import annotations

from collections.abc import Callable

from desktop.views.kit.undo import ServiceCommand


class SaveRequestCommand(ServiceCommand):
    def __init__(self, saved, text: str, on_change: Callable[[], None] | None = None):
        super().__init__(text, on_change)
        self.saved = saved

    def apply(self) -> None:
        from desktop.services import external_requests

        self.saved = external_requests.redo_save(self.saved)

    def revert(self) -> None:
        from desktop.services import external_requests

        external_requests.undo_save(self.saved)
