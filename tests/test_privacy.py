"""AVG: export of one person, erasure that keeps what must be kept, retention review, backup pruning."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import zipfile

import pytest

from desktop.errors import NotFoundError, ValidationError
from desktop.services import erasure, retention, service_for
from desktop.services.privacy import ANONYMISED, PersonRef, get_person, parse_person
from desktop.services.privacy_export import export_person
from desktop.services.retention_periods import all_retention_years, set_retention_years
from desktop.storage import models as m
from desktop.storage.backup_pruning import prune_backups_older_than
from desktop.storage.database import close_database
from tests.helpers import dump, file_digest, table_dump
from tests.privacy_data import (
    PNG,
    SECRETS,
    STAFF_SECRETS,
    file_bytes,
    make_people,
    signed_assignment,
    unsigned_assessment,
)


def found(secrets, data: bytes) -> list[str]:
    return [text for text in secrets if text.encode("utf-8") in data]


# -- naming a person ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["learner:42", "LEARNER:42", " learner 42 ", "learner:0042"])
def test_person_references_are_read(text):
    assert parse_person(text) == PersonRef("learner", 42)


@pytest.mark.parametrize("text", ["", "42", "lerner:4", "learner:", "learner:-1", "learner:0", "staff:x", "Zoë"])
def test_bad_person_references_are_refused(text):
    with pytest.raises(ValidationError) as caught:
        parse_person(text)
    assert "learner:" in caught.value.message


@pytest.mark.parametrize(
    "text",
    [
        "learner:٤٢",  # Arabic-Indic digits: int() reads them as 42
        "learner:４２",  # full-width digits
        "learner:4²",  # a superscript is a digit to str.isdigit() but not to int()
        "staff:७",  # Devanagari
        "learner:+42",
        "learner:1_000",
        "learner:" + "9" * 5000,  # beyond what int() will read
    ],
)
def test_record_numbers_are_ascii_digits_only(text):
    with pytest.raises(ValidationError) as caught:
        parse_person(text)
    assert "learner:" in caught.value.message


def test_a_record_number_beyond_sqlite_is_well_formed_but_no_record(database):
    """Nineteen nines is a number, just not one SQLite can store: no person has it (not "not a person")."""
    with pytest.raises(NotFoundError) as caught:
        get_person(parse_person("learner:" + "9" * 19))
    assert "9" * 19 in caught.value.message


# -- export -------------------------------------------------------------------------------------------


def test_export_of_a_learner_holds_every_row_the_signatures_and_the_form_pdfs(database, tmp_path):
    people = make_people()
    assignment = signed_assignment(people)
    unsigned_assessment(people)
    target = tmp_path / "zoë.zip"
    counts = export_person(PersonRef("learner", people["learner"].id), target)
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        document = json.loads(archive.read("person.json").decode("utf-8"))
        image = archive.read(next(n for n in names if n.startswith("signatures/") and n.endswith(".png")))
        scan = archive.read(next(n for n in names if n.endswith("-scan.pdf")))
        pdfs = [archive.read(n) for n in names if n.startswith("forms/")]
    about = document["about"]
    assert about["learner"][0]["last_name"] == "Ærtsvéld-Çelikkaya"
    assert about["learner"][0]["birth_date"] == "2004-02-29"
    assert about["bpv_period"][0]["start_date"] == "2026-09-01"
    for table in ("meeting", "learning_goal", "practice_assignment", "assessment", "signature", "phase_task"):
        assert about.get(table), table
    assert {row["number"] for row in about["practice_assignment"]} == {assignment.number}
    # The audit log's entries for this person's records come along (they hold record ids only).
    assert any(e["table_name"] == "learner" and e["record_id"] == people["learner"].id for e in about["audit_log"])
    assert image == PNG and scan.startswith(b"%PDF")
    assert len(pdfs) == 2 and all(pdf.startswith(b"%PDF") for pdf in pdfs)
    assert counts["forms"] == 2 and counts["files"] == 2
    assert "image" not in about["signature"][0]  # bytes live in files, the row names the file
    assert document["mentions"] == []
    assert not list(tmp_path.glob(".*.part"))


def test_export_of_staff_keeps_rows_that_only_mention_them_apart(database, tmp_path):
    people = make_people()
    signed_assignment(people)
    target = tmp_path / "staff.zip"
    export_person(PersonRef("staff", people["staff"].id), target)
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("person.json"))
    assert document["about"]["staff"][0]["email"] == "j.ostergard@zorgvoorbeeld.nl"
    assert document["about"]["staff_role"][0]["role"] == "practice_trainer"
    # Their own signature (a paper one with its scan) is about them; the period they guide only mentions them.
    assert [row["signer_role"] for row in document["about"]["signature"]] == ["practice_trainer"]
    mention = document["mentions"][0]
    assert mention["table"] == "bpv_period" and mention["as"] == ["practice_trainer"]
    assert set(mention["row"]) == {"id", "practice_trainer"}  # not the learner's notes or dates
    assert "learner" not in document["about"]


def test_export_never_overwrites_and_a_refusal_changes_nothing(database, db_path, tmp_path):
    people = make_people()
    target = tmp_path / "bestaand.zip"
    target.write_bytes(b"niet van LeerWerk")
    before = file_digest(target)
    ref = PersonRef("learner", people["learner"].id)
    with pytest.raises(ValidationError, match="bestaat al"):
        export_person(ref, target)
    with pytest.raises(ValidationError, match=".zip"):
        export_person(ref, tmp_path / "export.json")
    with pytest.raises(ValidationError, match="bestaat niet"):
        export_person(ref, tmp_path / "nergens" / "export.zip")
    with pytest.raises(NotFoundError):
        export_person(PersonRef("staff", 999), tmp_path / "nieuw.zip")
    assert file_digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip") == ["bestaand.zip"]


# -- erase --------------------------------------------------------------------------------------------


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_erase_of_a_learner_without_signed_forms_leaves_nothing_in_the_file(database, db_path):
    people = make_people()
    unsigned_assessment(people)
    assert found(SECRETS[:4], file_bytes(db_path))  # the test would prove nothing otherwise
    report = erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert report.person_deleted and not report.kept
    assert report.deleted["learner"] == 1 and report.deleted["meeting"] >= 1 and report.deleted["assessment"] == 1
    assert m.Learner.select().count() == 0 and m.BpvPeriod.select().count() == 0
    deletions = m.AuditEntry.select().where(m.AuditEntry.action == "delete")
    assert {(e.table_name, e.record_id) for e in deletions} >= {("learner", people["learner"].id)}
    close_database()
    assert found(SECRETS, file_bytes(db_path)) == []
    assert m.Staff is not None  # staff are untouched
    assert found(["Jesús"], file_bytes(db_path)) == ["Jesús"]


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_erase_keeps_signed_forms_inside_their_period_and_says_until_when(database, db_path):
    people = make_people()
    assignment = signed_assignment(people)
    service_for(m.Enrolment).create(training=m.Training.select().first().id, learner=people["learner"].id)
    report = erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert not report.person_deleted
    [kept] = report.kept
    assert kept.label == assignment.number and kept.until == dt.date(2034, 6, 30) and "7" in kept.reason
    learner = m.Learner.get_by_id(people["learner"].id)
    assert learner.last_name == "Ærtsvéld-Çelikkaya" and learner.student_number == "S9988776"
    assert (learner.email, learner.phone, learner.address, learner.birth_date, learner.notes) == ("", "", "", None, "")
    assert m.Enrolment.select().count() == 0 and m.Meeting.select().count() == 0
    # The form still reads exactly as signed, with its goal.
    from desktop.services import signing

    assert signing.signatures_match("assignment", assignment.id)
    assert m.AssignmentGoal.select().count() == 1
    close_database()
    data = file_bytes(db_path)
    gone = ["zoe.aertsveld@voorbeeld.nl", "06-98765432", "Kerkstraat 17b", "Oosterwoldewijk", "Heeft dyslexie"]
    assert found(gone + ["Gesprek over thuissituatie"], data) == []


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_erase_anonymises_signed_forms_past_their_period(database, db_path):
    people = make_people(start=dt.date(2012, 9, 1), end=dt.date(2013, 6, 30))
    assignment = signed_assignment(people)
    report = erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert not report.kept
    learner = m.Learner.get_by_id(people["learner"].id)
    assert (learner.first_name, learner.name_prefix, learner.last_name, learner.student_number) == (
        ANONYMISED,
        "",
        "",
        "",
    )
    signatures = list(m.Signature.select().where(m.Signature.assignment == assignment.id))
    assert {s.signer_name for s in signatures} == {ANONYMISED}
    assert all(s.image is None and s.scan is None for s in signatures)
    assert m.PracticeAssignment.get_by_id(assignment.id).title == "Inwerkopdracht"  # the record stays
    close_database()
    assert found(SECRETS + STAFF_SECRETS[:2], file_bytes(db_path)) == ["Jesús", "Østergård"]


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_erase_of_staff_deletes_them_and_keeps_their_signature_on_a_kept_form(database, db_path):
    people = make_people()
    signed_assignment(people)
    report = erasure.erase_person(PersonRef("staff", people["staff"].id))
    assert report.person_deleted
    assert [k.table for k in report.kept] == ["signature"]
    assert m.BpvPeriod.get_by_id(people["period"].id).practice_trainer_id is None
    assert m.StaffRole.select().count() == 0
    close_database()
    assert found(["j.ostergard@zorgvoorbeeld.nl", "0512-345678", "P-77123"], file_bytes(db_path)) == []


def test_erase_of_a_coach_keeps_an_anonymous_staff_record(database):
    people = make_people()
    coach = people["staff"]
    learner_id = people["learner"].id
    service_for(m.CoachingTrajectory).create(kind="learning_coach", participant_learner=learner_id, coach=coach.id)
    report = erasure.erase_person(PersonRef("staff", coach.id))
    assert not report.person_deleted and report.kept[0].table == "coaching_trajectory"
    row = m.Staff.get_by_id(coach.id)
    assert (row.first_name, row.last_name, row.email, row.employee_number) == (ANONYMISED, "", "", None)
    assert not row.active


def test_a_failed_erase_changes_nothing(database, db_path, monkeypatch):
    people = make_people()
    signed_assignment(people)
    before = table_dump(database)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(erasure, "_set", broken)
    with pytest.raises(RuntimeError):
        erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert table_dump(database) == before
    with pytest.raises(NotFoundError):
        erasure.erase_person(PersonRef("learner", 999))
    assert table_dump(database) == before


# -- retention ----------------------------------------------------------------------------------------


def test_retention_periods_have_defaults_and_are_checked(database):
    assert all_retention_years()["signed_form"] == 7
    set_retention_years({"learner": "3", "audit": 10})
    assert all_retention_years()["learner"] == 3 and all_retention_years()["audit"] == 10
    before = table_dump(database)
    for bad in ({"learner": "twee"}, {"learner": 0}, {"learner": 101}, {"nothing": 2}, {"learner": 4, "audit": -1}):
        with pytest.raises(ValidationError):
            set_retention_years(bad)
    assert table_dump(database) == before


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_review_lists_what_is_past_its_period_and_anonymise_clears_it(database, db_path):
    old = make_people(start=dt.date(2012, 9, 1), end=dt.date(2013, 6, 30))
    signed_assignment(old)
    recent = service_for(m.Learner).create(first_name="Daan", last_name="Nieuwkomer", learner_type="bol")
    training = m.Training.select().first()
    certificate = service_for(m.Certificate).create(
        training=training.id, staff=old["staff"].id, issued_on=dt.date(2014, 1, 1), expires_on=dt.date(2016, 1, 1)
    )
    today = dt.date(2026, 11, 21)
    items = retention.review(today)
    assert {(i.table, i.record_id) for i in items} == {
        ("learner", old["learner"].id),
        ("certificate", certificate.id),
    }
    learner_item = next(i for i in items if i.table == "learner")
    assert learner_item.kind == "signed_form" and learner_item.ended_on == dt.date(2013, 6, 30)
    assert learner_item.past_by(today) == (today - dt.date(2020, 6, 30)).days
    assert "Ærtsvéld" in learner_item.label  # the coordinator sees whom; logs never do
    result = retention.anonymise(items, today)
    assert result.items == 2 and result.deleted["certificate"] == 1
    assert retention.review(today) == []
    assert m.Learner.get_by_id(recent.id).last_name == "Nieuwkomer"
    close_database()
    assert found(SECRETS, file_bytes(db_path)) == []


def test_backups_older_than_the_period_go_but_never_the_newest(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = time.time()
    ages = {"a.sqlite3": 4000, "b.sqlite3": 10, "c.sqlite3": 3000, "notes.txt": 5000}
    for name, days in ages.items():
        path = folder / name
        path.write_bytes(b"x")
        os.utime(path, (now - days * 86400, now - days * 86400))
    removed = prune_backups_older_than(365 * 7, folder=folder, now=now)
    assert sorted(p.name for p in removed) == ["a.sqlite3", "c.sqlite3"]
    assert sorted(p.name for p in folder.iterdir()) == ["b.sqlite3", "notes.txt"]
    # Only old ones left: the newest of them stays.
    for name in ("d.sqlite3", "e.sqlite3"):
        path = folder / name
        path.write_bytes(b"x")
        os.utime(path, (now - 5000 * 86400, now - 5000 * 86400))
    (folder / "b.sqlite3").unlink()
    os.utime(folder / "e.sqlite3", (now - 4000 * 86400, now - 4000 * 86400))
    assert [p.name for p in prune_backups_older_than(365, folder=folder, now=now)] == ["d.sqlite3"]
    assert prune_backups_older_than(365, folder=tmp_path / "missing") == []


def test_dump_helper_sees_an_unchanged_database(database, db_path):
    make_people()
    close_database()
    assert dump(db_path) == dump(db_path)
