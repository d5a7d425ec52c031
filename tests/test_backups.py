"""Automatic backups, their folder per database and their rotation; putting a backup back."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.errors import UnusableDatabaseError
from desktop.storage import backup as backup_module
from desktop.storage.backup import (
    BackupError,
    backup_before_migration,
    backup_folder,
    list_backups,
    make_backup,
)
from desktop.storage.database import close_database, open_database
from desktop.storage.file_locks import open_elsewhere
from desktop.storage.models import Organisation
from desktop.storage.recovery import (
    RestoreError,
    check_backup,
    check_pages,
    find_good_backup,
    open_checked,
    restore_backup,
)
from tests.damage import DAMAGE_KINDS, damaged_copy
from tests.helpers import Holder, dump, file_digest

NOW = dt.datetime(2026, 11, 21, 14, 5, 30)


def make_db(path: Path, name: str = "Zorggroep Test") -> Path:
    open_database(path)
    Organisation.update(name=name).execute()
    close_database()
    return path


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its digest: equal states mean nothing was touched."""
    return {str(p.relative_to(folder)): file_digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def organisation_name(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        connection.close()


# -- making backups ------------------------------------------------------------------------------------


def test_backup_is_a_checked_single_file_in_the_folder_of_its_database(db_path, leerwerk_home):
    make_db(db_path)
    made = make_backup(db_path, now=NOW)
    assert made.parent == backup_folder(db_path)
    assert made.parent.parent == leerwerk_home / "backups"
    assert made.name == "leerwerk-20261121-140530.sqlite3"
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no -wal needed beside it
    assert dump(made) == dump(db_path)
    assert check_backup(made) > 0
    assert [p.name for p in made.parent.iterdir()] == [made.name]


def test_backup_holds_what_is_still_in_the_wal(db_path):
    database = open_database(db_path)
    Organisation.update(name="Nog in de WAL").execute()
    assert Path(f"{db_path}-wal").stat().st_size > 0
    made = make_backup(db_path, now=NOW)
    assert organisation_name(made) == "Nog in de WAL"
    database.close()


def test_databases_with_the_same_name_never_share_backups(tmp_path):
    first = make_db(tmp_path / "a" / "leerwerk.sqlite3", "Eerste") if (tmp_path / "a").mkdir() is None else None
    second = make_db(tmp_path / "b" / "leerwerk.sqlite3", "Tweede") if (tmp_path / "b").mkdir() is None else None
    one, two = make_backup(first, now=NOW), make_backup(second, now=NOW)
    assert one.parent != two.parent
    assert [b.path for b in list_backups(first)] == [one]
    assert organisation_name(list_backups(second)[0].path) == "Tweede"
    assert backup_folder(first) == backup_folder(tmp_path / "a" / ".." / "a" / "leerwerk.sqlite3")


def test_two_backups_in_one_second_get_two_names(db_path):
    make_db(db_path)
    first, second = make_backup(db_path, now=NOW), make_backup(db_path, now=NOW)
    assert second.name == first.name.replace(".sqlite3", "-2.sqlite3")
    # Both from one day: the rotation keeps the newer.
    assert [b.path for b in list_backups(db_path)] == [second]


def test_rotation_prunes_only_automatic_backups(db_path):
    make_db(db_path)
    template = make_backup(db_path, now=NOW - dt.timedelta(days=1000))
    folder = template.parent
    for hours in range(1, 24 * 60, 7):  # sixty days of backups every seven hours
        moment = NOW - dt.timedelta(hours=hours)
        shutil.copy(template, folder / f"leerwerk-{moment:%Y%m%d-%H%M%S}.sqlite3")
    migration_copy = folder / "leerwerk-20200101-120000-schema1.sqlite3"
    shutil.copy(template, migration_copy)
    stranger = folder / "notes.txt"
    stranger.write_text("mine", encoding="utf-8")
    make_backup(db_path, now=NOW)
    rotated = [b for b in list_backups(db_path) if b.rotated]
    days = {b.made.date() for b in rotated}
    assert len(rotated) == len(days)  # one per day at most
    assert {NOW.date() - dt.timedelta(days=n) for n in range(7)} <= days
    assert len(rotated) <= 24
    assert min(days) == (NOW - dt.timedelta(days=1000)).date()  # the oldest month still has its one
    assert migration_copy.exists() and stranger.read_text(encoding="utf-8") == "mine"


def test_migration_backup_is_kept_apart_from_the_rotation(db_path):
    make_db(db_path)
    made = backup_before_migration(db_path, 2)
    assert made.parent == backup_folder(db_path) and made.name.endswith("-schema2.sqlite3")
    (info,) = list_backups(db_path)
    assert not info.rotated and info.schema_before_migration == 2


def test_failed_backup_of_a_damaged_database_writes_nothing(db_path, tmp_path):
    make_db(db_path)
    good = make_backup(db_path, now=NOW)
    before = folder_state(good.parent)
    broken = damaged_copy(db_path, tmp_path / "leerwerk-kapot.sqlite3", "flipped")
    shutil.copy(broken, db_path)
    digest = file_digest(db_path)
    with pytest.raises(BackupError, match="beschadigd"):
        make_backup(db_path, now=NOW + dt.timedelta(hours=1))
    assert folder_state(good.parent) == before
    assert file_digest(db_path) == digest


@pytest.mark.parametrize(
    "code, errno_value, fragment",
    [(13, None, "vol"), (None, 28, "vol"), (14, None, "kan niet worden geschreven"), (None, 13, "kan niet worden")],
    ids=["sqlite-full", "enospc", "sqlite-cantopen", "eacces"],
)
def test_failed_backup_says_why_and_loses_nothing(db_path, monkeypatch, code, errno_value, fragment):
    make_db(db_path)
    good = make_backup(db_path, now=NOW)
    before, digest = folder_state(good.parent), file_digest(db_path)

    def failing_copy(source, target, overwrite=True):
        target.with_name(target.name + ".partial").write_bytes(b"half")
        if code is not None:
            error = sqlite3.OperationalError("failed")
            error.sqlite_errorcode = code
        else:
            error = (PermissionError if errno_value == 13 else OSError)(errno_value, "failed")
        target.with_name(target.name + ".partial").unlink()
        raise error

    monkeypatch.setattr(backup_module, "copy_database", failing_copy)
    with pytest.raises(BackupError, match=fragment):
        make_backup(db_path, now=NOW + dt.timedelta(hours=1))
    assert folder_state(good.parent) == before and file_digest(db_path) == digest


def test_disk_full_during_the_copy_leaves_no_partial_file(db_path, monkeypatch):
    make_db(db_path)
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, *args, **kwargs):
            self.inner = real_connect(*args, **kwargs)

        def backup(self, target, **_options):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13
            raise error

        def __getattr__(self, name):
            return getattr(self.inner, name)

    monkeypatch.setattr(backup_module.sqlite3, "connect", FullDisk)
    with pytest.raises(BackupError, match="vol"):
        make_backup(db_path, now=NOW)
    assert list(backup_folder(db_path).iterdir()) == []


def test_backup_folder_that_is_a_file_is_one_clear_sentence(db_path, leerwerk_home):
    make_db(db_path)
    (leerwerk_home / "backups").mkdir(exist_ok=True)
    backup_folder(db_path).write_text("in de weg", encoding="utf-8")
    with pytest.raises(BackupError, match="kon niet worden gemaakt"):
        make_backup(db_path, now=NOW)
    assert backup_folder(db_path).read_text(encoding="utf-8") == "in de weg"


# -- checking and finding backups ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damaged_backups_are_refused(db_path, tmp_path, kind):
    make_db(db_path)
    bad = damaged_copy(db_path, tmp_path / f"backup-{kind}.sqlite3", kind)
    digest = file_digest(bad)
    with pytest.raises((RestoreError, UnusableDatabaseError)):
        check_backup(bad)
    assert file_digest(bad) == digest


def test_missing_backup_and_an_empty_sqlite_file_are_refused(tmp_path):
    with pytest.raises(RestoreError, match="bestaat niet"):
        check_backup(tmp_path / "nergens.sqlite3")
    empty_db = tmp_path / "leeg.sqlite3"
    sqlite3.connect(empty_db).execute("PRAGMA user_version = 1").connection.close()
    with pytest.raises((RestoreError, UnusableDatabaseError)):
        check_backup(empty_db)


def test_a_wal_mode_backup_without_its_shm_is_checked_read_only(db_path, tmp_path):
    make_db(db_path)
    copy = tmp_path / "oud-formaat.sqlite3"
    shutil.copy(db_path, copy)  # a file still marked WAL, as migration copies were before
    assert copy.read_bytes()[18:20] == b"\x02\x02"
    digest = file_digest(copy)
    assert check_backup(copy) > 0
    assert file_digest(copy) == digest


def test_find_good_backup_passes_over_damaged_ones(db_path, tmp_path):
    make_db(db_path, "Goed")
    good = make_backup(db_path, now=NOW - dt.timedelta(days=1))
    newer = backup_folder(db_path) / f"leerwerk-{NOW:%Y%m%d-%H%M%S}.sqlite3"
    damaged_copy(good, newer, "flipped")
    found = find_good_backup(db_path)
    assert found is not None and found.path == good
    good.unlink()
    assert find_good_backup(db_path) is None
    assert find_good_backup(tmp_path / "zonder-backups.sqlite3") is None


# -- damage is noticed before the file is used -------------------------------------------------------------


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_every_kind_of_damage_is_refused_on_open_and_left_byte_identical(db_path, tmp_path, kind):
    good = make_db(tmp_path / "goed.sqlite3")
    damaged = damaged_copy(good, db_path, kind)
    digest = file_digest(damaged)
    with pytest.raises(UnusableDatabaseError):
        open_checked(damaged)
    assert file_digest(damaged) == digest
    assert sorted(p.name for p in tmp_path.glob("*.sqlite3*")) == sorted(["goed.sqlite3", db_path.name])


def test_flipped_bytes_pass_the_header_but_not_the_page_check(db_path, tmp_path):
    good = make_db(tmp_path / "goed.sqlite3")
    damaged = damaged_copy(good, db_path, "flipped")
    with pytest.raises(UnusableDatabaseError, match="fouten"):
        check_pages(damaged)
    check_pages(good)


# -- putting a backup back -------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_current_file_aside(db_path):
    make_db(db_path, "Van de backup")
    backup = make_backup(db_path, now=NOW)
    make_db(db_path, "Na de backup")
    current, restored_from = file_digest(db_path), file_digest(backup)
    aside = restore_backup(backup, db_path, now=NOW)
    assert aside.name == "leerwerk.sqlite3.before-restore-20261121-1405"
    assert organisation_name(db_path) == "Van de backup"
    assert file_digest(aside) == current and organisation_name(aside) == "Na de backup"
    assert file_digest(backup) == restored_from
    assert sorted(p.name for p in db_path.parent.glob("leerwerk.sqlite3*")) == [db_path.name, aside.name]
    assert open_checked(db_path) is not None


def test_restore_keeps_the_wal_with_the_file_it_belongs_to(db_path, tmp_path):
    make_db(db_path, "Oud")
    backup = make_backup(db_path, now=NOW)
    holder = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, os\n"
            f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode=wal'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(\"UPDATE organisation SET name = 'Alleen in de WAL'\")\n"
            "os._exit(0)\n",  # a crash: no checkpoint, the change lives only in the -wal
        ],
        check=True,
    )
    assert holder.returncode == 0
    wal = Path(f"{db_path}-wal")
    assert wal.stat().st_size > 0
    wal_digest, main_digest = file_digest(wal), file_digest(db_path)
    aside = restore_backup(backup, db_path, now=NOW)
    assert file_digest(aside) == main_digest and file_digest(Path(f"{aside}-wal")) == wal_digest
    assert organisation_name(db_path) == "Oud"
    assert organisation_name(aside) == "Alleen in de WAL"


