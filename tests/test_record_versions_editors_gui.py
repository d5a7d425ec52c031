# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
"""The editors beyond the learner and period dialogs when someone else changed or deleted the record after the editor
read it: Basisgegevens (a page and its child dialog), the learning goals and the agreements refuse the save or delete
with who and when, offer to reload where something was typed (what was typed stays visible beside it), and a record
deleted meanwhile is said so instead of crashing. The other client is a second, real connection."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services import service_for
from desktop.storage import models as m
from tests.helpers import table_dump
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture


@pytest.fixture
def told(monkeypatch):
    """The questions asked (answered Yes) and the warnings shown, as (title, text)."""

    class Told:
        questions: list = []
        warnings: list = []

    said = Told()
    said.questions, said.warnings = [], []

    def question(parent, title, text, *args):
        said.questions.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.warnings.append((title, text)))
    return said


@pytest.fixture
def school(database):
    school = service_for(m.School).create(name="ROC Fictief Zuid", city="Heerlen", phone="045-1234567")
    service_for(m.SchoolSupervisor).create(school=school.id, first_name="Anaïs", last_name="Dubois")
    return school


@pytest.fixture
def page(qtbot, school):
    from desktop.views.reference.dialog import ReferenceDialog

    dialog = ReferenceDialog(QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page("schools")
    page.ui.tableView.selectRow(0)
    assert page.ui.detailGroup.title() == "ROC Fictief Zuid"
    yield page
    page.form.mark_clean()  # closing must not stop at a real question box after a failed test


def typed_panels(widget):
    from desktop.views.kit.changed_since import TypedValuesPanel

    return [panel for panel in widget.window().findChildren(TypedValuesPanel) if panel.isVisible()]


def field(page, name):
    return page.form.bindings[name].widget


def stored_school(school_id: int) -> tuple:
    return m.School.select(m.School.city, m.School.phone).where(m.School.id == school_id).tuples().get()


def test_a_school_saved_over_another_clients_change_is_refused_and_reloading_keeps_what_was_typed(
    page, school, other_client, monkeypatch, told
):
    with working_as(other_client, monkeypatch):
        service_for(m.School).update(school.id, city="Maastricht")
    field(page, "city").setText("Sittard")
    field(page, "phone").setText("046-7654321")

    assert page.save() is False

    ((title, text),) = told.questions
    assert title == "Gewijzigd door een ander" and text.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert stored_school(school.id) == ("Maastricht", "045-1234567")  # the other's save, nothing of this one
    assert field(page, "city").text() == "Maastricht" and field(page, "phone").text() == "045-1234567"
    (panel,) = typed_panels(page)
    assert panel.typed() == {"Plaats": "Sittard", "Telefoon": "046-7654321"}

    field(page, "phone").setText(panel.typed()["Telefoon"])  # copied over; the page now holds the stored version
    assert page.save() is True
    assert stored_school(school.id) == ("Maastricht", "046-7654321")


def test_a_school_another_client_deleted_is_said_so_on_saving(page, school, other_client, monkeypatch, told):
    with working_as(other_client, monkeypatch):
        service_for(m.SchoolSupervisor).delete(m.SchoolSupervisor.get().id)
        service_for(m.School).delete(school.id)
    field(page, "city").setText("Sittard")

    assert page.save() is False

    ((_title, text),) = told.warnings
    assert text.startswith(f"Verwijderd door {OTHER_LOGIN} om ")
    assert page.proxy.rowCount() == 0 and page.mode == "empty"


def test_deleting_a_school_another_client_changed_since_is_refused(page, other_client, monkeypatch, told, database):
    unused = service_for(m.School).create(name="Hogeschool Fictief", city="Heerlen")
    page.reload()
    page.ui.tableView.selectRow([page.proxy.index(row, 0).data() for row in range(2)].index("Hogeschool Fictief"))
    with working_as(other_client, monkeypatch):
        service_for(m.School).update(unused.id, city="Maastricht")
    before = table_dump(database)

    page.delete_current()

    assert told.warnings[-1][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert table_dump(database) == before
    assert field(page, "city").text() == "Maastricht"  # shown as stored now, to decide again


def test_a_supervisor_saved_over_another_clients_change_is_refused_in_its_dialog(page, other_client, monkeypatch, told):
    supervisor = m.SchoolSupervisor.get()
    dialogs = []

    def fill(dialog):
        dialogs.append(dialog)
        dialog.form.bindings["email"].widget.setText("a.dubois@roc.example")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fill)
    page.ui.childTable.selectRow(0)
    with working_as(other_client, monkeypatch):
        service_for(m.SchoolSupervisor).update(supervisor.id, phone="06-98765432")

    page.edit_child()

    (dialog,) = dialogs
    assert dialog.result() != QDialog.DialogCode.Accepted  # it stays open
    assert told.questions[0][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    stored = m.SchoolSupervisor.get_by_id(supervisor.id)
    assert (stored.phone, stored.email) == ("06-98765432", "")
    assert dialog.form.bindings["phone"].widget.text() == "06-98765432"  # reloaded
    dialog.form.bindings["email"].widget.setText("a.dubois@roc.example")
    dialog.save()
    assert m.SchoolSupervisor.get_by_id(supervisor.id).email == "a.dubois@roc.example"


@pytest.fixture
def goals(qtbot, period):
    from desktop.views.learners.period_dialog import PeriodDialog

    goal = service_for(m.LearningGoal).create(period=period.id, text="Zelfstandig een dagdienst draaien.")
    dialog = PeriodDialog(QUndoStack(), period.learner_id, period.id)
    qtbot.addWidget(dialog)
    editor = dialog.goal_editor
    editor.w.table.selectRow(0)
    assert editor.w.text.toPlainText() == goal.text
    yield editor, goal
    dialog.mark_clean()


def test_a_learning_goal_saved_or_deleted_over_another_clients_change_is_refused(
    goals, other_client, monkeypatch, told, database
):
    editor, goal = goals
    with working_as(other_client, monkeypatch):
        service_for(m.LearningGoal).update(goal.id, review="Gaat goed.")
    editor.w.text.setPlainText("Zelfstandig een avonddienst draaien.")

    editor.save()

    assert told.questions[0][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert m.LearningGoal.get_by_id(goal.id).text == goal.text
    assert editor.w.review.toPlainText() == "Gaat goed."  # reloaded

    with working_as(other_client, monkeypatch):
        service_for(m.LearningGoal).update(goal.id, status="achieved")
    before = table_dump(database)
    editor.delete()
    assert told.warnings[-1][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert table_dump(database) == before


@pytest.fixture
def agreements(qtbot, period):
    from desktop.views.learners.period_dialog import PeriodDialog

    agreement = service_for(m.Agreement).create(period=period.id, kind="placement", status="to_request")
    dialog = PeriodDialog(QUndoStack(), period.learner_id, period.id)
    qtbot.addWidget(dialog)
    panel = dialog.ui.agreementsPanel
    panel.select(agreement.id)
    yield panel, agreement
    dialog.mark_clean()


def test_an_agreement_saved_over_another_clients_change_is_refused_and_one_deleted_meanwhile_is_said_so(
    agreements, other_client, monkeypatch, told, database
):
    panel, agreement = agreements
    with working_as(other_client, monkeypatch):
        service_for(m.Agreement).update(agreement.id, sbb_id="100234567")
    panel.ui.notesEdit.setPlainText("Getekend retour verwacht.")

    assert panel.save() is False

    assert told.questions[0][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert m.Agreement.get_by_id(agreement.id).notes == ""
    assert panel.ui.sbbIdEdit.text() == "100234567"  # reloaded

    with working_as(other_client, monkeypatch):
        service_for(m.Agreement).delete(agreement.id)
    before = table_dump(database)
    panel.delete()
    assert told.warnings[-1][1].startswith(f"Verwijderd door {OTHER_LOGIN} om ")
    assert table_dump(database) == before and panel.model.rowCount() == 0


def test_a_bpv_form_saved_over_another_clients_change_is_refused_and_its_undo_too(
    qtbot, period, other_client, monkeypatch, told
):
    from desktop.services import forms, signing
    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.kit.undo import undo_step

    form = forms.save_assignment(None, {"period": period.id, "title": "Inwerkopdracht"})
    stack = QUndoStack()
    dialog = FormDialog(stack, "assignment", form.id)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Zorgplan opstellen")
    assert dialog.save()  # one step on the stack
    with working_as(other_client, monkeypatch):
        forms.save_assignment(form.id, {"description": "Met de EVV'er erbij."})
    dialog.ui.titleEdit.setText("Zorgplan bijstellen")

    assert dialog.save() is False

    assert told.questions[0][1].startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert dialog.ui.titleEdit.text() == "Zorgplan opstellen"  # reloaded: what is stored
    refused = undo_step(stack)
    assert refused is not None and refused.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    stored = signing.get_form("assignment", form.id)
    assert (stored.title, stored.description) == ("Zorgplan opstellen", "Met de EVV'er erbij.")
    dialog.mark_clean()
