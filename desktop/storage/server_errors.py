"""Why a PostgreSQL server refused a connection, in one sentence a person can act on.

libpq reports a failed connection as text only (psycopg2 gives no SQLSTATE before a session exists), so the reason
is recognised by the words libpq and the server use; what is not recognised is still said, with the server's own
words after a sentence of ours. The address is always shown without its password.

The server writes its refusals in its own language (``lc_messages``), before anything the client asks applies, so
they are recognised in every language PostgreSQL speaks: its own translations are in
``resources/server_messages.json`` (`desktop.devtools.server_messages`). libpq's own words (no password given, no
answer) are written in this program's process, which never sets a language for C libraries, and so in English.
"""

from __future__ import annotations

import functools
import json
import re
from urllib.parse import urlsplit

from desktop.errors import UnusableDatabaseError
from desktop.i18n import _
from desktop.paths import resources_dir

CONNECT_TIMEOUT_S = 10  # how long a connection waits for a server that does not answer


class ServerRefusedError(UnusableDatabaseError):
    """A server database could not be connected to; `reason` tells the kinds apart for the window and the CLI."""

    reason = "other"


class PasswordNeededError(ServerRefusedError):
    """The server asks a password and none was given (not in the address, PGPASSWORD or the password file)."""

    reason = "password needed"


class WrongPasswordError(ServerRefusedError):
    reason = "wrong password"


class UnreachableServerError(ServerRefusedError):
    reason = "unreachable"


class NoSuchDatabaseError(ServerRefusedError):
    reason = "no such database"


def server_of(address: str) -> str:
    """The server of an address as a sentence names it: host and port."""
    parts = urlsplit(address)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or 5432}"


def _user(address: str) -> str:
    return urlsplit(address).username or _("(your own login)")


def _database(address: str) -> str:
    return urlsplit(address).path.lstrip("/")


@functools.cache
def _server_words() -> dict[str, re.Pattern]:
    """Per reason, a pattern of the server's refusal in any of its languages (a name it fills in: anything)."""
    path = resources_dir() / "server_messages.json"
    said = json.loads(path.read_text(encoding="utf-8"))
    return {
        reason: re.compile("|".join(re.escape(text).replace("%s", ".*?") for text in texts))
        for reason, texts in said.items()
    }


def _server_says(reason: str, text: str) -> bool:
    return _server_words()[reason].search(text) is not None


def refusal(error: Exception, address: str) -> ServerRefusedError:
    """The error to raise for `error`, a failed connection to `address`."""
    text = str(error).strip()
    server, user, database = server_of(address), _user(address), _database(address)
    if "no password supplied" in text:
        return PasswordNeededError(
            _("The server {server} asks a password for {user}.").format(server=server, user=user)
        )
    if _server_says("wrong password", text):
        return WrongPasswordError(
            _("The server {server} refused the password of {user}: the password is wrong, or there is no such login.")
            .format(server=server, user=user)
        )  # fmt: skip
    if _server_says("no such login", text):
        return ServerRefusedError(
            _("The server {server} has no login {user}.").format(server=server, user=user)
        )  # fmt: skip
    if _server_says("no such database", text):
        return NoSuchDatabaseError(
            _("The server {server} has no database {database}; ask the IT supplier to create it.").format(
                server=server, database=database
            )
        )
    if "could not translate host name" in text:
        return UnreachableServerError(
            _("The server {host} is unknown: the name cannot be found in the network.").format(
                host=urlsplit(address).hostname or ""
            )
        )
    if "Connection refused" in text:
        return UnreachableServerError(
            _("The server {server} cannot be reached: nothing answers at that address and port.").format(server=server)
        )
    if "timeout expired" in text or "timed out" in text:
        return UnreachableServerError(
            _("The server {server} cannot be reached: it did not answer within {seconds} seconds.").format(
                server=server, seconds=CONNECT_TIMEOUT_S
            )
        )
    if "SSL was required" in text:
        return ServerRefusedError(
            _(
                "The server {server} does not encrypt its connections, and the address asks for encryption "
                "(sslmode); ask the IT supplier to switch it on."
            ).format(server=server)
        )
    if _server_says("not let in", text):
        return ServerRefusedError(
            _("The server {server} does not let {user} in from this computer (its pg_hba.conf).").format(
                server=server, user=user
            )
        )
    first = re.sub(r"^connection to server at .*? failed: ", "", text.splitlines()[0] if text else "")
    return ServerRefusedError(
        _("LeerWerk cannot connect to the database {database} on {server}: {reason}").format(
            database=database, server=server, reason=first.removeprefix("FATAL:").strip()
        )
    )
