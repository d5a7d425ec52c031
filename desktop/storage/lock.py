"""One writer per database: a small lock file beside it says who has it open.

``leerwerk.sqlite3.lock`` holds JSON (UTF-8): the account, the computer, the process id, since when,
and a heartbeat that the holder refreshes every minute. It is written whole under a name of its own
and then linked to the lock's name (renamed, on Windows, where a rename never replaces a file), which
fails when the lock exists and is atomic on local disks and on Windows (SMB) shares alike: nobody
ever sees a lock that is still being written.

The lock belongs to the file, not to the text of its path: the path is resolved to the real file
first (symlinks, junctions, ``..`` and 8.3 short names all reach the same lock).

A lock is *stale* when its process is gone (same computer) or its heartbeat is older than
`STALE_AFTER` (another computer cannot look at our processes). A stale lock is taken over under a
second exclusive file, the *claim*: only the process holding the claim may replace the lock, and only
when the lock still holds exactly the bytes it judged stale. Replace-and-read-back alone is not
enough: a slow process could judge the old lock stale, then replace the fresh lock of the winner.
A claim whose process is gone, or that stays unchanged while watched for `SETTLE_SECONDS` (a
takeover takes a fraction of a second), was left by a crash and is moved aside. So is a lock that
cannot be read (a crash or a power cut between creating and filling it) and stays so while watched.
The temporary files a writer killed halfway leaves (they name its account and computer) are removed
by the next process that takes the lock, once their writer is gone (`remove_abandoned_temporaries`).

Heartbeats are compared with this computer's clock. Computers in one network keep their clocks
within seconds of each other; `STALE_AFTER` is five missed heartbeats, to leave room for a share
that is away for a moment and for a clock that is a little off. A heartbeat from the future comes
from a clock that runs ahead: then the time the file system gave the lock file when it was last
written tells how long it has been silent.

No names are logged: "a stale lock of another computer", never whose.
"""

from __future__ import annotations

import atexit
import datetime as dt
import errno
import getpass
import json
import logging
import os
import platform
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import UnusableDatabaseError
from desktop.i18n import _, format_datetime
from desktop.storage.files import write_atomically

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
CLAIM_SUFFIX = ".takeover"
HEARTBEAT_SECONDS = 60.0
STALE_AFTER = dt.timedelta(minutes=5)
UNREADABLE_GRACE = dt.timedelta(seconds=30)  # an unreadable lock file this old was left by a crash
CLAIM_GRACE = dt.timedelta(seconds=30)  # a takeover claim this old was left by a crash
TEMPORARY_GRACE = dt.timedelta(seconds=30)  # a temporary file of the lock this old was left by a crash
SETTLE_SECONDS = 1.0  # an unreadable lock or a claim unchanged this long while watched was left by a crash
CLOCK_TOLERANCE = dt.timedelta(seconds=HEARTBEAT_SECONDS)  # a heartbeat further ahead comes from a wrong clock
ACQUIRE_PATIENCE_SECONDS = 3.0  # how long to wait for another process that is busy taking over
_RETRY_PAUSE = 0.05


def real_file(db_path: str | os.PathLike) -> Path:
    """The file `db_path` reaches, whatever way it is written (Windows: the final path, long names)."""
    return Path(os.path.realpath(db_path))


def lock_path(db_path: str | os.PathLike) -> Path:
    real = real_file(db_path)
    return real.with_name(real.name + LOCK_SUFFIX)


def this_machine() -> str:
    return platform.node() or "?"


