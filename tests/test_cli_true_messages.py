"""Where the command line said "Onverwachte fout", it now says what is true, in one sentence, and a
refused command leaves the database byte for byte as it was and nothing beside it.

Each case is reproduced for real: a record number beyond SQLite's integers, a name longer than the
file system allows, a path through a file, a folder that cannot be written (a read-only bind mount
when the tests run as root, whom `chmod` does not stop), and a restore command printed for a folder
whose name holds every character a shell reads, pasted into bash as a person would.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.shell import STOP_PARSING, command_line, without_stop_parsing
from desktop.storage.backup import list_backups
from tests.damage import damaged_copy
from tests.factories import make_database
from tests.helpers import ROOT, file_digest, read_only, run, run_process
from tests.test_cli_backup import make_db, organisation_name

HUGE = "99999999999999999999"  # more than SQLite's largest integer, 2**63 - 1
LONG = "a" * 300  # more than the 255 a folder or file name may have


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its digest: equal states mean nothing changed or was left behind."""
    return {str(path.relative_to(folder)): file_digest(path) for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def work(tmp_path) -> Path:
    """A folder with a database and room for what a command writes (LeerWerk's own home is elsewhere)."""
    folder = tmp_path / "werk"
    folder.mkdir()
    make_database(folder / "leerwerk.sqlite3")
    return folder


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Onverwachte fout" not in err and "Traceback" not in err, err
    return lines[0]


# -- Record numbers SQLite cannot hold ------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["privacy", "export", f"learner:{HUGE}", "--out", "{tmp}/p.zip"], f"Er is geen lerende met nummer {HUGE}."),
        (["privacy", "erase", f"staff:{HUGE}", "--yes"], f"Er is geen medewerker met nummer {HUGE}."),
        (["form", HUGE, "--out", "{tmp}/f.pdf"], f"Er is geen formulier {HUGE}; geef een nummer zoals BF-2026-00042."),
        (
            ["coaching-agreement", HUGE, "--out", "{tmp}/c.pdf"],
            f"Er is geen coachingstraject {HUGE}; geef een nummer zoals CT-00042.",
        ),
    ],
    ids=["privacy-export", "privacy-erase", "form", "coaching-agreement"],
)
def test_a_record_number_beyond_sqlite_is_no_record(capsys, work, argv, expected):
    before = folder_state(work)
    code, _out, err = run(capsys, *[arg.format(tmp=work) for arg in argv], "--db", str(work / "leerwerk.sqlite3"))
    assert code == 1 and one_sentence(err) == expected
    assert folder_state(work) == before


# -- Names the file system refuses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["form", "PO-2026-00001", "--out", "{tmp}/{long}.pdf", "--db", "{db}"],
        ["coaching-agreement", "1", "--out", "{tmp}/{long}.pdf", "--db", "{db}"],
        ["forms", "--out", "{tmp}/{long}", "--db", "{db}"],
        ["export", "learners", "{tmp}/{long}.csv", "--db", "{db}"],
        ["import", "learners", "{tmp}/{long}.csv", "--db", "{db}"],
        ["backup", "--to", "{tmp}/{long}.sqlite3", "--db", "{db}"],
        ["restore", "{tmp}/{long}.sqlite3", "--db", "{db}"],
        ["privacy", "export", "learner:1", "--out", "{tmp}/{long}.zip", "--db", "{db}"],
        ["check", "--db", "{tmp}/{long}/leerwerk.sqlite3"],
        ["demo", "{tmp}/{long}.sqlite3"],
    ],
    ids=["form", "coaching-agreement", "forms", "export", "import", "backup", "restore", "privacy", "check", "demo"],
)
def test_a_name_longer_than_the_file_system_allows_is_said_before_anything_is_done(capsys, work, argv):
    before = folder_state(work)
    code, _out, err = run(capsys, *[arg.format(tmp=work, long=LONG, db=work / "leerwerk.sqlite3") for arg in argv])
    assert code == 2
    assert f"De naam {'a' * 40}… is langer dan het bestandssysteem toestaat; kies een kortere." in one_sentence(err)
    assert folder_state(work) == before


