"""The Trainings tab as a coordinator uses it: find, filter, add, edit, delete, plan, enrol, cancel, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from desktop import clock
from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.kit import files as trainings_files
from desktop.views.trainings.attendance_dialog import AttendanceDialog
from desktop.views.trainings.enrol_dialog import EnrolDialog
from desktop.views.trainings.enrolment_dialog import EnrolmentDialog
from desktop.views.trainings.session_dialog import SessionDialog
from desktop.views.trainings.tab import TrainingsTab
from desktop.views.trainings.training_dialog import TrainingDialog
from tests.helpers import table_dump

TODAY = clock.today()


pytestmark = pytest.mark.usefixtures("english")


def require_of_work_supervisors(dialog) -> None:
    """Tick the work supervisors in a training dialog's list of whom the training is required of."""
    listing = dialog.ui.requirementsList
    for row in range(listing.count()):
        if listing.item(row).data(Qt.ItemDataRole.UserRole) == ("work_supervisor", None, False):
            listing.item(row).setCheckState(Qt.CheckState.Checked)


@pytest.fixture
def people(database):
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen")
    staff = {}
    for first, prefix, last in (("Zoë", "van der", "Berg"), ("Jan", "", "Çelik"), ("Ayşe", "", "Yılmaz")):
        staff[last] = service_for(m.Staff).create(first_name=first, name_prefix=prefix, last_name=last, team=team.id).id
    staff["Hart"] = service_for(m.Staff).create(first_name="Bram", name_prefix="'t", last_name="Hart").id
    return {"staff": staff, "location": location.id, "team": team.id}


@pytest.fixture
def course(people):
    """A clinical lesson with one session of two places on two past dates."""
    training = service_for(m.Training).create(title="Klinische les decubitus", kind="clinical_lesson", dayparts=2)
    session = service_for(m.TrainingSession).create(training=training.id, location=people["location"], capacity=2)
    for offset in (14, 7):
        service_for(m.SessionDate).create(session=session.id, date=TODAY - dt.timedelta(days=offset), daypart="morning")
    return {"training": training.id, "session": session.id}


@pytest.fixture
def tab(qtbot, main_window, people) -> TrainingsTab:
    page = main_window.findChild(TrainingsTab, "tab.trainings")
    page.reload()
    return page


def titles(tab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def names(tab) -> list[str]:
    return [tab.enrolments.index(row, 0).data() for row in range(tab.enrolments.rowCount())]


def choose(tab, title: str, session_id: int | None = None) -> None:
    tab.ui.filterEdit.clear()
    tab.reload()
    tab.select_training(m.Training.get(m.Training.title == title).id)
    if session_id is not None:
        assert tab.select_session(session_id)


def answer(monkeypatch, button=QMessageBox.StandardButton.Yes):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or button)
    return asked


def told(monkeypatch) -> list:
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: said.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: said.append(args[2]))
    return said


def test_the_tab_follows_learners_and_coaching_with_its_parts(main_window, tab):
    assert main_window.tabs.widget(3) is tab and main_window.tabs.tabText(3) == "Trainings"  # after the overview
    assert tab.findChild(QTableView, "trainings.table") is tab.ui.tableView
    assert tab.ui.filterEdit.objectName() == "trainings.filter"
    assert "Leertraject vakmanschap" in titles(tab)  # the seeded catalogue
    assert tab.selected_training_id() is not None  # something to look at straight away


def test_models_pass_the_qt_model_tester(tab, course, people, qtmodeltester):
    choose(tab, "Klinische les decubitus", course["session"])
    service_for(m.Enrolment).create(session=course["session"], staff=people["staff"]["Berg"])
    tab.reload()
    for model in (tab.model, tab.sessions, tab.enrolments):
        qtmodeltester.check(model)


def test_search_as_you_type_forgives_diacritics(qtbot, tab):
    service_for(m.Training).create(title="Hygiëne en infectiepreventie", kind="classroom")
    tab.reload()
    qtbot.keyClicks(tab.ui.filterEdit, "hygiene")
    assert titles(tab) == ["Hygiëne en infectiepreventie"]
    tab.ui.filterEdit.setText("dit vind ik")  # curly quotes in the title do not get in the way
    assert titles(tab) == ["Gesprekstechnieken en methodiek “Dit vind ik ervan!”"]
    tab.ui.filterEdit.clear()
    assert len(titles(tab)) == 18


