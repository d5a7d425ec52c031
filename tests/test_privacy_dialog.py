"""The Privacy (AVG) dialog under Extra: export and erase one person, retention periods, review list."""

from __future__ import annotations

import datetime as dt
import zipfile

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services.retention_periods import retention_years
from desktop.storage import models as m
from desktop.views.database.privacy_dialog import PrivacyDialog
from tests.privacy_data import make_people


def answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or button)
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: asked.append(args))
    return asked


def test_reached_from_the_extra_menu(main_window, monkeypatch):
    opened = []
    monkeypatch.setattr("desktop.views.window.main.run_dialog", lambda dialog: opened.append(dialog))
    action = main_window.findChild(type(main_window.action_privacy), "action.privacy")
    assert action.text() == "&Privacy (AVG)…" or "AVG" in action.text()
    action.trigger()
    assert isinstance(opened[0], PrivacyDialog)


def test_export_erase_periods_and_anonymise(qtbot, main_window, monkeypatch, tmp_path, database):
    people = make_people(start=dt.date(2012, 9, 1), end=dt.date(2013, 6, 30))
    dialog = PrivacyDialog(main_window)
    qtbot.addWidget(dialog)
    assert dialog.ui.personCombo.count() == 1 and dialog.selected_person().id == people["learner"].id

    target = tmp_path / "zoe.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.ui.exportButton.click()
    assert "person.json" in zipfile.ZipFile(target).namelist()

    # The review list shows the old learner; No changes nothing.
    assert dialog.model.rowCount() == 1
    dialog.ui.tableView.selectRow(0)
    assert dialog.ui.anonymiseButton.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.ui.anonymiseButton.click()
    assert asked and m.Learner.get_by_id(people["learner"].id).email

    dialog.spins["learner"].setValue(30)
    dialog.ui.savePeriodsButton.click()
    assert retention_years("learner") == 30 and dialog.model.rowCount() == 0
    dialog.spins["learner"].setValue(2)
    dialog.ui.savePeriodsButton.click()

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.ui.tableView.selectRow(0)
    dialog.ui.anonymiseButton.click()
    assert m.Learner.select().count() == 0 and dialog.model.rowCount() == 0
    dialog.grab().save(str(tmp_path / "privacy.png"))


def test_erase_asks_first(qtbot, main_window, monkeypatch, database):
    people = make_people()
    dialog = PrivacyDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("staff"))
    assert dialog.selected_person().kind == "staff"
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.ui.eraseButton.click()
    assert asked and m.Staff.get_or_none(id=people["staff"].id) is not None
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.ui.eraseButton.click()
    assert m.Staff.get_or_none(id=people["staff"].id) is None
    assert dialog.ui.personCombo.count() == 0 and not dialog.ui.eraseButton.isEnabled()


def test_an_erase_not_yet_wiped_is_said_and_can_be_finished_from_the_dialog(qtbot, main_window, monkeypatch, db_path):
    import sqlite3

    from desktop.storage.models import db

    people = make_people()
    db.obj.execute_sql("PRAGMA busy_timeout = 100")  # the reader below would be waited for 5 s
    dialog = PrivacyDialog(main_window)
    qtbot.addWidget(dialog)
    assert dialog.ui.wipeButton.isHidden()
    reader = sqlite3.connect(db_path)  # another program reading the file: it cannot be rewritten meanwhile
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM learner").fetchone()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.ui.eraseButton.click()
    reader.close()
    assert m.Learner.get_or_none(m.Learner.id == people["learner"].id) is None
    [said] = warnings
    assert "nog niet opnieuw geschreven (een ander programma leest de database)" in said
    assert f"leerwerk privacy wipe --db {db_path}" in said
    assert not dialog.ui.wipeButton.isHidden() and "nog niet uit het databasebestand" in dialog.ui.wipeLabel.text()

    main_window.retranslate()  # what a start shows in the status bar
    assert "Extra > Privacy (AVG)" in main_window.ui.statusBar.currentMessage()

    informed = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.ui.wipeButton.click()
    assert dialog.ui.wipeButton.isHidden() and "opnieuw geschreven" in informed[0][2]
