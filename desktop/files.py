"""Files a person hands LeerWerk to read: a regular file, and never more of it than a limit.

A device, a pipe or a socket (`/dev/zero`, a FIFO, ``CON`` on Windows) has no end, or blocks for
ever when it is read: it is refused by what the file system says it is, before a byte is read. A
file is read up to one byte past its limit, so a file that grows while it is read is caught as well.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop.errors import LeerWerkError
from desktop.i18n import _

READ_CHUNK = 1024 * 1024


class NotAFileError(LeerWerkError):
    """The path names a device, a pipe or a socket: something that is not a file to read."""

    def __init__(self, path: Path):
        super().__init__(not_a_file(path))
        self.path = path


def not_a_file(path: Path | str) -> str:
    return _("{path} is not a file but a device or a pipe; choose a file.").format(path=path)


def is_special(path: Path) -> bool:
    """Whether `path` exists as something other than a file or a folder (a device, pipe or socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return False
        raise
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the file `path`, at most `limit` + 1 of them: more than `limit` means it is larger.

    Raises `NotAFileError` for a device, pipe or socket, and the `OSError` of a missing or unreadable
    path (`IsADirectoryError` for a folder). The check is made on the opened file, so nothing swapped
    in after a look at the name gets read; a pipe is opened without waiting for a writer.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    if is_special(path):
        raise NotAFileError(path)
    descriptor = os.open(path, flags)
    with open(descriptor, "rb", closefd=True) as stream:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotAFileError(path)
        chunks, left = [], limit + 1
        while left > 0 and (chunk := stream.read(min(left, READ_CHUNK))):
            chunks.append(chunk)
            left -= len(chunk)
    return b"".join(chunks)
