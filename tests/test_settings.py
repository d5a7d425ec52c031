"""Preferences: each declared once in desktop/settings.py with its type and default, read and written only so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

import desktop
from desktop import settings
from desktop.settings import DECLARED, DIALOG_GEOMETRY, LANGUAGE, REFERENCE_TAB, Setting, Settings

PACKAGE = Path(desktop.__file__).parent
SETTINGS_MODULE = PACKAGE / "settings.py"
# The first part of every declared key ("dialogs", "tabs", …): a string starting so spells a key.
KEY_ROOTS = tuple(sorted({setting.key.split("/")[0] + "/" for setting in DECLARED}))


def modules() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != SETTINGS_MODULE and "forms" not in path.relative_to(PACKAGE).parts[:1]
    ]


def uses_settings(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "desktop.settings" for node in ast.walk(tree))


def offences(tree: ast.Module) -> list[str]:
    """Where a module spells a settings key, declares a setting or opens the settings file itself."""
    found = []
    reaches_settings = uses_settings(tree)  # elsewhere "forms/" is a folder in a person's data export
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if any(alias.name == "QSettings" for alias in node.names):
                found.append(f"{node.lineno}: uses QSettings instead of desktop.settings")
        elif not reaches_settings:
            continue
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(KEY_ROOTS):
            found.append(f"{node.lineno}: spells the key {node.value!r}")
        elif isinstance(node, ast.JoinedStr) and node.values:
            first = node.values[0]
            if isinstance(first, ast.Constant) and str(first.value).startswith(KEY_ROOTS):
                found.append(f"{node.lineno}: makes a key from {first.value!r}")
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Setting":
            found.append(f"{node.lineno}: declares a setting outside desktop/settings.py")
    return found


def test_every_key_is_declared_once():
    keys = [setting.key for setting in DECLARED]
    assert len(keys) == len(set(keys)) and len(keys) >= 20
    assert all(setting.type in (str, int, bool, Path, QByteArray) for setting in DECLARED)
    assert LANGUAGE in DECLARED and DIALOG_GEOMETRY in DECLARED


def test_no_module_spells_a_settings_key_or_opens_the_file_itself():
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}" for path, tree in modules() for line in offences(tree)]
    assert found == []


def test_a_module_that_spells_its_own_key_is_caught():
    source = """
from desktop.settings import Setting, Settings
Settings().set(Setting("dialogs/new/thing", int), 1)
Settings().value(f"tabs/{name}/header")
"""
    assert sorted(offences(ast.parse(source))) == [
        "3: declares a setting outside desktop/settings.py",
        "3: spells the key 'dialogs/new/thing'",
        "4: makes a key from 'tabs/'",
        "4: spells the key 'tabs/'",
    ]


def test_only_declared_settings_are_read_or_written():
    with pytest.raises(TypeError):
        Settings().get("ui/language")
    with pytest.raises(TypeError):
        Settings().set("dialogs/new/thing", 1)
    with pytest.raises(ValueError):
        Settings().get(DIALOG_GEOMETRY)  # a family: one of its keys is chosen with .of(...)


def test_values_come_back_with_their_type_and_odd_ones_as_the_default():
    saved = Settings()
    assert saved.get(REFERENCE_TAB) is None and saved.get(settings.REFERENCE_PAGE_INACTIVE.of(kind="schools")) is None
    saved.set(REFERENCE_TAB, 2)
    saved.set(settings.REFERENCE_PAGE_INACTIVE.of(kind="schools"), True)
    saved.set(settings.IMPORT_FOLDER, Path("C:/Gegevens"))
    geometry = DIALOG_GEOMETRY.of(dialog="learner")
    saved.set(geometry, QByteArray(b"\x01\x02"))
    again = Settings()  # as read from the file
    assert again.get(REFERENCE_TAB) == 2
    assert again.get(settings.REFERENCE_PAGE_INACTIVE.of(kind="schools")) is True
    assert again.get(settings.IMPORT_FOLDER) == Path("C:/Gegevens")
    assert again.get(geometry) == QByteArray(b"\x01\x02")
    again.set(Setting("dialogs/reference/tab", str), "twee")  # as an older version or a hand might leave it
    assert Settings().get(REFERENCE_TAB) is None
