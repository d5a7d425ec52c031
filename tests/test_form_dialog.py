"""The practice assignment and assessment form dialogs as the coordinator uses them: make a form for a
period, edit it, score it, sign it on screen or on paper, reopen it, and undo what may be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from desktop import clock
from desktop.i18n import _
from desktop.services import form_views, forms, service_for, signed_content, signing
from desktop.storage import models as m
from desktop.views.bpv_forms.dialog import FROZEN_NOTE, FormDialog, open_form_dialog
from desktop.views.bpv_forms.scores import ScoresModel
from desktop.views.signing import dialogs as sign_dialogs
from tests.helpers import content_dump

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PROCESSES = (
    ("B1-K1-W1", "Stelt de zorgbehoefte vast en stelt het zorgplan op"),
    ("B1-K1-W2", "Voert zorginterventies en (voorbehouden) handelingen uit"),
    ("B1-K1-W3", "Ondersteunt bij activiteiten van het dagelijks leven"),
)


@pytest.fixture
def data(main_window):
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    supervisor = service_for(m.SchoolSupervisor).create(school=school.id, first_name="Ayşe", last_name="Yılmaz")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    for position, (code, title) in enumerate(PROCESSES):
        service_for(m.WorkProcess).create(programme=programme.id, code=code, title=title, position=position)
    other = service_for(m.Programme).create(name="Helpende Zorg en Welzijn", crebo="25498", level="2", pathway="BOL")
    stranger = service_for(m.WorkProcess).create(programme=other.id, code="B1-K9-W9", title="Hoort bij Helpende")
    trainer = service_for(m.Staff).create(first_name="Jan", name_prefix="de", last_name="Vries")
    zoe = service_for(m.Learner).create(first_name="Zoë", last_name="Çelik", learner_type="bbl")
    today = clock.today()
    period = service_for(m.BpvPeriod).create(
        learner=zoe.id,
        programme=programme.id,
        school=school.id,
        school_supervisor=supervisor.id,
        practice_trainer=trainer.id,
        start_date=today - dt.timedelta(days=60),
        end_date=today + dt.timedelta(days=200),
        planned_hours=900,
    )
    goal = service_for(m.LearningGoal).create(period=period.id, text="Ik rapporteer dagelijks volgens SOAP.")
    bram = service_for(m.Learner).create(first_name="Bram", name_prefix="'t", last_name="Hart", learner_type="bol")
    service_for(m.BpvPeriod).create(
        learner=bram.id, programme=other.id, school=school.id, start_date=today, end_date=today + dt.timedelta(days=90)
    )
    return {"period": period.id, "goal": goal.id, "stranger": stranger.id, "programme": programme.id}


def list_texts(check_list) -> list[str]:
    return [check_list.model.item(row).text() for row in range(check_list.model.rowCount())]


def tick(check_list, row: int) -> None:
    check_list.model.item(row).setCheckState(Qt.CheckState.Checked)


def assignment_dialog(qtbot, main_window, form_id=None, **kwargs) -> FormDialog:
    dialog = FormDialog(main_window.undo_stack, "assignment", form_id, main_window, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def assessment_dialog(qtbot, main_window, form_id=None, **kwargs) -> FormDialog:
    dialog = FormDialog(main_window.undo_stack, "assessment", form_id, main_window, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def make_assignment(data, **values) -> m.PracticeAssignment:
    values = {"period": data["period"], "title": "Inwerkopdracht", **values}
    return forms.save_assignment(None, values, work_processes=[])


def signers_at_the_desk(monkeypatch, dialog_class, signers: int = 1) -> list[str]:
    """The first `signers` sign dialogs are signed, the next one (which follows at once) is cancelled; gives the
    role each dialog showed, in turn."""
    shown: list[str] = []

    def run(self):
        shown.append(self.ui.roleValue.text())
        return QDialog.DialogCode.Accepted if len(shown) <= signers else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", run)
    return shown


def sign_on_screen_through_panel(monkeypatch, dialog, name="Zoë Çelik", signers: int = 1) -> list[str]:
    shown = signers_at_the_desk(monkeypatch, sign_dialogs.SignOnScreenDialog, signers)
    monkeypatch.setattr(sign_dialogs.SignOnScreenDialog, "values", lambda self: {"signer_name": name, "image": PNG})
    dialog.ui.pages.setCurrentWidget(dialog.ui.signingPage)
    dialog.panel.ui.signScreenButton.click()
    return shown


def show_active(qtbot, dialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()  # the main window was active: shortcuts follow the active window
    qtbot.waitUntil(dialog.isActiveWindow)


def answer(monkeypatch, button) -> list:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or button)
    return asked


def warnings(monkeypatch) -> list[str]:
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: said.append(args[2]))
    return said


# -- practice assignments ----------------------------------------------------------------------------


def test_a_new_assignment_for_a_chosen_period_offers_the_programmes_werkprocessen(qtbot, main_window, data):
    dialog = assignment_dialog(qtbot, main_window)
    assert dialog.ui.periodCombo.isEditable() and dialog.ui.periodCombo.currentIndex() == -1
    assert list_texts(dialog.content.work_processes) == []
    combo = dialog.findChild(type(dialog.ui.periodCombo), "assignment.period")
    combo.setCurrentIndex(combo.findText("Zoë Çelik", Qt.MatchFlag.MatchStartsWith))
    assert dialog.period_id == data["period"]
    offered = list_texts(dialog.content.work_processes)
    assert offered == [f"{code}  {title}" for code, title in PROCESSES]
    assert not any("B1-K9-W9" in text for text in offered)
    assert list_texts(dialog.content.goals) == ["Ik rapporteer dagelijks volgens SOAP."]
    assert dialog.signer_checks["learner"].isChecked() and "Zoë Çelik" in dialog.signer_checks["learner"].text()
    assert dialog.signer_checks["practice_trainer"].isChecked()
    assert not dialog.signer_checks["school_supervisor"].isChecked()
    # Signing a new form saves it first: the buttons are there, the list of signatures comes with the saved form.
    assert not dialog.panel.isHidden() and dialog.panel.model.rowCount() == 0
    assert dialog.panel.ui.signScreenButton.isEnabled() and dialog.panel.ui.signPaperButton.isEnabled()
    assert dialog.ui.signingHintLabel.text() == "Het formulier wordt bewaard zodra de eerste ondertekenaar tekent."

    dialog.findChild(QLineEdit, "assignment.title").setText("Inwerkopdracht: kennismaken")
    dialog.ui.deadlineEdit.setText("15-12-2030")
    dialog.ui.descriptionEdit.setPlainText("Maak kennis met vijf cliënten.")
    tick(dialog.content.work_processes, 0)
    tick(dialog.content.work_processes, 2)
    tick(dialog.content.goals, 0)
    dialog.save_and_close()
    assert dialog.result() == QDialog.DialogCode.Accepted

    form = m.PracticeAssignment.get()
    assert (form.title, form.deadline) == ("Inwerkopdracht: kennismaken", dt.date(2030, 12, 15))
    assert form.period_id == data["period"]
    assert form.number == f"PO-{clock.today().year}-00001"
    codes = sorted(row.work_process.code for row in form.work_processes)
    assert codes == ["B1-K1-W1", "B1-K1-W3"] and [row.goal_id for row in form.goals] == [data["goal"]]
    assert [s.signer_role for s in signing.signatures("assignment", form.id)] == ["learner", "practice_trainer"]
    main_window.undo()
    assert m.PracticeAssignment.select().count() == 0
    main_window.redo()
    assert signing.get_form("assignment", form.id).title == "Inwerkopdracht: kennismaken"


def test_a_period_must_be_chosen_from_the_list(qtbot, main_window, data, database):
    before = content_dump(database)
    dialog = assignment_dialog(qtbot, main_window)
    dialog.ui.periodCombo.setEditText("Niemand bekend")
    dialog.ui.titleEdit.setText("Opdracht")
    assert not dialog.save()
    assert dialog.ui.periodCombo.styleSheet() and dialog.ui.errorLabel.text()
    assert content_dump(database) == before


def test_editing_an_assignment_can_be_undone(qtbot, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    assert not dialog.ui.periodCombo.isVisibleTo(dialog) and "Zoë Çelik" in dialog.ui.periodValue.text()
    assert dialog.ui.numberValue.text() == form.number
    dialog.ui.titleEdit.setText("Zorgplan opstellen")
    tick(dialog.content.work_processes, 1)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("issued"))
    dialog.save_and_close()
    changed = signing.get_form("assignment", form.id)
    assert (changed.title, changed.status) == ("Zorgplan opstellen", "issued")
    assert [row.work_process.code for row in changed.work_processes] == ["B1-K1-W2"]
    assert main_window.undo_stack.undoText() == _("Edit practice assignment")
    main_window.undo()
    back = signing.get_form("assignment", form.id)
    assert (back.title, back.status, back.work_processes.count()) == ("Inwerkopdracht", "draft", 0)
    main_window.redo()
    assert signing.get_form("assignment", form.id).title == "Zorgplan opstellen"


def test_saving_without_changes_adds_no_undo_step(qtbot, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    assert dialog.save()
    assert main_window.undo_stack.count() == 0


def test_ctrl_enter_saves_and_escape_cancels(qtbot, monkeypatch, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    show_active(qtbot, dialog)
    dialog.ui.titleEdit.setText("Met het toetsenbord")
    qtbot.keyClick(dialog.ui.descriptionEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert signing.get_form("assignment", form.id).title == "Met het toetsenbord"
    assert dialog.ui.descriptionEdit.toPlainText() == ""  # the key saved, it did not add a line

    other = assignment_dialog(qtbot, main_window, form.id)
    show_active(qtbot, other)
    other.ui.titleEdit.setText("Niet bewaard")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    qtbot.keyClick(other.ui.titleEdit, Qt.Key.Key_Escape)
    assert asked  # a change is not thrown away without asking
    assert other.result() == QDialog.DialogCode.Rejected
    assert signing.get_form("assignment", form.id).title == "Met het toetsenbord"


# -- assessment forms --------------------------------------------------------------------------------


def test_an_assessment_gets_a_line_per_werkproces_and_its_scores_save(qtbot, main_window, data):
    dialog = assessment_dialog(qtbot, main_window, period_id=data["period"])
    assert dialog.ui.periodCombo.currentData() == data["period"]
    scores = dialog.content.scores
    assert [scores.index(row, ScoresModel.CODE).data() for row in range(scores.rowCount())] == [
        code for code, _title in PROCESSES
    ]
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("final"))
    assert dialog.ui.plannedHoursEdit.text() == "900" and dialog.ui.dueEdit.text()
    assert dialog.ui.participantsEdit.text() == "Zoë Çelik, Jan de Vries, Ayşe Yılmaz"
    assert dialog.signer_checks["school_supervisor"].isChecked()  # a final assessment goes to the school
    dialog.ui.talkDateEdit.setText(clock.today().strftime("%d-%m-%Y"))
    dialog.ui.realisedHoursEdit.setText("412")
    assert scores.setData(scores.index(0, ScoresModel.SCORE), "good")
    assert scores.setData(scores.index(0, ScoresModel.REMARKS), "Helder zorgplan.")
    assert scores.setData(scores.index(2, ScoresModel.SCORE), "insufficient")
    dialog.ui.attitudeCombo.setCurrentIndex(dialog.ui.attitudeCombo.findData("good"))
    dialog.ui.overallCombo.setCurrentIndex(dialog.ui.overallCombo.findData("sufficient"))
    dialog.ui.judgementEdit.setPlainText("Ligt op koers.")
    assert dialog.save(), dialog.ui.errorLabel.text()

    form = signing.get_form("assessment", dialog.form_id)
    assert (form.kind, form.realised_hours) == ("final", 412)
    assert (form.attitude_score, form.overall_score) == ("good", "sufficient")
    lines = {s.work_process.code: (s.score, s.remarks) for s in form.scores}
    assert lines == {
        "B1-K1-W1": ("good", "Helder zorgplan."),
        "B1-K1-W2": (None, ""),
        "B1-K1-W3": ("insufficient", ""),
    }
    assert signing.signatures("assessment", form.id)[-1].signer_role == "school_supervisor"
    # the dialog reads back what was stored
    assert dialog.content.scores.index(0, ScoresModel.SCORE).data() == _("Good")
    assert not dialog.panel.isHidden()


@pytest.mark.parametrize(
    ("field", "widget", "value"),
    [
        ("realised_hours", "realisedHoursEdit", "-5"),
        ("talk_date", "talkDateEdit", "31-02-2026"),
    ],
)
def test_a_bad_value_is_shown_beside_its_field_and_nothing_is_saved(
    qtbot, main_window, data, database, field, widget, value
):
    form = forms.save_assessment(None, {"period": data["period"], "kind": "interim"})
    before = content_dump(database)
    dialog = assessment_dialog(qtbot, main_window, form.id)
    dialog.ui.judgementEdit.setPlainText("Wordt niet bewaard.")
    dialog.content.scores.setData(dialog.content.scores.index(0, ScoresModel.SCORE), "good")
    getattr(dialog.ui, widget).setText(value)
    dialog.save_and_close()
    assert dialog.result() != QDialog.DialogCode.Accepted  # it stays open
    edit = getattr(dialog.ui, widget)
    assert edit.styleSheet() and edit.toolTip()
    assert dialog.ui.errorLabel.text().startswith(dialog.errors.captions[field] + ": ")
    assert content_dump(database) == before
    assert main_window.undo_stack.count() == 0


def test_the_score_table_passes_the_qt_model_tester(qtbot, main_window, data, qtmodeltester):
    dialog = assessment_dialog(qtbot, main_window, period_id=data["period"])
    qtmodeltester.check(dialog.content.scores)
    dialog.content.scores.set_read_only(True)
    assert not dialog.content.scores.setData(dialog.content.scores.index(0, ScoresModel.SCORE), "good")


# -- signing, reopening and undo ----------------------------------------------------------------------


def test_signing_on_screen_freezes_the_content_and_reopening_frees_it(qtbot, monkeypatch, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    panel = dialog.panel
    assert panel.ui.bannerLabel.text() == _("Nobody has signed yet.")
    assert not panel.ui.reopenButton.isEnabled()
    changed = []
    panel.changed.connect(lambda: changed.append(True))
    sign_on_screen_through_panel(monkeypatch, dialog)

    assert changed and signing.is_frozen("assignment", form.id)
    learner_row = signing.signatures("assignment", form.id)[0]
    assert (learner_row.signer_role, learner_row.method) == ("learner", "screen")
    assert dialog.ui.titleEdit.isReadOnly() and dialog.ui.descriptionEdit.isReadOnly()
    assert not dialog.ui.frozenLabel.isHidden()
    assert dialog.ui.frozenLabel.text() == _(FROZEN_NOTE)
    assert dialog.ui.statusCombo.isEnabled()  # status is not content
    assert not dialog.signer_checks["learner"].isEnabled()  # has signed: stays on the form
    assert panel.ui.bannerLabel.text() == _("Signatures match the content")
    digest = signed_content.content_hash("assignment", form.id)
    assert panel.ui.hashLabel.text() == _("Content hash: {hash}").format(hash=digest[:12])
    status = panel.model.index(0, 3).data()
    assert status.startswith(_("Signed on screen {moment}").split("{")[0])

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    panel.ui.reopenButton.click()
    assert len(asked) == 1
    assert not signing.is_frozen("assignment", form.id)
    assert not dialog.ui.titleEdit.isReadOnly() and dialog.ui.frozenLabel.isHidden()
    voided = [s for s in signing.signatures("assignment", form.id, voided=True) if s.voided_at is not None]
    assert [s.id for s in voided if s.signed_at] == [learner_row.id]  # kept, voided
    assert m.AuditEntry.select().where(m.AuditEntry.action == "reopen").count() == 1
    assert panel.model.index(0, 3).data() == _("Waiting")


def test_signing_goes_on_to_the_next_signer_until_one_is_cancelled(qtbot, monkeypatch, main_window, data):
    form = forms.save_assessment(None, {"period": data["period"], "kind": "final"})
    roles = [s.signer_role for s in signing.signatures("assessment", form.id)]
    assert roles == ["learner", "practice_trainer", "school_supervisor"]
    labels = [form_views.role_label(role) for role in roles]
    dialog = assessment_dialog(qtbot, main_window, form.id)

    shown = sign_on_screen_through_panel(monkeypatch, dialog, signers=1)
    assert shown == labels[:2]  # the praktijkopleider's dialog came at once, and was cancelled
    waiting = [s.signer_role for s in signing.signatures("assessment", form.id) if s.signed_at is None]
    assert waiting == roles[1:]

    shown = sign_on_screen_through_panel(monkeypatch, dialog, signers=3)
    assert shown == labels[1:]  # no dialog after the last one
    assert all(s.signed_at is not None for s in signing.signatures("assessment", form.id))
    assert dialog.panel.ui.bannerLabel.text() == _("Signatures match the content")


def test_reopening_asks_first(qtbot, monkeypatch, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    sign_on_screen_through_panel(monkeypatch, dialog)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.panel.ui.reopenButton.click()
    assert asked and signing.is_frozen("assignment", form.id)


def test_signing_on_paper_with_a_scan_is_listed_as_such(qtbot, monkeypatch, main_window, data):
    form = forms.save_assessment(None, {"period": data["period"], "kind": "interim"})
    dialog = assessment_dialog(qtbot, main_window, form.id)
    today = clock.today()
    values = {"signer_name": "Jan de Vries", "signed_on": today, "scan": b"%PDF-1.4 scan", "scan_name": "scan.pdf"}
    signers_at_the_desk(monkeypatch, sign_dialogs.SignOnPaperDialog)
    monkeypatch.setattr(sign_dialogs.SignOnPaperDialog, "values", lambda self: values)
    panel = dialog.panel
    panel.ui.tableView.setCurrentIndex(panel.model.index(1, 1))  # the praktijkopleider
    panel.ui.signPaperButton.click()
    row = signing.signatures("assessment", form.id)[1]
    assert (row.signer_role, row.method, row.scan_name) == ("practice_trainer", "paper", "scan.pdf")
    texts = [panel.model.index(r, 3).data() for r in range(panel.model.rowCount())]
    assert texts[1] == _("Signed on paper {date} (scan attached)").format(date=today.strftime("%d-%m-%Y"))
    assert dialog.ui.judgementEdit.isReadOnly() and not dialog.ui.kindCombo.isEnabled()
    assert dialog.content.scores.read_only and not dialog.ui.dueEdit.isReadOnly()  # the due date is not content


def test_unsaved_edits_are_saved_before_anyone_signs(qtbot, monkeypatch, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    dialog.ui.titleEdit.setText("Wat de lerende ziet")
    sign_on_screen_through_panel(monkeypatch, dialog)
    assert signing.get_form("assignment", form.id).title == "Wat de lerende ziet"
    assert signing.signatures_match("assignment", form.id)


def test_a_form_changed_after_signing_says_the_signatures_no_longer_match(qtbot, monkeypatch, main_window, data):
    work_process = forms.period_work_processes(data["period"])[0].id
    form = forms.save_assignment(
        None, {"period": data["period"], "title": "Inwerkopdracht"}, work_processes=[work_process]
    )
    row = signing.signatures("assignment", form.id)[0]
    signing.sign_on_screen(row.id, "Zoë Çelik", PNG)
    # The form itself is fixed by the database (a trigger), but the werkproces it names can still change.
    m.db.execute_sql("UPDATE work_process SET title = 'buiten de app' WHERE id = ?", (work_process,))
    dialog = assignment_dialog(qtbot, main_window, form.id)
    banner = dialog.panel.ui.bannerLabel
    assert banner.text() == _("The content changed after signing: the signatures no longer match.")
    assert "#b00020" in banner.styleSheet()


def test_undo_of_an_edit_is_refused_once_the_form_is_signed(qtbot, monkeypatch, main_window, data):
    form = make_assignment(data)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    dialog.ui.titleEdit.setText("Nieuwe titel")
    assert dialog.save()
    sign_on_screen_through_panel(monkeypatch, dialog)
    dialog.accept()
    said = warnings(monkeypatch)
    count = main_window.undo_stack.count()
    main_window.undo()
    assert said and said[0] == _("The form was signed or reopened since; this step can no longer be undone.")
    assert main_window.undo_stack.count() == count - 1  # the obsolete step is gone
    assert signing.get_form("assignment", form.id).title == "Nieuwe titel"
    assert signing.is_frozen("assignment", form.id) and signing.signatures_match("assignment", form.id)


def test_undo_of_making_a_form_is_refused_once_it_was_signed_and_reopened(qtbot, monkeypatch, main_window, data):
    dialog = assignment_dialog(qtbot, main_window, period_id=data["period"])
    dialog.ui.titleEdit.setText("Opdracht")
    assert dialog.save()
    sign_on_screen_through_panel(monkeypatch, dialog)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.panel.ui.reopenButton.click()
    dialog.accept()
    said = warnings(monkeypatch)
    main_window.undo()
    assert said and signing.get_form("assignment", dialog.form_id).title == "Opdracht"
    voided = [s for s in signing.signatures("assignment", dialog.form_id, voided=True) if s.voided_at]
    assert len(voided) == 2  # the evidence is kept


def test_open_form_dialog_returns_the_form_it_saved(qtbot, monkeypatch, main_window, data):
    def fill_and_save(dialog):
        assert dialog.kind == "assessment" and dialog.period_id == data["period"]
        dialog.save_and_close()
        return dialog.result()

    monkeypatch.setattr("desktop.views.bpv_forms.dialog.run_dialog", fill_and_save)
    reloads = []
    key = open_form_dialog(
        main_window, main_window.undo_stack, "assessment", period_id=data["period"], on_change=lambda: reloads.append(1)
    )
    assert key == ("assessment", m.Assessment.get().id) and reloads
    monkeypatch.setattr("desktop.views.bpv_forms.dialog.run_dialog", lambda dialog: dialog.reject() or dialog.result())
    assert open_form_dialog(main_window, main_window.undo_stack, "assessment", key[1]) is None


def test_the_signatures_table_passes_the_qt_model_tester(qtbot, main_window, data, qtmodeltester):
    form = make_assignment(data)
    signing.sign_on_screen(signing.signatures("assignment", form.id)[0].id, "Zoë Çelik", PNG)
    dialog = assignment_dialog(qtbot, main_window, form.id)
    assert dialog.panel.model.rowCount() == 2
    qtmodeltester.check(dialog.panel.model)
