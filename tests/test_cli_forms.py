"""`leerwerk form ID --out FILE.pdf` and `leerwerk forms --out DIR`: the files, the errors, and no Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.demo import generate_demo
from desktop.services import form_lists
from desktop.storage.database import close_database, open_database
from tests.helpers import file_digest, run, run_process


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("forms") / "demo.sqlite3"
    generate_demo(path, learners=12, seed=3)
    return path


def _first(demo, kind):
    open_database(demo)
    try:
        row = next(r for r in sorted(form_lists.form_rows(), key=lambda r: r.number) if r.kind == kind)
        return row.number, row.name
    finally:
        close_database()


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_one_form_by_number(capsys, demo, tmp_path):
    number, name = _first(demo, "assessment")
    out_file = tmp_path / "form.pdf"
    code, out, err = run(capsys, "form", number.lower(), "--out", str(out_file), "--db", str(demo))
    assert code == 0 and err == "" and number in out
    text = _text(out_file)
    assert number in text and name in text and "Beoordelingsformulier" in text


def test_all_forms_one_file_each_and_by_kind(capsys, demo, tmp_path):
    code, out, _err = run(capsys, "forms", "--out", str(tmp_path / "alle"), "--db", str(demo), "--kind", "assignment")
    assert code == 0
    files = sorted((tmp_path / "alle").glob("*.pdf"))
    open_database(demo)
    try:
        expected = [r for r in form_lists.form_rows() if r.kind == "assignment"]
    finally:
        close_database()
    assert len(files) == len(expected) > 0
    assert all(path.name.startswith("PO-") for path in files)
    assert f"{len(files)} formulieren opgeslagen" in out


def test_mistakes_are_told_and_change_nothing(capsys, demo, tmp_path):
    digest = file_digest(demo)
    cases = [
        (("form", "BF-1999-99999", "--out", str(tmp_path / "x.pdf")), "BF-1999-99999"),
        (("form", "1", "--out", str(tmp_path / "x.txt")), ".pdf"),
        (("form", "1", "--out", str(tmp_path / "nowhere" / "x.pdf")), "bestaat niet"),
        (("forms", "--out", str(tmp_path / "x.pdf"), "--kind", "poster"), "poster"),
    ]
    (tmp_path / "x.pdf").write_bytes(b"not a folder")
    cases.append((("forms", "--out", str(tmp_path / "x.pdf")), "geen map"))
    (tmp_path / "folder.pdf").mkdir()  # a folder named like the file: said so before any reading
    cases.append((("coaching-agreement", "1", "--out", str(tmp_path / "folder.pdf")), "is een map"))
    for argv, said in cases:
        code, out, err = run(capsys, *argv, "--db", str(demo))
        assert code != 0 and said in err, (argv, err)
    code, _out, err = run(capsys, "form", "1", "--out", str(tmp_path / "y.pdf"), "--db", str(tmp_path / "none.db"))
    assert code != 0 and "bestaat niet" in err
    assert file_digest(demo) == digest
    assert not (tmp_path / "y.pdf").exists()


def test_rendering_imports_no_qt(demo, tmp_path):
    """Reading a form and rendering it loads no Qt (the window's paths and settings do, not this)."""
    number, _name = _first(demo, "assignment")
    script = (
        "import sys; from desktop.storage.database import open_database; "
        "from desktop.services import form_numbers, form_printouts; "
        f"open_database(r'{demo}'); data = form_printouts.form_pdf(*form_numbers.find_form('{number}')); "
        "print(data[:5].decode(), sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8")
    assert result.stdout.strip() == "%PDF- []", result.stdout + result.stderr


def test_the_command_runs_as_a_program(demo, tmp_path):
    number, _name = _first(demo, "assignment")
    result = run_process(
        "form", number, "--out", str(tmp_path / "p.pdf"), "--db", str(demo), env={"LEERWERK_LANG": "en"}
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_a_folder_named_as_the_file_is_told_with_exit_2(capsys, demo, tmp_path):
    number, _name = _first(demo, "assignment")
    (tmp_path / "taken.pdf").mkdir()
    code, _out, err = run(capsys, "form", number, "--out", str(tmp_path / "taken.pdf"), "--db", str(demo))
    assert code == 2 and "taken.pdf is een map" in err
