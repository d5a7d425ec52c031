"""Undo commands for the compound training actions: each one puts back exactly the rows it changed."""

from __future__ import annotations

from desktop.services import records, step_versions
from desktop.services.base import Snapshot, transaction
from desktop.services.training_enrolments import (
    apply_states,
    attendance_marks,
    enrolment_versions,
    record_attendances,
)
from desktop.services.training_matrix import set_warning_days
from desktop.services.trainings import RowsChange, replace_rows
from desktop.views.kit.undo import ServiceCommand


class EnrolmentStatesCommand(ServiceCommand):
    """A cancellation with its promotion (and an edit of the cancelled enrolment saved with it), or several
    enrolments marked completed at once. Undo and redo are refused, as a whole, once someone else changed one of
    those enrolments since: each states the versions the step before it left."""

    def __init__(
        self,
        before: list[dict],
        after: list[dict],
        text: str,
        on_change=None,
        edit: tuple[int, dict, dict] | None = None,
    ):
        super().__init__(text, on_change)
        self.before, self.after = before, after
        self.edit = edit  # (enrolment id, new values, previous values)
        self.versions = enrolment_versions([state["id"] for state in after])  # made right after the change
        step_versions.note(records.service("enrolment"), self.versions)

    def apply(self) -> None:
        edit = (self.edit[0], self.edit[1]) if self.edit else None
        self._put(self.after, edit)

    def revert(self) -> None:
        edit = (self.edit[0], self.edit[2]) if self.edit else None
        self._put(self.before, edit)

    def _put(self, states: list[dict], edit: tuple[int, dict] | None) -> None:
        service = records.service("enrolment")
        seen = {i: step_versions.expected(service, i, version) for i, version in self.versions.items()}
        self.versions = apply_states(states, seen, edit)
        step_versions.note(service, self.versions)


class RowsCommand(ServiceCommand):
    """The requirements or modules of a training replaced as a whole; undo and redo refuse once someone else changed
    them since (they compare the rows, ids and versions included, with the ones their step left)."""

    def __init__(self, change: RowsChange, text: str, on_change=None):
        super().__init__(text, on_change)
        self.change = change

    def apply(self) -> None:
        replace_rows(self.change.model, self.change.training_id, self.change.after, seen=self.change.before)

    def revert(self) -> None:
        replace_rows(self.change.model, self.change.training_id, self.change.before, seen=self.change.after)


class EnrolManyCommand(ServiceCommand):
    """Several people enrolled at once; undo takes them all out again (with their certificates), as one change, and
    is refused as a whole once someone else changed one of those enrolments since: it states the versions the step
    (or the last redo) left."""

    def __init__(self, enrolment_ids: list[int], text: str, on_change=None):
        super().__init__(text, on_change)
        self.enrolment_ids = enrolment_ids
        self.snapshots: list[Snapshot] = []
        self.versions = enrolment_versions(enrolment_ids)  # made right after the change
        step_versions.note(records.service("enrolment"), self.versions)

    def apply(self) -> None:
        service = records.service("enrolment")
        with transaction():
            for snapshot in self.snapshots:
                service.restore(snapshot)
        # Put back as they were deleted, versions included.
        self.versions = {snapshot.row["id"]: snapshot.row["version"] for snapshot in self.snapshots}
        step_versions.note(service, self.versions)
        self.snapshots = []

    def revert(self) -> None:
        service = records.service("enrolment")
        seen = {i: step_versions.expected(service, i, version) for i, version in self.versions.items()}
        with transaction():
            # Last in first out, so the waiting list comes back in its order on redo.
            deleted = [service.delete_unchanged(i, seen.get(i)) for i in reversed(self.enrolment_ids)]
        self.snapshots = deleted[::-1]


class AttendanceCommand(ServiceCommand):
    """Undo and redo of marking who was there state the marks their step left (`attendance_marks`): refused as a
    whole, saying who and when, once someone else recorded another mark in one of those cells since."""

    def __init__(self, marks: list[tuple[int, int, bool | None, bool | None]], text: str, on_change=None):
        """`marks`: (enrolment, session date, before, after) for every cell that changed."""
        super().__init__(text, on_change)
        self.marks = marks
        self.cells = [(enrolment, date) for enrolment, date, _before, _after in marks]
        self.seen = attendance_marks(self.cells)  # made right after the change

    def apply(self) -> None:
        self._put([(enrolment, date, after) for enrolment, date, _before, after in self.marks])

    def revert(self) -> None:
        self._put([(enrolment, date, before) for enrolment, date, before, _after in self.marks])

    def _put(self, values: list[tuple[int, int, bool | None]]) -> None:
        with transaction():
            record_attendances(values, self.seen)
            self.seen = attendance_marks(self.cells)


class WarningDaysCommand(ServiceCommand):
    """Undo and redo of the expiry warning refuse, saying who and when, once someone else set another since."""

    def __init__(self, before: int, after: int, text: str, on_change=None):
        super().__init__(text, on_change)
        self.before, self.after = before, after

    def apply(self) -> None:
        set_warning_days(self.after, seen=self.before)

    def revert(self) -> None:
        set_warning_days(self.before, seen=self.after)
