"""A plain backup put back over an encrypted database, from the window: *Bestand › Reservekopie
terugzetten…* and the offer of the newest good backup for a damaged database both ask whether to encrypt
it. Encrypt, put back plain, or cancel, which leaves every file as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import clock
from desktop.app import open_main_window, run_gui
from desktop.storage import cipher, encryption
from desktop.storage.backup import backup_folder, list_backups, make_backup
from desktop.storage.database import close_database, current_path, open_database
from desktop.storage.models import Organisation
from desktop.views.window import main as main_window_module
from tests.helpers import file_digest

PASSPHRASE = "vier woorden zijn sterk"
IN_BACKUP, NOW = "Uit de onversleutelde reservekopie", "Zoals de database nu is"


@pytest.fixture(autouse=True)
def no_passphrases():
    cipher.forget_all()
    yield
    cipher.forget_all()


def _named(path: Path, name: str) -> None:
    open_database(path)
    Organisation.update(name=name).execute()
    close_database()


def encrypted_with_a_plain_backup(db_path: Path) -> Path:
    """An encrypted database whose one backup is plain, as an encryption interrupted after the database
    leaves it; the backup holds other data than the database."""
    _named(db_path, IN_BACKUP)
    plain = make_backup(db_path, now=clock.now() - dt.timedelta(days=1))  # the window's own backup keeps it
    _named(db_path, NOW)
    encryption.rewrite(db_path, None, PASSPHRASE)  # the database only, not its backups
    cipher.forget_all()
    assert cipher.looks_encrypted(db_path) and not cipher.looks_encrypted(plain)
    return plain


def organisation(path: Path, passphrase: str | None = None) -> str:
    known = cipher.known_passphrase(path)
    if passphrase is not None:
        cipher.remember(path, passphrase)
    connection = cipher.connect(str(path), path=path)
    try:
        return connection.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        connection.close()
        cipher.set_passphrase(path, known)


def answering(monkeypatch, answer: str) -> list[str]:
    """Answer the question whether to encrypt by clicking `answer` ("encrypt", "plain" or "cancel"), and
    choose the newest good backup when it is offered; returns the texts of the questions asked."""
    asked = []
    real_exec = QMessageBox.exec

    def exec_(box):
        if box.objectName() == "recover.dialog":
            asked.append(box.text())
            box.open_button.click()
        elif box.objectName() == "restore.encryptQuestion":
            asked.append(f"{box.text()} {box.informativeText()}")
            buttons = {button.objectName(): button for button in box.buttons()}
            cancel = box.button(QMessageBox.StandardButton.Cancel)
            (buttons[f"restore.{answer}"] if answer != "cancel" else cancel).click()
        else:
            return real_exec(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def files_beside(db_path: Path) -> dict[str, str]:
    folders = [db_path.parent, backup_folder(db_path)]
    return {str(p): file_digest(p) for folder in folders for p in folder.iterdir() if p.is_file()}


QUESTION = "Deze reservekopie is niet versleuteld, de database wel. De reservekopie versleutelen bij het terugzetten?"


# -- Bestand › Reservekopie terugzetten… ------------------------------------------------------------------


@pytest.fixture
def window(qtbot, db_path):
    plain = encrypted_with_a_plain_backup(db_path)
    cipher.remember(db_path, PASSPHRASE)
    window = open_main_window(db_path, ask_passphrase=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.backups.running, timeout=30_000)  # the backup made at opening
    window.plain_backup = plain
    yield window
    qtbot.waitUntil(lambda: not window.backups.running, timeout=30_000)
    window.backups.stop(last_backup=False)
    close_database()


def restore_from_the_menu(window, qtbot, monkeypatch) -> list[bool]:
    """*Bestand › Reservekopie terugzetten…*, choosing the plain backup; returns whether the list closed
    (False: it stayed open after the question was cancelled, and the person then closed it)."""
    closed = []

    def run(dialog):
        qtbot.waitUntil(lambda: len(dialog.good) == len(dialog.backups), timeout=30_000)
        row = [backup.path for backup in dialog.backups].index(window.plain_backup)
        dialog.ui.backupList.setCurrentItem(dialog.ui.backupList.topLevelItem(row))
        dialog.ok_button.click()
        closed.append(dialog.result() == QDialog.DialogCode.Accepted)
        if not closed[-1]:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(main_window_module, "run_dialog", run)
    monkeypatch.setattr("desktop.views.kit.widgets.confirm", lambda *args, **kwargs: True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.action_restore.trigger()
    assert warnings == []
    return closed


@pytest.mark.parametrize("answer", ["encrypt", "plain"])
def test_the_restore_dialog_asks_and_puts_the_plain_backup_back_as_answered(
    window, qtbot, db_path, monkeypatch, answer
):
    asked = answering(monkeypatch, answer)
    assert restore_from_the_menu(window, qtbot, monkeypatch) == [True]
    assert len(asked) == 1 and asked[0].startswith(QUESTION) and "wachtwoordzin van de database" in asked[0]
    assert current_path() == db_path and Organisation.get().name == IN_BACKUP  # the window reopened on it
    (aside,) = db_path.parent.glob(f"{db_path.name}.before-restore-*")
    assert "bewaard als" in window.ui.statusBar.currentMessage()
    assert cipher.looks_encrypted(aside) and organisation(aside, PASSPHRASE) == NOW
    assert cipher.looks_encrypted(db_path) == (answer == "encrypt")
    assert (IN_BACKUP.encode() in db_path.read_bytes()) == (answer == "plain")


def test_cancelling_the_question_keeps_the_list_open_and_changes_nothing(window, qtbot, db_path, monkeypatch):
    qtbot.waitUntil(lambda: not window.backups.running, timeout=30_000)
    before = files_beside(db_path)
    asked = answering(monkeypatch, "cancel")
    assert restore_from_the_menu(window, qtbot, monkeypatch) == [False]
    assert len(asked) == 1
    assert current_path() == db_path and Organisation.get().name == NOW
    assert not list(db_path.parent.glob(f"{db_path.name}.before-restore-*"))
    assert cipher.looks_encrypted(db_path)
    assert file_digest(window.plain_backup) == before[str(window.plain_backup)]
    assert {name for name in files_beside(db_path) if "-wal" not in name and "-shm" not in name} == {
        name for name in before if "-wal" not in name and "-shm" not in name
    }


# -- the newest good backup of a damaged database ---------------------------------------------------------


def damage(path: Path) -> None:
    """Every bit of 200 bytes from the start of a page in the middle: SQLCipher's check of that page fails."""
    data = path.read_bytes()
    start = 4096 * (len(data) // 4096 // 2)
    path.write_bytes(data[:start] + bytes(b ^ 0xFF for b in data[start : start + 200]) + data[start + 200 :])


def close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main.window":
            widget.remember_layout = False
            widget.close()
    close_database()


def given_passphrase(db_path: Path, monkeypatch) -> None:
    """The passphrase as the person gave it at start-up; asked again, the test fails rather than waits."""
    from desktop.views.database import passphrase

    cipher.remember(db_path, PASSPHRASE)
    monkeypatch.setattr(passphrase, "ask_passphrase", lambda *args, **kwargs: pytest.fail("asked again"))


@pytest.mark.parametrize("answer", ["encrypt", "plain"])
def test_the_offer_of_the_newest_good_backup_asks_and_puts_it_back_as_answered(qtbot, db_path, monkeypatch, answer):
    plain = encrypted_with_a_plain_backup(db_path)
    damage(db_path)
    damaged = file_digest(db_path)
    given_passphrase(db_path, monkeypatch)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    asked = answering(monkeypatch, answer)
    assert run_gui(db_path, remember=False) == 0
    try:
        assert len(asked) == 2 and "beschadigd" in asked[0] and asked[1].startswith(QUESTION)
        assert current_path() == db_path and Organisation.get().name == IN_BACKUP
    finally:
        close_windows()
    (aside,) = db_path.parent.glob(f"{db_path.name}.before-restore-*")
    assert file_digest(aside) == damaged
    assert cipher.looks_encrypted(db_path) == (answer == "encrypt")
    assert organisation(db_path, PASSPHRASE if answer == "encrypt" else None) == IN_BACKUP
    assert not cipher.looks_encrypted(plain)


def test_cancelling_the_question_after_the_offer_leaves_the_damaged_file_as_it_was(qtbot, db_path, monkeypatch):
    encrypted_with_a_plain_backup(db_path)
    damage(db_path)
    before = files_beside(db_path)
    given_passphrase(db_path, monkeypatch)
    monkeypatch.setattr(QApplication, "exec", lambda *args: pytest.fail("no window opens"))
    asked = answering(monkeypatch, "cancel")
    assert run_gui(db_path, remember=False) == 2
    assert len(asked) == 2
    assert current_path() is None
    assert files_beside(db_path) == before
    assert list_backups(db_path)[0].path.name in {Path(name).name for name in before}
