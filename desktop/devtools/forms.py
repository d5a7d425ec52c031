"""Compile Qt Designer files into the `desktop.forms` package.

The generated classes call our gettext `_` instead of Qt's translator, so one catalogue serves code
and layouts alike; the compiler's version line is dropped so the output depends on the .ui file only.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from desktop.paths import bundle_root

TRANSLATE_RE = re.compile(r'QCoreApplication\.translate\("[^"]*", u?("(?:[^"\\]|\\.)*"), None\)')
VERSION_LINE_RE = re.compile(r"^## Created by: .*\n", re.MULTILINE)
HEADER = "# Generated from ui/{name} by `python -m desktop.devtools forms`: do not edit.\n"


def ui_dir() -> Path:
    return bundle_root() / "ui"


def forms_dir() -> Path:
    return bundle_root() / "desktop" / "forms"


def _uic_command() -> list[str]:
    scripts = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = scripts / name
        if candidate.exists():
            return [str(candidate)]
    return ["pyside6-uic"]


def compile_ui(source: Path) -> str:
    result = subprocess.run(
        [*_uic_command(), str(source)], check=True, capture_output=True, text=True, encoding="utf-8"
    )
    code = VERSION_LINE_RE.sub("", result.stdout)
    code = TRANSLATE_RE.sub(r"_(\1)", code)
    code = code.replace("\nclass Ui_", "\nfrom desktop.i18n import _\n\nclass Ui_", 1)
    return HEADER.format(name=source.name) + code


def target_for(source: Path) -> Path:
    return forms_dir() / f"ui_{source.stem}.py"


def build_all() -> list[Path]:
    written = []
    for source in sorted(ui_dir().glob("*.ui")):
        target = target_for(source)
        target.write_text(compile_ui(source), encoding="utf-8", newline="\n")
        written.append(target)
    return written
