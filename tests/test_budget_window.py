"""The budget window as the coordinator uses it: from the menu, a budget refused beside its field or set and undone,
a request refused without a reason and saved with one (and undone), the plan agreed to and kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop import clock
from desktop.services import service_for
from desktop.storage import models as m
from desktop.storage.models import db
from tests.helpers import content_dump, on_next_dialog

pytestmark = pytest.mark.usefixtures("english")
TODAY = dt.date(2026, 11, 18)


@pytest.fixture
def budget(qtbot, main_window):
    clock.set_today(TODAY)
    linde = service_for(m.Location).create(name="Huize De Linde").id
    team = service_for(m.Team).create(location=linde, name="Somatiek 1").id
    person = service_for(m.Staff).create(first_name="Zoë", last_name="Çelik", team=team).id
    manager = service_for(m.Staff).create(first_name="Noëlle", last_name="Nguyễn", team=team).id
    service_for(m.StaffRole).create(staff=manager, role="manager")
    training = service_for(m.Training).create(title="Tillen in de praktijk", kind="classroom", cost="100").id
    session = service_for(m.TrainingSession).create(training=training, location=linde, capacity=10).id
    service_for(m.SessionDate).create(session=session, date=dt.date(2026, 6, 1), daypart="morning")
    service_for(m.Enrolment).create(session=session, staff=person)
    main_window.ui.actionBudget.trigger()
    window = main_window.findChild(type(main_window.show_budget()), "budget.window")
    with qtbot.waitSignal(window.shown, timeout=10_000):
        window.refresh()
    qtbot.waitUntil(lambda: not any(job.ended.is_set() is False for jobs in window._jobs.values() for job in jobs))
    window.people = {"person": person, "manager": manager, "linde": linde}
    yield window
    window.close()  # as a person closes it: it goes (WA_DeleteOnClose) before the database does


def shown(panel) -> list[list]:
    return [panel.model.values(row) for row in range(panel.model.rowCount())]


def test_the_menu_opens_the_window_with_the_spend_of_this_year(budget, main_window):
    assert main_window.ui.actionBudget.shortcut().toString() == "Ctrl+Shift+U"
    assert budget.isVisible() and budget.ui.yearSpin.value() == 2026 and budget.ui.planYearSpin.value() == 2027
    assert budget.ui.spendPanel.ui.titleLabel.text() == "Training budget 2026"
    [row] = shown(budget.ui.spendPanel)
    assert row[0] == "Huize De Linde" and row[4] == 100  # one place on a session held in June: spent
    assert main_window.show_budget() is budget  # brought to the front, not opened twice


def test_a_negative_budget_is_said_beside_the_field_and_nothing_is_saved(budget, qtbot):
    before = content_dump(db)
    budget.ui.budgetEdit.setText("-100")
    assert budget.set_budget() is False
    assert "cannot be negative" in budget.ui.budgetErrorLabel.text() and budget.ui.budgetErrorLabel.isVisible()
    assert budget.ui.budgetEdit.styleSheet()  # marked
    assert content_dump(db) == before


def test_a_budget_is_set_shown_against_the_spend_and_undone_with_ctrl_z(budget, qtbot):
    budget.ui.budgetEdit.setText("1.000,00")
    with qtbot.waitSignal(budget.shown, timeout=10_000):
        assert budget.set_budget()
    qtbot.waitUntil(lambda: budget.ui.spendPanel.totals.rowCount() == 1)
    qtbot.waitUntil(lambda: budget.ui.spendPanel.totals.values(0)[1] == 1000)
    assert budget.ui.spendPanel.totals.values(0)[-2] == 900  # left: 1000 less the 100 spent
    assert m.TrainingBudget.select().count() == 1
    qtbot.keyClick(budget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.TrainingBudget.select().count() == 0


def fill_request(dialog, **values):
    from desktop.views.kit.widgets import select

    ui = dialog.ui
    select(ui.staffCombo, values.get("staff"))
    ui.titleEdit.setText("Post-hbo Praktijkopleider")
    ui.providerEdit.setText("Hogeschool Fictief")
    ui.costEdit.setText("2450")
    ui.firstDayEdit.setText("01-09-2026")
    select(ui.decisionCombo, values.get("decision", "pending"))
    select(ui.managerCombo, values.get("manager"))
    ui.reasonEdit.setPlainText(values.get("reason", ""))


def test_a_refusal_without_a_reason_is_said_beside_the_reason_then_saved_with_one_and_undone(budget, qtbot):
    before = content_dump(db)
    said = []

    def refuse_then_explain(dialog):
        people = budget.people
        fill_request(dialog, staff=people["person"], decision="refused", manager=people["manager"])
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        said.append((dialog.ui.errorLabel.text(), dialog.ui.reasonEdit.styleSheet(), content_dump(db) == before))
        assert dialog.ui.reasonLabel.text() == "&Reason (required):"
        dialog.ui.reasonEdit.setPlainText("Geen budget meer dit jaar.")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    seen = on_next_dialog(refuse_then_explain, name="budget.request_dialog")
    assert budget.open_request(None) and seen
    message, marked, unchanged = said[0]
    assert "A refusal needs a reason" in message and marked and unchanged
    [row] = budget.requests.all_rows()
    assert row.decision == "refused" and row.reason == "Geen budget meer dit jaar."
    budget.activateWindow()
    qtbot.waitUntil(budget.isActiveWindow)
    qtbot.keyClick(budget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.ExternalTrainingRequest.select().count() == 0 and budget.requests.rowCount() == 0


def test_the_works_councils_consent_keeps_the_plan_to_print_again(budget, qtbot, tmp_path, monkeypatch):
    def consent(dialog):
        dialog.ui.agreedOnEdit.setText("10-11-2026")
        dialog.ui.noteEdit.setText("Vergadering OR")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    seen = on_next_dialog(consent, name="budget.agree_dialog")
    snapshot = budget.agree()
    assert seen and snapshot is not None and budget.agreed.rowCount() == 1
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr("desktop.views.budget.window.ask_path", lambda *_args: target)
    monkeypatch.setattr("desktop.views.budget.window.open_file", lambda _path: None)
    assert budget.save_agreed(".pdf") == target and target.read_bytes().startswith(b"%PDF-")
