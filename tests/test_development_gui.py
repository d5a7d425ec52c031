"""The development lists and a person's record, as the coordinator uses them: opened from the Tools menu with
its shortcut, filtered by place, manager and kind, searched as typed, Enter opening the record; a talk on a day
to come refused beside its date with nothing saved; a due POAP in the overview's agenda opening the record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop import clock, i18n
from desktop.services import development, service_for
from desktop.storage import models as m
from desktop.views.development.lists import DevelopmentDialog
from desktop.views.development.record_dialog import RecordDialog
from tests.factories import staff

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)
    i18n.set_language("nl")


@pytest.fixture
def people(database):
    north = service_for(m.Location).create(name="De Linde")
    south = service_for(m.Location).create(name="Het Anker")
    linde = service_for(m.Team).create(location=north.id, name="Kleinschalig wonen").id
    anker = service_for(m.Team).create(location=south.id, name="Dagbesteding").id
    found = {
        "zoe": staff("Zoë", "Çelik", linde),
        "ayse": staff("Ayşe", "Yılmaz", anker, roles=("practice_trainer",)),
        "manager": staff("Noëlle", "Nguyễn", linde, roles=("manager",)),
        "north": north.id,
        "anker": anker,
    }
    development.save_talk(found["zoe"], "poap", dt.date(2024, 10, 1), found["manager"])
    development.save_talk(found["ayse"], "talk", dt.date(2026, 1, 2), found["manager"])
    return found


def _names(page) -> list[str]:
    return [page.model.row_object(row).name for row in range(page.model.rowCount())]


def test_the_lists_filter_search_and_open_the_record_with_enter(qtbot, qtmodeltester, people, monkeypatch):
    dialog = DevelopmentDialog()
    qtbot.addWidget(dialog)
    due = dialog.due
    qtmodeltester.check(due.model)
    assert "Zoë Çelik" in _names(due) and due.model.rowCount() == 5  # the talk of Ayşe is not due
    due.location.setCurrentIndex(due.location.findData(people["north"]))
    assert set(_names(due)) == {"Zoë Çelik", "Noëlle Nguyễn"}
    due.location.setCurrentIndex(0)
    due.manager.setCurrentIndex(due.manager.findData(people["manager"]))
    assert _names(due) == ["Zoë Çelik"]
    due.manager.setCurrentIndex(0)
    due.only_due.setChecked(False)
    qtbot.keyClicks(due.search, "yilm")
    assert _names(due) == ["Ayşe Yılmaz", "Ayşe Yılmaz"] and "2 POAP's en gesprekken" in due.count.text()
    due.search.clear()
    due.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(due)[0] == "Ayşe Yılmaz"  # Yılmaz after Nguyễn and Çelik
    opened = []
    monkeypatch.setattr("desktop.views.development.lists.run_dialog", lambda d: opened.append(d.staff_id))
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    due.table.selectRow(0)
    due.table.setFocus()
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    assert opened == [people["ayse"]]

    # The organisation's own interval: a year, and Ayşe's talk of January is due.
    due.only_due.setChecked(True)
    assert due.model.rowCount() == 5
    due.interval.setValue(12)
    due.interval.editingFinished.emit()
    assert development.interval_months() == 12 and due.model.rowCount() == 6

    progress = dialog.progress
    qtmodeltester.check(progress.model)
    assert progress.model.rowCount() == 3 and "3 niet begonnen" in progress.summary.text()
    progress.team.setCurrentIndex(progress.team.findData(people["anker"]))
    assert _names(progress) == ["Ayşe Yılmaz"] and "1 niet begonnen" in progress.summary.text()

    trainers = dialog.trainers
    qtmodeltester.check(trainers.model)
    assert _names(trainers) == ["Ayşe Yılmaz"]


def test_a_talk_on_a_day_to_come_is_refused_beside_the_date_and_nothing_is_saved(qtbot, qtmodeltester, people):
    dialog = RecordDialog(people["zoe"])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.talk_model)
    assert dialog.talk_model.rowCount() == 1 and "te laat" in dialog.next_due.text().lower()
    dialog.start_new()
    dialog.held.setText("19-11-2026")
    assert not dialog.save()
    assert "dag die nog moet komen" in dialog.error.text() and dialog.held.styleSheet()
    assert m.DevelopmentTalk.select().count() == 2 and not dialog.changed
    dialog.held.setText("17-11-2026")
    dialog.kind.setCurrentIndex(dialog.kind.findData("talk"))
    dialog.notes.setText("Wil werkbegeleider worden")
    assert dialog.save() and dialog.changed and dialog.error.text() == ""
    assert dialog.talk_model.rowCount() == 2
    assert [talk.notes for talk in development.talks_of(people["zoe"])][0] == "Wil werkbegeleider worden"
    tabs = [dialog.sections.tabText(index) for index in range(dialog.sections.count())]
    assert tabs[:3] == ["Inschrijvingen (0)", "Certificaten (0)", "Coachingstrajecten (0)"]


def test_the_tools_menu_opens_the_lists_with_its_shortcut(main_window, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.views.window.main.run_dialog", lambda dialog: shown.append(dialog))
    action = main_window.action_development
    assert action.shortcut().toString() == "Ctrl+Shift+O" and action in main_window.ui.menuTools.actions()
    action.trigger()
    assert isinstance(shown[0], DevelopmentDialog)


def test_a_due_poap_in_the_agenda_opens_the_persons_record(main_window, people, monkeypatch):
    from desktop.services import agenda

    shown = []
    monkeypatch.setattr("desktop.views.window.opening.run_dialog", lambda dialog: shown.append(dialog.staff_id))
    item = next(item for item in agenda.load_agenda().items if item.kind == "development")
    assert main_window.open_record(item.table, item.record_id)
    assert shown == [people["zoe"]]


def test_a_staff_member_in_basisgegevens_opens_their_record(main_window, people, qtbot, monkeypatch):
    from desktop.views.reference.dialog import ReferenceDialog

    shown = []
    monkeypatch.setattr("desktop.views.window.opening.run_dialog", lambda dialog: shown.append(dialog.staff_id))
    dialog = ReferenceDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    page = dialog.pages["staff"]
    button = page.record_button
    page.start_new()
    assert button.text() == "Ontwi&kkeldossier…" and not button.isEnabled()  # a record not saved has none
    page.revert()
    row = next(row for row in range(page.proxy.rowCount()) if page.proxy.index(row, 0).data() == "Zoë Çelik")
    page.ui.tableView.selectRow(row)
    assert button.isEnabled()
    button.click()
    assert shown == [people["zoe"]]


def test_the_record_is_previewed_as_printed_and_saved_as_pdf(qtbot, people, monkeypatch, tmp_path):
    dialog = RecordDialog(people["zoe"])
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr("desktop.views.kit.pdf_output.run_dialog", shown.append)
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr("desktop.views.kit.pdf_output.ask_path", lambda *_args: target)
    dialog.print_record()
    assert shown and "Zoë Çelik" in shown[0].windowTitle() and shown[0].data.startswith(b"%PDF")
    shown[0].findChild(QPushButton, "forms.previewSave").click()
    assert target.read_bytes() == shown[0].data
