"""The connection to the open database as the views' background work needs it: whether the database
changed since a moment (for the automatic backups), and the connection of a worker thread.

peewee gives each thread its own connection, opened with the same pragmas; a worker thread must close
its own when its work is done, and the window's connection stays with the window's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from desktop.storage.engine import engine_of
from desktop.storage.models import db

T = TypeVar("T")


def change_marks() -> tuple[int, int] | None:
    """What moves when the open database changes (`Engine.change_marks`): another connection, such as an import
    worker or another program, committed, or this connection wrote. None when no database is open or it gives no
    answer."""
    database = db.obj
    if database is None or database.is_closed():
        return None
    try:
        return engine_of(database).change_marks(database)
    except Exception:  # noqa: BLE001 - no answer: the caller assumes a change, a backup too many costs little
        return None


def on_own_connection(work: Callable[[], T]) -> T:
    """Run `work` on this (worker) thread's own connection to the database, closed afterwards: the
    window's connection stays with the window's thread."""
    try:
        return work()
    finally:
        if not db.is_closed() and threading.current_thread() is not threading.main_thread():
            db.close()


class WorkerConnection:
    """The database open when this is made (on the window's thread), for a worker thread started then:
    the window may open another database before the worker has checkpointed and closed this one."""

    def __init__(self) -> None:
        self._database = db.obj

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the database file, without waiting for readers or blocking writers."""
        engine_of(self._database).checkpoint(self._database)

    def close(self) -> None:
        """Close the calling thread's connection to that database."""
        self._database.close()
