"""What interrupted work left undone at a database, in sentences that name the command that finishes it.

Leftover files are finished or undone when LeerWerk opens the database (`leftovers`); what stays is what
needs a person: backups whose encryption is not like the database's (a change killed or cancelled halfway,
or a backup made plain by hand), which only a passphrase can bring in line, and leftovers in a folder that
could not be written. `leerwerk check` prints these sentences, and the window shows them when it opens
the database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import ngettext
from desktop.shell import command_line
from desktop.storage import cipher, leftovers
from desktop.storage.backup import list_backups


@dataclass
class UnlikeBackups:
    plain: list[Path] = field(default_factory=list)  # plain beside an encrypted database
    other_passphrase: list[Path] = field(default_factory=list)  # encrypted, not opened by the database's passphrase
    still_encrypted: list[Path] = field(default_factory=list)  # encrypted beside a plain database

    def __bool__(self) -> bool:
        return bool(self.plain or self.other_passphrase or self.still_encrypted)


def unlike_backups(db_path: Path, *, compare_passphrases: bool = True) -> UnlikeBackups:
    """The backups of `db_path` whose encryption differs from the database's. Whether an encrypted backup
    has the database's passphrase is asked (a key derivation per backup) with `compare_passphrases`, and
    only when that passphrase was given in this process."""
    db_path = Path(db_path)
    found = UnlikeBackups()
    if not db_path.is_file():
        return found
    encrypted = cipher.looks_encrypted(db_path)
    passphrase = cipher.known_passphrase(db_path) if encrypted and compare_passphrases else None
    for backup in list_backups(db_path):
        if not cipher.looks_encrypted(backup.path):
            if encrypted:
                found.plain.append(backup.path)
        elif not encrypted:
            found.still_encrypted.append(backup.path)
        elif passphrase is not None and not _opens_with(backup.path, passphrase):
            found.other_passphrase.append(backup.path)
    return found


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        connection = cipher._driver().connect(str(path))
        try:
            cipher.prepare(connection, path, passphrase)
            return cipher._opens(connection)
        finally:
            connection.close()
    except cipher.errors():
        return False


def _command(name: str, db_path: Path) -> str:
    return command_line("leerwerk", name, "--db", os.path.abspath(db_path))


def describe(db_path: Path) -> list[tuple[str, list[Path]]]:
    """One sentence per kind of unfinished work at `db_path`, with the files it is about."""
    db_path = Path(db_path)
    lines: list[tuple[str, list[Path]]] = []
    unlike = unlike_backups(db_path)
    if unlike.plain:
        count = len(unlike.plain)
        text = ngettext(
            "{count} backup is not encrypted, the database is; {command} encrypts it with the database's "
            "passphrase, or delete it:",
            "{count} backups are not encrypted, the database is; {command} encrypts them with the database's "
            "passphrase, or delete them:",
            count,
        )
        lines.append((text.format(count=count, command=_command("encrypt", db_path)), unlike.plain))
    if unlike.other_passphrase:
        count = len(unlike.other_passphrase)
        text = ngettext(
            "{count} backup does not open with the database's passphrase: it still has the previous one (or it is "
            "damaged); {command} gives it the database's passphrase and asks for the previous one:",
            "{count} backups do not open with the database's passphrase: they still have the previous one (or are "
            "damaged); {command} gives them the database's passphrase and asks for the previous one:",
            count,
        )
        lines.append((text.format(count=count, command=_command("encrypt", db_path)), unlike.other_passphrase))
    if unlike.still_encrypted:
        count = len(unlike.still_encrypted)
        text = ngettext(
            "{count} backup is still encrypted, the database no longer is; {command} removes its encryption "
            "(with its passphrase), or delete it:",
            "{count} backups are still encrypted, the database no longer is; {command} removes their encryption "
            "(with their passphrase), or delete them:",
            count,
        )
        lines.append((text.format(count=count, command=_command("decrypt", db_path)), unlike.still_encrypted))
    left = leftovers.pending(db_path)
    if left:
        text = ngettext(
            "{count} file left by an interrupted restore or encryption change could not be removed here; "
            "{command} finishes the work where the folder can be written:",
            "{count} files left by an interrupted restore or encryption change could not be removed here; "
            "{command} finishes the work where the folders can be written:",
            len(left),
        )
        lines.append((text.format(count=len(left), command=_command("check", db_path)), left))
    return lines