def test_filters_for_kind_mandatory_and_active(tab):
    ui = tab.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("clinical_lesson"))
    assert sorted(titles(tab)) == ["Klinische les afasie", "Klinische les slikproblematiek"]
    ui.kindCombo.setCurrentIndex(0)
    ui.mandatoryCombo.setCurrentIndex(ui.mandatoryCombo.findData("yes"))
    assert len(titles(tab)) == 5 and "BHV (bedrijfshulpverlening)" in titles(tab)
    ui.mandatoryCombo.setCurrentIndex(0)
    afasie = m.Training.get(m.Training.title == "Klinische les afasie")
    service_for(m.Training).update(afasie.id, active=False)
    tab.reload()
    assert "Klinische les afasie" not in titles(tab)  # retired trainings are hidden until asked for
    ui.activeCombo.setCurrentIndex(ui.activeCombo.findData("retired"))
    assert titles(tab) == ["Klinische les afasie"]
    assert "1 of 17" in ui.countLabel.text() or "1 of 18" in ui.countLabel.text()


def test_add_a_mandatory_training_then_undo_and_redo(qtbot, main_window, tab):
    dialog = TrainingDialog(main_window.undo_stack, None, tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    dialog.edits["title"].setText("Reanimatie en AED")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("classroom"))
    dialog.edits["dayparts"].setText("1")
    dialog.edits["hours"].setText("3,5")
    dialog.edits["validity_months"].setText("12")
    dialog.ui.mandatoryCheck.setChecked(True)
    require_of_work_supervisors(dialog)
    dialog.save_and_close()
    training = m.Training.get(m.Training.title == "Reanimatie en AED")
    assert float(training.hours) == 3.5 and training.validity_months == 12 and training.mandatory
    assert m.TrainingRequirement.get(m.TrainingRequirement.training == training.id).role == "work_supervisor"
    assert "Reanimatie en AED" in titles(tab)
    main_window.undo()
    assert m.Training.get_or_none(m.Training.title == "Reanimatie en AED") is None
    assert "Reanimatie en AED" not in titles(tab)
    main_window.redo()
    training = m.Training.get(m.Training.title == "Reanimatie en AED")
    assert m.TrainingRequirement.get(m.TrainingRequirement.training == training.id).role == "work_supervisor"


def test_bad_input_is_shown_at_the_field_and_nothing_is_saved(qtbot, main_window, tab, database):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    before = table_dump(database)
    dialog = TrainingDialog(main_window.undo_stack, bhv.id, tab)
    qtbot.addWidget(dialog)
    dialog.edits["hours"].setText("veel")
    dialog.save_and_close()
    assert dialog.result() == 0
    assert dialog.ui.errorLabel.text().startswith("Hours: ")
    assert dialog.edits["hours"].styleSheet()
    dialog.edits["hours"].setText("4")
    dialog.edits["title"].setText("Klinische les AFASIE")
    assert not dialog.save()
    assert dialog.ui.errorLabel.text().startswith("Title: ") and "already exists" in dialog.ui.errorLabel.text()
    assert table_dump(database) == before
    assert main_window.undo_stack.count() == 0


def test_edit_is_undoable_with_its_modules(qtbot, main_window, tab):
    programme = m.Training.get(m.Training.title == "Leertraject vakmanschap")
    dialog = TrainingDialog(main_window.undo_stack, programme.id, tab)
    qtbot.addWidget(dialog)
    assert dialog.ui.modulesList.count() == 4
    dialog.ui.modulesList.setCurrentRow(3)
    dialog.ui.upButton.click()  # "NAH plus" before "Hooi op je vork"
    dialog.edits["provider_name"].setText("Team Leren & Ontwikkelen")
    assert dialog.save()
    order = [m.Training.get_by_id(r.module_id).title for r in programme.modules.order_by(m.TrainingModule.position)]
    assert order[2] == "NAH plus"
    main_window.undo()
    order = [m.Training.get_by_id(r.module_id).title for r in programme.modules.order_by(m.TrainingModule.position)]
    assert order[3] == "NAH plus" and m.Training.get_by_id(programme.id).provider_name == ""


def test_delete_asks_first_refuses_a_followed_training_and_can_be_undone(qtbot, monkeypatch, main_window, tab, people):
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.tabs.setCurrentWidget(tab)
    training = service_for(m.Training).create(title="Eenmalige workshop", kind="classroom")
    tab.reload()
    choose(tab, "Eenmalige workshop")
    tab.ui.tableView.setFocus()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Delete)
    assert asked and m.Training.get_or_none(id=training.id) is not None
    answer(monkeypatch)
    tab.delete_training()
    assert m.Training.get_or_none(id=training.id) is None and "Eenmalige workshop" not in titles(tab)
    main_window.undo()
    assert m.Training.get_or_none(id=training.id) is not None

    said = told(monkeypatch)
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    service_for(m.Enrolment).create(training=bhv.id, staff=people["staff"]["Berg"])
    tab.reload()
    choose(tab, "BHV (bedrijfshulpverlening)")
    tab.delete_training()
    assert said and "Active" in said[0] and m.Training.get_or_none(id=bhv.id) is not None


