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
    assert dialog.talk_button.isEnabled() and dialog.talk_button.text() == "Eva&luatiegesprek…"
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
    monkeypatch.setattr("desktop.views.kit.pdf_output.run_dialog", lambda d: shown.append(d.data))
    dialog.ui.printButton.click()
    assert "Eerder feedback vragen." in text_of(shown[0], tmp_path)
    dialog.grab().save(str(tmp_path / "talk.png"))


# -- the school evaluations ------------------------------------------------------------------------------------------


@pytest.fixture
def reviews(main_window, period, qtbot):
    from desktop.views.quality.school_reviews import SchoolReviewsDialog

    dialog = SchoolReviewsDialog(main_window, period.school_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_tools_menu_opens_the_school_evaluations(main_window, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.views.window.main.run_dialog", lambda dialog: shown.append(dialog))
    main_window.action_school_reviews.trigger()
    assert shown and shown[0].objectName() == "school_reviews.dialog"
    assert main_window.action_school_reviews.text() == "Schoole&valuaties…"


def test_a_school_evaluation_is_added_changed_and_shown_with_the_figures(reviews, period):
    assert reviews.ui.schoolCombo.currentText() == "ROC Fictief Zuid" and reviews.review_id is None
    assert "BPV-periodes in 2026: 1" in reviews.ui.figuresLabel.text()
    assert "niet getoond: minder dan 5" in reviews.ui.figuresLabel.text()
    reviews.ui.heldEdit.setText("01-10-2026")
    reviews.ui.participantsEdit.setText("Coördinator, bpv-docent")
    reviews.ui.agreementsEdit.setPlainText("Intake samen.")
    reviews.ui.followUpEdit.setText("01-04-2027")
    assert reviews.save()
    [stored] = evaluations.school_reviews(period.school_id)
    assert reviews.review_id == stored.id and reviews.model.rowCount() == 1
    assert reviews.ui.printButton.isEnabled()
    reviews.ui.followUpEdit.setText("")
    assert reviews.save()
    assert evaluations.school_review(stored.id).follow_up_on is None and reviews.model.rowCount() == 1


def test_a_follow_up_before_the_evaluation_is_refused_beside_it(reviews, database):
    reviews.ui.heldEdit.setText("01-10-2026")
    reviews.ui.participantsEdit.setText("Coördinator")
    reviews.ui.followUpEdit.setText("01-09-2026")
    before = table_dump(database)
    assert not reviews.save()
    assert reviews.ui.followUpEdit.styleSheet() and reviews.ui.errorLabel.text().startswith("Vervolg op:")
    assert "na de evaluatie" in reviews.ui.errorLabel.text()
    assert table_dump(database) == before


def test_a_school_evaluation_is_printed_and_deleted(reviews, period, monkeypatch, tmp_path):
    from tests.pdf_text import text_of

    review = evaluations.save_school_review(period.school_id, "01-10-2026", "Coördinator", "Intake samen.", "")
    reviews.reload(select=review)
    shown = []
    monkeypatch.setattr("desktop.views.kit.pdf_output.run_dialog", lambda d: shown.append(d.data))
    reviews.ui.printButton.click()
    assert "Intake samen." in text_of(shown[0], tmp_path)
    reviews.grab().save(str(tmp_path / "reviews.png"))
    monkeypatch.setattr("desktop.views.quality.school_reviews.confirm", lambda *args: True)
    reviews.ui.deleteButton.click()
    assert evaluations.school_reviews(period.school_id) == [] and reviews.review_id is None