def test_an_aside_file_is_never_overwritten(db_path):
    make_db(db_path)
    backup = make_backup(db_path, now=NOW)
    first = restore_backup(backup, db_path, now=NOW)
    first_digest = file_digest(first)
    second = restore_backup(backup, db_path, now=NOW)
    assert second != first and second.name.endswith("-2")
    assert file_digest(first) == first_digest


def test_restore_onto_a_missing_database(db_path, tmp_path):
    make_db(db_path, "Terug")
    backup = make_backup(db_path, now=NOW)
    db_path.unlink()
    assert restore_backup(backup, db_path, now=NOW) is None
    assert organisation_name(db_path) == "Terug"


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_restore_over_a_damaged_database_keeps_it_byte_identical(db_path, tmp_path, kind):
    make_db(db_path, "Gered")
    backup = make_backup(db_path, now=NOW)
    damaged_copy(backup, db_path, kind)
    digest = file_digest(db_path)
    aside = restore_backup(backup, db_path, now=NOW)
    assert file_digest(aside) == digest
    assert organisation_name(db_path) == "Gered"


def _refusal_state(*paths: Path) -> dict[str, str | None]:
    state = {}
    for path in paths:
        for candidate in sorted(path.parent.iterdir()):
            state[str(candidate)] = file_digest(candidate) if candidate.is_file() else "dir"
    return state


