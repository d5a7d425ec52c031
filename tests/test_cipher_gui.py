"""Encryption from the window: the passphrase asked when an encrypted database is opened (at start-up
and with File › Open), and *Extra › Versleuteling…* encrypting, changing the passphrase, removing
the encryption, with everything unchanged after a wrong passphrase, a cancel or a refused new one."""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from desktop import clock
from desktop.app import open_main_window, run_gui
from desktop.i18n import _, ngettext
from desktop.services import service_for
from desktop.storage import cipher, encryption
from desktop.storage import models as m
from desktop.storage.backup import list_backups, make_backup
from desktop.storage.database import close_database, current_path, open_database
from desktop.storage.recovery import may_offer_backup, open_checked
from desktop.views.database import encryption_dialog, passphrase
from desktop.views.database.encryption_dialog import EncryptionDialog
from desktop.views.database.passphrase import AskPassphraseDialog, NewPassphraseDialog, PassphraseCancelled
from tests.helpers import file_digest

SECRET = "vier woorden zijn sterk"
OTHER = "een andere wachtzin"
SQLITE_HEADER = b"SQLite format 3\x00"
NAMES = ["Berg", "Yılmaz"]


@pytest.fixture(autouse=True)
def no_passphrases():
    cipher.forget_all()
    yield
    cipher.forget_all()


def make_db(path: Path, *, passphrase: str | None = None, backups: int = 0) -> Path:
    open_database(path)
    for last_name in NAMES:
        service_for(m.Learner).create(first_name="Test", last_name=last_name, learner_type="bbl")
    close_database()
    for days_ago in range(backups, 0, -1):  # one a day: the rotation keeps them all
        make_backup(path, now=clock.now() - dt.timedelta(days=days_ago))
    if passphrase is not None:
        encryption.change_encryption(path, passphrase)
        cipher.forget_all()  # as a new process: nothing known
    return path


def encrypted(path: Path) -> bool:
    return not Path(path).read_bytes()[:16] == SQLITE_HEADER


def learners_shown(window) -> list[str]:
    tab = next(page for page in window.build_pages() if page.objectName() == "tab.learners")
    tab.reload()
    return sorted(tab.model.row_object(row).last_name for row in range(tab.model.rowCount()))


def typing(monkeypatch, *answers: str | None) -> list[tuple[str, bool]]:
    """Answer the passphrase prompts in turn; returns (file name, wrong) of each prompt shown."""
    asked, queue = [], list(answers)

    def ask(parent, path, *, wrong):
        asked.append((Path(path).name, wrong))
        return queue.pop(0)

    monkeypatch.setattr(passphrase, "ask_passphrase", ask)
    return asked


def stop_backups(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.backups.running, timeout=10_000)
    window.backups.stop(last_backup=False)


# -- the passphrase at opening ------------------------------------------------------------------------------


def test_an_encrypted_database_is_refused_without_its_passphrase(db_path):
    make_db(db_path, passphrase=SECRET)
    with pytest.raises(cipher.PassphraseError) as caught:
        open_checked(db_path)
    assert not caught.value.wrong
    assert not may_offer_backup(caught.value, db_path)  # a backup would need the same passphrase


def test_start_up_asks_the_passphrase_and_opens(qtbot, db_path, monkeypatch):
    make_db(db_path, passphrase=SECRET)
    asked = typing(monkeypatch, SECRET)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    assert asked == [(db_path.name, False)]
    assert current_path() == db_path and learners_shown(window) == sorted(NAMES)


def test_a_wrong_passphrase_is_asked_again_with_the_reason(qtbot, db_path, monkeypatch):
    make_db(db_path, passphrase=SECRET)
    prompts, answers = [], ["helemaal verkeerd", SECRET.upper(), SECRET]

    def exec_(dialog):  # the real prompt: what it shows, and typing in it
        prompts.append((dialog.ui.errorLabel.isVisibleTo(dialog), dialog.ui.passphraseEdit.echoMode()))
        dialog.ui.passphraseEdit.setText(answers.pop(0))
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(AskPassphraseDialog, "exec", exec_)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    password = QLineEdit.EchoMode.Password
    assert prompts == [(False, password), (True, password), (True, password)]
    assert learners_shown(window) == sorted(NAMES) and cipher.known_passphrase(db_path) == SECRET


def test_wrong_passphrases_then_cancel_leave_everything_as_it_was(db_path, monkeypatch):
    make_db(db_path, passphrase=SECRET)
    digest = file_digest(db_path)
    asked = typing(monkeypatch, "helemaal verkeerd", "ook niet goed", None)
    with pytest.raises(PassphraseCancelled):
        open_main_window(db_path)
    assert asked == [(db_path.name, False), (db_path.name, True), (db_path.name, True)]
    assert file_digest(db_path) == digest and not Path(f"{db_path}-wal").exists()
    assert current_path() is None and cipher.known_passphrase(db_path) is None  # the wrong ones are not kept


