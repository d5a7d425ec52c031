"""One writer: a second LeerWerk (a real second process) is told who has the database and may only
read it; a crashed holder's lock is taken over; a newer LeerWerk's file stays byte-identical."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop import cli, i18n
from desktop.errors import ReadOnlyDatabaseError, UnusableDatabaseError
from desktop.i18n import _
from desktop.services.catalogue import service_for
from desktop.storage import lock, migrations
from desktop.storage import models as m
from desktop.storage.database import close_database, current_database, open_database, open_read_only
from desktop.storage.lock import DatabaseInUseError, LockOwner
from tests.helpers import LeerWerkHolder, dump, file_digest

ROOT = Path(__file__).resolve().parent.parent


def digests(db_path: Path) -> dict[str, str]:
    """The database and its journal files, byte for byte. An empty -wal holds nothing: SQLite's read-only
    look at a WAL-mode file (`inspect_file`) leaves one behind when there was none."""
    return {
        path.name: file_digest(path)
        for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-journal"))
        if path.exists() and (path == db_path or path.stat().st_size)
    }


@pytest.fixture
def filled(db_path) -> Path:
    open_database(db_path)
    school = service_for(m.School).create(name="ROC Fictief Noord")
    service_for(m.Learner).create(first_name="Zoë", last_name="Bakker", learner_type="bol")
    service_for(m.Programme).create(name="Helpende Zorg", crebo="25498", level="2", pathway="BOL")
    assert school.id
    close_database()
    return db_path


@pytest.fixture
def holder(filled):
    """A second LeerWerk process with the database open for writing."""
    holding = LeerWerkHolder(filled)
    yield holding.process
    holding.close()


def fabricate_live_lock(db_path: Path, user="Jan de Vries", machine="ZORG-PC12") -> LockOwner:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    owner = LockOwner(user, machine, 4242, now - dt.timedelta(hours=2), now, "e" * 32)
    lock.lock_path(db_path).write_bytes(owner.to_bytes())
    return owner


def test_a_second_leerwerk_is_told_who_has_the_database_and_since_when(filled, holder):
    for language in ("nl", "en"):
        i18n.set_language(language)
        with pytest.raises(DatabaseInUseError) as caught:
            open_database(filled)
        owner = caught.value.owner
        assert (owner.pid, owner.machine, owner.user) == (holder.pid, lock.this_machine(), getpass.getuser())
        assert dt.datetime.now(dt.UTC) - owner.since < dt.timedelta(minutes=2)
        message = caught.value.message
        assert getpass.getuser() in message and lock.this_machine() in message and owner.local_since() in message
    assert current_database() is None


def test_the_command_line_refuses_to_import_and_still_exports(filled, holder, tmp_path):
    before = digests(filled)
    source = tmp_path / "lerenden.csv"
    source.write_text("Voornaam;Achternaam;Soort\nAyşe;Yılmaz;bol\n", encoding="utf-8")
    env = {**os.environ, "LEERWERK_LANG": "nl"}
    run = [sys.executable, "-m", "desktop"]
    refused = subprocess.run(
        [*run, "import", "learners", str(source), "--db", str(filled)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1  # one sentence, no traceback
    assert getpass.getuser() in refused.stderr and lock.this_machine() in refused.stderr
    exported = tmp_path / "uit.csv"
    read = subprocess.run(
        [*run, "export", "learners", str(exported), "--db", str(filled)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert read.returncode == 0, read.stderr
    assert lock.this_machine() in read.stderr  # it says that it only read
    assert "Bakker" in exported.read_text(encoding="utf-8-sig")
    assert digests(filled) == before
    assert lock.read_owner(filled).pid == holder.pid


def test_a_second_window_process_is_refused_with_who_has_it(filled, holder):
    env = {**os.environ, "LEERWERK_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke", "--db", str(filled)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == 2
    assert "in use by" in second.stderr and getpass.getuser() in second.stderr
    assert lock.this_machine() in second.stderr
    assert lock.read_owner(filled).pid == holder.pid


def test_read_only_beside_a_writer_refuses_every_change_and_changes_nothing(filled, holder):
    before = digests(filled)
    database = open_read_only(filled)
    assert database.read_only and database.holder.pid == holder.pid
    learner = m.Learner.get(m.Learner.last_name == "Bakker")
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        service_for(m.Learner).update(learner.id, first_name="Anders")
    assert lock.this_machine() in caught.value.message
    with pytest.raises(ReadOnlyDatabaseError):
        service_for(m.School).create(name="ROC Nieuw")
    with pytest.raises(ReadOnlyDatabaseError):
        service_for(m.Learner).delete(learner.id)
    with pytest.raises(ReadOnlyDatabaseError):
        m.Learner.update(first_name="X").execute()
    from desktop.services import learner_io

    with pytest.raises(ReadOnlyDatabaseError):
        learner_io.ensure_writable(m.db)
    assert m.Learner.get_by_id(learner.id).first_name == "Zoë"
    close_database()
    assert digests(filled) == before
    assert lock.read_owner(filled).pid == holder.pid  # reading took nothing from the writer


def test_once_the_holder_closes_the_next_one_writes(filled, holder):
    holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    assert not lock.lock_path(filled).exists()
    open_database(filled)
    assert lock.read_owner(filled).pid == os.getpid()


def test_a_killed_holder_leaves_a_lock_that_is_taken_over_safely(filled, holder, caplog):
    before = dump(filled)
    holder.kill()
    holder.wait(timeout=30)
    assert lock.read_owner(filled).pid == holder.pid  # left behind
    with caplog.at_level(logging.INFO):
        database = open_database(filled)
    assert lock.read_owner(filled).pid == os.getpid()
    assert "stale lock of a process on this computer" in caplog.text
    assert "Bakker" not in caplog.text and getpass.getuser() not in caplog.text
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    close_database()
    assert dump(filled) == before


def test_a_database_of_a_newer_leerwerk_stays_byte_identical(filled, tmp_path):
    open_database(filled)
    m.db.execute_sql("UPDATE schema_version SET version = ?", (migrations.LATEST_VERSION + 1,))
    close_database()
    before = digests(filled)
    with pytest.raises(UnusableDatabaseError, match="nieuwere LeerWerk"):
        open_database(filled)
    with pytest.raises(UnusableDatabaseError):
        open_read_only(filled)
    source = tmp_path / "lerenden.csv"
    source.write_text("Voornaam;Achternaam;Soort\nAyşe;Yılmaz;bol\n", encoding="utf-8")
    assert cli.main(["import", "learners", str(source), "--db", str(filled)]) == 2
    assert cli.main(["export", "learners", str(tmp_path / "uit.csv"), "--db", str(filled)]) == 2
    assert digests(filled) == before
    assert not lock.lock_path(filled).exists()


def test_a_writer_whose_lock_was_taken_over_stops_writing(filled):
    database = open_database(filled)
    other = fabricate_live_lock(filled)  # another computer judged this one stale and took over
    assert not database.writer_lock.refresh()
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        service_for(m.School).create(name="ROC Te Laat")
    assert other.machine in caught.value.message
    assert m.School.select().count() == 1  # reading goes on
    close_database()
    assert lock.read_owner(filled) == other  # the new holder keeps its lock


def leerwerk(*arguments: str) -> subprocess.CompletedProcess:
    """The command line as a person runs it, in a process of its own."""
    env = {**os.environ, "LEERWERK_LANG": "nl"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def learners_csv(tmp_path: Path) -> Path:
    source = tmp_path / "lerenden.csv"
    source.write_text("Voornaam;Achternaam;Soort\nAyşe;Yılmaz;bol\n", encoding="utf-8")
    return source


def test_a_second_import_through_a_symlink_or_another_spelling_is_refused(filled, holder, tmp_path):
    before = digests(filled)
    (tmp_path / "elders").mkdir()
    link = tmp_path / "elders" / "dezelfde.sqlite3"
    link.symlink_to(filled)
    source = learners_csv(tmp_path)
    for other_way in (link, tmp_path / "elders" / ".." / filled.name):
        refused = leerwerk("import", "learners", str(source), "--db", str(other_way))
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert refused.stderr.count("\n") == 1 and lock.this_machine() in refused.stderr
    assert digests(filled) == before
    assert lock.read_owner(filled).pid == holder.pid
    assert not Path(f"{link}.lock").exists()


def test_an_empty_lock_left_by_a_crash_does_not_keep_the_next_import_out(filled, tmp_path):
    lock.lock_path(filled).write_bytes(b"")  # created, then the power went
    done = leerwerk("import", "learners", str(learners_csv(tmp_path)), "--db", str(filled))
    assert done.returncode == 0, done.stderr
    assert not lock.lock_path(filled).exists()
    assert "Yılmaz" in "".join(dump(filled))


def test_a_lock_from_a_computer_whose_clock_runs_ahead_does_not_block_until_then(filled, tmp_path):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    tomorrow = now + dt.timedelta(days=1)
    owner = LockOwner("Jan de Vries", "ZORG-PC12", 4242, tomorrow - dt.timedelta(hours=2), tomorrow, "e" * 32)
    path = lock.lock_path(filled)
    path.write_bytes(owner.to_bytes())
    source = learners_csv(tmp_path)
    refused = leerwerk("import", "learners", str(source), "--db", str(filled))
    assert refused.returncode == 2 and "Jan de Vries" in refused.stderr  # just written: it may be alive
    silent_since = time.time() - lock.STALE_AFTER.total_seconds() - 60
    os.utime(path, (silent_since, silent_since))  # ZORG-PC12 stopped writing it six minutes ago
    done = leerwerk("import", "learners", str(source), "--db", str(filled))
    assert done.returncode == 0, done.stderr
    assert not path.exists()


def test_a_lock_path_that_is_a_folder_gets_one_sentence_and_changes_nothing(filled, tmp_path):
    folder = lock.lock_path(filled)
    folder.mkdir()
    before = digests(filled)
    for arguments in (
        ("import", "learners", str(learners_csv(tmp_path)), "--db", str(filled)),
        ("export", "learners", str(tmp_path / "uit.csv"), "--db", str(filled)),
    ):
        refused = leerwerk(*arguments)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.count("\n") == 1 and "Onverwachte fout" not in refused.stderr
        assert str(folder) in refused.stderr and "map" in refused.stderr
    assert digests(filled) == before and folder.is_dir() and not any(folder.iterdir())
    assert not (tmp_path / "uit.csv").exists()


# -- the window ---------------------------------------------------------------------------------------


def click_when_shown(name: str, seen: list) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box)
        seen.append({label.text() for label in box.findChildren(QLabel)})
        box.findChild(QPushButton, name).click()

    QTimer.singleShot(0, click)


def test_the_in_use_dialog_names_who_and_since_when_and_opens_read_only(qtbot, filled, main_window):
    shared = filled.with_name("gedeeld.sqlite3")
    open_database(shared)  # the other LeerWerk's file: make it exist, then hand it over
    close_database()
    owner = fabricate_live_lock(shared)
    open_database(filled)
    seen: list = []
    click_when_shown("database.inUse.readOnly", seen)
    assert main_window.switch_database(shared)
    texts = " ".join(seen[1])
    assert "Jan de Vries" in texts and "ZORG-PC12" in texts and owner.local_since() in texts
    assert seen[0].objectName() == "database.inUse"
    assert current_database().read_only
    assert _("read-only") in main_window.windowTitle()
    status = main_window.findChild(QLabel, "main.access")
    assert status.isVisible() and "Jan de Vries" in status.text() and "ZORG-PC12" in status.text()
    Path("/tmp/shots").mkdir(exist_ok=True)
    main_window.resize(1100, 700)
    main_window.grab().save("/tmp/shots/writer_read_only_window.png")


def test_choosing_not_to_open_keeps_the_current_database(qtbot, filled, main_window):
    shared = filled.with_name("gedeeld.sqlite3")
    open_database(shared)
    close_database()
    fabricate_live_lock(shared)
    open_database(filled)
    seen: list = []
    click_when_shown("database.inUse.cancel", seen)
    assert not main_window.switch_database(shared)
    assert current_database().file_path == filled and not current_database().read_only
    assert _("read-only") not in main_window.windowTitle()


def test_a_change_in_the_read_only_window_is_refused_at_the_dialog(qtbot, filled, monkeypatch):
    from desktop.app import open_main_window
    from desktop.views.learners.learner_dialog import LearnerDialog

    fabricate_live_lock(filled)
    with pytest.raises(DatabaseInUseError):
        open_main_window(filled)
    window = open_main_window(filled, read_only=True)
    qtbot.addWidget(window)
    before = digests(filled)
    learner = m.Learner.get(m.Learner.last_name == "Bakker")
    dialog = LearnerDialog(window.undo_stack, learner.id, window)
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Anders")
    assert not dialog.save()
    assert "Jan de Vries" in dialog.ui.errorLabel.text()
    assert window.undo_stack.count() == 0
    assert digests(filled) == before


def test_the_in_use_box_itself(qtbot, filled):
    from desktop.views.database.access import in_use_box

    owner = fabricate_live_lock(filled, user="Łukasz Özdemir")
    error = DatabaseInUseError(filled, owner)
    box = in_use_box(None, error)
    qtbot.addWidget(box)
    assert "Łukasz Özdemir" in box.text() and "ZORG-PC12" in box.text() and owner.local_since() in box.text()
    assert box.defaultButton().objectName() == "database.inUse.cancel"  # Enter does not pick read-only
    box.show()
    Path("/tmp/shots").mkdir(exist_ok=True)
    box.grab().save("/tmp/shots/writer_in_use_dialog.png")


def test_a_smoke_start_on_a_database_in_use_says_who_and_stops(filled, capsys):
    from desktop.app import run_gui

    fabricate_live_lock(filled)
    assert run_gui(filled, smoke=True) == 2
    assert "Jan de Vries" in capsys.readouterr().err


def test_declining_at_start_opens_no_window(filled, monkeypatch):
    from desktop import app
    from desktop.views.database import access as database_access

    fabricate_live_lock(filled)
    monkeypatch.setattr(database_access, "ask_read_only", lambda parent, error: False)
    assert app.run_gui(filled) == 0
    assert current_database() is None


def test_a_folder_where_the_lock_cannot_be_made_is_explained_and_left_alone(filled, monkeypatch):
    before = digests(filled)

    def refused(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(lock, "_write_new", refused)
    with pytest.raises(UnusableDatabaseError, match="alleen-lezen"):
        open_database(filled)
    assert digests(filled) == before and current_database() is None


def test_a_database_on_a_network_drive_is_named_in_the_status_bar(qtbot, db_path, monkeypatch):
    from desktop.app import open_main_window
    from desktop.storage import database as database_module
    from desktop.storage.network import network_warning

    monkeypatch.setattr(database_module, "is_network_path", lambda path: True)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    status = window.findChild(QLabel, "main.access")
    assert status.isVisible() and status.text() == _("On a network drive")
    assert status.toolTip() == network_warning(db_path)
    assert _("read-only") not in window.windowTitle()


def test_the_window_shows_when_another_leerwerk_took_over(qtbot, filled):
    from desktop.app import open_main_window
    from desktop.views.database.access import show_access

    window = open_main_window(filled)
    qtbot.addWidget(window)
    status = window.findChild(QLabel, "main.access")
    assert not status.isVisible()
    fabricate_live_lock(filled)
    assert not current_database().writer_lock.refresh()
    show_access(window, filled)  # what the status timer does every half minute
    assert status.isVisible() and "ZORG-PC12" in status.text()
    assert _("read-only") in window.windowTitle()


def test_a_refusal_no_dialog_catches_is_shown_as_not_saved(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.window import error_dialog

    shown, unexpected = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(error_dialog, "show_error_dialog", lambda *args: unexpected.append(args))
    error = ReadOnlyDatabaseError("Er is niets opgeslagen.")
    error_dialog.excepthook(ReadOnlyDatabaseError, error, None)
    assert shown == [(_("Not saved"), "Er is niets opgeslagen.")] and not unexpected


def test_on_a_network_drive_even_reading_waits_for_the_holder_and_says_who(filled, monkeypatch):
    from desktop.storage import database as database_module

    monkeypatch.setattr(database_module, "is_network_path", lambda path: True)
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    writer = open_database(filled)
    m.School.update(name="ROC Bezig").execute()  # from now on SQLite's exclusive lock is held
    with pytest.raises(UnusableDatabaseError) as caught:
        open_read_only(filled, bind=False)
    assert lock.this_machine() in caught.value.message
    assert caught.value.message == database_module._cannot_read_while_open(filled, lock.read_owner(filled))
    assert current_database() is writer


def test_every_tab_of_the_read_only_window_reads_without_writing(qtbot, tmp_path, monkeypatch):
    from desktop.app import open_main_window
    from desktop.demo import generate_demo
    from desktop.views.window import error_dialog

    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=8, seed=2)
    fabricate_live_lock(path)
    before = digests(path)
    failures = []
    monkeypatch.setattr(error_dialog, "_show_refusal", failures.append)
    window = open_main_window(path, read_only=True)
    qtbot.addWidget(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    for page in window.pages:
        page.reload()
    assert not failures
    assert window.tabs.count() >= 3
    assert digests(path) == before
