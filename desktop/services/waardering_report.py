"""Results of the studentwaardering: per question the number of answers, the mean and the distribution, and
the means per location, team, praktijkopleider, school, programme, learner type or quarter, beside the early
endings of each group, with a chart; the open answers without names. A `reports.Report`, so the window draws
it and `report_export` writes it to XLSX and PDF like the other reports.

A response counts in the range when its period ended in it (the day it ended early, else its end date), so a
quarter's figures are about the placements that ended in that quarter. Small groups follow the reports' rule
(`reports.SMALL_GROUP`): a group with fewer than 5 responses shows no figures ("< 5"), a count of 1 to 4 early
endings is hidden, and one more when a column would hide just one; the open answers are listed only when the
range holds at least 5 responses, sorted by their words, so no answer can be traced to a date or a group.
Single answers are shown only on the period itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import waardering
from desktop.services.reports import (
    HIDDEN,
    SMALL_GROUP,
    Chart,
    Column,
    Report,
    ReportTable,
    Series,
    hide_small_outcomes,
    last_quarters,
    quarter_label,
    quarter_start,
    report_range,
    share,
    small_note,
)

# One rule for small groups and one range reading for every report: these are the reports' own.
from desktop.services.waardering import BY
from desktop.storage import choices
from desktop.storage.models import db, display_name, iso_date

# The group of a period, as (key, label) columns of the queries below; the answers are counted per key only.
GROUP_SQL = {
    "location": ("loc.id", "loc.name"),
    "team": ("t.id", "loc.name || ' – ' || t.name"),
    "trainer": ("pt.id", "pt.first_name || '|' || COALESCE(pt.name_prefix, '') || '|' || pt.last_name"),
    "school": ("s.id", "s.name"),
    "programme": ("pr.id", "pr.name"),
    "learner_type": ("l.learner_type", "l.learner_type"),
    "quarter": (waardering.ENDED_ON_SQL, waardering.ENDED_ON_SQL),
}
PERIODS_FROM = f"""
FROM bpv_period p JOIN learner l ON l.id = p.learner_id JOIN school s ON s.id = p.school_id
JOIN programme pr ON pr.id = p.programme_id LEFT JOIN team t ON t.id = p.team_id
LEFT JOIN location loc ON loc.id = t.location_id LEFT JOIN staff pt ON pt.id = p.practice_trainer_id
WHERE p.status IN ('completed', 'ended_early') AND {waardering.ENDED_ON_SQL} BETWEEN ? AND ?
"""


def _label(by: str, key, label) -> tuple:
    """A group's (sort key, label); periods without one (no team, no trainer) are one group "unknown"."""
    if key is None:
        return (1, ""), _("(unknown)")
    if by == "quarter":
        start = quarter_start(iso_date(key))
        return (0, start.isoformat()), quarter_label(start)
    if by == "trainer":
        first, prefix, last = str(label).split("|")
        return (0, last.casefold(), first.casefold()), display_name(first, prefix, last)
    if by == "learner_type":
        return (0, str(key)), choices.label(choices.LEARNER_TYPES, key)
    return (0, str(label).casefold()), label


def _mean(total: int, count: int) -> Decimal | None:
    return (Decimal(total) / Decimal(count)).quantize(Decimal("0.01")) if count else None


