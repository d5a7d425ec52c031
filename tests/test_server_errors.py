"""A refused connection is told apart whatever language the server speaks: a real server switched to German (a
locale made for it in a temporary folder) refuses a wrong password, an unknown login, a missing database and a
login its pg_hba.conf shuts out, each said in the program's own Dutch sentence."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from desktop.devtools import server_messages
from desktop.storage import server
from desktop.storage.database import open_database
from desktop.storage.server_errors import NoSuchDatabaseError, ServerRefusedError, WrongPasswordError
from tests.postgres_server import add_password_login, binaries, start_server

GERMAN = "de_DE.UTF-8"


@pytest.fixture(scope="module")
def german_server():
    if binaries() is None or shutil.which("localedef") is None:
        pytest.skip("needs PostgreSQL and localedef")
    if not any(path.parts[-3] == "de" for path in server_messages.newest_catalogues()):
        pytest.skip("PostgreSQL's German messages are not installed")
    locales = Path(tempfile.mkdtemp(prefix="leerwerk-locales-"))
    locales.chmod(0o755)  # the server runs as an unprivileged user
    monkeypatch = pytest.MonkeyPatch()
    try:
        made = subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", str(locales / GERMAN)], capture_output=True)
        if not (locales / GERMAN).is_dir():
            pytest.skip(f"localedef could not make {GERMAN}: {made.stderr.decode(errors='replace')}")
        subprocess.run(["chmod", "-R", "a+rX", str(locales)], check=True)
        monkeypatch.setenv("LOCPATH", str(locales))  # the server started now finds the locale there
        postgres = start_server()
        try:
            postgres.execute(f"ALTER SYSTEM SET lc_messages = '{GERMAN}'")
            postgres.execute("SELECT pg_reload_conf()")
            yield postgres
        finally:
            postgres.stop()
    finally:
        monkeypatch.undo()
        shutil.rmtree(locales, ignore_errors=True)


def _refused(address: str) -> ServerRefusedError:
    with pytest.raises(ServerRefusedError) as refused:
        open_database(address)
    return refused.value


def test_a_german_server_is_understood(german_server):
    host = f"127.0.0.1:{german_server.port}"
    add_password_login(german_server, "pw_de", "richtig")
    try:
        wrong = _refused(f"postgresql://pw_de:falsch@{host}/postgres")
        assert "Passwort-Authentifizierung" in str(wrong.__cause__)  # the server did speak German
        assert isinstance(wrong, WrongPasswordError)
        assert str(wrong) == (
            f"De server {host} weigerde het wachtwoord van pw_de: het wachtwoord klopt niet, of die login bestaat niet."
        )
    finally:
        server.forget_passwords()
    unknown = _refused(f"postgresql://niemand@{host}/postgres")
    assert "existiert nicht" in str(unknown.__cause__)
    assert str(unknown) == f"De server {host} kent geen login niemand."
    missing = _refused(german_server.url("nergens"))
    assert isinstance(missing, NoSuchDatabaseError) and "nergens" in str(missing)
    german_server.execute('CREATE ROLE "buiten" LOGIN')
    rules = german_server.data / "pg_hba.conf"
    rules.write_text("host all buiten 127.0.0.1/32 reject\n" + rules.read_text(encoding="utf-8"), "utf-8")
    german_server.execute("SELECT pg_reload_conf()")
    shut_out = _refused(german_server.url("postgres", user="buiten"))
    assert "lehnt Verbindung ab" in str(shut_out.__cause__)
    assert str(shut_out) == f"De server {host} laat buiten vanaf deze computer niet toe (zijn pg_hba.conf)."


def test_the_servers_words_are_those_of_its_catalogues():
    """resources/server_messages.json is made from the installed server's catalogues (python -m desktop.devtools
    server-messages); it is in step with them."""
    catalogues = server_messages.newest_catalogues()
    if not catalogues:
        pytest.skip("PostgreSQL's message catalogues are not installed")
    stored = json.loads(server_messages.target().read_text(encoding="utf-8"))
    assert stored == server_messages.messages(catalogues)
