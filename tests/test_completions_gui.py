"""Importing the learning platform's completions from the Trainings tab: the preview with the rows left out
and why, a course name mapped to a training in the window (and remembered), the import on a worker thread,
and a cancel halfway that leaves the database as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import clock
from desktop.services import completions, service_for
from desktop.storage import models as m
from desktop.views.trainings import completions_dialog
from desktop.views.trainings.completions_dialog import CompletionsDialog, CompletionsJob
from desktop.views.trainings.tab import TrainingsTab
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture
def world(main_window):
    clock.set_today(TODAY)
    staff = service_for(m.Staff)
    return {
        "zoe": staff.create(first_name="Zoë", last_name="Berg", employee_number="1001").id,
        "jan": staff.create(first_name="Jan", name_prefix="de", last_name="Vries", employee_number="1002").id,
        "bhv": service_for(m.Training).create(title="BHV", kind="elearning", validity_months=12).id,
        "fire": service_for(m.Training).create(title="Brandveiligheid", kind="elearning").id,
    }


def export(tmp_path, *lines):
    path = tmp_path / "voltooiingen.csv"
    path.write_text("\r\n".join(["Personeelsnummer;Cursus;Voltooid op;Score", *lines]) + "\r\n", encoding="utf-8")
    return path


def open_from_the_tab(main_window, monkeypatch, path, drive):
    """Click the tab's button, choose `path`, and let `drive(dialog)` act in the dialog instead of a person."""
    tab = main_window.findChild(TrainingsTab, "tab.trainings")
    assert tab.ui.importCompletionsButton.text() == "Voltooiingen &importeren…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(completions_dialog, "run_dialog", drive)
    tab.ui.importCompletionsButton.click()


def test_the_preview_a_course_mapped_in_the_window_and_the_import(main_window, world, qtbot, monkeypatch, tmp_path):
    path = export(
        tmp_path, "1001;BHV;01-11-2026;85", "1002;Brand 2026 (e-learning);02-11-2026;", "9999;BHV;03-11-2026;"
    )
    said, seen = [], {}
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: said.append(text))

    def drive(dialog: CompletionsDialog):
        ui = dialog.ui
        assert ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).text() == "&Importeren"
        seen["rows"] = [(r.line, r.person, r.training, r.left_out) for r in dialog.model.all_rows()]
        seen["summary"] = ui.summaryLabel.text()
        assert not dialog.import_button.isEnabled() and not ui.coursesBox.isHidden()
        combo = dialog.course_combos["Brand 2026 (e-learning)"]
        combo.setCurrentIndex(combo.findData(world["fire"]))
        seen["after"] = [(r.line, r.training) for r in dialog.model.all_rows() if not r.left_out]
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.imported == 2)
        return dialog.result()

    open_from_the_tab(main_window, monkeypatch, path, drive)
    assert seen["rows"] == [
        (2, "Zoë Berg", "BHV", ""),
        (3, "", "Brand 2026 (e-learning)", "kies hierboven welke training deze cursus is."),
        (4, "", "", "geen medewerker of leerling met dit nummer, e-mailadres of deze naam in LeerWerk. Overgeslagen."),
    ]
    assert seen["summary"].splitlines()[0] == "1 voltooiing te importeren, met het certificaat."
    assert "Kies eerst de training van 1 cursusnaam" in seen["summary"]
    assert seen["after"] == [(2, "BHV"), (3, "Brandveiligheid")]
    assert said == ["2 voltooiingen geïmporteerd, met hun certificaten."]
    held = {(c.staff_id, c.training_id, c.issued_on) for c in m.Certificate.select()}
    assert held == {
        (world["zoe"], world["bhv"], dt.date(2026, 11, 1)),
        (world["jan"], world["fire"], dt.date(2026, 11, 2)),
    }
    assert completions.remembered()["brand 2026 (e-learning)"] == world["fire"]  # the next export needs no choice


def test_a_cancel_halfway_leaves_the_database_as_it_was(main_window, world, database, qtbot, monkeypatch, tmp_path):
    path = export(tmp_path, *[f"1001;BHV;{day:02d}-10-2026;" for day in range(1, 31)])
    before = table_dump(database)
    monkeypatch.setattr(completions, "PROGRESS_EVERY", 1)
    reported = CompletionsJob.progress

    def cancel_after_two(job, done, total):  # on the worker thread: as if Cancel was clicked right then
        if done == 2:
            job.cancel()
        return reported(job, done, total)

    monkeypatch.setattr(CompletionsJob, "progress", cancel_after_two)
    ended = {}

    def drive(dialog: CompletionsDialog):
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.job is None)
        ended["summary"], ended["imported"] = dialog.ui.summaryLabel.text(), dialog.imported
        return 0

    open_from_the_tab(main_window, monkeypatch, path, drive)
    assert ended == {"summary": "Het importeren is afgebroken; er is niets geïmporteerd.", "imported": 0}
    assert table_dump(database) == before


def test_the_platforms_score_is_a_field_of_the_enrolment_shown_and_edited(main_window, world, qtbot, tmp_path):
    from desktop.services.training_lists import enrolment_rows
    from desktop.views.trainings.enrolment_dialog import EnrolmentDialog
    from desktop.views.trainings.tables import EnrolmentsModel

    completions.import_completions(export(tmp_path, "1001;BHV;01-11-2026;8,5"))
    enrolment = m.Enrolment.get(staff=world["zoe"])
    assert (enrolment.score, enrolment.notes) == ("8,5", "")
    model = EnrolmentsModel()
    model.set_rows(enrolment_rows(world["bhv"], None))
    score = next(i for i, column in enumerate(model.columns) if column.key == "score")
    assert (model.headerData(score, Qt.Orientation.Horizontal), model.index(0, score).data()) == ("Score", "8,5")
    dialog = EnrolmentDialog(main_window.undo_stack, enrolment.id, main_window)
    qtbot.addWidget(dialog)
    assert dialog.ui.scoreEdit.text() == "8,5"
    dialog.ui.scoreEdit.setText("9")
    assert dialog.save() and m.Enrolment.get_by_id(enrolment.id).score == "9"
    main_window.undo_stack.undo()
    assert m.Enrolment.get_by_id(enrolment.id).score == "8,5"


def test_the_summary_says_what_is_left_out_and_what_completes_an_open_enrolment(world, tmp_path):
    from desktop.services.training_enrolments import EnrolmentService

    EnrolmentService().create(training=world["bhv"], staff=world["zoe"], enrolled_on=dt.date(2026, 10, 1))
    path = tmp_path / "status.csv"
    lines = ["Personeelsnummer;Cursus;Status;Voltooid op", "1001;BHV;Voltooid;01-11-2026", "1002;BHV;Niet gestart;"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    plan = completions.read_completions(path)
    assert completions_dialog.summary(plan).splitlines() == [
        "1 voltooiing te importeren, met het certificaat.",
        "1 daarvan voltooit een inschrijving die openstaat; er komt geen tweede inschrijving bij.",
        "1 regel overgeslagen: niet voltooid.",
    ]