@pytest.mark.parametrize("kind", [*DAMAGE_KINDS, "missing", "itself", "folder"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(db_path, tmp_path, kind):
    make_db(db_path)
    good = make_backup(db_path, now=NOW)
    if kind == "missing":
        backup = tmp_path / "weg.sqlite3"
    elif kind == "itself":
        backup = db_path
    elif kind == "folder":
        backup = tmp_path / "een-map"
        backup.mkdir()
    else:
        backup = damaged_copy(good, tmp_path / f"backup-{kind}.sqlite3", kind)
    before = _refusal_state(db_path, good)
    with pytest.raises((RestoreError, UnusableDatabaseError)):
        restore_backup(backup, db_path, now=NOW)
    assert _refusal_state(db_path, good) == before


def test_restore_refuses_a_database_open_in_another_process(db_path):
    make_db(db_path)
    backup = make_backup(db_path, now=NOW)
    holder = Holder(db_path)
    try:
        assert open_elsewhere(db_path)
        before = _refusal_state(db_path)
        with pytest.raises(RestoreError, match="geopend"):
            restore_backup(backup, db_path, now=NOW)
        assert _refusal_state(db_path) == before
    finally:
        holder.close()
    assert not open_elsewhere(db_path)


def test_a_lock_left_by_a_crashed_process_does_not_block_a_restore(db_path):
    make_db(db_path)
    backup = make_backup(db_path, now=NOW)
    Holder(db_path).kill()
    assert Path(f"{db_path}-shm").exists()
    assert not open_elsewhere(db_path)
    assert restore_backup(backup, db_path, now=NOW) is not None


def test_restore_refuses_the_database_this_process_has_open(db_path):
    make_db(db_path)
    backup = make_backup(db_path, now=NOW)
    open_database(db_path)
    with pytest.raises(RestoreError, match="Sluit"):
        restore_backup(backup, db_path, now=NOW)


def test_restore_into_a_missing_folder(db_path, tmp_path):
    make_db(db_path)
    backup = make_backup(db_path, now=NOW)
    with pytest.raises(RestoreError, match="bestaat niet"):
        restore_backup(backup, tmp_path / "nergens" / "db.sqlite3", now=NOW)
    assert not (tmp_path / "nergens").exists()


def test_failed_final_rename_moves_everything_back(db_path, monkeypatch):
    make_db(db_path)
    backup = make_backup(db_path, now=NOW)
    before = _refusal_state(db_path)
    from desktop.storage import recovery

    real_move = recovery.move_to_new_name

    def failing_move(source, target):
        if source.name.endswith(".restoring"):
            raise OSError(5, "I/O error")
        real_move(source, target)

    monkeypatch.setattr(recovery, "move_to_new_name", failing_move)
    with pytest.raises(RestoreError, match="niet op de plaats"):
        restore_backup(backup, db_path, now=NOW)
    assert _refusal_state(db_path) == before


def test_a_copy_of_a_database_locked_by_another_connection_gives_up_instead_of_waiting_for_ever(tmp_path, monkeypatch):
    # On a network drive LeerWerk keeps its database with exclusive locking; a backup through a second
    # connection must fail (and say so) rather than hang the window.
    import sqlite3 as sql

    from desktop.storage import backup as backup_module

    monkeypatch.setattr(backup_module, "BUSY_GIVE_UP_SECONDS", 0.2)
    source = tmp_path / "locked.sqlite3"
    holder = sql.connect(source, timeout=0.1)
    holder.execute("CREATE TABLE t (x)")
    holder.commit()
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES (1)")
    holder.commit()
    monkeypatch.setattr(sql, "connect", _with_short_timeout(sql.connect))
    with pytest.raises(sql.OperationalError):
        backup_module.copy_database(source, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not (tmp_path / "copy.sqlite3.partial").exists()
    holder.close()


def _with_short_timeout(connect):
    def short(*args, **kwargs):
        kwargs.setdefault("timeout", 0.1)
        return connect(*args, **kwargs)

    return short
