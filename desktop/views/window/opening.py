"""Opening a record where it is handled, for a page that shows records of other features (the overview).

A feature may not import another feature, so a page asks the main window (`MainWindow.open_record`), and
this module, on the window's side, knows which feature's dialog handles each kind of record: a meeting or
task in its BPV period, a form in the form dialog, a coaching step in its trajectory, a certificate in its
training, a POAP, a talk or a praktijkopleider's certification in the person's development record, a
studentwaardering in its period's questionnaire. The dialogs load when first opened, as the window's own dialogs do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.errors import NotFoundError
from desktop.i18n import _
from desktop.views.kit.dialogs import run_dialog

Opener = Callable[[QUndoStack, int | None, QWidget, Callable[[], None]], QDialog]


def _period_dialog(table: str) -> Opener:
    def make(undo_stack, record_id, parent, on_change) -> QDialog:
        from desktop.services import records
        from desktop.services.learners import find_period
        from desktop.views.learners.period_dialog import PeriodDialog

        period_id = record_id if table == "bpv_period" else records.service(table).get(record_id).period_id
        period = find_period(period_id)
        if period is None:
            raise NotFoundError(_("The record with number {id} does not exist.").format(id=period_id))
        dialog = PeriodDialog(undo_stack, period.learner_id, period.id, parent, on_change=on_change)
        dialog.show_record(table, record_id)
        return dialog

    return make


def _form_dialog(kind: str) -> Opener:
    def make(undo_stack, record_id, parent, on_change) -> QDialog:
        from desktop.views.bpv_forms.dialog import FormDialog

        return FormDialog(undo_stack, kind, record_id, parent, on_change=on_change)

    return make


def _trajectory_dialog(undo_stack, record_id, parent, on_change) -> QDialog:
    from desktop.services import records
    from desktop.views.coaching.trajectory_dialog import TrajectoryDialog

    trajectory_id = records.service("coaching_step").get(record_id).trajectory_id
    dialog = TrajectoryDialog(undo_stack, trajectory_id, parent, on_change=on_change)
    dialog.show_step(record_id)
    return dialog


def _coach_meeting_dialog(undo_stack, record_id, parent, on_change) -> QDialog:
    from desktop.views.coaching.meeting_dialog import CoachMeetingDialog

    return CoachMeetingDialog(undo_stack, record_id, parent, on_change=on_change)  # None: plan the next one


def _training_dialog(undo_stack, record_id, parent, on_change) -> QDialog:
    from desktop.services import records
    from desktop.views.trainings.training_dialog import TrainingDialog

    training_id = records.service("certificate").get(record_id).training_id
    return TrainingDialog(undo_stack, training_id, parent, on_change=on_change)


def _development_record(table: str) -> Opener:
    """A POAP or talk that is due, or a praktijkopleider's certification, in the person's development record."""

    def make(undo_stack, record_id, parent, on_change) -> QDialog:
        from desktop.services import development, records
        from desktop.views.development.record_dialog import RecordDialog

        if table == "development_talk":
            staff_id = development.staff_of_talk(record_id)
        elif table == "staff_role":
            staff_id = records.service("staff_role").get(record_id).staff_id
        else:
            staff_id = record_id
        dialog = RecordDialog(staff_id, parent)
        dialog.finished.connect(lambda _result: on_change() if dialog.changed else None)
        return dialog

    return make


def _waardering_dialog(undo_stack, record_id, parent, on_change) -> QDialog:
    from desktop.views.learners.waardering_dialog import WaarderingDialog

    dialog = WaarderingDialog(record_id, parent)  # a studentwaardering is opened by its period's number
    dialog.finished.connect(lambda _result: on_change() if dialog.saved else None)
    return dialog


def _team_action_dialog(undo_stack, record_id, parent, on_change) -> QDialog:
    from desktop.views.climate.window import ClimateWindow

    window = ClimateWindow(parent, on_change=on_change)
    window.show_action(record_id)
    return window


def _learning_group_dialog(undo_stack, record_id, parent, on_change) -> QDialog:
    from desktop.views.climate.window import ClimateWindow

    window = ClimateWindow(parent, on_change=on_change)
    window.show_group_due(record_id)
    return window


OPENERS: dict[str, Opener] = {
    "bpv_period": _period_dialog("bpv_period"),
    "meeting": _period_dialog("meeting"),
    "phase_task": _period_dialog("phase_task"),
    "practice_assignment": _form_dialog("assignment"),
    "assessment": _form_dialog("assessment"),
    "coaching_step": _trajectory_dialog,
    "coach_meeting": _coach_meeting_dialog,
    "certificate": _training_dialog,
    "development_talk": _development_record("development_talk"),
    "staff_role": _development_record("staff_role"),
    "staff": _development_record("staff"),
    "student_evaluation": _waardering_dialog,
    "team_action": _team_action_dialog,
    "learning_group": _learning_group_dialog,
}


def open_record(
    undo_stack: QUndoStack, table: str, record_id: int | None, parent: QWidget, on_change: Callable[[], None]
) -> bool:
    """Open the dialog that handles record `record_id` of `table` and wait until it is closed; False when
    no dialog handles that kind of record or the record is gone (said in a message)."""
    opener = OPENERS.get(table)
    if opener is None or (record_id is None and table != "coach_meeting"):
        return False
    try:
        dialog = opener(undo_stack, record_id, parent, on_change)
    except NotFoundError as error:
        QMessageBox.warning(parent, _("Not opened"), error.message)
        return False
    run_dialog(dialog)
    return True
