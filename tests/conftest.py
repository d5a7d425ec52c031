"""Hermetic tests: offscreen Qt, a fresh LEERWERK_HOME (settings, logs, backups) and database per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# One fixed day for every test and every program a test starts (desktop.clock reads it), so that nothing depends
# on the day the suite runs. Run on another day with e.g. `LEERWERK_TODAY=2028-02-29 python -m pytest`.
os.environ.setdefault("LEERWERK_TODAY", "2026-11-18")

import pytest  # noqa: E402

from desktop import clock, i18n  # noqa: E402
from desktop.storage import cipher  # noqa: E402
from desktop.storage.database import close_database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def leerwerk_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("LEERWERK_HOME", str(home))
    monkeypatch.delenv("LEERWERK_DB", raising=False)
    monkeypatch.delenv("LEERWERK_LANG", raising=False)
    i18n.set_language("nl")
    clock.set_today(None)
    yield home
    clock.set_today(None)
    close_database()
    cipher.forget_all()  # passphrases given in one test are not known in the next
    i18n.set_language("nl")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "leerwerk.sqlite3"


@pytest.fixture
def database(db_path):
    """A new, migrated database bound to the models."""
    return open_database(db_path)


@pytest.fixture
def main_window(qtbot, db_path, monkeypatch):
    from desktop.app import open_main_window

    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.build_pages()  # tests reach into every tab; a start builds a page when its tab is first shown
    return window