def test_cancel_at_start_up_ends_quietly(db_path, monkeypatch, capsys):
    make_db(db_path, passphrase=SECRET)
    digest = file_digest(db_path)
    typing(monkeypatch, None)
    assert run_gui(db_path) == 0
    assert capsys.readouterr().err == ""
    assert file_digest(db_path) == digest


def test_a_smoke_run_never_asks(db_path, monkeypatch, capsys):
    make_db(db_path, passphrase=SECRET)
    asked = typing(monkeypatch)
    assert run_gui(db_path, smoke=True) == 2
    assert asked == [] and cipher.passphrase_needed(db_path).message in capsys.readouterr().err


def test_file_open_asks_and_cancel_keeps_the_current_database(qtbot, db_path, tmp_path, monkeypatch):
    other = make_db(tmp_path / "ander.sqlite3", passphrase=SECRET)
    digest = file_digest(other)
    main_window = open_main_window(db_path)
    qtbot.addWidget(main_window)
    asked = typing(monkeypatch, None)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: warned.append(args))
    assert not main_window.switch_database(other)
    assert asked == [("ander.sqlite3", False)] and warned == []
    assert current_path() == db_path and file_digest(other) == digest

    typing(monkeypatch, SECRET)
    assert main_window.switch_database(other)
    assert current_path() == other and learners_shown(main_window) == sorted(NAMES)
    stop_backups(main_window, qtbot)


def test_the_prompt_shows_the_file_and_says_when_the_passphrase_was_wrong(qtbot, db_path):
    first = AskPassphraseDialog(db_path, wrong=False)
    qtbot.addWidget(first)
    assert db_path.name in first.ui.introLabel.text() and str(db_path.parent) in first.ui.introLabel.text()
    assert first.ui.errorLabel.isHidden() and not first.ok_button.isEnabled()
    assert first.ui.passphraseEdit.echoMode() == first.ui.passphraseEdit.EchoMode.Password
    again = AskPassphraseDialog(db_path, wrong=True)
    qtbot.addWidget(again)
    assert not again.ui.errorLabel.isHidden()
    assert again.ui.errorLabel.text() == _(
        "This passphrase does not open the database. Check it (capital letters count) and try again."
    )
    again.ui.passphraseEdit.setText(SECRET)
    assert again.ok_button.isEnabled()


# -- Extra › Versleuteling… ---------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, db_path, monkeypatch):
    make_db(db_path, backups=2)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    yield window
    stop_backups(window, qtbot)


def choose(monkeypatch, button: str, new_passphrase: str | None = None, *, confirmed: bool = True) -> list[str]:
    """Let the encryption dialog click `button` (answering its questions); returns the messages shown."""
    shown = []

    def exec_(dialog):
        getattr(dialog.ui, button).click()
        return dialog.result()

    monkeypatch.setattr(EncryptionDialog, "exec", exec_)
    monkeypatch.setattr(encryption_dialog, "ask_new_passphrase", lambda *args, **kwargs: new_passphrase)
    monkeypatch.setattr(encryption_dialog, "confirm", lambda *args: confirmed)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def run_encryption_action(window, qtbot) -> None:
    """*Extra › Versleuteling…*, and wait for the backup the reopened window starts (its rotation may
    remove an older backup of today while a test reads the list)."""
    window.action_encryption.trigger()
    qtbot.waitUntil(lambda: not window.backups.running, timeout=10_000)


def test_reached_from_the_extra_menu(window):
    actions = window.ui.menuTools.actions()
    assert actions.index(window.action_encryption) == actions.index(window.action_privacy) + 1
    assert window.action_encryption.text() == _("&Encryption…")


