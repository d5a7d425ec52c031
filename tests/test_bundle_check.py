"""The frozen-program check (python -m desktop.devtools bundle) finds what is missing or broken.

CI runs it on the real bundle; here it runs on a stand-in folder whose two programs start this source tree, so that
the checker itself is proven able to pass and to fail.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from desktop.devtools import bundle
from desktop.paths import bundle_root

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in programs are shell scripts")


def stand_in(tmp_path: Path, program: str = 'exec "{python}" -m desktop "$@"') -> Path:
    folder = tmp_path / "LeerWerk"
    inside = folder / "_internal"
    for name in bundle.REQUIRED:
        (inside / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bundle_root() / name, inside / name)
    (inside / "PySide6" / "Qt" / "translations").mkdir(parents=True)
    (inside / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").write_bytes(b"\x3c\xb8\x64\x18")
    (inside / "PySide6" / "QtCharts.abi3.so").write_bytes(b"\x7fELF")
    for name in ("leerwerk", "LeerWerk"):
        script = folder / name
        script.write_text("#!/bin/sh\n" + program.format(python=sys.executable) + "\n", encoding="utf-8")
        script.chmod(0o755)
    return folder


def test_a_complete_bundle_has_nothing_missing_and_is_measured(tmp_path):
    folder = stand_in(tmp_path)
    assert bundle.missing(folder) == []
    assert 0.5 < bundle.size_mb(folder) < bundle.BUDGET_MB


@pytest.mark.parametrize("lost", ["locales/nl/LC_MESSAGES/leerwerk.mo", "resources/fonts/DejaVuSans.ttf"])
def test_a_bundle_without_the_dutch_catalogue_or_a_font_is_refused(tmp_path, lost):
    folder = stand_in(tmp_path)
    (folder / "_internal" / lost).unlink()
    assert bundle.missing(folder) == [lost]
    assert bundle.main([str(folder)]) == 1


def test_a_bundle_without_qts_dutch_or_an_icon_is_refused(tmp_path):
    folder = stand_in(tmp_path)
    (folder / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").unlink()
    (folder / "_internal" / "resources" / "icons" / "leerwerk.ico").unlink()
    assert bundle.missing(folder) == ["resources/icons/leerwerk.ico", "qtbase_nl.qm"]


def test_a_bundle_without_qtcharts_is_refused(tmp_path):
    folder = stand_in(tmp_path)
    (folder / "_internal" / "PySide6" / "QtCharts.abi3.so").unlink()
    assert bundle.missing(folder) == ["PySide6/QtCharts.*"]


def test_every_check_passes_on_a_working_program(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(bundle_root()))
    results = bundle.run_checks(stand_in(tmp_path), tmp_path)
    assert [what for what, passed, _detail in results if not passed] == []
    assert len(results) == 10


def test_a_program_that_fails_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(bundle_root()))
    # a program that answers everything but never makes a PDF and speaks English in a Dutch run
    folder = stand_in(tmp_path, 'case "$1" in form) exit 0;; esac; LEERWERK_LANG=en exec "{python}" -m desktop "$@"')
    failed = [what for what, passed, _detail in bundle.run_checks(folder, tmp_path) if not passed]
    assert failed == ["--help in het Nederlands", "check (nl)", "form … --out"]
