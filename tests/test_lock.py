"""The lock file beside a database: who holds it, stale locks taken over, and only one winner in a race."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.storage import lock
from desktop.storage.lock import DatabaseInUseError, LockOwner

ROOT = Path(__file__).resolve().parent.parent


def fabricated(db_path: Path, *, machine="ANDERE-PC", pid=4242, age=dt.timedelta(0), user="Jan de Vries") -> bytes:
    """Write the lock of another LeerWerk; `age` is how long ago its heartbeat was."""
    now = dt.datetime.now(dt.UTC)
    owner = LockOwner(user, machine, pid, now - age - dt.timedelta(hours=1), now - age, "f" * 32)
    raw = owner.to_bytes()
    lock.lock_path(db_path).write_bytes(raw)
    return raw


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def target(tmp_path) -> Path:
    return tmp_path / "leerwerk.sqlite3"


def test_the_lock_says_who_where_and_since_when_in_utf8_json(target, monkeypatch):
    monkeypatch.setattr(lock, "_this_user", lambda: "Łukasz Özdemir")
    held = lock.acquire(target, heartbeat=False)
    try:
        data = json.loads(lock.lock_path(target).read_bytes().decode("utf-8"))
        assert data["user"] == "Łukasz Özdemir"
        assert data["machine"] == lock.this_machine()
        assert data["pid"] == os.getpid()
        assert dt.datetime.fromisoformat(data["since"]) <= dt.datetime.fromisoformat(data["heartbeat"])
        assert lock.read_owner(target) == held.owner
    finally:
        held.release()
    assert not lock.lock_path(target).exists()


def test_opening_twice_in_one_process_shares_the_lock_until_the_last_release(target):
    first = lock.acquire(target, heartbeat=False)
    second = lock.acquire(target, heartbeat=False)
    assert second is first
    first.release()
    assert lock.lock_path(target).exists()
    second.release()
    assert not lock.lock_path(target).exists()


def test_a_live_lock_of_another_computer_is_refused_with_its_holder(target, monkeypatch):
    monkeypatch.setattr(lock, "ACQUIRE_PATIENCE_SECONDS", 0.2)
    raw = fabricated(target, age=dt.timedelta(minutes=1))
    with pytest.raises(DatabaseInUseError) as caught:
        lock.acquire(target, heartbeat=False)
    assert caught.value.owner.user == "Jan de Vries"
    assert caught.value.owner.machine == "ANDERE-PC"
    assert "Jan de Vries" in caught.value.message and "ANDERE-PC" in caught.value.message
    assert lock.lock_path(target).read_bytes() == raw  # untouched


def test_a_live_process_on_this_computer_keeps_its_lock(target):
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        fabricated(target, machine=lock.this_machine(), pid=holder.pid, age=dt.timedelta(seconds=10))
        with pytest.raises(DatabaseInUseError):
            lock.acquire(target, heartbeat=False)
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_whose_process_is_gone_is_taken_over_and_logged_without_names(target, caplog):
    fabricated(target, machine=lock.this_machine(), pid=dead_pid(), age=dt.timedelta(seconds=5))
    with caplog.at_level(logging.DEBUG):
        held = lock.acquire(target, heartbeat=False)
    try:
        assert lock.read_owner(target).token == held.owner.token
        assert "stale lock of a process on this computer" in caplog.text
        assert "Jan" not in caplog.text and lock.this_machine() not in caplog.text
    finally:
        held.release()


def test_a_lock_of_another_computer_with_an_old_heartbeat_is_taken_over(target, caplog):
    fabricated(target, age=lock.STALE_AFTER + dt.timedelta(seconds=30))
    with caplog.at_level(logging.INFO):
        held = lock.acquire(target, heartbeat=False)
    held.release()
    assert "stale lock of another computer" in caplog.text
    assert "ANDERE-PC" not in caplog.text and "Jan" not in caplog.text


def test_a_running_id_with_a_stopped_heartbeat_counts_as_stale():
    # After a restart the old id may belong to another program; the heartbeat decides.
    now = dt.datetime.now(dt.UTC)
    old = LockOwner("a", lock.this_machine(), os.getpid(), now, now - lock.STALE_AFTER * 2, "t")
    fresh = LockOwner("a", lock.this_machine(), os.getpid(), now, now, "t")
    assert lock.is_stale(old) and not lock.is_stale(fresh)


def test_an_unreadable_lock_is_respected_while_young_and_taken_over_when_old(target, monkeypatch):
    monkeypatch.setattr(lock, "ACQUIRE_PATIENCE_SECONDS", 0.2)
    path = lock.lock_path(target)
    path.write_bytes(b"")  # a lock being written, or left half-written by a crash
    with pytest.raises(DatabaseInUseError) as caught:
        lock.acquire(target, heartbeat=False)
    assert caught.value.owner is None
    old = path.stat().st_mtime - 3600
    os.utime(path, (old, old))
    held = lock.acquire(target, heartbeat=False)
    assert lock.read_owner(target).token == held.owner.token
    held.release()


def test_the_heartbeat_is_renewed_and_a_taken_over_lock_is_noticed(target):
    held = lock.acquire(target, heartbeat=False)
    before = held.owner.heartbeat
    stamp = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)
    held.owner = dataclasses.replace(held.owner, heartbeat=stamp)
    assert held.refresh()
    assert lock.read_owner(target).heartbeat > stamp and lock.read_owner(target).heartbeat >= before
    raw = fabricated(target)  # another LeerWerk judged us stale and took over
    assert not held.refresh()
    assert held.lost and held.taken_by.machine == "ANDERE-PC"
    held.release()
    assert lock.lock_path(target).read_bytes() == raw  # the new holder's lock stays


def test_the_heartbeat_thread_keeps_beating(target):
    held = lock.acquire(target, heartbeat=False)
    beats = threading.Event()
    original = held.refresh

    def counted() -> bool:
        beats.set()
        return original()

    held.refresh = counted
    held.start_heartbeat(interval=0.01)
    assert beats.wait(5)
    held.release()
    assert not lock.lock_path(target).exists()


def test_pid_running():
    assert lock.pid_running(os.getpid())
    assert not lock.pid_running(dead_pid())
    assert not lock.pid_running(0)


def test_twenty_threads_taking_over_one_stale_lock_have_one_winner(target):
    stale = fabricated(target, age=lock.STALE_AFTER * 3)
    owners = [LockOwner.for_this_process() for _ in range(20)]
    start, results = threading.Barrier(20), [None] * 20

    def take(index: int) -> None:
        start.wait()
        results[index] = lock._take_over(lock.lock_path(target), stale, owners[index])

    threads = [threading.Thread(target=take, args=(index,)) for index in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [index for index, won in enumerate(results) if won]
    assert len(winners) == 1
    assert lock.read_owner(target).token == owners[winners[0]].token
    assert not lock.lock_path(target).with_name(target.name + ".lock.takeover").exists()
    leftovers = [path.name for path in target.parent.iterdir() if path.name.startswith(target.name)]
    assert leftovers == [lock.lock_path(target).name]


RACER = """
import sys, time
from pathlib import Path
from desktop.storage import lock
target, go, done = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
(go.parent / f"ready-{sys.argv[4]}").touch()
while not go.exists():
    time.sleep(0.005)
