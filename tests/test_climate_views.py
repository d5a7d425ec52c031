"""The learning climate in the window: the team scan's statements under Basisgegevens."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.services import climate, service_for
from desktop.storage import models as m
from desktop.views.reference.dialog import ReferenceDialog
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def teams(main_window):
    location = service_for(m.Location).create(name="De Wingerd")
    return [service_for(m.Team).create(location=location.id, name=f"Team {n}").id for n in range(1, 4)]


@pytest.fixture
def reference(main_window):
    dialog = ReferenceDialog(main_window.undo_stack, main_window)
    dialog.show()
    yield dialog
    for page in dialog.pages.values():
        page.form.mark_clean()
    dialog.reject()


def test_statements_are_kept_under_basisgegevens_with_a_note_to_adapt_them(reference, main_window, qtmodeltester):
    page = reference.page("statements")
    qtmodeltester.check(page.model)
    assert page.proxy.rowCount() == 12
    assert page.proxy.index(0, 1).data() == "Absorptievermogen"
    assert "pas ze aan" in reference.ui.statementsNote.text()
    page.start_new()
    page.form.bindings["capacity"].widget.setCurrentIndex(3)
    page.form.bindings["text"].widget.setText("Wij bespreken fouten open in het team.")
    assert page.save()
    added = climate.statements()[-1]
    assert (added.capacity, added.text, added.position) == ("learning", "Wij bespreken fouten open in het team.", 13)
    main_window.undo_stack.undo()
    assert len(climate.statements()) == 12


def test_an_answered_statement_cannot_be_reworded_in_the_window(reference, teams, database):
    first = climate.statements()[0]
    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams)
    climate.add_response(round_id, teams[0], {first.id: 4})
    page = reference.page("statements")
    page.reload()
    page.ui.tableView.selectRow(0)
    assert page.proxy.index(0, 3).data() == "1"
    before = table_dump(database)
    page.form.bindings["text"].widget.setText("Iets anders.")
    assert not page.save()
    assert "Zet “Actief” uit" in page.ui.errorLabel.text() and "nieuwe stelling" in page.ui.errorLabel.text()
    assert table_dump(database) == before
    page.form.bindings["text"].widget.setText(first.text)
    page.form.bindings["active"].widget.setChecked(False)
    assert page.save()
    assert first.id not in [s.id for s in climate.statements()]