def waardering_report(start=None, end=None, by: str = "location") -> Report:
    """The results of the periods that ended from `start` to `end` (the last eight quarters when left out),
    grouped `by` one of `BY`."""
    if by not in BY:
        raise ValidationError(
            "by", _("Unknown value {value}; choose one of: {known}.").format(value=by, known=", ".join(BY))
        )
    first, last = report_range(start, end, last_quarters)
    questions = waardering.questions(active_only=False)
    scale = [q for q in questions if q.kind == "scale"]
    params = (first, last)
    key_of, label_of = GROUP_SQL[by]
    answers = db.execute_sql(
        f"""SELECT {key_of}, a.question_id, a.score, CASE WHEN a.score IS NULL THEN a.text END, COUNT(*)
        {
            PERIODS_FROM.replace(
                "WHERE",
                "JOIN student_evaluation se ON se.period_id = p.id "
                "JOIN evaluation_answer a ON a.evaluation_id = se.id WHERE",
            )
        }
        AND (a.score IS NOT NULL OR a.text IN ('yes', 'no'))
        GROUP BY 1, 2, 3, 4""",
        params,
    ).fetchall()
    with_responses = PERIODS_FROM.replace("WHERE", "LEFT JOIN student_evaluation se ON se.period_id = p.id WHERE")
    responses = db.execute_sql(
        f"SELECT {key_of}, MIN({label_of}), COUNT(se.id), SUM(CASE WHEN p.status = 'ended_early' THEN 1 ELSE 0 END)"
        f" {with_responses} GROUP BY 1",
        params,
    ).fetchall()
    groups: dict[tuple, str] = {}
    sort_of: dict = {}  # a key as the query gives it -> the sort key of its group (several days, one quarter)
    sizes: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])  # responses, early endings
    for key, label, answered, early in responses:
        sort, text = _label(by, key, label)
        groups[sort], sort_of[key] = text, sort
        sizes[sort][0] += answered
        sizes[sort][1] += early or 0
    scores: dict[tuple, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 6))
    yes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for key, question_id, score, text, count in answers:
        sort = sort_of[key]
        if score is not None:
            scores[sort][question_id][score] += count
        else:
            yes[question_id][0 if text == "yes" else 1] += count
    total_responses = sum(size[0] for size in sizes.values())
    report = Report(
        "waardering",
        _("Studentwaardering"),
        first,
        last,
        [
            _("Responses of the BPV periods that ended in the range, by the day they ended."),
            small_note(),
        ],
        [],
        None,
    )
    if total_responses == 0:
        report.empty = _("No studentwaardering came in for the BPV periods that ended in this range.")
        return report
    report.tables.append(_per_question(questions, scores, yes, total_responses))
    report.tables.append(_per_group(by, scale, groups, sizes, scores))
    report.tables.append(_open_answers(first, last, total_responses))
    group_table = report.tables[1]
    shown = [row for row in group_table.rows if isinstance(row[3], Decimal)]
    report.chart = Chart(
        _("Mean score per {group}").format(group=_(BY[by]).lower()),
        "bar",
        tuple(row[0] for row in shown),
        (Series(_("Mean (1 to 5)"), tuple(float(row[3]) for row in shown)),),
        unit="count",
        top=5.0,
    )
    return report


def _per_question(questions, scores, yes, total: int) -> ReportTable:
    labels = [_(label) for label in choices.SCALE_LABELS.values()]
    table = ReportTable(
        _("Per question"),
        (
            Column("question", _("Question"), "text"),
            Column("answers", _("Answers"), "count"),
            Column("mean", _("Mean (1 to 5)"), "number"),
            *(Column(f"score{score}", f"{score} {label}", "share") for score, label in enumerate(labels, start=1)),
            Column("yes", _("Yes"), "share"),
        ),
    )
    for number, question in enumerate((q for q in questions if q.kind != "text"), start=1):
        if question.kind == "scale":
            counts = [0] * 6
            for per_question in scores.values():
                for score, count in enumerate(per_question.get(question.id, [0] * 6)):
                    counts[score] += count
            answered = sum(counts)
            if not answered and not question.active:
                continue
            mean = _mean(sum(score * count for score, count in enumerate(counts)), answered)
            row = [f"{number}. {question.text}", answered, mean, *(share(c, answered) for c in counts[1:]), None]
        else:
            said_yes, said_no = yes.get(question.id, [0, 0])
            if not said_yes + said_no and not question.active:
                continue
            row = [
                f"{number}. {question.text}",
                said_yes + said_no,
                None,
                *([None] * 5),
                share(said_yes, said_yes + said_no),
            ]
        if 0 < row[1] < SMALL_GROUP:  # a question few answered (the others left it empty): counted, not shown
            row[2:] = [HIDDEN if value is not None else None for value in row[2:]]
        table.rows.append(row)
    if total < SMALL_GROUP:
        for row in table.rows:
            row[1:] = [HIDDEN] * (len(row) - 1)
    return table


