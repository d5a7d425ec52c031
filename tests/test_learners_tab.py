"""The Learners tab as a coordinator uses it: find, filter, sort, add, edit, delete, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from desktop import clock
from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.learners.learner_dialog import LearnerDialog
from desktop.views.learners.period_dialog import PeriodDialog
from desktop.views.learners.tab import OVERDUE, LearnersModel, LearnersTab
from tests.helpers import content_dump, table_dump

PEOPLE = [
    ("Zoë", "van der", "Berg", "bbl"),
    ("Ayşe", "", "Yılmaz", "bol"),
    ("Jan", "", "Çelik", "mio"),
    ("Bram", "'t", "Hart", "side_entrant"),
    ("Anaïs", "de", "Vries", "hbo"),
]


@pytest.fixture
def people(database):
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    other = service_for(m.School).create(name="Hogeschool Fictief")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen")
    trainer = service_for(m.Staff).create(first_name="Petra", last_name="Yılmaz")
    service_for(m.StaffRole).create(staff=trainer.id, role="practice_trainer")
    ids = {}
    for first, prefix, last, kind in PEOPLE:
        ids[last] = (
            service_for(m.Learner).create(first_name=first, name_prefix=prefix, last_name=last, learner_type=kind).id
        )
    today = clock.today()
    service_for(m.BpvPeriod).create(
        learner=ids["Berg"],
        programme=programme.id,
        school=school.id,
        team=team.id,
        practice_trainer=trainer.id,
        start_date=today - dt.timedelta(days=60),
        end_date=today + dt.timedelta(days=200),
        status="active",
        phase="work_and_learn",
    )
    service_for(m.BpvPeriod).create(
        learner=ids["Yılmaz"],
        programme=programme.id,
        school=other.id,
        start_date=today + dt.timedelta(days=30),
        end_date=today + dt.timedelta(days=120),
    )
    return ids | {"trainer": trainer.id, "location": location.id, "programme": programme.id, "school": school.id}


@pytest.fixture
def tab(qtbot, main_window, people) -> LearnersTab:
    page = main_window.findChild(LearnersTab, "tab.learners")
    main_window.tabs.setCurrentWidget(page)  # the overview comes first; its keys work on the tab shown
    page.reload()
    return page


def names(tab) -> list[str]:
    model = tab.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select_name(tab, name):
    row = names(tab).index(name)
    tab.ui.tableView.selectRow(row)


def answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or button)
    return asked


def test_the_tab_is_there_with_its_parts(main_window, tab):
    assert main_window.tabs.widget(1) is tab  # after the overview
    assert main_window.tabs.tabText(1) == "Lerenden"
    assert tab.findChild(QTableView, "learners.table") is tab.ui.tableView
    assert tab.ui.filterEdit.objectName() == "learners.filter"
    assert tab.model.rowCount() == 5
    assert "5 van 5" in tab.ui.countLabel.text()


def test_model_passes_the_qt_model_tester(tab, qtmodeltester):
    qtmodeltester.check(tab.model)


def test_sorted_by_last_name_without_tussenvoegsel(tab):
    tab.ui.tableView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(tab) == ["Zoë van der Berg", "Jan Çelik", "Bram 't Hart", "Anaïs de Vries", "Ayşe Yılmaz"]
    tab.ui.tableView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(tab)[0] == "Ayşe Yılmaz"


def test_search_as_you_type_forgives_diacritics_and_keeps_selection(qtbot, tab):
    select_name(tab, "Zoë van der Berg")
    qtbot.keyClicks(tab.ui.filterEdit, "zoe")
    assert names(tab) == ["Zoë van der Berg"]
    assert tab.selected_id() is not None
    tab.ui.filterEdit.setText("celik")
    assert names(tab) == ["Jan Çelik"]
    tab.ui.filterEdit.setText("roc fictief")  # the school
    assert names(tab) == ["Zoë van der Berg"]
    tab.ui.filterEdit.setText("linde")  # the location
    assert names(tab) == ["Zoë van der Berg"]
    tab.ui.filterEdit.clear()
    assert len(names(tab)) == 5


def test_filters_for_status_type_location_and_trainer(tab, people):
    ui = tab.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("planned"))
    assert names(tab) == ["Ayşe Yılmaz"]
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("-"))
    assert sorted(names(tab)) == ["Anaïs de Vries", "Bram 't Hart", "Jan Çelik"]
    ui.statusCombo.setCurrentIndex(0)
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("mio"))
    assert names(tab) == ["Jan Çelik"]
    ui.typeCombo.setCurrentIndex(0)
    ui.locationCombo.setCurrentIndex(ui.locationCombo.findData(people["location"]))
    assert names(tab) == ["Zoë van der Berg"]
    ui.locationCombo.setCurrentIndex(0)
    ui.trainerCombo.setCurrentIndex(ui.trainerCombo.findData(people["trainer"]))
    assert names(tab) == ["Zoë van der Berg"]
    assert "1 van 5" in ui.countLabel.text()


def test_archived_learners_are_hidden_unless_asked(tab, people):
    service_for(m.Learner).update(people["Hart"], archived=True)
    tab.reload()
    assert "Bram 't Hart" not in names(tab)
    tab.ui.archivedCheck.setChecked(True)
    assert "Bram 't Hart" in names(tab)


def test_columns_show_programme_period_and_overdue_meeting_in_red(tab, people):
    model = tab.model
    row = names(tab).index("Zoë van der Berg")
    value = {column.key: model.index(row, i).data() for i, column in enumerate(LearnersModel.columns)}
    assert value["programme"] == "Verzorgende-IG" and value["crebo"] == "25491" and value["pathway"] == "BBL"
    assert value["location"] == "De Linde" and value["practice_trainer"] == "Petra Yılmaz"
    assert value["status"] == "Actief" and value["phase"] == "Werken en leren"
    due = model.index(row, model.column_index("next_meeting"))
    assert due.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE  # the introduction talk 60 days ago
    assert "Te laat" in due.data(Qt.ItemDataRole.ToolTipRole)


def test_hidden_columns_and_widths_are_remembered(qtbot, main_window, tab):
    header = tab.ui.tableView.horizontalHeader()
    header.setSectionHidden(LearnersModel.columns.index(LearnersModel.columns[3]), True)
    header.resizeSection(0, 233)
    qtbot.wait(500)  # the header state is written once resizing settles
    again = LearnersTab(main_window)
    qtbot.addWidget(again)
    header = again.ui.tableView.horizontalHeader()
    assert header.isSectionHidden(3) and header.sectionSize(0) == 233


def fill_learner(dialog: LearnerDialog, **values):
    for field, text in values.items():
        dialog.edits[field].setText(text)


def test_add_learner_then_undo_and_redo(qtbot, main_window, tab, database):
    dialog = LearnerDialog(main_window.undo_stack, None, tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    fill_learner(dialog, first_name="Đorđe", last_name="O'Neill", birth_date="3-4-2004", email="d.oneill@voorbeeld.nl")
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("bol"))
    assert "Praktijkovereenkomst" in dialog.ui.contractLabel.text()
    dialog.save_and_close()
    learner = m.Learner.get(m.Learner.last_name == "O'Neill")
    assert learner.birth_date == dt.date(2004, 4, 3) and learner.learner_type == "bol"
    tab.reload()
    assert "Đorđe O'Neill" in names(tab)
    main_window.undo()
    assert m.Learner.get_or_none(m.Learner.last_name == "O'Neill") is None
    assert "Đorđe O'Neill" not in names(tab)
    main_window.redo()
    assert "Đorđe O'Neill" in names(tab)


def test_bad_input_is_shown_at_the_field_and_nothing_is_saved(qtbot, main_window, tab, people, database):
    before = table_dump(database)
    dialog = LearnerDialog(main_window.undo_stack, people["Berg"], tab)
    qtbot.addWidget(dialog)
    fill_learner(dialog, email="zoe@", birth_date="31-02-2004")
    dialog.save_and_close()
    assert dialog.result() == 0
    assert dialog.ui.errorLabel.text().startswith("Geboortedatum: ")
    assert dialog.edits["birth_date"].styleSheet()
    fill_learner(dialog, birth_date="28-02-2004")
    dialog.save()
    assert dialog.ui.errorLabel.text().startswith("E-mail: ")
    assert dialog.edits["email"].styleSheet() and not dialog.edits["birth_date"].styleSheet()
    assert table_dump(database) == before
    assert main_window.undo_stack.count() == 0


def test_edit_is_undoable(qtbot, main_window, tab, people):
    dialog = LearnerDialog(main_window.undo_stack, people["Vries"], tab)
    qtbot.addWidget(dialog)
    fill_learner(dialog, phone="06-12345678")
    dialog.save_and_close()
    assert m.Learner.get_by_id(people["Vries"]).phone == "06-12345678"
    main_window.undo()
    assert m.Learner.get_by_id(people["Vries"]).phone == ""


def test_delete_asks_first_and_can_be_undone(qtbot, monkeypatch, main_window, tab, people, database):
    main_window.show()
    qtbot.waitExposed(main_window)
    select_name(tab, "Zoë van der Berg")
    tab.ui.tableView.setFocus()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Delete)
    assert asked and m.Learner.get_or_none(id=people["Berg"]) is not None
    before = content_dump(database)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert m.Learner.get_or_none(id=people["Berg"]) is None
    assert "Zoë van der Berg" not in names(tab)
    main_window.undo()
    assert content_dump(database) == before
    assert "Zoë van der Berg" in names(tab)


def test_learner_with_signed_forms_is_not_deleted_but_the_period_can_end(qtbot, monkeypatch, main_window, tab, people):
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["Berg"])
    assessment = service_for(m.Assessment).create(number="B-1", period=period.id, kind="interim")
    service_for(m.Signature).create(
        assessment=assessment.id, signer_role="learner", signer_name="Z. van der Berg", signed_at="2026-11-01 10:00"
    )
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    opened = []

    def end_early(dialog):
        opened.append(dialog)
        assert dialog.ui.statusCombo.currentData() == "ended_early"
        dialog.ui.endReasonCombo.setCurrentIndex(dialog.ui.endReasonCombo.findData("switched_programme"))
        dialog.save_and_close()
        return dialog.result()

    monkeypatch.setattr("desktop.views.learners.tab.run_dialog", end_early)
    select_name(tab, "Zoë van der Berg")
    tab.delete_selected()
    assert asked and "ondertekende" in asked[0][2]
    assert opened and m.Learner.get_or_none(id=people["Berg"]) is not None
    ended = m.BpvPeriod.get_by_id(period.id)
    assert ended.status == "ended_early" and ended.ended_on == clock.today()
    assert ended.end_reason == "switched_programme"


def _open_meetings(period_id: int) -> list[int]:
    query = m.Meeting.select().where((m.Meeting.period == period_id) & m.Meeting.held_on.is_null())
    return sorted(meeting.id for meeting in query if not meeting.cancelled)


def test_ending_early_in_the_dialog_cancels_later_meetings_and_open_tasks_and_undo_brings_them_back(
    qtbot, main_window, tab, people, database
):
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["Berg"])
    later = [i for i in _open_meetings(period.id) if m.Meeting.get_by_id(i).planned_on > clock.today()]
    assert later
    before = table_dump(database)
    undone = content_dump(database)
    dialog = PeriodDialog(main_window.undo_stack, people["Berg"], period.id, tab, end_early=True)
    qtbot.addWidget(dialog)
    assert dialog.ui.endReasonCombo.isEnabled() and dialog.ui.endedOnEdit.text()
    assert not dialog.save()  # no reason chosen yet: said beside the list, nothing written
    assert "reden" in dialog.ui.errorLabel.text().lower()
    assert table_dump(database) == before
    dialog.ui.endReasonCombo.setCurrentIndex(dialog.ui.endReasonCombo.findData("other"))
    assert not dialog.save()  # "other" needs a few words
    dialog.ui.endReasonTextEdit.setText("Verhuisd naar het buitenland")
    dialog.ui.notesEdit.setPlainText("Afscheid genomen van het team.")
    assert dialog.save()
    ended = m.BpvPeriod.get_by_id(period.id)
    assert (ended.status, ended.end_reason, ended.end_reason_text) == (
        "ended_early",
        "other",
        "Verhuisd naar het buitenland",
    )
    assert ended.notes == "Afscheid genomen van het team."
    assert all(m.Meeting.get_by_id(i).cancelled for i in later)
    assert not [
        t for t in m.PhaseTask.select().where(m.PhaseTask.period == period.id) if not t.done_on and not t.cancelled
    ]
    assert "Geannuleerd" in {dialog.tasks.data(dialog.tasks.index(row, 4)) for row in range(dialog.tasks.rowCount())}
    main_window.undo()
    assert content_dump(database) == undone
    main_window.redo()
    assert m.BpvPeriod.get_by_id(period.id).status == "ended_early"
    assert all(m.Meeting.get_by_id(i).cancelled for i in later)


def test_a_completed_period_keeps_its_reason_when_saved_again(qtbot, main_window, tab, people):
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["Berg"])
    service_for(m.BpvPeriod).update(period.id, status="completed", end_reason="completed_diploma")
    dialog = PeriodDialog(main_window.undo_stack, people["Berg"], period.id, tab)
    qtbot.addWidget(dialog)
    assert dialog.ui.endReasonCombo.currentText() == "Afgerond met diploma"
    assert dialog.ui.endReasonCombo.isEnabled() and not dialog.ui.endedOnEdit.isEnabled()
    dialog.ui.notesEdit.setPlainText("Diploma uitgereikt.")
    assert dialog.save()
    assert m.BpvPeriod.get_by_id(period.id).end_reason == "completed_diploma"
    select_status = dialog.ui.statusCombo
    select_status.setCurrentIndex(select_status.findData("active"))
    assert not dialog.ui.endReasonCombo.isEnabled()
    assert dialog.save()
    assert m.BpvPeriod.get_by_id(period.id).end_reason is None


def test_period_dialog_creates_a_planned_period_with_tasks_and_meetings(qtbot, main_window, tab, people):
    dialog = PeriodDialog(main_window.undo_stack, people["Vries"], None, tab)
    qtbot.addWidget(dialog)
    assert not dialog.ui.pages.isTabEnabled(1)
    assert dialog.ui.contractCombo.currentData() == "placement"  # an HBO intern
    dialog.ui.programmeCombo.setCurrentIndex(dialog.ui.programmeCombo.findData(people["programme"]))
    dialog.ui.schoolCombo.setCurrentIndex(dialog.ui.schoolCombo.findData(people["school"]))
    dialog.ui.startEdit.setText("1-2-2027")
    dialog.ui.endEdit.setText("30-6-2027")
    dialog.ui.hoursPerWeekEdit.setText("24,5")
    assert dialog.save()
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["Vries"])
    assert period.hours_per_week == pytest.approx(24.5) and period.supernumerary_until == dt.date(2027, 6, 30)
    assert dialog.ui.pages.isTabEnabled(1) and dialog.tasks.rowCount() > 0 and dialog.meetings.rowCount() > 0
    assert dialog.ui.supernumeraryEdit.text() == "30-06-2027"
    main_window.undo()
    assert (
        m.BpvPeriod.get_or_none(id=period.id) is None
        and m.Meeting.select().where(m.Meeting.period == period.id).count() == 0
    )


def test_period_dialog_refuses_end_before_start(qtbot, main_window, tab, people, database):
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["Berg"])
    before = table_dump(database)
    dialog = PeriodDialog(main_window.undo_stack, people["Berg"], period.id, tab)
    qtbot.addWidget(dialog)
    dialog.ui.endEdit.setText("1-1-2000")
    assert not dialog.save()
    assert "Einddatum" in dialog.ui.errorLabel.text()
    assert table_dump(database) == before


def test_ticking_tasks_and_holding_meetings_are_undoable(qtbot, main_window, tab, people):
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["Berg"])
    dialog = PeriodDialog(main_window.undo_stack, people["Berg"], period.id, tab)
    first = dialog.tasks.index(0, 0)
    assert dialog.tasks.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    task = dialog.tasks.row_object(0)
    assert m.PhaseTask.get_by_id(task.id).done_on == clock.today()
    main_window.undo()
    assert m.PhaseTask.get_by_id(task.id).done_on is None

    dialog.ui.meetingsTable.setCurrentIndex(dialog.meetings.index(0, 0))
    meeting = dialog.meetings.row_object(0)
    assert meeting.kind == "introduction"
    dialog.ui.heldOnEdit.setText(clock.today().strftime("%d-%m-%Y"))
    dialog.ui.participantsEdit.setText("Lerende, praktijkopleider")
    dialog.ui.meetingNotesEdit.setPlainText("Kennismaking verliep goed.")
    dialog.save_meeting()
    held = m.Meeting.get_by_id(meeting.id)
    assert held.held_on == clock.today() and held.notes == "Kennismaking verliep goed."
    tab.reload()
    assert tab.model.row_object(names(tab).index("Zoë van der Berg")).next_meeting != meeting.planned_on

    dialog.ui.goalTextEdit.setPlainText("Ik voer de ADL-zorg zelfstandig uit.")
    dialog.goal_editor.save()
    assert m.LearningGoal.select().where(m.LearningGoal.period == period.id).count() == 1
    main_window.undo()
    assert m.LearningGoal.select().where(m.LearningGoal.period == period.id).count() == 0
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(10)
    main_window.redo()  # the dialog is gone; redo must not touch it
    assert m.LearningGoal.select().where(m.LearningGoal.period == period.id).count() == 1


def test_rows_are_read_right_after_the_window_first_paints(qtbot, main_window, people):
    page = main_window.findChild(LearnersTab, "tab.learners")
    assert page.model.total_count() == 0  # nothing read while the window is being built
    main_window.tabs.setCurrentWidget(page)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: page.model.total_count() == 5)
    assert page.ui.countLabel.text().startswith("5 van 5")


def test_a_new_period_takes_status_and_phase_from_its_dates(qtbot, main_window, tab, people):
    dialog = PeriodDialog(main_window.undo_stack, people["Vries"], None, tab)
    qtbot.addWidget(dialog)
    today = clock.today()
    dialog.ui.startEdit.setText((today - dt.timedelta(days=100)).strftime("%d-%m-%Y"))
    dialog.ui.endEdit.setText((today + dt.timedelta(days=100)).strftime("%d-%m-%Y"))
    dialog.ui.endEdit.editingFinished.emit()
    assert dialog.ui.statusCombo.currentData() == "active"
    assert dialog.ui.phaseCombo.currentData() == "work_and_learn"
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("planned"))
    dialog.ui.statusCombo.activated.emit(dialog.ui.statusCombo.currentIndex())  # the coordinator's own choice
    dialog.ui.startEdit.setText((today + dt.timedelta(days=10)).strftime("%d-%m-%Y"))
    dialog.ui.startEdit.editingFinished.emit()
    assert dialog.ui.statusCombo.currentData() == "planned" and dialog.ui.phaseCombo.currentData() == "work_and_learn"
