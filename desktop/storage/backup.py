"""Copies of a database made with SQLite's online backup API (consistent even while it is open)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop import paths


def copy_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` page by page; `target` is written to a temporary name first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"backup copy failed its integrity check: {result}")
    partial.replace(target)
    return target


def backup_before_migration(path: Path, from_version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"{Path(path).stem}-schema{from_version}-{stamp}.sqlite3"
    return copy_database(Path(path), target)
