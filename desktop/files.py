"""Files a person hands LeerWerk to read: a regular file, and never more of it than a limit.

A device, a pipe or a socket (`/dev/zero`, a FIFO, ``CON`` on Windows) has no end, or blocks for
ever when it is read: it is refused by what the file system says it is, before a byte is read. A
file is read up to one byte past its limit, so a file that grows while it is read is caught as well.
A name longer than the file system allows is found before anything is done with it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop.errors import LeerWerkError
from desktop.i18n import N_, _

READ_CHUNK = 1024 * 1024
NOT_THERE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)  # what `Path.exists` takes for "no file"


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
        if error.errno in NOT_THERE:
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


WINDOWS_NAME_MAX = 255  # UTF-16 code units in one folder or file name, on NTFS and FAT alike
POSIX_NAME_MAX = 255  # bytes, where the file system does not say
POSIX_PATH_MAX = 4096  # bytes in a whole path on Linux


def too_long_name(path: Path) -> str | None:
    """The first folder or file name in `path` that is longer than its file system allows (or the whole
    path, when that is too long), or None: the file system would refuse it with ENAMETOOLONG."""
    absolute = Path(os.path.abspath(path))
    if os.name == "nt":
        limit, length = WINDOWS_NAME_MAX, lambda part: len(part.encode("utf-16-le")) // 2
    elif len(os.fsencode(str(absolute))) >= POSIX_PATH_MAX:
        return str(absolute)
    else:
        limit, length = _name_max(absolute), lambda part: len(os.fsencode(part))
    return next((part for part in absolute.parts[1:] if length(part) > limit), None)


def _name_max(path: Path) -> int:
    folder = path
    while not os.path.isdir(folder) and folder != folder.parent:
        folder = folder.parent
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return POSIX_NAME_MAX


def name_too_long(name: str) -> str:
    shown = name if len(name) <= 40 else name[:40] + "…"
    return _("The name {name} is longer than the file system allows; choose a shorter one.").format(name=shown)


# What the system refused, in words a person can act on; any other reason is given in the system's.
OS_REASONS = {
    errno.ENAMETOOLONG: N_("its name is longer than the file system allows"),
    errno.ENOTDIR: N_("a part of its path is a file, not a folder"),
    errno.ELOOP: N_("its path leads round in a circle of links"),
    errno.EACCES: N_("access is denied"),
    errno.EPERM: N_("access is denied"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.ENOENT: N_("it does not exist"),
    errno.EISDIR: N_("it is a folder"),
}


SQLITE_FULL = 13
# SQLite could not enlarge a database's -shm: it writes that file out to its size, so on a full disk this, and not
# SQLITE_FULL, is what opening a database in WAL mode reports (SQLite's documentation names no other cause).
SQLITE_IOERR_SHMSIZE = 4874
# SQLite's own text for SQLITE_FULL. A function that runs statements of its own (SQLCipher's sqlcipher_export) passes
# their failure on as SQLITE_ERROR with this text: the text is all that is left of the code.
SQLITE_FULL_TEXT = "database or disk is full"
WINDOWS_DISK_FULL = (39, 112)  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def is_disk_full(error: BaseException | None) -> bool:
    """Whether `error`, or an error it arose from, is a full disk: the system's ENOSPC (or Windows' own codes) or
    SQLite's SQLITE_FULL, also behind peewee's wrapper and behind a later error it caused (SQLite ends the
    transaction itself on a full disk, and the ROLLBACK after it fails with "cannot rollback")."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if _says_disk_full(error) or _says_disk_full(getattr(error, "orig", None)):
            return True
        error = error.__cause__ or error.__context__
    return False


def _says_disk_full(error: object) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC or getattr(error, "winerror", None) in WINDOWS_DISK_FULL
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return False
    return code & 0xFF == SQLITE_FULL or code == SQLITE_IOERR_SHMSIZE or (code == 1 and str(error) == SQLITE_FULL_TEXT)


def disk_full(doing: str) -> str:
    """The sentence for an operation that ran out of space and changed nothing; `doing` says which and where."""
    return _("The disk is full: {doing}; nothing was changed.").format(doing=doing)


def os_reason(error: BaseException) -> str:
    """Why the operating system refused, in the program's language where LeerWerk knows the reason (a full disk, a
    read-only one, a folder where a file was meant), else in the system's own words."""
    if isinstance(error, OSError) and getattr(error, "winerror", None) in WINDOWS_DISK_FULL:
        return _(OS_REASONS[errno.ENOSPC])
    number = getattr(error, "errno", None)
    if number in OS_REASONS:
        return _(OS_REASONS[number])
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def os_error_message(error: OSError) -> str:
    """One sentence for a file the operating system refused, naming it."""
    reason = os_reason(error)
    return _("{path} cannot be used: {reason}.").format(path=error.filename or "?", reason=reason)
