"""The Windows-only code paths, driven on this machine through their seams.

Each test makes the module see Windows where it asks (``os.name``, ``sys.platform``) and puts a fake of the
Windows API in place (``msvcrt``, ``kernel32``, ``QStandardPaths``, a refusing ``os.rename``) that answers as
Windows documents it. They prove that each branch is taken and what it concludes from those answers; only the
Windows workflow proves the real Windows API answers that way.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import ntpath
import os
import sqlite3
import sys
import types
from pathlib import Path, PureWindowsPath

import pytest

from desktop import paths
from desktop.storage import backup, file_locks, lock, network
from desktop.storage.lock import DatabaseInUseError, LockOwner


class SeenAs:
    """A module as another platform shows it: the given attributes differ, everything else is the real module's.

    Put in place of the module's global (``file_locks.os``, ``lock.sys`` ...), so only that module sees Windows;
    ``pathlib`` and the rest of the process keep the real platform.
    """

    def __init__(self, real: types.ModuleType, **different):
        self._real = real
        self.__dict__.update(different)

    def __getattr__(self, name):
        return getattr(self._real, name)


# -- file_locks: msvcrt.locking -----------------------------------------------------------------------------


class FakeMsvcrt(types.ModuleType):
    """``msvcrt.locking`` as documented: it locks or unlocks `nbytes` from the current file position; LK_NBLCK
    raises OSError (EACCES) at once when any of those bytes is locked, LK_UNLCK raises OSError for a range that
    was not locked. `hold_elsewhere` stands for another process holding a range."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self, files: list[Path] = ()):
        super().__init__("msvcrt")
        self.files = list(files)  # the files whose names `calls` shows
        self.calls: list[tuple[str, int, int, int]] = []  # (file name, mode, start, nbytes)
        self.elsewhere: set[tuple[tuple[int, int], int, int]] = set()
        self.mine: set[tuple[tuple[int, int], int, int]] = set()

    @staticmethod
    def _identity(stat: os.stat_result) -> tuple[int, int]:
        return stat.st_dev, stat.st_ino

    def hold_elsewhere(self, path: Path, start: int, nbytes: int) -> None:
        self.elsewhere.add((self._identity(os.stat(path)), start, nbytes))

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        identity = self._identity(os.fstat(fd))
        names = [path.name for path in self.files if path.exists() and self._identity(os.stat(path)) == identity]
        self.calls.append((names[0] if names else "?", mode, start, nbytes))
        wanted = (identity, start, nbytes)
        if mode == self.LK_NBLCK:
            for held_identity, held_start, held_size in self.elsewhere | self.mine:
                if held_identity == identity and start < held_start + held_size and held_start < start + nbytes:
                    raise OSError(errno.EACCES, "Permission denied")
            self.mine.add(wanted)
        elif mode == self.LK_UNLCK:
            if wanted not in self.mine:
                raise OSError(errno.EACCES, "Permission denied")
            self.mine.remove(wanted)
        else:
            raise AssertionError(f"file_locks must never wait for a lock (mode {mode})")


@pytest.fixture
def msvcrt_on_windows(monkeypatch, tmp_path):
    db_path = tmp_path / "leerwerk.sqlite3"
    fake = FakeMsvcrt([db_path, Path(f"{db_path}-shm")])
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(file_locks, "os", SeenAs(os, name="nt"))
    return fake, db_path


def wal_files(db_path: Path) -> Path:
    db_path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    shm = Path(f"{db_path}-shm")
    shm.write_bytes(bytes(32768))
    return shm


def test_on_windows_a_database_open_in_wal_mode_elsewhere_is_seen_by_its_shm_lock(msvcrt_on_windows):
    fake, db_path = msvcrt_on_windows
    shm = wal_files(db_path)
    fake.hold_elsewhere(shm, file_locks.SHM_DEAD_MAN_SWITCH, 1)

    assert file_locks.shm_in_use(db_path)
    assert file_locks.open_elsewhere(db_path)
    assert fake.calls[0] == (shm.name, FakeMsvcrt.LK_NBLCK, 128, 1)
    assert FakeMsvcrt.LK_UNLCK not in [mode for _, mode, _, _ in fake.calls]  # nothing of ours to let go
    assert fake.mine == set()


