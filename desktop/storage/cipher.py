"""Encryption at rest: databases and their backups encrypted with SQLCipher, opened by passphrase.

An encrypted file has no "SQLite format 3" header: its first 16 bytes are the salt and every page
looks like random bytes. `looks_encrypted` tells such a file from a damaged or foreign one by the
randomness of its first page. A plain file is opened with Python's own ``sqlite3``; an encrypted
one with ``sqlcipher3`` (imported only then), keyed by the passphrase given in this process.

Passphrases live in memory only, for the lifetime of the process: never in the settings, a log or
an error report. Deriving the key from a passphrase is deliberately slow (PBKDF2, 256,000 rounds);
the key of each (passphrase, salt) is derived once and given to SQLCipher as a raw key after that.
SQLCipher's own messages on stderr are switched off (``cipher_log_level``).

A passphrase is the same however its accents were typed: "é" as one character or as "e" and an
accent. New files are keyed with its composed form (NFC); a file an earlier LeerWerk keyed with the
characters as typed is opened by trying the typed and the decomposed form after the composed one.
"""

from __future__ import annotations

import collections
import hashlib
import json
import math
import os
import sqlite3
import threading
import unicodedata
from pathlib import Path

from desktop import paths
from desktop.errors import UnusableDatabaseError
from desktop.i18n import _
from desktop.storage.files import write_json_atomically

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, a 256-bit key
KEY_BYTES = 32
MIN_PASSPHRASE = 8
SQLITE_NOTADB = 26
_RANDOM_ENOUGH = 7.2  # bits per byte; a page of SQLCipher measures about 7.95, an SQLite page far less


def errors(*others: type[BaseException], kind: str = "Error") -> tuple[type[BaseException], ...]:
    """`others` and the errors of both drivers (their `kind`: "Error", "OperationalError", ...), for
    ``except cipher.errors(OSError):``. Evaluated only when an error is matched, so sqlcipher3 is
    imported only then: a start on a plain database never loads it."""
    return (*others, getattr(sqlite3, kind), getattr(_driver(), kind))


def _driver():
    from sqlcipher3 import dbapi2

    return dbapi2


class PassphraseError(UnusableDatabaseError):
    """An encrypted file that cannot be opened: no passphrase was given, or the one given is wrong."""

    def __init__(self, message: str, path: Path, *, wrong: bool):
        super().__init__(message)
        self.path = Path(path)
        self.wrong = wrong


def passphrase_needed(path: Path) -> PassphraseError:
    if known_encrypted(path):
        message = _("The database {path} is encrypted: give its passphrase to open it.")
    else:  # random bytes to anyone without the passphrase: it may also be damage beyond recognition
        message = _(
            "The file {path} is encrypted, or it is no database at all: give its passphrase if it is an "
            "encrypted LeerWerk database."
        )
    return PassphraseError(message.format(path=path), path, wrong=False)


def passphrase_wrong(path: Path) -> PassphraseError:
    message = _("The passphrase does not open {path}: it is wrong, or the file is damaged.")
    return PassphraseError(message.format(path=path), path, wrong=True)


def normalised(passphrase: str) -> str:
    """`passphrase` as new files are keyed with it: composed, so that "é" is one character."""
    return unicodedata.normalize("NFC", passphrase)


def same_passphrase(first: str | None, second: str | None) -> bool:
    return first is not None and second is not None and normalised(first) == normalised(second)


