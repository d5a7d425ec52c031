"""Per-user preferences (language, window layout, last database, last folders) in an INI file beside the data.

Every preference is declared here once, as a `Setting` with its key, the type its value is read as and
its value before anything was saved; the rest of the program reads and writes them only through these
declarations (`Settings().get(LANGUAGE)`), so a key is never spelled twice and an odd value in the file
(edited by hand, left by an older version) reads as the default. A key with {fields} is a family: one
key per dialog, tab part or kind of record, chosen with `.of(...)`. A test fails when a module spells a
key of its own.

Uses `QSettings` from QtCore only, so the command line can read the language without widgets.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import settings_file


@dataclass(frozen=True)
class Setting:
    key: str  # "dialogs/{dialog}/geometry": {fields} make a family, see `of`
    type: type  # str, int, bool, Path or QByteArray (a saved window, header or splitter state)
    default: Any = None

    def of(self, **fields: str) -> Setting:
        """The one key of a family: ``DIALOG_GEOMETRY.of(dialog="learner")``."""
        return dataclasses.replace(self, key=self.key.format(**fields))

    def read(self, raw: object) -> Any:
        """`raw` as QSettings gives it (an INI file holds text), as this setting's type; the default when odd."""
        if raw is None or raw == "":
            return self.default
        if self.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else self.default
        if self.type is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        if self.type is int:
            return int(raw) if str(raw).isdigit() else self.default
        return self.type(str(raw))

    def written(self, value: Any) -> Any:
        return str(value) if self.type is Path else value


# -- the program -------------------------------------------------------------------------------------------
LANGUAGE = Setting("ui/language", str)
# A file's path, or a server's address without its password (`last_database`).
LAST_DATABASE = Setting("database/last", str)
LAST_SERVER = Setting("database/server", str)  # offered by File > Connect to server, without its password

# -- windows and dialogs: size and place, tables' columns, splitters -----------------------------------
WINDOW_GEOMETRY = Setting("windows/{window}/geometry", QByteArray)
WINDOW_STATE = Setting("windows/{window}/state", QByteArray)  # the main window's docks and toolbars
DIALOG_GEOMETRY = Setting("dialogs/{dialog}/geometry", QByteArray)  # through `RememberedDialog` only
OVERVIEW_HEADER = Setting("tabs/overview/header", QByteArray)
LEARNERS_HEADER = Setting("tabs/learners/header", QByteArray)
FORMS_HEADER = Setting("tabs/forms/header", QByteArray)
COACHING_HEADER = Setting("tabs/coaching/header", QByteArray)
COACHES_LAYOUT = Setting("tabs/coaching/coaches/{part}", QByteArray)  # header, trajectories, meetings; splitters
TRAININGS_LAYOUT = Setting("tabs/trainings/{part}", QByteArray)  # header, sessions, enrolments; splitters
LEARNER_PERIODS_HEADER = Setting("dialogs/learner/periods", QByteArray)
PERIOD_TABLE_HEADER = Setting("dialogs/period/{table}", QByteArray)  # tasks, goals, meetings
ENROL_PEOPLE_HEADER = Setting("dialogs/enrol/people", QByteArray)
AUDIT_HEADER = Setting("dialogs/audit/header", QByteArray)
REFERENCE_TAB = Setting("dialogs/reference/tab", int)
REFERENCE_PAGE_LAYOUT = Setting("dialogs/reference/{kind}/{part}", QByteArray)  # header, splitter
REFERENCE_PAGE_INACTIVE = Setting("dialogs/reference/{kind}/inactive", bool)  # the "show inactive" box

# -- the folder a file was last chosen in, offered again next time ----------------------------------------
IMPORT_FOLDER = Setting("dialogs/import/folder", Path)
EXPORT_FOLDER = Setting("dialogs/export/folder", Path)
SCAN_FOLDER = Setting("dialogs/sign_paper/scan_folder", Path)
PRINTOUT_FOLDER = Setting("trainings/last_folder", Path)  # any single printout or export, despite its key
FORMS_FOLDER = Setting("forms/last_folder", Path)  # the due BPV forms, saved together

DECLARED = tuple(value for value in list(globals().values()) if isinstance(value, Setting))


class Settings:
    def __init__(self) -> None:
        path = settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        key = _key(setting)
        return setting.read(self._qsettings.value(key))

    def set(self, setting: Setting, value: Any) -> None:
        self._qsettings.setValue(_key(setting), setting.written(value))
        self._qsettings.sync()

    # -- the few read from more than one place
    def language(self) -> str | None:
        return self.get(LANGUAGE)

    def set_language(self, code: str) -> None:
        self.set(LANGUAGE, code)

    def last_database(self) -> Path | str | None:
        """The file, or the server's address, the window opened last."""
        from desktop.storage.server import is_server_address

        last = self.get(LAST_DATABASE)
        return last if last is None or is_server_address(last) else Path(last)

    def set_last_database(self, path: Path | str) -> None:
        from desktop.storage.server import is_server_address, without_password

        if is_server_address(path):
            address = without_password(path)  # a password is never written here
            self.set(LAST_DATABASE, address)
            self.set(LAST_SERVER, address)
        else:
            self.set(LAST_DATABASE, str(path))

    def window_state(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        return self.get(WINDOW_GEOMETRY.of(window=name)), self.get(WINDOW_STATE.of(window=name))

    def set_window_state(self, name: str, geometry: QByteArray, state: QByteArray) -> None:
        self.set(WINDOW_GEOMETRY.of(window=name), geometry)
        self.set(WINDOW_STATE.of(window=name), state)


def _key(setting: Setting) -> str:
    if not isinstance(setting, Setting):
        raise TypeError(f"not a declared setting: {setting!r}")
    if "{" in setting.key:
        raise ValueError(f"{setting.key} is a family: choose one key with .of(...)")
    return setting.key
