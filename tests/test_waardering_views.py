"""The studentwaardering in the window: its questions under Basisgegevens, what is due on the Learners tab,
and a period's answers typed in a dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.i18n import _
from desktop.services import service_for, waardering
from desktop.storage import models as m
from desktop.views.reference.dialog import ReferenceDialog
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def ended(main_window, period):
    service_for(m.BpvPeriod).update(
        period.id, start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31), status="completed"
    )
    return period


@pytest.fixture
def reference(main_window):
    dialog = ReferenceDialog(main_window.undo_stack, main_window)
    dialog.show()
    yield dialog
    for page in dialog.pages.values():
        page.form.mark_clean()
    dialog.reject()


def test_questions_are_kept_under_basisgegevens(reference, main_window, qtmodeltester):
    page = reference.page("questions")
    qtmodeltester.check(page.model)
    assert page.proxy.rowCount() == 8
    assert page.proxy.index(0, 2).data() == "Ik ben goed ontvangen en ingewerkt op mijn afdeling."
    page.start_new()
    page.form.bindings["section"].widget.setText("Tot slot")
    page.form.bindings["text"].widget.setText("Zou je hier later willen werken?")
    page.form.bindings["kind"].widget.setCurrentIndex(1)
    assert page.save()
    added = waardering.questions()[-1]
    assert (added.text, added.kind, added.position) == ("Zou je hier later willen werken?", "yes_no", 8)
    main_window.undo_stack.undo()
    assert len(waardering.questions()) == 8


def test_an_answered_question_cannot_be_reworded_in_the_window(reference, ended, database, monkeypatch):
    first = waardering.questions()[0]
    waardering.save_evaluation(ended.id, TODAY, "typed", {first.id: 4})
    page = reference.page("questions")
    page.reload()
    page.ui.tableView.selectRow(0)
    assert page.proxy.index(0, 4).data() == "1"  # its answers are counted
    before = table_dump(database)
    page.form.bindings["text"].widget.setText("Ik ben ingewerkt.")
    assert not page.save()
    assert "Zet “Actief” uit" in page.ui.errorLabel.text() and "nieuwe vraag" in page.ui.errorLabel.text()
    assert table_dump(database) == before
    page.revert()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_current()
    assert table_dump(database) == before and _("Questionnaire answer") in shown[0]
    page.form.bindings["active"].widget.setChecked(False)
    assert page.save()
    assert first.id not in [q.id for q in waardering.questions()]
