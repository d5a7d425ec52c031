"""The budget window's undo steps: saving an external request takes back the enrolment its approval made too."""

from __future__ import annotations

from collections.abc import Callable

from desktop.views.kit.undo import ServiceCommand


class SaveRequestCommand(ServiceCommand):
    """Undo and redo state the version this program's newest step left in the request (`services.step_versions`):
    a second save of the same request, undone first, is not taken for someone else's change; anyone else's is."""

    def __init__(self, saved, text: str, on_change: Callable[[], None] | None = None):
        super().__init__(text, on_change)
        self.saved = saved
        self._note()

    def apply(self) -> None:
        from desktop.services import external_requests

        self._state()
        self.saved = external_requests.redo_save(self.saved)
        self._note()

    def revert(self) -> None:
        from desktop.services import external_requests

        self._state()
        external_requests.undo_save(self.saved)
        self._note()

    def _state(self) -> None:
        from desktop.services import records, step_versions

        service = records.service("external_training_request")
        self.saved.version = step_versions.expected(service, self.saved.request_id, self.saved.version)

    def _note(self) -> None:
        from desktop.services import records, step_versions

        step_versions.note(records.service("external_training_request"), {self.saved.request_id: self.saved.version})