try:
    held = lock.acquire(target, heartbeat=False)
except lock.DatabaseInUseError:
    print("refused", flush=True)
    sys.exit(0)
print("won " + held.owner.token, flush=True)
while not done.exists():  # hold on until every other racer has tried
    time.sleep(0.01)
held.release()
"""


def test_twenty_processes_racing_for_a_stale_lock_have_one_winner(target, tmp_path):
    fabricated(target, age=lock.STALE_AFTER * 3)
    go, done = tmp_path / "go", tmp_path / "done"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(target), str(go), str(done), str(number)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for number in range(20)
    ]
    try:
        deadline = time.monotonic() + 120
        while len(list(tmp_path.glob("ready-*"))) < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        go.touch()  # all imported and waiting: they start together
        while sum(racer.poll() is not None for racer in racers) < 19 and time.monotonic() < deadline:
            time.sleep(0.05)  # the losers end by themselves; the winner holds on until `done`
    finally:
        done.touch()
    outputs = [racer.communicate(timeout=60)[0] for racer in racers]
    winners = [text for text in outputs if text.startswith("won")]
    assert len(winners) == 1, outputs
    assert sum(text.strip() == "refused" for text in outputs) == 19
    assert all(racer.returncode == 0 for racer in racers)


def test_an_abandoned_takeover_is_cleared_so_a_stale_lock_can_still_be_taken(target):
    fabricated(target, age=lock.STALE_AFTER * 3)
    claim = lock.lock_path(target).with_name(target.name + ".lock.takeover")
    claim.write_bytes(b"{}")
    old = claim.stat().st_mtime - lock.STALE_AFTER.total_seconds() * 2
    os.utime(claim, (old, old))
    held = lock.acquire(target, heartbeat=False)
    assert lock.read_owner(target).token == held.owner.token
    assert not claim.exists()
    held.release()


def test_the_lock_refuses_in_the_language_of_the_person(target, monkeypatch):
    from desktop import i18n

    monkeypatch.setattr(lock, "ACQUIRE_PATIENCE_SECONDS", 0.1)
    fabricated(target)
    for language in ("nl", "en"):
        i18n.set_language(language)
        with pytest.raises(DatabaseInUseError) as caught:
            lock.acquire(target, heartbeat=False)
        assert "Jan de Vries" in caught.value.message and str(target) in caught.value.message


# -- the lock belongs to the file ------------------------------------------------------------------------

TRY_IN_ANOTHER_PROCESS = """
import sys
from desktop.storage import lock
try:
    held = lock.acquire(sys.argv[1], heartbeat=False)
