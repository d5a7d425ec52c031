"""The evaluation talk in the window: reached from the period dialog, typed in, refused beside its field
with nothing stored, and printed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.services import evaluations, service_for
from desktop.storage import models as m
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def talk(main_window, period, qtbot):
    from desktop.views.learners.period_talk_dialog import PeriodTalkDialog

    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31))
    dialog = PeriodTalkDialog(period.id, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_period_dialog_opens_the_talk(main_window, period, qtbot, monkeypatch):
    from desktop.views.learners.period_dialog import PeriodDialog

    opened = []
    monkeypatch.setattr(
        "desktop.views.learners.period_talk_dialog.open_period_talk", lambda parent, pid: opened.append(pid)
    )
    dialog = PeriodDialog(main_window.undo_stack, period.learner_id, period.id, main_window)
    qtbot.addWidget(dialog)
    assert dialog.talk_button.isEnabled() and dialog.talk_button.text() == "E&valuatiegesprek…"
    dialog.talk_button.click()
    assert opened == [period.id]
    new = PeriodDialog(main_window.undo_stack, period.learner_id, None, main_window)
    qtbot.addWidget(new)
    assert not new.talk_button.isEnabled()


def test_a_talk_is_typed_in_with_the_usual_participants(talk, period):
    assert "Zoë Çelik" in talk.ui.periodLabel.text()
    assert talk.ui.participantsEdit.text() == "Zoë Çelik, Jan de Vries, Ayşe Yılmaz"
    assert talk.ui.heldEdit.text() == "18-11-2026" and not talk.ui.printButton.isEnabled()
    talk.ui.heldEdit.setText("30-10-2026")
    talk.ui.wentWellEdit.setPlainText("Goed ingewerkt.")
    talk.save_and_close()
    stored = evaluations.talk_of(period.id)
    assert talk.saved and (stored.held_on, stored.went_well) == (dt.date(2026, 10, 30), "Goed ingewerkt.")


def test_a_talk_to_come_is_refused_beside_its_date_and_nothing_is_stored(talk, database):
    talk.ui.heldEdit.setText("19-11-2026")
    talk.ui.wentWellEdit.setPlainText("Goed ingewerkt.")
    before = table_dump(database)
    assert not talk.save()
    assert talk.ui.heldEdit.styleSheet() and talk.ui.errorLabel.text().startswith("Gehouden op:")
    assert "nog moet komen" in talk.ui.errorLabel.text()
    assert table_dump(database) == before


def test_a_stored_talk_is_printed(main_window, period, qtbot, monkeypatch, tmp_path):
    from desktop.views.learners.period_talk_dialog import PeriodTalkDialog
    from tests.pdf_text import text_of

    evaluations.save_talk(period.id, TODAY, "Zoë, Jan", "", "Eerder feedback vragen.")
    dialog = PeriodTalkDialog(period.id, main_window)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr("desktop.views.learners.period_talk_dialog.run_dialog", lambda d: shown.append(d.data))
    dialog.ui.printButton.click()
    assert "Eerder feedback vragen." in text_of(shown[0], tmp_path)
    dialog.grab().save(str(tmp_path / "talk.png"))