def test_on_windows_a_free_database_is_asked_and_let_go_at_the_same_bytes(msvcrt_on_windows):
    fake, db_path = msvcrt_on_windows
    shm = wal_files(db_path)  # left by a crashed LeerWerk: nobody holds its lock

    assert not file_locks.open_elsewhere(db_path)
    assert fake.calls == [
        (shm.name, FakeMsvcrt.LK_NBLCK, 128, 1),
        (shm.name, FakeMsvcrt.LK_UNLCK, 128, 1),
        (db_path.name, FakeMsvcrt.LK_NBLCK, file_locks.SHARED_FIRST, file_locks.SHARED_SIZE),
        (db_path.name, FakeMsvcrt.LK_UNLCK, file_locks.SHARED_FIRST, file_locks.SHARED_SIZE),
    ]
    assert fake.mine == set()  # every lock taken to ask was let go


def test_on_windows_a_reader_outside_wal_is_seen_by_its_shared_lock(msvcrt_on_windows):
    fake, db_path = msvcrt_on_windows
    db_path.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # rollback journal: no -shm
    fake.hold_elsewhere(db_path, file_locks.SHARED_FIRST + 200, 1)  # SQLite on Windows may lock one byte of it

    assert not file_locks.shm_in_use(db_path)
    assert file_locks.open_elsewhere(db_path)
    assert fake.calls == [(db_path.name, FakeMsvcrt.LK_NBLCK, file_locks.SHARED_FIRST, file_locks.SHARED_SIZE)]


@pytest.mark.skipif(os.name == "nt", reason="the POSIX branch, asked of fcntl")
def test_off_windows_msvcrt_is_never_asked(monkeypatch, tmp_path):
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    db_path = tmp_path / "leerwerk.sqlite3"
    wal_files(db_path)

    assert not file_locks.open_elsewhere(db_path)
    assert fake.calls == []


# -- lock: OpenProcess / GetExitCodeProcess ---------------------------------------------------------------------

STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5
ERROR_INVALID_PARAMETER = 87  # OpenProcess of an id no process has
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
DENIED = "denied"


class FakeKernel32:
    """OpenProcess, GetExitCodeProcess and CloseHandle as documented. `processes` maps an id to its exit code
    (STILL_ACTIVE while it runs) or to DENIED (a process OpenProcess may not open); other ids do not exist."""

    def __init__(self, processes: dict[int, int | str], *, exit_code_fails: bool = False):
        self.processes = processes
        self.exit_code_fails = exit_code_fails
        self.last_error = 0
        self.opened: list[tuple[int, bool, int]] = []
        self.open_handles: dict[int, int] = {}

    def OpenProcess(self, access, inherit, pid):
        self.opened.append((access, inherit, pid))
        state = self.processes.get(pid)
        if state is None:
            self.last_error = ERROR_INVALID_PARAMETER
            return None  # restype HANDLE: NULL comes back as None
        if state == DENIED:
            self.last_error = ERROR_ACCESS_DENIED
            return None
        handle = 0x100 + 4 * len(self.opened)
        self.open_handles[handle] = pid
        return handle

    def GetExitCodeProcess(self, handle, code_pointer):
        if self.exit_code_fails:
            self.last_error = ERROR_ACCESS_DENIED
            return 0
        code_pointer._obj.value = self.processes[self.open_handles[handle]]
        return 1

    def CloseHandle(self, handle):
        del self.open_handles[handle]
        return 1


@pytest.fixture
def on_windows(monkeypatch):
    """`lock` sees Windows; returns a function that puts a fake kernel32 in place."""
    monkeypatch.setattr(lock, "sys", SeenAs(sys, platform="win32"))

    def with_kernel32(kernel32: FakeKernel32) -> FakeKernel32:
        monkeypatch.setattr(lock, "_kernel32", lambda: kernel32)
        monkeypatch.setattr(lock, "_last_error", lambda: kernel32.last_error)
        return kernel32

    return with_kernel32


@pytest.mark.parametrize(
    "state, running",
    [
        (STILL_ACTIVE, True),
        (0, False),  # exited; a handle kept elsewhere keeps it openable
        (1, False),
        (DENIED, True),  # a process of another account or an elevated one: it exists
        (None, False),  # no such process
    ],
)
def test_on_windows_pid_running_asks_openprocess_and_getexitcodeprocess(on_windows, state, running):
    kernel32 = on_windows(FakeKernel32({} if state is None else {4242: state}))

    assert lock.pid_running(4242) is running
    assert kernel32.opened == [(PROCESS_QUERY_LIMITED_INFORMATION, False, 4242)]
    assert kernel32.open_handles == {}  # every handle closed


