"""The window hides what the connected login's role may not do (the server refuses it anyway): everything shows on a
file, a praktijkopleider's login on a server sees only their learners' periods and forms."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.services import forms
from desktop.services.roles import current_permissions
from desktop.storage.database import open_database
from desktop.views.window.main import MainWindow
from tests.test_server_roles import server, two_trainers  # noqa: F401 - the fixtures


def _visible_tabs(window) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count()) if window.tabs.isTabVisible(index)]


def test_on_a_file_the_coordinator_sees_everything(main_window):
    assert current_permissions().role == "coordinator"
    assert _visible_tabs(main_window) == ["Overzicht", "Lerenden", "Coaching", "Trainingen", "Bpv-formulieren"]
    for action in (main_window.ui.actionReferenceData, main_window.ui.actionReports, main_window.action_privacy):
        assert action.isVisible()
    assert main_window.findChild(QLabel, "main.role").text() == ""


def test_a_praktijkopleider_sees_only_their_learners_and_forms(qtbot, server, two_trainers):  # noqa: F811
    postgres_server, name, login = server
    jan = two_trainers["Jan"]
    open_database(postgres_server.url(name))
    for _trainer, _learner, period in two_trainers.values():
        forms.save_assessment(None, {"period": period, "kind": "interim"})
    open_database(postgres_server.url(name, user=login("praktijkopleider", staff=jan[0])))
    window = MainWindow()
    qtbot.addWidget(window)
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


def test_a_read_only_login_sees_every_tab_and_no_administration(qtbot, server):  # noqa: F811
    postgres_server, name, login = server
    open_database(postgres_server.url(name, user=login("readonly")))
    window = MainWindow()
    qtbot.addWidget(window)
    assert _visible_tabs(window) == ["Overzicht", "Lerenden", "Coaching", "Trainingen", "Bpv-formulieren"]
    assert window.ui.actionReports.isVisible() and not window.ui.actionReferenceData.isVisible()
    assert window.findChild(QLabel, "main.role").text() == "Rol alleen lezen: u kunt alles lezen en niets wijzigen."
