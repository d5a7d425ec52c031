"""`leerwerk import learners` and `leerwerk export learners`: exit codes, one line per problem, no traces."""

from __future__ import annotations

import pytest

from desktop import i18n
from desktop.storage.database import close_database, open_database
from tests.factories import HEADER_NL, make_database, row
from tests.helpers import dump, file_digest, run, run_process


def learner_file(tmp_path, *rows, name="leerlingen.csv"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join([HEADER_NL, *rows]) + "\r\n").encode("cp1252"))
    return path


def count_learners(db_path) -> int:
    database = open_database(db_path)
    try:
        return database.execute_sql("SELECT COUNT(*) FROM learner").fetchone()[0]
    finally:
        close_database()


def test_import_prints_what_it_created(capsys, english, db_path, tmp_path):
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"), row(first="Sem", last="Visser", location=""))
    code, out, err = run(capsys, "import", "learners", str(path), "--db", str(db_path))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "Imported 2 learners and 2 BPV periods; created 1 school, 1 programme, 1 location and 1 team."
    ]
    assert count_learners(db_path) == 2


def test_problems_one_line_each_and_the_database_unchanged(capsys, english, db_path, tmp_path):
    make_database(db_path)
    digest = file_digest(db_path)
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"), row(first="", last="Leeg"), row(crebo="12"))
    code, out, err = run(capsys, "import", "learners", str(path), "--db", str(db_path))
    assert code == 1
    assert out.splitlines() == [
        'line 3, column "voornaam": Is required.',
        'line 4, column "crebo": A crebo code has exactly five digits, found 12.',
    ]
    assert err.strip() == "leerlingen.csv: 2 problems found; nothing was imported."
    assert file_digest(db_path) == digest


def test_skip_invalid_imports_the_rest(capsys, english, db_path, tmp_path):
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"), row(first="", last="Leeg"))
    code, out, err = run(capsys, "import", "learners", str(path), "--db", str(db_path), "--skip-invalid")
    assert code == 0
    assert out.splitlines()[0] == 'line 3, column "voornaam": Is required.'
    assert "1 row with problems was skipped." in out
    assert count_learners(db_path) == 1


def test_dry_run_writes_nothing(capsys, english, db_path, tmp_path):
    make_database(db_path)
    digest = file_digest(db_path)
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"))
    code, out, _err = run(capsys, "import", "learners", str(path), "--db", str(db_path), "--dry-run")
    assert code == 0 and out.splitlines() == [
        "1 new (line 2)",
        "0 changed",
        "0 unchanged",
        "New in LeerWerk: schools ROC Fictief Zuid; programmes Verzorgende-IG; locations De Linde.",
        "Dry run, nothing was written. The import would add 1 learner and 1 BPV period, and create 1 school, "
        "1 programme, 1 location and 1 team.",
    ]
    assert file_digest(db_path) == digest


def test_update_applies_changes_and_without_it_only_new_learners_are_added(capsys, english, db_path, tmp_path):
    make_database(db_path)
    first = learner_file(tmp_path, row(first="Mila", last="Jansen"), row(first="Sem", last="Visser"))
    assert run(capsys, "import", "learners", str(first), "--db", str(db_path))[0] == 0
    ids = {name: number for number, name in _learners(db_path)}
    changed = learner_file(
        tmp_path,
        row(first="Mila", last="Jansen", email="mila@voorbeeld.nl"),
        row(first="Sem", last="Visser"),
        row(first="Noor", last="Bakker"),
        name="nieuw.csv",
    )
    before = dump(db_path)
    code, out, _err = run(capsys, "import", "learners", str(changed), "--db", str(db_path), "--dry-run", "--missing")
    assert code == 0 and dump(db_path) == before
    assert out.splitlines()[:5] == [
        "1 new (line 4)",
        "1 changed",
        f"  line 2, learner {ids['Mila']}: e-mail",
        "1 unchanged",
        "0 in LeerWerk but not in the file",
    ]
    assert "Mila" not in out and "mila@" not in out  # record numbers on the command line, never names
    code, out, _err = run(capsys, "import", "learners", str(changed), "--db", str(db_path))
    assert code == 0 and out.splitlines()[-1] == "1 row changes a learner LeerWerk knows; add --update to apply it."
    assert [name for _number, name in _learners(db_path)] == ["Mila", "Sem", "Noor"]
    assert _emails(db_path) == ["", "", ""]
    code, out, _err = run(capsys, "import", "learners", str(changed), "--db", str(db_path), "--update")
    assert code == 0 and out.splitlines()[-2:] == ["Changed 1 learner and 0 BPV periods.", "2 unchanged."]
    assert _emails(db_path) == ["mila@voorbeeld.nl", "", ""]


def _learners(db_path) -> list[tuple[int, str]]:
    open_database(db_path)
    try:
        from desktop.storage import models as m

        return [(x.id, x.first_name) for x in m.Learner.select().order_by(m.Learner.id)]
    finally:
        close_database()


