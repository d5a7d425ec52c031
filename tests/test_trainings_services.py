"""Training rules without a window: the catalogue, capacity, the waiting list, certificates, attendance."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import service_for
from desktop.services.training_enrolments import (
    add_months,
    apply_states,
    cancel_enrolment,
    present_at_every_date,
    promote_waiting,
    record_attendance,
    set_status,
    waiting_list,
)
from desktop.services.trainings import modules_of, requirements_of, save_training
from desktop.storage import models as m
from tests.helpers import content_dump, table_dump

TODAY = clock.today()


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def people(database):
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen")
    staff = [
        service_for(m.Staff).create(first_name=first, last_name=last, team=team.id).id
        for first, last in (("Zoë", "Berg"), ("Jan", "Çelik"), ("Ayşe", "Yılmaz"), ("Bram", "Hart"))
    ]
    learner = service_for(m.Learner).create(first_name="Anaïs", last_name="Vries", learner_type="bbl").id
    return {"staff": staff, "learner": learner, "location": location.id}


@pytest.fixture
def session(people):
    training = service_for(m.Training).create(title="Klinische les decubitus", kind="clinical_lesson", dayparts=2)
    session = service_for(m.TrainingSession).create(training=training.id, location=people["location"], capacity=2)
    for offset, daypart in ((-14, "morning"), (-7, "afternoon")):
        service_for(m.SessionDate).create(session=session.id, date=TODAY + dt.timedelta(days=offset), daypart=daypart)
    return session


def enrol(session, staff_id):
    return service_for(m.Enrolment).create(session=session.id, staff=staff_id)


def test_a_new_database_has_the_catalogue_of_the_learning_policy(database):
    titles = {t.title for t in m.Training.select()}
    assert {"Leertraject vakmanschap", "BHV (bedrijfshulpverlening)", "E-learning Wet zorg en dwang"} <= titles
    programme = m.Training.get(m.Training.title == "Leertraject vakmanschap")
    modules = [m.Training.get_by_id(i) for i in modules_of(programme.id)]
    assert [t.title for t in modules][0] == "Basiskennis NAH" and len(modules) == 4
    assert sum(t.dayparts for t in modules) == programme.dayparts == 11
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    assert bhv.mandatory and bhv.validity_months == 12 and bhv.kind == "elearning"
    assert ("manager", None, False) in requirements_of(bhv.id)
    vbh = m.Training.get(m.Training.title == "E-learning Voorbehouden handelingen")
    assert vbh.validity_months == 24 and (None, "bbl", False) in requirements_of(vbh.id)


def test_the_catalogue_is_seeded_only_into_an_empty_training_table(database):
    from desktop.storage.migrations import v0002_training_catalogue

    before = m.Training.select().count()
    v0002_training_catalogue.seed(database.execute_sql)
    assert m.Training.select().count() == before


def test_a_full_session_puts_newcomers_on_the_waiting_list_in_order(session, people):
    first, second, third, fourth = (enrol(session, s) for s in people["staff"])
    assert [first.status, second.status] == ["enrolled", "enrolled"]
    assert third.status == fourth.status == "waiting" and third.waiting_since is not None
    assert [e.id for e in waiting_list(session.id)] == [third.id, fourth.id]


def test_a_cancellation_gives_the_place_to_the_first_waiting_and_undo_puts_it_back(session, people, database):
    first, _second, third, fourth = (enrol(session, s) for s in people["staff"])
    change = cancel_enrolment(first.id)
    assert change.promoted == [third.id]
    assert m.Enrolment.get_by_id(first.id).status == "cancelled"
    assert m.Enrolment.get_by_id(first.id).cancelled_on == TODAY
    assert m.Enrolment.get_by_id(third.id).status == "enrolled"
    assert m.Enrolment.get_by_id(third.id).waiting_since is None
    assert m.Enrolment.get_by_id(fourth.id).status == "waiting"
    apply_states(change.before)
    assert m.Enrolment.get_by_id(first.id).status == "enrolled"
    assert m.Enrolment.get_by_id(third.id).status == "waiting"
    assert [e.id for e in waiting_list(session.id)] == [third.id, fourth.id]  # back at the front of the queue
    apply_states(change.after)
    assert m.Enrolment.get_by_id(third.id).status == "enrolled"


def test_cancelling_someone_waiting_promotes_nobody(session, people):
    enrolments = [enrol(session, s) for s in people["staff"]]
    change = cancel_enrolment(enrolments[2].id)
    assert change.promoted == [] and m.Enrolment.get_by_id(enrolments[3].id).status == "waiting"


def test_raising_the_capacity_lets_the_waiting_list_in(session, people):
    enrolments = [enrol(session, s) for s in people["staff"]]
    service_for(m.TrainingSession).update(session.id, capacity=3)
    change = promote_waiting(session.id)
    assert change.promoted == [enrolments[2].id]
    assert m.Enrolment.get_by_id(enrolments[3].id).status == "waiting"


def test_capacity_cannot_drop_below_the_places_taken(session, people, database):
    enrol(session, people["staff"][0])
    enrol(session, people["staff"][1])
    before = table_dump(database)
    with pytest.raises(ValidationError) as raised:
        service_for(m.TrainingSession).update(session.id, capacity=1)
    assert raised.value.field == "capacity" and "2" in raised.value.message
    assert table_dump(database) == before


def test_promoting_by_hand_into_a_full_session_is_refused(session, people):
    enrolments = [enrol(session, s) for s in people["staff"][:3]]
    with pytest.raises(ValidationError) as raised:
        service_for(m.Enrolment).update(enrolments[2].id, status="enrolled")
    assert raised.value.field == "status" and "full" in raised.value.message


def test_one_enrolment_per_person_per_session(session, people, database):
    enrol(session, people["staff"][0])
    before = table_dump(database)
    with pytest.raises(ValidationError) as raised:
        enrol(session, people["staff"][0])
    assert raised.value.field == "staff" and "already has an enrolment" in raised.value.message
    assert table_dump(database) == before


def test_a_person_is_a_staff_member_or_a_learner_not_both(session, people, database):
    before = table_dump(database)
    with pytest.raises(ValidationError) as raised:
        service_for(m.Enrolment).create(session=session.id, staff=people["staff"][0], learner=people["learner"])
    assert raised.value.field == "staff"
    with pytest.raises(ValidationError):
        service_for(m.Enrolment).create(session=session.id)
    assert table_dump(database) == before


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"completed_on": "31-02-2026", "status": "completed"}, "completed_on"),
        ({"completed_on": (TODAY + dt.timedelta(days=3)).isoformat(), "status": "completed"}, "completed_on"),
        ({"status": "finished"}, "status"),
        ({"status": "waiting"}, "status"),
        ({"notes": "a\x00b"}, "notes"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(database, people, values, field):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    before = table_dump(database)
    with pytest.raises(ValidationError) as raised:
        service_for(m.Enrolment).create(training=bhv.id, staff=people["staff"][0], **values)
    assert raised.value.field == field and raised.value.message
    assert table_dump(database) == before


def test_an_elearning_has_no_session_and_completing_it_gives_a_certificate(database, people):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    with pytest.raises(ValidationError) as raised:
        service_for(m.TrainingSession).create(training=bhv.id)
    assert raised.value.field == "training"
    enrolment = service_for(m.Enrolment).create(training=bhv.id, staff=people["staff"][0])
    assert enrolment.status == "enrolled" and enrolment.session_id is None
    with pytest.raises(ValidationError):  # one open enrolment per person for an e-learning
        service_for(m.Enrolment).create(training=bhv.id, staff=people["staff"][0])
    service_for(m.Enrolment).update(enrolment.id, status="completed", completed_on="15-01-2026")
    certificate = m.Certificate.get(m.Certificate.enrolment == enrolment.id)
    assert certificate.issued_on == dt.date(2026, 1, 15) and certificate.expires_on == dt.date(2027, 1, 15)
    assert certificate.staff_id == people["staff"][0]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 3, 31), 12, dt.date(2027, 3, 31)),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2026, 11, 30), 24, dt.date(2028, 11, 30)),
    ],
)
def test_calendar_months_are_end_of_month_safe(day, months, expected):
    assert add_months(day, months) == expected


def test_completion_on_31_january_with_one_month_validity(database, people):
    training = service_for(m.Training).create(title="Reanimatie", kind="elearning", validity_months=1)
    enrolment = service_for(m.Enrolment).create(
        training=training.id, staff=people["staff"][1], status="completed", completed_on="31-01-2025"
    )
    assert m.Certificate.get(m.Certificate.enrolment == enrolment.id).expires_on == dt.date(2025, 2, 28)


def test_no_validity_means_no_expiry_and_undoing_completion_takes_the_certificate_back(session, people):
    enrolment = enrol(session, people["staff"][0])
    change = set_status([enrolment.id], "completed")
    certificate = m.Certificate.get(m.Certificate.enrolment == enrolment.id)
    assert certificate.expires_on is None and certificate.issued_on == TODAY - dt.timedelta(days=7)  # last date
    apply_states(change.before)
    assert not m.Certificate.select().where(m.Certificate.enrolment == enrolment.id).exists()


def test_deleting_an_enrolment_takes_its_certificate_and_restore_brings_both_back(database, people):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    service = service_for(m.Enrolment)
    enrolment = service.create(training=bhv.id, learner=people["learner"], status="completed")
    before = content_dump(database)
    snapshot = service.delete(enrolment.id)
    assert m.Certificate.select().count() == 0
    service.restore(snapshot)
    assert content_dump(database) == before


def test_attendance_per_date_and_completing_those_present_at_every_date(session, people):
    first, second = enrol(session, people["staff"][0]), enrol(session, people["staff"][1])
    waiting = enrol(session, people["staff"][2])
    dates = list(m.SessionDate.select().where(m.SessionDate.session == session.id).order_by(m.SessionDate.date))
    for date in dates:
        assert record_attendance(first.id, date.id, True) is None
    record_attendance(second.id, dates[0].id, True)
    record_attendance(second.id, dates[1].id, False)
    assert present_at_every_date(session.id) == [first.id]
    assert record_attendance(second.id, dates[1].id, None) is False
    assert (
        not m.Attendance.select()
        .where(m.Attendance.enrolment == second.id)
        .where(m.Attendance.session_date == dates[1].id)
        .exists()
    )
    with pytest.raises(ValidationError) as raised:
        record_attendance(waiting.id, dates[0].id, True)
    assert raised.value.field == "enrolment"


def test_a_training_is_saved_with_its_requirements_and_modules_or_not_at_all(database):
    saved = save_training(
        None,
        {"title": "Leertraject palliatieve zorg", "kind": "blended", "dayparts": 4, "mandatory": True},
        requirements=[("work_supervisor", None, False), (None, "mio", False)],
        module_ids=[m.Training.get(m.Training.title == "NAH plus").id],
    )
    assert saved.created and requirements_of(saved.training.id) == [
        ("work_supervisor", None, False),
        (None, "mio", False),
    ]
    before = table_dump(database)
    with pytest.raises(ValidationError) as raised:
        save_training(saved.training.id, {"dayparts": "veel"}, requirements=[], module_ids=[])
    assert raised.value.field == "dayparts"
    with pytest.raises(ValidationError) as raised:
        save_training(saved.training.id, {"title": "Nieuwe titel"}, module_ids=[saved.training.id])
    assert raised.value.field == "modules"
    with pytest.raises(ValidationError) as raised:
        save_training(None, {"title": "bhv (BEDRIJFSHULPVERLENING)", "kind": "elearning"})
    assert raised.value.field == "title"
    assert table_dump(database) == before


def test_a_followed_training_is_retired_not_deleted(database, people):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    service_for(m.Enrolment).create(training=bhv.id, staff=people["staff"][0])
    with pytest.raises(ValidationError) as raised:
        service_for(m.Training).delete(bhv.id)
    assert "Active" in raised.value.message
    module = m.Training.get(m.Training.title == "NAH plus")
    with pytest.raises(ValidationError) as raised:
        service_for(m.Training).delete(module.id)
    assert "Leertraject vakmanschap" in raised.value.message


def test_session_dates_need_a_real_time_and_a_unique_part_of_day(session, database):
    service = service_for(m.SessionDate)
    date = service.create(session=session.id, date="1-6-2026", daypart="evening", start_time="18.30", end_time="21:30")
    assert date.start_time == "18:30"
    with pytest.raises(ValidationError) as raised:
        service.create(session=session.id, date="1-6-2026", daypart="evening")
    assert raised.value.field == "date"
    with pytest.raises(ValidationError) as raised:
        service.create(session=session.id, date="2-6-2026", daypart="evening", start_time="25:00")
    assert raised.value.field == "start_time"
    with pytest.raises(ValidationError) as raised:
        service.create(session=session.id, date="2-6-2026", daypart="evening", start_time="20:00", end_time="19:00")
    assert raised.value.field == "end_time"
