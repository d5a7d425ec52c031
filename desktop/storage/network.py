"""Is a database on a network drive? There SQLite needs other settings than on a local disk.

Over SMB or NFS the shared-memory file of WAL mode does not work between computers and file locks
are less reliable, so a database on a share gets a rollback journal (``journal_mode = DELETE``),
keeps its file lock for as long as it is open (``locking_mode = EXCLUSIVE``), and syncs fully.

Detection: a UNC path (``\\\\server\\share\\...``) anywhere; on Windows a drive letter whose type is
DRIVE_REMOTE (a mapped drive); on Linux the file system type in ``/proc/self/mounts``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path, PureWindowsPath

import peewee

from desktop.i18n import _
from desktop.storage import cipher

log = logging.getLogger(__name__)

DRIVE_REMOTE = 4
MOUNTS_FILE = Path("/proc/self/mounts")
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
    }
)


def is_unc(path: str) -> bool:
    r"""``\\server\share`` or ``//server/share``; ``\\?\C:\...`` is a local long path, ``\\?\UNC\...`` is not."""
    text = str(path).replace("/", "\\")
    if not text.startswith("\\\\"):
        return False
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return text[4:].upper().startswith("UNC\\")
    return True


def is_network_path(path: str | os.PathLike) -> bool:
    """Whether `path` lies on a network drive or share (as far as this computer can tell)."""
    text = os.path.abspath(os.fspath(path))
    if is_unc(text):
        return True
    if sys.platform == "win32":
        return windows_drive_is_remote(text, _drive_type)
    if sys.platform.startswith("linux"):
        return mount_is_network(Path(text), _read_mounts())
    return False


def windows_drive_is_remote(path: str, drive_type) -> bool:
    """Whether the drive letter of `path` is a mapped network drive; `drive_type` is GetDriveTypeW."""
    drive = PureWindowsPath(path).drive
    if len(drive) != 2 or drive[1] != ":":
        return False
    return drive_type(drive + "\\") == DRIVE_REMOTE


def _kernel32():
    """Windows's kernel32 (Windows only; tests put a fake here)."""
    import ctypes

    return ctypes.windll.kernel32


def _drive_type(root: str) -> int:
    return int(_kernel32().GetDriveTypeW(root))


def _read_mounts() -> str:
    try:
        return MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _unescape_mount(field: str) -> str:
    # /proc/self/mounts writes a space in a mount point as \040, a tab as \011, a backslash as \134.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_is_network(path: Path, mounts: str) -> bool:
    """Whether the mount that holds `path` (the longest matching mount point) is a network file system."""
    try:
        target = Path(os.path.realpath(path))
    except OSError:
        target = path
    best, best_type = -1, ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = Path(_unescape_mount(parts[1])), parts[2]
        if (target == mount_point or mount_point in target.parents) and len(mount_point.parts) > best:
            best, best_type = len(mount_point.parts), fs_type
    return best_type.lower() in NETWORK_FILE_SYSTEMS


def use_rollback_journal(database: peewee.SqliteDatabase) -> str:
    """Switch a database on a share out of WAL mode; returns the journal mode it is in afterwards.

    The switch needs the file to itself; when another program still reads it, the file stays in WAL
    (with exclusive locking, which keeps the WAL index in memory instead of on the share).
    """
    try:
        mode = database.execute_sql("PRAGMA journal_mode = DELETE").fetchone()[0]
    except cipher.errors(peewee.OperationalError, kind="OperationalError"):
        mode = database.execute_sql("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "delete":
        log.warning("A database on a network drive stays in %s mode: another program has it open", mode)
    return str(mode).lower()


def share_pragmas(local: dict) -> dict:
    """The connection settings for a share, from those for a local disk: no WAL, full sync.

    Exclusive locking comes later (`keep_to_itself`): the backup made before a migration reads the
    file through a second connection, which an exclusive lock would shut out.
    """
    kept = {key: value for key, value in local.items() if key not in ("journal_mode", "synchronous", "locking_mode")}
    return {**kept, "synchronous": "full"}


def keep_to_itself(database: peewee.SqliteDatabase) -> None:
    """From the next read on, hold SQLite's file lock until the database is closed (also after a reconnect)."""
    database.pragma("locking_mode", "exclusive", permanent=True)


def network_warning(path: str | os.PathLike) -> str:
    """The one warning for a database on a network drive (window and command line alike)."""
    return _(
        "The database {path} is on a network drive: LeerWerk keeps it to itself while it is open and saves "
        "more slowly; a database on this computer's own disk is safer (backups stay on this computer)."
    ).format(path=path)
