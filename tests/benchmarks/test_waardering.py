"""Studentwaardering benchmarks on the 10,000-learner demo database (answers for most ended periods).

Run on demand:  python -m pytest -m benchmark tests/benchmarks/test_waardering.py -s
Budgets (issue "The quality cycle"): the results table with its chart within 300 ms (the report read and laid out
as tables and chart series, and drawn in the window's table views and chart), and importing 2,000 online form
responses within 1 s (reading the file, matching and writing in one transaction); medians.
"""

from __future__ import annotations

import statistics
import time

import pytest

from desktop.storage.database import close_database, open_database

pytestmark = pytest.mark.benchmark

RUNS = 7
RESULTS_BUDGET_MS = 300
IMPORT_BUDGET_MS = 1000
RESPONSES = 2000


def _median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


@pytest.mark.parametrize("by", ["location", "trainer", "quarter"])
def test_results_with_chart_of_10000_learners(demo_10k_copy, qtbot, by):
    from desktop.services.waardering_report import waardering_report
    from desktop.views.quality.results import WaarderingResults

    open_database(demo_10k_copy)
    try:
        window = WaarderingResults()
        qtbot.addWidget(window)
        window.ui.byCombo.setCurrentIndex(window.ui.byCombo.findData(by))
        report_ms = _median_ms(lambda: waardering_report(by=by))
        window_ms = _median_ms(window.show_results)
        responses = window.report.tables[1].totals[1]
    finally:
        close_database()
    print(
        f"\nstudentwaardering by {by} ({responses} responses): report median {report_ms:.0f} ms, "
        f"with tables and chart in the window {window_ms:.0f} ms (budget {RESULTS_BUDGET_MS} ms)"
    )
    assert responses > 1000
    assert window_ms < RESULTS_BUDGET_MS


def test_importing_2000_form_responses(demo_10k_copy, tmp_path):
    from desktop.services import waardering
    from desktop.services.waardering_import import import_responses
    from desktop.storage.models import StudentEvaluation, db

    open_database(demo_10k_copy)
    try:
        questions = waardering.questions()
        # A response goes to the learner's period that ended last: 2,000 learners, each with that period's
        # questionnaire taken away first, answer again.
        latest = db.execute_sql(
            f"""SELECT l.student_number, (SELECT p.id FROM bpv_period p WHERE p.learner_id = l.id
                  AND p.status IN ('completed', 'ended_early')
                  ORDER BY {waardering.ENDED_ON_SQL} DESC, p.id DESC LIMIT 1) AS period
            FROM learner l WHERE period IS NOT NULL AND l.student_number <> '' LIMIT ?""",
            (RESPONSES,),
        ).fetchall()
        chosen = [period for _number, period in latest]
        StudentEvaluation.delete().where(StudentEvaluation.period.in_(chosen)).execute()
        rows = [";".join(["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Studentnummer"]
                         + [q.text for q in questions])]  # fmt: skip
        for number, (student_number, _period) in enumerate(latest):
            scores = [str(1 + (number + i) % 5) for i in range(len(questions) - 1)]
            rows.append(";".join([str(number), "", "", "", "", student_number, *scores, "Prima"]))
        path = tmp_path / "antwoorden.csv"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        times, imported = [], 0
        for _ in range(3):
            with db.atomic() as transaction:  # each run undone, so the next imports the same responses
                start = time.perf_counter()
                plan, imported = import_responses(path)
                times.append(time.perf_counter() - start)
                transaction.rollback()
    finally:
        close_database()
    median = statistics.median(times) * 1000
    print(
        f"\nimport of {len(chosen)} form responses: median {median:.0f} ms over 3 runs (budget {IMPORT_BUDGET_MS} ms); "
        f"{imported} imported, {len(plan.unmatched)} left out, {len(plan.problems)} problems"
    )
    assert imported == len(chosen) - len(plan.unmatched) and plan.problems == []
    assert median < IMPORT_BUDGET_MS