def test_on_windows_a_process_whose_exit_code_cannot_be_read_counts_as_running(on_windows):
    kernel32 = on_windows(FakeKernel32({4242: 0}, exit_code_fails=True))

    assert lock.pid_running(4242)
    assert kernel32.open_handles == {}


def test_on_windows_this_process_and_id_zero_are_not_asked(on_windows):
    kernel32 = on_windows(FakeKernel32({}))

    assert lock.pid_running(os.getpid())
    assert not lock.pid_running(0)
    assert kernel32.opened == []


def write_lock(db_path: Path, *, machine: str, pid: int = 4242, age=dt.timedelta(0)) -> bytes:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    raw = LockOwner("Jan de Vries", machine, pid, now - age - dt.timedelta(hours=1), now - age, "f" * 32).to_bytes()
    lock.lock_path(db_path).write_bytes(raw)
    return raw


def test_on_windows_a_lock_whose_process_exited_is_taken_over(on_windows, db_path, caplog):
    on_windows(FakeKernel32({4242: 0}))
    write_lock(db_path, machine=lock.this_machine())

    with caplog.at_level(logging.WARNING, logger="desktop.storage.lock"):
        mine = lock.acquire(db_path, heartbeat=False)
    try:
        assert lock.read_owner(db_path).token == mine.owner.token
        assert "a stale lock of a process on this computer" in caplog.text
    finally:
        mine.release()


def test_on_windows_a_lock_of_a_process_windows_will_not_open_is_respected(on_windows, db_path):
    on_windows(FakeKernel32({4242: DENIED}))
    raw = write_lock(db_path, machine=lock.this_machine())

    with pytest.raises(DatabaseInUseError) as refused:
        lock.acquire(db_path, heartbeat=False)
    assert refused.value.owner.pid == 4242
    assert lock.lock_path(db_path).read_bytes() == raw


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_a_lock_file_being_deleted_is_waited_for_on_windows_only(monkeypatch, db_path, platform):
    """Windows refuses to create a file whose deletion is pending (PermissionError) and to read it."""
    monkeypatch.setattr(lock, "sys", SeenAs(sys, platform=platform))
    monkeypatch.setattr(lock, "ACQUIRE_PATIENCE_SECONDS", 2.0)
    lock_file = lock.lock_path(db_path)
    raw = write_lock(db_path, machine="ANDERE-PC")  # its holder is releasing it right now
    pending = [True]
    real_write_new, real_read = lock._write_new, lock._read

    def write_new(path, data):
        if path == lock_file and pending[0]:
            raise PermissionError(errno.EACCES, "Access is denied", str(path))
        return real_write_new(path, data)

    def read(path):
        if path == lock_file and pending[0]:
            lock_file.unlink()  # the deletion completes
            pending[0] = False
        return real_read(path)

    monkeypatch.setattr(lock, "_write_new", write_new)
    monkeypatch.setattr(lock, "_read", read)

    if platform == "win32":
        mine = lock.acquire(db_path, heartbeat=False)
        try:
            assert lock.read_owner(db_path).token == mine.owner.token
        finally:
            mine.release()
    else:
        with pytest.raises(PermissionError):
            lock.acquire(db_path, heartbeat=False)
        assert lock_file.read_bytes() == raw


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_a_claim_being_deleted_delays_a_takeover_on_windows_only(monkeypatch, db_path, caplog, platform):
    """Windows refuses to create the takeover claim while another process's claim is being deleted."""
    monkeypatch.setattr(lock, "sys", SeenAs(sys, platform=platform))
    raw = write_lock(db_path, machine="ANDERE-PC", age=lock.STALE_AFTER * 2)
    claim = lock.lock_path(db_path).with_name(lock.lock_path(db_path).name + lock.CLAIM_SUFFIX)
    claims = []
    real_write_new = lock._write_new

    def write_new(path, data):
        if path == claim:
            claims.append(path)
            if len(claims) == 1:
                raise PermissionError(errno.EACCES, "Access is denied", str(path))
        return real_write_new(path, data)

    monkeypatch.setattr(lock, "_write_new", write_new)

    if platform == "win32":
        with caplog.at_level(logging.WARNING, logger="desktop.storage.lock"):
            mine = lock.acquire(db_path, heartbeat=False)
        try:
            assert len(claims) == 2
            assert lock.read_owner(db_path).token == mine.owner.token
            assert "a stale lock of another computer" in caplog.text
            assert not claim.exists()
        finally:
            mine.release()
    else:
        with pytest.raises(PermissionError):
            lock.acquire(db_path, heartbeat=False)
        assert lock.lock_path(db_path).read_bytes() == raw


