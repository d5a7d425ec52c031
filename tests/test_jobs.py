"""The one job helper: work on a pool thread, progress, cancel, and result or error back on the GUI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QThreadPool
from shiboken6 import delete

from desktop.errors import LeerWerkError
from desktop.views.kit.jobs import Job, JobSignals, start, wait_for


class Stop(Exception):
    pass


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def pool_drained():
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000)


def test_the_work_runs_on_a_pool_thread_and_its_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(job):
        seen["work"] = threading.get_ident()
        return 42

    job = Job(work, log_line="Test job failed")
    job.signals.finished.connect(lambda result: seen.update(result=result, slot=threading.get_ident()))
    with qtbot.waitSignal(job.signals.finished, timeout=10_000):
        start(job)
    assert seen["result"] == 42
    assert seen["work"] != threading.get_ident() and seen["slot"] == threading.get_ident()


def test_progress_and_pieces_of_the_result_arrive_in_order(qtbot):
    def work(job):
        for done in range(1, 4):
            job.partial(done * 10)
            job.progress(done, 3)
        return "done"

    job = Job(work, log_line="Test job failed")
    steps, pieces = [], []
    job.signals.progress.connect(lambda done, total: steps.append((done, total)))
    job.signals.partial.connect(pieces.append)
    assert wait_for(job).result == "done"
    assert steps == [(1, 3), (2, 3), (3, 3)] and pieces == [10, 20, 30]


def test_cancel_stops_work_that_asks_and_work_that_raises(qtbot):
    gate = threading.Event()

    def asking(job):
        gate.wait(10)
        return [step for step in range(5) if job.progress(step, 5)]

    job = Job(asking, log_line="Test job failed")
    job.signals.progress.connect(lambda done, total: None)
    # Listening before the job can end: a result emitted before anyone listens is lost, and the wait times out.
    with qtbot.waitSignal(job.signals.finished, timeout=10_000) as blocker:
        start(job)
        job.cancel()
        gate.set()
    assert blocker.args == [[]] and job.cancelled()

    def raising(job):
        raise Stop()

    ended = wait_for(Job(raising, log_line="Test job failed", cancelled_by=(Stop,)))
    assert ended.cancelled and ended.result is None and ended.failure is None


def test_a_leerwerk_error_hands_back_its_own_sentence(qtbot, caplog):
    def work(job):
        raise LeerWerkError("The database is in use by another program.")

    with caplog.at_level(logging.DEBUG):
        ended = wait_for(Job(work, log_line="Test job failed", failure="Not done ({kind})."))
    assert ended.failure == "The database is in use by another program." and not ended.cancelled
    assert caplog.records == []


def test_another_error_shows_its_type_and_logs_its_stack_without_its_message(qtbot, caplog):
    def work(job):
        raise KeyError("Mila Jansen")

    with caplog.at_level(logging.ERROR):
        ended = wait_for(Job(work, log_line="Test job failed"))
    assert ended.failure == "This could not be done (KeyError); the details are in the log."
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Test job failed" in logged and "in work" in logged and "builtins.KeyError" in logged
    assert "Mila" not in logged


def test_a_series_of_jobs_can_share_one_signals_object(qtbot):
    signals = JobSignals()
    results = []
    signals.finished.connect(results.append)
    for number in range(3):
        wait_for(Job(lambda job, number=number: number, log_line="Test job failed", signals=signals))
    assert results == [0, 1, 2]


def test_after_runs_on_the_pool_thread_once_the_outcome_is_reported(qtbot):
    order = []

    class Tidy(Job):
        def after(self, succeeded):
            order.append(("after", succeeded))

    job = Tidy(lambda job: order.append("work"), log_line="Test job failed")
    wait_for(job)
    assert order == ["work", ("after", True)] and job.ended.is_set()


@pytest.mark.parametrize("ending", ["finished", "failed"])
def test_a_job_that_outlives_its_window_ends_quietly(qtbot, ending):
    """A window closed (and deleted) while its job still runs: the job has nobody left to tell, and says nothing."""
    window = QObject()
    release = threading.Event()

    def work(job):
        release.wait(10)
        if ending == "failed":
            raise LeerWerkError("Too late")
        return 42

    job = start(Job(work, log_line="Test job failed", parent=window))
    delete(window)  # its signals object with it, as a closed window's
    release.set()
    assert job.ended.wait(10)