except lock.DatabaseInUseError:
    print("refused", flush=True)
else:
    print("won", flush=True)
    held.release()
"""


def acquire_in_another_process(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_IN_ANOTHER_PROCESS, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_symlink_or_dotdot_path_reaches_the_same_lock(target, tmp_path):
    target.write_bytes(b"")
    (tmp_path / "elders").mkdir()
    link = tmp_path / "elders" / "snelkoppeling.sqlite3"
    link.symlink_to(target)
    linked_folder = tmp_path / "map-link"
    linked_folder.symlink_to(tmp_path, target_is_directory=True)
    held = lock.acquire(target, heartbeat=False)
    try:
        for other_way in (link, tmp_path / "elders" / ".." / target.name, linked_folder / target.name):
            assert lock.lock_path(other_way) == lock.lock_path(target)
            assert lock.held_lock(other_way) is held
            assert acquire_in_another_process(other_way) == "refused"
    finally:
        held.release()
    assert not lock.lock_path(target).exists() and not Path(f"{link}.lock").exists()
    assert acquire_in_another_process(link) == "won"


# -- locks left by a crash ---------------------------------------------------------------------------------

CREATE_AND_DIE = """
import os, sys
os.open(sys.argv[1], os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)  # killed before a byte is written
os.kill(os.getpid(), 9)
"""


@pytest.mark.parametrize("left", ["killed-before-writing", "cut-off"])
def test_an_unreadable_lock_left_by_a_crash_is_taken_over_at_once(target, left):
    path = lock.lock_path(target)
    if left == "killed-before-writing":
        subprocess.run([sys.executable, "-c", CREATE_AND_DIE, str(path)], timeout=60)
        assert path.exists() and path.stat().st_size == 0
    else:
        path.write_bytes(LockOwner.for_this_process().to_bytes()[:40])
    started = time.monotonic()
    held = lock.acquire(target, heartbeat=False)  # no 30 seconds of "in use"
    try:
        assert time.monotonic() - started < lock.ACQUIRE_PATIENCE_SECONDS
        assert lock.read_owner(target).token == held.owner.token
    finally:
        held.release()


def test_a_lock_being_written_in_place_is_respected(target, monkeypatch):
    """An unreadable lock that changes while watched is being written (by a LeerWerk that writes in place)."""
    monkeypatch.setattr(lock, "ACQUIRE_PATIENCE_SECONDS", lock.SETTLE_SECONDS * 3)
    path = lock.lock_path(target)
    path.write_bytes(b"{")
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.wait(lock.SETTLE_SECONDS / 4):
            path.write_bytes(path.read_bytes() + b" ")

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        with pytest.raises(DatabaseInUseError):
            lock.acquire(target, heartbeat=False)
    finally:
        stop.set()
        writer.join()
    assert path.read_bytes().startswith(b"{ ")


def test_a_new_lock_is_never_seen_half_written(target, monkeypatch):
    """The lock appears with all its bytes at once: whoever looks finds no lock or a complete one."""
    path = lock.lock_path(target)
    seen: list[bytes] = []
    stop = threading.Event()

    def look() -> None:
        while not stop.is_set():
            try:
                seen.append(path.read_bytes())
            except FileNotFoundError:
                pass

    looker = threading.Thread(target=look)
    looker.start()
    try:
        for _ in range(200):
            lock.acquire(target, heartbeat=False).release()
    finally:
        stop.set()
        looker.join()
    assert seen and all(LockOwner.from_bytes(raw) is not None for raw in seen)


def test_a_lock_from_a_computer_whose_clock_runs_ahead_is_judged_by_when_it_was_written(target, monkeypatch):
    monkeypatch.setattr(lock, "ACQUIRE_PATIENCE_SECONDS", 0.2)
    fabricated(target, age=-dt.timedelta(days=1))  # its heartbeat says tomorrow
    with pytest.raises(DatabaseInUseError):  # written just now: it may well be alive
        lock.acquire(target, heartbeat=False)
    silent = time.time() - lock.STALE_AFTER.total_seconds() - 60
    os.utime(lock.lock_path(target), (silent, silent))
    held = lock.acquire(target, heartbeat=False)  # silent for longer than STALE_AFTER, not until tomorrow
    assert lock.read_owner(target).token == held.owner.token
    held.release()


def test_a_heartbeat_slightly_ahead_still_counts(target):
    now = dt.datetime.now(dt.UTC)
    ahead = LockOwner("a", "ANDERE-PC", 1, now, now + lock.CLOCK_TOLERANCE / 2, "t")
    long_ago = now - lock.STALE_AFTER * 2
    assert not lock.is_stale(ahead, now, written=long_ago)
    far_ahead = dataclasses.replace(ahead, heartbeat=now + dt.timedelta(days=1))
    assert lock.is_stale(far_ahead, now, written=long_ago)
    assert not lock.is_stale(far_ahead, now, written=now - dt.timedelta(minutes=1))


CLAIM_AND_DIE = """
import os, sys
from pathlib import Path
from desktop.storage import lock
claim = Path(sys.argv[1])
claim.write_bytes(lock.LockOwner.for_this_process().to_bytes())  # killed in the middle of a takeover
os.kill(os.getpid(), 9)
"""


def test_a_takeover_left_by_a_killed_process_on_this_computer_does_not_block(target):
    fabricated(target, age=lock.STALE_AFTER * 3)
    claim = lock.lock_path(target).with_name(target.name + ".lock.takeover")
    subprocess.run([sys.executable, "-c", CLAIM_AND_DIE, str(claim)], cwd=ROOT, timeout=60)
    assert claim.exists()  # fresh: minutes from being old enough by its age alone
    started = time.monotonic()
    held = lock.acquire(target, heartbeat=False)
    try:
        assert time.monotonic() - started < lock.SETTLE_SECONDS
        assert lock.read_owner(target).token == held.owner.token
        assert not claim.exists()
    finally:
        held.release()


def test_a_takeover_left_by_another_computer_is_cleared_once_it_stays_unchanged(target):
    fabricated(target, age=lock.STALE_AFTER * 3)
    claim = lock.lock_path(target).with_name(target.name + ".lock.takeover")
    now = dt.datetime.now(dt.UTC)
    claim.write_bytes(LockOwner("Jan de Vries", "ANDERE-PC", 4242, now, now, "c" * 32).to_bytes())
    held = lock.acquire(target, heartbeat=False)
    try:
        assert lock.read_owner(target).token == held.owner.token
        assert not claim.exists()
    finally:
        held.release()


# -- a folder in the way ---------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [lock.LOCK_SUFFIX, lock.LOCK_SUFFIX + lock.CLAIM_SUFFIX])
def test_a_folder_with_the_name_of_the_lock_is_explained(target, suffix):
    from desktop import i18n
    from desktop.errors import UnusableDatabaseError

    folder = target.with_name(target.name + suffix)
    folder.mkdir()
    (folder / "binnen.txt").write_text("iets", encoding="utf-8")
    if suffix != lock.LOCK_SUFFIX:
        fabricated(target, age=lock.STALE_AFTER * 3)  # a stale lock, to be taken over through the claim
    for language in ("nl", "en"):
        i18n.set_language(language)
        with pytest.raises(UnusableDatabaseError) as caught:
            lock.acquire(target, heartbeat=False)
        message = caught.value.message
        assert str(folder) in message and message.count(".") >= 1 and "\n" not in message
        assert ("map" if language == "nl" else "folder") in message
    assert [path.name for path in folder.iterdir()] == ["binnen.txt"]


# -- temporary files of a killed writer ---------------------------------------------------------------------

KILLED_WHILE_LOCKING = """
import os, signal, sys
from desktop.storage import lock

