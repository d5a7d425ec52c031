"""The window on a server database: File > Connect to server… tests the address and reopens the window on it; the
password is asked, refused in words, and remembered only in a credential store when the person ticks it; backups
and encryption are disabled there with the reason; the tabs read from the server. Against the real test server."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from desktop import paths
from desktop.services import service_for
from desktop.settings import LAST_SERVER, Settings
from desktop.storage import credentials
from desktop.storage import models as m
from desktop.storage.database import close_database, current_address, open_database
from tests.helpers import everything_logged, on_next_dialog

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def window(qtbot, db_path):
    """The window on a file, as a start opens it: the first tab (the overview) built, the others when shown."""
    from desktop.app import open_main_window

    opened = open_main_window(db_path)
    qtbot.addWidget(opened)
    return opened


def _fill(dialog, url: str, *, login: str | None = None, password: str = "") -> None:
    parts = urlsplit(url)
    dialog.ui.hostEdit.setText(parts.hostname)
    dialog.ui.portSpin.setValue(parts.port)
    dialog.ui.databaseEdit.setText(parts.path.lstrip("/"))
    dialog.ui.userEdit.setText(login or parts.username)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.sslCombo.setCurrentIndex(dialog.ui.sslCombo.findData("disable"))


def _connect(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _settings_text() -> str:
    return paths.settings_file().read_text(encoding="utf-8")


def _address(url: str, login: str | None = None) -> str:
    parts = urlsplit(url)
    return f"postgresql://{login or parts.username}@{parts.hostname}:{parts.port}{parts.path}?sslmode=disable"


def test_connect_to_server_reopens_the_window_on_it(qtbot, window, server_url, tmp_path):
    shown = on_next_dialog(lambda dialog: (_fill(dialog, server_url), _connect(dialog)), name="server.connect")
    window.ui.actionConnectServer.trigger()
    assert shown == ["server.connect"]
    address = _address(server_url)
    assert current_address() == address
    assert window.db_label.text() == f"Database: {address}"
    assert window.windowTitle() == f"{urlsplit(server_url).path.lstrip('/')} on 127.0.0.1 — LeerWerk"
    for action in (window.action_backup, window.action_restore):
        assert not action.isEnabled()
        assert "backed up by the server's IT supplier (pg_dump)" in action.toolTip()
    assert not window.action_encryption.isEnabled()
    assert "not by a LeerWerk passphrase" in window.action_encryption.toolTip()
    assert Settings().last_database() == address and Settings().get(LAST_SERVER) == address
    # And back to a file: its actions are its own again.
    assert window.switch_database(tmp_path / "ander.sqlite3")
    assert window.action_backup.isEnabled() and window.action_encryption.isEnabled()
    assert "pg_dump" not in window.action_backup.toolTip()


def test_the_dialog_says_why_a_server_refuses_and_opens_with_the_right_password(
    qtbot, window, server_url, password_login
):
    login, password = password_login
    said: list[str] = []

    def first_wrong_then_right(dialog) -> None:
        assert not dialog.ui.rememberCheck.isEnabled() or credentials.usable()
        _fill(dialog, server_url, login=login, password="verkeerd")
        _connect(dialog)
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)
        said.append(dialog.ui.errorLabel.text())
        dialog.ui.passwordEdit.setText(password)
        _connect(dialog)

    on_next_dialog(first_wrong_then_right, name="server.connect")
    window.connect_to_server()
    assert said == [
        f"The server 127.0.0.1:{urlsplit(server_url).port} refused the password of {login}: the password is wrong, "
        "or there is no such login."
    ]
    assert current_address() == _address(server_url, login)
    assert password not in _settings_text() and "verkeerd" not in _settings_text()
    assert password.encode() not in everything_logged()


def test_an_unreachable_server_is_said_in_the_dialog_and_nothing_changes(qtbot, window, db_path):
    said: list[str] = []

    def unreachable(dialog) -> None:
        _fill(dialog, "postgresql://leerwerk_test@127.0.0.1:1/leerwerk")
        _connect(dialog)
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)
        said.append(dialog.ui.errorLabel.text())
        dialog.reject()

    on_next_dialog(unreachable, name="server.connect")
    window.connect_to_server()
    assert said == ["The server 127.0.0.1:1 cannot be reached: nothing answers at that address and port."]
    assert current_address() is None and window.db_label.text() == f"Database: {db_path}"


def test_an_empty_field_is_named_before_anything_connects(qtbot, window):
    said: list[str] = []

    def empty(dialog) -> None:
        dialog.ui.hostEdit.setText("db.example.org")
        dialog.ui.databaseEdit.clear()
        _connect(dialog)
        said.append(dialog.ui.errorLabel.text())
        dialog.reject()

    on_next_dialog(empty, name="server.connect")
    window.connect_to_server()
    assert said == ["Fill in the database: its name on the server."]


@pytest.mark.skipif(credentials.usable(), reason="this system has a credential store")
def test_without_a_credential_store_the_password_cannot_be_remembered_and_says_why(qtbot):
    from desktop.views.database.server_dialog import ConnectServerDialog

    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ui.rememberCheck.isEnabled() and not dialog.ui.rememberCheck.isChecked()
    assert dialog.ui.rememberNote.text().startswith("This computer has no credential store LeerWerk can use")
    assert dialog.ui.rememberCheck.toolTip() == dialog.ui.rememberNote.text()


@pytest.fixture
def memory_store():
    """A credential store in this process's memory, standing in for the Windows Credential Manager (which this Linux
    machine does not have); keyring calls it as it calls any of its backends."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        kept: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if self.kept.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store.kept
    keyring.set_keyring(previous)