# -- network: GetDriveTypeW -----------------------------------------------------------------------------------

DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM = 1, 2, 3, 4, 5


class FakeDriveKernel32:
    def __init__(self, drives: dict[str, int]):
        self.drives = drives
        self.asked: list[str] = []

    def GetDriveTypeW(self, root):
        self.asked.append(root)
        return self.drives.get(root.upper(), DRIVE_NO_ROOT_DIR)


@pytest.fixture
def drives_on_windows(monkeypatch):
    kernel32 = FakeDriveKernel32({"C:\\": DRIVE_FIXED, "E:\\": DRIVE_REMOVABLE, "H:\\": DRIVE_REMOTE})
    monkeypatch.setattr(network, "sys", SeenAs(sys, platform="win32"))
    monkeypatch.setattr(network, "os", SeenAs(os, path=ntpath))
    monkeypatch.setattr(network, "_kernel32", lambda: kernel32)
    return kernel32


@pytest.mark.parametrize(
    "path, root, expected",
    [
        (r"H:\Opleidingen\leerwerk.sqlite3", "H:\\", True),  # a mapped network drive
        ("H:/Opleidingen/../leerwerk.sqlite3", "H:\\", True),
        (r"C:\Users\co\leerwerk.sqlite3", "C:\\", False),
        (r"E:\leerwerk.sqlite3", "E:\\", False),  # a USB stick is local
        (r"Z:\leerwerk.sqlite3", "Z:\\", False),  # no such drive
    ],
)
def test_on_windows_a_network_path_is_a_drive_getdrivetypew_calls_remote(drives_on_windows, path, root, expected):
    assert network.is_network_path(path) is expected
    assert drives_on_windows.asked == [root]


def test_on_windows_a_share_is_a_network_path_without_asking_the_drive(drives_on_windows):
    assert network.is_network_path(r"\\nas\zorg\leerwerk.sqlite3")
    assert drives_on_windows.asked == []


# -- backup: a new name that Windows's rename will not take from an existing file ----------------------------


class WindowsRename:
    """os.rename as on Windows: FileExistsError (ERROR_ALREADY_EXISTS) for an existing target; no hard links."""

    def __init__(self):
        self.renamed: list[tuple[str, str]] = []

    def rename(self, source, target):
        self.renamed.append((os.fspath(source), os.fspath(target)))
        if os.path.exists(target):
            raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already exists", str(target))
        os.rename(source, target)

    @staticmethod
    def link(source, target):
        raise AssertionError("move_to_new_name must not make a hard link on Windows")


@pytest.fixture
def rename_on_windows(monkeypatch):
    windows = WindowsRename()
    monkeypatch.setattr(backup, "os", SeenAs(os, name="nt", rename=windows.rename, link=windows.link))
    return windows


def test_on_windows_a_move_to_a_new_name_renames(rename_on_windows, tmp_path):
    source, target = tmp_path / "kopie.partial", tmp_path / "kopie.sqlite3"
    source.write_bytes(b"nieuw")

    backup.move_to_new_name(source, target)

    assert target.read_bytes() == b"nieuw"
    assert not source.exists()
    assert rename_on_windows.renamed == [(str(source), str(target))]


def test_on_windows_a_move_never_replaces_an_existing_file(rename_on_windows, tmp_path):
    source, target = tmp_path / "kopie.partial", tmp_path / "kopie.sqlite3"
    source.write_bytes(b"nieuw")
    target.write_bytes(b"oud")

    with pytest.raises(FileExistsError):
        backup.move_to_new_name(source, target)
    assert target.read_bytes() == b"oud"
    assert source.read_bytes() == b"nieuw"


