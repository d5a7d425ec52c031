"""Small helpers shared by the tests."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every row of every table, as text: equal dumps mean an unchanged database."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def table_dump(database) -> list[tuple]:
    """Every row of every user table through an open peewee database."""
    rows = []
    tables = [r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for table in tables:
        rows += [(table, *row) for row in database.execute_sql(f'SELECT * FROM "{table}" ORDER BY rowid')]
    return rows