def test_encrypt_change_and_remove_from_the_window(window, qtbot, db_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    shown = choose(monkeypatch, "encryptButton", SECRET)
    run_encryption_action(window, qtbot)
    assert encrypted(db_path) and all(encrypted(backup.path) for backup in list_backups(db_path))
    assert current_path() == db_path and learners_shown(window) == sorted(NAMES)
    assert shown == [plural("Database encrypted, with {count} backup.", "Database encrypted, with {count} backups.", 2)]
    assert window.statusBar().currentMessage() == shown[0]
    assert reopens_with(db_path, SECRET, window) and window.switch_database(db_path)

    count = settled_backups(window, qtbot, db_path)  # the reopened window made an (encrypted) backup too
    shown = choose(monkeypatch, "changeButton", OTHER)
    run_encryption_action(window, qtbot)
    assert shown == [
        plural(
            "Passphrase changed, for the database and {count} backup.",
            "Passphrase changed, for the database and {count} backups.",
            count,
        )
    ]
    assert learners_shown(window) == sorted(NAMES)
    assert not reopens_with(db_path, SECRET, window) and reopens_with(db_path, OTHER, window)
    assert window.switch_database(db_path)

    count = settled_backups(window, qtbot, db_path)
    shown = choose(monkeypatch, "removeButton")
    run_encryption_action(window, qtbot)
    assert not encrypted(db_path) and not any(encrypted(backup.path) for backup in list_backups(db_path))
    assert shown == [
        plural(
            "Encryption removed, from the database and {count} backup.",
            "Encryption removed, from the database and {count} backups.",
            count,
        )
    ]
    assert learners_shown(window) == sorted(NAMES)
    assert caplog.records and not any(secret in caplog.text for secret in (SECRET, OTHER))


def plural(singular: str, plural_form: str, count: int) -> str:
    return ngettext(singular, plural_form, count).format(count=count)


def settled_backups(window, qtbot, db_path: Path) -> int:
    qtbot.waitUntil(lambda: not window.backups.running, timeout=10_000)
    return len(list_backups(db_path))


def reopens_with(path: Path, passphrase_given: str, window) -> bool:
    """Whether `passphrase_given` alone opens `path`, as in a new process; the window's database is closed."""
    window.backups.stop(last_backup=False)
    close_database()
    cipher.forget_all()
    cipher.remember(path, passphrase_given)
    try:
        open_checked(path)
    except cipher.PassphraseError:
        opened = False
    else:
        opened = True
        close_database()
    return opened


def test_saying_no_to_removing_changes_nothing(window, db_path, monkeypatch, qtbot):
    choose(monkeypatch, "encryptButton", SECRET)
    run_encryption_action(window, qtbot)
    stop_backups(window, qtbot)
    digests = {path: file_digest(path) for path in [db_path, *(b.path for b in list_backups(db_path))]}
    choose(monkeypatch, "removeButton", confirmed=False)
    run_encryption_action(window, qtbot)
    assert {path: file_digest(path) for path in digests} == digests and current_path() == db_path


def test_a_failure_is_said_and_the_database_reopened_as_it_was(window, qtbot, db_path, monkeypatch):
    shown = choose(monkeypatch, "encryptButton", SECRET)

    def refused(path, new_passphrase, progress=None):
        raise encryption.EncryptionError("Het versleutelen lukte niet.")

    monkeypatch.setattr(encryption, "change_encryption", refused)
    run_encryption_action(window, qtbot)
    assert shown == ["Het versleutelen lukte niet."]
    assert not encrypted(db_path) and current_path() == db_path and learners_shown(window) == sorted(NAMES)


def test_cancel_before_the_database_changes_nothing(window, qtbot, db_path, monkeypatch):
    shown = choose(monkeypatch, "encryptButton", SECRET)
    before = {path: file_digest(path) for path in [db_path, *(b.path for b in list_backups(db_path))]}
    real = encryption.change_encryption

    def cancelled_at_once(path, new_passphrase, progress=None):
        return real(path, new_passphrase, progress=lambda done, total: False)

    monkeypatch.setattr(encryption, "change_encryption", cancelled_at_once)
    run_encryption_action(window, qtbot)
    assert shown == [_("Cancelled: nothing was changed.")]
    assert {path: file_digest(path) for path in before} == before
    assert cipher.known_passphrase(db_path) is None and learners_shown(window) == sorted(NAMES)


def test_cancel_halfway_is_said_and_the_dialog_offers_to_finish(window, db_path, monkeypatch, qtbot):
    shown = choose(monkeypatch, "encryptButton", SECRET)
    real = encryption.change_encryption
    monkeypatch.setattr(
        encryption, "change_encryption", lambda p, n, progress=None: real(p, n, progress=lambda done, total: done < 2)
    )
    run_encryption_action(window, qtbot)
    (message,) = shown
    assert message.startswith(plural("Database encrypted, with {count} backup.", "", 1))
    assert _("Cancelled before all backups were done; the others stay as they were for now.") in message
    stop_backups(window, qtbot)
    assert encrypted(db_path) and [encrypted(b.path) for b in list_backups(db_path)].count(False) == 1

    dialog = EncryptionDialog(db_path, window)
    qtbot.addWidget(dialog)
    assert not dialog.ui.finishButton.isHidden() and not dialog.ui.unfinishedLabel.isHidden()
    monkeypatch.setattr(encryption, "change_encryption", real)
    shown = choose(monkeypatch, "finishButton")
    run_encryption_action(window, qtbot)
    assert shown == [plural("{count} backup encrypted.", "{count} backups encrypted.", 1)]
    assert all(encrypted(b.path) for b in list_backups(db_path)) and learners_shown(window) == sorted(NAMES)


def test_too_short_or_unlike_passphrases_are_refused_at_their_field(qtbot, window, db_path):
    digest = file_digest(db_path)
    dialog = NewPassphraseDialog("Versleutelen", "", window)
    qtbot.addWidget(dialog)
    for typed, repeated, field in (("kort", "kort", "passphraseEdit"), (SECRET, SECRET + "!", "repeatedEdit")):
        dialog.ui.passphraseEdit.setText(typed)
        dialog.ui.repeatedEdit.setText(repeated)
        dialog.ok_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.ui.errorLabel.text()
        assert getattr(dialog.ui, field).styleSheet() and getattr(dialog.ui, field).toolTip()  # marked at the field
    assert file_digest(db_path) == digest and not encrypted(db_path)
    dialog.ui.repeatedEdit.setText(SECRET)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog._take() == SECRET


def test_a_refused_passphrase_in_the_window_changes_nothing(window, qtbot, db_path, monkeypatch):
    digests = {path: file_digest(path) for path in [db_path, *(b.path for b in list_backups(db_path))]}
    asked = []

    def exec_(dialog):  # the new-passphrase dialog: type two unlike ones, then give up
        if isinstance(dialog, NewPassphraseDialog):
            dialog.ui.passphraseEdit.setText(SECRET)
            dialog.ui.repeatedEdit.setText(OTHER)
            dialog.ok_button.click()
            asked.append(dialog.ui.errorLabel.text())
            dialog.reject()
            return dialog.result()
        dialog.ui.encryptButton.click()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", exec_)
    run_encryption_action(window, qtbot)
    assert asked and _("The two passphrases are not the same.") in asked[0]
    assert {path: file_digest(path) for path in digests} == digests and current_path() == db_path


def test_the_dialog_shows_the_state_and_what_can_be_done(qtbot, window, db_path):
    plain = EncryptionDialog(db_path, window)
    qtbot.addWidget(plain)
    assert not plain.encrypted and plain.ui.stateLabel.text()
    assert not plain.ui.encryptButton.isHidden() and plain.ui.changeButton.isHidden()
    assert plain.ui.removeButton.isHidden() and plain.ui.finishButton.isHidden()
    assert plain.ui.readOnlyLabel.isHidden() and plain.ui.unfinishedLabel.isHidden()
    assert str(db_path) in plain.ui.fileLabel.text()


def test_read_only_disables_the_actions_with_the_reason(qtbot, window, db_path, monkeypatch):
    from desktop.storage.database import current_database

    monkeypatch.setattr(current_database(), "read_only", True)
    dialog = EncryptionDialog(db_path, window)
    qtbot.addWidget(dialog)
    assert not dialog.ui.encryptButton.isEnabled() and not dialog.ui.readOnlyLabel.isHidden()
    assert dialog.ui.readOnlyLabel.text() == encryption_dialog.write_refusal()


def test_change_refuses_the_current_passphrase(qtbot, window, db_path, monkeypatch):
    choose(monkeypatch, "encryptButton", SECRET)
    run_encryption_action(window, qtbot)
    dialog = EncryptionDialog(db_path, window)
    qtbot.addWidget(dialog)
    seen = []

    def new_exec(new_dialog):
        new_dialog.ui.passphraseEdit.setText(SECRET)
        new_dialog.ui.repeatedEdit.setText(SECRET)
        new_dialog.ok_button.click()
        seen.append(new_dialog.ui.errorLabel.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(encryption_dialog, "ask_new_passphrase", passphrase.ask_new_passphrase)
    monkeypatch.setattr(NewPassphraseDialog, "exec", new_exec)
    dialog.ui.changeButton.click()
    assert dialog.choice is None and seen and _("The new passphrase is the same as the current one.") in seen[0]
    assert not dialog.ui.changeButton.isHidden() and dialog.ui.encryptButton.isHidden()


def test_the_current_passphrase_typed_with_decomposed_accents_is_the_current_one(qtbot, window, db_path, monkeypatch):
    composed = unicodedata.normalize("NFC", "één café, geheim")
    choose(monkeypatch, "encryptButton", composed)
    run_encryption_action(window, qtbot)
    dialog = EncryptionDialog(db_path, window)
    qtbot.addWidget(dialog)
    seen = []

    def new_exec(new_dialog):
        decomposed = unicodedata.normalize("NFD", composed)
        new_dialog.ui.passphraseEdit.setText(decomposed)
        new_dialog.ui.repeatedEdit.setText(decomposed)
        new_dialog.ok_button.click()
        seen.append(new_dialog.ui.errorLabel.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(encryption_dialog, "ask_new_passphrase", passphrase.ask_new_passphrase)
    monkeypatch.setattr(NewPassphraseDialog, "exec", new_exec)
    dialog.ui.changeButton.click()
    assert dialog.choice is None and seen and _("The new passphrase is the same as the current one.") in seen[0]
