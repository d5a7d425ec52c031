"""Writing a file whole or not at all, for every file LeerWerk writes itself (exports, printouts, its own notes).

The data go to a temporary file beside the target (the same folder, so the same disk), to the disk (fsync), and then
take the target's place in one step. Whatever fails on the way (a full disk, a cancelled render, a target open in
another program) removes the temporary file and leaves an older target as it was: a reader sees the old file or the
new one, never half of one.

Not here: database files, which SQLite writes itself to a path of its own (backup copies in `backup`, encryption
rewrites in `encryption`), each with a check of the copy before it takes the file's place.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomically(
    path: str | os.PathLike,
    data: bytes | Callable[[BinaryIO], object],
    *,
    fsync: bool = True,
    replace: Callable[[Path, Path], object] = os.replace,
) -> None:
    """Write `data` (bytes, or a function writing to a binary handle) to `path` through a temporary file beside it.

    `fsync=False` skips the flush to disk, for a file not worth a round trip to a network share. `replace` puts the
    finished temporary file in the target's place (`os.replace`; `backup.move_to_new_name` never overwrites).
    A missing folder raises `FileNotFoundError` naming that folder; any failure raises with no temporary file left.
    """
    path = Path(path)
    # A name of its own per writer: two processes writing the same file (two LeerWerks closing) never share one.
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        descriptor = os.open(temporary, _NEW_FILE, 0o666)
    except FileNotFoundError:
        if not path.parent.is_dir():  # say which folder is missing, not the temporary name nobody asked for
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent)) from None
        raise
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_json_atomically(path: Path, data) -> None:
    """`data` as JSON through `write_atomically`, making the folder when it is missing (LeerWerk's own notes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data).encode("utf-8"))