def test_a_database_named_too_long_in_leerwerk_db_is_said(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LEERWERK_DB", str(tmp_path / f"{LONG}.sqlite3"))
    code, _out, err = run(capsys, "check")
    assert code == 2 and "is langer dan het bestandssysteem toestaat" in one_sentence(err)


def test_a_path_through_a_file_is_said_in_a_sentence(capsys, work):
    before = folder_state(work)
    through_a_file = work / "leerwerk.sqlite3" / "x.sqlite3"
    code, _out, err = run(capsys, "export", "learners", str(work / "l.csv"), "--db", str(through_a_file))
    assert code == 2 and "een deel van het pad is een bestand, geen map" in one_sentence(err)
    assert folder_state(work) == before


# -- A folder that cannot be written ------------------------------------------------------------------------


@pytest.fixture
def demo_folder(tmp_path):
    from desktop.demo import generate_demo

    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    db_path = folder / "leerwerk.sqlite3"
    generate_demo(db_path, learners=4, seed=1)
    connection = sqlite3.connect(db_path)
    number = connection.execute("SELECT number FROM practice_assignment ORDER BY id LIMIT 1").fetchone()[0]
    connection.close()
    out = tmp_path / "uit"
    out.mkdir()
    (out / "leerlingen.csv").write_text("voornaam;achternaam;soort\nMila;Jansen;bbl\n", encoding="utf-8")
    return db_path, number, out


READING = [
    (["check", "--db", "{db}"], "gezond"),
    (["export", "learners", "{out}/l.csv", "--db", "{db}"], "geëxporteerd"),
    (["form", "{form}", "--out", "{out}/f.pdf", "--db", "{db}"], "opgeslagen"),
    (["forms", "--out", "{out}/formulieren", "--db", "{db}"], "opgeslagen"),
    (["coaching-agreement", "1", "--out", "{out}/c.pdf", "--db", "{db}"], "opgeslagen"),
    (["backup", "--to", "{out}/kopie.sqlite3", "--db", "{db}"], "geschreven"),
    (["import", "learners", "{out}/leerlingen.csv", "--dry-run", "--db", "{db}"], "Proefimport"),
]


@pytest.mark.parametrize("argv, expected", READING, ids=[argv[0] for argv, _expected in READING])
def test_a_command_that_only_reads_goes_on_read_only_in_a_read_only_folder(tmp_path, demo_folder, argv, expected):
    db_path, form, out = demo_folder
    before = folder_state(db_path.parent)
    with read_only(db_path.parent):
        result = run_process(*[arg.format(db=db_path, form=form, out=out) for arg in argv])
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert result.stderr in ("", f"De database {db_path} kan hier niet worden geschreven; hij wordt alleen gelezen.\n")
    assert folder_state(db_path.parent) == before


def test_an_older_database_in_a_read_only_folder_is_said_to_need_its_upgrade(tmp_path, demo_folder):
    from tests.crash_support import downgrade_to_version_2

    db_path, _form, out = demo_folder
    downgrade_to_version_2(db_path)
    before = folder_state(db_path.parent)
    with read_only(db_path.parent):
        result = run_process("export", "learners", str(out / "l.csv"), "--db", str(db_path))
    assert result.returncode == 2
    assert one_sentence(result.stderr) == (
        f"De database {db_path} (schema 2) moet worden bijgewerkt voordat deze LeerWerk hem kan lezen, en dat kan "
        "niet waar hij niet mag worden beschreven; kopieer hem naar een map waarin u mag schrijven."
    )
    assert folder_state(db_path.parent) == before and not (out / "l.csv").exists()


def test_a_command_that_writes_is_refused_in_a_read_only_folder_with_a_sentence(tmp_path, demo_folder):
    db_path, _form, out = demo_folder
    before = folder_state(db_path.parent)
    with read_only(db_path.parent):
        result = run_process("import", "learners", str(out / "leerlingen.csv"), "--db", str(db_path))
    assert result.returncode == 2
    assert one_sentence(result.stderr).startswith(f"De database {db_path} is alleen-lezen: LeerWerk kan er niets in")
    assert folder_state(db_path.parent) == before


# -- The restore command, pasted -------------------------------------------------------------------------------

ODD = "Map met spaties, 'enkele' & \"dubbele\" quotes; $HOME %PATH% `date` (1) \\ ~"


@pytest.mark.skipif(os.name == "nt" or shutil.which("bash") is None, reason="the POSIX form is pasted into bash")
def test_the_printed_restore_command_runs_as_printed_in_bash(tmp_path):
    home, db_path = tmp_path / ODD / "thuis", tmp_path / ODD / "gegevens" / "leer werk's.sqlite3"
    db_path.parent.mkdir(parents=True)
    make_db(db_path)
    env = {"LEERWERK_HOME": str(home)}
    assert run_process("backup", "--db", str(db_path), env=env).returncode == 0
    (good,) = list_backups_in(home, db_path)
    damaged_copy(good, db_path, "header")
    result = run_process("check", "--db", str(db_path), env=env)
    assert result.returncode == 2
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Terugzetten")]
    command = line.split(": ", 1)[1]
    assert command == command_line("leerwerk", "restore", str(good), "--db", str(db_path), windows=False)
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    shim = bin_folder / "leerwerk"  # as the installed program would be found on PATH
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m desktop "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    environment = {
        **os.environ,
        **env,
        "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
    }
    pasted = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=environment, timeout=120)
    assert pasted.returncode == 0, pasted.stderr
    assert organisation_name(db_path) == "Zorggroep Test"


