"""'leerwerk privacy export|erase|review': exit codes, one clear line, and refusals that change nothing."""

from __future__ import annotations

import zipfile

from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from tests.helpers import file_digest, run
from tests.privacy_data import make_people, signed_assignment


def people_db(db_path, *, signed=True):
    open_database(db_path)
    people = make_people()
    if signed:
        signed_assignment(people)
    close_database()
    return people


def test_export_writes_a_zip_and_never_overwrites(capsys, db_path, tmp_path):
    people = people_db(db_path)
    target = tmp_path / "zoë.zip"
    code, out, err = run(
        capsys, "privacy", "export", f"learner:{people['learner'].id}", "--out", str(target), "--db", str(db_path)
    )
    assert code == 0 and "zoë.zip" in out and "Ærtsvéld" not in out
    assert "person.json" in zipfile.ZipFile(target).namelist()
    before = file_digest(target)
    code, out, err = run(
        capsys, "privacy", "export", f"learner:{people['learner'].id}", "--out", str(target), "--db", str(db_path)
    )
    assert code == 2 and "bestaat al" in err and len(err.strip().splitlines()) == 1
    assert file_digest(target) == before


def test_bad_person_or_unknown_record_is_one_line(capsys, db_path, tmp_path):
    people_db(db_path)
    code, _out, err = run(capsys, "privacy", "export", "Zoë", "--out", str(tmp_path / "a.zip"), "--db", str(db_path))
    assert code == 1 and "learner:" in err
    code, _out, err = run(
        capsys, "privacy", "export", "staff:99", "--out", str(tmp_path / "a.zip"), "--db", str(db_path)
    )
    assert code == 1 and "99" in err
    code, _out, err = run(
        capsys, "privacy", "export", "learner:1", "--out", str(tmp_path / "a.txt"), "--db", str(db_path)
    )
    assert code == 2 and ".zip" in err
    assert not list(tmp_path.glob("*.zip"))


def test_erase_needs_yes_and_then_reports_what_it_kept(capsys, db_path):
    people = people_db(db_path)
    before = file_digest(db_path)
    code, _out, err = run(capsys, "privacy", "erase", f"learner:{people['learner'].id}", "--db", str(db_path))
    assert code == 2 and "--yes" in err
    assert file_digest(db_path) == before
    code, out, _err = run(capsys, "privacy", "erase", f"learner:{people['learner'].id}", "--yes", "--db", str(db_path))
    assert code == 0
    assert "PO-" in out and "2034" in out  # the signed form is kept, with until when
    open_database(db_path)
    assert m.Learner.get_by_id(people["learner"].id).email == ""


def test_review_lists_and_anonymises_with_yes(capsys, db_path):
    people_db(db_path, signed=False)
    open_database(db_path)
    m.BpvPeriod.update(start_date="2010-01-01", end_date="2011-01-01").execute()
    close_database()
    code, out, _err = run(capsys, "privacy", "review", "--db", str(db_path))
    assert code == 0 and "learner:1" in out and "Zoë" not in out
    code, _out, err = run(capsys, "privacy", "review", "--anonymise", "--db", str(db_path))
    assert code == 2 and "--yes" in err
    code, out, _err = run(capsys, "privacy", "review", "--anonymise", "--yes", "--db", str(db_path))
    assert code == 0
    open_database(db_path)
    assert m.Learner.select().count() == 0