def _this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no account name is no reason to refuse to open
        return "?"


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)  # as written to the file


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock. `token` tells two locks of the same process apart and makes "is it mine" exact."""

    user: str
    machine: str
    pid: int
    since: dt.datetime
    heartbeat: dt.datetime
    token: str

    @classmethod
    def for_this_process(cls) -> LockOwner:
        now = _utc_now()
        return cls(_this_user(), this_machine(), os.getpid(), now, now, os.urandom(16).hex())

    def beating(self) -> LockOwner:
        return LockOwner(self.user, self.machine, self.pid, self.since, _utc_now(), self.token)

    def to_bytes(self) -> bytes:
        data = {
            "application": "LeerWerk",
            "user": self.user,
            "machine": self.machine,
            "pid": self.pid,
            "since": self.since.isoformat(timespec="seconds"),
            "heartbeat": self.heartbeat.isoformat(timespec="seconds"),
            "token": self.token,
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> LockOwner | None:
        """The owner described by `raw`, or None for anything that is not a complete lock."""
        try:
            data = json.loads(raw.decode("utf-8"))
            return cls(
                user=str(data["user"]),
                machine=str(data["machine"]),
                pid=int(data["pid"]),
                since=_aware(dt.datetime.fromisoformat(data["since"])),
                heartbeat=_aware(dt.datetime.fromisoformat(data["heartbeat"])),
                token=str(data["token"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    @property
    def on_this_machine(self) -> bool:
        return self.machine.casefold() == this_machine().casefold()

    def local_since(self) -> str:
        """When the lock was taken, in this computer's time and the user's language."""
        return format_datetime(self.since.astimezone().replace(tzinfo=None), "short")


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def describe_holder(owner: LockOwner | None) -> str:
    """ "Jan on computer ZORG-PC12 since 3-6-26 09:14", or what can be said of an unreadable lock."""
    if owner is None:
        return _("another LeerWerk")
    return _("{user} on computer {machine} since {since}").format(
        user=owner.user, machine=owner.machine, since=owner.local_since()
    )


class DatabaseInUseError(UnusableDatabaseError):
    """Another LeerWerk has the database open for writing; `owner` says who (None if unreadable)."""

    def __init__(self, db_path: Path, owner: LockOwner | None):
        message = _(
            "The database {path} is in use by {holder}; LeerWerk can open it only read-only until it is closed there."
        ).format(path=db_path, holder=describe_holder(owner))
        super().__init__(message)
        self.db_path = db_path
        self.owner = owner


class LockPathIsFolderError(UnusableDatabaseError):
    """A folder has the name of the lock file (or of its claim): nobody can take or judge the lock."""

    def __init__(self, path: Path):
        super().__init__(
            _(
                "{path} is a folder, but LeerWerk needs that name for a lock file of the database beside it; "
                "move or rename the folder and try again."
            ).format(path=path)
        )
        self.path = path


# -- judging a lock -----------------------------------------------------------------------------------


def pid_running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (an id that cannot be checked counts as running)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another account
        return True
    except OSError:
        return True
    return True


def _kernel32():
    """kernel32 with the calls `_windows_pid_running` makes declared (Windows only; tests put a fake here)."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def _last_error() -> int:
    """The error of the last kernel32 call of this thread (Windows only; tests put a fake here)."""
    import ctypes

    return ctypes.get_last_error()


def _windows_pid_running(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    process_query_limited_information, still_active, error_access_denied = 0x1000, 259, 5
    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return _last_error() == error_access_denied
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def is_stale(owner: LockOwner, now: dt.datetime | None = None, *, written: dt.datetime | None = None) -> bool:
    """A lock nobody keeps alive any more: its process is gone, or its heartbeat stopped.

    `written` is when the file system last saw the lock file written; it stands in for a heartbeat
    that lies in the future.
    """
    now = now or _utc_now()
    if owner.on_this_machine and not pid_running(owner.pid):
        return True
    # Another computer's processes cannot be seen; and on this one a running id may belong to a new
    # process after a restart. The heartbeat decides both.
    last_sign_of_life = owner.heartbeat
    if written is not None and owner.heartbeat - now > CLOCK_TOLERANCE:
        # Trusted, the holder's fast clock would keep the lock until long after it stopped beating.
        last_sign_of_life = written
    return now - last_sign_of_life > STALE_AFTER


def _stale_reason(owner: LockOwner | None) -> str:
    if owner is None:
        return "an unreadable lock file"
    if owner.on_this_machine:
        return "a stale lock of a process on this computer"
    return "a stale lock of another computer"


# -- files ----------------------------------------------------------------------------------------------


_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS, errno.EMLINK}


