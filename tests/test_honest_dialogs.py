"""Safe and honest dialogs: Cancel means cancel, Escape asks before changes are thrown away, a draft
carries the planned date of its talk, the signing dialog shows what is signed, and the due forms are
listed, in whole sentences, before they are printed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from desktop import clock
from desktop.services import form_views, forms
from desktop.services.signed_content import content_hash
from desktop.storage import models as m
from desktop.views.bpv_forms.dialog import FormDialog
from desktop.views.bpv_forms.tab import FormsTab
from desktop.views.learners.learner_dialog import LearnerDialog
from desktop.views.learners.period_dialog import PeriodDialog
from desktop.views.learners.tab import LearnersTab
from tests.factories import _assignment
from tests.helpers import content_dump, on_next_dialog

TODAY = clock.today()


def answer(monkeypatch, button) -> list[str]:
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def without_sequence(dump: list[tuple]) -> list[tuple]:
    # SQLite's counter of ids given out stays advanced, as after any undone addition; no record is left.
    return [row for row in dump if row[0] != "sqlite_sequence"]


@pytest.fixture
def learners(main_window):
    return main_window.findChild(LearnersTab, "tab.learners")


def test_cancel_after_adding_a_first_period_leaves_nothing_behind(qtbot, monkeypatch, learners, period, database):
    before = content_dump(database)
    dialog = LearnerDialog(learners.main_window.undo_stack, None, learners, on_change=learners.reload)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["first_name"].setText("Fenna")
    dialog.edits["last_name"].setText("Bakker")

    def add_period(period_dialog) -> None:
        ui = period_dialog.ui
        ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findData(period.programme_id))
        ui.schoolCombo.setCurrentIndex(ui.schoolCombo.findData(period.school_id))
        ui.startEdit.setText("1-9-2026")
        period_dialog.save_and_close()

    on_next_dialog(add_period, name="period.dialog")
    qtbot.mouseClick(dialog.ui.addPeriodButton, Qt.MouseButton.LeftButton)
    fenna = m.Learner.get(m.Learner.last_name == "Bakker")
    assert m.BpvPeriod.select().where(m.BpvPeriod.learner == fenna.id).count() == 1

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and "Fenna Bakker" in asked[0] and dialog.isVisible()  # No: nothing happens
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).click()
    assert asked and without_sequence(content_dump(database)) == without_sequence(before)
    assert "Fenna Bakker" not in [learners.model.row_object(r).name for r in range(learners.model.rowCount())]


def test_ok_keeps_the_learner_made_to_add_a_period(qtbot, monkeypatch, learners, period):
    dialog = LearnerDialog(learners.main_window.undo_stack, None, learners)
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Fenna")
    dialog.edits["last_name"].setText("Bakker")
    seen = on_next_dialog(lambda d: d.reject(), name="period.dialog")
    dialog.add_period()
    assert seen == ["period.dialog"]
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.save_and_close()
    assert not asked and m.Learner.get_or_none(m.Learner.last_name == "Bakker") is not None


@pytest.mark.parametrize("make", ["learner", "period", "assessment"])
def test_escape_asks_before_changes_are_thrown_away_and_not_without_changes(qtbot, monkeypatch, learners, period, make):
    undo_stack = learners.main_window.undo_stack
    if make == "learner":
        dialog, field = LearnerDialog(undo_stack, period.learner_id, learners), "phoneEdit"
    elif make == "period":
        dialog, field = PeriodDialog(undo_stack, period.learner_id, period.id, learners), "hoursPerWeekEdit"
    else:
        form = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
        dialog, field = FormDialog(undo_stack, "assessment", form.id, learners), "realisedHoursEdit"
    qtbot.addWidget(dialog)
    dialog.show()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()  # nothing changed: Escape closes at once

    dialog.show()
    getattr(dialog.ui, field).setText("12")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # No keeps the dialog and what was typed
    assert getattr(dialog.ui, field).text() == "12"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_changed_score_counts_as_a_change(qtbot, monkeypatch, main_window, period):
    from desktop.views.bpv_forms.scores import ScoresModel

    form = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    dialog = FormDialog(main_window.undo_stack, "assessment", form.id, main_window)
    qtbot.addWidget(dialog)
    assert not dialog.has_changes()
    dialog.content.scores.setData(dialog.content.scores.index(0, ScoresModel.SCORE), "good")
    assert dialog.has_changes()
    assert dialog.save() and not dialog.has_changes()


def test_a_draft_keeps_the_planned_date_of_its_talk(qtbot, main_window, period):
    form = forms.save_assessment(None, {"period": period.id, "kind": "final"})
    dialog = FormDialog(main_window.undo_stack, "assessment", form.id, main_window)
    qtbot.addWidget(dialog)
    planned = TODAY + dt.timedelta(days=10)
    dialog.ui.talkDateEdit.setText(planned.strftime("%d-%m-%Y"))
    assert dialog.save(), dialog.ui.errorLabel.text()
    assert m.Assessment.get_by_id(form.id).talk_date == planned


def test_the_signing_dialog_shows_what_is_signed(qtbot, main_window, period):
    form = forms.save_assessment(None, {"period": period.id, "kind": "interim", "overall_score": "good"})
    wp = forms.period_work_processes(period.id)[0]
    forms.save_assessment(form.id, {}, scores=[(wp.id, "sufficient", "")])
    dialog = FormDialog(main_window.undo_stack, "assessment", form.id, main_window)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    panel.ui.tableView.setCurrentIndex(panel.model.index(0, 0))
    seen = {}

    def look(sign_dialog) -> None:
        ui = sign_dialog.ui
        seen.update(form=ui.formValue.text(), content=ui.contentValue.text(), code=ui.fingerprintValue.text())
        sign_dialog.reject()

    on_next_dialog(look, name="sign_screen.dialog")
    panel.sign_on_screen()
    number = m.Assessment.get_by_id(form.id).number
    assert number in seen["form"] and "Zoë Çelik" in seen["form"] and "Tussentijdse beoordeling" in seen["form"]
    assert f"{wp.code} Voldoende" in seen["content"] and "Eindscore: Goed" in seen["content"]
    assert seen["code"].replace(" ", "") == content_hash("assessment", form.id)[:12]
    assert form_views.fingerprint("assessment", form.id) == seen["code"].replace(" ", "")


def test_due_forms_are_listed_in_whole_sentences_before_anything_is_printed(qtbot, monkeypatch, main_window, period):
    for days in (-3, 2, 9):
        _assignment(period, title=f"Opdracht {days}", deadline=TODAY + dt.timedelta(days=days))
    _assignment(period, title="Later", deadline=TODAY + dt.timedelta(days=60))
    tab = main_window.findChild(FormsTab, "tab.forms")
    tab.reload()
    printed = []
    monkeypatch.setattr(tab, "print_batch", printed.append)
    monkeypatch.setattr(tab, "save_batch", printed.append)
    seen = {}

    def look(dialog) -> None:
        seen["sentence"] = dialog.findChild(QLabel, "forms.due.sentence").text()
        seen["titles"] = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
        assert not printed  # nothing printed while the list is shown
        dialog.reject()

    on_next_dialog(look, name="forms.due")
    tab.due_forms()
    assert seen["sentence"].startswith("3 formulieren moeten binnen twee weken klaar zijn of zijn te laat.")
    assert seen["titles"] == ["Opdracht -3", "Opdracht 2", "Opdracht 9"]
    assert not printed  # Cancel: nothing printed or saved
    on_next_dialog(lambda d: d.findChild(QPushButton, "forms.due.print").click(), name="forms.due")
    tab.due_forms()
    assert len(printed) == 1 and len(printed[0]) == 3
