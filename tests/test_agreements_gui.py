"""The Agreements page of the period dialog, its concerns banner, and the flag on the Learners tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.learners.period_dialog import PeriodDialog
from desktop.views.learners.tab import LearnersTab
from tests.factories import PROGRAM as EXE
from tests.factories import SCAN_PDF as PDF


@pytest.fixture(autouse=True)
def inside_the_period():
    clock.set_today(dt.date(2026, 11, 18))


@pytest.fixture
def dialog(qtbot, main_window, period):
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="01-01-2025")
    opened = PeriodDialog(main_window.undo_stack, period.learner_id, period.id, main_window)
    qtbot.addWidget(opened)
    opened.ui.pages.setCurrentWidget(opened.ui.agreementsPage)
    return opened


def panel_of(dialog):
    return dialog.ui.agreementsPanel


def test_the_banner_says_what_the_period_lacks_and_follows_the_agreements(qtbot, dialog, period):
    banner = dialog.ui.concernsLabel
    assert not banner.isHidden()
    assert "zonder een praktijkovereenkomst (POK)" in banner.text()
    assert "zonder een leerarbeidsovereenkomst" in banner.text()
    panel = panel_of(dialog)
    assert panel.ui.addNeededButton.isEnabled()
    qtbot.mouseClick(panel.ui.addNeededButton, Qt.MouseButton.LeftButton)
    assert sorted((r.kind, r.status) for r in panel.model.all_rows()) == [
        ("placement", "to_request"),
        ("work_learn", "to_request"),
    ]
    assert not panel.ui.addNeededButton.isEnabled()
    # Sign the POK: pick it, choose the status, fill in the three parties.
    pok = next(r.id for r in panel.model.all_rows() if r.kind == "placement")
    panel.select(pok)
    for edit in (panel.ui.learnerSignedEdit, panel.ui.schoolSignedEdit, panel.ui.companySignedEdit):
        edit.setText("20-08-2026")
    panel.ui.statusCombo.setCurrentIndex(panel.ui.statusCombo.findData("signed"))
    panel.ui.statusCombo.activated.emit(panel.ui.statusCombo.currentIndex())
    assert panel.ui.signedOnEdit.text() == "20-08-2026"  # the day the last party signed
    qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == ""
    assert "praktijkovereenkomst" not in banner.text() and "leerarbeidsovereenkomst" in banner.text()
    dialog.undo_stack.undo()
    assert "praktijkovereenkomst (POK)" in banner.text()
    assert m.Agreement.get_by_id(pok).status == "to_request"


def test_the_school_cannot_sign_a_leerarbeidsovereenkomst_and_errors_name_the_field(qtbot, dialog):
    panel = panel_of(dialog)
    panel.new()
    panel.ui.kindCombo.setCurrentIndex(panel.ui.kindCombo.findData("work_learn"))
    assert not panel.ui.schoolSignedEdit.isEnabled() and panel.ui.learnerSignedEdit.isEnabled()
    panel.ui.learnerSignedEdit.setText("03-08-2026")
    panel.ui.companySignedEdit.setText("05-08-2026")
    panel.ui.statusCombo.setCurrentIndex(panel.ui.statusCombo.findData("signed"))
    panel.ui.statusCombo.activated.emit(panel.ui.statusCombo.currentIndex())
    assert panel.ui.signedOnEdit.text() == "05-08-2026"  # the later of the two who sign it
    for edit in (panel.ui.learnerSignedEdit, panel.ui.companySignedEdit, panel.ui.signedOnEdit):
        edit.clear()
    panel.ui.statusCombo.setCurrentIndex(panel.ui.statusCombo.findData("received"))
    panel.ui.receivedOnEdit.setText("31-02-2026")
    assert not panel.save()
    assert dialog.ui.errorLabel.text().startswith("Ontvangen op:")
    assert m.Agreement.select().count() == 0


def test_a_scan_is_attached_by_its_contents_opened_and_removed_with_undo(qtbot, monkeypatch, tmp_path, dialog):
    panel = panel_of(dialog)
    panel.new()
    assert not panel.ui.attachScanButton.isEnabled()  # saved first
    assert panel.save()
    renamed = tmp_path / "pok.pdf"
    renamed.write_bytes(EXE)
    assert not panel.attach_scan(renamed)
    assert "pok.pdf is geen pdf-, PNG- of JPEG-bestand" in dialog.ui.errorLabel.text()
    scan = tmp_path / "getekende pok.pdf"
    scan.write_bytes(PDF)
    assert panel.attach_scan(scan)
    row = panel.selected()
    assert row.scan_kind == "PDF" and "getekende pok.pdf (PDF)" == panel.ui.scanNameLabel.text()
    assert panel.model.data(panel.model.index(0, panel.model.column_index("scan"))) == "PDF"
    opened = []
    monkeypatch.setattr("desktop.views.learners.agreements_panel.open_file", opened.append)
    path = panel.open_scan()
    assert opened == [path] and path.read_bytes() == PDF and path.suffix == ".pdf"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.remove_scan()
    assert m.Agreement.get_by_id(row.id).scan is None
    dialog.undo_stack.undo()
    assert bytes(m.Agreement.get_by_id(row.id).scan) == PDF


def test_delete_asks_first_and_can_be_undone(qtbot, monkeypatch, dialog):
    panel = panel_of(dialog)
    panel.add_missing()
    first = panel.model.all_rows()[0].id
    panel.select(first)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    panel.delete()
    assert m.Agreement.get_or_none(id=first) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.delete()
    assert m.Agreement.get_or_none(id=first) is None and panel.model.total_count() == 1
    dialog.undo_stack.undo()
    assert m.Agreement.get_or_none(id=first) is not None and panel.model.total_count() == 2


def test_the_agreements_table_sorts_and_passes_the_model_tester(qtbot, qtmodeltester, dialog):
    panel = panel_of(dialog)
    panel.add_missing()
    qtmodeltester.check(panel.model)
    kind = panel.model.column_index("kind")
    panel.ui.tableView.sortByColumn(kind, Qt.SortOrder.AscendingOrder)  # by name: Leerarbeids... before Praktijk...
    assert [r.kind for r in panel.model.all_rows()] == ["work_learn", "placement"]
    panel.ui.tableView.sortByColumn(kind, Qt.SortOrder.DescendingOrder)
    assert [r.kind for r in panel.model.all_rows()] == ["placement", "work_learn"]


def test_a_new_period_has_no_agreements_page_until_it_is_saved(qtbot, main_window, period):
    dialog = PeriodDialog(main_window.undo_stack, period.learner_id, None, main_window)
    qtbot.addWidget(dialog)
    assert not dialog.ui.pages.isTabEnabled(dialog.ui.pages.indexOf(dialog.ui.agreementsPage))
    assert dialog.ui.concernsLabel.isHidden()


def test_the_learners_tab_flags_a_started_period_without_a_signed_pok(qtbot, main_window, period):
    tab = main_window.findChild(LearnersTab, "tab.learners")
    tab.reload()
    column = tab.model.column_index("attention")
    index = tab.model.index(0, column)
    assert tab.model.data(index) == "Geen getekende overeenkomst · Crebo niet erkend"
    tooltip = tab.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "zonder een praktijkovereenkomst (POK)" in tooltip and "crebo 25491" in tooltip
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="01-01-2025")
    other = service_for(m.Learner).create(first_name="Noor", last_name="Bakker", learner_type="bol")
    service_for(m.BpvPeriod).create(
        learner=other.id, programme=period.programme_id, school=period.school_id, start_date="01-01-2027"
    )
    tab.reload()  # the other one starts in January: nothing to sign yet
    assert tab.model.rowCount() == 2
    texts = {tab.model.row_object(row).id: tab.model.data(tab.model.index(row, column)) for row in range(2)}
    assert texts == {period.learner_id: "Geen getekende overeenkomst", other.id: ""}
    tab.ui.attentionCheck.setChecked(True)
    assert tab.model.rowCount() == 1 and tab.model.row_object(0).id == period.learner_id
    tab.ui.attentionCheck.setChecked(False)
    tab.ui.tableView.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert tab.model.row_object(0).id == period.learner_id


def test_recognitions_are_entered_under_basisgegevens_with_four_years_by_default(qtbot, main_window, period):
    from desktop.views.reference.dialog import ReferenceDialog

    dialog = ReferenceDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    page = dialog.page("recognitions")
    assert page.ui.inactiveCheck.isHidden()  # a recognition is not retired, it ends
    page.ui.inactiveCheck.setChecked(not page.ui.inactiveCheck.isChecked())
    page.start_new()
    page.form.bindings["crebo"].widget.setText("2549")
    page.form.bindings["starts_on"].widget.setText("01-03-2024")
    assert not page.save()
    assert "vijf cijfers" in page.ui.errorLabel.text() and m.SbbRecognition.select().count() == 0
    page.form.bindings["crebo"].widget.setText("25491")
    assert page.save()
    recognition = m.SbbRecognition.get()
    assert recognition.ends_on == dt.date(2028, 2, 29)
    assert page.form.bindings["ends_on"].widget.text() == "29-02-2028"
    assert page.model.row_object(0).programmes == "Verzorgende-IG"
    assert agreements_codes(period.id) == ["agreement", "agreement"]  # the crebo is recognised now
    main_window.undo_stack.undo()
    assert m.SbbRecognition.select().count() == 0
    assert agreements_codes(period.id) == ["agreement", "agreement", "recognition"]
    dialog.reject()


def agreements_codes(period_id):
    from desktop.services.agreements import period_concerns

    return [concern.code for concern in period_concerns(period_id)]