def _write_new(path: Path, data: bytes) -> None:
    """Create `path` holding `data`; FileExistsError when it exists. Atomic, also on SMB shares: the
    file appears with all its bytes or not at all.

    Not `backup.move_to_new_name`: without hard links it looks and then renames, which two processes
    taking the lock at once could both get past.
    """
    partial = path.with_name(f"{path.name}.{os.urandom(8).hex()}.tmp")
    _write_exclusive(partial, data)
    try:
        if os.name == "nt":
            os.rename(partial, path)  # Windows never renames onto an existing file
            return
        try:
            os.link(partial, path)
        except OSError as error:
            if isinstance(error, FileExistsError) or error.errno not in _NO_HARD_LINKS:
                raise
            # A file system without hard links (FAT, some shares): create in place, briefly empty.
            _write_exclusive(path, data)
    finally:
        partial.unlink(missing_ok=True)


def _write_exclusive(path: Path, data: bytes) -> None:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o644)
    try:
        with os.fdopen(descriptor, "wb", closefd=False) as handle:
            handle.write(data)
    except BaseException:
        os.close(descriptor)
        path.unlink(missing_ok=True)
        raise
    os.close(descriptor)


def _retry_sharing(action, attempts: int = 40):
    """Run `action`, retrying briefly while Windows reports the file open elsewhere (a reader)."""
    for attempt in range(attempts):
        try:
            return action()
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(_RETRY_PAUSE)
    return None


def _read(path: Path) -> bytes | None:
    if path.is_dir():  # Windows reports reading a folder as "access denied", which would be retried
        raise LockPathIsFolderError(path)
    try:
        return _retry_sharing(path.read_bytes)
    except FileNotFoundError:
        return None


def _replace(path: Path, data: bytes) -> None:
    # No fsync, here or above: after a power cut the lock is stale anyway (an empty one is taken over
    # after `UNREADABLE_GRACE`), and on a share every fsync is a round trip to the server.
    write_atomically(path, data, fsync=False, replace=_replace_patiently)


def _replace_patiently(partial: Path, path: Path) -> None:
    _retry_sharing(lambda: os.replace(partial, path))  # Windows refuses while another LeerWerk reads the lock


def _age(path: Path) -> dt.timedelta | None:
    try:
        modified = path.stat().st_mtime
    except FileNotFoundError:
        return None
    return dt.timedelta(seconds=max(0.0, time.time() - modified))


def _written(path: Path) -> dt.datetime | None:
    """When the file system last saw `path` written (its own clock, not the writer's)."""
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except FileNotFoundError:
        return None


class _Watch:
    """How long files have been seen unchanged by this process, by its own steady clock (no other
    computer's clock is involved)."""

    def __init__(self):
        self._first_seen: dict[Path, tuple[tuple, float]] = {}

    def unchanged_for(self, path: Path, raw: bytes | None) -> float:
        try:
            stat = path.stat()
        except FileNotFoundError:
            self._first_seen.pop(path, None)
            return 0.0
        state = (raw, stat.st_size, stat.st_mtime_ns, stat.st_ino)
        now = time.monotonic()
        seen, since = self._first_seen.get(path, (None, now))
        if seen != state:
            self._first_seen[path] = (state, now)
            return 0.0
        return now - since

    def settled(self, path: Path, raw: bytes | None) -> bool:
        return self.unchanged_for(path, raw) >= SETTLE_SECONDS


# -- the lock ---------------------------------------------------------------------------------------------


