"""The studentwaardering in the window: its questions under Basisgegevens, what is due on the Learners tab,
and a period's answers typed in a dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox

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


# -- what is due, on the Learners tab ------------------------------------------------------------------------------


@pytest.fixture
def learners(main_window, ended):
    from desktop.views.learners.tab import LearnersTab

    other = service_for(m.Learner).create(first_name="Bram", last_name="Aerts", learner_type="bol")
    service_for(m.BpvPeriod).create(
        learner=other.id,
        programme=ended.programme_id,
        school=ended.school_id,
        start_date=dt.date(2026, 9, 1),
        end_date=dt.date(2027, 6, 30),
    )
    page = main_window.findChild(LearnersTab, "tab.learners")
    page.reload()
    return page


def column_texts(tab, key: str) -> dict[str, str]:
    column = tab.model.column_index(key)
    return {tab.model.index(row, 0).data(): tab.model.index(row, column).data() for row in range(tab.model.rowCount())}


def test_the_learners_tab_marks_and_filters_what_is_due(learners, ended, monkeypatch):
    assert column_texts(learners, "waardering") == {"Zoë Çelik": "open sinds 31-10-2026", "Bram Aerts": ""}
    learners.ui.waarderingCheck.setChecked(True)
    assert list(column_texts(learners, "waardering")) == ["Zoë Çelik"]
    learners.ui.tableView.selectRow(0)
    assert learners.ui.waarderingButton.isEnabled()
    opened = []

    def fill_in(dialog):
        opened.append(dialog.period_id)
        dialog.inputs[waardering.questions()[0].id].setCurrentIndex(4)
        assert dialog.save()
        return 1

    monkeypatch.setattr("desktop.views.learners.waardering_dialog.WaarderingDialog.exec", fill_in)
    learners.open_waardering()
    assert opened == [ended.id]
    assert column_texts(learners, "waardering") == {}  # the filter stays on; nothing is due any more
    learners.ui.waarderingCheck.setChecked(False)
    assert column_texts(learners, "waardering")["Zoë Çelik"] == ""


# -- typing the answers in -------------------------------------------------------------------------------------------


@pytest.fixture
def answers(main_window, ended, qtbot):
    from desktop.views.learners.waardering_dialog import WaarderingDialog

    dialog = WaarderingDialog(ended.id, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_answers_are_typed_in_per_section_and_stored(answers, ended):
    questions = waardering.questions()
    assert "Zoë Çelik" in answers.ui.periodLabel.text() and "ROC Fictief Zuid" in answers.ui.periodLabel.text()
    titles = [box.title() for box in answers.ui.questionsHost.findChildren(QGroupBox)]
    assert titles == ["De leerplek", "Begeleiding", "School en leerbedrijf", "Tot slot"]
    first, last = answers.inputs[questions[0].id], answers.inputs[questions[-1].id]
    assert [first.itemText(i) for i in range(first.count())][1:] == [
        "1 – Helemaal oneens", "2 – Oneens", "3 – Neutraal", "4 – Eens", "5 – Helemaal eens"
    ]  # fmt: skip
    first.setCurrentIndex(5)
    last.setPlainText("Meer tijd voor vragen.")
    answers.ui.submittedEdit.setText("12-11-2026")
    assert answers.save()
    stored = waardering.evaluation_of(ended.id)
    assert stored.answers == {questions[0].id: 5, questions[-1].id: "Meer tijd voor vragen."}
    assert (stored.submitted_on, stored.source) == (dt.date(2026, 11, 12), "paper")


def test_a_bad_date_is_shown_beside_it_and_nothing_is_stored(answers, database):
    answers.inputs[waardering.questions()[0].id].setCurrentIndex(3)
    answers.ui.submittedEdit.setText("31-02-2026")
    before = table_dump(database)
    assert not answers.save()
    assert answers.ui.submittedEdit.styleSheet() and answers.ui.errorLabel.text().startswith("Ingevuld op:")
    answers.ui.submittedEdit.setText("12-11-2026")
    answers.inputs[waardering.questions()[0].id].setCurrentIndex(0)
    assert not answers.save()
    assert "minstens één antwoord" in answers.ui.errorLabel.text()
    assert table_dump(database) == before


def test_the_blank_questionnaire_is_printed_with_the_period(answers, ended, monkeypatch, tmp_path):
    from desktop.services import waardering_printout
    from tests.pdf_text import one_line, text_of

    shown = []
    monkeypatch.setattr("desktop.views.kit.pdf_output.run_dialog", lambda dialog: shown.append(dialog))
    answers.print_blank()
    assert shown and "Zoë Çelik" in shown[0].windowTitle()
    text = one_line(text_of(waardering_printout.questionnaire_pdf(ended.id), tmp_path))
    for expected in ("Studentwaardering", "Zoë Çelik", "Verzorgende-IG", "ROC Fictief Zuid", "Jan de Vries",
                     "Helemaal oneens", "Helemaal eens", "De leerplek", "Wat kunnen wij verbeteren?"):  # fmt: skip
        assert expected in text, expected
    assert text.count("☐") == 7 * 5


# -- the results window ------------------------------------------------------------------------------------------


def test_results_window_from_the_menu_with_chart_tables_and_import(main_window, period, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from desktop.views.quality.results import WaarderingResults
    from tests.test_waardering_import import response, write_csv

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    main_window.action_waardering.trigger()
    assert isinstance(opened[0], WaarderingResults) and main_window.action_waardering.text() == "Student&waardering…"
    window = opened[0]
    qtbot.addWidget(window)
    assert window.report.empty and not window.ui.exportButton.isEnabled()
    service_for(m.BpvPeriod).update(
        period.id, start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31), status="completed"
    )
    service_for(m.Learner).update(period.learner_id, student_number="4000123")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    bad = write_csv(tmp_path / "fout.csv", [response(number="4000123", scores=(9, 4, 4, 4, 4, 4, 4))])
    assert window.import_file(bad) == 0 and "regel 2" in shown[-1]
    good = write_csv(tmp_path / "goed.csv", [response(number="4000123"), response(number="77")])
    assert window.import_file(good) == 1 and "regel 3" in shown[-1]
    assert waardering.evaluation_of(period.id).source == "online"
    # A later export holds the earlier rows again, and many a row no learner: not all listed, nor "0 imported".
    later = write_csv(
        tmp_path / "later.csv", [response(number="4000123")] + [response(number=f"9{n:03}") for n in range(30)]
    )
    assert window.import_file(later) == 0
    assert shown[-1].startswith("0 antwoorden geïmporteerd.") and shown[-1].count("regel ") == 20
    assert shown[-1].endswith("… en nog 11.")
    again = write_csv(tmp_path / "opnieuw.csv", [response(number="4000123")])
    assert window.import_file(again) == 0 and shown[-1].startswith("Geen nieuwe antwoorden in het bestand")
    assert window.ui.tables.count() == 3
    per_location = window.ui.tables.widget(1).model()
    assert per_location.index(0, 1).data() == "< 5"  # one response: no figures
    assert window.chart_view.chart().series() == []


def test_columns_in_other_words_are_matched_in_a_screen_and_remembered(
    main_window, ended, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from desktop.views.quality.results import WaarderingResults
    from tests.test_waardering_import import META, write_csv

    service_for(m.Learner).update(ended.learner_id, student_number="4000123")
    questions = waardering.questions()
    head = [*META, "Hoe was je ontvangst?", "Opmerking", *[q.text for q in questions[1:]]]
    path = write_csv(
        tmp_path / "anders.csv", [["1", "12-11-2026", "", "", "", "4000123", 2, "x", 5, 3, 4, 5, 4, 5, ""]], head
    )
    window = WaarderingResults(main_window, on_change=lambda: None)
    qtbot.addWidget(window)
    shown, screens = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))

    def cancel(dialog):
        screens.append([label.text() for label in dialog.findChildren(QLabel) if label.buddy()])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr("desktop.views.kit.dialogs.run_dialog", cancel)
    assert window.import_file(path) == 0 and shown == []  # cancelled: nothing said, nothing written
    assert screens == [["Hoe was je ontvangst?", "Opmerking"]] and waardering.evaluation_of(ended.id) is None

    def choose(dialog):
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        first, second = dialog.combos.values()
        assert not ok.isEnabled()  # every column needs a choice
        first.setCurrentIndex(first.findData(questions[0].id))
        assert not ok.isEnabled() and second.itemText(1) == "Niet gebruiken"
        second.setCurrentIndex(1)
        assert ok.isEnabled()
        ok.click()
        return dialog.result()

    monkeypatch.setattr("desktop.views.kit.dialogs.run_dialog", choose)
    assert window.import_file(path) == 1 and "1 antwoord geïmporteerd" in shown[-1]
    assert waardering.evaluation_of(ended.id).answers[questions[0].id] == 2
    remembered = dict(m.FormColumn.select(m.FormColumn.heading, m.FormColumn.question).tuples())
    assert (remembered["hoe was je ontvangst?"], remembered["opmerking"]) == (questions[0].id, None)
