"""PySide6's scan of every imported module's source is skipped (`desktop.views`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_of_leerwerk_switches_on_a_pyside_feature():
    """What makes skipping the scan safe: no module selects a feature (`from __feature__ import ...`)."""
    selects = re.compile(r"^\s*(from|import) __feature__\b", re.MULTILINE)
    using = [path.name for path in (ROOT / "desktop").rglob("*.py") if selects.search(path.read_text("utf-8"))]
    assert using == []


def test_the_window_is_imported_without_pyside_reading_its_modules_sources():
    code = (
        "import linecache, sys\n"
        "from desktop.app import ensure_application\n"
        "ensure_application()\n"
        "from desktop.views.window.main import MainWindow\n"
        "read = [name for name in linecache.cache if 'desktop' in name]\n"
        "print(len(read), len([name for name in sys.modules if name.startswith('desktop.')]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    read, imported = map(int, done.stdout.split())
    assert imported > 50  # the window's modules, with the services and storage below them
    assert read == 0
