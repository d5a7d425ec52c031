"""The studentwaardering (001, §6): the organisation's questionnaire, which periods owe one, and a period's
answers however they came in (typed, on paper, from an online form).

A period owes a questionnaire once it has ended, completed or ended early, and for a year after: a
questionnaire asked for later says little about the placement. A period has at most one; its answers are
read one by one only here, on the period itself. Results go through `waardering_report`, which hides
small groups.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import peewee

from desktop import clock
from desktop.errors import LeerWerkError, NotFoundError, ValidationError
from desktop.i18n import N_, _
from desktop.services import tabular
from desktop.services import validation as v
from desktop.services.base import audit, refusal_from_history, transaction
from desktop.storage import choices
from desktop.storage.models import (
    AuditEntry,
    EvaluationAnswer,
    EvaluationQuestion,
    StudentEvaluation,
    db,
    display_name,
    iso_date,
)
from desktop.textsearch import name_key

DUE_WINDOW_DAYS = 365
MAX_OPEN_ANSWER = 2000
ENDED = ("completed", "ended_early")
# The day a period ended: the day it ended early, else its planned end.
ENDED_ON_SQL = "COALESCE(p.ended_on, p.end_date)"


# What the results can be grouped by (the report's groups; here, so the command line's parser loads no report).
BY = {
    "location": N_("Location"),
    "team": N_("Team"),
    "trainer": N_("Practice trainer"),
    "school": N_("School"),
    "programme": N_("Programme"),
    "learner_type": N_("Learner type"),
    "quarter": N_("Quarter"),
}


@dataclass(frozen=True)
class Question:
    id: int
    position: int
    section: str
    text: str
    kind: str
    active: bool


def questions(*, active_only: bool = True) -> list[Question]:
    """The questionnaire in its order: only the questions asked now, or also the retired ones."""
    query = EvaluationQuestion.select().order_by(EvaluationQuestion.position, EvaluationQuestion.id)
    if active_only:
        query = query.where(EvaluationQuestion.active)
    return [Question(q.id, q.position, q.section, q.text, q.kind, q.active) for q in query]


def question_rows() -> list[EvaluationQuestion]:
    """Every question, retired ones too, with how many answers it has (`answer_count`), for Basisgegevens."""
    counts = dict(db.execute_sql("SELECT question_id, COUNT(*) FROM evaluation_answer GROUP BY question_id").fetchall())
    rows = list(EvaluationQuestion.select().order_by(EvaluationQuestion.position, EvaluationQuestion.id))
    for question in rows:
        question.answer_count = counts.get(question.id, 0)
    return rows


def sections(items: list[Question]) -> list[tuple[str, list[Question]]]:
    """The questions grouped under their sections, a section where its first question stands."""
    grouped: dict[str, list[Question]] = {}
    for question in items:
        grouped.setdefault(question.section, []).append(question)
    return list(grouped.items())


# -- due ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Due:
    period_id: int
    learner_id: int
    ended_on: dt.date
    status: str


# A period `p` that owes a studentwaardering, with the first and last day it may have ended (`due_window`).
DUE_CONDITION = f"""p.status IN ('completed', 'ended_early') AND {ENDED_ON_SQL} BETWEEN ? AND ?
  AND NOT EXISTS (SELECT 1 FROM student_evaluation se WHERE se.period_id = p.id)"""
DUE_SQL = f"SELECT p.id, p.learner_id, {ENDED_ON_SQL}, p.status FROM bpv_period p WHERE {DUE_CONDITION}"


def due_window(today: dt.date | None = None) -> list[dt.date]:
    """The parameters of `DUE_CONDITION` on `today`: a period owes for a year after it ended."""
    day = today or clock.today()
    return [day - dt.timedelta(days=DUE_WINDOW_DAYS), day]


def waardering_due(today: dt.date | None = None, learner_ids: list[int] | None = None) -> list[Due]:
    """The periods that owe a studentwaardering on `today`: ended (or ended early) in the last year, none
    received yet; the most recently ended first. For the Learners tab and the overview."""
    sql, params = DUE_SQL, due_window(today)
    if learner_ids is not None:
        if not learner_ids:
            return []
        sql += f" AND p.learner_id IN ({', '.join('?' * len(learner_ids))})"
        params += list(learner_ids)
    sql += f" ORDER BY {ENDED_ON_SQL} DESC, p.id DESC"
    return [Due(r[0], r[1], iso_date(r[2]), r[3]) for r in db.execute_sql(sql, params)]


def due_by_learner(today: dt.date | None = None, learner_ids: list[int] | None = None) -> dict[int, Due]:
    """Per learner (of `learner_ids`, or every one), the most recently ended period that owes a studentwaardering."""
    due: dict[int, Due] = {}
    for row in waardering_due(today, learner_ids):
        due.setdefault(row.learner_id, row)
    return due


# -- one period ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodDetails:
    """What the questionnaire says about the period it asks about (on screen and on paper)."""

    period_id: int
    learner: str
    student_number: str
    programme: str
    school: str
    location: str
    team: str
    practice_trainer: str
    start_date: dt.date
    end_date: dt.date | None
    status: str


PERIOD_SQL = """
SELECT p.id, l.first_name, l.name_prefix, l.last_name, l.student_number, pr.name, s.name, loc.name, t.name,
       pt.first_name, pt.name_prefix, pt.last_name, p.start_date, COALESCE(p.ended_on, p.end_date), p.status