def test_plan_a_session_with_dates_and_undo(qtbot, main_window, tab, people):
    choose(tab, "Klinische les afasie")
    training = tab.selected_training_id()
    dialog = SessionDialog(main_window.undo_stack, training, None, tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    dialog.ui.locationCombo.setCurrentIndex(dialog.ui.locationCombo.findData(people["location"]))
    dialog.ui.capacityEdit.setText("12")
    dialog.ui.dateEdit.setText((TODAY + dt.timedelta(days=30)).strftime("%d-%m-%Y"))
    dialog.ui.daypartCombo.setCurrentIndex(dialog.ui.daypartCombo.findData("afternoon"))
    dialog.save_date()  # saves the new session first, then its date
    session = m.TrainingSession.get(m.TrainingSession.training == training)
    date = m.SessionDate.get(m.SessionDate.session == session.id)
    assert session.capacity == 12 and date.daypart == "afternoon" and date.start_time == "13:30"
    assert "1 of 1 half-days planned" in dialog.ui.plannedLabel.text()
    dialog.ui.capacityEdit.setText("nul")
    assert not dialog.save() and dialog.ui.errorLabel.text().startswith("Places: ")
    dialog.close()
    main_window.undo()  # the date
    main_window.undo()  # the session
    assert m.TrainingSession.get_or_none(id=session.id) is None


def test_elearnings_have_no_sessions_but_completions_can_be_entered(qtbot, monkeypatch, main_window, tab, people):
    choose(tab, "E-learning Wet zorg en dwang")
    assert not tab.ui.newSessionButton.isEnabled()
    assert tab.selected_session_id() == 0  # "Without a session"
    dialog = EnrolDialog(main_window.undo_stack, tab.selected_training_id(), None, tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    dialog.ui.filterEdit.setText("celik")
    dialog.ui.peopleTable.selectRow(0)
    dialog.ui.completedCheck.setChecked(True)
    dialog.ui.completedEdit.setText("31-01-2025")
    assert dialog.enrol()
    enrolment = m.Enrolment.get(m.Enrolment.staff == people["staff"]["Çelik"])
    assert enrolment.status == "completed" and enrolment.session_id is None
    certificate = m.Certificate.get(m.Certificate.enrolment == enrolment.id)
    assert certificate.expires_on == dt.date(2027, 1, 31)  # Wet zorg en dwang: 24 months
    tab.reload()
    assert names(tab) == ["Jan Çelik"]


def test_enrolling_in_a_full_session_joins_the_waiting_list_and_cancel_promotes(
    qtbot, monkeypatch, qtmodeltester, main_window, tab, people, course
):
    choose(tab, "Klinische les decubitus", course["session"])
    dialog = EnrolDialog(main_window.undo_stack, course["training"], course["session"], tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    said = told(monkeypatch)
    dialog.ui.audienceCombo.setCurrentIndex(dialog.ui.audienceCombo.findData("staff"))
    assert dialog.people.rowCount() == 4
    qtmodeltester.check(dialog.people)
    dialog.ui.peopleTable.selectAll()
    assert dialog.enrol()
    assert said and "2 people are on the waiting list" in said[0]
    tab.reload()
    statuses = {tab.enrolments.row_object(r).name: tab.enrolments.row_object(r).status for r in range(4)}
    assert list(statuses.values()).count("waiting") == 2
    assert "2 of 2 places taken, 2 waiting" in tab.ui.placesLabel.text()

    first = next(r for r in range(4) if tab.enrolments.row_object(r).status == "enrolled")
    leaving = tab.enrolments.row_object(first).name
    tab.ui.enrolmentsTable.selectRow(first)
    answer(monkeypatch)
    tab.cancel_enrolment()
    assert "moves up from the waiting list" in said[-1] and leaving in said[-1]
    assert "2 of 2 places taken, 1 waiting" in tab.ui.placesLabel.text()
    main_window.undo()
    assert "2 of 2 places taken, 2 waiting" in tab.ui.placesLabel.text()
    main_window.redo()
    assert "1 waiting" in tab.ui.placesLabel.text()
    main_window.undo()
    main_window.undo()  # the enrolments themselves
    assert m.Enrolment.select().count() == 0


def test_attendance_per_date_then_completed_with_certificate_and_pdf(
    qtbot, monkeypatch, qtmodeltester, tmp_path, main_window, tab, people, course
):
    for name in ("Berg", "Çelik"):
        service_for(m.Enrolment).create(session=course["session"], staff=people["staff"][name])
    dialog = AttendanceDialog(main_window.undo_stack, course["session"], tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2 and model.columnCount() == 4
    qtmodeltester.check(model)
    for column in (2, 3):
        dialog.ui.attendanceTable.setCurrentIndex(model.index(0, column))
        dialog.everyone_present()
    model.setData(model.index(1, 3), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(1, 3).data() == "absent" and model.index(0, 2).data() == "present"
    answer(monkeypatch)
    dialog.complete_present()
    completed = m.Enrolment.get(m.Enrolment.staff == people["staff"]["Berg"])
    assert completed.status == "completed" and completed.completed_on == TODAY - dt.timedelta(days=7)
    assert m.Enrolment.get(m.Enrolment.staff == people["staff"]["Çelik"]).status == "enrolled"
    dialog.close()

    choose(tab, "Klinische les decubitus", course["session"])
    row = names(tab).index("Zoë van der Berg")
    tab.ui.enrolmentsTable.selectRow(row)
    assert tab.ui.certificateButton.isEnabled()
    target = tmp_path / "certificaat.pdf"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(trainings_files, "open_file", opened.append)
    tab.print_certificate()
    assert opened == [target] and target.read_bytes().startswith(b"%PDF") and b"/FontFile2" in target.read_bytes()
    main_window.undo()  # completed -> back to enrolled, and the certificate goes
    assert m.Enrolment.get_by_id(completed.id).status == "enrolled"
    assert not m.Certificate.select().where(m.Certificate.enrolment == completed.id).exists()


def test_learning_goals_written_before_and_reviewed_after(qtbot, main_window, tab, people, course):
    enrolment = service_for(m.Enrolment).create(session=course["session"], staff=people["staff"]["Yılmaz"])
    reviewer = people["staff"]["Berg"]
    service_for(m.StaffRole).create(staff=reviewer, role="work_supervisor")
    dialog = EnrolmentDialog(main_window.undo_stack, enrolment.id, tab, on_change=tab.reload)
    dialog.ui.goalTextEdit.setPlainText("Ik herken beginnende decubitus.")
    dialog.goal_editor.save()
    goal = m.LearningGoal.get(m.LearningGoal.enrolment == enrolment.id)
    dialog.ui.goalsTable.setCurrentIndex(dialog.goals.index(0, 0))
    dialog.ui.goalStatusCombo.setCurrentIndex(dialog.ui.goalStatusCombo.findData("achieved"))
    dialog.ui.reviewEdit.setPlainText("Besproken met de inwerkmentor.")
    dialog.ui.reviewedByCombo.setCurrentIndex(dialog.ui.reviewedByCombo.findData(reviewer))
    dialog.ui.reviewedOnEdit.setText(TODAY.strftime("%d-%m-%Y"))
    dialog.goal_editor.save()
    goal = m.LearningGoal.get_by_id(goal.id)
    assert goal.status == "achieved" and goal.reviewed_by_id == reviewer and goal.reviewed_on == TODAY
    dialog.ui.reviewedOnEdit.setText("morgen")
    dialog.goal_editor.save()
    assert dialog.ui.errorLabel.text().startswith("Reviewed on: ")
    main_window.undo()
    assert m.LearningGoal.get_by_id(goal.id).status == "open"
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(10)
    main_window.redo()  # the dialog is gone; redo must not touch it
    assert m.LearningGoal.get_by_id(goal.id).status == "achieved"


def test_cancelling_in_the_enrolment_dialog_also_promotes(qtbot, monkeypatch, main_window, tab, people, course):
    first, second, waiting = (
        service_for(m.Enrolment).create(session=course["session"], staff=people["staff"][name])
        for name in ("Berg", "Çelik", "Hart")
    )
    assert waiting.status == "waiting"
    said = told(monkeypatch)
    dialog = EnrolmentDialog(main_window.undo_stack, first.id, tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("cancelled"))
    dialog.ui.notesEdit.setPlainText("Ziek gemeld.")
    assert dialog.save()
    assert m.Enrolment.get_by_id(waiting.id).status == "enrolled" and "Bram 't Hart" in said[0]
    assert m.Enrolment.get_by_id(first.id).notes == "Ziek gemeld."
    main_window.undo()  # one step for the whole save
    assert m.Enrolment.get_by_id(first.id).status == "enrolled" and m.Enrolment.get_by_id(first.id).notes == ""
    assert m.Enrolment.get_by_id(waiting.id).status == "waiting"


def test_attendance_list_is_saved_as_a_pdf(monkeypatch, tmp_path, tab, people, course):
    service_for(m.Enrolment).create(session=course["session"], staff=people["staff"]["Berg"])
    choose(tab, "Klinische les decubitus", course["session"])
    asked_names = []

    def save_as(parent, title, suggested, pattern):
        asked_names.append(Path(suggested).name)
        return str(tmp_path / "lijst"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(trainings_files, "open_file", lambda path: None)
    tab.print_attendance_list()
    assert asked_names[0].startswith("Attendance list Klinische les decubitus") and asked_names[0].endswith(".pdf")
    assert (tmp_path / "lijst.pdf").read_bytes().startswith(b"%PDF")
