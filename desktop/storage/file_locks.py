"""Whether another process has a database open, asked of the operating system's file locks.

SQLite keeps a shared lock on byte 128 of the ``-shm`` file (its "dead man switch") for as long as
a connection in WAL mode is open, and, outside WAL, a shared lock in the "shared" byte range of the
database file itself while it reads (for the whole session in exclusive locking mode). Asking for
those bytes exclusively, without waiting, tells whether another process holds them; the lock is
let go at once. A ``-shm`` left by a crashed process holds no lock, so it does not count.

Nothing is read or written. Ask only while this process has no connection to the file itself: on
POSIX, closing any descriptor of a file drops every lock this process holds on it.
"""

from __future__ import annotations

import os
from pathlib import Path

SHM_DEAD_MAN_SWITCH = 128  # (22 + SQLITE_SHM_NLOCK) * 4 + SQLITE_SHM_NLOCK, on Unix and Windows alike
PENDING_BYTE = 0x40000000
SHARED_FIRST, SHARED_SIZE = PENDING_BYTE + 2, 510


def _byte_range_held(path: Path, start: int, length: int) -> bool:
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed below, after the lock is let go
    except OSError:
        return False  # missing or not ours to lock: nobody we could ask about
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(start)
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, length)
            except OSError:
                return True
            handle.seek(start)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, length)
            return False
        import fcntl

        try:
            fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, length, start, os.SEEK_SET)
        except OSError:
            return True
        fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, length, start, os.SEEK_SET)
        return False
    finally:
        handle.close()


def shm_in_use(db_path: Path) -> bool:
    """True when another process has `db_path` open in WAL mode (its ``-shm`` lock shows it)."""
    shm = Path(f"{db_path}-shm")
    return shm.exists() and _byte_range_held(shm, SHM_DEAD_MAN_SWITCH, 1)


def open_elsewhere(db_path: Path) -> bool:
    """True when another process has `db_path` open (as far as its SQLite locks show)."""
    db_path = Path(db_path)
    if shm_in_use(db_path):
        return True
    return db_path.exists() and _byte_range_held(db_path, SHARED_FIRST, SHARED_SIZE)
