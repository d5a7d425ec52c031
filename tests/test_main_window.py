"""The main window frame: tabs, menus, undo, status bar, layout memory, language, dialogs, errors."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QMessageBox, QTabWidget, QWidget

from desktop import i18n
from desktop.app import open_main_window
from desktop.errors import UnusableDatabaseError
from desktop.storage.database import current_path
from desktop.storage.models import AuditEntry, Organisation
from desktop.views.database.audit_log_dialog import AuditLogDialog
from desktop.views.reference.organisation_dialog import OrganisationDialog
from desktop.views.window import error_dialog
from desktop.views.window.settings_dialog import SettingsDialog


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_main_window_frame(main_window, db_path):
    assert main_window.isVisible()
    tabs = main_window.findChild(QTabWidget, "main.tabs")
    assert tabs is not None and tabs.accessibleName()
    assert menu_titles(main_window) == ["Be&stand", "&Bewerken", "&Overzicht", "E&xtra", "&Help"]
    assert str(db_path) in main_window.db_label.text()
    assert current_path() == db_path
    for index in range(tabs.count()):
        page = tabs.widget(index)
        assert page.objectName().startswith("tab.")


def test_open_main_window_refuses_an_unusable_file(qtbot, tmp_path):
    bad = tmp_path / "kapot.sqlite3"
    bad.write_bytes(b"dit is geen database")
    with pytest.raises(UnusableDatabaseError):
        open_main_window(bad)
    assert bad.read_bytes() == b"dit is geen database"


def test_every_control_has_an_accessible_name_or_text(main_window, qtbot):
    dialogs = [
        OrganisationDialog(main_window.undo_stack, main_window),
        SettingsDialog(main_window),
        AuditLogDialog(main_window),
    ]
    for top in [main_window, *dialogs]:
        for widget in top.findChildren(QWidget):
            if not widget.isVisibleTo(top) or widget.metaObject().className() in ("QWidget", "QLabel", "QFrame"):
                continue
            if widget.objectName().startswith("qt_") and widget.objectName() != "qt_tabwidget_tabbar":
                continue  # Qt's own inner parts (scroll bars, viewports) take their parent's name
            if isinstance(widget, QAbstractButton):
                assert widget.text() or widget.accessibleName(), widget.objectName()
            elif widget.focusPolicy() != widget.focusPolicy().NoFocus:
                assert widget.accessibleName(), f"{top.objectName()}: {widget.objectName()}"


def test_window_geometry_is_remembered(qtbot, db_path):
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    # Larger than any tab's minimum (the Learners tab's buttons and filters), within the test screen's 800 pixels.
    window.resize(QSize(780, 520))
    window.close()
    again = open_main_window(db_path)
    qtbot.addWidget(again)
    assert again.size() == QSize(780, 520)


def test_organisation_edit_is_undoable_and_redoable(main_window, qtbot):
    dialog = OrganisationDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Zorggroep Ëlsloo")
    dialog.ui.sbbIdEdit.setText("100234567")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Organisation.get().name == "Zorggroep Ëlsloo"
    assert main_window.action_undo.isEnabled()
    assert "organisatiegegevens" in main_window.action_undo.text()

    main_window.action_undo.trigger()
    assert Organisation.get().name == ""
    assert main_window.action_redo.isEnabled()
    main_window.action_redo.trigger()
    assert Organisation.get().name == "Zorggroep Ëlsloo"
    assert Organisation.get().sbb_id == "100234567"


def test_organisation_dialog_shows_the_error_next_to_the_field(main_window, qtbot, database):
    dialog = OrganisationDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.emailEdit.setText("info@zorg")
    dialog.save()
    assert dialog.isVisible()
    assert "E-mail" in dialog.ui.errorLabel.text() and "e-mailadres" in dialog.ui.errorLabel.text()
    assert dialog.ui.emailEdit.styleSheet()
    assert Organisation.get().email == ""
    assert main_window.undo_stack.count() == 0


def test_logo_is_checked_before_it_is_taken(main_window, qtbot, tmp_path):
    from PIL import Image

    dialog = OrganisationDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"dit is geen plaatje")
    assert not dialog.load_logo(fake)
    assert "PNG" in dialog.ui.errorLabel.text()
    assert not dialog.load_logo(tmp_path / "bestaat-niet.png")
    real = tmp_path / "echt.png"
    Image.new("RGB", (120, 40), (20, 90, 160)).save(real)
    assert dialog.load_logo(real)
    dialog.save()
    assert Organisation.get().logo_mime == "image/png"


def test_language_switches_live(main_window, qtbot, monkeypatch):
    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: menu_titles(main_window)[0] == "&File")
    assert i18n.current_language() == "en"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"

    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("nl"))
    dialog.accept()
    qtbot.waitUntil(lambda: menu_titles(main_window)[0] == "Be&stand")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuleren"


def test_language_choice_survives_a_restart(qtbot, db_path):
    from desktop.settings import Settings

    Settings().set_language("en")
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    assert menu_titles(window)[0] == "&File"


def test_standard_buttons_are_dutch(main_window, qtbot):
    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


def test_new_database_never_overwrites(main_window, monkeypatch, tmp_path, db_path):
    existing = tmp_path / "bestaand.sqlite3"
    existing.write_bytes(b"iets belangrijks")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    main_window.new_database()
    assert existing.read_bytes() == b"iets belangrijks"
    assert warnings and "overschrijft" in warnings[0]
    assert current_path() == db_path

    fresh = tmp_path / "nieuw.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    main_window.new_database()
    assert current_path() == fresh
    assert str(fresh) in main_window.db_label.text()


def test_opening_a_damaged_database_keeps_the_current_one(main_window, monkeypatch, tmp_path, db_path):
    damaged = tmp_path / "kapot.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 50)
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    main_window.choose_database()
    assert warnings and "kapot.sqlite3" in warnings[0]
    assert current_path() == db_path
    assert Organisation.select().count() == 1


def test_switching_database_clears_undo(main_window, qtbot, tmp_path):
    dialog = OrganisationDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Eerste")
    dialog.save()
    assert main_window.undo_stack.count() == 1
    assert main_window.switch_database(tmp_path / "tweede.sqlite3")
    assert main_window.undo_stack.count() == 0
    assert not main_window.action_undo.isEnabled()


def test_about_names_the_version(main_window, monkeypatch):
    from desktop import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    main_window.ui.actionAbout.trigger()
    assert shown and shown[0][0] == "Over LeerWerk" and __version__ in shown[0][1]


def test_audit_log_dialog_lists_and_searches_changes(main_window, qtbot, qtmodeltester):
    dialog = OrganisationDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Zorggroep")
    dialog.save()
    log_dialog = AuditLogDialog(main_window)
    qtbot.addWidget(log_dialog)
    qtmodeltester.check(log_dialog.model)
    qtmodeltester.check(log_dialog.proxy)
    assert log_dialog.proxy.rowCount() == AuditEntry.select().count() >= 1
    record_kind = log_dialog.model.column_index("table")
    assert log_dialog.proxy.index(0, record_kind).data() == "Organisatie"
    assert log_dialog.proxy.index(0, log_dialog.model.column_index("fields")).data() == "Naam"
    qtbot.keyClicks(log_dialog.ui.filterEdit, "ORGANISATIE")
    assert log_dialog.proxy.rowCount() >= 1
    log_dialog.ui.filterEdit.setText("geen-treffer")
    assert log_dialog.proxy.rowCount() == 0
    assert "0 van" in log_dialog.ui.countLabel.text()


def test_unexpected_error_shows_dialog_logs_without_personal_data_and_app_lives(main_window, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(error_dialog, "show_error_dialog", lambda *args: shown.append(args))
    try:
        raise RuntimeError("Zoë van der Berg, geboren 03-04-2004")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            error_dialog.excepthook(*sys.exc_info())
    assert shown and "Zoë" in str(shown[0][1])
    assert "RuntimeError" in caplog.text
    assert "Zoë" not in caplog.text and "2004" not in caplog.text
    assert main_window.isVisible()


def test_error_dialog_offers_copyable_details(main_window, qtbot, monkeypatch):
    boxes = []

    def fake_exec(box):
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise ValueError("boom")
    except ValueError:
        error_dialog.show_error_dialog(*sys.exc_info())
    box = boxes[0]
    assert "ValueError" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Details kopiëren")
    copy.click()
    from PySide6.QtWidgets import QApplication

    assert "ValueError" in QApplication.clipboard().text()


def test_undo_that_can_no_longer_apply_says_why(main_window, monkeypatch):
    from desktop.services import service_for
    from desktop.storage.models import Learner
    from desktop.views.kit.undo import UpdateCommand

    learners = service_for(Learner)
    learner = learners.create(first_name="Zoë", last_name="Berg", learner_type="bbl")
    _record, previous = learners.update(learner.id, last_name="Bergh")
    main_window.undo_stack.push(UpdateCommand(learners, learner.id, {"last_name": "Bergh"}, previous, "naam"))
    learners.delete(learner.id)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    main_window.action_undo.trigger()
    assert warnings and warnings[0].startswith("Verwijderd door ")  # who deleted it, and when
    assert Learner.select().count() == 0
    assert not main_window.action_undo.isEnabled()


def test_window_title_names_the_database(main_window, db_path):
    assert main_window.windowTitle() == f"{db_path.name} — LeerWerk"


def test_windowed_entry_point_shows_errors_in_a_box(qtbot, monkeypatch):
    """leerwerk-gui has no console on Windows: what would go to stderr must be seen."""
    from desktop.cli import windowed

    shown = []
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["leerwerk-gui", "--onbekend"])
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert windowed.main() == 2
    assert shown and "onbekende argumenten" in shown[0]


def test_dialogs_are_freed_after_closing(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: self.close())
    main_window.ui.actionAuditLog.trigger()
    qtbot.wait(50)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert main_window.findChildren(AuditLogDialog) == []