FROM bpv_period p JOIN learner l ON l.id = p.learner_id JOIN programme pr ON pr.id = p.programme_id
JOIN school s ON s.id = p.school_id LEFT JOIN team t ON t.id = p.team_id
LEFT JOIN location loc ON loc.id = t.location_id
LEFT JOIN staff pt ON pt.id = p.practice_trainer_id
WHERE p.id = ?
"""


def period_details(period_id: int) -> PeriodDetails:
    row = db.execute_sql(PERIOD_SQL, (period_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("The BPV period with number {id} does not exist.").format(id=period_id))
    return PeriodDetails(
        row[0], display_name(row[1], row[2], row[3]), row[4] or "", row[5], row[6], row[7] or "", row[8] or "",
        display_name(row[9], row[10], row[11]), iso_date(row[12]), iso_date(row[13]), row[14],
    )  # fmt: skip


@dataclass(frozen=True)
class Evaluation:
    id: int
    period_id: int
    submitted_on: dt.date
    source: str
    answers: dict[int, int | str]  # question id -> score (scale), "yes"/"no" (yes_no) or words (text)


def evaluation_of(period_id: int) -> Evaluation | None:
    """The period's questionnaire with its answers, or None when none came in."""
    evaluation = StudentEvaluation.get_or_none(StudentEvaluation.period == period_id)
    if evaluation is None:
        return None
    answers: dict[int, int | str] = {}
    for answer in EvaluationAnswer.select().where(EvaluationAnswer.evaluation == evaluation.id):
        answers[answer.question_id] = answer.score if answer.score is not None else answer.text
    return Evaluation(evaluation.id, period_id, evaluation.submitted_on, evaluation.source, answers)


