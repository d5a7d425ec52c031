"""The studentwaardering: its questions (retired, never changed, once answered), the periods that owe one,
and a period's answers stored whole or not at all."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import service_for, waardering
from desktop.services.placements import end_early
from desktop.storage import models as m

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


def ended_period(period, end: dt.date = dt.date(2026, 10, 31)):
    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2026, 2, 1), end_date=end, status="completed")
    return period


def answers_for(questions, score=4, words="Meer tijd voor de werkbegeleider.") -> dict:
    return {q.id: (score if q.kind == "scale" else "ja" if q.kind == "yes_no" else words) for q in questions}


def test_the_seeded_questionnaire_has_sections_in_order(database):
    questions = waardering.questions()
    assert len(questions) == 8 and [q.kind for q in questions].count("text") == 1
    grouped = waardering.sections(questions)
    assert [(section, len(items)) for section, items in grouped] == [
        ("De leerplek", 3), ("Begeleiding", 2), ("School en leerbedrijf", 1), ("Tot slot", 2)
    ]  # fmt: skip


def test_a_new_question_goes_to_the_end(database):
    question = service_for(m.EvaluationQuestion).create(text="Kreeg je een eigen inlog?", kind="yes_no")
    assert waardering.questions()[-1].id == question.id and question.position == 8


def test_an_answered_question_is_retired_not_changed(period):
    ended_period(period)
    first = waardering.questions()[0]
    waardering.save_evaluation(period.id, TODAY, "typed", {first.id: 5})
    service = service_for(m.EvaluationQuestion)
    before = m.EvaluationQuestion.get_by_id(first.id).text
    for change in ({"text": "Iets anders"}, {"kind": "text"}):
        with pytest.raises(ValidationError) as refused:
            service.update(first.id, **change)
        assert "Actief" in refused.value.message and "nieuwe vraag" in refused.value.message
    assert m.EvaluationQuestion.get_by_id(first.id).text == before
    with pytest.raises(ValidationError):
        service.delete(first.id)
    service.update(first.id, active=False, section="Vroeger")  # retiring and regrouping keep the meaning
    assert first.id not in [q.id for q in waardering.questions()]
    assert waardering.evaluation_of(period.id).answers == {first.id: 5}
    unanswered = waardering.questions()[0]
    service.update(unanswered.id, text="Ik ben goed ingewerkt.")
    assert m.EvaluationQuestion.get_by_id(unanswered.id).text == "Ik ben goed ingewerkt."


def test_an_ended_period_owes_a_questionnaire_for_a_year(period):
    assert waardering.waardering_due() == []  # still running
    ended_period(period)
    due = waardering.waardering_due()
    assert [(d.period_id, d.ended_on, d.status) for d in due] == [(period.id, dt.date(2026, 10, 31), "completed")]
    assert waardering.due_by_learner() == {period.learner_id: due[0]}
    assert waardering.waardering_due(TODAY + dt.timedelta(days=400)) == []
    waardering.save_evaluation(period.id, TODAY, "paper", answers_for(waardering.questions()))
    assert waardering.waardering_due() == []


def test_a_period_ended_early_owes_one_too(period):
    service_for(m.BpvPeriod).update(period.id, start_date=dt.date(2026, 2, 1))
    end_early(period.id, dt.date(2026, 11, 2), "stopped_personal")
    assert [(d.period_id, d.status) for d in waardering.waardering_due()] == [(period.id, "ended_early")]


def test_answers_are_stored_whole_and_replace_what_was_there(period):
    ended_period(period)
    service_for(m.EvaluationQuestion).create(section="Tot slot", text="Zou je hier willen werken?", kind="yes_no")
    questions = waardering.questions()
    waardering.save_evaluation(period.id, "10-11-2026", "typed", answers_for(questions))
    stored = waardering.evaluation_of(period.id)
    assert stored.submitted_on == dt.date(2026, 11, 10) and stored.source == "typed"
    assert [stored.answers[q.id] for q in questions] == [4] * 7 + ["Meer tijd voor de werkbegeleider.", "yes"]
    waardering.save_evaluation(period.id, TODAY, "paper", {questions[0].id: "Helemaal eens"})
    assert waardering.evaluation_of(period.id).answers == {questions[0].id: 5}
    assert m.StudentEvaluation.select().count() == 1


@pytest.mark.parametrize(
    ("answers", "field", "words"),
    [
        ({0: 6}, "question:{0}", "6"),
        ({0: "misschien"}, "question:{0}", "misschien"),
        ({6: "soms"}, "question:{6}", "ja of nee"),
        ({1: "  "}, "answers", "minstens één antwoord"),
    ],
)
def test_a_bad_answer_is_named_and_nothing_is_stored(period, answers, field, words):
    ended_period(period)
    questions = waardering.questions()
    service_for(m.EvaluationQuestion).update(questions[6].id, kind="yes_no")
    waardering.save_evaluation(period.id, TODAY, "typed", {questions[1].id: 3})
    given = {questions[index].id: value for index, value in answers.items()}
    with pytest.raises(ValidationError) as refused:
        waardering.save_evaluation(period.id, TODAY, "typed", {questions[1].id: 5, **given})
    assert refused.value.field == field.format(*[q.id for q in questions])
    assert words in refused.value.message
    assert waardering.evaluation_of(period.id).answers == {questions[1].id: 3}


def test_a_date_before_the_period_or_still_to_come_is_refused(period):
    ended_period(period)
    first = waardering.questions()[0]
    for day in ("01-01-2026", "19-11-2026"):
        with pytest.raises(ValidationError) as refused:
            waardering.save_evaluation(period.id, day, "typed", {first.id: 4})
        assert refused.value.field == "submitted_on"
    assert waardering.evaluation_of(period.id) is None


@pytest.mark.parametrize(
    ("value", "stored"),
    [("Helemaal mee eens", 5), ("Mee oneens", 2), ("Niet eens, niet oneens", 3), ("4 - Eens", 4), ("N.v.t.", None),
     ("Weet ik niet", None), ("", None), ("1 (zeer oneens)", 1)],
)  # fmt: skip
def test_a_forms_answer_word_or_no_answer_to_a_score(database, value, stored):
    question = next(q for q in waardering.questions() if q.kind == "scale")
    assert waardering.answer_value(question, value, "vraag") == stored


def test_no_answer_to_an_open_question_is_its_text(database):
    question = next(q for q in waardering.questions() if q.kind == "text")
    assert waardering.answer_value(question, "N.v.t.", "vraag") == "N.v.t."


@pytest.mark.parametrize("value", ["2 - 3", "1 of 2", "5 jaar", "3 -"])
def test_a_number_before_words_of_no_scale_is_no_score(database, value):
    question = next(q for q in waardering.questions() if q.kind == "scale")
    with pytest.raises(ValidationError, match="geen score"):
        waardering.answer_value(question, value, "vraag")