class DatabaseLock:
    """This process's hold on one database. Get one with `acquire`; give it back with `release`."""

    def __init__(self, db_path: Path, owner: LockOwner):
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.owner = owner
        self.lost = False
        self.taken_by: LockOwner | None = None
        self._users = 1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._file_guard = threading.Lock()  # a heartbeat must not write the file back after release removed it

    @property
    def held(self) -> bool:
        return not self.lost and self._users > 0

    def refresh(self) -> bool:
        """Renew the heartbeat; False (and `lost`) when another process has taken the lock over."""
        with self._file_guard:
            if not self.held or self._stop.is_set():
                return False
            raw = _read(self.path)
            current = LockOwner.from_bytes(raw) if raw is not None else None
            if current is None or current.token != self.owner.token:
                self.lost, self.taken_by = True, current
                log.warning("The database lock was taken over by another process; this one no longer writes")
                return False
            self.owner = self.owner.beating()
            _replace(self.path, self.owner.to_bytes())
            return True

    def release(self) -> None:
        with _registry_guard:
            self._users -= 1
            if self._users > 0:
                return
            if _registry.get(_key(self.db_path)) is self:
                del _registry[_key(self.db_path)]
        self._stop.set()
        with self._file_guard:
            if self.lost:
                return
            raw = _read(self.path)
            current = LockOwner.from_bytes(raw) if raw is not None else None
            if current is not None and current.token == self.owner.token:
                try:
                    _retry_sharing(lambda: self.path.unlink(missing_ok=True))
                except OSError as error:  # a lock left behind is taken over later as stale
                    log.warning("The database lock file could not be removed (%s)", type(error).__name__)

    def start_heartbeat(self, interval: float = HEARTBEAT_SECONDS) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._beat, args=(interval,), name="leerwerk-lock", daemon=True)
        self._thread.start()

    def _beat(self, interval: float) -> None:
        while not self._stop.wait(interval):
            try:
                if not self.refresh():
                    return
            except OSError as error:  # a share that is away for a moment; the next beat tries again
                log.warning("The database lock could not be refreshed (%s)", type(error).__name__)


_registry: dict[str, DatabaseLock] = {}
_registry_guard = threading.Lock()
_exit_hook = False


def _key(db_path: Path) -> str:
    return os.path.normcase(real_file(db_path))


def held_lock(db_path: str | os.PathLike) -> DatabaseLock | None:
    """The lock this process holds on `db_path`, if any."""
    with _registry_guard:
        return _registry.get(_key(Path(db_path)))


def read_owner(db_path: str | os.PathLike) -> LockOwner | None:
    """Who holds the lock of `db_path` now, or None (no lock, or an unreadable one)."""
    raw = _read(lock_path(db_path))
    return LockOwner.from_bytes(raw) if raw is not None else None


def live_owner(db_path: str | os.PathLike) -> LockOwner | None:
    """Who holds the lock of `db_path` and keeps it alive, or None (no lock, a stale or an unreadable one)."""
    path = lock_path(db_path)
    raw = _read(path)
    owner = LockOwner.from_bytes(raw) if raw is not None else None
    return owner if owner is not None and not is_stale(owner, written=_written(path)) else None


def acquire(db_path: str | os.PathLike, *, heartbeat: bool = True) -> DatabaseLock:
    """Take the lock of `db_path` for this process; raises `DatabaseInUseError` when another has it.

    Opening a database this process already holds shares the lock (it is released by the last user).
    """
    db_path = Path(db_path)
    with _registry_guard:
        existing = _registry.get(_key(db_path))
        if existing is not None and existing.held:
            existing._users += 1
            return existing
    owner = LockOwner.for_this_process()
    path = lock_path(db_path)
    deadline = time.monotonic() + ACQUIRE_PATIENCE_SECONDS
    seen: LockOwner | None = None
    watch = _Watch()
    while True:
        try:
            _write_new(path, owner.to_bytes())
            return _register(db_path, owner, heartbeat)
        except FileExistsError:
            pass
        except PermissionError:
            if sys.platform != "win32" or not path.exists():
                raise
            # Windows refuses to create a file that is being deleted: it is about to be free.
        raw = _read(path)
        if raw is not None:
            seen = LockOwner.from_bytes(raw)
            if _may_take_over(path, raw, seen, watch) and _take_over(path, raw, owner, watch):
                log.warning("Took over the database lock: it was %s", _stale_reason(seen))
                return _register(db_path, owner, heartbeat)
            if seen is not None and not is_stale(seen, written=_written(path)):
                raise DatabaseInUseError(db_path, seen)
        if time.monotonic() > deadline:
            raise DatabaseInUseError(db_path, seen)
        time.sleep(_RETRY_PAUSE)


def _may_take_over(path: Path, raw: bytes, owner: LockOwner | None, watch: _Watch) -> bool:
    if owner is not None:
        return is_stale(owner, written=_written(path))
    # Unreadable: left half-written by a crash or a power cut, or being written right now by a
    # LeerWerk that writes in place (an older version, a file system without hard links).
    age = _age(path)
    return age is not None and (age > UNREADABLE_GRACE or watch.settled(path, raw))


