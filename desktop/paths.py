"""Where LeerWerk keeps its files.

Locations come from `QStandardPaths` (``%LOCALAPPDATA%\\LeerWerk`` on Windows). ``LEERWERK_HOME``
moves everything (data, settings, logs, backups) under one folder: tests and portable installs use
it. ``LEERWERK_DB`` and ``--db`` choose the database file.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

from desktop import APP_NAME

NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')  # what Windows refuses in a file name

DB_FILENAME = "leerwerk.sqlite3"


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``locales/``: the PyInstaller folder when frozen, the
    source tree when run from it (or installed editable), else ``<prefix>/share/leerwerk``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    source_tree = Path(__file__).resolve().parent.parent
    if (source_tree / "locales").is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / "leerwerk"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def locales_dir() -> Path:
    return bundle_root() / "locales"


def _standard_location() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


def data_dir() -> Path:
    home = os.environ.get("LEERWERK_HOME")
    return Path(home) if home else _standard_location()


def _subdir(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    return _subdir("logs")


def backup_dir() -> Path:
    return _subdir("backups")


def drafts_dir(*, create: bool = True) -> Path:
    """E-mail drafts LeerWerk made for the coordinator's mail program to open (forms to the school); with
    `create` False the folder is only named, for clearing it without making an empty one."""
    return _subdir("drafts") if create else data_dir() / "drafts"


def database_key(db_path: Path) -> str:
    """A short stable key of the database's absolute path (case-insensitive where Windows is): it names
    the database's backup folder and its mark as encrypted, so neither holds a folder or person's name."""
    absolute = os.path.normcase(os.path.abspath(Path(db_path).expanduser()))
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def settings_file() -> Path:
    return data_dir() / "settings.ini"


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike | None = None, remembered: Path | str | None = None) -> Path | str:
    """``--db`` wins over ``LEERWERK_DB``, then over the database opened last (if it still exists),
    then the per-user default. A server's address (``postgresql://…``) is returned as it was given."""
    from desktop.storage.server import is_server_address

    for given in (explicit, os.environ.get("LEERWERK_DB")):
        if is_server_address(given):
            return given
        if given:
            return Path(given).expanduser()
    if is_server_address(remembered):
        return remembered
    if remembered is not None and remembered.is_file():
        return remembered
    return default_db_path()
