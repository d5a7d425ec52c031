"""The agreements behind a BPV period, the SBB recognitions, and the concerns worked out from them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import agreements, service_for
from desktop.services.learners import learner_rows
from desktop.storage import models as m
from tests.factories import PROGRAM as EXE
from tests.factories import SCAN_PDF as PDF
from tests.factories import picture
from tests.helpers import table_dump
from tests.hostile_files import png_bomb


@pytest.fixture(autouse=True)
def inside_the_period():
    clock.set_today(dt.date(2026, 11, 18))  # the `period` fixture runs from 1 September 2026


def agreement(period, **values):
    return service_for(m.Agreement).create(period=period.id, **{"kind": "placement", **values})


def signed(period, kind="placement", day=dt.date(2026, 8, 20)):
    parties = {"learner_signed_on": day, "company_signed_on": day, "signed_on": day}
    if kind in ("placement", "school_own"):
        parties["school_signed_on"] = day
    return agreement(period, kind=kind, status="signed", **parties)


def refused(field: str, **values):
    with pytest.raises(ValidationError) as raised:
        values.pop("call")()
    assert raised.value.field == field
    return raised.value.message


# -- an agreement and its rules -----------------------------------------------------------------------


def test_a_new_agreement_is_to_request_and_carries_the_organisations_leerbedrijf_id(period):
    service_for(m.Organisation).save(sbb_id="1234 5678")
    made = agreement(period)
    assert made.status == "to_request" and made.sbb_id == "12345678"
    assert agreement(period, sbb_id="").sbb_id == ""


def test_each_status_needs_its_date_and_says_which(period):
    service = service_for(m.Agreement)
    with pytest.raises(ValidationError) as raised:
        agreement(period, status="requested")
    assert raised.value.field == "requested_on" and "Aangevraagd" in raised.value.message
    made = agreement(period, status="requested", requested_on=dt.date(2026, 8, 1))
    with pytest.raises(ValidationError) as raised:
        service.update(made.id, status="received")
    assert raised.value.field == "received_on"
    with pytest.raises(ValidationError) as raised:
        service.update(made.id, status="ended")
    assert raised.value.field == "ended_on"


def test_signed_by_all_parties_needs_every_party_of_its_kind(period):
    with pytest.raises(ValidationError) as raised:
        agreement(period, status="signed", learner_signed_on="20-08-2026", signed_on="20-08-2026")
    assert raised.value.field == "school_signed_on" and "de school" in raised.value.message
    # A leerarbeidsovereenkomst is between employer and learner: the school does not sign it.
    with pytest.raises(ValidationError) as raised:
        agreement(period, kind="work_learn", school_signed_on="20-08-2026")
    assert raised.value.field == "school_signed_on"
    assert raised.value.message == "Dit is een leerarbeidsovereenkomst, die de school niet ondertekent."
    assert signed(period, "work_learn").status == "signed"


def test_dates_in_the_future_or_out_of_order_are_refused(period):
    with pytest.raises(ValidationError) as raised:
        agreement(period, requested_on="19-11-2026")
    assert raised.value.field == "requested_on" and "toekomst" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        agreement(period, requested_on="10-08-2026", received_on="01-08-2026")
    assert raised.value.field == "received_on"
    with pytest.raises(ValidationError) as raised:
        agreement(period, sbb_id="SBB-12")
    assert raised.value.field == "sbb_id" and "4 tot 12 cijfers" in raised.value.message


def test_a_scan_is_judged_by_its_contents_and_kept_in_the_database(period):
    service = service_for(m.Agreement)
    made = agreement(period, scan=PDF, scan_name="pok.pdf")
    assert agreements.scan_of(made.id) == (PDF, "pok.pdf", ".pdf")
    assert agreements.agreements_of(period.id)[0].scan_kind == "PDF"
    service.update(made.id, scan=picture(), scan_name="pok-foto.png")
    assert agreements.scan_of(made.id)[2] == ".png"
    service.update(made.id, scan=picture("JPEG"), scan_name="pok-foto.jpg")
    assert agreements.scan_of(made.id)[2] == ".jpg"
    before = table_dump(m.db)
    with pytest.raises(ValidationError) as raised:
        service.update(made.id, scan=EXE, scan_name="pok.pdf")  # a program renamed to .pdf
    assert raised.value.field == "scan" and "geen pdf-, PNG- of JPEG-bestand" in raised.value.message
    assert table_dump(m.db) == before
    service.update(made.id, scan=None)
    assert m.Agreement.get_by_id(made.id).scan_name == ""
    with pytest.raises(ValidationError, match="geen scan"):
        agreements.scan_of(made.id)


def test_a_scan_over_20_mb_is_refused_and_one_of_20_mb_is_kept(period):
    limit = 20 * 1024 * 1024
    too_large = PDF + b"\0" * (limit + 1 - len(PDF))
    before = table_dump(m.db)
    with pytest.raises(ValidationError) as raised:
        agreement(period, scan=too_large, scan_name="groot.pdf")
    assert raised.value.field == "scan" and "20 MB" in raised.value.message
    assert table_dump(m.db) == before
    made = agreement(period, scan=too_large[:limit], scan_name="precies.pdf")
    assert len(agreements.scan_of(made.id)[0]) == limit


def test_a_picture_beyond_the_pixel_bound_is_refused(period, tmp_path):
    bomb = png_bomb(tmp_path / "foto.png", 10_000, 6_000).read_bytes()
    with pytest.raises(ValidationError) as raised:
        agreement(period, scan=bomb, scan_name="foto.png")
    assert raised.value.field == "scan" and "miljoen pixels" in raised.value.message


def test_a_scan_file_is_read_with_its_limit_and_judged_by_contents(tmp_path):
    from desktop.services.scans import read_scan

    renamed = tmp_path / "pok.pdf"
    renamed.write_bytes(EXE)
    with pytest.raises(ValidationError, match="pok.pdf is geen pdf-, PNG- of JPEG-bestand"):
        read_scan(renamed, agreements.MAX_SCAN_BYTES)
    large = tmp_path / "groot.pdf"
    large.write_bytes(PDF + b"\0" * agreements.MAX_SCAN_BYTES)
    with pytest.raises(ValidationError, match="hoogstens 20 MB"):
        read_scan(large, agreements.MAX_SCAN_BYTES)


def test_agreements_go_with_their_period(period):
    signed(period)
    service_for(m.BpvPeriod).delete(period.id)
    assert m.Agreement.select().count() == 0


# -- recognitions -----------------------------------------------------------------------------------------


def test_a_recognition_lasts_four_years_unless_given_an_end(database):
    service = service_for(m.SbbRecognition)
    made = service.create(crebo="25491", starts_on="01-03-2024")
    assert made.ends_on == dt.date(2028, 2, 29)
    other = service.create(crebo="25655", starts_on="01-01-2025", ends_on="31-12-2026")
    assert other.ends_on == dt.date(2026, 12, 31)
    changed, _previous = service.update(other.id, ends_on="")
    assert changed.ends_on == dt.date(2028, 12, 31)


def test_a_recognition_needs_a_crebo_and_does_not_overlap_another(database):
    service = service_for(m.SbbRecognition)
    with pytest.raises(ValidationError) as raised:
        service.create(crebo="2549", starts_on="01-03-2024")
    assert raised.value.field == "crebo" and "vijf cijfers" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        service.create(crebo="25491", starts_on="01-03-2024", ends_on="01-01-2024")
    assert raised.value.field == "ends_on"
    service.create(crebo="25491", starts_on="01-03-2024")
    with pytest.raises(ValidationError) as raised:
        service.create(crebo="25491", starts_on="01-01-2026")
    assert raised.value.field == "starts_on" and "al erkend" in raised.value.message
    assert service.create(crebo="25491", starts_on="01-03-2028").ends_on == dt.date(2032, 2, 29)


# -- concerns -------------------------------------------------------------------------------------------


def codes(period_id):
    return [concern.code for concern in agreements.period_concerns(period_id)]


def test_a_started_bbl_period_needs_a_signed_pok_and_a_leerarbeidsovereenkomst(period):
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="01-01-2025")
    found = agreements.period_concerns(period.id)
    assert [(c.code, c.kinds) for c in found] == [("agreement", ("placement",)), ("agreement", ("work_learn",))]
    assert found[0].text() == (
        "De periode is op 1 september 2026 begonnen zonder een praktijkovereenkomst (POK)"
        " die door alle partijen is ondertekend."
    )
    agreement(period, status="received", received_on="25-08-2026")  # received is not yet signed
    assert codes(period.id) == ["agreement", "agreement"]
    signed(period)
    assert [c.kinds for c in agreements.period_concerns(period.id)] == [("work_learn",)]
    signed(period, "work_learn")
    assert codes(period.id) == []


def test_a_period_not_started_yet_needs_no_agreement_yet(period):
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="01-01-2025")
    clock.set_today(dt.date(2026, 8, 31))
    assert codes(period.id) == []
    clock.set_today(dt.date(2026, 9, 1))
    assert codes(period.id) == ["agreement", "agreement"]


def test_a_finished_period_is_not_judged(period):
    service_for(m.BpvPeriod).update(period.id, status="completed")
    assert codes(period.id) == []


def test_a_crebo_without_a_recognition_at_the_start_is_named(period):
    signed(period)
    signed(period, "work_learn")
    found = agreements.period_concerns(period.id)
    assert [c.code for c in found] == ["recognition"]
    assert "crebo 25491" in found[0].text() and "1 september 2026" in found[0].text()
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="02-09-2022")  # ends 1 September 2026
    assert codes(period.id) == []
    service_for(m.BpvPeriod).update(period.id, start_date="02-09-2026", end_date="30-06-2027")
    assert codes(period.id) == ["recognition"]


def test_a_practice_trainer_certified_until_the_start_is_a_concern(period):
    signed(period)
    signed(period, "work_learn")
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="01-01-2025")
    role = service_for(m.StaffRole).create(staff=period.practice_trainer_id, role="practice_trainer")
    assert codes(period.id) == []  # no date recorded: LeerWerk does not judge what it does not know
    service_for(m.StaffRole).update(role.id, certified_until="01-09-2026")
    found = agreements.period_concerns(period.id)
    assert [c.code for c in found] == ["certification"]
    assert "gecertificeerd tot 1 september 2026" in found[0].text()
    service_for(m.StaffRole).update(role.id, certified_until="02-09-2026")
    assert codes(period.id) == []


@pytest.mark.parametrize(
    ("learner_type", "needs"),
    [
        ("bol", [("placement",)]),
        ("bbl", [("placement",), ("work_learn",)]),
        ("mio", [("study",)]),
        ("side_entrant", [("work_learn", "study")]),
        ("hbo", [("school_own", "placement")]),
    ],
)
def test_each_kind_of_learner_needs_its_own_agreements(period, learner_type, needs):
    service_for(m.Learner).update(period.learner_id, learner_type=learner_type)
    service_for(m.SbbRecognition).create(crebo="25491", starts_on="01-01-2025")
    assert [c.kinds for c in agreements.period_concerns(period.id)] == needs
    for group in needs:
        signed(period, group[-1])
    assert codes(period.id) == []


def test_the_learners_list_carries_the_concerns_of_each_current_period(period):
    rows = {row.period_id: row for row in learner_rows()}
    assert [c.code for c in rows[period.id].concerns] == ["agreement", "agreement", "recognition"]


# -- the privacy export and erasure ----------------------------------------------------------------------

SCAN_MARKER = b"POK-Aertsveld-handtekening"


def agreements_of_people(people, signed_scan=True):
    day = people["period"].start_date - dt.timedelta(days=10)
    parties = {"learner_signed_on": day, "school_signed_on": day, "company_signed_on": day, "signed_on": day}
    scan = PDF.replace(b"%%EOF", SCAN_MARKER + b"\n%%EOF") if signed_scan else None
    kept = agreement(
        people["period"], status="signed", scan=scan, scan_name="pok.pdf", notes="Getekend bij intake", **parties
    )
    unsigned = agreement(people["period"], kind="work_learn", status="requested", requested_on=day)
    return kept, unsigned


def test_the_privacy_export_holds_the_agreements_and_their_scans(database, tmp_path):
    import json
    import zipfile

    from desktop.services.privacy import PersonRef
    from desktop.services.privacy_export import export_person
    from tests.privacy_data import make_people

    people = make_people()
    signed_one, _unsigned = agreements_of_people(people)
    target = tmp_path / "export.zip"
    export_person(PersonRef("learner", people["learner"].id), target)
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("person.json").decode("utf-8"))
        scan = archive.read(f"agreements/agreement-{signed_one.id}-scan.pdf")
    rows = {row["id"]: row for row in document["about"]["agreement"]}
    assert set(rows) == {signed_one.id, _unsigned.id}
    assert rows[signed_one.id]["scan_file"] == f"agreements/agreement-{signed_one.id}-scan.pdf"
    assert "scan" not in rows[signed_one.id] and rows[signed_one.id]["signed_on"] == "2026-08-22"
    assert SCAN_MARKER in scan


def test_erase_keeps_a_signed_agreement_as_long_as_a_signed_form_and_deletes_the_rest(database):
    from desktop.services import erasure
    from desktop.services.privacy import PersonRef
    from tests.privacy_data import make_people, signed_assignment

    people = make_people()
    signed_assignment(people)
    signed_one, unsigned = agreements_of_people(people)
    report = erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert m.Agreement.get_or_none(id=unsigned.id) is None
    assert bytes(m.Agreement.get_by_id(signed_one.id).scan).startswith(b"%PDF")
    [kept] = [k for k in report.kept if k.table == "agreement"]
    assert kept.record_id == signed_one.id and kept.until == dt.date(2034, 6, 30)
    assert "overeenkomst" in kept.reason


@pytest.mark.file_only  # reads the erased bytes back from the database file
def test_erase_past_the_period_removes_the_scan_from_the_file(database, db_path):
    from desktop.services import erasure
    from desktop.services.privacy import PersonRef
    from desktop.storage.database import close_database
    from tests.privacy_data import file_bytes, make_people, signed_assignment

    people = make_people(start=dt.date(2012, 9, 1), end=dt.date(2013, 6, 30))
    signed_assignment(people)
    signed_one, _unsigned = agreements_of_people(people)
    assert SCAN_MARKER in file_bytes(db_path)
    erasure.erase_person(PersonRef("learner", people["learner"].id))
    stays = m.Agreement.get_by_id(signed_one.id)
    assert (stays.scan, stays.scan_name, stays.notes, stays.kind) == (None, "", "", "placement")
    close_database()
    assert SCAN_MARKER not in file_bytes(db_path)


def test_erase_of_a_learner_without_signed_forms_takes_the_agreements_along(database):
    from desktop.services import erasure
    from desktop.services.privacy import PersonRef
    from tests.privacy_data import make_people

    people = make_people()
    agreements_of_people(people)
    report = erasure.erase_person(PersonRef("learner", people["learner"].id))
    assert report.deleted["agreement"] == 2 and m.Agreement.select().count() == 0
