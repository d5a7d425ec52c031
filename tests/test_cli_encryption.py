"""``leerwerk encrypt``, ``decrypt``, ``passphrase`` and the passphrase of an encrypted database for
every other command: from the environment, asked in a terminal, or a clear refusal."""

from __future__ import annotations

import getpass

import pytest

from desktop.cli import encryption as cli_encryption
from desktop.storage import cipher
from desktop.storage.backup import list_backups
from tests.factories import PASSPHRASE, SECRET, make_db, with_backup
from tests.helpers import file_digest, run, run_process

NEW = "nog een andere zin"


@pytest.fixture
def plain(db_path):
    return with_backup(db_path)


@pytest.fixture
def encrypted(plain, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(plain))[0] == 0
    monkeypatch.delenv("LEERWERK_NEW_PASSPHRASE")
    cipher.forget_all()
    return plain


def test_encrypt_with_the_passphrase_from_the_environment(plain, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "encrypt", "--db", str(plain))
    assert code == 0
    assert "is versleuteld, en 1 reservekopie ervan ook" in out
    assert PASSPHRASE not in out + err
    assert cipher.looks_encrypted(plain)
    assert all(cipher.looks_encrypted(b.path) for b in list_backups(plain))


def test_encrypt_asks_twice_in_a_terminal_and_refuses_two_different_entries(plain, monkeypatch, capsys):
    monkeypatch.setattr(cli_encryption, "_terminal", lambda: True)
    answers = iter([PASSPHRASE, PASSPHRASE + "!"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    digest = file_digest(plain)
    code, _out, err = run(capsys, "encrypt", "--db", str(plain))
    assert code == 1 and "niet hetzelfde" in err
    assert file_digest(plain) == digest
    answers = iter([PASSPHRASE, PASSPHRASE])
    assert run(capsys, "encrypt", "--db", str(plain))[0] == 0


def test_without_a_terminal_or_variable_encrypt_says_how_to_give_it(plain, capsys):
    digest = file_digest(plain)
    code, _out, err = run(capsys, "encrypt", "--db", str(plain))
    assert code == 2 and "LEERWERK_NEW_PASSPHRASE" in err
    assert file_digest(plain) == digest


def test_a_weak_new_passphrase_is_refused(plain, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", "kort")
    digest = file_digest(plain)
    code, _out, err = run(capsys, "encrypt", "--db", str(plain))
    assert code == 1 and "minstens 8" in err
    assert file_digest(plain) == digest


def test_every_command_on_an_encrypted_database_needs_its_passphrase(encrypted, monkeypatch, capsys, tmp_path):
    digest = file_digest(encrypted)
    code, _out, err = run(capsys, "check", "--db", str(encrypted))
    assert code == 2 and "LEERWERK_PASSPHRASE" in err
    monkeypatch.setenv("LEERWERK_PASSPHRASE", "fout fout fout")
    code, _out, err = run(capsys, "export", "learners", str(tmp_path / "uit.csv"), "--db", str(encrypted))
    assert code == 2 and "wachtwoordzin opent" in err and "onjuist" in err
    assert not (tmp_path / "uit.csv").exists()
    assert file_digest(encrypted) == digest
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    code, out, _err = run(capsys, "check", "--db", str(encrypted))
    assert code == 0 and "gezond" in out
    assert run(capsys, "backup", "--db", str(encrypted))[0] == 0
    assert all(cipher.looks_encrypted(b.path) for b in list_backups(encrypted))


def test_a_terminal_asks_again_after_a_wrong_passphrase(encrypted, monkeypatch, capsys):
    monkeypatch.setattr(cli_encryption, "_terminal", lambda: True)
    answers = iter(["fout fout fout", PASSPHRASE])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    code, out, err = run(capsys, "check", "--db", str(encrypted))
    assert code == 0 and "gezond" in out
    assert "onjuist" in err


def test_three_wrong_answers_end_the_command(encrypted, monkeypatch, capsys):
    monkeypatch.setattr(cli_encryption, "_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "fout fout fout")
    code, _out, err = run(capsys, "check", "--db", str(encrypted))
    assert code == 2 and err.count("onjuist") == 3


def test_passphrase_and_decrypt(encrypted, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LEERWERK_NEW_PASSPHRASE", NEW)
    code, out, _err = run(capsys, "passphrase", "--db", str(encrypted))
    assert code == 0 and "is gewijzigd" in out
    cipher.forget_all()
    monkeypatch.delenv("LEERWERK_NEW_PASSPHRASE")
    assert run(capsys, "decrypt", "--db", str(encrypted))[0] == 2  # the old one no longer opens it
    monkeypatch.setenv("LEERWERK_PASSPHRASE", NEW)
    code, out, _err = run(capsys, "decrypt", "--db", str(encrypted))
    assert code == 0 and "niet meer versleuteld" in out
    assert encrypted.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert SECRET.encode() in encrypted.read_bytes()


def test_commands_that_do_not_fit_the_state_are_refused(plain, encrypted_twin, monkeypatch, capsys):
    code, _out, err = run(capsys, "decrypt", "--db", str(plain))
    assert code == 2 and "niet versleuteld" in err
    code, _out, err = run(capsys, "passphrase", "--db", str(plain))
    assert code == 2 and "leerwerk encrypt" in err
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "encrypt", "--db", str(encrypted_twin))
    assert code == 2 and "al versleuteld" in err
    code, _out, err = run(capsys, "encrypt", "--db", str(plain.with_name("bestaat-niet.sqlite3")))
    assert code == 2 and "bestaat niet" in err


@pytest.fixture
def encrypted_twin(tmp_path, monkeypatch):
    from desktop.storage.encryption import change_encryption

    path = make_db(tmp_path / "tweeling.sqlite3")
    change_encryption(path, PASSPHRASE)
    cipher.forget_all()
    return path


def test_restore_of_an_encrypted_backup(encrypted, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    (backup,) = list_backups(encrypted)
    code, out, _err = run(capsys, "restore", str(backup.path), "--db", str(encrypted))
    assert code == 0 and "bewaard als" in out
    assert cipher.looks_encrypted(encrypted)


def test_the_window_opens_an_encrypted_database_with_the_passphrase_from_the_environment(encrypted):
    result = run_process("--db", str(encrypted), "--smoke", env={"LEERWERK_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    refused = run_process("--db", str(encrypted), "--smoke", env={"LEERWERK_PASSPHRASE": "fout fout fout"})
    assert refused.returncode == 2 and "onjuist" in refused.stderr


def test_import_and_export_work_on_an_encrypted_database(encrypted, monkeypatch, capsys, tmp_path):
    from tests.factories import HEADER_NL, row

    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    source = tmp_path / "lerenden.csv"
    lines = [HEADER_NL, row(first="Zoë", last="Çelik"), row(first="Noël", last="Østergaard")]
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    code, out, err = run(capsys, "import", "learners", str(source), "--db", str(encrypted))
    assert code == 0, err
    assert "Østergaard".encode() not in encrypted.read_bytes()
    target = tmp_path / "uit.csv"
    assert run(capsys, "export", "learners", str(target), "--db", str(encrypted))[0] == 0
    assert "Østergaard" in target.read_text(encoding="utf-8-sig")


# -- a plain backup put back over an encrypted database ---------------------------------------------------


@pytest.fixture
def plain_copy(encrypted, tmp_path):
    """A plain LeerWerk backup beside an encrypted database, holding other data than the database."""
    (tmp_path / "los").mkdir()
    return make_db(tmp_path / "los" / "kopie.sqlite3", "Uit de losse kopie")


def _files(folder):
    return {p.name: file_digest(p) for p in folder.iterdir() if p.is_file()}


def _organisation(path, passphrase=None):
    cipher.forget_all()
    if passphrase is not None:
        cipher.remember(path, passphrase)
    connection = cipher.connect(str(path), path=path)
    try:
        return connection.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        connection.close()
        cipher.forget_all()


def test_a_plain_backup_over_an_encrypted_database_needs_encrypt_or_plain(encrypted, plain_copy, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    before, copy_before = _files(encrypted.parent), file_digest(plain_copy)
    code, out, err = run(capsys, "restore", str(plain_copy), "--db", str(encrypted))
    assert code == 2 and out == ""
    assert err.strip() == (
        f"De reservekopie {plain_copy} is niet versleuteld, de database {encrypted} wel: kies of de reservekopie "
        "bij het terugzetten wordt versleuteld met de wachtwoordzin van de database. Geef --encrypt om hem te "
        "versleutelen, of --plain om hem onversleuteld terug te zetten."
    )
    assert _files(encrypted.parent) == before and file_digest(plain_copy) == copy_before
    assert _organisation(encrypted, PASSPHRASE) == SECRET


def test_restore_encrypt_puts_a_plain_backup_back_with_the_databases_passphrase(
    encrypted, plain_copy, monkeypatch, capsys
):
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    copy_before = file_digest(plain_copy)
    code, out, err = run(capsys, "restore", str(plain_copy), "--db", str(encrypted), "--encrypt")
    assert code == 0, err
    (aside,) = encrypted.parent.glob(f"{encrypted.name}.before-restore-*")
    assert f"bewaard als {aside}" in out
    assert cipher.looks_encrypted(encrypted) and b"Uit de losse kopie" not in encrypted.read_bytes()
    assert _organisation(encrypted, PASSPHRASE) == "Uit de losse kopie"
    assert _organisation(aside, PASSPHRASE) == SECRET
    assert file_digest(plain_copy) == copy_before
    assert sorted(p.name for p in encrypted.parent.iterdir() if p.is_file()) == sorted([encrypted.name, aside.name])
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    code, out, _err = run(capsys, "check", "--db", str(encrypted))
    assert code == 0 and "gezond" in out


def test_restore_plain_puts_a_plain_backup_back_unencrypted(encrypted, plain_copy, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "restore", str(plain_copy), "--db", str(encrypted), "--plain")
    assert code == 0, err
    (aside,) = encrypted.parent.glob(f"{encrypted.name}.before-restore-*")
    assert f"bewaard als {aside}" in out
    assert encrypted.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert _organisation(encrypted) == "Uit de losse kopie"
    assert cipher.looks_encrypted(aside) and _organisation(aside, PASSPHRASE) == SECRET


def test_restore_takes_encrypt_or_plain_not_both(encrypted, plain_copy, monkeypatch, capsys):
    monkeypatch.setenv("LEERWERK_PASSPHRASE", PASSPHRASE)
    before = _files(encrypted.parent)
    code, _out, err = run(capsys, "restore", str(plain_copy), "--db", str(encrypted), "--encrypt", "--plain")
    assert code == 2 and "--plain" in err and "--encrypt" in err
    assert _files(encrypted.parent) == before
