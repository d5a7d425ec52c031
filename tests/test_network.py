"""A database on a network drive: recognised (UNC, mapped drive, network mounts) and opened with the
settings a share needs: no WAL, exclusive locking, full sync; with a warning in the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from desktop.storage import database as database_module
from desktop.storage import migrations, network
from desktop.storage.database import close_database, open_database
from desktop.storage.migrations import Migration
from desktop.storage.models import Organisation
from tests.helpers import dump

MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//nas/zorg /mnt/zorg cifs rw,vers=3.0 0 0
nas:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/zorg/lokaal ext4 rw 0 0
//nas/met\040spatie /mnt/met\040spatie smb3 rw 0 0
user@host:/data /home/co/sshfs fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path, expected",
    [
        (r"\\server\share\leerwerk.sqlite3", True),
        ("//server/share/leerwerk.sqlite3", True),
        (r"\\?\UNC\server\share\leerwerk.sqlite3", True),
        (r"\\?\C:\Data\leerwerk.sqlite3", False),
        (r"C:\Data\leerwerk.sqlite3", False),
        ("/home/co/leerwerk.sqlite3", False),
    ],
)
def test_unc_paths(path, expected):
    assert network.is_unc(path) is expected


@pytest.mark.parametrize(
    "path, drive_type, expected",
    [
        (r"H:\Opleidingen\leerwerk.sqlite3", 4, True),  # DRIVE_REMOTE: a mapped network drive
        (r"C:\Users\co\leerwerk.sqlite3", 3, False),  # DRIVE_FIXED
        (r"E:\leerwerk.sqlite3", 2, False),  # DRIVE_REMOVABLE: a USB stick is local
    ],
)
def test_mapped_drive_letters_on_windows(path, drive_type, expected):
    asked = []

    def get_drive_type(root):
        asked.append(root)
        return drive_type

    assert network.windows_drive_is_remote(path, get_drive_type) is expected
    assert asked == [path[:2] + "\\"]


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/mnt/zorg/leerwerk.sqlite3", True),
        ("/mnt/zorg/sub/map/leerwerk.sqlite3", True),
        ("/mnt/zorg/lokaal/leerwerk.sqlite3", False),  # a local disk mounted inside the share
        ("/mnt/nfs/leerwerk.sqlite3", True),
        ("/mnt/met spatie/leerwerk.sqlite3", True),
        ("/home/co/sshfs/leerwerk.sqlite3", True),
        ("/home/co/leerwerk.sqlite3", False),
        ("/mnt/zorgeloos/leerwerk.sqlite3", False),  # a name that merely starts like a mount point
    ],
)
def test_network_mounts_on_linux(path, expected):
    assert network.mount_is_network(Path(path), MOUNTS) is expected


def test_the_mounts_file_decides_on_linux(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"//nas/zorg {tmp_path} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(network.sys, "platform", "linux")
    monkeypatch.setattr(network, "MOUNTS_FILE", mounts)
    assert network.is_network_path(tmp_path / "leerwerk.sqlite3")
    mounts.write_text(f"/dev/sda1 {tmp_path} ext4 rw 0 0\n", encoding="utf-8")
    assert not network.is_network_path(tmp_path / "leerwerk.sqlite3")


@pytest.fixture
def on_share(monkeypatch):
    monkeypatch.setattr(database_module, "is_network_path", lambda path: True)


def pragmas(database) -> tuple:
    return tuple(
        database.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in ("journal_mode", "locking_mode", "synchronous")
    )


def test_a_new_database_on_a_share_gets_no_wal_exclusive_locking_and_full_sync(db_path, on_share):
    database = open_database(db_path)
    assert database.on_network
    assert pragmas(database) == ("delete", "exclusive", 2)
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    Organisation.update(name="Op de share").execute()
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()
    database.close()  # a reconnect keeps the settings
    assert pragmas(database) == ("delete", "exclusive", 2)


def test_a_wal_database_moved_to_a_share_is_switched_to_a_rollback_journal(db_path, monkeypatch):
    open_database(db_path)
    Organisation.update(name="Lokaal gemaakt").execute()
    close_database()
    before = dump(db_path)
    monkeypatch.setattr(database_module, "is_network_path", lambda path: True)
    database = open_database(db_path)
    assert pragmas(database) == ("delete", "exclusive", 2)
    close_database()
    assert dump(db_path) == before
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # stored in the file
    connection.close()


def test_while_open_on_a_share_no_other_connection_gets_in(db_path, on_share):
    open_database(db_path)
    Organisation.update(name="Van mij").execute()
    other = sqlite3.connect(db_path, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("SELECT name FROM organisation").fetchone()
    other.close()


def test_a_migration_on_a_share_still_makes_its_backup(db_path, leerwerk_home, monkeypatch):
    open_database(db_path)
    Organisation.update(name="Voor de migratie").execute()
    close_database()
    extra = Migration(
        migrations.LATEST_VERSION + 1, "test step", ('ALTER TABLE "organisation" ADD COLUMN "motto" TEXT',)
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    monkeypatch.setattr(migrations, "LATEST_VERSION", extra.version)
    monkeypatch.setattr(database_module, "is_network_path", lambda path: True)
    database = open_database(db_path)
    assert migrations.schema_version(database) == extra.version
    assert pragmas(database) == ("delete", "exclusive", 2)
    (backup,) = (leerwerk_home / "backups").rglob("*-schema*.sqlite3")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM organisation").fetchone()[0] == "Voor de migratie"
    copy.close()


def test_a_local_database_keeps_wal(database):
    assert not database.on_network
    assert pragmas(database) == ("wal", "normal", 1)


def test_the_command_line_warns_on_stderr(db_path, on_share, tmp_path, capsys):
    open_database(db_path)
    close_database()
    out = tmp_path / "lerenden.csv"
    assert cli.main(["export", "learners", str(out), "--db", str(db_path)]) == 0
    assert network.network_warning(db_path) in capsys.readouterr().err
    assert out.exists()
