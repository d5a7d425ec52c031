"""Hermetic tests: offscreen Qt, a fresh LEERWERK_HOME (settings, logs, backups) and database per test."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# One fixed day for every test and every program a test starts (desktop.clock reads it), so that nothing depends
# on the day the suite runs. Run on another day with e.g. `LEERWERK_TODAY=2028-02-29 python -m pytest`.
os.environ.setdefault("LEERWERK_TODAY", "2026-11-18")

import datetime as dt  # noqa: E402
import logging  # noqa: E402

import pytest  # noqa: E402

from desktop import clock, collector, i18n, logs  # noqa: E402
from desktop.services import service_for  # noqa: E402
from desktop.storage import cipher  # noqa: E402
from desktop.storage import models as m  # noqa: E402
from desktop.storage.database import close_database, open_database  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the database engine of the services and storage tests (postgresql: a throwaway server on loopback)",
    )


def pytest_collection_modifyitems(config, items):
    if config.getoption("--engine") == "sqlite":
        return
    file_only = pytest.mark.skip(reason="a feature of a database file, which a server database does not have")
    sqlite_only = pytest.mark.skip(reason="the fault is made with SQLite's own means")
    for item in items:
        if item.get_closest_marker("file_only"):
            item.add_marker(file_only)
        elif item.get_closest_marker("sqlite_only"):
            item.add_marker(sqlite_only)


@pytest.fixture(scope="session")
def postgres_server():
    """One throwaway PostgreSQL server for the session (tests/postgres_server.py); skipped where PostgreSQL is not
    installed, except on CI, which installs it (.ci/run) and must not pass by skipping."""
    from tests.postgres_server import binaries, start_server

    if binaries() is None and not os.environ.get("CI"):
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def server_url(postgres_server, postgres_template):
    """The address of a migrated LeerWerk database of its own on the test server, not bound (as a person would give
    it to ``--db`` or File > Connect to server)."""
    from desktop.storage import server

    name = postgres_server.create_database(template=postgres_template)
    yield postgres_server.url(name)
    close_database()
    server.forget_passwords()
    postgres_server.drop_database(name)


@pytest.fixture
def password_login(postgres_server):
    """(login, password) of a login the server asks a password of."""
    import uuid

    from desktop.storage import server
    from tests.postgres_server import add_password_login

    name, password = f"pw_{uuid.uuid4().hex[:8]}", "Ge#heim 42"
    add_password_login(postgres_server, name, password)
    yield name, password
    server.forget_passwords()


@pytest.fixture
def postgres_url(postgres_server):
    """The address of a new, empty database on the test server, dropped after the test."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    close_database()
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def postgres_template(postgres_server):
    """A database on the test server with LeerWerk's schema, copied for each test that wants one (`database`)."""
    from desktop.storage.server import open_server

    name = postgres_server.create_database()
    open_server(postgres_server.url(name)).release()
    return name


@pytest.fixture
def engine(request):
    return request.config.getoption("--engine")


@pytest.fixture(autouse=True)
def leerwerk_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("LEERWERK_HOME", str(home))
    monkeypatch.delenv("LEERWERK_DB", raising=False)
    monkeypatch.delenv("LEERWERK_LANG", raising=False)
    # A test that starts the window installs its error dialog as the exception hook: undone after the test, so that
    # a later test's error fails that test instead of waiting on a modal dialog no one closes.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # The collector's pause at a start (and the freeze after it) is for a process that starts once: a test session
    # opens hundreds of windows, whose objects it would keep out of the collector or leave to pile up between pauses
    # (a run ended in a segmentation fault collecting them). `tests/test_start_collector.py` tests it in processes
    # of their own.
    monkeypatch.setattr(collector, "pause_for_start", lambda: None)
    # As in the program, the collector runs on the GUI thread only, never on a worker (`desktop.collector`): between
    # tests, and on the timer while a test waits for something.
    gui_thread_collector = _application_exists()
    if gui_thread_collector:
        collector.collect_on_gui_thread()
    i18n.set_language("nl")
    clock.set_today(None)
    yield home
    clock.set_today(None)
    _close_windows_left_open()
    from PySide6.QtCore import QThreadPool

    # A worker still reading (the overview's later part) ends before its database; bounded, so that a test that
    # failed while holding a job back does not hang the run.
    QThreadPool.globalInstance().waitForDone(30_000)
    if gui_thread_collector or _application_exists():
        collector.collect_on_gui_thread()
        collector.collect_due()
    close_database()
    cipher.forget_all()  # passphrases given in one test are not known in the next
    i18n.set_language("nl")


def _application_exists() -> bool:
    if "PySide6.QtWidgets" not in sys.modules:
        return False
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None


def _close_windows_left_open() -> None:
    """Windows a test left open go with it: their timers (a column width saved 400 ms after a resize) would
    otherwise fire in a later test, under that test's settings folder."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "leerwerk.sqlite3"


@pytest.fixture
def database(request, engine, db_path):
    """A new, migrated database bound to the models: a file, or with ``--engine=postgresql`` a database of its own on
    the test server."""
    if engine == "sqlite":
        return open_database(db_path)
    server, template = request.getfixturevalue("postgres_server"), request.getfixturevalue("postgres_template")
    name = server.create_database(template=template)
    request.addfinalizer(lambda: server.drop_database(name))
    request.addfinalizer(close_database)
    return open_database(server.url(name))


@pytest.fixture
def main_window(qtbot, db_path, monkeypatch):
    from desktop.app import open_main_window

    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.build_pages()  # tests reach into every tab; a start builds a page when its tab is first shown
    return window


@pytest.fixture
def english(monkeypatch):
    """English, the msgids themselves, so that what a test expects does not wait for the Dutch catalogue: in this
    process and in a program the test starts (LEERWERK_LANG). A module that is English throughout says
    ``pytestmark = pytest.mark.usefixtures("english")``."""
    monkeypatch.setenv("LEERWERK_LANG", "en")
    i18n.set_language("en")


@pytest.fixture
def debug_log():
    root = logging.getLogger()
    previous = root.level
    path = logs.configure_logging(logging.DEBUG)
    yield path
    root.setLevel(previous)
    for handler in list(root.handlers):
        if getattr(handler, "_leerwerk", False):
            root.removeHandler(handler)
            handler.close()
    logs._configured.clear()


@pytest.fixture
def period(database):
    """A learner in a BPV period with a school supervisor, a practice trainer and three work processes."""
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    supervisor = service_for(m.SchoolSupervisor).create(school=school.id, first_name="Ayşe", last_name="Yılmaz")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    for position, code in enumerate(("B1-K1-W1", "B1-K1-W2", "B1-K2-W1")):
        service_for(m.WorkProcess).create(
            programme=programme.id, code=code, title=f"Werkproces {code}", position=position
        )
    trainer = service_for(m.Staff).create(first_name="Jan", last_name="de Vries")
    person = service_for(m.Learner).create(first_name="Zoë", last_name="Çelik", learner_type="bbl")
    return service_for(m.BpvPeriod).create(
        learner=person.id,
        programme=programme.id,
        school=school.id,
        school_supervisor=supervisor.id,
        practice_trainer=trainer.id,
        start_date=dt.date(2026, 9, 1),
        end_date=dt.date(2027, 6, 30),
    )
