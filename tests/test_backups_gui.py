"""Backups from the window: at opening, on the timer only after a change, on closing; the offer of
the newest good backup when a damaged database is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import open_main_window, run_gui
from desktop.storage import backup as backup_module
from desktop.storage.backup import backup_folder, list_backups, make_backup
from desktop.storage.database import close_database, current_path, open_database
from desktop.storage.models import Organisation
from desktop.views.database.backups import RecoverDialog
from tests.damage import DAMAGE_KINDS, damaged_copy
from tests.helpers import file_digest


def make_db(path: Path, name: str = "Zorggroep Test") -> Path:
    open_database(path)
    Organisation.update(name=name).execute()
    close_database()
    return path


def organisation_name(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def window(qtbot, db_path):
    make_db(db_path)
    window = open_main_window(db_path, remember=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.backups.running, timeout=10_000)
    yield window
    window.backups.stop()


def test_opening_makes_a_backup_in_the_background(window, db_path):
    (made,) = list_backups(db_path)
    assert window.backups.last_made == made.path
    assert window.backups.timer.isActive() and window.backups.timer.interval() == 30 * 60 * 1000


def test_the_timer_backs_up_only_after_a_change(window, db_path, qtbot):
    window.backups.tick()
    assert not window.backups.running  # nothing changed since the backup at opening
    Organisation.update(name="Gewijzigd").execute()
    assert window.backups.changed()
    with qtbot.waitSignal(window.backups.done, timeout=10_000) as signal:
        window.backups.tick()
    assert organisation_name(signal.args[0]) == "Gewijzigd"
    assert not window.backups.changed()
    window.backups.tick()
    assert not window.backups.running


def test_a_change_by_another_connection_counts_too(window, db_path, qtbot):
    other = sqlite3.connect(db_path)
    other.execute("UPDATE organisation SET name = 'Door een import'")
    other.commit()
    other.close()
    assert window.backups.changed()
    with qtbot.waitSignal(window.backups.done, timeout=10_000) as signal:
        window.backups.tick()
    assert organisation_name(signal.args[0]) == "Door een import"


def test_closing_backs_up_what_changed(qtbot, db_path):
    make_db(db_path)
    window = open_main_window(db_path, remember=True)
    qtbot.addWidget(window)
    Organisation.update(name="Vlak voor het sluiten").execute()
    window.close()  # also while the backup of the opening may still be running
    newest = list_backups(db_path)[0]
    assert organisation_name(newest.path) == "Vlak voor het sluiten"
    assert window.backups.db_path is None


def test_a_failed_backup_is_said_once_and_work_goes_on(window, db_path, qtbot, monkeypatch):
    def full_disk(*args, **kwargs):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    monkeypatch.setattr(backup_module, "copy_database", full_disk)
    shown = []
    monkeypatch.setattr(window.ui.statusBar, "showMessage", lambda text, *args: shown.append(text))
    for name in ("Eerste", "Tweede"):
        Organisation.update(name=name).execute()
        with qtbot.waitSignal(window.backups.done, timeout=10_000) as signal:
            window.backups.tick()
        assert signal.args[0] is None
    assert len(shown) == 1 and "vol" in shown[0]
    assert Organisation.get().name == "Tweede"  # the work went on
    assert window.backups.changed()  # and the next tick tries again


def test_backup_by_hand_from_the_file_menu(window, db_path, qtbot):
    assert window.action_backup.shortcut().toString() == "Ctrl+Shift+B"
    assert window.action_backup in window.ui.menuFile.actions()
    assert window.action_backup.text() == "Reservekopie &maken"
    with qtbot.waitSignal(window.backups.done, timeout=10_000):
        window.action_backup.trigger()
    assert "Reservekopie gemaakt" in window.ui.statusBar.currentMessage()


def test_no_backups_for_a_window_that_is_not_remembered(main_window, db_path):
    assert not main_window.backups.timer.isActive()
    assert not backup_folder(db_path).exists()


# -- a damaged database on opening ---------------------------------------------------------------------


def _choose(answer: str, seen: list):
    def chose_backup(dialog: RecoverDialog) -> bool:
        seen.append((dialog.text(), dialog.open_button.text()))
        return answer == "backup"

    return chose_backup


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damaged_database_offers_the_newest_good_backup(qtbot, db_path, monkeypatch, kind):
    make_db(db_path, "Uit de reservekopie")
    good = make_backup(db_path)
    damaged_copy(good, db_path, kind)
    digest = file_digest(db_path)
    seen = []
    monkeypatch.setattr(RecoverDialog, "chose_backup", _choose("backup", seen))
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    assert run_gui(db_path, remember=False) == 0
    ((text, button),) = seen
    assert str(db_path) in text and len(text.split(". ")) <= 2
    assert "Open de nieuwste goede reservekopie" in button
    assert current_path() == db_path and Organisation.get().name == "Uit de reservekopie"
    (aside,) = db_path.parent.glob("leerwerk.sqlite3.before-restore-*")
    assert file_digest(aside) == digest
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main.window":
            widget.remember_layout = False
            widget.close()


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_closing_the_offer_leaves_the_damaged_file_untouched(qtbot, db_path, monkeypatch, kind):
    make_db(db_path)
    good = make_backup(db_path)
    damaged_copy(good, db_path, kind)
    digest = file_digest(db_path)
    backups_before = {p.name: file_digest(p) for p in good.parent.iterdir()}
    seen = []
    monkeypatch.setattr(RecoverDialog, "chose_backup", _choose("close", seen))
    assert run_gui(db_path, remember=False) == 2
    assert len(seen) == 1
    assert file_digest(db_path) == digest
    assert sorted(p.name for p in db_path.parent.glob("leerwerk.sqlite3*")) == [db_path.name]
    assert {p.name: file_digest(p) for p in good.parent.iterdir()} == backups_before


def test_without_a_good_backup_the_error_alone_is_shown(qtbot, db_path, monkeypatch):
    db_path.write_bytes(b"")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(RecoverDialog, "chose_backup", lambda self: pytest.fail("no backup to offer"))
    assert run_gui(db_path, remember=False) == 2
    assert len(shown) == 1 and "leeg" in shown[0]
    assert db_path.read_bytes() == b""


def test_opening_a_damaged_file_from_the_menu_offers_its_backup(main_window, tmp_path, monkeypatch, db_path):
    other = make_db(tmp_path / "ander.sqlite3", "Ander")
    good = make_backup(other)
    damaged_copy(good, other, "flipped")
    open_database(db_path)
    seen = []
    monkeypatch.setattr(RecoverDialog, "chose_backup", _choose("backup", seen))
    assert main_window.switch_database(other)
    assert current_path() == other and Organisation.get().name == "Ander"
    main_window.backups.stop()


def test_a_database_in_use_is_not_offered_a_backup(tmp_path):
    from desktop.errors import UnusableDatabaseError
    from desktop.storage.recovery import may_offer_backup

    path = make_db(tmp_path / "bezet.sqlite3")
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    error = UnusableDatabaseError("bezet")
    error.__cause__ = busy
    assert not may_offer_backup(error, path)
    error.__cause__ = PermissionError(13, "denied")
    assert not may_offer_backup(error, path)
    error.__cause__ = None
    assert may_offer_backup(error, path)
    assert not may_offer_backup(error, tmp_path / "weg.sqlite3")


def test_restore_from_the_file_menu_reopens_on_the_backup(window, db_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.views.window import main as main_window_module

    assert len(list_backups(db_path)) == 1
    Organisation.update(name="Later veranderd").execute()
    listed = []

    def run(dialog):
        qtbot.waitUntil(lambda: len(dialog.good) == len(dialog.backups), timeout=10_000)
        listed.append([dialog.ui.backupList.topLevelItem(0).text(col) for col in range(3)])
        dialog.ui.backupList.setCurrentItem(dialog.ui.backupList.topLevelItem(0))
        dialog.done(QDialog.DialogCode.Accepted)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window_module, "run_dialog", lambda dialog: run(dialog))
    monkeypatch.setattr("desktop.views.kit.widgets.confirm", lambda *args, **kwargs: True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.action_restore.trigger()
    assert warnings == []
    assert listed[0][2] == "goed" and listed[0][1].endswith("MB")
    assert current_path() == db_path and Organisation.get().name == "Zorggroep Test"
    (aside,) = db_path.parent.glob("leerwerk.sqlite3.before-restore-*")
    assert organisation_name(aside) == "Later veranderd"
    assert "bewaard als" in window.ui.statusBar.currentMessage()
    assert window.backups.db_path == db_path  # backups go on for the restored file
    qtbot.waitUntil(lambda: not window.backups.running, timeout=10_000)
    assert organisation_name(list_backups(db_path)[0].path) == "Zorggroep Test"  # backed up again on reopening


def test_restore_dialog_marks_a_damaged_backup_and_refuses_it(qtbot, db_path, tmp_path):
    from desktop.views.database.restore_dialog import RestoreBackupDialog

    make_db(db_path)
    good = make_backup(db_path)
    damaged_copy(good, good.with_name(good.name.replace(".sqlite3", "-9.sqlite3")), "flipped")
    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.good) == 2, timeout=10_000)
    texts = [dialog.ui.backupList.topLevelItem(row).text(2) for row in range(2)]
    assert texts == ["beschadigd", "goed"]
    dialog.ui.backupList.setCurrentItem(dialog.ui.backupList.topLevelItem(0))
    assert not dialog.ok_button.isEnabled()
    dialog.ui.backupList.setCurrentItem(dialog.ui.backupList.topLevelItem(1))
    assert dialog.ok_button.isEnabled() and dialog.selected().path == good
    dialog.show()
    dialog.grab().save("/tmp/shots/restore_dialog.png") if Path("/tmp/shots").is_dir() else None
