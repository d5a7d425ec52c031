"""The command line: exit codes, one clear line in the user's language, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from desktop import __version__
from desktop.storage.migrations import LATEST_VERSION
from tests.factories import make_database
from tests.helpers import ROOT, file_digest, run, run_process


def test_version(capsys):
    code, out, _err = run(capsys, "--version")
    assert code == 0 and out.strip() == f"LeerWerk {__version__}"


def test_check_healthy(capsys, db_path):
    make_database(db_path)
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert code == 0
    assert f"schemaversie {LATEST_VERSION}" in out and "gezond" in out


def test_check_uses_leerwerk_db_variable(capsys, db_path, monkeypatch):
    make_database(db_path)
    monkeypatch.setenv("LEERWERK_DB", str(db_path))
    code, out, _err = run(capsys, "check")
    assert code == 0 and str(db_path) in out


def test_check_reports_problems_with_exit_1(capsys, db_path):
    make_database(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO team (created_at, updated_at, location_id, name, active) VALUES ('x', 'x', 777, 'Wees', 1)"
    )
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "1 probleem" in err
    assert "team" in out


@pytest.mark.parametrize(
    "content",
    [b"", b"naam;geboortedatum\nZo\xeb;1-1-2000\n", b"SQLite format 3\x00" + b"\x00" * 30],
    ids=["empty", "csv", "cut-off"],
)
def test_check_unusable_file_exit_2_one_line(capsys, tmp_path, content):
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(content)
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "kapot.sqlite3" in err
    assert path.read_bytes() == content


def test_check_too_new_database(capsys, db_path):
    make_database(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE schema_version SET version = 999")
    connection.commit()
    connection.close()
    digest = file_digest(db_path)
    code, _out, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and "nieuwere LeerWerk" in err
    assert file_digest(db_path) == digest


def test_check_missing_file_and_folder(capsys, tmp_path):
    code, _out, err = run(capsys, "check", "--db", str(tmp_path / "nergens.sqlite3"))
    assert code == 2 and "bestaat niet" in err
    assert not (tmp_path / "nergens.sqlite3").exists()
    code, _out, err = run(capsys, "check", "--db", str(tmp_path))
    assert code == 2 and "map" in err


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["demo"], "verplicht"),
        (["demo", "x.sqlite3", "--learners", "veel"], "geen geheel getal"),
        (["demo", "x.sqlite3", "--learners", "-3"], "buiten"),
        (["demo", "x.sqlite3", "--learners", "100001"], "buiten"),
        (["demo", "x.sqlite3", "--seed", "1.5"], "geen geheel getal"),
        (["demo", ""], "pad is leeg"),
        (["opruimen"], "ongeldige keuze"),
        (["--onbekend"], "onbekende argumenten"),
        (["--db"], "verwacht één argument"),
        (["--demo", "--db", "x.sqlite3"], "niet toegestaan"),
        (["--smoke", "check"], "zonder opdracht"),
        (["check", "--db"], "verwacht één argument"),
        (["--db", "x.sqlite3", "demo", "y.sqlite3"], "--db hoort er niet bij"),
    ],
)
def test_usage_errors_exit_2_in_dutch(capsys, tmp_path, monkeypatch, argv, fragment):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1 and "--help" in err
    assert not (tmp_path / "x.sqlite3").exists()


def test_usage_errors_in_english(capsys, monkeypatch):
    monkeypatch.setenv("LEERWERK_LANG", "en")
    code, _out, err = run(capsys, "demo")
    assert code == 2 and "the following arguments are required" in err


def test_demo_refuses_to_overwrite(capsys, tmp_path):
    target = tmp_path / "bestaat.sqlite3"
    target.write_bytes(b"waardevol")
    code, _out, err = run(capsys, "demo", str(target), "--learners", "5")
    assert code == 1 and "overschrijft" in err
    assert target.read_bytes() == b"waardevol"


def test_demo_into_missing_folder(capsys, tmp_path):
    code, _out, err = run(capsys, "demo", str(tmp_path / "nergens" / "demo.sqlite3"))
    assert code == 1 and "bestaat niet" in err


def test_demo_makes_a_healthy_database(capsys, tmp_path):
    target = tmp_path / "demo.sqlite3"
    code, out, _err = run(capsys, "demo", str(target), "--learners", "12", "--seed", "7")
    assert code == 0 and "12" in out
    code, out, _err = run(capsys, "check", "--db", str(target))
    assert code == 0


def test_smoke_opens_paints_and_exits(tmp_path):
    target = tmp_path / "nieuw.sqlite3"
    result = run_process("--db", str(target), "--smoke", env={"LEERWERK_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert "Traceback" not in result.stderr


def test_smoke_on_unusable_file_exit_2(tmp_path):
    target = tmp_path / "kapot.sqlite3"
    target.write_bytes(b"kapot")
    result = run_process("--db", str(target), "--smoke", env={"LEERWERK_HOME": str(tmp_path / "home")})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].endswith("geen SQLite-bestand.")
    assert "Traceback" not in result.stderr


def test_startup_path_does_not_import_reportlab(tmp_path):
    target = make_database(tmp_path / "db.sqlite3")
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from desktop.cli import main\n"
        f"assert main(['--db', {str(target)!r}, '--smoke']) == 0\n"
        "print('reportlab' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LEERWERK_HOME": str(tmp_path / "home")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_gui_without_a_display_says_so(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can run without a display")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LEERWERK_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "scherm" in result.stderr


def test_window_reopens_the_database_used_last(qtbot, tmp_path, monkeypatch):
    from desktop import app, cli
    from desktop.settings import Settings

    chosen = tmp_path / "gekozen.sqlite3"
    window = app.open_main_window(chosen, remember=True)
    qtbot.addWidget(window)
    assert Settings().last_database() == chosen.absolute()
    opened = []
    monkeypatch.setattr("desktop.app.run_gui", lambda path, **options: opened.append(path) or 0)
    assert cli.main([]) == 0
    assert opened == [chosen.absolute()]
    monkeypatch.setenv("LEERWERK_DB", str(tmp_path / "omgeving.sqlite3"))
    assert cli.main([]) == 0
    assert opened[-1] == tmp_path / "omgeving.sqlite3"


def test_smoke_and_demo_leave_no_trace_in_the_settings(qtbot, tmp_path):
    from desktop import cli
    from desktop.settings import Settings

    chosen = tmp_path / "echt.sqlite3"
    Settings().set_last_database(chosen)
    assert cli.main(["--db", str(tmp_path / "ander.sqlite3"), "--smoke"]) == 0
    assert cli.main(["--demo", "--smoke"]) == 0
    assert Settings().last_database() == chosen
    assert Settings().window_state("main") == (None, None)


def test_unusable_settings_folder_is_one_clear_line(tmp_path, capsys, monkeypatch):
    not_a_folder = tmp_path / "home.txt"
    not_a_folder.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("LEERWERK_HOME", str(not_a_folder))
    code, out, _err = run(capsys, "--version")
    assert code == 0 and "LeerWerk" in out
    code, _out, err = run(capsys, "check", "--db", str(tmp_path / "x.sqlite3"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "home.txt" in err


def test_output_survives_a_legacy_code_page(tmp_path):
    """Windows sends redirected output in cp1252; a path with "Ł" must not break a finished command."""
    folder = tmp_path / "Łukasz Yılmaz"
    folder.mkdir()
    target = folder / "demo.sqlite3"
    env = {"LEERWERK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "cp1252"}
    result = run_process("demo", str(target), "--learners", "3", env=env)
    assert result.returncode == 0, result.stderr
    assert run_process("check", "--db", str(target), env=env).returncode == 0


def _all_parsers(parser):
    yield parser
    for action in parser._actions:
        for sub in getattr(action, "choices", None) or {}:
            if isinstance(action.choices, dict):
                yield from _all_parsers(action.choices[sub])


def test_every_help_page_is_dutch_in_a_dutch_run():
    """No English argparse sentence (usage, options, -h, --version, …) is left in any command's help."""
    import argparse
    import inspect
    import re

    from desktop import i18n
    from desktop.cli import build_parser

    english = {
        text.strip(": ")
        for text in re.findall(r"""_\(\s*["']([^"'%]{6,})["']\s*\)""", inspect.getsource(argparse))
        if " " in text or text.endswith(":")
    } | {"show program's version number and exit", "usage:"}
    assert "show this help message and exit" in english
    i18n.set_language("nl")
    pages = [p.format_help() for p in _all_parsers(build_parser())]
    assert len(pages) > 15
    for page in pages:
        left = [text for text in english if text in page]
        assert not left, (left, page[:200])
    assert all(page.startswith("gebruik: ") for page in pages)
    assert "het versienummer tonen en stoppen" in pages[0]
