"""The main job's steps lead into each other: a period shows its forms and starts new ones filled in from
it, a learner's periods show and open their forms, the Learners tab opens a learner's forms, and the forms
list opens around today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop import clock
from desktop.services import forms, service_for, signing
from desktop.storage import models as m
from desktop.views.bpv_forms.tab import FormsTab
from desktop.views.learners.learner_dialog import LearnerDialog
from desktop.views.learners.period_dialog import PeriodDialog
from desktop.views.learners.tab import LearnersTab
from tests.factories import PNG, _assignment
from tests.helpers import on_next_dialog

TODAY = clock.today()


@pytest.fixture
def learners(main_window):
    tab = main_window.findChild(LearnersTab, "tab.learners")
    main_window.tabs.setCurrentWidget(tab)  # the overview is the first tab
    return tab


@pytest.fixture
def with_forms(period):
    assignment = _assignment(period, title="Overdracht schrijven", deadline=TODAY + dt.timedelta(days=3))
    first = signing.signatures("assignment", assignment.id)[0]
    signing.sign_on_screen(first.id, first.signer_name, PNG)
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    return {"assignment": assignment.id, "assessment": assessment.id}


def texts(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def period_dialog(qtbot, learners, period, **kwargs) -> PeriodDialog:
    dialog = PeriodDialog(learners.main_window.undo_stack, period.learner_id, period.id, learners, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_period_lists_its_forms_with_status_and_signatures(qtbot, learners, period, with_forms):
    dialog = period_dialog(qtbot, learners, period)
    pages = dialog.ui.pages
    assert pages.tabText(pages.indexOf(dialog.ui.formsPage)) == "&Formulieren (2)"
    table = dialog.ui.formsTable
    assert sorted(texts(table, 1)) == ["Beoordelingsformulier", "Praktijkopdracht"]
    assert "Overdracht schrijven" in texts(table, 2)
    assert "Deels ondertekend (1 van 2)" in texts(table, 3)  # not "Concept": its content is fixed
    assert "1 van 2: Lerende" in texts(table, 5)


def test_a_new_period_starts_its_first_form_by_saving_itself_first(qtbot, learners, period):
    dialog = PeriodDialog(learners.main_window.undo_stack, period.learner_id, None, learners)
    qtbot.addWidget(dialog)
    pages = dialog.ui.pages
    assert pages.isTabEnabled(pages.indexOf(dialog.ui.formsPage))
    assert not pages.isTabEnabled(pages.indexOf(dialog.ui.tasksPage))  # tasks come with the stored period
    pages.setCurrentWidget(dialog.ui.formsPage)
    seen = on_next_dialog(lambda form: form.reject(), name="assessment.dialog")
    qtbot.mouseClick(dialog.ui.newAssessmentButton, Qt.MouseButton.LeftButton)
    assert seen == [] and m.BpvPeriod.select().count() == 1  # refused, and said beside the field
    assert dialog.ui.errorLabel.text() == "Begindatum: Is verplicht."
    assert pages.currentIndex() == 0
    dialog.ui.programmeCombo.setCurrentIndex(1)
    dialog.ui.schoolCombo.setCurrentIndex(1)
    dialog.ui.startEdit.setText("1-9-2026")
    dialog.ui.endEdit.setText("30-6-2027")
    qtbot.mouseClick(dialog.ui.newAssessmentButton, Qt.MouseButton.LeftButton)
    assert seen == ["assessment.dialog"]
    assert dialog.period_id is not None and m.BpvPeriod.select().count() == 2


def test_a_new_assessment_is_started_from_the_period_filled_in_from_it(qtbot, learners, period):
    forms_tab = learners.main_window.findChild(FormsTab, "tab.forms")
    forms_tab.reload()
    dialog = period_dialog(qtbot, learners, period, show_forms=True)
    assert dialog.ui.pages.currentWidget() is dialog.ui.formsPage
    filled = {}

    def look_and_save(form_dialog) -> None:
        filled["period"] = form_dialog.period_id
        filled["lines"] = form_dialog.content.scores.rowCount()
        form_dialog.save_and_close()

    seen = on_next_dialog(look_and_save, name="assessment.dialog")
    qtbot.mouseClick(dialog.ui.newAssessmentButton, Qt.MouseButton.LeftButton)
    assert seen == ["assessment.dialog"]
    assert filled == {"period": period.id, "lines": 3}  # the period's werkprocessen, one line each
    made = m.Assessment.get()
    assert made.period_id == period.id
    assert texts(dialog.ui.formsTable, 0) == [made.number]
    assert dialog.ui.formsTable.currentIndex().row() == 0  # the new form is chosen
    assert made.number in texts(forms_tab.ui.tableView, 0)  # and the forms tab shows it too


def test_a_form_of_the_period_opens_from_its_list(qtbot, learners, period, with_forms):
    dialog = period_dialog(qtbot, learners, period, show_forms=True)
    table = dialog.ui.formsTable
    row = texts(table, 2).index("Overdracht schrijven")
    table.setCurrentIndex(table.model().index(row, 0))
    opened = {}
    on_next_dialog(lambda d: (opened.update(kind=d.kind, id=d.form_id), d.reject()))
    qtbot.mouseClick(dialog.ui.openFormButton, Qt.MouseButton.LeftButton)
    assert opened == {"kind": "assignment", "id": with_forms["assignment"]}


def test_the_learner_dialog_counts_each_periods_forms_and_opens_them(qtbot, learners, period, with_forms):
    later = service_for(m.BpvPeriod).create(
        learner=period.learner_id,
        programme=period.programme_id,
        school=period.school_id,
        start_date=dt.date(2027, 9, 1),
        end_date=dt.date(2028, 6, 30),
    )
    dialog = LearnerDialog(learners.main_window.undo_stack, period.learner_id, learners)
    qtbot.addWidget(dialog)
    table = dialog.ui.periodsTable
    column = table.model().column_index("forms")
    counts = {table.model().row_object(row).id: texts(table, column)[row] for row in range(table.model().rowCount())}
    assert counts == {period.id: "2", later.id: "0"}
    assert not dialog.ui.periodFormsButton.isEnabled()
    row = next(r for r in range(table.model().rowCount()) if table.model().row_object(r).id == period.id)
    table.selectRow(row)
    shown = {}

    def look(period_dialog) -> None:
        shown["page"] = period_dialog.ui.pages.currentWidget().objectName()
        shown["forms"] = period_dialog.ui.formsTable.model().rowCount()
        period_dialog.reject()

    on_next_dialog(look, name="period.dialog")
    qtbot.mouseClick(dialog.ui.periodFormsButton, Qt.MouseButton.LeftButton)
    assert shown == {"page": "formsPage", "forms": 2}


def test_the_learners_tab_opens_a_learners_forms(qtbot, main_window, learners, period, with_forms):
    other = service_for(m.Learner).create(first_name="Bram", name_prefix="'t", last_name="Hart", learner_type="bol")
    other_period = service_for(m.BpvPeriod).create(
        learner=other.id, programme=period.programme_id, school=period.school_id, start_date=dt.date(2026, 9, 1)
    )
    _assignment(other_period, title="Kennismaken")
    main_window.show()
    qtbot.waitExposed(main_window)
    learners.reload()
    learners.select_learner(period.learner_id)
    learners.ui.tableView.setFocus()
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(learners.ui.tableView, Qt.Key.Key_F, control_shift)
    forms_tab = main_window.findChild(FormsTab, "tab.forms")
    assert main_window.tabs.currentWidget() is forms_tab
    assert set(texts(forms_tab.ui.tableView, 1)) == {"Zoë Çelik"}
    assert forms_tab.model.rowCount() == 2
    button = forms_tab.ui.learnerFilterButton
    assert button.isVisible() and "Zoë Çelik" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert forms_tab.model.rowCount() == 3 and not button.isVisible()


def test_the_forms_list_opens_around_today(qtbot, main_window, period):
    for days in range(-400, 200, 20):  # 30 forms, most of them long past
        _assignment(period, title=f"Opdracht {days}", deadline=TODAY + dt.timedelta(days=days))
    main_window.resize(1000, 600)
    main_window.show()
    forms_tab = main_window.findChild(FormsTab, "tab.forms")
    main_window.tabs.setCurrentWidget(forms_tab)
    qtbot.waitUntil(lambda: forms_tab.model.rowCount() == 30)
    chosen = forms_tab.selected_row()
    assert chosen is not None and chosen.due == TODAY + dt.timedelta(days=0 if 400 % 20 == 0 else 20)
    table = forms_tab.ui.tableView
    first_shown = table.rowAt(0)
    assert first_shown > 0  # not at the top of the list of 2025's forms
    assert forms_tab.model.row_object(first_shown).due < TODAY  # with what was due just before in sight


def test_a_form_dialog_previews_and_saves_its_pdf_saving_the_form_first(
    qtbot, monkeypatch, tmp_path, main_window, period
):
    from PySide6.QtWidgets import QFileDialog

    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.bpv_forms.scores import ScoresModel
    from desktop.views.kit import files
    from desktop.views.kit.pdf_output import PdfPreviewDialog
    from tests.pdf_text import text_of

    dialog = FormDialog(main_window.undo_stack, "assessment", None, main_window, period_id=period.id)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr("desktop.views.bpv_forms.printing.run_dialog", shown.append)
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    made = m.Assessment.get()  # a new form is saved before it is shown as it prints
    assert dialog.form_id == made.id and main_window.undo_stack.count() == 1
    assert isinstance(shown[0], PdfPreviewDialog) and shown[0].pdf.ok
    assert made.number in shown[0].windowTitle() and "Zoë Çelik" in shown[0].windowTitle()

    target = tmp_path / "beoordeling.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(files, "open_file", lambda path: None)
    dialog.content.scores.setData(dialog.content.scores.index(0, ScoresModel.SCORE), "good")
    qtbot.mouseClick(dialog.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert m.AssessmentScore.get(m.AssessmentScore.assessment == made.id, m.AssessmentScore.score == "good")
    text = text_of(target.read_bytes(), tmp_path)
    assert made.number in text and "Zoë Çelik" in text


def test_scores_are_given_one_letter_each_line_after_line(qtbot, main_window, period):
    from PySide6.QtWidgets import QComboBox

    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.bpv_forms.scores import ScoresModel

    dialog = FormDialog(main_window.undo_stack, "assessment", None, main_window, period_id=period.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, scores = dialog.ui.scoresTable, dialog.content.scores
    assert dialog.focusWidget() is table and table.currentIndex() == scores.index(0, ScoresModel.SCORE)

    def editor():
        return next((c for c in table.findChildren(QComboBox, "assessment.score_editor") if c.isVisible()), None)

    qtbot.keyClick(table, "g")  # a new form opens at its first score: a letter opens its drop-down and chooses
    for row, letter in enumerate("vo", start=1):  # Goed, Voldoende, Onvoldoende
        qtbot.waitUntil(lambda row=row: editor() is not None and table.currentIndex().row() == row)
        qtbot.keyClick(editor(), letter)
    assert [line.score for line in scores.lines()] == ["good", "sufficient", "insufficient"]
    assert table.currentIndex().row() == 2  # the last line stays chosen
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ui.attitudeCombo)  # and the form goes on after the table
    qtbot.keyClick(dialog.ui.attitudeCombo, "g")
    assert dialog.ui.attitudeCombo.currentData() == "good"


def test_a_new_period_at_a_school_with_one_bpv_begeleider_names_them(qtbot, main_window, learners, period):
    dialog = PeriodDialog(main_window.undo_stack, period.learner_id, None, learners)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.supervisorCombo.currentData() is None  # no school chosen yet
    ui.schoolCombo.setCurrentIndex(ui.schoolCombo.findData(period.school_id))
    assert ui.supervisorCombo.currentData() == period.school_supervisor_id
    second = service_for(m.SchoolSupervisor).create(school=period.school_id, first_name="Bart", last_name="Smit")
    other = PeriodDialog(main_window.undo_stack, period.learner_id, None, learners)
    qtbot.addWidget(other)
    other.ui.schoolCombo.setCurrentIndex(other.ui.schoolCombo.findData(period.school_id))
    assert other.ui.supervisorCombo.currentData() is None and other.ui.supervisorCombo.findData(second.id) >= 0


def test_a_new_period_names_the_one_praktijkopleider_and_offers_the_choice_when_there_are_more(
    qtbot, main_window, learners, period
):
    jan = m.StaffRole.create(staff=period.practice_trainer_id, role="practice_trainer").staff_id
    first = PeriodDialog(main_window.undo_stack, period.learner_id, None, learners)
    qtbot.addWidget(first)
    assert first.ui.trainerCombo.currentData() == jan
    assert first.ui.workSupervisorCombo.currentData() is None  # nobody has that role
    mila = service_for(m.Staff).create(first_name="Mila", last_name="Jansen")
    m.StaffRole.create(staff=mila.id, role="practice_trainer")
    second = PeriodDialog(main_window.undo_stack, period.learner_id, None, learners)
    qtbot.addWidget(second)
    assert second.ui.trainerCombo.currentData() is None and second.ui.trainerCombo.findData(mila.id) >= 0
    edited = PeriodDialog(main_window.undo_stack, period.learner_id, period.id, learners)
    qtbot.addWidget(edited)
    assert edited.ui.trainerCombo.currentData() == jan  # a stored period shows its own


@pytest.mark.parametrize(("phase", "kind"), [("introduction", "induction"), ("evaluation", "final")])
def test_a_new_assessment_is_of_the_kind_the_periods_phase_asks_for(qtbot, main_window, period, phase, kind):
    from desktop.services import form_views
    from desktop.views.bpv_forms.dialog import FormDialog

    service_for(m.BpvPeriod).update(period.id, phase=phase)
    dialog = FormDialog(main_window.undo_stack, "assessment", None, main_window, period_id=period.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.kindCombo.currentData() == kind
    due = form_views.assessment_defaults(period.id, kind)["due_on"]
    assert dialog.ui.dueEdit.text() == (due.strftime("%d-%m-%Y") if due else "")
