"""The import picture (python -m desktop.devtools.imports FOLDER) of a tiny package: modules, arrows, circles."""

from __future__ import annotations

from pathlib import Path

from desktop.devtools import imports

PACKAGE = {
    "__init__.py": "",
    "a.py": "import os\nfrom pkg import b\n",
    # A deferred import still ties the two modules: a and b form a circle.
    "b.py": "def later():\n    from . import a\n    return a\n",
    "c.py": "import pkg.a\nfrom pkg.b import later\n",
    "sub/__init__.py": '"""Nothing imported here."""\n',
    "sub/d.py": "from ..c import pkg\nfrom . import e\n",
    "sub/e.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.sub.d import x\n",
}


def tiny_package(root: Path) -> Path:
    for name, source in PACKAGE.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return root / "pkg"


def test_the_picture_of_a_tiny_package_names_its_modules_arrows_and_circles(tmp_path):
    result = imports.picture(tiny_package(tmp_path))

    assert result.modules == ["pkg", "pkg.a", "pkg.b", "pkg.c", "pkg.sub", "pkg.sub.d", "pkg.sub.e"]
    assert result.arrows == [
        ("pkg.a", "pkg.b"),
        ("pkg.b", "pkg.a"),
        ("pkg.c", "pkg.a"),
        ("pkg.c", "pkg.b"),
        ("pkg.sub.d", "pkg.c"),
        ("pkg.sub.d", "pkg.sub.e"),
        ("pkg.sub.e", "pkg.sub.d"),
    ]
    assert result.cycles == [["pkg.a", "pkg.b"], ["pkg.sub.d", "pkg.sub.e"]]


def test_the_command_prints_the_counts_and_each_circle_as_a_closed_path(tmp_path, capsys):
    assert imports.main([str(tiny_package(tmp_path))]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[:5] == [
        "modules: 7",
        "arrows: 7",
        "cycles: 2",
        "  pkg.a, pkg.b: pkg.a -> pkg.b -> pkg.a",
        "  pkg.sub.d, pkg.sub.e: pkg.sub.d -> pkg.sub.e -> pkg.sub.d",
    ]
    assert "pkg.c -> pkg.a" in lines


def test_a_package_without_circles_has_none(tmp_path):
    folder = tiny_package(tmp_path)
    (folder / "b.py").write_text("def later():\n    return None\n", encoding="utf-8")
    (folder / "sub" / "e.py").write_text("", encoding="utf-8")

    result = imports.picture(folder)
    assert result.cycles == []
    assert len(result.arrows) == 5


def test_a_folder_that_is_not_there_is_refused(tmp_path, capsys):
    assert imports.main([str(tmp_path / "missing")]) == 2
    assert "usage" in capsys.readouterr().err
