"""A staff member's development record: the leertraject's modules decide what is done, a praktijkopleider's
certification, caseload and coached werkbegeleiders, the record on paper, in the AVG export and gone on erasure."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from decimal import Decimal

import pytest

from desktop import clock
from desktop.errors import NotFoundError
from desktop.services import development, development_record, erasure, practice_trainers, service_for, vakmanschap
from desktop.services.privacy import PersonRef
from desktop.services.privacy_export import export_person
from desktop.storage import models as m
from desktop.storage.database import close_database
from tests.factories import staff
from tests.pdf_text import text_of

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def people(database):
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen").id
    return {
        "zoe": staff("Zoë", "Çelik", team),
        "ayse": staff("Ayşe", "Yılmaz", team),
        "trainer": staff("Jesús", "Østergård", team, roles=("practice_trainer",)),
        "manager": staff("Noëlle", "Nguyễn", team, roles=("manager",)),
        "team": team,
        "location": location.id,
    }


def _training(title: str) -> int:
    return m.Training.get(m.Training.title == title).id


def _complete(person: dict, title: str, day: dt.date, *, learner: int | None = None) -> None:
    owner = {"learner": learner} if learner else {"staff": person}
    service_for(m.Enrolment).create(training=_training(title), status="completed", completed_on=day, **owner)


def test_the_traject_is_complete_when_every_module_is_done_and_its_modules_decide(people):
    chosen = vakmanschap.traject()
    assert chosen.title == "Leertraject vakmanschap" and len(chosen.modules) == 4
    for number, module in enumerate(chosen.modules):
        _complete(people["zoe"], module.title, dt.date(2026, 1 + number, 10))
    _complete(people["ayse"], "Basiskennis NAH", dt.date(2026, 3, 1))
    rows = {row.staff_id: row for row in vakmanschap.progress()}
    assert (rows[people["zoe"]].state, rows[people["zoe"]].completed_on) == ("complete", dt.date(2026, 4, 10))
    assert (rows[people["ayse"]].state, rows[people["ayse"]].done_count) == ("in_progress", 1)
    assert rows[people["trainer"]].state == "not_started"
    unfinished = vakmanschap.progress(states={"not_started", "in_progress"}, location=people["location"])
    assert people["zoe"] not in {row.staff_id for row in unfinished}
    in_team = vakmanschap.progress(team=people["team"])
    assert sorted(row.state for row in in_team) == ["complete", "in_progress", "not_started", "not_started"]
    # A fifth module makes the complete traject unfinished again.
    extra = service_for(m.Training).create(title="NAH verdieping", kind="classroom")
    service_for(m.TrainingModule).create(programme=chosen.id, module=extra.id, position=9)
    assert {row.staff_id: row for row in vakmanschap.progress()}[people["zoe"]].state == "in_progress"


def test_a_module_done_as_a_linked_learner_counts_for_the_staff_member(people):
    learner = service_for(m.Learner).create(
        first_name="Zoë", last_name="Çelik", learner_type="mio", staff=people["zoe"]
    )
    _complete(people["zoe"], "NAH plus", dt.date(2026, 2, 1), learner=learner.id)
    [row] = vakmanschap.progress(staff_id=people["zoe"])
    assert set(row.done.values()) == {dt.date(2026, 2, 1)}


def test_a_praktijkopleider_has_certification_caseload_per_fte_and_coached_werkbegeleiders(people, period):
    role = m.StaffRole.get(m.StaffRole.staff == people["trainer"])
    service_for(m.StaffRole).update(role.id, certified_until=TODAY + dt.timedelta(days=30))
    service_for(m.Staff).update(people["trainer"], fte=Decimal("0.5"))
    service_for(m.BpvPeriod).update(period.id, practice_trainer=people["trainer"])
    service_for(m.CoachingTrajectory).create(
        kind="supervisor_coaching", participant_staff=people["ayse"], coach=people["trainer"], status="active"
    )
    [row] = practice_trainers.practice_trainers(location=people["location"])
    assert (row.certification, row.caseload, row.caseload_per_fte) == ("expiring", 1, Decimal("2.0"))
    assert row.coached == ["Ayşe Yılmaz"]
    service_for(m.StaffRole).update(role.id, certified_until=TODAY - dt.timedelta(days=1))
    assert practice_trainers.practice_trainers()[0].certification == "expired"


def test_the_record_holds_talks_trainings_certificates_and_coaching_and_prints_them(people, tmp_path):
    development.save_talk(people["zoe"], "poap", dt.date(2025, 6, 2), people["manager"], "Richting NAH-specialist")
    _complete(people["zoe"], "Basiskennis NAH", dt.date(2026, 3, 1))
    bhv = _training("BHV (bedrijfshulpverlening)")
    service_for(m.Certificate).create(
        training=bhv, staff=people["zoe"], issued_on=dt.date(2026, 1, 5), expires_on=dt.date(2026, 12, 20)
    )
    service_for(m.CoachingTrajectory).create(kind="learning_coach", participant_staff=people["zoe"],
                                             coach=people["trainer"], status="active")  # fmt: skip
    found = development_record.record(people["zoe"])
    assert [talk.notes for talk in found.talks] == ["Richting NAH-specialist"]
    assert {row.kind: row.next_due for row in found.due} == {"poap": dt.date(2027, 6, 2), "talk": None}
    # The completed module gave a certificate of its own, without an end.
    assert [(c.training, c.validity) for c in found.certificates] == [
        ("Basiskennis NAH", "Verloopt niet"),
        ("BHV (bedrijfshulpverlening)", "Verloopt binnenkort"),
    ]
    assert found.trajectories[0].coach == "Jesús Østergård" and found.progress.done_count == 1
    text = " ".join(text_of(development_record.record_pdf(people["zoe"]), tmp_path).split())
    for words in ("Ontwikkeldossier van Zoë Çelik", "Richting NAH-specialist", "BHV (bedrijfshulpverlening)",
                  "Basiskennis NAH", "Jesús Østergård", "Leertraject vakmanschap", "nog niet gedaan"):  # fmt: skip
        assert words in text
    with pytest.raises(NotFoundError):
        development_record.record(9999)


def test_the_talks_are_in_the_avg_export_with_the_printed_record_and_gone_on_erasure(people, tmp_path, db_path):
    development.save_talk(people["zoe"], "talk", dt.date(2026, 5, 4), people["manager"], "Wil werkbegeleider worden")
    target = tmp_path / "zoe.zip"
    export_person(PersonRef("staff", people["zoe"]), target)
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("person.json"))
        pdf = archive.read(f"development/{development_record.file_name(people['zoe'])}")
    assert document["about"]["development_talk"][0]["notes"] == "Wil werkbegeleider worden"
    assert "Wil werkbegeleider worden" in text_of(pdf, tmp_path)
    manager = tmp_path / "manager.zip"
    export_person(PersonRef("staff", people["manager"]), manager)
    with zipfile.ZipFile(manager) as archive:
        mentions = json.loads(archive.read("person.json"))["mentions"]
    assert {"table": "development_talk", "as": ["manager"]}.items() <= mentions[0].items()
    assert set(mentions[0]["row"]) == {"id", "manager"}  # not the other person's notes
    erasure.erase_person(PersonRef("staff", people["zoe"]))
    assert m.DevelopmentTalk.select().count() == 0
    close_database()
    assert b"Wil werkbegeleider worden" not in db_path.read_bytes()


def test_the_record_holds_the_meetings_of_learning_together_taken_part_in_or_facilitated(people, tmp_path):
    from desktop.services import group_learning

    group = group_learning.save_group(None, "intervision", "Intervisie praktijkopleiders", 6, True)
    group_learning.save_entry(None, None, "intervision", dt.date(2026, 10, 1), group, people["trainer"],
                              "Feedback geven", "", [people["zoe"], people["ayse"]])  # fmt: skip
    group_learning.save_entry(None, None, "moral_deliberation", dt.date(2026, 11, 2), None, people["zoe"],
                              "Vrijheid en veiligheid", "", [people["ayse"]])  # fmt: skip
    group_learning.save_entry(None, None, "coach_meeting", dt.date(2026, 9, 3), None, None, "", "", [people["zoe"]])
    group_learning.save_entry(None, None, "intervision", dt.date(2026, 8, 4), group, None, "Zonder Zoë", "",
                              [people["ayse"]])  # fmt: skip
    found = development_record.record(people["zoe"]).learning_together
    assert [(row.held_on, row.topic, row.facilitated) for row in found] == [
        (dt.date(2026, 11, 2), "Vrijheid en veiligheid", True),
        (dt.date(2026, 10, 1), "Feedback geven", False),
        (dt.date(2026, 9, 3), "", False),
    ]
    assert found[1].group == "Intervisie praktijkopleiders" and found[2].kind == "Coachbijeenkomst"
    text = " ".join(text_of(development_record.record_pdf(people["zoe"]), tmp_path).split())
    for words in ("Samen leren", "Vrijheid en veiligheid", "Begeleider", "Zonder Zoë"):
        assert (words in text) == (words != "Zonder Zoë"), words