def answer_value(question: Question, value, field: str) -> int | str | None:
    """One answer to `question` checked and as stored, or None for no answer ("N.v.t." to a score or a yes/no
    question too). `field` names it in an error."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if question.kind in ("scale", "yes_no") and no_answer(value):
        return None
    if question.kind == "scale":
        score = scale_score(value)
        if score is None:
            raise ValidationError(field, not_a_score(value))
        return score
    if question.kind == "yes_no":
        answer = yes_no(value)
        if answer is None:
            raise ValidationError(
                field, _("“{value}” is not an answer to a yes/no question: give yes or no.").format(value=value)
            )
        return answer
    text = v.text(field, str(value), max_length=MAX_OPEN_ANSWER, multiline=True)
    return text or None


# The words of a five-point scale as online forms write them, in either language whatever LeerWerk is shown in
# (Microsoft Forms: "Helemaal mee eens" ... "Helemaal mee oneens"), folded by `name_key`.
SCALE_WORDS = {
    name_key(word): score
    for score, words in {
        1: ("Strongly disagree", "Helemaal oneens", "Helemaal mee oneens", "Helemaal niet mee eens", "Zeer oneens",
            "Volledig oneens", "Totaal oneens", "Helemaal niet eens"),
        2: ("Disagree", "Oneens", "Mee oneens", "Niet mee eens", "Niet eens", "Enigszins oneens", "Somewhat disagree"),
        3: ("Neutral", "Neutraal", "Neither agree nor disagree", "Niet eens, niet oneens", "Eens noch oneens",
            "Noch eens, noch oneens", "Niet eens en niet oneens", "Neutraal / geen mening"),
        4: ("Agree", "Eens", "Mee eens", "Enigszins eens", "Somewhat agree"),
        5: ("Strongly agree", "Helemaal eens", "Helemaal mee eens", "Zeer eens", "Volledig eens", "Totaal eens"),
    }.items()
    for word in words
}  # fmt: skip
NO_ANSWER_WORDS = frozenset(
    name_key(word)
    for word in ("N.v.t.", "Niet van toepassing", "Weet ik niet", "Weet niet", "Geen mening", "Geen antwoord",
                 "Not applicable", "n/a", "Don't know", "No opinion", "Prefer not to say")
)  # fmt: skip
NUMBERED_RE = re.compile(r"([1-5])\s*[-–=.:(]?\s*(.+?)\)?")


def scale_score(value) -> int | None:
    """A score 1 to 5 from a number or its label, as a form exports it ("4", 4.0, "Eens"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() and 1 <= value <= 5 else None
    text = tabular.number_text(" ".join(str(value).split())).casefold()  # "4.0" and "4,0" as "4", "1.05" as it is
    if text.isascii() and text.isdigit():  # not "²" or "٣", which Python reads as numbers too
        number = int(text)
        return number if 1 <= number <= 5 else None
    for score, label in choices.SCALE_LABELS.items():
        if text in (label.casefold(), _(label).casefold()):
            return score
    key = name_key(text)
    if key in SCALE_WORDS:
        return SCALE_WORDS[key]
    numbered = NUMBERED_RE.fullmatch(text)  # "5 - Helemaal mee eens", "1 (zeer oneens)", "4. Eens"
    if numbered is None or name_key(numbered.group(2)) not in SCALE_WORDS:
        return None  # not "2 - 3", "1 of 2" or "5 jaar": a score is a number with a word of the scale
    return int(numbered.group(1))


def not_a_score(value) -> str:
    """Why `value` is refused as a score, with the scale's words to give instead."""
    return _("“{value}” is not a score: give 1 to 5 or one of {labels}.").format(
        value=value, labels=", ".join(_(label) for label in choices.SCALE_LABELS.values())
    )


def no_answer(value) -> bool:
    """Whether a form's cell says the person gave no score: "N.v.t.", "Weet ik niet", "Geen mening", "n/a"."""
    return isinstance(value, str) and name_key(value) in NO_ANSWER_WORDS


def yes_no(value) -> str | None:
    text = " ".join(str(value).split()).casefold()
    for code, label in choices.YES_NO.items():
        if text in (code, label.casefold(), _(label).casefold(), "ja" if code == "yes" else "nee"):
            return code
    return None


def save_evaluation(
    period_id: int, submitted_on, source: str, answers: dict[int, object], seen_evaluation: int | None = None
) -> int:
    """Store the period's questionnaire (replacing what was stored), all of it or nothing; returns its id.

    `answers` maps a question id to the answer as given; an unknown or retired question, a score outside
    the scale or a yes/no that is neither is refused with the question named. `seen_evaluation`: the id of the
    questionnaire the dialog showed (0: none); refused, saying who and when, once someone else stored or deleted
    one since."""
    period = period_details(period_id)
    day = v.date("submitted_on", submitted_on, required=True)
    if day < period.start_date:
        raise ValidationError("submitted_on", _("The questionnaire cannot be filled in before the period started."))
    if day > clock.today():
        raise ValidationError("submitted_on", _("The questionnaire cannot be filled in on a day still to come."))
    source = v.choice("source", source, choices.EVALUATION_SOURCES)
    by_id = {question.id: question for question in questions(active_only=False)}
    cleaned: dict[int, int | str] = {}
    for question_id, value in answers.items():
        question = by_id.get(question_id)
        if question is None:
            raise ValidationError("answers", _("Question {id} does not exist.").format(id=question_id))
        answer = answer_value(question, value, f"question:{question_id}")
        if answer is not None:
            cleaned[question_id] = answer
    if not cleaned:
        raise ValidationError("answers", _("Give at least one answer; an empty questionnaire is not stored."))
    with transaction():
        _replace_seen(period_id, seen_evaluation)
        try:
            with db.atomic():  # a savepoint: a server's transaction stays usable to read who came first
                evaluation = StudentEvaluation.create(period=period_id, submitted_on=day, source=source)
        except peewee.IntegrityError:
            raise _stored_since(period_id, seen_evaluation) from None  # another one stored meanwhile
        write_answers(evaluation.id, cleaned, by_id)
        audit("create", "student_evaluation", evaluation.id, ["answers", "source", "submitted_on"])
    return evaluation.id


def write_answers(evaluation_id: int, answers: dict[int, int | str], by_id: dict[int, Question]) -> None:
    rows = [
        {
            "evaluation": evaluation_id,
            "question": question_id,
            "score": answer if by_id[question_id].kind == "scale" else None,
            "text": answer if by_id[question_id].kind != "scale" else "",
        }
        for question_id, answer in answers.items()
    ]
    EvaluationAnswer.insert_many(rows).execute()


def delete_evaluation(period_id: int, seen_evaluation: int | None = None) -> None:
    """Delete the period's questionnaire; refused when it is not the one the dialog showed (`seen_evaluation`)."""
    with transaction():
        _replace_seen(period_id, seen_evaluation)


def _replace_seen(period_id: int, seen_evaluation: int | None) -> None:
    """Take away the period's questionnaire to store another or none, when it is still the one numbered
    `seen_evaluation` (0: none was stored; None: whichever is stored). A questionnaire is replaced as a whole, under
    a new number that is never used again, so its number serves as its version."""
    stored = StudentEvaluation.get_or_none(StudentEvaluation.period == period_id)
    if seen_evaluation is not None and (stored.id if stored else 0) != seen_evaluation:
        raise _stored_since(period_id, seen_evaluation)
    if stored is None:
        return
    # Stating the number: a server's concurrent replacement makes this delete nothing, and is refused.
    if not StudentEvaluation.delete().where(StudentEvaluation.id == stored.id).execute():
        raise _stored_since(period_id, stored.id)
    audit("delete", "student_evaluation", stored.id)


def _stored_since(period_id: int, seen_evaluation: int | None) -> LeerWerkError:
    """Why a questionnaire is not stored or deleted: who stored another one (or deleted the one shown) and when."""
    stored = StudentEvaluation.get_or_none(StudentEvaluation.period == period_id)
    if stored is None:
        deleted = (AuditEntry.record_id == seen_evaluation) & (AuditEntry.action == "delete")
        return refusal_from_history("student_evaluation", deleted, gone=True)
    return refusal_from_history("student_evaluation", AuditEntry.record_id == stored.id, gone=False)