def _forms(passphrase: str) -> list[str]:
    """The keys `passphrase` may have been given as: composed (every file since passphrases are
    normalised), then as typed and decomposed (files an earlier LeerWerk keyed with what was typed)."""
    return list(dict.fromkeys([normalised(passphrase), passphrase, unicodedata.normalize("NFD", passphrase)]))


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise `ValidationError` for a passphrase too weak to protect personal data, or typed twice unlike."""
    from desktop.errors import ValidationError

    passphrase = normalised(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        message = _("The passphrase must be at least {count} characters long.")
        raise ValidationError("passphrase", message.format(count=MIN_PASSPHRASE))
    if not passphrase.strip():
        raise ValidationError("passphrase", _("The passphrase may not consist of spaces only."))
    if repeated is not None and not same_passphrase(repeated, passphrase):
        raise ValidationError("repeated", _("The two passphrases are not the same."))


# -- telling an encrypted file ----------------------------------------------------------------------------


def _bits_per_byte(data: bytes) -> float:
    counts = collections.Counter(data)
    return -sum(n / len(data) * math.log2(n / len(data)) for n in counts.values())


# Files of other kinds that are as random as an encrypted page (compressed contents), by their first bytes.
_OTHER_KINDS = (b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")


def looks_encrypted(path: Path) -> bool:
    """Whether `path` is, by its first page, an SQLCipher file (and not SQLite, empty, a text, a ZIP...)."""
    try:
        size = Path(path).stat().st_size
        if size < 1024 or size % 512:
            return False
        with open(path, "rb") as handle:
            page = handle.read(4096)
    except OSError:
        return False
    if page.startswith((SQLITE_HEADER, *_OTHER_KINDS)):
        return False
    return _bits_per_byte(page) >= _RANDOM_ENOUGH


# -- databases this LeerWerk knows to be encrypted ------------------------------------------------------------

ENCRYPTED_FILE = "encrypted-databases.json"


def _marks_path() -> Path:
    return paths.data_dir() / ENCRYPTED_FILE


def _marks() -> list[str]:
    try:
        with open(_marks_path(), encoding="utf-8") as handle:
            marks = json.load(handle)
    except (OSError, ValueError):
        return []
    return [mark for mark in marks if isinstance(mark, str)] if isinstance(marks, list) else []


def _mark_of(path: Path) -> str:
    # The key of the path that names the backup folder too: no folder or person's name in the file.
    return paths.database_key(path)


def known_encrypted(path: Path) -> bool:
    """Whether this LeerWerk encrypted `path`, or opened it with its passphrase before."""
    return _mark_of(path) in _marks()


def note_encrypted(path: Path, encrypted: bool = True) -> None:
    """Remember (in the local data folder) that `path` is encrypted, or no longer is."""
    marks, mark = _marks(), _mark_of(path)
    if (mark in marks) == encrypted:
        return
    marks = [*marks, mark] if encrypted else [other for other in marks if other != mark]
    try:
        write_json_atomically(_marks_path(), marks)
    except OSError:  # only costs a less certain message the next time
        pass


# -- passphrases given in this process --------------------------------------------------------------------

_lock = threading.Lock()
_passphrases: dict[str, str] = {}  # by file (normalised absolute path)
_retired: list[str] = []  # earlier passphrases of databases, for backups not yet rewritten
_keys: dict[tuple[str, bytes], str] = {}  # (passphrase, salt) -> raw key in hex


def _file_key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def remember(path: Path, passphrase: str) -> None:
    """Use `passphrase` for `path` (and try it on backups of it) in this process."""
    with _lock:
        _passphrases[_file_key(path)] = passphrase


def forget(path: Path) -> None:
    with _lock:
        _passphrases.pop(_file_key(path), None)


def set_passphrase(path: Path, passphrase: str | None) -> None:
    """`remember` `passphrase` for `path`, or `forget` it when None (a plain file, or none known)."""
    if passphrase is None:
        forget(path)
    else:
        remember(path, passphrase)


def forget_all() -> None:
    with _lock:
        _passphrases.clear()
        _retired.clear()
        _keys.clear()


def keep_trying(passphrase: str) -> None:
    """Go on trying `passphrase` on files in this process after it was replaced (backups that a
    cancelled change left under it)."""
    with _lock:
        if passphrase not in _retired:
            _retired.append(passphrase)


def known_passphrase(path: Path) -> str | None:
    with _lock:
        return _passphrases.get(_file_key(path))


def _candidates(path: Path) -> list[str]:
    """The passphrase given for `path` first, then the others given in this process (a backup has
    the passphrase of its database), without repeats."""
    with _lock:
        own = _passphrases.get(_file_key(path))
        others = [value for value in [*_passphrases.values(), *_retired] if value != own]
    return ([own] if own is not None else []) + list(dict.fromkeys(others))


def _raw_key(passphrase: str, salt: bytes) -> str:
    with _lock:
        key = _keys.get((passphrase, salt))
    if key is None:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES).hex()
        with _lock:
            _keys[(passphrase, salt)] = key
    return key


def _salt(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def raw_key_for(path: Path, passphrase: str) -> str:
    """What to give SQLCipher as the key of `path`: the raw key (``x'...'``) when the file has its
    salt, else the passphrase itself (a new file, whose salt SQLCipher makes)."""
    salt = _salt(path)
    if salt is None or salt == SQLITE_HEADER:
        return normalised(passphrase)
    return f"x'{_raw_key(passphrase, salt)}'"


def key_statement(path: Path, passphrase: str) -> str:
    return "PRAGMA key = '{}'".format(raw_key_for(path, passphrase).replace("'", "''"))


def prepare(connection, path: Path, passphrase: str) -> None:
    """Key a fresh sqlcipher3 connection to `path` (the first statements it runs)."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_statement(path, passphrase))


# -- connecting -------------------------------------------------------------------------------------------


def _opens(connection) -> bool:
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _driver().DatabaseError as error:
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_NOTADB:
            return False
        raise
    return True


def _open_keyed(path: Path, target: str, *, uri: bool, timeout: float):
    """(connection, passphrase): the first passphrase given in this process that opens the encrypted
    file `path`, and the connection it opened; raises `PassphraseError` when none was given or none opens it."""
    candidates = _candidates(path)
    if not candidates:
        raise passphrase_needed(path)
    driver = _driver()
    for candidate in candidates:
        for passphrase in _forms(candidate):
            connection = _keyed(driver.connect(target, uri=uri, timeout=timeout), path, passphrase)
            try:
                opens = _opens(connection)
            except BaseException:
                connection.close()
                raise
            if opens:
                if known_passphrase(path) in (None, candidate):
                    remember(path, passphrase)  # the form that opens it, for the connections to come
                return connection, passphrase
            connection.close()
    raise passphrase_wrong(path)


def passphrase_for(path: Path) -> str:
    """The passphrase given in this process that opens the encrypted file `path`; raises
    `PassphraseError` when none was given or none opens it."""
    connection, passphrase = _open_keyed(Path(path), str(path), uri=False, timeout=5.0)
    connection.close()
    return passphrase


def connect(target: str, *, path: Path, uri: bool = False, timeout: float = 5.0, encrypted: bool | None = None):
    """A DB-API connection to `path` (`target` is the path or an SQLite URI of it): ``sqlite3`` for a
    plain file, ``sqlcipher3`` keyed and checked for an encrypted one (`PassphraseError` otherwise)."""
    path = Path(path)
    if encrypted is None:
        encrypted = looks_encrypted(path)
    if not encrypted:
        return sqlite3.connect(target, uri=uri, timeout=timeout)
    return _open_keyed(path, target, uri=uri, timeout=timeout)[0]


def connect_new(path: Path, passphrase: str | None):
    """A connection that creates `path`: encrypted with `passphrase`, or plain when it is None."""
    if passphrase is None:
        return sqlite3.connect(path)
    return _keyed(_driver().connect(str(path)), path, passphrase)


def _keyed(connection, path: Path, passphrase: str):
    try:
        prepare(connection, path, passphrase)
    except BaseException:
        connection.close()
        raise
    return connection
