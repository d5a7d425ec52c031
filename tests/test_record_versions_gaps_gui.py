# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
"""The windows the last review found saving or deleting on what is stored, with a second, real connection doing the
other person's work: the BPV forms list's delete, the school evaluations and the studentwaardering refuse with who
and when; reloading shows what is stored and keeps what was typed beside it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.services import forms, waardering
from desktop.storage import models as m
from tests.helpers import table_dump
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture


@pytest.fixture
def told(monkeypatch):
    """The questions asked (answered Yes) and the warnings shown, as (title, text)."""
    said = {"questions": [], "warnings": []}

    def question(parent, title, text, *args):
        said["questions"].append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: said["warnings"].append((title, text))
    )
    return said


def typed_panels(widget):
    from desktop.views.kit.changed_since import TypedValuesPanel

    return [panel for panel in widget.window().findChildren(TypedValuesPanel) if panel.isVisible()]


def test_a_form_another_client_changes_while_the_delete_question_is_open_is_not_deleted(
    main_window, period, other_client, monkeypatch, database
):
    from desktop.views.bpv_forms.tab import FormsTab

    form = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    tab = main_window.findChild(FormsTab, "tab.forms")
    tab.reload()
    tab.select_form(("assessment", form.id))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))

    def answered_after_the_others_save(parent, title, text, *args):
        # The person reads the question; meanwhile the other saves the form: Yes confirms what the question showed.
        with working_as(other_client, monkeypatch):
            forms.save_assessment(form.id, {"overall_judgement": "Zelfstandig in de zorg."})
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answered_after_the_others_save)
    tab.delete_selected()

    assert len(warnings) == 1 and warnings[0].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert forms.get_form("assessment", form.id).overall_judgement == "Zelfstandig in de zorg."
    assert not main_window.undo_stack.canUndo()


def test_a_school_evaluation_saved_over_another_clients_is_refused_and_reloading_keeps_what_was_typed(
    qtbot, period, other_client, monkeypatch, told, database
):
    from desktop.services import evaluations
    from desktop.views.quality.school_reviews import SchoolReviewsDialog

    review_id = evaluations.save_school_review(period.school_id, "01-10-2026", "Coördinator", "Intake samen.", "")
    dialog = SchoolReviewsDialog(None, period.school_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.review_id == review_id
    with working_as(other_client, monkeypatch):
        review = evaluations.school_review(review_id)
        evaluations.save_school_review(
            period.school_id, "01-10-2026", "Coördinator, bpv-docent", "Intake en eindgesprek samen.", "",
            review_id, review.version,
        )  # fmt: skip
    before = table_dump(database)
    dialog.ui.agreementsEdit.setPlainText("Stageplaatsen vroeg doorgeven.")

    assert not dialog.save()

    ((title, question),) = told["questions"]
    assert question.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert table_dump(database) == before
    assert dialog.ui.agreementsEdit.toPlainText() == "Intake en eindgesprek samen."  # what is stored now
    assert dialog.ui.participantsEdit.text() == "Coördinator, bpv-docent"
    (panel,) = typed_panels(dialog)
    assert "Stageplaatsen vroeg doorgeven." in panel.typed().values()
    assert dialog.save()  # on the version now shown
    assert evaluations.school_review(review_id).agreements == "Intake en eindgesprek samen."


def test_a_studentwaardering_another_client_stored_meanwhile_is_not_saved_over(
    qtbot, period, other_client, monkeypatch, told, database
):
    from desktop.views.learners.waardering_dialog import WaarderingDialog

    dialog = WaarderingDialog(period.id)
    qtbot.addWidget(dialog)
    scale = [q.id for q in waardering.questions() if q.kind == "scale"]
    with working_as(other_client, monkeypatch):
        waardering.save_evaluation(period.id, clock.today(), "paper", dict.fromkeys(scale, 5), seen_evaluation=0)
    before = table_dump(database)
    first = dialog.inputs[scale[0]]
    first.setCurrentIndex(first.findData(2))

    assert not dialog.save()

    ((_title, question),) = told["questions"]
    assert question.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert table_dump(database) == before
    assert first.currentData() == 5  # the answers stored now
    assert dialog.save()
    assert m.StudentEvaluation.select().count() == 1