def list_backups_in(home: Path, db_path: Path) -> list[Path]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEERWERK_HOME", str(home))
        return [backup.path for backup in list_backups(db_path)]


def windows_arguments(line: str) -> list[str]:
    """How the Microsoft C runtime splits a command line into arguments (CommandLineToArgvW's rules)."""
    arguments, current, quoted, index, started = [], [], False, 0, False
    while index < len(line):
        character = line[index]
        if character == "\\":
            slashes = len(line[index:]) - len(line[index:].lstrip("\\"))
            index += slashes
            if index < len(line) and line[index] == '"':
                current.append("\\" * (slashes // 2))
                if slashes % 2:
                    current.append('"')
                    index += 1
            else:
                current.append("\\" * slashes)
            started = True
            continue
        if character == '"':
            quoted, started = not quoted, True
        elif character in " \t" and not quoted:
            if started:
                arguments.append("".join(current))
            current, started = [], False
        else:
            current.append(character)
            started = True
        index += 1
    if started:
        arguments.append("".join(current))
    return arguments


@pytest.mark.parametrize(
    "backup, expected",
    [
        (r"C:\Zorg & Welzijn\back-up (1)\lw.sqlite3", r'leerwerk restore "C:\Zorg & Welzijn\back-up (1)\lw.sqlite3"'),
        (r"C:\Jan's map; 100% zeker\lw.sqlite3", r'leerwerk restore "C:\Jan' + "'" + r's map; 100% zeker\lw.sqlite3"'),
        (r"C:\Kosten $baten\lw.sqlite3", r'leerwerk --% restore "C:\Kosten $baten\lw.sqlite3"'),
        (r"C:\a`b\lw.sqlite3", r'leerwerk --% restore "C:\a`b\lw.sqlite3"'),
        (r"\\server\share\LeerWerk\lw.sqlite3", r"leerwerk restore \\server\share\LeerWerk\lw.sqlite3"),
        ("C:\\Zoë\\map met spatie\\", 'leerwerk restore "C:\\Zoë\\map met spatie\\\\"'),
    ],
    ids=["ampersand-parentheses", "quote-semicolon-percent", "dollar", "backtick", "share", "trailing-backslash"],
)
def test_the_windows_form_quotes_for_cmd_and_powershell_alike(backup, expected):
    line = command_line("leerwerk", "restore", backup, windows=True)
    assert line == expected
    # What the program then receives: from cmd, `--%` too, which leerwerk skips; PowerShell drops it itself.
    assert without_stop_parsing(windows_arguments(line)[1:]) == ["restore", backup]


def test_leerwerk_skips_the_stop_parsing_token_a_pasted_command_brings_along(capsys, tmp_path):
    db_path = make_database(tmp_path / "leerwerk.sqlite3")
    code, out, _err = run(capsys, STOP_PARSING, "check", "--db", str(db_path))
    assert code == 0 and "gezond" in out
