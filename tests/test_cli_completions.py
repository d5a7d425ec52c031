"""`leerwerk import completions`: an unmapped course listed with the trainings to choose from, --map
remembered, exit codes as the learner import, the database unchanged on refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.services import service_for
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from tests.helpers import file_digest, run, run_process


@pytest.fixture
def trainings(db_path):
    open_database(db_path)
    try:
        service_for(m.Staff).create(first_name="Zoë", last_name="Berg", employee_number="1001")
        ids = {
            "bhv": service_for(m.Training).create(title="BHV", kind="elearning", validity_months=12).id,
            "fire": service_for(m.Training).create(title="Brandveiligheid", kind="elearning").id,
        }
    finally:
        close_database()
    return ids


def export(tmp_path, *lines):
    path = tmp_path / "voltooiingen.csv"
    path.write_text("\r\n".join(["Personeelsnummer;Cursus;Voltooid op", *lines]) + "\r\n", encoding="utf-8")
    return path


def certificates(db_path):
    open_database(db_path)
    try:
        return [(c.training_id, c.issued_on, c.expires_on) for c in m.Certificate.select()]
    finally:
        close_database()


def test_an_unmapped_course_lists_the_trainings_and_writes_nothing(capsys, english, db_path, tmp_path, trainings):
    digest = file_digest(db_path)
    path = export(tmp_path, "1001;Brand NL;01-02-2024", "1001;BHV;01-02-2024")
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path))
    assert code == 1
    lines = out.splitlines()
    assert lines[:2] == [
        'The course "Brand NL" (line 2) is no training LeerWerk knows yet.',
        "Trainings to choose from:",
    ]
    assert {f"  {trainings['bhv']:>5}  BHV", f"  {trainings['fire']:>5}  Brandveiligheid"} <= set(lines[2:])
    assert err.strip() == 'Nothing was imported. Say which training each course is, for instance --map "Brand NL=ID".'
    assert file_digest(db_path) == digest


def test_map_imports_and_is_remembered(capsys, english, db_path, tmp_path, trainings):
    path = export(tmp_path, "1001;Brand NL;01-02-2024", "1001;BHV;01-02-2024", "4242;BHV;01-02-2024")
    mapping = f"Brand NL={trainings['fire']}"
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path), "--map", mapping)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "line 4: no staff member or learner with this number, e-mail address or name in LeerWerk. Left out.",
        "2 completions imported, with their certificates.",
        "1 row left out: the person is not in LeerWerk.",
    ]
    assert sorted(certificates(db_path)) == sorted(
        [(trainings["fire"], dt.date(2024, 2, 1), None), (trainings["bhv"], dt.date(2024, 2, 1), dt.date(2025, 2, 1))]
    )
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path))
    assert code == 0
    assert out.splitlines()[1:] == [
        "0 completions imported, with their certificates.",
        "1 row left out: the person is not in LeerWerk.",
        "2 completions were already recorded and were left out.",
    ]
    twice = export(tmp_path, "1001;BHV;01-03-2024", "1001;BHV;1-3-2024")
    code, out, _err = run(capsys, "import", "completions", str(twice), "--db", str(db_path))
    assert code == 0 and out.splitlines() == [
        "line 3: the same completion as line 2; left out.",
        "1 completion imported, with its certificate.",
        "1 row left out: it repeats a completion of an earlier line.",
    ]


def test_dry_run_and_bad_input(capsys, english, db_path, tmp_path, trainings):
    digest = file_digest(db_path)
    path = export(tmp_path, "1001;BHV;01-02-2024")
    code, out, _err = run(capsys, "import", "completions", str(path), "--db", str(db_path), "--dry-run")
    assert code == 0 and out.strip() == "1 completion can be imported (dry run: nothing was written)."
    future = clock.today() + dt.timedelta(days=3)
    path = export(tmp_path, f"1001;BHV;{future:%d-%m-%Y}")
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path))
    assert code == 1 and out.strip() == 'line 2, column "Voltooid op": This date lies in the future.'
    assert err.strip() == "voltooiingen.csv: 1 problem found; nothing was imported."
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path), "--map", "BHV")
    assert code == 2 and 'write a mapping as "Course name=TRAINING_ID"' in err
    assert file_digest(db_path) == digest


def test_in_a_process_of_its_own_in_dutch(db_path, tmp_path, trainings):
    path = export(tmp_path, "1001;BHV;01-02-2024")
    done = run_process("import", "completions", str(path), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 voltooiing geïmporteerd, met het certificaat."


def test_rows_not_completed_are_listed_and_counted(capsys, english, db_path, tmp_path, trainings):
    path = tmp_path / "status.csv"
    lines = ["Personeelsnummer;Cursus;Status;Voltooid op", "1001;BHV;Voltooid;01-02-2024"]
    lines.append("1001;Brandveiligheid;Bezig;")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        'line 3: not completed (status "Bezig"). Left out.',
        "1 completion imported, with its certificate.",
        "1 row left out: not completed.",
    ]
    assert certificates(db_path) == [(trainings["bhv"], dt.date(2024, 2, 1), dt.date(2025, 2, 1))]


def test_an_open_enrolment_is_completed_and_said_so(capsys, english, db_path, tmp_path, trainings):
    from desktop.services.training_enrolments import EnrolmentService

    open_database(db_path)
    try:
        EnrolmentService().create(training=trainings["bhv"], staff=m.Staff.get().id, enrolled_on=dt.date(2024, 1, 8))
    finally:
        close_database()
    code, out, err = run(
        capsys, "import", "completions", str(export(tmp_path, "1001;BHV;01-02-2024")), "--db", str(db_path)
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "1 completion imported, with its certificate.",
        "1 of them completes an enrolment that was open; no second enrolment was added.",
    ]
    open_database(db_path)
    try:
        assert [(e.status, e.enrolled_on) for e in m.Enrolment.select()] == [("completed", dt.date(2024, 1, 8))]
    finally:
        close_database()


def test_a_totals_line_is_mentioned_and_the_rest_imported(capsys, english, db_path, tmp_path, trainings):
    path = export(tmp_path, "1001;BHV;01-02-2024", ";;", "Totaal;;", ";;1")
    code, out, err = run(capsys, "import", "completions", str(path), "--db", str(db_path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Line 4 holds totals, not a completion, and was passed over.",
        "Line 5 holds totals, not a completion, and was passed over.",
        "1 completion imported, with its certificate.",
    ]
