# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
"""The learner and period dialogs when someone else saved the record after the dialog read it: the save is refused
with who and when, and reloading shows what is stored while what the person typed stays visible beside it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from desktop.services import service_for
from desktop.storage import models as m
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture


@pytest.fixture
def learner(database):
    return service_for(m.Learner).create(
        first_name="Zoë", last_name="Berg", learner_type="bbl", phone="06-11111111", city="Kampen"
    )


@pytest.fixture
def asked(monkeypatch):
    """The questions the dialog asks, answered with `asked.answer` (Yes unless a test says otherwise)."""

    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    questions = Asked()

    def question(parent, title, text, *args):
        questions.append((title, text))
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def stored(learner_id: int) -> tuple:
    return m.Learner.select(m.Learner.phone, m.Learner.city).where(m.Learner.id == learner_id).tuples().get()


def typed_panels(dialog):
    from desktop.views.kit.changed_since import TypedValuesPanel

    return [panel for panel in dialog.findChildren(TypedValuesPanel) if panel.isVisible()]


def test_reloading_shows_the_stored_learner_and_keeps_what_was_typed_beside_it(
    qtbot, learner, other_client, monkeypatch, asked
):
    from desktop.views.learners.learner_dialog import LearnerDialog

    dialog = LearnerDialog(QUndoStack(), learner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    with working_as(other_client, monkeypatch):
        service_for(m.Learner).update(learner.id, phone="06-22222222")
    dialog.edits["phone"].setText("06-33333333")
    dialog.edits["city"].setText("Zwolle")

    assert dialog.save() is False

    ((title, text),) = asked
    assert title == "Gewijzigd door een ander"
    assert text.startswith(f"Gewijzigd door {OTHER_LOGIN} om ") and "naast dit venster zichtbaar" in text
    assert stored(learner.id) == ("06-22222222", "Kampen")  # the other's save, nothing of this one
    assert dialog.edits["phone"].text() == "06-22222222" and dialog.edits["city"].text() == "Kampen"
    (panel,) = typed_panels(dialog)
    assert panel.typed() == {"Telefoon": "06-33333333", "Woonplaats": "Zwolle"}

    # Copying one typed value over and saving again goes through: the dialog now holds the stored version.
    dialog.edits["city"].setText(panel.typed()["Woonplaats"])
    assert dialog.save() is True
    assert stored(learner.id) == ("06-22222222", "Zwolle")


def test_not_reloading_keeps_the_dialog_as_typed_and_saves_nothing(qtbot, learner, other_client, monkeypatch, asked):
    from desktop.views.learners.learner_dialog import LearnerDialog

    dialog = LearnerDialog(QUndoStack(), learner.id)
    qtbot.addWidget(dialog)
    with working_as(other_client, monkeypatch):
        service_for(m.Learner).update(learner.id, phone="06-22222222")
    dialog.edits["city"].setText("Zwolle")
    asked.answer = QMessageBox.StandardButton.No

    assert dialog.save() is False
    assert dialog.edits["city"].text() == "Zwolle" and dialog.edits["phone"].text() == "06-11111111"
    assert stored(learner.id) == ("06-22222222", "Kampen") and not typed_panels(dialog)


def test_the_period_dialog_refuses_a_save_over_another_clients_and_reloads(
    qtbot, period, other_client, monkeypatch, asked
):
    from desktop.views.learners.period_dialog import PeriodDialog

    periods = service_for(m.BpvPeriod)
    dialog = PeriodDialog(QUndoStack(), period.learner_id, period.id)
    qtbot.addWidget(dialog)
    with working_as(other_client, monkeypatch):
        periods.update(period.id, notes="Afspraak met de school verzet.")
    dialog.ui.notesEdit.setPlainText("Loopt goed.\nVolgende keer de werkbegeleider erbij.")

    assert dialog.save() is False

    assert asked and asked[0][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert m.BpvPeriod.get_by_id(period.id).notes == "Afspraak met de school verzet."
    assert dialog.ui.notesEdit.toPlainText() == "Afspraak met de school verzet."
    (panel,) = typed_panels(dialog)
    assert list(panel.typed().values()) == ["Loopt goed.\nVolgende keer de werkbegeleider erbij."]


def test_the_enrolment_dialog_refuses_a_save_over_another_clients_and_reloads(
    qtbot, database, other_client, monkeypatch, asked
):
    from desktop.views.trainings.enrolment_dialog import EnrolmentDialog

    training = service_for(m.Training).create(title="Klinische les decubitus", kind="clinical_lesson", dayparts=2)
    session = service_for(m.TrainingSession).create(training=training.id, capacity=2)
    staff = service_for(m.Staff).create(first_name="Ayşe", last_name="Yılmaz")
    enrolments = service_for(m.Enrolment)
    enrolment = enrolments.create(session=session.id, staff=staff.id)
    dialog = EnrolmentDialog(QUndoStack(), enrolment.id)
    qtbot.addWidget(dialog)
    with working_as(other_client, monkeypatch):
        enrolments.update(enrolment.id, notes="Komt een uur later.")
    dialog.ui.notesEdit.setPlainText("Neemt eigen laptop mee.")

    assert dialog.save() is False

    assert asked and asked[0][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert m.Enrolment.get_by_id(enrolment.id).notes == "Komt een uur later."
    assert dialog.ui.notesEdit.toPlainText() == "Komt een uur later."
    (panel,) = typed_panels(dialog)
    assert list(panel.typed().values()) == ["Neemt eigen laptop mee."]
