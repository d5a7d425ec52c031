"""A throwaway PostgreSQL server for the tests: Debian's binaries, a data folder in a temporary folder, loopback only.

PostgreSQL refuses to run as root (as CI and the development machines run), so as root the server's files belong to
an unprivileged user (Debian's ``postgres``, else ``nobody``) and its programs run through ``runuser``. It listens on
127.0.0.1 on a free port and on a socket inside its own folder, trusts local logins (nothing leaves the machine), and
skips the disk flushes a throwaway server has no use for. One server serves a whole test session; each test gets a
database of its own, made from a template so that a test starts in milliseconds rather than re-running migrations.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "leerwerk_test"


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps one per major version), or None."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda path: int(path.parent.parent.name), reverse=True
    )
    return found[0].parent if found else None


def _unprivileged_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("no unprivileged user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    folder: Path
    bin: Path
    user: str | None = None
    port: int = 0
    _numbers: itertools.count = field(default_factory=lambda: itertools.count(1))

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin / program), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120, cwd=self.folder)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C",
            "--no-sync", "--no-instructions",
        )  # fmt: skip
        self.port = _free_port()
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres"):
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database)
        connection.autocommit = True  # CREATE/DROP DATABASE run outside a transaction
        return connection

    def execute(self, sql: str, database: str = "postgres") -> None:
        connection = self.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def create_database(self, template: str = "template0") -> str:
        """A new, empty database (or a copy of `template`); returns its name."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PostgresServer:
    """A running server in a new folder of the system's temporary directory (which the server's user can reach)."""
    found = binaries()
    if found is None:
        raise FileNotFoundError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="leerwerk-postgres-")), found, _unprivileged_user())
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


def add_password_login(server: PostgresServer, name: str, password: str) -> None:
    """A login that must give `password` over TCP (the server trusts every other login): pg_hba.conf is read top
    down, so its line goes first, and the server reloads it."""
    server.execute(f"CREATE ROLE \"{name}\" LOGIN SUPERUSER PASSWORD '{password}'")
    rules = server.data / "pg_hba.conf"
    rules.write_text(f"host all {name} 127.0.0.1/32 scram-sha-256\n" + rules.read_text(encoding="utf-8"), "utf-8")
    server.execute("SELECT pg_reload_conf()")
