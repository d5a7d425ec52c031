"""Damaged copies of a good database, one per kind of damage a workstation sees."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from desktop.storage.migrations import LATEST_VERSION

DAMAGE_KINDS = (
    "empty",
    "truncated",
    "header",
    "flipped",
    "not_sqlite",
    "newer_schema",
    "missing_table",
)


def _page_size(data: bytes) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else size


def damaged_copy(good: Path, target: Path, kind: str) -> Path:
    """Write `good` to `target` with damage of `kind` (the good file is only read)."""
    data = Path(good).read_bytes()
    if kind == "empty":
        damaged = b""
    elif kind == "truncated":
        damaged = data[: len(data) // 2 + 100]
    elif kind == "header":
        damaged = b"Overwritten by a broken sync tool!" * 3 + data[102:]
    elif kind == "flipped":
        # Every bit of 200 bytes from the start of a page in the middle (its b-tree header and cells).
        page = _page_size(data)
        start = page * (len(data) // page // 2)
        damaged = data[:start] + bytes(b ^ 0xFF for b in data[start : start + 200]) + data[start + 200 :]
    elif kind == "not_sqlite":
        damaged = "voornaam;achternaam\nZoë;Berg\n".encode() * 50
    elif kind == "newer_schema":
        target.write_bytes(data)
        connection = sqlite3.connect(target)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("UPDATE schema_version SET version = ?", (LATEST_VERSION + 1,))
        connection.commit()
        connection.close()
        return target
    elif kind == "missing_table":
        target.write_bytes(data)
        connection = sqlite3.connect(target)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute('DROP TABLE "student_evaluation"')
        connection.commit()
        connection.close()
        return target
    else:
        raise ValueError(kind)
    target.write_bytes(damaged)
    return target


def leave_wal_of_another_database(target: Path, learners: int = 40, seed: int = 3) -> None:
    """Put the -wal and -shm of a different LeerWerk database beside `target`, as a careless copy does:
    a database with other rows, left by a crash with committed changes still in its -wal."""
    from desktop.demo import generate_demo
    from desktop.storage.database import close_database

    other = target.parent / "ander-werk" / target.name
    other.parent.mkdir(exist_ok=True)
    generate_demo(other, learners=learners, seed=seed)
    close_database()
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("UPDATE organisation SET name = 'Een andere organisatie'")
    connection.execute("UPDATE learner SET first_name = first_name || ' (ander)'")
    connection.commit()
    # Copied while the connection is open, as a crash leaves them (closing would fold the -wal in).
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").write_bytes(Path(f"{other}{suffix}").read_bytes())
    connection.close()
