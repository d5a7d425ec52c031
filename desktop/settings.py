"""Per-user preferences (language, window layout, last database) in an INI file beside the data.

Uses `QSettings` from QtCore only, so the command line can read the language without widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import settings_file


class Settings:
    def __init__(self) -> None:
        path = settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def language(self) -> str | None:
        value = self._qsettings.value("ui/language")
        return str(value) if value else None

    def set_language(self, code: str) -> None:
        self._qsettings.setValue("ui/language", code)
        self._qsettings.sync()

    def last_database(self) -> Path | None:
        value = self._qsettings.value("database/last")
        return Path(str(value)) if value else None

    def set_last_database(self, path: Path) -> None:
        self._qsettings.setValue("database/last", str(path))
        self._qsettings.sync()

    def window_state(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qsettings.value(f"windows/{name}/geometry")
        state = self._qsettings.value(f"windows/{name}/state")
        return geometry, state

    def set_window_state(self, name: str, geometry: QByteArray, state: QByteArray) -> None:
        self._qsettings.setValue(f"windows/{name}/geometry", geometry)
        self._qsettings.setValue(f"windows/{name}/state", state)
        self._qsettings.sync()

    def value(self, key: str, default=None):
        return self._qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()
