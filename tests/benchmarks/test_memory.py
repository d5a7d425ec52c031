"""Memory benchmark: every tab of the main window opened on the 10,000-learner and the 50,000-learner demo.

Run on demand:  python -m pytest -m benchmark tests/benchmarks/test_memory.py -s
Budget (issue "Fast where it counts"): with every tab opened, the process holds at most 150 MiB on the 10,000-learner
demo and 250 MiB on the 50,000-learner one. Held is the resident set (RSS) after a garbage collection, once every
tab has read its rows and no job runs; a bare window with the same number of tabs (`test_startup.BARE_WINDOW`) is
measured alongside, in its own process as every measurement is, as the floor the figures are set against. Each
figure is the median of a few processes.

RSS is read from /proc (Linux): what the program holds on Windows differs by its allocator, not by its holders.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.views.window.tabs import TAB_FACTORIES
from tests.benchmarks.test_startup import BARE_WINDOW

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the resident set from /proc"),
]

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3
BUDGET_MIB = {10_000: 150, 50_000: 250}

RESIDENT = """
import gc
def resident_mib():
    gc.collect()
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""
# Every tab shown in turn, each until it has read its rows (a page that loads once painted says so) and has settled:
# no job runs and what the process holds has not moved for a second (the overview reads on, on a worker and bit by bit
# while idle: that is its memory, not the next tab's).
EVERY_TAB = """
import json, sys, time
from PySide6.QtCore import QThreadPool
from desktop.app import ensure_application
app = ensure_application()  # as the program makes it

def settled(page):
    steady, last = time.monotonic(), None
    while time.monotonic() - steady < 1:
        app.processEvents()
        time.sleep(0.02)
        if not getattr(page, "_loaded", True) or QThreadPool.globalInstance().activeThreadCount():
            steady = time.monotonic()
            continue
        now = resident_mib()
        if last is None or abs(now - last) > 1:
            steady, last = time.monotonic(), now

from desktop.storage.database import open_database
from desktop.views.window.main import MainWindow
open_database({path!r})
window = MainWindow()
window.resize(1280, 800)
window.show()
tabs = {{}}
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()  # the page takes its placeholder's place
    page = window.tabs.widget(index)
    settled(page)
    tabs[page.objectName()] = resident_mib()
window.grab()
print(json.dumps({{"tabs": tabs, "held": resident_mib()}}))
"""
BARE = """
import json
print(json.dumps({"held": resident_mib()}))
"""


def _held(script: str, env: dict) -> list[dict]:
    runs = []
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-c", RESIDENT + script], check=True, env=env, cwd=ROOT, capture_output=True, text=True
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


@pytest.mark.parametrize("learners", [10_000, 50_000])
def test_every_tab_opened_within_the_memory_budget(learners, request, tmp_path):
    demo = request.getfixturevalue("demo_10k" if learners == 10_000 else "demo_50k")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LEERWERK_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    bare = statistics.median(run["held"] for run in _held(BARE_WINDOW.format(tabs=len(TAB_FACTORIES)) + BARE, env))
    runs = _held(EVERY_TAB.format(path=str(demo)), env)
    held = statistics.median(run["held"] for run in runs)
    steps = {tab: statistics.median(run["tabs"][tab] for run in runs) for tab in runs[0]["tabs"]}
    grown = ", ".join(
        f"{tab.removeprefix('tab.')} +{after - before:.0f}"
        for (tab, after), before in zip(steps.items(), [bare, *steps.values()], strict=False)
    )
    print(
        f"\nEvery tab opened on the {learners:,}-learner demo, medians of {RUNS} processes: bare window {bare:.0f} MiB;"
        f" LeerWerk {held:.0f} MiB ({held / bare:.1f}x, budget {BUDGET_MIB[learners]} MiB); as each tab opened: {grown}"
    )
    assert held <= BUDGET_MIB[learners]
