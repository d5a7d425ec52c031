"""`collector.quiet` around a bulk import: Python's own collector does not collect during the block and collects
again after it, as it was; where the GUI thread's timer collects (Python's own collector off), nothing changes.
In processes of their own: this session's collector belongs to its GUI thread."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CYCLES = """
import gc, json, weakref
from desktop import collector

class Node:
    pass

def cycle():
    node = Node()
    node.itself = node  # freed only by the cyclic collector
    return weakref.ref(node)

def churn():
    return [[] for _ in range(50_000)]  # containers enough to pass every threshold

{setup}
before = gc.get_threshold()
with collector.quiet():
    during = gc.get_threshold()
    inside = cycle()
    kept = [churn() for _ in range(5)]
    seen = {{"collected_inside": inside() is None, "enabled_inside": gc.isenabled()}}
seen["same_after"] = gc.get_threshold() == before
seen["changed_during"] = during != before
after = cycle()
kept += [churn() for _ in range(5)]
seen["collected_after"] = after() is None and inside() is None
print(json.dumps(seen))
"""


def _run(setup: str = "") -> dict:
    code = CYCLES.format(setup=setup)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_python_collector_waits_during_the_block_and_collects_after_it():
    seen = _run()
    assert seen == {
        "collected_inside": False,
        "enabled_inside": True,
        "same_after": True,
        "changed_during": True,
        "collected_after": True,
    }


def test_a_collector_left_to_the_gui_thread_is_left_as_it_is():
    # As `collect_on_gui_thread` leaves it: Python's own collector off, its thresholds for the timer to read.
    seen = _run("gc.disable()")
    assert seen["changed_during"] is False and seen["same_after"] is True
    assert seen["collected_inside"] is False and seen["collected_after"] is False  # nothing collects but the timer