def test_a_ticked_password_goes_to_the_credential_store_only_and_opens_the_next_start(
    qtbot, window, server_url, password_login, memory_store
):
    from desktop.app import open_main_window
    from desktop.storage import server

    login, password = password_login

    def remember(dialog) -> None:
        assert dialog.ui.rememberCheck.isEnabled()
        _fill(dialog, server_url, login=login, password=password)
        dialog.ui.rememberCheck.setChecked(True)
        _connect(dialog)

    on_next_dialog(remember, name="server.connect")
    window.connect_to_server()
    address = _address(server_url, login)
    assert memory_store == {("LeerWerk", address): password}
    assert password not in _settings_text()
    window.close()
    close_database()
    server.forget_passwords()  # a new start: only the store knows it
    again = open_main_window(Settings().last_database(), remember=True)
    qtbot.addWidget(again)
    assert current_address() == address


@pytest.fixture
def server_window(qtbot, server_url):
    """The window on a server database holding a learner in a BPV period."""
    from desktop.app import open_main_window

    open_database(server_url)
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    trainer = service_for(m.Staff).create(first_name="Jan", last_name="de Vries")
    learner = service_for(m.Learner).create(first_name="Zoë", last_name="Çelik", learner_type="bbl")
    service_for(m.BpvPeriod).create(
        learner=learner.id,
        programme=programme.id,
        school=school.id,
        practice_trainer=trainer.id,
        start_date=dt.date(2026, 9, 1),
        end_date=dt.date(2027, 6, 30),
    )
    close_database()
    opened = open_main_window(server_url)
    qtbot.addWidget(opened)
    return opened


def _show_tab(qtbot, window, index: int):
    """Show tab `index` and wait until it has read its rows by itself, as it does once painted for a person."""
    window.tabs.setCurrentIndex(index)
    page = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: page._loaded, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)
    return page


@pytest.mark.parametrize("index", [0, 2, 3, 4], ids=["overview", "coaching", "trainings", "forms"])
def test_the_tabs_read_a_server_database(qtbot, server_window, index):
    page = _show_tab(qtbot, server_window, index)
    assert b"ERROR" not in everything_logged()
    if index == 0:  # the learner's first tasks of the period are due
        assert page.model.rowCount() > 0


def test_the_learners_tab_reads_a_server_database(qtbot, server_window):
    _show_tab(qtbot, server_window, 1)
    assert b"ERROR" not in everything_logged()


def test_a_start_on_an_address_with_a_password_remembers_the_address_only(qtbot, server_url, password_login):
    from desktop.app import open_main_window

    login, password = password_login
    parts = urlsplit(server_url)
    given = (
        f"postgresql://{login}:{password.replace('#', '%23').replace(' ', '%20')}@127.0.0.1:{parts.port}{parts.path}"
    )
    window = open_main_window(given, remember=True)
    qtbot.addWidget(window)
    remembered = f"postgresql://{login}@127.0.0.1:{parts.port}{parts.path}"
    assert current_address() == remembered and Settings().last_database() == remembered
    assert "heim" not in _settings_text() and "%23" not in _settings_text()
    assert window.db_label.text() == f"Database: {remembered}"


def test_a_smoke_run_paints_the_window_on_a_server(server_url):
    from desktop.cli import main

    assert main(["--db", server_url, "--smoke"]) == 0
    assert Settings().last_database() is None  # a smoke run leaves no trace in the settings
