"""The garbage collector around a start (`desktop.collector`): paused until the first tab reads its rows, then
running again with what the start made set aside; never left paused by a start that fails or a window closed
early. In a process of its own, as a start is: the freeze would otherwise keep this test session's objects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.storage.database import close_database, open_database

ROOT = Path(__file__).resolve().parents[1]

START = """
import gc, json
from desktop import collector
from desktop.app import ensure_application, open_main_window
from desktop.storage.database import close_database
from desktop.errors import UnusableDatabaseError
app = ensure_application()
seen = {{}}
try:
    window = open_main_window({path!r}, remember=False, ask_passphrase=False)
except UnusableDatabaseError:
    seen["refused"] = True
else:
    seen["shown"] = collector.running()
    app.processEvents()
    window.grab()  # the first paint plans the reading of the rows
    {before_rows}
    app.processEvents()
    seen["read"] = window.tabs.currentWidget()._loaded
    seen["running"], seen["frozen"] = collector.running(), gc.get_freeze_count()
    seen["python_collects"] = gc.isenabled()
    agenda = window.tabs.currentWidget().model.agenda  # the overview's rows, as read
    seen["rows_collectable"] = any(thing is agenda for thing in gc.get_objects())  # which leaves out the frozen
    window.remember_layout = False
    window.close()
    close_database()
seen["after"] = collector.running()
print(json.dumps(seen))
"""


def _start(tmp_path: Path, path: Path, before_rows: str = "pass") -> dict:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERWERK_HOME": str(tmp_path / "home")}
    code = START.format(path=str(path), before_rows=before_rows)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "leerwerk.sqlite3"
    open_database(path)
    close_database()
    return path


def test_a_start_pauses_the_collector_until_the_rows_are_read_and_leaves_them_collectable(tmp_path):
    seen = _start(tmp_path, _database(tmp_path))
    assert seen["shown"] is False  # the window is up, its rows not read yet
    assert seen["read"] is True
    assert seen["running"] is True  # as soon as the rows are read, not only once the window closes
    assert seen["python_collects"] is False  # the GUI thread does (the next test)
    assert seen["frozen"] > 10_000  # what the start made: modules, classes, Qt's wrappers
    assert seen["rows_collectable"] is True  # the rows, replaced at every reading, stay the collector's


def test_a_window_closed_before_its_rows_were_read_leaves_the_collector_running(tmp_path):
    seen = _start(tmp_path, _database(tmp_path), before_rows="window.close()")
    assert seen["read"] is False
    assert seen["after"] is True


def test_a_start_on_a_file_that_is_no_database_leaves_the_collector_running(tmp_path):
    folder = tmp_path / "not-a-file.sqlite3"
    folder.mkdir()
    seen = _start(tmp_path, folder)
    assert seen["refused"] is True
    assert seen["after"] is True


WORKER_GARBAGE = """
import gc, json, threading, weakref
from PySide6.QtCore import QEventLoop, QTimer
from desktop.app import ensure_application
app = ensure_application()
collecting = []
gc.callbacks.append(lambda phase, info: collecting.append(threading.get_ident()) if phase == "start" else None)

class Node:
    pass

def worker():  # cycles enough to set Python's own collector off many times over, made on a worker
    for _ in range(200_000):
        node = Node()
        node.me = node
    last = Node()
    last.me = last
    probe.append(weakref.ref(last))

probe = []
thread = threading.Thread(target=worker)
thread.start()
thread.join()
on_worker = [ident for ident in collecting if ident != threading.get_ident()]
loop = QEventLoop()
QTimer.singleShot(1500, loop.quit)
loop.exec()
on_gui = len(collecting) - len(on_worker)
print(json.dumps({"on_worker": len(on_worker), "on_gui": on_gui, "freed": probe[0]() is None}))
"""


def test_cyclic_garbage_a_worker_makes_is_collected_on_the_gui_thread_only(tmp_path):
    """A collection on a worker could free a Qt object of the GUI thread there, and crash the program."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERWERK_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", WORKER_GARBAGE], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["on_worker"] == 0
    assert seen["on_gui"] >= 1
    assert seen["freed"] is True