def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

os.link = os.rename = killed  # between writing the lock's temporary file and giving it the lock's name
lock.acquire(sys.argv[1], heartbeat=False)
"""


def killed_while_locking(db_path: Path) -> Path:
    """A real LeerWerk process killed halfway through taking the lock; the temporary file it left."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("the child kills itself with SIGKILL")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_LOCKING, str(db_path)], env=env, cwd=ROOT, timeout=60)
    assert done.returncode == -signal.SIGKILL
    (left,) = db_path.parent.glob(f"{db_path.name}.lock.*.tmp")
    assert not lock.lock_path(db_path).exists()
    return left


def test_a_temporary_lock_file_of_a_killed_process_is_removed_at_the_next_acquisition(target, caplog):
    left = killed_while_locking(target)
    assert lock.LockOwner.from_bytes(left.read_bytes()).user == lock._this_user()  # the account name: personal
    assert lock.abandoned_temporaries(target) == [left]
    with caplog.at_level(logging.INFO, logger="desktop.storage.lock"):
        held = lock.acquire(target, heartbeat=False)
    assert not left.exists()
    assert sorted(p.name for p in target.parent.glob(f"*{target.name}*")) == [f"{target.name}.lock"]
    assert lock._this_user() not in caplog.text and lock.this_machine() not in caplog.text
    held.release()
    assert list(target.parent.glob(f"*{target.name}*")) == []


