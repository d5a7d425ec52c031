"""Importing the studentwaardering from an online form's export (Microsoft Forms or Google Forms, as XLSX or
CSV): one row per response, with an id, start and completion time, e-mail or name, then one column per
question.

A question column is matched by its heading: a heading matched before (remembered in `form_column`), the
question's own words, or the question the coordinator chose for it (`chosen`: the window asks, the command
line takes `--map`); a heading matched by its words or by choice is remembered, so a later export finds it even
after the question is retired and reworded as a new one. A heading may also be chosen, and remembered, as not
used. A heading matched in none of these ways is a problem, listed in `unknown_columns` to be chosen for.

The columns a form adds itself (id, times, name, e-mail) are known by their headings in Dutch and English. A
row is matched to its period through the learner's student number (a column of that name) or e-mail address:
the learner's ended period that ended last on or before the day the form was filled in. A row that matches no
learner, or a learner without an ended period, is listed and left out. Everything else wrong (an unknown
column, a value outside the scale, a second response for a period, an empty file) is named by line and column,
and then nothing is written: the rows are stored in one transaction, all or none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import tabular, waardering
from desktop.services.base import audit, transaction
from desktop.services.catalogue import LearnerService
from desktop.services.form_export import COMPLETED, EMAIL, IGNORED, day_of, heading_key
from desktop.services.learner_io import Problem, unreadable_line
from desktop.services.person_matching import number_key
from desktop.storage.engine import engine_of
from desktop.storage.models import FormColumn, db, iso_date

STUDENT_NUMBER = {"studentnummer", "student number", "studentnumber", "leerlingnummer", "ovnummer", "ov-nummer"}


@dataclass
class ResponsePlan:
    path: Path
    rows: int = 0
    responses: list[tuple[int, dt.date, dict[int, int | str]]] = field(default_factory=list)  # period, day, answers
    unmatched: list[str] = field(default_factory=list)
    imported_before: int = 0  # of the `unmatched`: rows of periods whose studentwaardering came in before
    problems: list[Problem] = field(default_factory=list)
    new_columns: dict[str, int | None] = field(default_factory=dict)  # heading key -> question id (None: not used)
    unknown_columns: list[str] = field(default_factory=list)  # headings that match no question, as in the file

    @property
    def importable(self) -> bool:
        return not self.problems and bool(self.responses)


FILLED_IN_BEFORE_END_DAYS = 28  # a response this long before its period ends goes with that period


def _period_of(periods: list[tuple[dt.date, int]], day: dt.date) -> int | None:
    """The ended period a response filled in on `day` is about, of a learner's (the day each ended, its id; the
    latest first): of those that ended within a few weeks of that day, before or after it (students fill it in
    during their last weeks, or just after), the one whose end lies nearest (on a tie, the one that had ended); else
    the last that had ended before."""
    window = dt.timedelta(days=FILLED_IN_BEFORE_END_DAYS)
    near = [
        (abs(ended_on - day), ended_on > day, number) for ended_on, number in periods if abs(ended_on - day) <= window
    ]
    if near:
        return min(near)[2]
    before = [number for ended_on, number in periods if ended_on <= day]
    return before[0] if before else None


def _learners() -> tuple[dict[str, int], dict[str, int]]:
    by_number, by_email = {}, {}
    for learner_id, number, email in db.execute_sql("SELECT id, student_number, email FROM learner"):
        if number:
            by_number.setdefault(number_key(tabular.number_text(number)), learner_id)
        if email:
            by_email.setdefault(email.strip().casefold(), learner_id)
    return by_number, by_email


def _ended_periods() -> dict[int, list[tuple[dt.date, int]]]:
    """Per learner, their ended periods as (the day it ended, id), the latest first."""
    periods: dict[int, list[tuple[dt.date, int]]] = {}
    sql = (
        f"SELECT p.learner_id, {waardering.ENDED_ON_SQL}, p.id FROM bpv_period p"
        f" WHERE p.status IN ('completed', 'ended_early') ORDER BY 2 DESC, p.id DESC"
    )
    for learner_id, ended, period_id in db.execute_sql(sql):
        periods.setdefault(learner_id, []).append((iso_date(ended), period_id))
    return periods


def read_responses(path: Path, chosen: dict[str, int | None] | None = None) -> ResponsePlan:
    """What importing `path` would do: the responses per period, the rows left out and every problem.
    `chosen` gives the question (None: not used) of columns whose headings match none, by `heading_key`."""
    return plan_responses(tabular.read_sheet(Path(path)), chosen)


def plan_responses(sheet: tabular.Sheet, chosen: dict[str, int | None] | None = None) -> ResponsePlan:
    """`read_responses` of a sheet already read (the window reads the file on a worker thread)."""
    chosen = {heading_key(heading): question for heading, question in (chosen or {}).items()}
    plan = ResponsePlan(sheet.path)
    if len(sheet.rows) < 2:
        plan.problems.append(Problem(None, "", _("The file {name} holds no responses.").format(name=plan.path.name)))
        return plan
    header, rows = sheet.rows[0], sheet.rows[1:]
    plan.rows = len(rows)
    questions = {q.id: q for q in waardering.questions(active_only=False)}
    remembered = dict(FormColumn.select(FormColumn.heading, FormColumn.question).tuples())
    by_text = {heading_key(q.text): q.id for q in questions.values() if q.active}
    columns: dict[int, int] = {}  # position -> question id
    number_at = email_at = completed_at = None
    for position, cell in enumerate(header.cells):
        heading = tabular.cell_text(cell).strip() if cell is not None else ""
        key = heading_key(heading)
        if not key or key in IGNORED:
            continue
        if key in STUDENT_NUMBER:
            number_at = position
        elif key in EMAIL:
            email_at = position
        elif key in COMPLETED:
            completed_at = position
        elif key in remembered:
            if remembered[key] is not None:
                columns[position] = remembered[key]
        elif key in by_text:
            columns[position] = by_text[key]
            plan.new_columns[key] = by_text[key]
        elif key in chosen:
            question_id = chosen[key]
            if question_id is not None and not (question_id in questions and questions[question_id].active):
                plan.problems.append(
                    Problem(header.line, heading, _("there is no question {id} to match this column to; choose "
                                                    "one of the questions asked now.").format(id=question_id))
                )  # fmt: skip
                continue
            if question_id is not None:
                columns[position] = question_id
            plan.new_columns[key] = question_id
        else:
            plan.unknown_columns.append(heading)
            plan.problems.append(
                Problem(
                    header.line,
                    heading,
                    _(
                        "this column is no question of the studentwaardering; choose the question it asks, give "
                        "it the words of a question (Basisgegevens › Studentwaardering) or remove it from the file."
                    ),
                )
            )
    taken: dict[int, int] = {}
    for position, question_id in columns.items():
        if question_id in taken:
            first = tabular.cell_text(header.cells[taken[question_id]]).strip()
            plan.problems.append(
                Problem(
                    header.line,
                    tabular.cell_text(header.cells[position]).strip(),
                    _("this column and the column “{other}” answer the same question; use one of them.").format(
                        other=first
                    ),
                )
            )
        taken.setdefault(question_id, position)
    if number_at is None and email_at is None:
        plan.problems.append(
            Problem(header.line, "", _("there is no column Studentnummer or E-mail to find each student by."))
        )
    if not columns:
        plan.problems.append(Problem(header.line, "", _("no column matches a question of the studentwaardering.")))
    if plan.problems:
        return plan

    def heading_at(position: int) -> str:
        return tabular.cell_text(header.cells[position]).strip()

    names = {position: heading_at(position) for position in columns}
    by_number, by_email = _learners()
    periods = _ended_periods()
    answered = {row[0] for row in db.execute_sql("SELECT period_id FROM student_evaluation")}
    seen: dict[int, int] = {}
    today = clock.today()
    for row in rows:
        if row.unreadable:  # its answers are not what the student wrote: checking them would only mislead
            plan.problems.append(Problem(row.line, "", unreadable_line()))
            continue

        def at(position, cells=row.cells):
            return cells[position] if position is not None and position < len(cells) else None

        learner_id = None
        number = at(number_at)
        if number not in (None, ""):
            try:
                learner_id = by_number.get(number_key(_student_number(number)))
            except ValidationError as error:
                plan.problems.append(Problem(row.line, heading_at(number_at), error.message))
                continue
        by_address = by_email.get(str(at(email_at)).strip().casefold()) if at(email_at) not in (None, "") else None
        if learner_id is not None and by_address is not None and by_address != learner_id:
            # A mistyped number is another student's: her answers would go with his placement. Neither is taken.
            reason = _("the student number and the e-mail address are of two different learners in LeerWerk")
            plan.unmatched.append(_("line {line}: {reason}").format(line=row.line, reason=reason))
            continue
        learner_id = learner_id if learner_id is not None else by_address
        try:
            day = _completed_on(at(completed_at), today)
        except ValidationError as error:
            plan.problems.append(Problem(row.line, heading_at(completed_at), error.message))
            continue
        period_id = _period_of(periods.get(learner_id, []), day)
        if learner_id is None or period_id is None:
            reason = (
                _("no learner with this student number or e-mail")
                if learner_id is None
                else _("the learner has no BPV period that had ended by then")
            )
            plan.unmatched.append(_("line {line}: {reason}").format(line=row.line, reason=reason))
            continue
        if period_id in answered:
            # A form's export holds every response so far: the ones imported before come again with the new ones.
            reason = _("the BPV period of this student already has a studentwaardering (imported before)")
            plan.imported_before += 1
            plan.unmatched.append(_("line {line}: {reason}").format(line=row.line, reason=reason))
            continue
        answers: dict[int, int | str] = {}
        for position, question_id in columns.items():
            try:
                value = waardering.answer_value(questions[question_id], at(position), "answer")
            except ValidationError as error:
                plan.problems.append(Problem(row.line, names[position], error.message))
                continue
            if value is not None:
                answers[question_id] = value
        if not answers:
            continue  # an empty response: no answer to store, nor to take the place of one
        if period_id in seen:
            # Filled in twice: the later response is the one the student meant.
            earlier = seen[period_id]
            plan.responses = [response for response in plan.responses if response[0] != period_id]
            reason = _("the same student responded again on line {line}; that later response is taken").format(
                line=row.line
            )
            plan.unmatched.append(_("line {line}: {reason}").format(line=earlier, reason=reason))
        seen[period_id] = row.line
        plan.responses.append((period_id, day, answers))
    return plan


def _student_number(value) -> str:
    """The student number of a cell, as a learner's own is checked; one with decimals is none (a typing error, or a
    column Excel took for amounts)."""
    if (
        isinstance(value, bool)
        or (isinstance(value, float) and not value.is_integer())
        or (isinstance(value, int | float) and value < 0)
    ):
        raise ValidationError(
            "student_number",
            _("“{value}” is not a student number: give it as the school does, without decimals.").format(
                value=tabular.cell_text(value)
            ),
        )
    return LearnerService.rules["student_number"]("student_number", tabular.number_text(value).strip())


def _completed_on(value, today: dt.date) -> dt.date:
    """The day a response was filled in: its completion time, today without one; a time that is no date, or a later
    day than today, is refused rather than taken for today (the period a row goes to depends on it)."""
    if value in (None, ""):
        return today
    day = day_of(value)
    if day is None:
        shown = tabular.number_text(value) if isinstance(value, int | float) else tabular.cell_text(value)
        raise ValidationError(
            "completed",
            _("“{value}” is not a date: give the day the form was filled in, as dd-mm-yyyy.").format(value=shown),
        )
    if day > today:
        raise ValidationError(
            "completed",
            _("{day} is after today: a form cannot have been filled in on a later day.").format(
                day=tabular.cell_text(day)
            ),
        )
    return day


def apply_responses(plan: ResponsePlan) -> int:
    """Store the plan's responses in one transaction; returns how many. Refused while it has problems.

    Written with one statement per table (executemany), not one per row: 2,000 responses in well under a
    second. A period has at most one questionnaire, so the new ones are found back by their periods."""
    if plan.problems:
        raise ValidationError("file", _("The file has problems; nothing was imported."))
    kinds = {q.id: q.kind for q in waardering.questions(active_only=False)}
    with transaction():
        for key, question_id in plan.new_columns.items():
            FormColumn.insert(heading=key, question=question_id).on_conflict_ignore().execute()
        cursor, engine = db.cursor(), engine_of(db)
        cursor.executemany(
            engine.parameters(
                "INSERT INTO student_evaluation (period_id, submitted_on, source) VALUES (?, ?, 'online')"
            ),
            [(period_id, day.isoformat()) for period_id, day, _answers in plan.responses],
        )
        periods = [period_id for period_id, _day, _answers in plan.responses]
        ids: dict[int, int] = {}
        for start in range(0, len(periods), 500):
            chunk = periods[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            ids.update(
                (period, evaluation)
                for evaluation, period in db.execute_sql(
                    f"SELECT id, period_id FROM student_evaluation WHERE period_id IN ({marks})", chunk
                )
            )
        cursor.executemany(
            engine.parameters(
                "INSERT INTO evaluation_answer (evaluation_id, question_id, score, text) VALUES (?, ?, ?, ?)"
            ),
            [
                (ids[period_id], question_id, *((answer, "") if kinds[question_id] == "scale" else (None, answer)))
                for period_id, _day, answers in plan.responses
                for question_id, answer in answers.items()
            ],
        )
        audit("import", "student_evaluation", min(ids.values(), default=None), ["count"])
    return len(plan.responses)


def import_responses(
    path: Path, chosen: dict[str, int | None] | None = None, *, dry_run: bool = False
) -> tuple[ResponsePlan, int]:
    plan = read_responses(path, chosen)
    if plan.problems or dry_run:
        return plan, 0
    return plan, apply_responses(plan)
