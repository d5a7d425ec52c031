"""The windows beside the main window that a read-only login may open to read (budget, learning climate, school
evaluations) hide every button that would add, change or delete, as the tabs do, and keep their exports; their text
fields cannot be typed in and show no hint of what to type, the learning climate's drop-downs and check boxes cannot be
changed by a key or a click, and the budget's Enter saves nothing. Shown by a real read-only login on the PostgreSQL
server; on a file, the same buttons are there and the same keys and clicks change the choices, which shows that the
test reaches them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop import clock
from desktop.services import evaluations, service_for
from desktop.services.budget import budgets_of
from desktop.storage import models as m
from desktop.views.budget.window import BudgetWindow
from desktop.views.climate.window import ClimateWindow
from desktop.views.quality.school_reviews import SchoolReviewsDialog
from tests.test_role_window import filled_as_owner, window_as
from tests.test_server_roles import server  # noqa: F401 - the fixture

WRITERS = {
    BudgetWindow: (
        "setBudgetButton", "agreeButton", "newRequestButton", "openRequestButton", "deleteRequestButton",
        "undoButton", "redoButton",
    ),
    ClimateWindow: (
        "newRoundButton", "editRoundButton", "deleteRoundButton", "typeButton", "importButton", "newActionButton",
        "saveActionButton", "deleteActionButton", "newEntryButton", "saveEntryButton", "deleteEntryButton",
        "newGroupButton", "saveGroupButton",
    ),
    SchoolReviewsDialog: ("newButton", "saveButton", "deleteButton"),
}  # fmt: skip
EXPORTS = {
    BudgetWindow: (
        "spendXlsxButton", "spendPdfButton", "planXlsxButton", "planPdfButton", "agreedXlsxButton", "agreedPdfButton",
    ),
    ClimateWindow: ("pdfButton", "xlsxButton"),
    SchoolReviewsDialog: ("printButton",),
}  # fmt: skip
FIELDS = {
    ClimateWindow: (
        "whatEdit", "whoEdit", "dueEdit", "doneEdit", "heldEdit", "topicEdit", "notesEdit", "groupNameEdit",
        "rhythmEdit",
    ),
    SchoolReviewsDialog: ("heldEdit", "participantsEdit", "agreementsEdit", "followUpEdit"),
    BudgetWindow: ("budgetEdit",),
}  # fmt: skip

CHOICES = ("entryKindCombo", "facilitatorCombo", "participantsList", "groupKindCombo", "groupActiveCheck")


@pytest.fixture(autouse=True)
def fixed_day():
    clock.set_today(dt.date(2026, 10, 1))
    yield
    clock.set_today(None)


def fill() -> None:
    """A school with an evaluation, so that the evaluation dialog shows one in its fields."""
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    evaluations.save_school_review(school.id, dt.date(2026, 3, 2), "Jan Bos", "Elk kwartaal overleg.", None)
    service_for(m.Staff).create(first_name="Jan", last_name="Bos")  # someone to name in the climate's register


def open_windows(qtbot, main_window) -> list:
    windows = [BudgetWindow(main_window), ClimateWindow(main_window), SchoolReviewsDialog(main_window)]
    for window in windows:
        qtbot.addWidget(window)
    return windows


def hidden(window, names) -> dict[str, bool]:
    return {name: getattr(window.ui, name).isHidden() for name in names}


def read_only(window) -> dict[str, bool]:
    return {name: getattr(window.ui, name).isReadOnly() for name in FIELDS[type(window)]}


def hints(window) -> dict[str, str]:
    return {name: getattr(window.ui, name).placeholderText() for name in FIELDS[type(window)]}


def choices_shown(climate: ClimateWindow) -> dict[str, object]:
    ui = climate.ui
    people = ui.participantsList.model()
    return {
        "entryKindCombo": ui.entryKindCombo.currentIndex(),
        "facilitatorCombo": ui.facilitatorCombo.currentIndex(),
        "participantsList": [
            people.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) for row in range(people.rowCount())
        ],
        "groupKindCombo": ui.groupKindCombo.currentIndex(),
        "groupActiveCheck": ui.groupActiveCheck.isChecked(),
    }


def try_to_change_choices(qtbot, climate: ClimateWindow) -> None:
    """A key on each drop-down, Space on the first person of the register's list, a click on the check box."""
    ui = climate.ui
    for combo in (ui.entryKindCombo, ui.facilitatorCombo, ui.groupKindCombo):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    ui.participantsList.setCurrentIndex(ui.participantsList.model().index(0, 0))
    qtbot.keyClick(ui.participantsList, Qt.Key.Key_Space)
    qtbot.mouseClick(ui.groupActiveCheck, Qt.MouseButton.LeftButton)


def enter_a_budget(budget: BudgetWindow) -> None:
    budget.ui.budgetEdit.setText("1000")
    budget.ui.budgetEdit.returnPressed.emit()


@pytest.mark.file_only
def test_on_a_file_the_windows_show_their_writing_buttons(qtbot, main_window, database):
    fill()
    windows = open_windows(qtbot, main_window)

    for window in windows:
        assert not any(hidden(window, WRITERS[type(window)]).values()), type(window).__name__
        assert not any(hidden(window, EXPORTS[type(window)]).values()), type(window).__name__
    reviews = windows[2]
    assert reviews.ui.participantsEdit.text() == "Jan Bos"
    assert not any(any(read_only(window).values()) for window in windows)
    assert windows[0].ui.budgetEdit.placeholderText()
    assert windows[1].ui.roundInfoLabel.text() == "Nog geen scanronde. Begin er een met Nieuwe ronde."
    climate = windows[1]
    before = choices_shown(climate)
    assert len(before["participantsList"]) == 1
    try_to_change_choices(qtbot, climate)
    after = choices_shown(climate)
    assert all(after[name] != before[name] for name in CHOICES), (before, after)
    enter_a_budget(windows[0])
    assert [row["amount"] for row in budgets_of(2026)] == [1000]


def test_a_read_only_login_reads_the_windows_without_their_writing_buttons(
    qtbot,
    server,  # noqa: F811
):
    filled_as_owner(server, fill)
    main_window = window_as(qtbot, server, "readonly")
    windows = open_windows(qtbot, main_window)

    for window in windows:
        assert all(hidden(window, WRITERS[type(window)]).values()), hidden(window, WRITERS[type(window)])
        assert not any(hidden(window, EXPORTS[type(window)]).values()), type(window).__name__
    reviews = windows[2]
    assert reviews.ui.participantsEdit.text() == "Jan Bos"  # it reads the evaluation
    for window in windows:  # nobody types what no save would keep, nor is asked to
        assert all(read_only(window).values()), read_only(window)
        assert not any(hints(window).values()), hints(window)
    climate = windows[1]
    before = choices_shown(climate)
    assert len(before["participantsList"]) == 1
    try_to_change_choices(qtbot, climate)
    assert choices_shown(climate) == before
    assert windows[1].ui.roundInfoLabel.text() == "Nog geen scanronde."  # not: start one with a button it lacks
    enter_a_budget(windows[0])
    assert budgets_of(2026) == []
    assert windows[0].ui.budgetErrorLabel.isHidden()  # nothing was tried, so the server refused nothing
