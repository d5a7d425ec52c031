"""Removing backup copies older than the longest retention period (they hold erased data too).

Looks only at the modification time of ``*.sqlite3`` files in the backup folder, and never removes
the newest one, whatever its age: the rotation of backups itself is someone else's job.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from desktop import paths

log = logging.getLogger(__name__)
DAY_SECONDS = 24 * 60 * 60


def prune_backups_older_than(days: int, *, folder: Path | None = None, now: float | None = None) -> list[Path]:
    """Delete backups last written more than `days` days ago, except the newest; returns those deleted."""
    folder = Path(folder) if folder is not None else paths.backup_dir()
    if days < 1 or not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        try:
            if path.is_file():
                found.append((path.stat().st_mtime, path))
        except OSError:
            continue
    if len(found) < 2:
        return []
    found.sort()
    cutoff = (time.time() if now is None else now) - days * DAY_SECONDS
    removed = []
    for modified, path in found[:-1]:
        if modified >= cutoff:
            continue
        try:
            path.unlink()
        except OSError as error:
            log.warning("Old backup not removed: %s", type(error).__name__)
            continue
        removed.append(path)
    if removed:
        log.info("Removed %d backups older than %d days", len(removed), days)
    return removed
