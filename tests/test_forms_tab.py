"""The BPV forms tab: the list, search and filters, delete with undo, preview, and the due-forms batch."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.services import form_lists, forms, signing
from desktop.storage import models as m
from desktop.views.bpv_forms.tab import FormsTab
from tests.factories import PNG, _assignment
from tests.helpers import table_dump

TODAY = clock.today()


@pytest.fixture
def tab(main_window, period):  # noqa: F811 - the fixture
    _assignment(period, title="Overdracht schrijven", deadline=TODAY - dt.timedelta(days=2))
    signed = _assignment(period, title="Medicatieronde", deadline=TODAY + dt.timedelta(days=40))
    for row in signing.signatures("assignment", signed.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    forms.save_assessment(None, {"period": period.id, "kind": "interim", "due_on": TODAY + dt.timedelta(days=5)})
    page = main_window.findChild(FormsTab, "tab.forms")
    page.reload()
    return page


def texts(page, column):
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_list_shows_learner_kind_status_due_and_signers(tab):
    assert tab.model.rowCount() == 3
    numbers = texts(tab, 0)
    assert numbers[0].startswith("PO-")  # sorted by due date: the overdue one first
    assert set(texts(tab, 1)) == {"Zoë Çelik"}
    assert "Beoordelingsformulier" in texts(tab, 2)
    signed = texts(tab, 7)
    assert "2 van 2: Lerende, Praktijkopleider" in signed
    assert "sinds" in tab.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.ui.countLabel.text() == "3 van 3 formulieren"


def test_search_and_filters(tab, qtbot):
    qtbot.keyClicks(tab.ui.filterEdit, "medicatie")
    assert texts(tab, 3) == ["Medicatieronde"]
    tab.ui.filterEdit.clear()
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("assessment"))
    assert tab.model.rowCount() == 1
    tab.ui.kindCombo.setCurrentIndex(0)
    tab.ui.dueCombo.setCurrentIndex(tab.ui.dueCombo.findData("overdue"))
    assert texts(tab, 3) == ["Overdracht schrijven"]
    tab.ui.dueCombo.setCurrentIndex(tab.ui.dueCombo.findData("waiting"))
    assert "Medicatieronde" not in texts(tab, 3) and tab.model.rowCount() == 2
    tab.ui.dueCombo.setCurrentIndex(tab.ui.dueCombo.findData("changed"))
    assert tab.model.rowCount() == 0
    # The signed form itself is fixed by the database (a trigger); a werkproces it names can still change.
    signed = m.PracticeAssignment.get(title="Medicatieronde")
    work_process = m.AssignmentWorkProcess.get(assignment=signed.id).work_process_id
    m.db.execute_sql("UPDATE work_process SET title = 'Medicatie geven' WHERE id = ?", (work_process,))
    tab.reload()
    assert texts(tab, 3) == ["Medicatieronde"]
    tab.ui.dueCombo.setCurrentIndex(0)
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("issued"))
    assert texts(tab, 3) == ["Medicatieronde"]


def test_typing_and_erasing_shows_what_a_search_afresh_shows(tab, qtbot, period):
    from desktop.services.form_order import FormFilter, form_ids

    def fresh() -> list[int]:
        return list(form_ids(FormFilter(search=tab.ui.filterEdit.text())))

    for text in ["o", "ov", "over", "ove", "", "M", "Me", "Med", "Medic", "medicatie"]:
        tab.ui.filterEdit.setText(text)
        assert list(tab.model.ids()) == fresh(), text
        assert tab.ui.countLabel.text().startswith(f"{tab.model.rowCount()} van 3")
    assert texts(tab, 3) == ["Medicatieronde"]
    # A form written meanwhile is in the next keystroke's list, which reads the database again.
    _assignment(period, title="Medicijnen uitzetten", deadline=TODAY)
    qtbot.keyClick(tab.ui.filterEdit, Qt.Key.Key_Backspace)  # "medicati"
    tab.ui.filterEdit.setText("medic")
    assert texts(tab, 3) == ["Medicijnen uitzetten", "Medicatieronde"]


def _select(tab, title):
    rows = [tab.model.row_object(row) for row in range(tab.model.rowCount())]
    tab.select_form(next(r.key for r in rows if r.title == title))


def test_delete_asks_refuses_signed_forms_and_undoes(tab, main_window, monkeypatch, database):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    _select(tab, "Medicatieronde")
    before = table_dump(database)
    tab.delete_selected()
    assert "moet bewaard blijven" in told[0] and table_dump(database) == before
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    _select(tab, "Overdracht schrijven")
    tab.delete_selected()
    assert tab.model.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert "Overdracht schrijven" not in texts(tab, 3)
    main_window.undo_stack.undo()
    assert "Overdracht schrijven" in texts(tab, 3)


def test_preview_shows_the_pdf(tab, main_window, monkeypatch):
    from desktop.views.kit.pdf_output import PdfPreviewDialog

    shown = []
    monkeypatch.setattr("desktop.views.bpv_forms.printing.run_dialog", lambda dialog: shown.append(dialog))
    _select(tab, "Overdracht schrijven")
    tab.preview_selected()
    dialog = shown[0]
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.pdf.ok and dialog.pdf.document.pageCount() >= 1
    assert dialog.data.startswith(b"%PDF")


def test_due_forms_are_saved_one_file_each(tab, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    due = [row.key for row in form_lists.due_forms()]
    assert len(due) == 2  # the overdue assignment and the assessment due in five days
    written = tab.save_batch(due, tmp_path)
    assert sorted(path.name for path in written) == sorted(path.name for path in tmp_path.glob("*.pdf"))
    assert all(" Zoë Çelik.pdf" in path.name for path in written)
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Zoë Çelik" in text


def test_a_full_disk_in_the_batch_is_said_in_dutch_with_the_forms_saved_before(tab, tmp_path, monkeypatch):
    from desktop.services import form_printouts

    def full(keys, folder, **_options):
        error = OSError(28, "No space left on device")  # as a write says it, without a file name
        error.written = [folder / "BF-1.pdf"]
        raise error

    monkeypatch.setattr(form_printouts, "save_forms", full)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append((title, text)))
    assert tab.save_batch([row.key for row in form_lists.due_forms()], tmp_path) == []
    assert warned == [
        (
            "Formulieren niet opgeslagen",
            f"{tmp_path} kan niet worden geschreven: de schijf is vol. Er is 1 formulier eerder opgeslagen; dat blijft "
            "in de map.",
        )
    ]


def test_redo_of_a_delete_keeps_a_form_signed_since(tab, main_window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    _select(tab, "Overdracht schrijven")
    key = tab.selected_key()
    tab.delete_selected()
    main_window.undo_stack.undo()
    row = signing.signatures(*key)[0]
    signing.sign_on_screen(row.id, row.signer_name, PNG)
    main_window.undo_stack.redo()
    assert signing.get_form(*key) and signing.is_frozen(*key)
