"""Report benchmarks on the 10,000-learner demo database.

Run on demand:  python -m pytest -m benchmark tests/benchmarks/test_reports.py -s
Budget (issue "Overview tab", "The figures"): each report within 300 ms (median of seven runs over its default
range: twelve months, or eight quarters), read from the database and laid out as tables and chart series. The
exports to XLSX and PDF are timed alongside, not budgeted.
"""

from __future__ import annotations

import statistics
import time

import pytest

from desktop.services.report_export import report_pdf, report_xlsx
from desktop.services.reports import REPORTS
from desktop.storage.database import close_database, open_database

pytestmark = pytest.mark.benchmark

RUNS = 7
BUDGET_MS = 300


@pytest.mark.parametrize("kind", list(REPORTS))
def test_a_report_of_10000_learners(demo_10k_copy, kind):
    open_database(demo_10k_copy)
    try:
        build = REPORTS[kind]
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            result = build()
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        workbook = report_xlsx(result)
        xlsx = time.perf_counter() - start
        start = time.perf_counter()
        pdf = report_pdf(result)
        rendered = time.perf_counter() - start
    finally:
        close_database()
    median = statistics.median(times) * 1000
    rows = sum(len(table.rows) for table in result.tables)
    print(
        f"\n{result.title} ({result.period}; {len(result.tables)} tables, {rows} rows): median {median:.0f} ms over "
        f"{RUNS} runs (budget {BUDGET_MS} ms); XLSX {xlsx * 1000:.0f} ms ({len(workbook) // 1024} KiB), "
        f"PDF {rendered * 1000:.0f} ms ({len(pdf) // 1024} KiB)"
    )
    assert result.empty is None
    assert median < BUDGET_MS
