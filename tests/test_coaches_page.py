"""The Coaches page of the Coaching tab: the coach overview and the coach meetings with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.i18n import format_date
from desktop.services import coaches, coaching_trajectories, service_for
from desktop.services.coaching_trajectories import StepLine
from desktop.storage import models as m
from desktop.views.coaching.coaches_page import OVERDUE, CoachesPage
from desktop.views.coaching.meeting_dialog import CoachMeetingDialog
from tests.helpers import dump

TODAY = clock.today()
DAY = dt.timedelta(days=1)


pytestmark = pytest.mark.usefixtures("english")


def staff(first: str, prefix: str, last: str, *roles: str) -> int:
    person = service_for(m.Staff).create(first_name=first, name_prefix=prefix, last_name=last)
    for role in roles:
        service_for(m.StaffRole).create(staff=person.id, role=role)
    return person.id


def trajectory(coach: int, participant: int, status: str, steps: list[StepLine]) -> int:
    values = {"kind": "other", "participant_staff": participant, "coach": coach, "status": status}
    if status in ("completed", "stopped"):
        values["ended_on"] = TODAY - DAY
    return coaching_trajectories.save_trajectory(None, values, steps=steps).id


@pytest.fixture
def people(database):
    ids = {
        "Berg": staff("Zoë", "van der", "Berg", "learning_coach"),
        "Çelik": staff("Jan", "", "Çelik", "learning_coach", "practice_trainer"),
        "Yılmaz": staff("Ayşe", "", "Yılmaz", "learning_coach"),
        "Hart": staff("Bram", "'t", "Hart"),
        "Smit": staff("Sanne", "", "Smit"),
        "Öztürk": staff("Elif", "", "Öztürk"),
    }
    late = [StepLine("learning_goals", TODAY - 10 * DAY), StepLine("intake", TODAY - 3 * DAY),
            StepLine("evaluation", TODAY + 30 * DAY)]  # fmt: skip
    ids["late"] = trajectory(ids["Berg"], ids["Hart"], "active", late)
    ids["planned"] = trajectory(ids["Berg"], ids["Smit"], "planned", [StepLine("intake", TODAY + 5 * DAY)])
    trajectory(ids["Berg"], ids["Öztürk"], "completed", [StepLine("intake", TODAY - 40 * DAY, TODAY - 40 * DAY)])
    ids["on_time"] = trajectory(ids["Çelik"], ids["Öztürk"], "active", [StepLine("progress", TODAY + 2 * DAY)])
    return ids


@pytest.fixture
def page(qtbot, main_window, people) -> CoachesPage:
    page = CoachesPage(main_window, None)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.reload()
    return page


def cells(model, row: int) -> dict[str, str]:
    return {column.key: model.index(row, i).data() for i, column in enumerate(model.columns)}


def coach_cells(page, name: str) -> dict[str, str]:
    row = page.model.row_of(lambda r: r.name == name)
    assert row is not None, name
    return cells(page.model, row)


def colour(model, row: int, key: str):
    value = model.index(row, model.column_index(key)).data(Qt.ItemDataRole.ForegroundRole)
    return value.name() if value is not None else None


def answer(monkeypatch, button=QMessageBox.StandardButton.Yes) -> list:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or button)
    return asked


def test_the_overview_counts_each_coachs_trajectories(page, people):
    assert page.objectName() == "coaching.coaches"
    assert page.ui.tableView.objectName() == "coaching.coaches.table"
    assert page.model.total_count() == 3  # the three leercoaches; the others coach no one
    berg = coach_cells(page, "Zoë van der Berg")
    assert (berg["active"], berg["planned"], berg["completed"], berg["overdue"]) == ("1", "1", "1", "2")
    assert berg["roles"] == "Learning coach"
    assert berg["next"] == "Learning goals with the coach – Bram 't Hart"
    celik = coach_cells(page, "Jan Çelik")
    assert celik["roles"] == "Learning coach, Practice trainer"  # short labels, no Dutch gloss
    assert (celik["active"], celik["overdue"], celik["next"]) == ("1", "0", "Progress talk – Elif Öztürk")
    assert coach_cells(page, "Ayşe Yılmaz")["active"] == "0"
    # Sorted by last name, diacritics folded: Berg, Çelik, Yılmaz.
    assert [page.model.row_object(r).name for r in range(3)] == ["Zoë van der Berg", "Jan Çelik", "Ayşe Yılmaz"]


def test_overdue_steps_and_dates_are_red(page, people):
    berg = page.model.row_of(lambda r: r.name == "Zoë van der Berg")
    celik = page.model.row_of(lambda r: r.name == "Jan Çelik")
    assert colour(page.model, berg, "overdue") == OVERDUE
    assert colour(page.model, berg, "next_on") == OVERDUE
    assert colour(page.model, celik, "overdue") is None
    assert colour(page.model, celik, "next_on") is None
    tip = page.model.index(berg, page.model.column_index("overdue")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 steps are overdue"


def test_the_chosen_coach_shows_their_open_trajectories(qtbot, main_window, page, people):
    assert page.select_coach(people["Berg"])
    rows = [cells(page.trajectories, r) for r in range(page.trajectories.rowCount())]
    assert sorted(r["participant"] for r in rows) == ["Bram 't Hart", "Sanne Smit"]  # not the completed one
    late = page.trajectories.row_of(lambda r: r.id == people["late"])
    assert colour(page.trajectories, late, "participant") == OVERDUE
    assert colour(page.trajectories, late, "next_on") == OVERDUE
    on_time = page.trajectories.row_of(lambda r: r.id == people["planned"])
    assert colour(page.trajectories, on_time, "next_on") is None
    assert "Zoë van der Berg" in page.ui.trajectoriesGroup.title()
    assert page.ui.trajectoriesLabel.text() == "2 open trajectories; 1 with overdue steps"

    main_window.tabs.addTab(page, "Coaches")  # keys reach the page in the active window
    main_window.tabs.setCurrentWidget(page)
    main_window.show()
    qtbot.waitExposed(main_window)
    page.select_trajectory(people["late"])
    page.ui.trajectoriesTable.setFocus()
    with qtbot.waitSignal(page.open_trajectory, timeout=1000) as signal:
        qtbot.keyClick(page.ui.trajectoriesTable, Qt.Key.Key_Return)
    assert signal.args == [people["late"]]
    with qtbot.waitSignal(page.open_trajectory) as signal:
        page.ui.trajectoriesTable.doubleClicked.emit(page.trajectories.index(late, 0))
    assert signal.args == [people["late"]]

    page.select_coach(people["Yılmaz"])
    assert page.trajectories.rowCount() == 0
    assert page.ui.trajectoriesLabel.text() == "Ayşe Yılmaz has no open trajectories."


def test_search_as_you_type_on_the_name_keeps_the_selection_on_reload(page, people):
    assert page.ui.filterEdit.objectName() == "coaching.coaches.filter"
    page.ui.filterEdit.setText("celik")  # without the cedilla
    assert [page.model.row_object(r).name for r in range(page.model.rowCount())] == ["Jan Çelik"]
    assert page.ui.countLabel.text() == "1 of 3 coaches"
    assert page.selected_coach_id() == people["Çelik"]
    page.ui.filterEdit.setText("learning")  # roles are not searched: only the name
    assert page.model.rowCount() == 0
    page.ui.filterEdit.clear()
    page.select_coach(people["Yılmaz"])
    page.reload()
    assert page.selected_coach_id() == people["Yılmaz"]


def test_the_due_label_follows_the_last_meeting_held(page):
    assert page.ui.dueLabel.text() == "No coach meeting has been held yet; coaches meet twice a year."
    coaches.save_meeting(None, TODAY - dt.timedelta(days=300), "", [])
    page.reload()
    assert page.ui.dueLabel.text().startswith("Next coach meeting was due by")
    assert OVERDUE in page.ui.dueLabel.styleSheet()
    coaches.save_meeting(None, TODAY - 10 * DAY, "", [])
    page.reload()
    due = format_date(coaching_trajectories.add_months(TODAY - 10 * DAY, 6), "long")
    assert page.ui.dueLabel.text() == f"Next coach meeting due by {due}."
    assert page.ui.dueLabel.styleSheet() == ""


def test_a_new_meeting_is_saved_and_undone_in_one_step(qtbot, main_window, page, people):
    stack = main_window.undo_stack
    dialog = CoachMeetingDialog(stack, None, page, on_change=page.reload)
    qtbot.addWidget(dialog)
    names = [dialog.ui.attendeesList.item(r).text() for r in range(dialog.ui.attendeesList.count())]
    assert names == ["Zoë van der Berg", "Jan Çelik", "Ayşe Yılmaz"]
    dialog.ui.allButton.click()
    dialog.ui.attendeesList.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ui.countLabel.text() == "2 of 3 coaches"
    dialog.ui.dateEdit.setText((TODAY - 2 * DAY).strftime("%d-%m-%Y"))
    dialog.ui.notesEdit.setPlainText("Intervisie\nCasus besproken")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()  # the main window was active: shortcuts follow the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.ui.notesEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stack.count() == 1

    row = cells(page.meetings, 0)
    assert row["count"] == "2"
    assert row["attendees"] == "Zoë van der Berg, Jan Çelik"
    assert row["notes"] == "Intervisie · Casus besproken"
    assert coach_cells(page, "Jan Çelik")["last_meeting"] == format_date(TODAY - 2 * DAY, "short")

    stack.undo()
    assert m.CoachMeeting.select().count() == 0 and m.CoachMeetingAttendee.select().count() == 0
    assert page.meetings.rowCount() == 0
    stack.redo()
    assert page.meetings.rowCount() == 1
    assert cells(page.meetings, 0)["attendees"] == "Zoë van der Berg, Jan Çelik"


def test_editing_a_meeting_is_one_undo_step(qtbot, main_window, page, people):
    meeting = coaches.save_meeting(None, TODAY - 20 * DAY, "Eerste", [people["Berg"]])
    page.reload()
    stack = main_window.undo_stack
    dialog = CoachMeetingDialog(stack, meeting.id, page, on_change=page.reload)
    qtbot.addWidget(dialog)
    assert dialog.ui.notesEdit.toPlainText() == "Eerste"
    dialog.ui.noneButton.click()
    dialog.ui.attendeesList.item(1).setCheckState(Qt.CheckState.Checked)  # Çelik
    dialog.ui.notesEdit.setPlainText("Tweede")
    assert dialog.save()
    assert dialog.save()  # nothing changed: no second step
    assert stack.count() == 1
    assert cells(page.meetings, 0)["attendees"] == "Jan Çelik"

    stack.undo()
    assert cells(page.meetings, 0)["attendees"] == "Zoë van der Berg"
    assert cells(page.meetings, 0)["notes"] == "Eerste"
    stack.redo()
    assert cells(page.meetings, 0)["attendees"] == "Jan Çelik"
    assert cells(page.meetings, 0)["notes"] == "Tweede"


def test_someone_recorded_stays_in_the_list_when_no_longer_a_coach(qtbot, main_window, page, people):
    meeting = coaches.save_meeting(None, TODAY - 20 * DAY, "", [people["Hart"], people["Berg"]])
    dialog = CoachMeetingDialog(main_window.undo_stack, meeting.id, page)
    qtbot.addWidget(dialog)
    items = [dialog.ui.attendeesList.item(r) for r in range(dialog.ui.attendeesList.count())]
    checked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
    assert checked == ["Zoë van der Berg", "Bram 't Hart"]


@pytest.mark.parametrize(
    ("date", "attend", "field", "reason"),
    [
        ((TODAY + 7 * DAY).strftime("%d-%m-%Y"), True, "attendees", "once the meeting has been held"),
        ("31-02-2026", False, "held_on", "valid date"),
        ("", False, "held_on", ""),
    ],
)
def test_a_refused_meeting_changes_nothing(qtbot, main_window, page, people, db_path, date, attend, field, reason):
    meeting = coaches.save_meeting(None, TODAY - 20 * DAY, "Eerste", [people["Berg"]])
    before = dump(db_path)
    dialog = CoachMeetingDialog(main_window.undo_stack, meeting.id, page)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setText(date)
    if attend:
        dialog.ui.allButton.click()
    dialog.ui.notesEdit.setPlainText("Gewijzigd")
    assert not dialog.save()
    assert dump(db_path) == before
    assert main_window.undo_stack.count() == 0
    widget = dialog.errors.widgets[field]
    assert "#b00020" in widget.styleSheet()
    assert reason in dialog.ui.errorLabel.text()


def test_a_future_meeting_without_attendees_is_planned(qtbot, main_window, page):
    dialog = CoachMeetingDialog(main_window.undo_stack, None, page, on_change=page.reload)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setText((TODAY + 30 * DAY).strftime("%d-%m-%Y"))
    assert dialog.save()
    assert cells(page.meetings, 0)["attendees"] == "(planned)"
    assert "Planned on" in page.ui.dueLabel.text()


def test_deleting_a_meeting_asks_first_and_can_be_undone(monkeypatch, main_window, page, people, db_path):
    meeting = coaches.save_meeting(None, TODAY - 20 * DAY, "Notities", [people["Berg"], people["Çelik"]])
    page.reload()
    before = dump(db_path)
    assert page.select_meeting(meeting.id)
    assert page.ui.deleteMeetingButton.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    page.ui.deleteMeetingButton.click()
    assert asked and page.meetings.rowCount() == 1

    answer(monkeypatch)
    page.ui.deleteMeetingButton.click()
    assert page.meetings.rowCount() == 0
    assert m.CoachMeetingAttendee.select().count() == 0
    assert not page.ui.deleteMeetingButton.isEnabled()

    main_window.undo_stack.undo()
    assert cells(page.meetings, 0)["attendees"] == "Zoë van der Berg, Jan Çelik"
    assert coach_cells(page, "Zoë van der Berg")["last_meeting"] != ""
    main_window.undo_stack.redo()
    assert page.meetings.rowCount() == 0
    main_window.undo_stack.undo()
    after = [line for line in dump(db_path) if "audit_log" not in line and "sqlite_sequence" not in line]
    assert after == [line for line in before if "audit_log" not in line and "sqlite_sequence" not in line]


def test_undoing_a_delete_after_an_attendee_was_deleted_is_refused(monkeypatch, main_window, page, people):
    meeting = coaches.save_meeting(None, TODAY - 20 * DAY, "", [people["Yılmaz"]])
    page.reload()
    page.select_meeting(meeting.id)
    answer(monkeypatch)
    page.delete_meeting()
    service_for(m.Staff).delete(people["Yılmaz"])
    main_window.undo_stack.undo()  # no exception escapes into Qt
    command = main_window.undo_stack.command(0)
    assert command is None or command.failed is not None
    assert m.CoachMeeting.select().count() == 0


def test_retranslate_follows_the_language(page, monkeypatch):
    from desktop import i18n

    i18n.set_language("nl")
    page.retranslate()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Coach"
    assert page.ui.meetingsGroup.title() != ""


def test_models_pass_the_model_tester(qtmodeltester, page):
    for model in (page.model, page.trajectories, page.meetings):
        qtmodeltester.check(model)


def test_retranslate_reads_nothing_so_it_works_without_a_database(qtbot, database):
    from desktop.storage.database import close_database

    fresh, loaded = CoachesPage(None, None), CoachesPage(None, None)
    qtbot.addWidget(fresh)
    qtbot.addWidget(loaded)
    loaded.reload()
    close_database()
    fresh.retranslate()  # the main window retranslates its tabs even while no database is open
    loaded.retranslate()
    assert fresh.ui.dueLabel.text() == ""
    assert loaded.ui.dueLabel.text().startswith("No coach meeting")