def _per_group(by: str, scale, groups, sizes, scores) -> ReportTable:
    table = ReportTable(
        _("Mean per {group}").format(group=_(BY[by]).lower()),
        (
            Column("group", _(BY[by]), "text"),
            Column("responses", _("Responses"), "count"),
            Column("ended_early", _("Ended early"), "count"),
            Column("mean", _("Mean (1 to 5)"), "number"),
            *(Column(f"q{q.id}", _("Question {number}").format(number=n), "number") for n, q in enumerate(scale, 1)),
        ),
    )
    all_totals = [0, 0]
    overall: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    answers: list[list[int]] = []  # per row, how many answered each question
    for sort in sorted(groups):
        answered, early = sizes[sort]
        per_question = scores.get(sort, {})
        row_sum = row_count = 0
        cells, counted = [], []
        for question in scale:
            counts = per_question.get(question.id, [0] * 6)
            count = sum(counts)
            total = sum(score * c for score, c in enumerate(counts))
            overall[question.id][0] += total
            overall[question.id][1] += count
            row_sum, row_count = row_sum + total, row_count + count
            cells.append(_mean(total, count))
            counted.append(count)
        table.rows.append([groups[sort], answered, early, _mean(row_sum, row_count), *cells])
        answers.append(counted)
        all_totals[0] += answered
        all_totals[1] += early
    grand = [overall[q.id] for q in scale]
    table.totals = [
        _("All"),
        all_totals[0],
        all_totals[1],
        _mean(sum(t for t, _c in grand), sum(c for _t, c in grand)),
        *(_mean(t, c) for t, c in grand),
    ]
    hide_small_outcomes(table, "ended_early", shares={}, group="responses")
    _hide_few_answers(table, answers)
    return table


def _hide_few_answers(table: ReportTable, answers: list[list[int]]) -> None:
    """Hide what would give away the scores of fewer than 5 answers: a group's mean of a question that 1 to 4 of its
    responses answered (with that group's mean over all questions), and then, in each column of means, as many
    more of the fewest answered as it takes for the hidden ones to hold 5 answers between them (groups hidden whole
    count with theirs): else the total less the means shown would be theirs. When all of them together hold fewer,
    the total is hidden as well."""
    overall = table.column("mean")
    first = overall + 1
    width = len(answers[0]) if answers else 0
    counts = [[*row, sum(row)] for row in answers]  # the column of means over all questions: all their answers
    for question in range(width + 1):
        column = first + question if question < width else overall
        hidden = [index for index, row in enumerate(table.rows) if row[column] is HIDDEN]
        few = [
            index
            for index, row in enumerate(table.rows)
            if question < width and row[column] is not HIDDEN and 0 < counts[index][question] < SMALL_GROUP
        ]
        hidden += few
        shown = sorted(
            (counts[index][question], index)
            for index in range(len(table.rows))
            if index not in hidden and counts[index][question]
        )
        while 0 < sum(counts[index][question] for index in hidden) < SMALL_GROUP and shown:
            hidden.append(shown[0][1])
            few.append(shown.pop(0)[1])
        for index in few:
            table.rows[index][column] = HIDDEN
            table.rows[index][overall] = HIDDEN  # its mean over all questions would give the hidden one away
        if 0 < sum(counts[index][question] for index in hidden) < SMALL_GROUP and table.totals is not None:
            table.totals[column] = table.totals[overall] = HIDDEN  # all hidden, and still few: the total too


def _open_answers(first: dt.date, last: dt.date, total: int) -> ReportTable:
    table = ReportTable(_("Open answers"), (Column("text", _("Answer"), "text"),))
    if total < SMALL_GROUP:
        return table
    rows = db.execute_sql(
        f"""SELECT a.text FROM evaluation_answer a JOIN evaluation_question q ON q.id = a.question_id
        JOIN student_evaluation se ON se.id = a.evaluation_id JOIN bpv_period p ON p.id = se.period_id
        WHERE q.kind = 'text' AND a.text <> '' AND p.status IN ('completed', 'ended_early')
          AND {waardering.ENDED_ON_SQL} BETWEEN ? AND ?
        ORDER BY a.text""",
        (first, last),
    ).fetchall()
    table.rows = [[text] for (text,) in rows]
    return table