def _take_over(path: Path, judged: bytes, owner: LockOwner, watch: _Watch | None = None) -> bool:
    """Replace the lock that held `judged` by ours; True only for the one process that did."""
    claim = path.with_name(path.name + CLAIM_SUFFIX)
    try:
        _write_new(claim, owner.to_bytes())
    except FileExistsError:
        _clear_abandoned_claim(claim, owner, watch or _Watch())
        return False
    except PermissionError:
        if sys.platform != "win32":
            raise
        return False  # Windows: another process's claim is being deleted right now
    try:
        if _read(path) != judged:  # released, or already taken over by someone quicker
            return False
        _replace(path, owner.to_bytes())
        mine = LockOwner.from_bytes(_read(path) or b"")
        return mine is not None and mine.token == owner.token
    finally:
        _retry_sharing(lambda: claim.unlink(missing_ok=True))


def _clear_abandoned_claim(claim: Path, owner: LockOwner, watch: _Watch) -> None:
    """A claim whose process died mid-takeover would block every later takeover: move it aside once."""
    raw = _read(claim)
    age = _age(claim)
    if raw is None or age is None:
        return
    claimant = LockOwner.from_bytes(raw)
    gone = claimant is not None and claimant.on_this_machine and not pid_running(claimant.pid)
    if not (gone or age > CLAIM_GRACE or watch.settled(claim, raw)):
        return
    aside = claim.with_name(f"{claim.name}.{owner.token}.abandoned")
    try:
        os.rename(claim, aside)  # only one process can move the same file
    except OSError:
        return
    aside.unlink(missing_ok=True)
    log.warning("Removed an abandoned takeover of the database lock")


def release_all() -> None:
    """Give back every lock this process still holds (at exit: a window closed without closing its database)."""
    with _registry_guard:
        held = list(_registry.values())
    for lock in held:
        lock._users = 1
        try:
            lock.release()
        except OSError:
            pass


def _register(db_path: Path, owner: LockOwner, heartbeat: bool) -> DatabaseLock:
    global _exit_hook
    lock = DatabaseLock(db_path, owner)
    with _registry_guard:
        _registry[_key(db_path)] = lock
        if not _exit_hook:
            atexit.register(release_all)
            _exit_hook = True
    if heartbeat:
        lock.start_heartbeat()
    remove_abandoned_temporaries(db_path)
    return lock


# -- temporary files a killed writer left -------------------------------------------------------------------


def _temporaries(path: Path) -> list[Path]:
    """The files that writing the lock `path` or its claim makes on the way and removes again: the whole new
    file before it is linked (`_write_new`), the new heartbeat before it replaces the lock (`_replace`), and
    an abandoned claim being removed (`_clear_abandoned_claim`)."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    own, hidden = f"{path.name}.", f".{path.name}."
    return [
        path.parent / name
        for name in names
        if (name.startswith(own) and name.endswith((".tmp", ".abandoned")))
        or (name.startswith(hidden) and name.endswith(".part"))
    ]


def _writer_gone(temporary: Path) -> bool:
    """Whether the process that wrote `temporary` is gone: it says it ran on this computer and that process
    is no longer there, or the file is older than any writer takes (a writer on another computer, a file
    cut off before it said who wrote it)."""
    age = _age(temporary)
    if age is None:
        return False
    if age > TEMPORARY_GRACE:
        return True
    try:
        writer = LockOwner.from_bytes(temporary.read_bytes())
    except OSError:
        return False
    return writer is not None and writer.on_this_machine and not pid_running(writer.pid)


def abandoned_temporaries(db_path: str | os.PathLike) -> list[Path]:
    """Temporary files of the lock of `db_path` whose writer is gone: a killed LeerWerk's, which hold its
    account and computer name."""
    return [temporary for temporary in _temporaries(lock_path(db_path)) if _writer_gone(temporary)]


def remove_abandoned_temporaries(db_path: str | os.PathLike) -> None:
    """Remove `abandoned_temporaries`; one that cannot be removed is tried again at the next acquisition."""
    removed = 0
    for temporary in abandoned_temporaries(db_path):
        try:
            temporary.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as error:
            log.warning("A temporary file of the database lock could not be removed (%s)", type(error).__name__)
    if removed:
        log.info("Removed %d temporary files of the database lock left by a LeerWerk that is gone", removed)
