"""The learning climate in the window: the team scan's statements under Basisgegevens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.services import climate, service_for
from desktop.storage import models as m
from desktop.views.reference.dialog import ReferenceDialog
from desktop.views.window.main import MainWindow
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def main_window(qtbot, database):
    """The main window on the test's database: the file, or with ``--engine=postgresql`` its own database on the test
    server. (The conftest's window opens a file whatever the engine, so that on a server the teams were made in the
    file and the rounds, made after the server's database was opened, referred to teams the server did not have.)"""
    window = MainWindow()
    qtbot.addWidget(window)
    window.build_pages()
    return window


@pytest.fixture
def teams(main_window):
    location = service_for(m.Location).create(name="De Wingerd")
    return [service_for(m.Team).create(location=location.id, name=f"Team {n}").id for n in range(1, 4)]


@pytest.fixture
def reference(main_window):
    dialog = ReferenceDialog(main_window.undo_stack, main_window)
    dialog.show()
    yield dialog
    for page in dialog.pages.values():
        page.form.mark_clean()
    dialog.reject()


def test_statements_are_kept_under_basisgegevens_with_a_note_to_adapt_them(reference, main_window, qtmodeltester):
    page = reference.page("statements")
    qtmodeltester.check(page.model)
    assert page.proxy.rowCount() == 12
    assert page.proxy.index(0, 1).data() == "Absorptievermogen"
    assert "pas ze aan" in reference.ui.statementsNote.text()
    page.start_new()
    page.form.bindings["capacity"].widget.setCurrentIndex(3)
    page.form.bindings["text"].widget.setText("Wij bespreken fouten open in het team.")
    assert page.save()
    added = climate.statements()[-1]
    assert (added.capacity, added.text, added.position) == ("learning", "Wij bespreken fouten open in het team.", 13)
    main_window.undo_stack.undo()
    assert len(climate.statements()) == 12


def test_an_answered_statement_cannot_be_reworded_in_the_window(reference, teams, database):
    first = climate.statements()[0]
    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams)
    climate.add_response(round_id, teams[0], {first.id: 4})
    page = reference.page("statements")
    page.reload()
    page.ui.tableView.selectRow(0)
    assert page.proxy.index(0, 3).data() == "1"
    before = table_dump(database)
    page.form.bindings["text"].widget.setText("Iets anders.")
    assert not page.save()
    assert "Zet “Actief” uit" in page.ui.errorLabel.text() and "nieuwe stelling" in page.ui.errorLabel.text()
    assert table_dump(database) == before
    page.form.bindings["text"].widget.setText(first.text)
    page.form.bindings["active"].widget.setChecked(False)
    assert page.save()
    assert first.id not in [s.id for s in climate.statements()]


# -- the learning climate window ------------------------------------------------------------------------------


@pytest.fixture
def window(main_window, teams):
    from desktop.views.climate.window import ClimateWindow

    window = ClimateWindow(main_window)
    window.show()
    yield window
    window.reject()


def test_the_window_is_in_the_tools_menu_with_a_shortcut(main_window):
    action = main_window.findChild(QAction, "action.climate")
    assert action.shortcut().toString() == "Ctrl+Shift+K" and action.text() == "&Leerklimaat…"


def test_a_round_whose_end_lies_before_its_start_is_refused_beside_the_field(window, teams, database):
    from desktop.views.climate.round_dialog import ScanRoundDialog

    dialog = ScanRoundDialog(window)
    dialog.ui.nameEdit.setText("Teamscan 2026")
    dialog.ui.startsEdit.setText("31-10-2026")
    dialog.ui.endsEdit.setText("01-10-2026")
    dialog.teams.item(0).setCheckState(Qt.CheckState.Checked)
    before = table_dump(database)
    assert not dialog.save()
    assert dialog.ui.errorLabel.text().startswith("Tot en met:") and "voordat die begint" in dialog.ui.errorLabel.text()
    assert dialog.ui.endsEdit.styleSheet() and table_dump(database) == before
    dialog.ui.endsEdit.setText("31-10-2026")
    assert dialog.save()
    dialog.reject()
    assert climate.get_round(dialog.saved_id).team_ids == (teams[0],)


def test_typed_answers_show_figures_from_the_fifth_respondent(window, teams, qtmodeltester):
    from desktop.views.climate.answers_dialog import ScanAnswersDialog

    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams[:2])
    window.reload_rounds(round_id)
    dialog = ScanAnswersDialog(round_id, window)
    statements = climate.statements()
    for respondent in range(5):
        for index, combo in enumerate(dialog.inputs.values()):
            combo.setCurrentIndex(4 if index % 2 else 3)  # 4 and 3 in turn
        assert dialog.save_and_next()
        assert all(combo.currentIndex() == 0 for combo in dialog.inputs.values())  # empty for the next one
        if respondent == 3:
            window.reload_rounds(round_id)
            assert window.report.empty and "Te weinig antwoorden (4" in window.report.empty
            assert not window.ui.pdfButton.isEnabled()
    assert "5 ingevulde lijsten" in dialog.ui.countLabel.text()
    dialog.inputs[statements[0].id].setCurrentIndex(0)
    assert not dialog.save_and_next() and "minstens één score" in dialog.ui.errorLabel.text()
    dialog.reject()
    window.reload_rounds(round_id)
    assert window.groups.index(0, 0).data() == "De Wingerd – Team 1 (5)"
    first = window.ui.tables.widget(0).model()
    qtmodeltester.check(first)
    assert first.index(0, 2).data() == "3,33" and first.index(0, 3).data() == "0,47"  # 3, 4, 3 from each
    assert window.chart_view.chart().series()[0].count() == 5  # four capacities, closed
    assert window.ui.pdfButton.isEnabled()


