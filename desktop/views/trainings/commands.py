"""Undo commands for the compound training actions: each one puts back exactly the rows it changed."""

from __future__ import annotations

from desktop.services import records
from desktop.services.base import Snapshot
from desktop.services.training_enrolments import apply_states, enrolment_versions, record_attendances
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

    def apply(self) -> None:
        edit = (self.edit[0], self.edit[1]) if self.edit else None
        self.versions = apply_states(self.after, self.versions, edit)

    def revert(self) -> None:
        edit = (self.edit[0], self.edit[2]) if self.edit else None
        self.versions = apply_states(self.before, self.versions, edit)


class RowsCommand(ServiceCommand):
    """The requirements or modules of a training replaced as a whole."""

    def __init__(self, change: RowsChange, text: str, on_change=None):
        super().__init__(text, on_change)
        self.change = change

    def apply(self) -> None:
        replace_rows(self.change.model, self.change.training_id, self.change.after)

    def revert(self) -> None:
        replace_rows(self.change.model, self.change.training_id, self.change.before)


class EnrolManyCommand(ServiceCommand):
    """Several people enrolled at once; undo takes them all out again (with their certificates)."""

    def __init__(self, enrolment_ids: list[int], text: str, on_change=None):
        super().__init__(text, on_change)
        self.enrolment_ids = enrolment_ids
        self.snapshots: list[Snapshot] = []

    def apply(self) -> None:
        service = records.service("enrolment")
        for snapshot in self.snapshots:
            service.restore(snapshot)
        self.snapshots = []

    def revert(self) -> None:
        service = records.service("enrolment")
        # Last in first out, so the waiting list comes back in its order on redo.
        self.snapshots = [service.delete(i) for i in reversed(self.enrolment_ids)][::-1]


class AttendanceCommand(ServiceCommand):
    def __init__(self, marks: list[tuple[int, int, bool | None, bool | None]], text: str, on_change=None):
        """`marks`: (enrolment, session date, before, after) for every cell that changed."""
        super().__init__(text, on_change)
        self.marks = marks

    def apply(self) -> None:
        record_attendances([(enrolment, date, after) for enrolment, date, _before, after in self.marks])

    def revert(self) -> None:
        record_attendances([(enrolment, date, before) for enrolment, date, before, _after in self.marks])


class WarningDaysCommand(ServiceCommand):
    def __init__(self, before: int, after: int, text: str, on_change=None):
        super().__init__(text, on_change)
        self.before, self.after = before, after

    def apply(self) -> None:
        set_warning_days(self.after)

    def revert(self) -> None:
        set_warning_days(self.before)
