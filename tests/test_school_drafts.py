"""The e-mail drafts of 'Naar school' hold names and a form's PDF: erasing a person removes the drafts that
carry their forms, a wipe removes the drafts folder, and a draft older than a week goes at the next start."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from desktop import cli, paths
from desktop.services import forms, school_drafts, school_mail, service_for, signing
from desktop.services.erasure import erase_person
from desktop.services.privacy import PersonRef
from desktop.services.wipe import finish_wipe
from desktop.storage import models as m
from tests.factories import PNG

DAY = 24 * 60 * 60


def sign_all(kind: str, form_id: int) -> None:
    for row in signing.signatures(kind, form_id):
        if row.signed_at is None:
            signing.sign_on_screen(row.id, row.signer_name or "Ondertekenaar", PNG)


def signed_form(period) -> m.Assessment:
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    sign_all("assessment", assessment.id)
    return assessment


@pytest.fixture
def two_learners(period):
    """Zoë (with praktijkopleider Jan) and Sem, each with a signed form drafted to the same bpv-begeleider."""
    service_for(m.SchoolSupervisor).update(period.school_supervisor_id, email="a.yilmaz@roc-fictief.example")
    other = service_for(m.Learner).create(first_name="Sem", last_name="Bakker", learner_type="bbl")
    other_period = service_for(m.BpvPeriod).create(
        learner=other.id,
        programme=period.programme_id,
        school=period.school_id,
        school_supervisor=period.school_supervisor_id,
        start_date=dt.date(2026, 9, 1),
        end_date=dt.date(2027, 6, 30),
    )
    zoe, sem = signed_form(period), signed_form(other_period)
    folder = paths.drafts_dir()
    [(_d, zoe_draft)] = school_mail.hand_to_school([("assessment", zoe.id)], folder)
    [(_d, sem_draft)] = school_mail.hand_to_school([("assessment", sem.id)], folder)
    return {"period": period, "zoe": zoe_draft, "sem": sem_draft, "sem_form": sem}


def test_erasing_a_learner_removes_the_drafts_with_their_forms_and_keeps_the_others(two_learners):
    zoe_draft, sem_draft = two_learners["zoe"], two_learners["sem"]
    assert "Zoë Çelik" in zoe_draft.name and zoe_draft.is_file()
    report = erase_person(PersonRef("learner", two_learners["period"].learner_id))
    assert report.drafts_removed == 1
    assert not zoe_draft.exists() and sem_draft.is_file()
    assert not any(b"\xc3\x87elik" in path.read_bytes() for path in paths.drafts_dir().iterdir())


def test_erasing_a_praktijkopleider_removes_the_drafts_whose_forms_name_them(two_learners):
    trainer = two_learners["period"].practice_trainer_id
    report = erase_person(PersonRef("staff", trainer))
    assert report.drafts_removed == 1
    assert not two_learners["zoe"].exists() and two_learners["sem"].is_file()


def test_a_batch_draft_goes_when_one_of_its_forms_is_erased(two_learners, period):
    folder = paths.drafts_dir()
    for path in folder.iterdir():
        path.unlink()
    keys = [("assessment", form.id) for form in m.Assessment.select()]
    [(_draft, batch)] = school_mail.hand_to_school(keys, folder)
    assert len(school_drafts.attachment_names(batch)) == 2
    erase_person(PersonRef("learner", two_learners["sem_form"].period.learner_id))
    assert list(folder.iterdir()) == []


def test_the_erase_says_how_many_drafts_went(two_learners, db_path, capsys):
    from desktop.storage.database import close_database

    close_database()
    learner = two_learners["period"].learner_id
    assert cli.main(["privacy", "erase", f"learner:{learner}", "--yes", "--db", str(db_path)]) == 0
    assert "1 e-mailconcept naar school met deze formulieren is verwijderd." in capsys.readouterr().out


def test_a_wipe_removes_the_drafts_folder(two_learners, db_path, capsys):
    from desktop.storage.database import close_database

    assert finish_wipe() is None
    assert not paths.drafts_dir(create=False).exists()
    school_mail.hand_to_school([("assessment", two_learners["sem_form"].id)], paths.drafts_dir())
    close_database()
    assert cli.main(["privacy", "wipe", "--db", str(db_path)]) == 0
    assert not paths.drafts_dir(create=False).exists()


def test_drafts_older_than_a_week_go_and_newer_ones_stay(two_learners):
    old, new = two_learners["zoe"], two_learners["sem"]
    now = time.time()
    os.utime(old, (now - 8 * DAY, now - 8 * DAY))
    os.utime(new, (now - 6 * DAY, now - 6 * DAY))
    assert school_drafts.remove_stale(now=now) == 1
    assert not old.exists() and new.is_file()


def test_a_start_of_the_window_removes_old_drafts(tmp_path, qtbot):
    folder = paths.drafts_dir()
    old = folder / "BF-2026-00001 Oud Concept.eml"
    old.write_bytes(b"X-Unsent: 1\r\n\r\nOud\r\n")
    fresh = folder / "BF-2026-00002 Nieuw Concept.eml"
    fresh.write_bytes(b"X-Unsent: 1\r\n\r\nNieuw\r\n")
    week_ago = time.time() - 8 * DAY
    os.utime(old, (week_ago, week_ago))
    assert cli.main(["--db", str(tmp_path / "start.sqlite3"), "--smoke"]) == 0
    assert not old.exists() and fresh.is_file()
