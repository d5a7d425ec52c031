"""The command line on a server database: ``--db postgresql://…`` and LEERWERK_DB for every command, the password
from the address, PGPASSWORD or the password file, a true sentence for each way a connection fails, ``check`` on a
server, and the commands that only mean something for a file saying so. Against the real throwaway test server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from desktop.services import service_for
from desktop.storage import migrations
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from tests.helpers import run, run_process

pytestmark = pytest.mark.usefixtures("english")


def _with_login(url: str, login: str, password: str | None = None) -> str:
    parts = urlsplit(url)
    secret = f":{password.replace('#', '%23').replace(' ', '%20')}" if password else ""
    return f"postgresql://{login}{secret}@{parts.hostname}:{parts.port}{parts.path}"


def _learner(url: str) -> int:
    open_database(url)
    try:
        return service_for(m.Learner).create(first_name="Fenna", last_name="Dijkstra", learner_type="bbl").id
    finally:
        close_database()


def _learner_count(url: str) -> int:
    open_database(url)
    try:
        return m.Learner.select().count()
    finally:
        close_database()


def test_commands_run_on_a_server_database_given_by_db_or_leerwerk_db(capsys, server_url, tmp_path, monkeypatch):
    _learner(server_url)
    code, out, _err = run(capsys, "--db", server_url, "agenda", "--from", "2026-11-01")
    assert code == 0 and out.startswith("Due")
    target = tmp_path / "lerenden.csv"
    monkeypatch.setenv("LEERWERK_DB", server_url)
    code, out, _err = run(capsys, "export", "learners", str(target))
    assert code == 0 and "Dijkstra" in target.read_text(encoding="utf-8-sig")
    # The command's own --db after it, as for a file.
    code, out, _err = run(capsys, "report", "cao", "--out", str(tmp_path / "cao.xlsx"), "--db", server_url)
    assert code == 0 and (tmp_path / "cao.xlsx").stat().st_size > 0


@pytest.mark.parametrize("kind", ["cao", "dropout", "completion", "waardering", "budget", "plan"])
def test_every_report_is_written_from_a_server_database(capsys, server_url, tmp_path, kind):
    _learner(server_url)
    target = tmp_path / f"{kind}.xlsx"
    code, out, err = run(capsys, "--db", server_url, "report", kind, "--out", str(target))
    assert code == 0, err
    assert target.stat().st_size > 0 and str(target) in out


def test_an_import_writes_into_the_server_database(capsys, server_url, tmp_path):
    source = tmp_path / "lerenden.csv"
    source.write_text("voornaam;achternaam;soort\nLotte;Bakker;bbl\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", server_url, "import", "learners", str(source))
    assert code == 0, err
    assert _learner_count(server_url) == 1


def test_the_password_comes_from_the_address_pgpassword_or_the_password_file(
    capsys, server_url, password_login, tmp_path, monkeypatch
):
    login, password = password_login
    code, _out, err = run(capsys, "--db", _with_login(server_url, login, password), "agenda")
    assert code == 0, err
    monkeypatch.setenv("PGPASSWORD", password)
    code, _out, err = run(capsys, "--db", _with_login(server_url, login), "agenda")
    assert code == 0, err
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:*:*:{login}:{password}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    code, _out, err = run(capsys, "--db", _with_login(server_url, login), "agenda")
    assert code == 0, err


def test_a_missing_or_wrong_password_is_said_in_one_sentence_without_the_password(
    capsys, server_url, password_login, monkeypatch
):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    login, password = password_login
    code, out, err = run(capsys, "--db", _with_login(server_url, login), "agenda")
    assert code == 2 and out == ""
    assert f"asks a password for {login}" in err
    assert "PGPASSWORD" in err and "terminal" in err  # stdin is not a terminal here: no question asked
    code, _out, err = run(capsys, "--db", _with_login(server_url, login, "verkeerd"), "agenda")
    assert code == 2
    assert err.strip().endswith(f"refused the password of {login}: the password is wrong, or there is no such login.")
    assert "verkeerd" not in err


def test_the_password_is_asked_in_a_terminal_without_echo(server_url, password_login, monkeypatch):
    """A real terminal (a pseudo-terminal the command has as its controlling terminal): getpass asks, the typed
    password is not echoed, and the command runs."""
    import os
    import pty
    import subprocess
    import sys

    login, password = password_login
    primary, secondary = pty.openpty()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PGPASSFILE": "/nonexistent"}
    environment.pop("PGPASSWORD", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", _with_login(server_url, login), "agenda"],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,  # the pseudo-terminal becomes its controlling terminal, where getpass asks
        preexec_fn=lambda: __import__("fcntl").ioctl(0, __import__("termios").TIOCSCTTY, 0),
    )
    os.close(secondary)
    seen = b""
    while b"Password for" not in seen:
        seen += os.read(primary, 1024)
    os.write(primary, password.encode() + b"\n")
    out, err = process.communicate(timeout=120)
    os.close(primary)
    assert process.returncode == 0, err
    assert out.startswith(b"Due")
    assert password.encode() not in seen + out + err


@pytest.mark.parametrize(
    ("address", "sentence"),
    [
        (
            "postgresql://leerwerk_test@127.0.0.1:1/leerwerk",
            "The server 127.0.0.1:1 cannot be reached: nothing answers",
        ),
        ("postgresql://leerwerk_test@no-such-host.invalid/leerwerk", "The server no-such-host.invalid is unknown"),
    ],
)
def test_a_server_that_cannot_be_reached_is_named(capsys, address, sentence):
    code, out, err = run(capsys, "--db", address, "check")
    assert code == 2 and out == ""
    assert err.startswith(sentence) and err.count("\n") == 1


def test_a_database_that_does_not_exist_or_is_another_programs_is_refused(capsys, postgres_server):
    code, _out, err = run(capsys, "--db", postgres_server.url("geen_leerwerk"), "agenda")
    assert code == 2
    assert err.strip() == (
        f"The server 127.0.0.1:{postgres_server.port} has no database geen_leerwerk; ask the IT supplier to create it."
    )
    name = postgres_server.create_database()
    try:
        postgres_server.execute("CREATE TABLE invoice (id integer)", name)
        for command in ("agenda", "check"):
            code, _out, err = run(capsys, "--db", postgres_server.url(name), command)
            assert code == 2
            assert err.strip().endswith("is a database of another program, not of LeerWerk.")
        tables = postgres_server.connect(name).cursor()
        tables.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone()[0] == 1  # nothing added to it
    finally:
        postgres_server.drop_database(name)


def test_check_on_a_server_names_the_version_the_schema_and_who_is_connected(capsys, server_url):
    other = open_database(server_url)  # another LeerWerk, connected meanwhile
    try:
        code, out, err = run(capsys, "--db", server_url, "check")
    finally:
        close_database()
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"Connected to {server_url}: PostgreSQL 1")
    assert lines[1] == "Connected now (2):"
    assert sum("leerwerk_test from 127.0.0.1, LeerWerk, since" in line for line in lines[2:4]) == 2
    assert lines[-1] == f"{server_url}: healthy, schema version {migrations.LATEST_VERSION}."
    assert other.is_closed()


def test_check_on_a_server_lists_what_differs_from_the_models(capsys, server_url, postgres_server):
    name = urlsplit(server_url).path.lstrip("/")
    postgres_server.execute("CREATE INDEX learner_notes ON learner (notes); ALTER TABLE school DROP COLUMN city", name)
    code, out, _err = run(capsys, "--db", server_url, "check")
    assert code == 1
    assert "The table learner has an index learner_notes that LeerWerk does not know." in out
    assert "The table school lacks the column city." in out


def test_check_on_a_server_refuses_a_newer_schema(capsys, server_url, postgres_server):
    name = urlsplit(server_url).path.lstrip("/")
    postgres_server.execute(f"UPDATE schema_version SET version = {migrations.LATEST_VERSION + 1}", name)
    for command in ("check", "agenda"):
        code, _out, err = run(capsys, "--db", server_url, command)
        assert code == 2
        assert f"was written by a newer LeerWerk (schema {migrations.LATEST_VERSION + 1}" in err


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["backup"], "the server's own tools back up and protect it"),
        (["restore", "backup.sqlite3"], "the server's own tools back up and protect it"),
        (["encrypt"], "its encryption is the server's"),
        (["decrypt"], "its encryption is the server's"),
        (["passphrase"], "its encryption is the server's"),
        (["privacy", "wipe"], "an erasure there rewrites and deletes the rows themselves"),
    ],
)
def test_commands_for_a_file_say_so_on_a_server_and_change_nothing(capsys, server_url, tmp_path, command, words):
    (tmp_path / "backup.sqlite3").write_bytes(b"")
    learner = _learner(server_url)
    code, out, err = run(capsys, *[str(tmp_path / part) if part.endswith(".sqlite3") else part for part in command],
                         "--db", server_url)  # fmt: skip
    assert code == 2 and out == ""
    assert err.startswith(f"'leerwerk {' '.join(part for part in command if not part.endswith('.sqlite3'))}' works")
    assert f"{server_url} is a database on a server: {words}" in err
    assert _learner_count(server_url) == 1 and learner


def test_an_erase_on_a_server_rewrites_the_rows_and_owes_no_wipe(capsys, server_url):
    learner = _learner(server_url)
    code, out, err = run(capsys, "--db", server_url, "privacy", "erase", f"learner:{learner}", "--yes")
    assert code == 0, err
    assert "erased" in out and "wipe" not in out + err
    assert _learner_count(server_url) == 0


def test_a_demo_goes_into_an_empty_server_database_only(capsys, server_url):
    code, out, err = run(capsys, "demo", server_url, "--learners", "20")
    assert code == 0, err
    assert out.startswith(f"Demo database written to {server_url}: 20 learners")
    # The ids were written by the demo: a learner added now gets the next one.
    open_database(server_url)
    try:
        highest = m.Learner.select(m.Learner.id).order_by(m.Learner.id.desc()).first().id
        added = service_for(m.Learner).create(first_name="Fenna", last_name="Dijkstra", learner_type="bbl")
        assert added.id == highest + 1
    finally:
        close_database()
    code, _out, err = run(capsys, "demo", server_url)
    assert code == 1
    assert err.strip() == f"The database {server_url} already holds people; a demo goes only into an empty database."
    assert _learner_count(server_url) == 21


def test_a_command_in_another_process_connects_with_application_name_leerwerk(server_url):
    result = run_process("--db", server_url, "check", env={"LEERWERK_LANG": "en"})
    assert result.returncode == 0, result.stderr
    assert ", LeerWerk, since" in result.stdout
