"""Evaluating the period (the talk at its end) and the school (the yearly evaluation of the cooperation):
Dutch reasons for bad dates, nothing half stored, and a school's figures that single out no student."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import evaluations, service_for, waardering
from desktop.storage import models as m

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


def test_a_talk_is_stored_once_per_period_and_changed_in_place(period):
    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31))
    assert evaluations.talk_of(period.id) is None
    assert "Zoë Çelik" in evaluations.default_participants(period.id)
    assert "Ayşe Yılmaz" in evaluations.default_participants(period.id)
    first = evaluations.save_talk(period.id, "30-10-2026", "Zoë, Jan, Ayşe", "Goed ingewerkt.", "")
    again = evaluations.save_talk(period.id, TODAY, "Zoë, Jan", "Goed ingewerkt.", "Eerder feedback vragen.")
    talk = evaluations.talk_of(period.id)
    assert first == again and talk.held_on == TODAY and talk.improvements == "Eerder feedback vragen."
    assert m.PeriodEvaluation.select().count() == 1
    evaluations.delete_talk(period.id)
    assert evaluations.talk_of(period.id) is None


@pytest.mark.parametrize(
    ("held_on", "field", "words"),
    [
        ("19-11-2026", "held_on", "nog moet komen"),
        ("31-01-2026", "held_on", "feb 2026"),  # before the period started, which is named
        ("", "held_on", "verplicht"),
    ],
)
def test_a_talk_on_a_wrong_day_is_refused_in_dutch(period, held_on, field, words):
    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2026, 2, 1))
    with pytest.raises(ValidationError) as refused:
        evaluations.save_talk(period.id, held_on, "Zoë", "Goed.", "")
    assert refused.value.field == field and words in refused.value.message
    assert m.PeriodEvaluation.select().count() == 0


def test_an_empty_talk_is_refused(period):
    with pytest.raises(ValidationError) as refused:
        evaluations.save_talk(period.id, TODAY, "Zoë", " ", "")
    assert refused.value.field == "went_well" and "goed ging" in refused.value.message


def test_the_talk_goes_with_its_period(period):
    evaluations.save_talk(period.id, TODAY, "Zoë", "Goed.", "")
    service_for(m.BpvPeriod).delete(period.id)
    assert m.PeriodEvaluation.select().count() == 0


def test_a_school_review_needs_its_follow_up_after_it(period):
    school = period.school_id
    with pytest.raises(ValidationError) as refused:
        evaluations.save_school_review(school, "01-10-2026", "Coördinator, bpv-docent", "", "01-10-2026")
    assert refused.value.field == "follow_up_on" and "na de evaluatie" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        evaluations.save_school_review(school, "01-12-2026", "Coördinator", "", "")
    assert refused.value.field == "held_on"
    assert m.SchoolEvaluation.select().count() == 0
    review = evaluations.save_school_review(school, "01-10-2026", "Coördinator", "Intake samen.", "01-04-2027")
    evaluations.save_school_review(school, "01-10-2025", "Coördinator", "", None)
    reviews = evaluations.school_reviews(school)
    assert [r.held_on.year for r in reviews] == [2026, 2025] and reviews[0].id == review
    evaluations.save_school_review(school, "02-10-2026", "Coördinator", "Intake samen.", "", review_id=review)
    assert evaluations.school_review(review).follow_up_on is None
    evaluations.delete_school_review(review)
    assert len(evaluations.school_reviews(school)) == 1


def _periods(period, count: int, early: int, answered: int, score: int = 4):
    """`count` periods of the fixture's school that ended in 2026, `early` of them early, `answered` with a
    studentwaardering scoring `score` on every scale question."""
    service = service_for(m.BpvPeriod)
    scale = [q for q in waardering.questions() if q.kind == "scale"]
    for number in range(count):
        person = service_for(m.Learner).create(
            first_name="Leerling" + "abcdefgh"[number], last_name="Test", learner_type="bol"
        )
        status = "ended_early" if number < early else "completed"
        new = service.create(
            learner=person.id, programme=period.programme_id, school=period.school_id, contract_type="placement",
            start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31), status=status,
            ended_on=dt.date(2026, 6, 1) if status == "ended_early" else None,
            end_reason="other" if status == "ended_early" else None, end_reason_text="Verhuisd",
        )  # fmt: skip
        if number < answered:
            waardering.save_evaluation(new.id, TODAY, "typed", {q.id: score for q in scale})


def test_a_school_s_figures_hide_small_groups(period):
    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 6, 30))
    _periods(period, 6, early=2, answered=4)
    figures = evaluations.school_figures(period.school_id, 2026)
    assert figures.placements == 6 and figures.responses == 4
    assert figures.early_endings is None and figures.mean_waardering is None  # 2 early, 4 responses: hidden


def test_a_school_s_figures_show_large_enough_groups(period):
    _periods(period, 6, early=0, answered=5, score=3)
    figures = evaluations.school_figures(period.school_id, 2026)
    assert figures.early_endings == 0 and figures.mean_waardering == Decimal("3.00")
    assert evaluations.school_figures(period.school_id, 2024).placements == 0


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_a_learner_s_export_holds_the_talk_and_erasure_removes_it(database, db_path, tmp_path):
    import json
    import zipfile

    from desktop.services import erasure
    from desktop.services.privacy import PersonRef
    from desktop.services.privacy_export import export_person
    from desktop.storage.database import close_database
    from tests.privacy_data import file_bytes, make_people, signed_assignment

    people = make_people()
    signed_assignment(people)  # keeps the period itself after the erasure
    period = m.BpvPeriod.get(m.BpvPeriod.learner == people["learner"].id)
    evaluations.save_talk(period.id, "01-10-2026", "Zoë en Jan", "Rustig ingewerkt.", "Zorgen over de thuissituatie.")
    export_person(PersonRef("learner", people["learner"].id), tmp_path / "export.zip")
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        about = json.loads(archive.read("person.json").decode("utf-8"))["about"]
    assert about["period_evaluation"][0]["improvements"] == "Zorgen over de thuissituatie."
    erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert m.BpvPeriod.get_or_none(m.BpvPeriod.id == period.id) is not None
    assert m.PeriodEvaluation.select().count() == 0
    close_database()
    assert b"Zorgen over de thuissituatie" not in file_bytes(db_path)


def test_the_talk_prints_on_its_own_a4_page_with_what_was_said(period, tmp_path):
    from desktop.services import evaluation_printouts
    from tests.pdf_text import pages_of, text_of

    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31))
    evaluations.save_talk(
        period.id, "30-10-2026", "Zoë, Jan de Vries, Ayşe Yılmaz", "Goed ingewerkt.\nZelfstandig.", ""
    )
    pdf = evaluation_printouts.talk_pdf(period.id)
    text = " ".join(text_of(pdf, tmp_path).split())
    assert pages_of(pdf, tmp_path) == 1
    for words in ("Evaluatiegesprek", "Zoë Çelik", "Ayşe Yılmaz", "30 oktober 2026", "Goed ingewerkt.", "Zelfstandig."):
        assert words in text, words
    assert "Verbeterpunten (niets opgeschreven)" in text
    info = subprocess.run(["pdffonts", str(tmp_path / "form.pdf")], capture_output=True, text=True, check=True)
    assert all(line.split()[-5] == "yes" for line in info.stdout.splitlines()[2:])  # every font embedded


def test_a_school_evaluation_prints_with_the_figures_of_its_year(period, tmp_path):
    from desktop.services import evaluation_printouts
    from tests.pdf_text import text_of

    _periods(period, 6, early=2, answered=5, score=4)
    review = evaluations.save_school_review(
        period.school_id, "01-11-2026", "Coördinator, bpv-docent", "Intake samen.", "01-05-2027"
    )
    text = " ".join(text_of(evaluation_printouts.school_pdf(review), tmp_path).split())
    assert "Evaluatie van de samenwerking met ROC Fictief Zuid" in text and "Intake samen." in text
    assert "BPV-periodes in 2026 7" in text  # the fixture's own period runs into 2026 as well
    assert "niet getoond: minder dan 5" in text  # two early endings
    assert "4 van 5 (5 reacties)" in text
