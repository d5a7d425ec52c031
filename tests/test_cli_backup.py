"""'leerwerk backup', 'leerwerk restore' and what 'leerwerk check' says about a damaged database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.shell import command_line
from desktop.storage.backup import backup_folder, list_backups
from desktop.storage.database import close_database, open_database
from desktop.storage.models import Organisation
from tests.damage import DAMAGE_KINDS, damaged_copy
from tests.helpers import Holder, file_digest, run


def make_db(path: Path, name: str = "Zorggroep Test") -> Path:
    open_database(path)
    Organisation.update(name=name).execute()
    close_database()
    return path


def organisation_name(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        connection.close()


def state(*folders: Path) -> dict[str, str]:
    """Every file under the folders with its digest (the log aside)."""
    return {
        str(p): file_digest(p)
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.parent.name != "logs"
    }


def test_backup_into_the_backup_folder(capsys, db_path):
    make_db(db_path)
    digest = file_digest(db_path)
    code, out, err = run(capsys, "backup", "--db", str(db_path))
    assert code == 0 and err == ""
    (made,) = list_backups(db_path)
    assert str(made.path) in out and "geschreven" in out
    assert organisation_name(made.path) == "Zorggroep Test"
    assert file_digest(db_path) == digest
    assert sorted(p.name for p in db_path.parent.glob("leerwerk.sqlite3*")) == [db_path.name]


def test_backup_to_a_new_file_and_never_over_an_existing_one(capsys, db_path, tmp_path):
    make_db(db_path)
    target = tmp_path / "kopie.sqlite3"
    code, out, _err = run(capsys, "backup", "--db", str(db_path), "--to", str(target))
    assert code == 0 and str(target) in out
    assert organisation_name(target) == "Zorggroep Test"
    assert not backup_folder(db_path).exists()  # --to writes exactly that file and nothing else
    digest = file_digest(target)
    code, _out, err = run(capsys, "backup", "--db", str(db_path), "--to", str(target))
    assert code == 2 and "bestaat al" in err and len(err.strip().splitlines()) == 1
    assert file_digest(target) == digest


@pytest.mark.parametrize("kind", ["missing-db", "missing-folder", "to-the-db-itself", *DAMAGE_KINDS])
def test_backup_refusals_change_nothing(capsys, db_path, tmp_path, kind):
    make_db(tmp_path / "goed.sqlite3")
    target = tmp_path / "kopie.sqlite3"
    if kind == "missing-db":
        pass
    elif kind == "missing-folder":
        make_db(db_path)
        target = tmp_path / "nergens" / "kopie.sqlite3"
    elif kind == "to-the-db-itself":
        make_db(db_path)
        target = db_path
    else:
        damaged_copy(tmp_path / "goed.sqlite3", db_path, kind)
    before = state(tmp_path)
    code, out, err = run(capsys, "backup", "--db", str(db_path), "--to", str(target))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert state(tmp_path) == before
    if kind in ("missing-folder", "to-the-db-itself"):
        return  # the database itself is fine: a backup into the backup folder is made
    code, out, err = run(capsys, "backup", "--db", str(db_path))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert state(tmp_path) == before


def test_restore_puts_the_backup_back_and_keeps_the_current_file(capsys, db_path, tmp_path):
    make_db(db_path, "Van gisteren")
    run(capsys, "backup", "--db", str(db_path), "--to", str(tmp_path / "gisteren.sqlite3"))
    make_db(db_path, "Van vandaag")
    current = file_digest(db_path)
    code, out, err = run(capsys, "restore", str(tmp_path / "gisteren.sqlite3"), "--db", str(db_path))
    assert code == 0 and err == ""
    assert organisation_name(db_path) == "Van gisteren"
    (aside,) = db_path.parent.glob("leerwerk.sqlite3.before-restore-*")
    assert str(aside) in out and file_digest(aside) == current
    code, out, _err = run(capsys, "check", "--db", str(db_path))
    assert code == 0


@pytest.mark.parametrize("kind", ["missing", "folder", "itself", *DAMAGE_KINDS])
def test_restore_refusals_change_nothing(capsys, db_path, tmp_path, kind):
    make_db(db_path)
    backup = tmp_path / "backup.sqlite3"
    if kind == "missing":
        pass
    elif kind == "folder":
        backup.mkdir()
    elif kind == "itself":
        backup = db_path
    else:
        damaged_copy(db_path, backup, kind)
    before = state(tmp_path)
    code, out, err = run(capsys, "restore", str(backup), "--db", str(db_path))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert state(tmp_path) == before


@pytest.mark.parametrize(
    "kind, fragment",
    [
        ("missing", "bestaat niet"),
        ("damaged", "beschadigd"),
        ("newer_schema", "nieuwere LeerWerk"),
        ("in-use", "geopend"),
        ("no-folder", "bestaat niet"),
    ],
)
def test_restore_says_why_in_one_sentence(capsys, db_path, tmp_path, kind, fragment):
    make_db(db_path)
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(db_path, backup)
    target, holder = db_path, None
    if kind == "missing":
        backup.unlink()
    elif kind == "damaged":
        damaged_copy(db_path, backup, "flipped")
    elif kind == "newer_schema":
        damaged_copy(db_path, backup, "newer_schema")
    elif kind == "in-use":
        holder = Holder(db_path)
    elif kind == "no-folder":
        target = tmp_path / "nergens" / "db.sqlite3"
    before = state(tmp_path)
    try:
        code, _out, err = run(capsys, "restore", str(backup), "--db", str(target))
    finally:
        if holder is not None:
            holder.close()
    assert code == 2 and fragment in err and len(err.strip().splitlines()) == 1
    if holder is None:
        assert state(tmp_path) == before


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_check_on_a_damaged_database_names_the_newest_good_backup(capsys, db_path, kind):
    make_db(db_path)
    run(capsys, "backup", "--db", str(db_path))
    (good,) = list_backups(db_path)
    damaged_copy(good.path, db_path, kind)
    digest = file_digest(db_path)
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert code in (1, 2) and err.strip()
    assert str(good.path) in out
    assert command_line("leerwerk", "restore", str(good.path), "--db", str(db_path)) in out
    assert file_digest(db_path) == digest
    assert sorted(p.name for p in db_path.parent.glob("leerwerk.sqlite3*")) == [db_path.name]
    # The command it prints works.
    code, _out, _err = run(capsys, "restore", str(good.path), "--db", str(db_path))
    assert code == 0 and organisation_name(db_path) == "Zorggroep Test"


def test_check_says_when_there_is_no_good_backup(capsys, db_path):
    db_path.write_bytes(b"")
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and "leeg" in err and "geen goede reservekopie" in out


def test_commands_in_english(capsys, db_path, monkeypatch, tmp_path):
    monkeypatch.setenv("LEERWERK_LANG", "en")
    make_db(db_path)
    code, out, _err = run(capsys, "backup", "--db", str(db_path), "--to", str(tmp_path / "b.sqlite3"))
    assert code == 0 and "written to" in out
    code, _out, err = run(capsys, "restore", str(tmp_path / "none.sqlite3"), "--db", str(db_path))
    assert code == 2 and "does not exist" in err
