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


def _version_now(service: CrudService, record_id: int) -> int | None:
    """The record's version as a step left it, read as its command is made (right after the change) by a view
    that does not hand it over; None for a kind of record without versions."""
    return getattr(service.get(record_id), "version", None)


def _left(service: CrudService, record_id: int, version: int | None) -> int | None:
    """Note the version a step of this program left in the record (see `services.step_versions`); returns it."""
    from desktop.services import step_versions

    step_versions.note(service, {record_id: version})
    return version


def _expected(service: CrudService, record_id: int, version: int | None) -> int | None:
    from desktop.services import step_versions

    return step_versions.expected(service, record_id, version)


class UpdateCommand(ServiceCommand):
    """Undo and redo state the version the step (or the last undo or redo) left, so that they are refused, saying
    who and when, once someone else changed the record since: their change is not overwritten."""

    def __init__(
        self,
        service: CrudService,
        record_id: int,
        new: dict,
        previous: dict,
        text: str,
        on_change=None,
        version: int | None = None,
    ):
        super().__init__(text, on_change)
        self.service, self.record_id, self.new, self.previous = service, record_id, new, previous
        version = version if version is not None else _version_now(service, record_id)
        self.version = _left(service, record_id, version)

    def apply(self) -> None:
        self._put(self.new)

    def revert(self) -> None:
        self._put(self.previous)

    def _put(self, values: dict) -> None:
        seen = _expected(self.service, self.record_id, self.version)
        record, _changed = self.service.update(self.record_id, seen_version=seen, **values)
        self.version = _left(self.service, self.record_id, getattr(record, "version", None))


class UpdateManyCommand(ServiceCommand):
    """Several records changed as one step (`CrudService.update_many`); undo and redo are one transaction too, and
    refused as a whole when someone else changed one of the records since."""

    def __init__(self, service: CrudService, changes: list[tuple[int, dict, dict]], text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.changes = service, changes  # (record id, new values, previous values)
        ids = [record_id for record_id, _new, _previous in changes]
        self.versions = {record_id: _left(service, record_id, _version_now(service, record_id)) for record_id in ids}

    def apply(self) -> None:
        self._put([(record_id, new) for record_id, new, _previous in self.changes])

    def revert(self) -> None:
        self._put([(record_id, previous) for record_id, _new, previous in reversed(self.changes)])

    def _put(self, changes: list[tuple[int, dict]]) -> None:
        from desktop.services.base import transaction

        versions = {record_id: _expected(self.service, record_id, v) for record_id, v in self.versions.items()}
        with transaction():
            for record_id, values in changes:
                record, _changed = self.service.update(record_id, seen_version=versions[record_id], **values)
                versions[record_id] = getattr(record, "version", None)
        self.versions = {record_id: _left(self.service, record_id, version) for record_id, version in versions.items()}


class StepsCommand(ServiceCommand):
    """Several commands saved as one step (a training's fields and its requirements): undone and redone in one
    transaction, and refused as a whole, saying why, once one of them is. A macro of the stack would undo the others
    anyway and keep the refusal to its child, where nobody reads it."""

    def __init__(self, text: str, commands: list[ServiceCommand], on_change=None):
        super().__init__(text, on_change)
        self.commands = commands  # each already done, as this step is

    def apply(self) -> None:
        self._all([command.apply for command in self.commands])

    def revert(self) -> None:
        self._all([command.revert for command in reversed(self.commands)])

    @staticmethod
    def _all(actions: list[Callable[[], None]]) -> None:
        from desktop.services import step_versions
        from desktop.services.base import transaction

        with step_versions.taken_back_on_failure(), transaction():
            for action in actions:
                action()


class ReplaceCommand(ServiceCommand):
    """An edit kept as whole snapshots, before and after (a form or a coaching trajectory with what it holds): undo
    puts the one before back through `replace`, redo the one after. Each states the version this program's newest step
    left in the record and is refused once someone else changed it since; `replace` gives a record it puts back a new
    version, not the snapshot's, which a dialog opened on it before may still hold."""

    def __init__(
        self,
        service: CrudService,
        replace: Callable[[Snapshot, int | None], int | None],
        before: Snapshot,
        after: Snapshot,
        text: str,
        on_change=None,
    ):
        super().__init__(text, on_change)
        self.service, self.replace, self.before, self.after = service, replace, before, after
        self.record_id = after.row["id"]
        self.version = _left(service, self.record_id, after.row.get("version"))

    def apply(self) -> None:
        self._put(self.after)

    def revert(self) -> None:
        self._put(self.before)

    def _put(self, snapshot: Snapshot) -> None:
        version = self.replace(snapshot, _expected(self.service, self.record_id, self.version))
        self.version = _left(self.service, self.record_id, version)


class CreateCommand(ServiceCommand):
    """Undoing an addition deletes the record, refused once someone else changed it since."""

    def __init__(self, service: CrudService, record_id: int, text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.record_id = service, record_id
        self.snapshot: Snapshot | None = None
        self.version = _left(service, record_id, _version_now(service, record_id))

    def apply(self) -> None:
        if self.snapshot is not None:
            self.service.restore(self.snapshot)
            _left(self.service, self.record_id, self.snapshot.row.get("version"))

    def revert(self) -> None:
        version = self.snapshot.row.get("version") if self.snapshot is not None else self.version
        self.snapshot = self.service.delete_unchanged(self.record_id, _expected(self.service, self.record_id, version))


class DeleteCommand(ServiceCommand):
    def __init__(self, service: CrudService, snapshot: Snapshot, text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.snapshot = service, snapshot

    def apply(self) -> None:
        # Put back by the undo with the version it had: a redo refuses to delete what someone changed since.
        record_id = self.snapshot.row["id"]
        version = _expected(self.service, record_id, self.snapshot.row.get("version"))
        self.snapshot = self.service.delete_unchanged(record_id, version)

    def revert(self) -> None:
        self.service.restore(self.snapshot)
        _left(self.service, self.snapshot.row["id"], self.snapshot.row.get("version"))