def _emails(db_path) -> list[str]:
    open_database(db_path)
    try:
        from desktop.storage import models as m

        return [x.email for x in m.Learner.select().order_by(m.Learner.id)]
    finally:
        close_database()


def test_a_new_database_is_not_left_behind_when_nothing_was_imported(capsys, english, tmp_path):
    target = tmp_path / "nieuw.sqlite3"
    path = learner_file(tmp_path, row(first=""))
    assert run(capsys, "import", "learners", str(path), "--db", str(target))[0] == 1
    assert run(capsys, "import", "learners", str(path), "--db", str(target), "--dry-run")[0] == 1
    assert not target.exists() and list(tmp_path.glob("nieuw*")) == []


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("leeg.csv", b"", "is empty"),
        ("kop.csv", HEADER_NL.encode(), "only a header row"),
        ("plaatje.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a CSV or Excel file"),
        ("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel file"),
        ("kapot.xlsx", b"PK\x03\x04" + b"\x00" * 50, "damaged"),
        ("lijst.pdf", b"%PDF-1.7", "not a CSV or Excel file"),
    ],
)
def test_unusable_files_exit_2_with_one_line(capsys, english, db_path, tmp_path, name, content, fragment):
    make_database(db_path)
    digest = file_digest(db_path)
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "import", "learners", str(path), "--db", str(db_path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and fragment in err and name in err
    assert file_digest(db_path) == digest


def test_missing_file_exit_2(capsys, english, db_path, tmp_path):
    code, _out, err = run(capsys, "import", "learners", str(tmp_path / "nergens.csv"), "--db", str(db_path))
    assert code == 2 and "does not exist" in err


def test_export_csv_and_xlsx_and_import_back(capsys, english, tmp_path):
    from desktop.demo import generate_demo

    source = tmp_path / "demo.sqlite3"
    generate_demo(source, learners=25, seed=4)
    for suffix in (".csv", ".xlsx"):
        exported = tmp_path / f"leerlingen{suffix}"
        code, out, _err = run(capsys, "export", "learners", str(exported), "--db", str(source))
        assert code == 0 and out.strip() == f"25 learners exported to {exported}."
        before = dump(source)
        code, out, _err = run(capsys, "import", "learners", str(exported), "--update", "--db", str(source))
        assert code == 0 and out.splitlines()[-2:] == ["Nothing to add or change.", "25 unchanged."]
        assert dump(source) == before
        target = tmp_path / f"kopie{suffix}.sqlite3"
        code, out, _err = run(capsys, "import", "learners", str(exported), "--db", str(target))
        assert code == 0 and "Imported 25 learners and 25 BPV periods" in out


def test_export_usage_errors_exit_2(capsys, english, db_path, tmp_path):
    make_database(db_path)
    code, _out, err = run(capsys, "export", "learners", str(tmp_path / "l.pdf"), "--db", str(db_path))
    assert code == 2 and "ending in .csv or .xlsx" in err
    code, _out, err = run(capsys, "export", "learners", str(tmp_path / "nergens" / "l.csv"), "--db", str(db_path))
    assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "export", "learners", str(tmp_path / "l.csv"), "--db", str(tmp_path / "geen.sqlite3"))
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "geen.sqlite3").exists()


def test_the_global_db_option_works_too(capsys, english, db_path, tmp_path):
    path = learner_file(tmp_path, row(first="Mila", last="Jansen"))
    code, _out, _err = run(capsys, "--db", str(db_path), "import", "learners", str(path))
    assert code == 0 and count_learners(db_path) == 1


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["import"], "verplicht"),
        (["import", "learners"], "verplicht"),
        (["import", "leerlingen", "x.csv"], "ongeldige keuze"),
        (["export", "learners"], "verplicht"),
        (["import", "learners", "x.csv", "--overschrijf"], "onbekende argumenten"),
    ],
)
def test_usage_errors_in_dutch(capsys, tmp_path, monkeypatch, argv, fragment):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, *argv)
    assert code == 2 and fragment in err and len(err.strip().splitlines()) == 1


def test_problem_lines_in_dutch_by_default(capsys, db_path, tmp_path):
    i18n.set_language("nl")
    if i18n._('line {line}, column "{column}": {reason}') == 'line {line}, column "{column}": {reason}':
        pytest.skip("the Dutch translations of the import are not merged into the catalogue yet")
    path = learner_file(tmp_path, row(first=""))
    code, out, _err = run(capsys, "import", "learners", str(path), "--db", str(db_path))
    assert code == 1 and out.strip() == 'regel 2, kolom "voornaam": Is verplicht.'


def test_a_real_process_on_a_legacy_code_page(tmp_path):
    folder = tmp_path / "Łukasz"
    folder.mkdir()
    path = learner_file(folder, row(first="Zoë", last="Çelik"), row(first=""))
    env = {"LEERWERK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "cp1252", "LEERWERK_LANG": "en"}
    result = run_process("import", "learners", str(path), "--db", str(folder / "db.sqlite3"), env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.strip() == 'line 3, column "voornaam": Is required.'
