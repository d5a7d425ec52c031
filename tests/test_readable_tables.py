"""Tables a person can read: the Learners tab shows what is looked for first on a 1366×768 screen and
keeps the names in sight when scrolled sideways, filter boxes show their whole text, and detail tables
give their width to the text column."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint

from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.learners.period_dialog import PeriodDialog
from desktop.views.learners.tab import FIRST_COLUMNS, LearnersTab


@pytest.fixture
def learners(qtbot, main_window, period):
    for number in range(40):
        person = service_for(m.Learner).create(
            first_name="Lerende" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO"[number],
            last_name="Verlengde-Achternaam",
            learner_type="bbl",
        )
        service_for(m.BpvPeriod).create(
            learner=person.id, programme=period.programme_id, school=period.school_id, start_date=dt.date(2026, 9, 1)
        )
    main_window.resize(1366, 728)
    main_window.show()
    qtbot.waitExposed(main_window)
    tab = main_window.findChild(LearnersTab, "tab.learners")
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 41)
    return tab


def test_the_first_columns_show_without_scrolling_on_a_laptop_screen(learners):
    table = learners.ui.tableView
    header = table.horizontalHeader()
    for key in FIRST_COLUMNS:
        column = learners.model.column_index(key)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert not header.isSectionHidden(column) and right <= table.viewport().width(), key


def test_the_names_stay_in_sight_when_scrolled_sideways(qtbot, learners):
    table = learners.ui.tableView
    frozen = learners.frozen
    assert frozen.isHidden()  # not scrolled: the table shows the names itself
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    qtbot.waitUntil(frozen.isVisible)
    assert table.indexAt(QPoint(5, 5)).column() != learners.model.column_index("name")
    assert frozen.indexAt(QPoint(5, 5)).data() == learners.model.index(0, 0).data()
    assert frozen.width() == table.columnWidth(learners.model.column_index("name"))
    table.verticalScrollBar().setValue(10)
    assert frozen.verticalScrollBar().value() == 10  # they scroll up and down together
    learners.select_learner(learners.model.row_object(12).id)
    assert frozen.selectionModel().isRowSelected(12)


def test_filter_boxes_show_their_whole_text(learners):
    for combo in (learners.ui.statusCombo, learners.ui.typeCombo, learners.ui.locationCombo, learners.ui.trainerCombo):
        text = combo.itemText(0)
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(text), text
    assert learners.ui.trainerCombo.itemText(0) == "Alle praktijkopleiders"


def test_a_task_gets_the_width_an_empty_done_on_column_does_not_need(qtbot, main_window, period):
    # A new period has no tasks when its columns are sized; they come when it is saved (Apply).
    dialog = PeriodDialog(main_window.undo_stack, period.learner_id, None, main_window)
    qtbot.addWidget(dialog)
    dialog.resize(900, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findData(period.programme_id))
    ui.schoolCombo.setCurrentIndex(ui.schoolCombo.findData(period.school_id))
    ui.startEdit.setText("1-9-2027")
    assert dialog.save(), ui.errorLabel.text()
    ui.pages.setCurrentWidget(ui.tasksPage)
    qtbot.wait(10)
    table, model = ui.tasksTable, dialog.tasks
    assert model.rowCount() > 0
    title, done_on = model.column_index("title"), model.column_index("done_on")
    assert table.columnWidth(title) > table.columnWidth(done_on) * 3
    assert table.columnWidth(title) > table.viewport().width() // 3
