"""A tab's keys (Insert, Delete, Enter), double-click and context menu follow the same role limits as its buttons: for a
read-only login on a server they open no dialog and ask nothing (the server would refuse the save), on every tab; for
whoever opened a file they do what the buttons do, which shows that the test reaches them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QHeaderView, QMenu, QMessageBox

from desktop.services import forms, service_for
from desktop.storage import models as m
from tests.test_role_window import filled_as_owner, window_as
from tests.test_server_roles import server  # noqa: F401 - the fixture

WRITING_KEYS = [
    QKeySequence(key) for key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)
]
# The overview's Enter and double-click open a record as its Open button does, which a read-only login keeps (to read);
# its Ctrl+D marks done, as its hidden Done button would.
OVERVIEW_KEYS = [QKeySequence("Ctrl+D")]


def fill() -> None:
    """What each tab lists: a learner in a period with a form, a coaching trajectory, a training with an enrolment."""
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    coach = service_for(m.Staff).create(first_name="Jan", last_name="Bos")
    service_for(m.StaffRole).create(staff=coach.id, role="learning_coach")
    learner = service_for(m.Learner).create(first_name="Zoë", last_name="Çelik", learner_type="bbl")
    period = service_for(m.BpvPeriod).create(
        learner=learner.id, programme=programme.id, school=school.id, practice_trainer=coach.id,
        start_date=dt.date(2026, 9, 1), end_date=dt.date(2027, 6, 30),
    )  # fmt: skip
    forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    service_for(m.CoachingTrajectory).create(kind="learning_coach", participant_learner=learner.id, coach=coach.id)
    training = service_for(m.Training).create(title="Tilvaardigheid", kind="classroom")
    session = service_for(m.TrainingSession).create(training=training.id, capacity=4)
    service_for(m.Enrolment).create(training=training.id, session=session.id, staff=coach.id)


@pytest.fixture
def shown(monkeypatch):
    """Every dialog opened and every question or message box shown, by its class or title."""
    seen: list[str] = []

    def record(name):
        return lambda self, *args: seen.append(f"{name}:{type(self).__name__}")

    for method in ("exec", "open", "show"):
        monkeypatch.setattr(QDialog, method, record(method))
    for kind in ("question", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, *rest, kind=kind: seen.append(f"{kind}:{title}"))
    return seen


@pytest.fixture
def menus():
    """The entries of every context menu opened (read and closed as soon as it shows)."""
    return []


def _open_menu(view, entries: list[str]) -> None:
    def read_and_close() -> None:
        for menu in QApplication.topLevelWidgets():
            if isinstance(menu, QMenu) and menu.isVisible():
                entries.extend(action.text() for action in menu.actions() if action.text())
                menu.close()

    QTimer.singleShot(0, read_and_close)
    view.customContextMenuRequested.emit(QPoint(1, 1))


def _tables(page) -> list[QAbstractItemView]:
    views = page.findChildren(QAbstractItemView)
    return [view for view in views if view.model() is not None and not isinstance(view, QHeaderView)]


def _choose_first_rows(page) -> None:
    for _round in range(3):  # a list shows the rows of what is chosen in the one before it
        for view in _tables(page):
            if view.model().rowCount() and not view.selectionModel().hasSelection():
                view.setCurrentIndex(view.model().index(0, 0))
                view.selectRow(0) if hasattr(view, "selectRow") else None


def use_keys_double_clicks_and_menus(window, entries: list[str]) -> dict[str, int]:
    """On every tab, its writing keys, a double-click on the first row of each list and its context menus; how many
    lists had a row, by tab."""
    rows = {}
    for page in window.build_pages():
        page.reload()
        name = page.objectName()
        if name == "tab.coaching":
            page.coaches.reload()
        _choose_first_rows(page)
        keys = OVERVIEW_KEYS if name == "tab.overview" else WRITING_KEYS
        for shortcut in page.findChildren(QShortcut):
            if shortcut.key() in keys:
                shortcut.activated.emit()
        rows[name] = 0
        for view in _tables(page):
            if not view.model().rowCount():
                continue
            rows[name] += 1
            if name != "tab.overview":
                view.doubleClicked.emit(view.model().index(0, 0))
            if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
                _open_menu(view, entries)
    return rows


@pytest.mark.file_only
def test_on_a_file_the_keys_double_click_and_menus_open_the_dialogs(qtbot, main_window, database, shown, menus):
    fill()
    rows = use_keys_double_clicks_and_menus(main_window, menus)

    assert all(rows[name] for name in ("tab.learners", "tab.coaching", "tab.trainings", "tab.forms")), rows
    opened = {entry.split(":")[1] for entry in shown if entry.startswith("exec:")}
    assert {"LearnerDialog", "TrajectoryDialog", "TrainingDialog", "FormDialog"} <= opened, shown
    assert any(entry.startswith("question:") for entry in shown)  # Delete asks first
    assert {"&Bewerken…", "&Verwijderen…"} <= set(menus), menus


def test_a_read_only_logins_keys_double_click_and_menus_open_nothing_on_any_tab(
    qtbot,
    server,  # noqa: F811
    shown,
    menus,
):
    filled_as_owner(server, fill)
    window = window_as(qtbot, server, "readonly")

    rows = use_keys_double_clicks_and_menus(window, menus)

    assert all(rows[name] for name in ("tab.coaching", "tab.trainings")), rows
    assert shown == []
    assert "&Bewerken…" not in menus and "&Verwijderen…" not in menus
