"""A write of many new rows, as every bulk writer makes it: in a write transaction of its own, with the engine's
settings for it, and the Learners tab's line triggers paused until its end (`line_pause`), when the learners of the
rows it added are marked in one statement."""

from __future__ import annotations

import contextlib

from desktop.storage.engine import engine_of
from desktop.storage.line_pause import paused


@contextlib.contextmanager
def bulk_writing(database, cache_kib: int):
    """The block runs inside the write transaction (`Engine.write_transaction`: the write lock taken at once), with
    `Engine.bulk_settings` around it and the pause inside it."""
    engine = engine_of(database)
    with engine.bulk_settings(database, cache_kib), engine.write_transaction(database), paused(database):
        yield
