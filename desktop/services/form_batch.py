"""Many BPV forms rendered and saved at once, on every core: this process and worker processes.

Rendering a form is pure Python (ReportLab), so threads would share one core; a batch of hundreds of
forms goes to worker processes instead, each of which renders whole forms and writes their files
itself (whole or not at all, see `write_atomically`), while this process reads the next forms and
renders whatever the workers cannot take yet. Workers are started with "spawn" on every system,
so that tests on Linux run the path Windows takes; a frozen LeerWerk therefore calls
`multiprocessing.freeze_support()` first thing in its entry points.

Progress is counted in forms written; cancelling stops every process between two forms, and the
files written until then stay, as they do when the batch is saved in this process alone. A worker's
failure (a full disk, a file that cannot be written) stops the others the same way and is raised
here as it was raised there, so the caller says the same sentence either way. A worker's log records
(a picture that cannot be printed) reach this process's log.

This module imports neither the database nor ReportLab: a worker loads only what rendering needs.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from pathlib import Path

from desktop.pdf.form_data import FormDocument

log = logging.getLogger(__name__)

Task = list[tuple[FormDocument, Path]]

# A worker's start (a Python, ReportLab, the fonts) costs about as much as rendering a hundred forms;
# a smaller batch is done sooner in this process alone.
FORMS_PER_PROCESS = 100
TASK_SIZE = 8  # forms handed to a worker at once: few messages, and a cancel heard within a few forms
WAIT_SECONDS = 0.1  # how often a waiting batch asks whether it was cancelled
MAX_PROCESSES = 8  # beyond this the writing, not the rendering, holds a batch up

_stop_event = None  # in a worker: the batch's stop event, see _start_worker


def worker_processes(forms: int) -> int:
    """How many worker processes a batch of `forms` is worth besides this one (which renders too)."""
    cores = os.cpu_count() or 1
    return max(0, min(cores - 1, MAX_PROCESSES, forms // FORMS_PER_PROCESS - 1))


def write_forms(
    items: Iterable[tuple[FormDocument, Path]],
    total: int,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
) -> list[Path]:
    """Render each document and write it to its path; returns the paths written, in the order of `items`.

    `total` is the number of items (for `progress(done, total)`); `processes` the worker processes
    besides this one (by default as many as the batch is worth, see `worker_processes`)."""
    cancelled = cancelled or (lambda: False)
    processes = worker_processes(total) if processes is None else processes
    batch = _Batch(total, progress, cancelled)
    try:
        return _write_all(items, batch, cancelled, processes)
    except OSError as error:
        error.written = batch.written()  # every whole form saved before it: they stay, and the person is told
        raise


def written_before(error: OSError) -> list[Path]:
    """The forms a batch saved before it stopped on `error`."""
    return getattr(error, "written", [])


def _write_all(items, batch: _Batch, cancelled: Callable[[], bool], processes: int) -> list[Path]:
    if processes <= 0:
        for index, task in enumerate(_tasks(items, 1)):
            if cancelled():
                break
            batch.finish(index, lambda task=task: _write(task, cancelled))
        return batch.written()
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    records = context.Queue()
    listener = logging.handlers.QueueListener(records, _ToOwnLogger())
    listener.start()
    try:
        with ProcessPoolExecutor(processes, context, initializer=_start_worker, initargs=(stop, records)) as pool:
            try:
                batch.run(pool, _tasks(items, TASK_SIZE), 2 * processes)
            except BaseException:
                stop.set()  # the others finish the form they are at and write nothing more
                pool.shutdown(wait=False, cancel_futures=True)
                batch.settle()
                raise
            if cancelled():
                stop.set()
                batch.drain()
    finally:
        listener.stop()
        records.close()
    return batch.written()


class _Batch:
    """The bookkeeping of one batch: tasks with workers, files written, progress."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool]):
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.count = 0
        self.by_task: dict[int, list[Path]] = {}
        self.running: dict[Future, int] = {}

    def done(self, index: int, paths: list[Path]) -> None:
        self.by_task[index] = paths
        self.count += len(paths)
        if self.progress is not None and paths:
            self.progress(self.count, self.total)

    def written(self) -> list[Path]:
        return [path for index in sorted(self.by_task) for path in self.by_task[index]]

    def collect(self, timeout: float) -> None:
        """Take in the tasks the workers have finished (waiting up to `timeout` for one); a worker's
        error is raised here."""
        finished, _pending = wait(self.running, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in finished:
            self.finish(self.running.pop(future), future.result)

    def finish(self, index: int, work: Callable[[], list[Path]]) -> None:
        """Take in the files of a task; of one that stopped on an error, those it wrote before (and raise it)."""
        try:
            paths = work()
        except OSError as error:
            self.done(index, written_before(error))
            raise
        self.done(index, paths)

    def settle(self) -> None:
        """After an error: the files the other workers wrote before they stopped (the first error is the one said)."""
        while self.running:
            finished, _pending = wait(self.running, return_when=FIRST_COMPLETED)
            for future in finished:
                with contextlib.suppress(Exception):
                    self.finish(self.running.pop(future), future.result)

    def run(self, pool: ProcessPoolExecutor, tasks: Iterator[Task], in_flight: int) -> None:
        """Keep every worker busy with the next tasks and render the rest here, until all are written
        or the batch is cancelled."""
        for index, task in enumerate(tasks):
            if self.cancelled():
                return
            self.collect(timeout=0)
            if len(self.running) < in_flight:
                self.running[pool.submit(_write_in_worker, task)] = index
            else:
                self.finish(index, lambda task=task: _write(task, self.cancelled))
        while self.running and not self.cancelled():
            self.collect(timeout=WAIT_SECONDS)

    def drain(self) -> None:
        """After a cancel: the files the workers wrote before they heard it."""
        while self.running:
            self.collect(timeout=None)


def _tasks(items: Iterable[tuple[FormDocument, Path]], size: int) -> Iterator[Task]:
    iterator = iter(items)
    while task := list(islice(iterator, size)):
        yield task


def _write(task: Task, stop: Callable[[], bool]) -> list[Path]:
    """Render and write the forms of `task` until `stop` says so; the paths written."""
    from desktop.pdf.forms import render_form
    from desktop.storage.files import write_atomically

    written = []
    for document, path in task:
        if stop():
            break
        try:
            write_atomically(path, render_form(document))
        except OSError as error:
            error.written = written  # the forms of this task before it, which stay (sent along from a worker too)
            raise
        written.append(path)
    return written


# -- in a worker process ------------------------------------------------------------------------------------


def _start_worker(stop, records) -> None:
    global _stop_event
    _stop_event = stop
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(records)]
    root.setLevel(logging.INFO)


def _write_in_worker(task: Task) -> list[Path]:
    return _write(task, _stop_event.is_set)


class _ToOwnLogger(logging.Handler):
    """Hands a worker's record to the logger of the same name here, so it goes where this process logs."""

    def emit(self, record: logging.LogRecord) -> None:
        logging.getLogger(record.name).handle(record)