def test_a_temporary_lock_file_of_a_live_writer_stays_until_it_is_older_than_any_writer_takes(target):
    name = lock.lock_path(target).name
    writing = target.parent / f"{name}.{'a' * 16}.tmp"  # this process, which is alive
    writing.write_bytes(lock.LockOwner.for_this_process().to_bytes())
    heartbeat = target.parent / f".{name}.{'b' * 8}.part"  # cut off before it says who wrote it
    heartbeat.write_bytes(b'{"appl')
    held = lock.acquire(target, heartbeat=False)
    held.release()
    assert writing.exists() and heartbeat.exists()
    old = time.time() - lock.TEMPORARY_GRACE.total_seconds() - 5
    for path in (writing, heartbeat):
        os.utime(path, (old, old))
    held = lock.acquire(target, heartbeat=False)
    held.release()
    assert not writing.exists() and not heartbeat.exists()
    assert list(target.parent.glob(f"*{target.name}*")) == []


def test_check_leaves_no_temporary_lock_file_of_a_killed_process(target, capsys):
    from desktop.storage.database import close_database, open_database
    from tests.helpers import run

    open_database(target)
    close_database()
    left = killed_while_locking(target)
    code, out, _err = run(capsys, "check", "--db", str(target))
    assert code == 0 and "gezond" in out
    assert not left.exists()
    assert sorted(p.name for p in target.parent.glob(f"*{target.name}*")) == [target.name]
