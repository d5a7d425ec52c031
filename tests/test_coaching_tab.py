"""The Coaching tab and the trajectory dialog as the coordinator uses them: the list with its filters,
making a trajectory, errors beside the field, the signed agreement's read-only content, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.services import coaching_trajectories, signing
from desktop.services.coaching_trajectories import GoalLine
from desktop.storage import models as m
from desktop.views.coaching import tab as tab_module
from desktop.views.coaching.tab import CoachingTab
from desktop.views.coaching.trajectory_dialog import TrajectoryDialog
from tests.factories import PNG, coaching_people, values
from tests.helpers import table_dump

TODAY = clock.today()


@pytest.fixture
def people(main_window):
    return coaching_people()  # in the window's database


@pytest.fixture
def tab(main_window, people):
    late = coaching_trajectories.save_trajectory(
        None, values(people, status="active", started_on=TODAY - dt.timedelta(days=30)), goals=[GoalLine("Feedback")]
    )
    coaching_trajectories.save_trajectory(
        None, values(people, participant_staff=None, participant_learner=people["learner"], coach=people["trainer"],
                     kind="other")
    )  # fmt: skip
    page = main_window.findChild(CoachingTab, "tab.coaching")
    page.reload()
    page.late_id = late.id
    return page


def shown_names(page):
    return [page.model.row_object(row).name for row in range(page.model.rowCount())]


def test_the_tab_sits_between_learners_and_trainings_and_lists_people_and_next_steps(tab, main_window):
    tabs = main_window.findChild(CoachingTab, "tab.coaching").parent().parent()
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names.index("tab.learners") < names.index("tab.coaching") < names.index("tab.trainings")
    assert tab.model.rowCount() == 2
    row = tab.model.row_of(lambda r: r.id == tab.late_id)
    cells = [tab.model.index(row, column).data() for column in range(tab.model.columnCount())]
    assert cells[:3] == ["Zoë Çelik", "Jan de Vries", "Noëlle Nguyễn"]
    assert tab.model.index(row, 7).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    assert tab.model.index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert cells[8].startswith("0")  # the agreement: nobody has signed yet


def test_search_and_the_coach_status_and_overdue_filters(tab, qtbot, people):
    qtbot.keyClicks(tab.ui.filterEdit, "anais")
    assert shown_names(tab) == ["Anaïs Vries"]
    tab.ui.filterEdit.clear()
    tab.ui.coachCombo.setCurrentIndex(tab.ui.coachCombo.findData(people["coach"]))
    assert shown_names(tab) == ["Zoë Çelik"]
    tab.ui.coachCombo.setCurrentIndex(0)
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("planned"))
    assert shown_names(tab) == ["Anaïs Vries"]
    tab.ui.statusCombo.setCurrentIndex(0)
    tab.ui.dueCombo.setCurrentIndex(tab.ui.dueCombo.findData("overdue"))
    assert shown_names(tab) == ["Zoë Çelik"]
    tab.ui.dueCombo.setCurrentIndex(tab.ui.dueCombo.findData("soon"))
    assert "Zoë Çelik" in shown_names(tab)


def _dialog(main_window, qtbot, trajectory_id=None):
    dialog = TrajectoryDialog(main_window.undo_stack, trajectory_id, main_window)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_trajectory_is_made_in_the_dialog_and_undone_as_one_step(main_window, qtbot, people, database):
    before = table_dump(database)
    dialog = _dialog(main_window, qtbot)
    assert [s.kind for s in dialog.steps.lines()][-1] == "return_day"
    dialog.ui.participantCombo.setCurrentIndex(dialog.ui.participantCombo.findData(f"staff:{people['participant']}"))
    assert dialog.ui.managerCombo.currentData() == people["manager"]  # the manager of her team
    dialog.ui.coachCombo.setCurrentIndex(dialog.ui.coachCombo.findData(people["coach"]))
    end = TODAY + dt.timedelta(days=200)
    dialog.ui.trainingEndsEdit.setText(end.strftime("%d-%m-%Y"))
    dialog.ui.trainingEndsEdit.editingFinished.emit()
    assert dialog.steps.lines()[-1].planned_on == coaching_trajectories.add_months(
        end, 3
    )  # the plan follows the training
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("supervisor_coaching"))
    assert "return_day" not in [s.kind for s in dialog.steps.lines()]
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("learning_coach"))
    dialog.ui.expectationsEdit.setPlainText("Past de gesprekstechnieken toe")
    dialog.goals.add()
    dialog.ui.goalTextEdit.setPlainText("Ik geef feedback in het teamoverleg.")
    assert dialog.save()
    trajectory = coaching_trajectories.get_trajectory(dialog.trajectory_id)
    assert trajectory.manager_expectations == "Past de gesprekstechnieken toe"
    assert [g.text for g in coaching_trajectories.goals_of(trajectory.id)] == ["Ik geef feedback in het teamoverleg."]
    assert len(coaching_trajectories.steps_of(trajectory.id)) == len(dialog.steps.lines())
    assert not dialog.ui.signaturesPanel.isHidden()
    main_window.undo_stack.undo()
    assert not m.CoachingTrajectory.select().exists()
    main_window.undo_stack.redo()
    assert m.CoachingTrajectory.select().count() == 1
    main_window.undo_stack.undo()

    def lasting(rows):  # what undo must put back: not the audit log, nor SQLite's id counters
        return [r for r in rows if "audit_log" not in r[:2] and r[0] != "sqlite_sequence"]

    assert lasting(table_dump(database)) == lasting(before)


def test_errors_are_shown_beside_the_field_or_line_and_nothing_is_written(main_window, qtbot, people, database):
    before = table_dump(database)
    dialog = _dialog(main_window, qtbot)
    assert not dialog.save()  # no participant
    assert "Deelnemer" in dialog.ui.errorLabel.text() or "Participant" in dialog.ui.errorLabel.text()
    dialog.ui.participantCombo.setCurrentIndex(dialog.ui.participantCombo.findData(f"staff:{people['participant']}"))
    dialog.ui.coachCombo.setCurrentIndex(dialog.ui.coachCombo.findData(people["coach"]))
    dialog.steps.select_line(3)
    dialog.ui.stepHeldEdit.setText("31-02-2026")
    assert not dialog.save()
    assert dialog.ui.pages.currentWidget() is dialog.ui.stepsPage
    assert dialog.ui.stepsTable.currentIndex().row() == 2
    assert table_dump(database) == before


def test_a_signed_agreement_makes_its_content_read_only_but_held_steps_can_be_recorded(main_window, qtbot, tab):
    for row in signing.signatures("trajectory", tab.late_id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    dialog = _dialog(main_window, qtbot, tab.late_id)
    assert dialog.frozen and dialog.ui.frozenLabel.isVisibleTo(dialog)
    assert not dialog.ui.coachCombo.isEnabled() and dialog.ui.expectationsEdit.isReadOnly()
    assert not dialog.ui.addStepButton.isEnabled() and not dialog.ui.planButton.isEnabled()
    assert not dialog.ui.addGoalButton.isEnabled() and dialog.ui.goalTextEdit.isReadOnly()
    dialog.steps.select_line(1)
    assert not dialog.ui.stepKindCombo.isEnabled() and dialog.ui.stepPlannedEdit.isReadOnly()
    dialog.ui.stepHeldEdit.setText(TODAY.strftime("%d-%m-%Y"))
    dialog.ui.stepNotesEdit.setPlainText("Doelen samen opgeschreven")
    assert dialog.save()
    assert coaching_trajectories.steps_of(tab.late_id)[0].held_on == TODAY
    assert signing.signatures_match("trajectory", tab.late_id)


def test_delete_asks_first_keeps_signed_trajectories_and_is_undone(tab, main_window, monkeypatch, database):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(tab_module, "confirm", lambda *args: True)
    row = signing.signatures("trajectory", tab.late_id)[0]
    signing.sign_on_paper(row.id, row.signer_name, TODAY)
    tab.reload()
    tab.select_trajectory(tab.late_id)
    before = table_dump(database)
    tab.delete_selected()
    assert told and table_dump(database) == before
    other = next(r.id for r in tab.model.all_rows() if r.id != tab.late_id)
    tab.select_trajectory(other)
    tab.delete_selected()
    assert tab.model.rowCount() == 1
    main_window.undo_stack.undo()
    assert tab.model.rowCount() == 2


def test_enter_opens_the_selected_trajectory(tab, main_window, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.views.coaching.tab.run_dialog", lambda dialog: shown.append(dialog.trajectory_id))
    tab.select_trajectory(tab.late_id)
    tab.edit_selected()
    assert shown == [tab.late_id]


def test_ctrl_f_searches_the_page_that_is_showing(tab, qtbot, main_window):
    main_window.tabs.setCurrentWidget(tab)
    main_window.show()
    tab.ui.pages.setCurrentWidget(tab.ui.coachesPage)
    tab.coaches.setFocus()
    qtbot.keyClick(tab.coaches, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.coaches.findChild(object, "coaching.coaches.filter").hasFocus()
    tab.ui.pages.setCurrentWidget(tab.ui.trajectoriesPage)
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.ui.filterEdit.hasFocus()
