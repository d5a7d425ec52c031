"""One way to run long work off the GUI thread, as Picard's `run_task` and Anki's `CollectionOp` do.

A `Job` runs a work function on a pool thread. The work gets the job (to report progress, hand over a
piece of its result early, and ask whether it was cancelled) and plain data only: it never touches a
widget, and a database connection it needs is its own. What comes of it reaches the GUI thread
through the job's signals: ``finished`` with the result, ``cancelled`` when the work stopped through
one of the job's cancel exceptions, or ``failed`` with one sentence a person can read: a
`LeerWerkError`'s own, or for anything else the job's `failure` naming the error's type, while the
stack (never the message, which may hold personal data) goes to the log, since a pool thread has no
exception hook. `wait_for` runs a job while a modal progress dialog is up and returns how it ended.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.logs import scrubbed_traceback

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Created on the GUI thread, so that what a job emits from its pool thread is delivered there."""

    progress = Signal(int, int)  # done, total
    partial = Signal(object)  # a piece of the result, as soon as the work knows it
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # the sentence to show
    cancelled = Signal()


class Job(QRunnable):
    """`work(job)` on a pool thread, reported through `signals` (its own, or one shared by a series of jobs)."""

    def __init__(
        self,
        work: Callable[[Job], Any],
        *,
        log_line: str,
        failure: str | None = None,
        cancelled_by: tuple[type[BaseException], ...] = (),
        signals: JobSignals | None = None,
        parent: QObject | None = None,
    ):
        super().__init__()
        self.work = work
        self.log_line = log_line  # for the log only: English, and never personal data
        self.failure = failure or _("This could not be done ({kind}); the details are in the log.")
        self.cancelled_by = cancelled_by
        self.signals = signals if signals is not None else JobSignals(parent)
        self.cancel_requested = threading.Event()
        self.ended = threading.Event()  # set last on the pool thread: the job touches nothing after it

    # -- for the work, on the pool thread
    def progress(self, done: int, total: int) -> bool:
        """Report progress; False once cancelling was asked for (for work that stops between steps)."""
        self._emit("progress", done, total)
        return not self.cancel_requested.is_set()

    def cancelled(self) -> bool:
        return self.cancel_requested.is_set()

    def partial(self, value: object) -> None:
        self._emit("partial", value)

    def _emit(self, name: str, *args: object) -> None:
        """Emit one of the signals, unless they went with the window that started the job (closed while
        the job ran): then nobody is left to tell."""
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            log.info("A job ended after its window: %s not reported", name)

    # -- for the GUI thread
    def cancel(self) -> None:
        self.cancel_requested.set()

    def run(self) -> None:
        succeeded = False
        try:
            result = self.work(self)
        except self.cancelled_by:
            self._emit("cancelled")
        except LeerWerkError as error:
            self._emit("failed", error.message)
        except Exception as error:  # noqa: BLE001 - logged and said, see the module's docstring
            log.error("%s\n%s", self.log_line, scrubbed_traceback(type(error), error.__traceback__))
            self._emit("failed", self.failure.format(kind=type(error).__name__))
        else:
            self._emit("finished", result)
            succeeded = True
        finally:
            try:
                self.after(succeeded)
            finally:
                self.ended.set()

    def after(self, succeeded: bool) -> None:
        """On the pool thread once the outcome is reported: what a kind of job tidies up (nothing here)."""


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    """Run `job` on `pool` (Qt's global pool unless a job needs its own, say to run one at a time)."""
    (pool or QThreadPool.globalInstance()).start(job)
    return job


@dataclass
class Ended:
    """How a job waited for with `wait_for` ended: one of a result, a failure's sentence or cancelled."""

    result: Any = None
    failure: str | None = None
    cancelled: bool = False


def wait_for(job: Job, pool: QThreadPool | None = None) -> Ended:
    """Start `job` and wait for its end in a local event loop, so that the window repaints and a
    progress dialog answers meanwhile; returns once the job has let go of everything it used."""
    ended = Ended()
    loop = QEventLoop()

    def finished(result: object) -> None:
        ended.result = result
        loop.quit()

    def failed(message: str) -> None:
        ended.failure = message
        loop.quit()

    def cancelled() -> None:
        ended.cancelled = True
        loop.quit()

    connections = ((job.signals.finished, finished), (job.signals.failed, failed), (job.signals.cancelled, cancelled))
    for signal, slot in connections:
        signal.connect(slot)
    start(job, pool)
    loop.exec()
    job.ended.wait()
    for signal, slot in connections:
        signal.disconnect(slot)
    return ended
