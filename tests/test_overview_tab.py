"""The Overview tab as a coordinator uses it on Monday morning: what is due, filtered, opened, marked done, and a
praktijkopleider's week on paper and in Outlook."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableView

from desktop import clock
from desktop.services import service_for
from desktop.services.coaching_trajectories import StepLine, save_trajectory
from desktop.services.forms import save_assignment
from desktop.storage import models as m
from desktop.views.bpv_forms.dialog import FormDialog
from desktop.views.coaching.trajectory_dialog import TrajectoryDialog
from desktop.views.kit import files
from desktop.views.kit.table_model import OBJECT_ROLE
from desktop.views.learners.period_dialog import PeriodDialog
from desktop.views.overview.model import LATE_ON_DARK, LATE_ON_LIGHT
from desktop.views.overview.tab import OverviewTab
from tests.pdf_text import text_of

TODAY = dt.date(2026, 11, 18)  # a Wednesday; the tests' day (conftest)
DAY = dt.timedelta(days=1)


def _staff(first, last, team, role):
    person = service_for(m.Staff).create(first_name=first, last_name=last, team=team)
    service_for(m.StaffRole).create(staff=person.id, role=role)
    return person.id


@pytest.fixture
def world(database):
    """Two locations with a team each, two praktijkopleiders, a werkbegeleider, a coach, and three learners."""
    linde = service_for(m.Location).create(name="Huize De Linde").id
    bongerd = service_for(m.Location).create(name="De Bongerd").id
    t1 = service_for(m.Team).create(location=linde, name="Somatiek 1").id
    t2 = service_for(m.Team).create(location=bongerd, name="Psychogeriatrie 2").id
    w = {"linde": linde, "bongerd": bongerd, "t1": t1, "t2": t2}
    w["po"] = _staff("Petra", "Hermans", t1, "practice_trainer")
    w["po2"] = _staff("Sjef", "Coenen", t2, "practice_trainer")
    w["ws"] = _staff("Wim", "Vossen", t1, "work_supervisor")
    w["coach"] = _staff("Iris", "Dassen", t1, "learning_coach")
    school = service_for(m.School).create(name="ROC Fictief Zuid").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id

    def period(first, last, **values):
        learner = service_for(m.Learner).create(first_name=first, last_name=last, learner_type="bbl").id
        data = dict(learner=learner, programme=programme, school=school, team=t1, practice_trainer=w["po"],
                    work_supervisor=w["ws"], start_date="2026-09-01", end_date="2027-06-30")  # fmt: skip
        data["status"] = "active"
        return service_for(m.BpvPeriod).create(**{**data, **values}).id

    w["p1"] = period("Zoë", "Berg")
    w["p2"] = period("Ayşe", "Yılmaz", start_date="2026-11-19", status="planned", team=t2, practice_trainer=w["po2"],
                     work_supervisor=None)  # fmt: skip
    w["form"] = save_assignment(None, {"period": w["p1"], "title": "Inwerkopdracht", "deadline": "2026-11-20"}).id
    participant = service_for(m.Staff).create(first_name="Ria", last_name="Vos", team=t2).id
    w["trajectory"] = save_trajectory(
        None,
        {"kind": "learning_coach", "participant_staff": participant, "coach": w["coach"], "status": "active",
         "started_on": "2026-10-01"},
        steps=[StepLine("learning_goals", dt.date(2026, 10, 1), dt.date(2026, 10, 1)),
               StepLine("intake", dt.date(2026, 10, 15)), StepLine("progress", dt.date(2026, 11, 26))],
    ).id  # fmt: skip
    return w


@pytest.fixture
def tab(qtbot, main_window, world) -> OverviewTab:
    page = main_window.findChild(OverviewTab, "tab.overview")
    page.reload()
    qtbot.waitUntil(lambda: page.ui.responsibleCombo.count() > 1)  # filled right after the list
    settled(qtbot, page)
    return page


def settled(qtbot, tab) -> None:
    """Wait for what the tab reads after its list is shown (the certificates)."""
    qtbot.waitUntil(lambda: not tab.model.agenda.pending)


def items(tab) -> list:
    model = tab.model
    return [model.index(row, 0).data(OBJECT_ROLE) for row in range(model.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def select_item(tab, predicate) -> None:
    row = next(row for row, item in enumerate(items(tab)) if predicate(item))
    tab.ui.tableView.selectRow(row)


def test_the_first_tab_with_its_parts(main_window, tab, qtmodeltester):
    assert main_window.tabs.widget(0) is tab and main_window.tabs.tabText(0) == "Overzicht"
    assert tab.findChild(QTableView, "overview.table") is tab.ui.tableView
    assert tab.findChild(QLineEdit, "overview.filter") is tab.ui.filterEdit
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert headers == ["Uiterlijk", "Soort", "Wie", "Wat", "Verantwoordelijk", "Locatie"]
    qtmodeltester.check(tab.model)


def test_what_is_late_comes_first_in_red_and_says_how_late(tab):
    shown = items(tab)
    late = [item.overdue for item in shown]
    assert late[0] and late == sorted(late, reverse=True)  # every late item before the first that is not
    first = tab.model.index(0, 0)
    days = (TODAY - shown[0].due).days
    assert first.data() == f"{shown[0].due:%d-%m-%Y} · {days} dagen te laat"
    assert first.data(Qt.ItemDataRole.ForegroundRole) in (LATE_ON_LIGHT, LATE_ON_DARK)
    on_time = next(row for row, item in enumerate(shown) if not item.overdue)
    assert tab.model.index(on_time, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "te laat" not in tab.model.index(on_time, 0).data()


def test_each_filter_narrows_the_list(tab, world):
    ui = tab.ui
    everything = items(tab)
    assert {item.subject.parent_id for item in everything} >= {world["p1"], world["p2"], world["trajectory"]}
    choose(ui.periodCombo, "overdue")
    assert items(tab) and all(item.overdue for item in items(tab))
    assert ui.fromEdit.isHidden() and ui.toEdit.isHidden()
    choose(ui.periodCombo, "range")
    assert not ui.fromEdit.isHidden() and not ui.toEdit.isHidden()
    ui.fromEdit.setDate(QDate(2026, 11, 19))
    ui.toEdit.setDate(QDate(2026, 11, 19))
    assert {(item.kind, item.due) for item in items(tab)} >= {("placement_start", TODAY + DAY)}
    assert all(item.due == TODAY + DAY for item in items(tab))
    ui.toEdit.setDate(QDate(2026, 11, 10))  # backwards: nothing shown, and the reason above the list
    assert items(tab) == [] and ui.statusLabel.text() == "De einddatum ligt vóór de begindatum."
    choose(ui.periodCombo, "two_weeks")
    assert ui.statusLabel.text() == "" and len(items(tab)) > len(everything)
    choose(ui.periodCombo, "this_week")
    assert items(tab) == everything

    choose(ui.responsibleCombo, world["ws"])
    assert items(tab) and {item.responsible for item in items(tab)} == {"Wim Vossen"}
    choose(ui.responsibleCombo, None)
    choose(ui.locationCombo, world["bongerd"])
    assert items(tab) and {item.location for item in items(tab)} == {"De Bongerd"}
    choose(ui.locationCombo, None)
    choose(ui.teamCombo, world["t2"])
    assert items(tab) and {item.team for item in items(tab)} == {"Psychogeriatrie 2"}
    choose(ui.teamCombo, None)
    choose(ui.kindCombo, "form")
    assert [(item.kind, item.record_id) for item in items(tab)] == [("form", world["form"])]
    choose(ui.kindCombo, None)
    assert len(items(tab)) == len(everything)


def test_tasks_and_certificates_come_after_the_list_and_the_counts_say_so_meanwhile(qtbot, tab, world):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    service_for(m.Certificate).create(training=bhv.id, staff=world["ws"], issued_on="2025-11-01",
                                      expires_on="2026-11-01")  # fmt: skip
    tab.reload()
    late = sum(1 for item in tab.model.agenda.items if item.overdue)
    assert tab.model.agenda.pending == {"task", "development", "certificate"}
    assert not [item for item in items(tab) if item.kind in ("task", "certificate")]
    assert tab.count_buttons["overdue"].text() == "Te laat: bezig…"
    assert tab.count_buttons["certificates_expiring"].text() == "Certificaten verlopen: bezig…"
    assert tab.count_buttons["awaiting_signature"].text() == "Te ondertekenen: 0"  # forms only: read first
    assert tab.ui.statusLabel.text() == "Nog bezig met lezen: certificaat, fasetaak, POAP of ontwikkelgesprek…"
    select_item(tab, lambda item: item.kind == "meeting")
    chosen = tab.model.row_object(tab.ui.tableView.currentIndex().row())

    settled(qtbot, tab)
    certificate = [item for item in items(tab) if item.kind == "certificate"]
    assert [(item.who, item.overdue) for item in certificate] == [("Wim Vossen", True)]
    tasks_late = sum(1 for item in tab.model.agenda.items if item.kind == "task" and item.overdue)
    assert tasks_late and tab.count_buttons["overdue"].text() == f"Te laat: {late + tasks_late + 1}"
    assert tab.ui.statusLabel.text() == ""
    assert tab.model.row_object(tab.ui.tableView.currentIndex().row()) is chosen  # still chosen


def test_when_reading_the_rest_fails_the_counts_say_they_are_unknown(qtbot, tab, engine):
    from desktop.storage.models import db

    tab.reload()
    db.execute_sql("DROP TABLE certificate")  # before the worker reads it: a real error on its connection
    qtbot.waitUntil(lambda: "?" in tab.count_buttons["overdue"].text())
    assert tab.model.agenda.pending
    assert tab.count_buttons["overdue"].text() == "Te laat: ?"
    assert tab.count_buttons["awaiting_signature"].text() == "Te ondertekenen: 0"
    failure = "ProgrammingError" if engine == "postgresql" else "OperationalError"  # a table gone, as each says it
    assert tab.ui.statusLabel.text() == f"Dit is niet gelukt ({failure}); de details staan in het logboek."


def test_once_the_window_has_closed_the_rest_is_not_read(qtbot, main_window, tab):
    # A smoke start closes the window as soon as the rows are painted: it exits then, not after reading the rest.
    tab.reload()
    reading_before = tab._later_job
    main_window.remember_layout = False
    main_window.close()
    qtbot.wait(50)  # what the reading left for the idle window
    assert tab._later_job is reading_before and tab.model.agenda.pending
    assert tab._people is None  # nor the people responsible sorted for a filter nobody will open


def test_a_count_filters_the_list_when_clicked(tab):
    this_week = items(tab)
    overdue = tab.count_buttons["overdue"]
    count = sum(1 for item in tab.model.agenda.items if item.overdue)
    assert count and overdue.text() == f"Te laat: {count}"
    overdue.click()
    assert len(items(tab)) == count and all(item.overdue for item in items(tab))
    signing = tab.count_buttons["awaiting_signature"]
    assert signing.text() == "Te ondertekenen: 0"
    signing.click()
    assert items(tab) == [] and not overdue.isChecked()
    signing.click()  # clicked again: the period's list is back
    assert items(tab) == this_week


def test_search_as_you_type(qtbot, tab):
    qtbot.keyClicks(tab.ui.filterEdit, "yilmaz")  # folded: as "Yılmaz"
    everything = items(tab)
    assert len(everything) > 5  # one search after the keystrokes, not one per key
    qtbot.waitUntil(lambda: {item.who for item in items(tab)} == {"Ayşe Yılmaz"})
    assert items(tab) == [item for item in everything if item.who == "Ayşe Yılmaz"]
    tab.ui.filterEdit.clear()
    qtbot.waitUntil(lambda: items(tab) == everything)


def test_once_the_search_is_prepared_the_names_are_let_go_and_still_found_and_shown(qtbot, tab):
    # The search is prepared once the rest is read (on a server that may come after this test's first look).
    qtbot.waitUntil(lambda: not tab.model.agenda.pending and not tab.prepare_timer.isActive())
    names = tab.model.agenda.names
    # The search texts hold them, folded: the names read for them were let go (the rows painted since, on a slower
    # server after the search was prepared, read their own again).
    assert not names.complete
    qtbot.keyClicks(tab.ui.filterEdit, "yilmaz coenen")  # who and who is responsible
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and {item.who for item in items(tab)} == {"Ayşe Yılmaz"})
    assert not names.complete  # the search read no names
    who = tab.model.column_index("who")
    assert {tab.model.index(row, who).data() for row in range(tab.model.rowCount())} == {"Ayşe Yılmaz"}


def test_a_search_after_the_list_was_sorted_and_an_item_left_it(qtbot, tab):
    model = tab.model
    ayse = [item for item in items(tab) if item.who == "Ayşe Yılmaz"]
    model.sort(model.column_index("who"), Qt.SortOrder.DescendingOrder)
    model.set_search("yilmaz")
    assert sorted(map(id, items(tab))) == sorted(map(id, ayse))
    model.set_search("")
    model.remove_item(ayse[0])
    model.set_search("yilmaz")
    assert sorted(map(id, items(tab))) == sorted(map(id, ayse[1:]))


def test_enter_opens_each_record_where_it_is_handled(qtbot, main_window, tab, world, monkeypatch):
    opened = []
    monkeypatch.setattr("desktop.views.window.opening.run_dialog", lambda dialog: opened.append(dialog))
    main_window.show()
    qtbot.waitExposed(main_window)
    table = tab.ui.tableView

    select_item(tab, lambda item: item.kind == "meeting" and item.subject.parent_id == world["p1"])
    meeting = tab.model.row_object(table.currentIndex().row())
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = opened.pop()
    assert isinstance(dialog, PeriodDialog) and dialog.period_id == world["p1"]
    assert dialog.ui.pages.currentWidget() is dialog.ui.meetingsPage
    chosen = dialog.meetings.row_object(dialog.ui.meetingsTable.currentIndex().row())
    assert chosen.id == meeting.record_id

    select_item(tab, lambda item: item.kind == "task")
    task = tab.model.row_object(table.currentIndex().row())
    tab.open_selected()
    dialog = opened.pop()
    assert dialog.ui.pages.currentWidget() is dialog.ui.tasksPage
    assert dialog.tasks.row_object(dialog.ui.tasksTable.currentIndex().row()).id == task.record_id

    select_item(tab, lambda item: item.kind == "form")
    tab.open_selected()
    dialog = opened.pop()
    assert isinstance(dialog, FormDialog) and (dialog.kind, dialog.form_id) == ("assignment", world["form"])

    select_item(tab, lambda item: item.kind == "coaching_step")
    step = tab.model.row_object(table.currentIndex().row())
    tab.open_selected()
    dialog = opened.pop()
    assert isinstance(dialog, TrajectoryDialog) and dialog.trajectory_id == world["trajectory"]
    assert dialog.steps.current().id == step.record_id
    for dialog in (*main_window.findChildren(PeriodDialog), *main_window.findChildren(FormDialog)):
        dialog.deleteLater()


def test_a_meeting_marked_held_from_the_list_and_undone(qtbot, main_window, tab, world):
    main_window.show()
    qtbot.waitExposed(main_window)
    select_item(tab, lambda item: item.kind == "meeting" and item.overdue)
    meeting = tab.model.row_object(tab.ui.tableView.currentIndex().row())
    assert tab.ui.doneButton.isEnabled() and tab.ui.doneButton.text() == "Als &gehouden markeren"
    before = tab.model.total_count()
    late = tab.count_buttons["overdue"].text()
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert m.Meeting.get_by_id(meeting.record_id).held_on == TODAY
    assert tab.model.total_count() == before - 1 and meeting not in items(tab)
    assert tab.count_buttons["overdue"].text() != late
    assert main_window.undo_stack.undoText() == "Gesprek als gehouden markeren"

    main_window.undo()
    assert m.Meeting.get_by_id(meeting.record_id).held_on is None
    settled(qtbot, tab)
    assert tab.model.total_count() == before and tab.count_buttons["overdue"].text() == late
    assert any(item.record_id == meeting.record_id and item.kind == "meeting" for item in items(tab))


def test_a_form_cannot_be_marked_done_from_the_list(tab):
    select_item(tab, lambda item: item.kind == "form")
    assert not tab.ui.doneButton.isEnabled()


def test_week_list_and_calendar_of_the_practice_trainer_chosen(qtbot, tab, world, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(files, "open_file", opened.append)
    choose(tab.ui.responsibleCombo, world["po"])
    target = tmp_path / "weeklijst.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    tab.ui.weekListButton.click()
    assert opened == [target]
    text = text_of(target.read_bytes(), tmp_path)
    assert "Weeklijst van Petra Hermans" in text and "Zoë Berg" in text and "Ayşe Yılmaz" not in text

    calendar = tmp_path / "gesprekken.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(calendar), ""))
    tab.ui.calendarButton.click()
    assert opened == [target, calendar]
    content = calendar.read_text(encoding="utf-8")
    assert content.startswith("BEGIN:VCALENDAR") and "Zoë Berg" in content and "Yılmaz" not in content


def test_without_a_practice_trainer_chosen_one_is_asked_for(qtbot, tab, world, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    asked = []

    def answer(parent, title, label, labels, *args):
        asked.append(labels)
        return "Sjef Coenen", True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    monkeypatch.setattr(files, "open_file", lambda path: None)
    calendar = tmp_path / "gesprekken.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(calendar), ""))
    tab.ui.calendarButton.click()
    assert asked == [["Sjef Coenen", "Petra Hermans"]]
    assert "Ayşe Yılmaz" in calendar.read_text(encoding="utf-8")


def test_a_new_day_moves_the_placement_on_and_the_list_follows(qtbot, main_window, tab, world):
    start = next(item for item in items(tab) if item.kind == "placement_start")
    assert start.subject.parent_id == world["p2"] and not start.overdue
    assert not main_window.day_watcher.check()  # still the same day: nothing read again
    clock.set_today(TODAY + DAY)
    assert main_window.day_watcher.check()
    assert m.BpvPeriod.get_by_id(world["p2"]).status == "active"
    assert tab.model.agenda.today == TODAY + DAY
    assert not [item for item in items(tab) if item.kind == "placement_start"]
    change = m.AuditEntry.select().where(
        (m.AuditEntry.table_name == "bpv_period") & (m.AuditEntry.record_id == world["p2"])
    )
    assert change.order_by(m.AuditEntry.id.desc()).first().changed_fields == "status"


def test_a_new_day_after_the_database_closed_reads_nothing(qtbot, main_window, tab, world):
    from desktop.storage.database import close_database

    read = []
    main_window.day_watcher._on_new_day = lambda: read.append(True)
    close_database()
    clock.set_today(TODAY + DAY)
    assert not main_window.day_watcher.check() and read == []


def test_what_a_dialog_opened_from_the_list_saved_shows_when_it_closes(qtbot, main_window, tab, monkeypatch):
    select_item(tab, lambda item: item.kind == "meeting" and item.overdue)
    meeting = tab.model.row_object(tab.ui.tableView.currentIndex().row())
    read = []

    def hold(dialog):  # the coordinator records the meeting as held in the period dialog, and closes it
        service_for(m.Meeting).update(meeting.record_id, held_on=TODAY)
        dialog._outer_change()
        read.append(tab.model.total_count())

    monkeypatch.setattr("desktop.views.window.opening.run_dialog", hold)
    before = tab.model.total_count()
    tab.open_selected()
    assert read == [before]  # not read again while the dialog is open ...
    settled(qtbot, tab)
    assert tab.model.total_count() == before - 1  # ... but once it is closed
    assert not any(item.kind == "meeting" and item.record_id == meeting.record_id for item in items(tab))


def test_a_studentwaardering_due_is_chosen_by_kind_and_typed_in_from_the_list(qtbot, tab, world, monkeypatch):
    from desktop.services import waardering
    from desktop.views.learners.waardering_dialog import WaarderingDialog

    service_for(m.BpvPeriod).update(world["p1"], end_date="2026-11-01", status="completed")
    tab.reload()
    choose(tab.ui.kindCombo, "waardering")
    assert tab.ui.kindCombo.currentText() == "Studentwaardering"
    assert [(item.kind, item.subject.parent_id) for item in items(tab)] == [("waardering", world["p1"])]
    answered = []

    def answer(dialog):  # the coordinator types in the paper questionnaire and saves it
        answered.append(dialog)
        dialog.inputs[waardering.questions()[0].id].setCurrentIndex(4)
        dialog.save_and_close()

    monkeypatch.setattr("desktop.views.window.opening.run_dialog", answer)
    select_item(tab, lambda item: item.kind == "waardering")
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Return)
    assert isinstance(answered[0], WaarderingDialog) and answered[0].period_id == world["p1"]
    assert waardering.evaluation_of(world["p1"]).answers == {waardering.questions()[0].id: 4}
    assert items(tab) == []  # read again once the dialog closed: nothing due any more


def test_where_the_rows_were_before_the_later_kinds_joined_them():
    from desktop.views.overview.model import _positions_before

    a, b, c, d = object(), object(), object(), object()
    assert list(_positions_before([a, c], [a, b, c, d])) == [0, -1, 1, -1]  # in their order: one walk
    assert list(_positions_before([a, c], [c, b, a])) == [1, -1, 0]  # out of it: looked up
