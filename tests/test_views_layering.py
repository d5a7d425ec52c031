"""The views read and write through services, and each feature keeps to its own folder.

No module under desktop/views/ imports peewee, playhouse or the models (desktop.storage.models), not
even inside a function or for type checking; a feature package imports only itself and the kit, and
only the window imports the features.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.devtools import imports

VIEWS = Path(__file__).resolve().parents[1] / "desktop" / "views"
FORBIDDEN = ("peewee", "playhouse", "desktop.storage.models")
SHARED = ("kit",)  # what every feature may import
ABOVE = ("window",)  # what may import the features


def named_modules(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, name) of every module an import in `source` names, relative imports resolved;
    ``from a import b`` names both ``a`` and ``a.b`` (``b`` may be a module)."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def forbidden_imports(source: str, module: str, is_package: bool = False) -> list[str]:
    return [
        f"line {line}: {name}"
        for line, name in named_modules(source, module, is_package)
        if any(name == forbidden or name.startswith(forbidden + ".") for forbidden in FORBIDDEN)
    ]


def view_modules() -> list[Path]:
    return sorted(path for path in VIEWS.rglob("*.py") if "__pycache__" not in path.parts)


def test_no_view_imports_peewee_playhouse_or_the_models():
    offenders = {
        str(path.relative_to(VIEWS)): found
        for path in view_modules()
        if (
            found := forbidden_imports(
                path.read_text(encoding="utf-8"), imports.module_name(path), path.name == "__init__.py"
            )
        )
    }
    assert offenders == {}, "views read and write through desktop.services, never through peewee or the models"


@pytest.mark.parametrize(
    "source",
    [
        "import peewee",
        "from peewee import IntegrityError",
        "from playhouse.sqlite_ext import JSONField",
        "from desktop.storage import models as m",
        "from desktop.storage.models import db",
        "import desktop.storage.models",
        "def later():\n    from ...storage.models import Learner",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop.storage.models import Learner",
    ],
)
def test_the_check_finds_each_way_of_importing_them(source):
    assert forbidden_imports(source, "desktop.views.learners.tab") != []


def test_the_check_lets_services_and_other_storage_modules_through():
    source = "\n".join(
        [
            "from desktop.services import records",
            "from desktop.storage import backup, choices",
            "import desktop.storage.lock",
        ]
    )
    assert forbidden_imports(source, "desktop.views.database.backups") == []


def test_a_feature_imports_only_itself_and_the_kit_and_only_the_window_imports_features():
    crossing = []
    for importer, imported in imports.picture(VIEWS).arrows:
        source, target = importer.split(".")[2:3], imported.split(".")[2:3]
        if not source or not target or source == target or target[0] in SHARED or source[0] in ABOVE:
            continue
        crossing.append(f"{importer} -> {imported}")
    assert crossing == []
