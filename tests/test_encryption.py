"""Encryption at rest: a database and its backups encrypted with SQLCipher, opened by passphrase,
and turned on, changed and off again without losing or leaking anything."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from desktop.errors import UnusableDatabaseError, ValidationError
from desktop.storage import cipher, encryption
from desktop.storage.backup import copy_database, list_backups, make_backup
from desktop.storage.database import check_database, close_database, open_database, open_read_only
from desktop.storage.encryption import EncryptionError, change_encryption
from desktop.storage.lock import DatabaseInUseError, LockOwner, lock_path
from desktop.storage.models import Organisation
from desktop.storage.recovery import check_backup, find_good_backup, open_checked, restore_backup
from tests.damage import DAMAGE_KINDS, damaged_copy
from tests.factories import PASSPHRASE, SECRET, make_db, with_backup
from tests.helpers import dump, everything_logged, file_digest

OTHER = "een heel andere zin"


def cipher_dump(path: Path, passphrase: str | None = None) -> list[tuple]:
    """The schema and every row of every table, of a plain file or (with `passphrase`) an encrypted one."""
    connection = sqlite3.connect(path) if passphrase is None else cipher._driver().connect(str(path))
    try:
        if passphrase is not None:
            cipher.prepare(connection, path, passphrase)
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        rows = [tuple(row) for row in schema]
        for (table,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY name"
        ):
            rows += [(table, *row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
        rows.append(tuple(connection.execute("PRAGMA application_id").fetchone()))
        return rows
    finally:
        connection.close()


def organisation_name() -> str:
    return Organisation.get().name


def files_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != "home")


@pytest.fixture
def plain(db_path):
    return with_backup(db_path)


@pytest.fixture
def encrypted(plain):
    before = cipher_dump(plain)
    change_encryption(plain, PASSPHRASE)
    cipher.forget_all()  # as after a restart: the passphrase must be given again
    return plain, before


# -- telling encrypted files from others ------------------------------------------------------------------


def test_an_encrypted_file_is_told_from_plain_damaged_and_foreign_ones(encrypted, tmp_path):
    path, _before = encrypted
    assert cipher.looks_encrypted(path)
    plain = make_db(tmp_path / "plain.sqlite3")
    assert not cipher.looks_encrypted(plain)
    for kind in DAMAGE_KINDS:
        assert not cipher.looks_encrypted(damaged_copy(plain, tmp_path / f"{kind}.sqlite3", kind)), kind
    (tmp_path / "zeros.sqlite3").write_bytes(bytes(8192))
    assert not cipher.looks_encrypted(tmp_path / "zeros.sqlite3")
    assert not cipher.looks_encrypted(tmp_path / "missing.sqlite3")


# -- encrypting, opening, changing, decrypting -------------------------------------------------------------


def test_encrypting_keeps_every_row_and_leaves_no_readable_personal_data(encrypted):
    path, before = encrypted
    data = path.read_bytes()
    assert not data.startswith(cipher.SQLITE_HEADER)
    assert SECRET.encode() not in data and b"Geheimhouding" not in data
    cipher.remember(path, PASSPHRASE)
    assert cipher_dump(path, PASSPHRASE) == before
    # Nothing left beside it: no copy being written, no old contents, no plain -wal.
    assert files_beside(path) == ["leerwerk.sqlite3"]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM organisation").fetchall()


def test_the_backups_are_encrypted_too_also_new_ones(encrypted):
    path, before = encrypted
    (old,) = list_backups(path)
    assert b"Geheimhouding" not in old.path.read_bytes()
    assert cipher.looks_encrypted(old.path)
    cipher.remember(path, PASSPHRASE)
    open_database(path)
    new = make_backup(path)
    close_database()
    assert cipher.looks_encrypted(new) and b"Geheimhouding" not in new.read_bytes()
    assert cipher_dump(new, PASSPHRASE) == before
    assert check_backup(new) > 0
    assert find_good_backup(path) is not None


def test_without_a_passphrase_the_database_is_refused_untouched(encrypted):
    path, _before = encrypted
    digest = file_digest(path)
    with pytest.raises(cipher.PassphraseError, match="versleuteld") as caught:
        open_checked(path)
    assert not caught.value.wrong
    with pytest.raises(cipher.PassphraseError):
        open_read_only(path)
    assert file_digest(path) == digest
    assert files_beside(path) == ["leerwerk.sqlite3"]
    assert not lock_path(path).exists()


def test_a_wrong_passphrase_is_said_clearly_and_changes_nothing(encrypted):
    path, _before = encrypted
    digest = file_digest(path)
    cipher.remember(path, "fout fout fout")
    with pytest.raises(cipher.PassphraseError, match="wachtwoordzin") as caught:
        open_checked(path)
    assert caught.value.wrong
    with pytest.raises(UnusableDatabaseError):
        check_database(path)
    assert file_digest(path) == digest
    assert files_beside(path) == ["leerwerk.sqlite3"]
    assert not lock_path(path).exists()


def test_with_the_passphrase_it_opens_and_works_as_ever(encrypted):
    path, _before = encrypted
    cipher.remember(path, PASSPHRASE)
    database = open_checked(path)
    assert database.encrypted
    assert organisation_name() == SECRET
    Organisation.update(name="Zorggroep Nieuw").execute()
    close_database()
    assert check_database(path).healthy
    assert b"Zorggroep Nieuw" not in path.read_bytes()
    open_read_only(path)
    assert organisation_name() == "Zorggroep Nieuw"


def test_changing_the_passphrase_changes_it_for_the_backups_too(encrypted):
    path, before = encrypted
    cipher.remember(path, PASSPHRASE)
    outcome = change_encryption(path, OTHER)
    assert outcome.database_rewritten and outcome.backups_rewritten == 1
    cipher.forget_all()
    cipher.remember(path, PASSPHRASE)
    with pytest.raises(cipher.PassphraseError):
        open_checked(path)
    cipher.forget_all()
    cipher.remember(path, OTHER)
    assert cipher_dump(path, OTHER) == before
    (backup,) = list_backups(path)
    assert cipher_dump(backup.path, OTHER) == before


def test_decrypting_gives_back_the_plain_database_and_backups(encrypted):
    path, before = encrypted
    cipher.remember(path, PASSPHRASE)
    outcome = change_encryption(path, None)
    assert outcome.database_rewritten and outcome.backups_rewritten == 1
    assert path.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert cipher_dump(path) == before
    (backup,) = list_backups(path)
    assert cipher_dump(backup.path) == before
    assert cipher.known_passphrase(path) is None
    open_checked(path)
    assert organisation_name() == SECRET


def test_a_restored_encrypted_backup_opens_with_the_passphrase(encrypted, tmp_path):
    path, before = encrypted
    cipher.remember(path, PASSPHRASE)
    (backup,) = list_backups(path)
    aside = restore_backup(backup.path, path)
    assert aside is not None and cipher.looks_encrypted(aside)
    assert cipher.looks_encrypted(path)
    assert cipher_dump(path, PASSPHRASE) == before
    copy = copy_database(path, tmp_path / "kopie.sqlite3")
    assert cipher.looks_encrypted(copy)


# -- refusals that leave everything as it was ---------------------------------------------------------------


@pytest.mark.parametrize(
    "passphrase, fragment",
    [("kort", "minstens 8"), ("        ", "alleen uit spaties"), ("", "minstens 8")],
)
def test_a_weak_passphrase_is_refused_before_anything_is_written(plain, passphrase, fragment):
    digest, backups = file_digest(plain), [file_digest(b.path) for b in list_backups(plain)]
    with pytest.raises(ValidationError, match=fragment):
        change_encryption(plain, passphrase)
    assert file_digest(plain) == digest
    assert [file_digest(b.path) for b in list_backups(plain)] == backups


def test_two_different_entries_are_refused():
    with pytest.raises(ValidationError, match="niet hetzelfde") as caught:
        cipher.check_new_passphrase(PASSPHRASE, PASSPHRASE + " ")
    assert caught.value.field == "repeated"


def test_an_open_database_is_not_rewritten(plain):
    open_database(plain)
    digest = file_digest(plain)
    with pytest.raises(EncryptionError, match="Sluit"):
        change_encryption(plain, PASSPHRASE)
    close_database()
    assert file_digest(plain) == digest


def test_a_database_another_leerwerk_has_is_not_rewritten(plain):
    now = LockOwner.for_this_process().since
    other = LockOwner("iemand", "PC-ANDERS", 424242, now, now, "f" * 32)
    lock_path(plain).write_bytes(other.to_bytes())
    digest = file_digest(plain)
    with pytest.raises(DatabaseInUseError):
        change_encryption(plain, PASSPHRASE)
    assert file_digest(plain) == digest


@pytest.mark.parametrize("step", ["_export", "replace", "check"])
def test_a_failure_at_any_step_leaves_the_database_as_it_was(plain, monkeypatch, step):
    before, digest = dump(plain), file_digest(plain)
    if step == "_export":
        monkeypatch.setattr(encryption, "_export", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left")))
    elif step == "replace":
        monkeypatch.setattr(encryption.os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "in use")))
    else:
        real = encryption._tables
        calls = []

        def differs(path, passphrase):
            calls.append(path)
            rows = real(path, passphrase)
            return rows if len(calls) == 1 else rows[:-1]

        monkeypatch.setattr(encryption, "_tables", differs)
    with pytest.raises((EncryptionError, UnusableDatabaseError)):
        change_encryption(plain, PASSPHRASE)
    assert file_digest(plain) == digest and dump(plain) == before
    assert files_beside(plain) == ["leerwerk.sqlite3"]
    assert not lock_path(plain).exists()


def test_a_damaged_backup_is_passed_over_and_counted(plain, tmp_path):
    make_db(tmp_path / "ander.sqlite3")
    good = list_backups(plain)[0].path
    broken = good.with_name(good.name.replace(".sqlite3", "-2.sqlite3"))
    damaged_copy(plain, broken, "flipped")
    digest = file_digest(broken)
    outcome = change_encryption(plain, PASSPHRASE)
    assert outcome.database_rewritten
    assert outcome.backups_rewritten == 1
    assert outcome.backups_passed_over == [broken]
    assert file_digest(broken) == digest


def test_an_interrupted_run_is_finished_by_running_it_again(plain):
    make_backup(plain, now=__import__("datetime").datetime(2026, 1, 5, 10, 0))
    assert len(list_backups(plain)) == 2
    first = change_encryption(plain, PASSPHRASE, progress=lambda done, total: done < 2)
    assert first.cancelled and first.database_rewritten and first.backups_rewritten == 1
    assert [cipher.looks_encrypted(b.path) for b in list_backups(plain)].count(False) == 1
    again = change_encryption(plain, PASSPHRASE)
    assert not again.database_rewritten and again.backups_rewritten == 1
    assert all(cipher.looks_encrypted(b.path) for b in list_backups(plain))


def test_running_it_again_wipes_the_old_copy_a_killed_run_left_beside_a_file_it_had_finished(plain):
    """Killed after the rename and before the old contents were wiped: the database is encrypted, and its plain old
    contents lie beside it. Running the command again finds the database done, and still wipes them."""
    import shutil

    from desktop.storage import leftovers

    plain_copy = plain.parent / "plain-copy.sqlite3"
    shutil.copy2(plain, plain_copy)
    change_encryption(plain, PASSPHRASE, progress=lambda done, total: done < 1)  # the database only
    old = leftovers.beside(plain, leftovers.OLD_SUFFIX)
    plain_copy.rename(old)  # what the killed run had not wiped yet
    again = change_encryption(plain, PASSPHRASE)
    assert not again.database_rewritten and again.backups_rewritten == 1
    assert not old.exists() and leftovers.pending(plain) == []
    assert cipher.looks_encrypted(plain) and all(cipher.looks_encrypted(b.path) for b in list_backups(plain))


def test_a_damaged_encrypted_database_is_refused_untouched(encrypted):
    path, _before = encrypted
    data = bytearray(path.read_bytes())
    data[5000:5200] = bytes(b ^ 0xFF for b in data[5000:5200])  # inside the second page
    path.write_bytes(bytes(data))
    digest = file_digest(path)
    cipher.remember(path, PASSPHRASE)
    with pytest.raises(UnusableDatabaseError):
        open_checked(path)
    assert file_digest(path) == digest


@pytest.mark.usefixtures("debug_log")
def test_passphrases_never_reach_the_logs(plain):
    change_encryption(plain, PASSPHRASE)
    cipher.remember(plain, PASSPHRASE)
    open_checked(plain)
    make_backup(plain)
    close_database()
    cipher.remember(plain, "fout fout fout")
    with pytest.raises(cipher.PassphraseError):
        open_checked(plain)
    logged = everything_logged()
    assert b"Encryption" in logged  # it did log
    for secret in (PASSPHRASE, "fout fout fout", "Geheimhouding"):
        assert secret.encode() not in logged
    assert os.environ.get("LEERWERK_PASSPHRASE") is None


def test_random_bytes_are_called_encrypted_or_no_database_and_a_zip_is_not_sqlite(tmp_path):
    import io
    import zipfile

    noise = tmp_path / "ruis.sqlite3"
    noise.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(cipher.PassphraseError, match="of het is helemaal geen database"):
        open_checked(noise)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", os.urandom(20000))
    workbook = tmp_path / "lerenden.sqlite3"
    workbook.write_bytes(buffer.getvalue().ljust(32 * 1024, b"\0"))
    assert not cipher.looks_encrypted(workbook)
    with pytest.raises(UnusableDatabaseError, match="geen SQLite-bestand"):
        open_checked(workbook)


def test_a_database_encrypted_here_is_called_encrypted_plainly(encrypted):
    path, _before = encrypted
    with pytest.raises(cipher.PassphraseError) as caught:
        open_checked(path)
    assert "geen database" not in caught.value.message


def test_a_cancelled_change_keeps_the_passphrase_and_is_finished_in_the_same_session(encrypted):
    path, before = encrypted
    cipher.remember(path, PASSPHRASE)
    nothing = change_encryption(path, OTHER, progress=lambda done, total: False)
    assert nothing.cancelled and not nothing.database_rewritten
    assert cipher.known_passphrase(path) == PASSPHRASE  # the database still has it
    half = change_encryption(path, OTHER, progress=lambda done, total: done < 1)
    assert half.cancelled and half.database_rewritten and half.backups_rewritten == 0
    assert cipher.known_passphrase(path) == OTHER
    rest = change_encryption(path, OTHER)  # the backup is still under the old passphrase
    assert not rest.database_rewritten and rest.backups_rewritten == 1 and not rest.backups_passed_over
    (backup,) = list_backups(path)
    assert cipher_dump(backup.path, OTHER) == before


# -- a passphrase is the same however its accents were typed -----------------------------------------------

COMPOSED = unicodedata.normalize("NFC", "één café, geheim")  # é as one character, as Windows types it
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)  # e followed by an accent, as a Mac or a paste may give it


def test_two_entries_that_differ_only_in_how_accents_are_typed_are_the_same():
    assert COMPOSED != DECOMPOSED
    cipher.check_new_passphrase(COMPOSED, DECOMPOSED)
    cipher.check_new_passphrase(DECOMPOSED, COMPOSED)


@pytest.mark.parametrize("typed, later", [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)], ids=["nfc-nfd", "nfd-nfc"])
def test_a_passphrase_typed_either_way_opens_the_database_and_its_backups(plain, typed, later):
    change_encryption(plain, typed)
    cipher.forget_all()
    cipher.remember(plain, later)
    open_checked(plain)
    assert organisation_name() == SECRET
    close_database()
    for backup in list_backups(plain):
        cipher.forget_all()
        cipher.remember(plain, later)
        check_backup(backup.path)
    # A new file is keyed with the composed form, however it was typed.
    connection = cipher._driver().connect(str(plain))
    connection.execute(f"PRAGMA key = '{COMPOSED}'")
    assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    connection.close()


def test_the_command_line_in_another_process_opens_it_with_the_other_form(plain):
    from tests.helpers import run_process

    change_encryption(plain, COMPOSED)
    done = run_process("check", "--db", str(plain), env={"LEERWERK_PASSPHRASE": DECOMPOSED, "LEERWERK_LANG": "nl"})
    assert done.returncode == 0, done.stderr
    assert "gezond" in done.stdout


def test_a_database_an_earlier_leerwerk_keyed_with_a_decomposed_passphrase_still_opens(plain, tmp_path):
    """Before passphrases were normalised, the key came from the characters as typed."""
    target = tmp_path / "oud.sqlite3"
    encryption._export(plain, None, target, DECOMPOSED)  # what encrypting did with a decomposed entry
    os.replace(target, plain)
    for typed in (DECOMPOSED, COMPOSED):
        cipher.forget_all()
        cipher.remember(plain, typed)
        database = open_database(plain, create=False)  # reads through the driver, then binds peewee's
        assert database.encrypted and organisation_name() == SECRET
        close_database()
        assert check_database(plain).healthy
    cipher.forget_all()
    cipher.remember(plain, "fout fout fout")
    with pytest.raises(cipher.PassphraseError):
        open_checked(plain)
    assert cipher.looks_encrypted(plain)
