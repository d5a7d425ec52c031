"""The window hides what the connected login's role may not do (the server refuses it anyway): everything shows on a
file, a praktijkopleider's login on a server sees only their learners' periods and forms."""

from __future__ import annotations

import psycopg2
from PySide6.QtWidgets import QLabel

from desktop.services import forms, learner_list
from desktop.services.roles import current_permissions
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from desktop.views.window.main import MainWindow
from tests.test_server_roles import server, two_trainers  # noqa: F401 - the fixtures


def filled_as_owner(server, fill) -> None:  # noqa: F811
    """`fill()` run on the test server's database as its owner, before a login of a role opens it."""
    postgres_server, name, _login = server
    open_database(postgres_server.url(name))
    try:
        fill()
    finally:
        close_database()


def window_as(qtbot, server, role: str, staff: int | None = None) -> MainWindow:  # noqa: F811
    """The main window of a new login of `role` (linked to `staff`) on the test server's database."""
    postgres_server, name, login = server
    open_database(postgres_server.url(name, user=login(role, staff=staff)))
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _visible_tabs(window) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count()) if window.tabs.isTabVisible(index)]


def test_on_a_file_the_coordinator_sees_everything(main_window):
    assert current_permissions().role == "coordinator"
    assert _visible_tabs(main_window) == ["Overzicht", "Lerenden", "Coaching", "Trainingen", "Bpv-formulieren"]
    for action in (main_window.ui.actionReferenceData, main_window.ui.actionReports, main_window.action_privacy):
        assert action.isVisible()
    assert main_window.findChild(QLabel, "main.role").text() == ""


def test_a_praktijkopleider_sees_only_their_learners_and_forms(qtbot, server, two_trainers):  # noqa: F811
    postgres_server, name, _login = server
    jan = two_trainers["Jan"]
    open_database(postgres_server.url(name))
    for _trainer, _learner, period in two_trainers.values():
        forms.save_assessment(None, {"period": period, "kind": "interim"})
    window = window_as(qtbot, server, "praktijkopleider", staff=jan[0])
    assert _visible_tabs(window) == ["Lerenden", "Bpv-formulieren"]
    assert window.tabs.currentIndex() == 1 and window.pages[0].objectName() == "tab.learners"
    window.build_pages()
    assert [page.objectName() for page in window.pages] == ["tab.learners", "tab.forms"]  # the others never read
    for action in (window.ui.actionReferenceData, window.ui.menuOverview.menuAction(), window.action_privacy):
        assert not action.isVisible()
    assert window.findChild(QLabel, "main.role").text().startswith("Rol praktijkopleider")
    # Their learners' forms, and only those (the Learners tab's list does not run on a server yet).
    page = window.pages[1]
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    assert [page.model.index(0, 1).data()] == ["Zoë Çelik"]


# What each tab lets a person add, change or delete with; what it lets them read, print or save stays.
WRITING_BUTTONS = {
    "tab.overview": ["doneButton"],
    "tab.learners": ["newButton", "editButton", "deleteButton", "importButton", "waarderingButton"],
    "tab.coaching": ["newButton", "editButton", "deleteButton"],
    "tab.trainings": [
        "newButton", "editButton", "deleteButton", "importCompletionsButton", "newSessionButton", "editSessionButton",
        "deleteSessionButton", "attendanceButton", "enrolButton", "editEnrolmentButton", "cancelEnrolmentButton",
        "completeButton", "deleteEnrolmentButton",
    ],
    "tab.forms": ["newAssignmentButton", "newAssessmentButton", "editButton", "deleteButton", "schoolButton"],
}  # fmt: skip
READING_BUTTONS = {"tab.learners": ["exportButton"], "tab.forms": ["previewButton", "printButton", "saveButton"]}
MEETING_BUTTONS = ["newMeetingButton", "editMeetingButton", "deleteMeetingButton"]


def _hidden(page, names: list[str]) -> list[bool]:
    return [getattr(page.ui, name).isHidden() for name in names]


def test_on_a_file_every_button_shows(qtbot, main_window):
    for page in main_window.build_pages():
        assert not any(_hidden(page, WRITING_BUTTONS[page.objectName()])), page.objectName()


def test_a_read_only_login_sees_every_tab_and_no_button_that_changes_anything(qtbot, server, two_trainers):  # noqa: F811
    window = window_as(qtbot, server, "readonly")
    assert _visible_tabs(window) == ["Overzicht", "Lerenden", "Coaching", "Trainingen", "Bpv-formulieren"]
    assert window.ui.actionReports.isVisible() and not window.ui.actionReferenceData.isVisible()
    assert window.findChild(QLabel, "main.role").text() == "Rol alleen lezen: u kunt alles lezen en niets wijzigen."
    pages = {page.objectName(): page for page in window.build_pages()}
    for page_name, buttons in WRITING_BUTTONS.items():
        assert all(_hidden(pages[page_name], buttons)), page_name
    for page_name, buttons in READING_BUTTONS.items():
        assert not any(_hidden(pages[page_name], buttons)), page_name
    assert all(_hidden(pages["tab.coaching"].coaches, MEETING_BUTTONS))


def _learner_names(page) -> list[str]:
    return sorted(page.model.index(row, 0).data() for row in range(page.model.rowCount()))


def test_a_read_only_login_reads_the_learners_list_without_writing_what_others_read(
    qtbot,
    server,  # noqa: F811
    two_trainers,  # noqa: F811
):
    postgres_server, name, _login = server
    owner = psycopg2.connect(host="127.0.0.1", port=postgres_server.port, user="leerwerk_test", dbname=name)
    owner.autocommit = True

    def stored(sql: str) -> list[tuple]:
        with owner.cursor() as cursor:
            cursor.execute(sql)
            return sorted(cursor.fetchall()) if cursor.description else []

    marked = stored("SELECT learner_id FROM learner_line_stale")
    assert len(marked) == 2 and stored("SELECT id FROM learner_line") == []  # nobody has read the list yet
    window = window_as(qtbot, server, "readonly")
    page = window.build_pages()[1]
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30_000)
    assert _learner_names(page) == ["Sem Çelik", "Zoë Çelik"]
    # Its stale lines stayed in its own session: what everybody reads is as it was.
    assert stored("SELECT learner_id FROM learner_line_stale") == marked
    assert stored("SELECT id FROM learner_line") == []
    # A change marks its learner again, and the list reads what the learner is now.
    stored("UPDATE learner SET first_name = 'Zoey' WHERE first_name = 'Zoë'")
    page.reload()
    qtbot.waitUntil(lambda: _learner_names(page) == ["Sem Çelik", "Zoey Çelik"], timeout=30_000)
    # The owner's program writes the lines meanwhile: the list reads the stored ones, each learner once.
    read_only = m.db.obj
    owner_program = open_database(postgres_server.url(name), bind=False)
    m.db.initialize(owner_program)
    try:
        learner_list.refresh()
    finally:
        m.db.initialize(read_only)
        owner_program.close()
    assert stored("SELECT learner_id FROM learner_line_stale") == []
    assert stored("SELECT id FROM learner_line") == marked
    page.reload()
    qtbot.waitUntil(lambda: page.model.total_count() == 2, timeout=30_000)
    assert _learner_names(page) == ["Sem Çelik", "Zoey Çelik"]
    owner.close()
