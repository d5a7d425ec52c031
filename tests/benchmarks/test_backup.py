"""One automatic backup (backup API, integrity check of the copy, rotation) of the 10,000-learner demo.

Run on demand:  python -m pytest -m benchmark tests/benchmarks/test_backup.py -s
The window makes it on a worker thread, so this time is not a freeze; only the backup on closing waits.
"""

from __future__ import annotations

import statistics
import time

import pytest

from desktop.storage.backup import make_backup
from desktop.storage.recovery import check_pages

pytestmark = pytest.mark.benchmark
RUNS = 3


def test_backup_of_the_10k_demo(demo_10k):
    times = []
    for _run in range(RUNS):
        started = time.perf_counter()
        made = make_backup(demo_10k)
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    check_pages(demo_10k)
    page_check = time.perf_counter() - started
    size = made.stat().st_size / 1_000_000
    print(
        f"\nbackup of the 10,000-learner demo ({size:.0f} MB): median {statistics.median(times):.2f} s "
        f"of {RUNS}; page check on opening {page_check:.2f} s"
    )
    assert made.exists()
