"""Undoable user actions: one small `QUndoCommand` per action, acting through a service.

A view performs the change first (so a validation error reaches the person at once, before anything
is on the stack) and then pushes the command as already done; undo and redo go through the service
again, validated and audited like any other change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.i18n import _

if TYPE_CHECKING:  # named only in annotations: the services load when a command first runs
    from desktop.services.base import CrudService, Snapshot

log = logging.getLogger(__name__)


def undo_step(stack: QUndoStack) -> LeerWerkError | None:
    """Undo the stack's last command; what refused it, if it could not be undone (Qt then drops it)."""
    command = stack.command(stack.index() - 1)
    stack.undo()
    return getattr(command, "failed", None)


def redo_step(stack: QUndoStack) -> LeerWerkError | None:
    """Redo the stack's next command; what refused it, if it could not be redone."""
    command = stack.command(stack.index())
    stack.redo()
    return getattr(command, "failed", None)


def report_refusal(parent: QWidget, error: LeerWerkError | None) -> None:
    """Say why an undo or redo could not be done: its record changed or vanished since."""
    if error is not None:
        QMessageBox.warning(parent, _("Cannot undo"), error.message)


class ServiceCommand(QUndoCommand):
    """Base: the first `redo` (Qt calls it on push) is skipped because the change is already made."""

    def __init__(self, text: str, on_change: Callable[[], None] | None = None, parent=None):
        super().__init__(text, parent)
        self._done = True
        self._on_change = on_change
        self.failed: LeerWerkError | None = None

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: Callable[[], None]) -> None:
        # Exceptions cannot leave a Qt virtual; a failed undo makes the command obsolete instead.
        try:
            action()
            self.failed = None
        except LeerWerkError as error:
            self.failed = error
            self.setObsolete(True)
            log.warning("Undo or redo failed: %s", type(error).__name__)
        if self._on_change:
            self._on_change()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class UpdateCommand(ServiceCommand):
    def __init__(self, service: CrudService, record_id: int, new: dict, previous: dict, text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.record_id, self.new, self.previous = service, record_id, new, previous

    def apply(self) -> None:
        self.service.update(self.record_id, **self.new)

    def revert(self) -> None:
        self.service.update(self.record_id, **self.previous)


class UpdateManyCommand(ServiceCommand):
    """Several records changed as one step (`CrudService.update_many`); undo and redo are one transaction too."""

    def __init__(self, service: CrudService, changes: list[tuple[int, dict, dict]], text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.changes = service, changes  # (record id, new values, previous values)

    def apply(self) -> None:
        self.service.update_many([(record_id, new) for record_id, new, _previous in self.changes])

    def revert(self) -> None:
        self.service.update_many([(record_id, previous) for record_id, _new, previous in reversed(self.changes)])


class CreateCommand(ServiceCommand):
    def __init__(self, service: CrudService, record_id: int, text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.record_id = service, record_id
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.service.restore(self.snapshot)

    def revert(self) -> None:
        self.snapshot = self.service.delete(self.record_id)


class DeleteCommand(ServiceCommand):
    def __init__(self, service: CrudService, snapshot: Snapshot, text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.snapshot = service, snapshot

    def apply(self) -> None:
        self.snapshot = self.service.delete(self.snapshot.row["id"])

    def revert(self) -> None:
        self.service.restore(self.snapshot)
