"""Copies of a database made with SQLite's online backup API (consistent even while it is open)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from urllib.parse import quote

from desktop import paths


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only."""
    return uri_for(Path(path).absolute().as_posix())


def uri_for(posix_path: str) -> str:
    # Built by hand: Path.as_uri() turns a Windows share into "file://server/...", an authority SQLite
    # refuses. An empty authority works for drive letters ("/C:/...") and shares ("//server/...") alike;
    # "#", "?" and "%" in folder names are escaped.
    if not posix_path.startswith("/"):
        posix_path = "/" + posix_path
    return f"file://{quote(posix_path, safe='/:')}?mode=ro"


def copy_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` page by page; `target` is written to a temporary name first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(read_only_uri(source), uri=True)
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