def test_an_import_with_a_bad_row_writes_nothing_and_says_where(window, teams, tmp_path, monkeypatch, database):
    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams[:1])
    window.reload_rounds(round_id)
    head = ["ID", "Team", *(s.text for s in climate.statements())]
    lines = [";".join(head), ";".join(["1", "Team 1", *["4"] * 12]), ";".join(["2", "Team 3", *["4"] * 12])]
    path = tmp_path / "scan.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    before = table_dump(database)
    assert window.import_file(path) == 0
    assert "regel 3" in shown[0] and "Team 3" in shown[0] and table_dump(database) == before


def test_agreed_actions_are_kept_per_team(window, teams):
    page = window.actions
    window.ui.pageTabs.setCurrentIndex(1)
    page.show_team(teams[1])
    page.start_new()
    window.ui.whatEdit.setText("Elke maand intervisie")
    window.ui.dueEdit.setText("31-13-2026")
    assert not page.save() and "Uiterlijk" in window.ui.actionErrorLabel.text()
    window.ui.dueEdit.setText("15-01-2027")
    assert page.save()
    [action] = climate.actions(teams[1])
    assert (action.what, action.due_on, action.done_on) == ("Elke maand intervisie", dt.date(2027, 1, 15), None)
    window.ui.actionTable.selectRow(0)
    window.ui.doneEdit.setText("10-11-2026")
    assert page.save(), window.ui.actionErrorLabel.text()
    window.ui.openOnlyCheck.setChecked(True)
    assert page.model.rowCount() == 0


def test_an_action_from_the_overview_opens_on_its_team(main_window, teams):
    from desktop.views.window.opening import OPENERS

    action = climate.save_action(None, teams[2], "Moreel beraad inplannen", "Teamleider", "01-11-2026", "")
    window = OPENERS["team_action"](main_window.undo_stack, action, main_window, lambda: None)
    assert window.ui.pageTabs.currentWidget() is window.ui.actionsTab
    assert window.ui.teamCombo.currentText() == "De Wingerd – Team 3"
    assert window.ui.whatEdit.text() == "Moreel beraad inplannen"
    window.reject()


# -- learning together --------------------------------------------------------------------------------------


def test_the_register_keeps_meetings_with_participants_and_a_reminder_about_client_data(window, main_window):
    from desktop.services import coaches, group_learning

    people = [service_for(m.Staff).create(first_name=name, last_name="Visser").id for name in ("Anna", "Bram")]
    coaches.save_meeting(None, "10-10-2026", "Afstemming.", people[:1])
    window.register_page.reload()
    page, ui = window.register_page, window.ui
    assert "nooit cliëntgegevens" in ui.notesReminder.text()
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "Coachbijeenkomst"
    page.start_new()
    fill_vocabulary_index = ui.entryKindCombo.findData("moral_deliberation")
    ui.entryKindCombo.setCurrentIndex(fill_vocabulary_index)
    ui.heldEdit.setText("12-11-2026")
    ui.topicEdit.setText("Vrijheid of veiligheid")
    ui.facilitatorCombo.setCurrentIndex(ui.facilitatorCombo.findData(people[1]))
    for row in range(page.people.rowCount()):
        page.people.item(row).setCheckState(Qt.CheckState.Checked)
    assert page.save(), ui.entryErrorLabel.text()
    entries = group_learning.register()
    assert [(e.kind, e.facilitator, len(e.participant_ids)) for e in entries] == [
        ("moral_deliberation", "Bram Visser", 2),
        ("coach_meeting", "", 1),
    ]
    # The coach meeting chosen in the register: no facilitator, group or topic, as the coaching tab keeps it.
    ui.registerTable.selectRow(1)
    assert not ui.topicEdit.isEnabled() and not ui.entryKindCombo.isEnabled()
    ui.notesEdit.setPlainText("Afstemming en intervisie.")
    assert page.save()
    assert coaches.meeting_rows()[0].notes == "Afstemming en intervisie."


def test_a_group_with_a_rhythm_shows_when_it_is_due(window):
    page, ui = window.groups_page, window.ui
    ui.groupNameEdit.setText("Intervisie praktijkopleiders")
    ui.rhythmEdit.setText("nul")
    assert not page.save() and "Elke (weken)" in ui.groupErrorLabel.text()
    ui.rhythmEdit.setText("6")
    assert page.save()
    rows = {page.model.index(row, 0).data(): page.model.index(row, 4).data() for row in range(page.model.rowCount())}
    assert rows["Intervisie praktijkopleiders"] == "18-11-2026"  # not met yet: due from today, when it was made
    assert "De coaches" in rows