def test_on_windows_a_backup_copy_keeps_an_existing_file_of_its_name(rename_on_windows, tmp_path):
    source = tmp_path / "leerwerk.sqlite3"
    with sqlite3.connect(source) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    taken, free = tmp_path / "copies" / "taken.sqlite3", tmp_path / "copies" / "free.sqlite3"
    taken.parent.mkdir()
    taken.write_bytes(b"oud")

    with pytest.raises(FileExistsError):
        backup.copy_database(source, taken, overwrite=False)
    assert taken.read_bytes() == b"oud"
    assert not taken.with_name(taken.name + ".partial").exists()

    backup.copy_database(source, free, overwrite=False)
    with sqlite3.connect(free) as copy:
        assert copy.execute("SELECT x FROM t").fetchall() == [(1,)]
    copy.close()
    assert len(rename_on_windows.renamed) == 2


# -- paths: %LOCALAPPDATA%\LeerWerk ---------------------------------------------------------------------------


@pytest.fixture
def no_leerwerk_home(monkeypatch, tmp_path):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.delenv("LEERWERK_HOME")
    # A Windows path is a relative path here: whatever is made under "C:\Users\…" lands in tmp_path, not the checkout.
    monkeypatch.chdir(tmp_path)
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    yield
    QCoreApplication.setApplicationName(names[0])
    QCoreApplication.setOrganizationName(names[1])


def test_on_windows_the_data_folder_is_leerwerk_under_localappdata(no_leerwerk_home, monkeypatch):
    """QStandardPaths as on Windows: <known folder>/<organisation>/<application>, the organisation left out when
    empty; AppLocalDataLocation is %LOCALAPPDATA%, AppDataLocation the roaming %APPDATA%."""
    from PySide6 import QtCore

    location = QtCore.QStandardPaths.StandardLocation
    known_folders = {
        location.AppLocalDataLocation: r"C:\Users\co\AppData\Local",
        location.AppDataLocation: r"C:\Users\co\AppData\Roaming",
    }
    asked = []

    class WindowsStandardPaths:
        StandardLocation = location

        @staticmethod
        def writableLocation(kind):
            asked.append(kind)
            names = [QtCore.QCoreApplication.organizationName(), QtCore.QCoreApplication.applicationName()]
            return "/".join([known_folders[kind].replace("\\", "/"), *[name for name in names if name]])

    monkeypatch.setattr(QtCore, "QStandardPaths", WindowsStandardPaths)
    QtCore.QCoreApplication.setOrganizationName("Zorggroep")  # paths must not keep another organisation

    assert PureWindowsPath(str(paths.data_dir())) == PureWindowsPath(r"C:\Users\co\AppData\Local\LeerWerk")
    assert PureWindowsPath(str(paths.default_db_path())) == PureWindowsPath(
        r"C:\Users\co\AppData\Local\LeerWerk\leerwerk.sqlite3"
    )
    assert set(asked) == {location.AppLocalDataLocation}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is where Qt looks on Linux")
def test_without_leerwerk_home_the_data_folder_comes_from_qstandardpaths(no_leerwerk_home, monkeypatch, tmp_path):
    """The real QStandardPaths of this platform: XDG_DATA_HOME here, as %LOCALAPPDATA% is on Windows."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    assert paths.data_dir() == tmp_path / "data" / "LeerWerk"


# -- lock: a new lock file appears whole, by a rename that Windows will not do onto an existing file ----------


def test_on_windows_a_new_lock_is_renamed_into_place_whole(monkeypatch, db_path):
    windows = WindowsRename()
    monkeypatch.setattr(lock, "os", SeenAs(os, name="nt", rename=windows.rename, link=windows.link))
    held = lock.acquire(db_path, heartbeat=False)
    try:
        assert lock.read_owner(db_path).token == held.owner.token
        [(source, target)] = windows.renamed
        assert target == str(lock.lock_path(db_path)) and source.endswith(".tmp")
        raw = lock.lock_path(db_path).read_bytes()
        with pytest.raises(FileExistsError):  # the rename refuses: the lock that is there stays
            lock._write_new(lock.lock_path(db_path), b"{}")
        assert lock.lock_path(db_path).read_bytes() == raw
    finally:
        held.release()
    assert sorted(path.name for path in db_path.parent.iterdir() if path.name.startswith(db_path.name)) == []
