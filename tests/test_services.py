"""Create, update and delete through the services: rules, messages and an unchanged database on failure."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import NotFoundError, ValidationError
from desktop.services import SERVICES, service_for
from desktop.storage import models as m
from tests.helpers import content_dump, table_dump


@pytest.fixture
def learners(database):
    return service_for(m.Learner)


def make_programme(**values):
    data = dict(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL", cohort=2026)
    return service_for(m.Programme).create(**{**data, **values})


def make_period(database, **values):
    learner = service_for(m.Learner).create(first_name="Ayşe", last_name="Yılmaz", learner_type="bbl")
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    data = dict(
        learner=learner.id,
        programme=make_programme().id,
        school=school.id,
        contract_type="work_learn",
        start_date="1-9-2026",
        end_date="2027-07-01",
    )
    return service_for(m.BpvPeriod).create(**{**data, **values})


@pytest.mark.parametrize(
    "first, prefix, last, shown, sorted_as",
    [
        ("Zoë", "van der", "Berg", "Zoë van der Berg", "Berg, Zoë van der"),
        ("Ayşe", "", "Yılmaz", "Ayşe Yılmaz", "Yılmaz, Ayşe"),
        ("Jan-Willem", "'t", "Hart", "Jan-Willem 't Hart", "Hart, Jan-Willem 't"),
        ("Chloé", "De", "Vries", "Chloé de Vries", "Vries, Chloé de"),
        ("Đorđe", "", "O'Neill", "Đorđe O'Neill", "O'Neill, Đorđe"),
    ],
)
def test_real_names_are_accepted_and_shown_the_dutch_way(learners, first, prefix, last, shown, sorted_as):
    learner = learners.create(first_name=first, name_prefix=prefix, last_name=last, learner_type="mio")
    assert learner.display_name == shown
    assert learner.sort_name == sorted_as


@pytest.mark.parametrize(
    "values, field, reason",
    [
        (dict(first_name="", last_name="Berg", learner_type="bbl"), "first_name", "verplicht"),
        (dict(first_name="Zoë", last_name="   ", learner_type="bbl"), "last_name", "verplicht"),
        (dict(first_name="Zo3", last_name="Berg", learner_type="bbl"), "first_name", "letters"),
        (dict(first_name="Zoë", last_name="Berg\x00", learner_type="bbl"), "last_name", "stuurteken"),
        (dict(first_name="Zoë", last_name="B" * 101, learner_type="bbl"), "last_name", "te lang"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="stagiair"), "learner_type", "Onbekende waarde"),
        (dict(first_name="Zoë", last_name="Berg"), "learner_type", "verplicht"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="bbl", birth_date="31-02-2005"), "birth_date", "datum"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="bbl", birth_date="1-1-2090"), "birth_date", "toekomst"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="bbl", birth_date="1-1-1890"), "birth_date", "datum"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="bbl", email="zoe@"), "email", "e-mailadres"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="bbl", phone="06-abc"), "phone", "telefoonnummer"),
        (dict(first_name="Zoë", last_name="Berg", learner_type="bbl", bsn="123456782"), "bsn", "Onbekend veld"),
    ],
)
def test_bad_learner_input_names_the_field_and_changes_nothing(database, learners, values, field, reason):
    before = table_dump(database)
    with pytest.raises(ValidationError) as caught:
        learners.create(**values)
    assert caught.value.field == field
    assert reason in caught.value.message
    assert table_dump(database) == before


@pytest.mark.parametrize(
    "values, field",
    [
        (dict(crebo="2549"), "crebo"),
        (dict(crebo="2549a"), "crebo"),
        (dict(crebo=""), "crebo"),
        (dict(level="5"), "level"),
        (dict(pathway="deeltijd"), "pathway"),
        (dict(pathway=None), "pathway"),
        (dict(cohort="twintig"), "cohort"),
    ],
)
def test_bad_programme_input(database, values, field):
    before = table_dump(database)
    with pytest.raises(ValidationError) as caught:
        make_programme(**values)
    assert caught.value.field == field
    assert table_dump(database) == before


def test_hbo_programme_needs_no_crebo_or_pathway(database):
    programme = make_programme(name="Logopedie", crebo=None, level="HBO", pathway=None)
    assert programme.level == "hbo" and programme.crebo is None


def test_period_rules(database):
    with pytest.raises(ValidationError) as caught:
        make_period(database, start_date="2026-09-01", end_date="2026-08-01")
    assert caught.value.field == "end_date"


def test_ended_early_needs_date_and_reason(database):
    period = make_period(database)
    service = service_for(m.BpvPeriod)
    with pytest.raises(ValidationError) as caught:
        service.update(period.id, status="ended_early")
    assert caught.value.field == "ended_on"
    with pytest.raises(ValidationError) as caught:
        service.update(period.id, status="ended_early", ended_on="2026-12-01")
    assert caught.value.field == "end_reason"
    service.update(period.id, status="ended_early", ended_on="2026-12-01", end_reason="Andere opleiding gekozen")
    assert m.BpvPeriod.get_by_id(period.id).status == "ended_early"


def test_supervisor_must_belong_to_the_school(database):
    period = make_period(database)
    other = service_for(m.School).create(name="Hogeschool Fictief")
    supervisor = service_for(m.SchoolSupervisor).create(first_name="Anaïs", last_name="Dubois", school=other.id)
    with pytest.raises(ValidationError) as caught:
        service_for(m.BpvPeriod).update(period.id, school_supervisor=supervisor.id)
    assert caught.value.field == "school_supervisor"


def test_references_to_missing_records_are_refused(database):
    before = table_dump(database)
    with pytest.raises(ValidationError) as caught:
        service_for(m.Team).create(location=4242, name="Nergens")
    assert caught.value.field == "location"
    assert table_dump(database) == before


def test_duplicate_names_get_a_clear_error(database):
    service_for(m.School).create(name="ROC Fictief Zuid")
    with pytest.raises(ValidationError) as caught:
        service_for(m.School).create(name="ROC Fictief Zuid")
    assert caught.value.field == "name" and "Bestaat al" in caught.value.message


def test_update_reports_what_changed_and_audits_field_names_only(database, learners):
    learner = learners.create(first_name="Zoë", last_name="Berg", learner_type="bbl", email="zoe@voorbeeld.nl")
    _record, previous = learners.update(learner.id, last_name="Bergh", email="zoe@voorbeeld.nl")
    assert previous == {"last_name": "Berg"}
    entry = m.AuditEntry.select().order_by(m.AuditEntry.id.desc()).get()
    assert (entry.action, entry.table_name, entry.record_id, entry.changed_fields) == (
        "update",
        "learner",
        learner.id,
        "last_name",
    )
    audit_text = " ".join(str(value) for row in m.AuditEntry.select().tuples() for value in row)
    assert "Zoë" not in audit_text and "Berg" not in audit_text and "voorbeeld" not in audit_text


def test_unchanged_update_writes_nothing(database, learners):
    learner = learners.create(first_name="Zoë", last_name="Berg", learner_type="bbl")
    before = table_dump(database)
    _record, previous = learners.update(learner.id, first_name=" Zoë ")
    assert previous == {}
    assert table_dump(database) == before


def test_delete_is_refused_while_others_refer_to_it(database):
    period = make_period(database)
    before = table_dump(database)
    with pytest.raises(ValidationError, match="verwijzen"):
        service_for(m.School).delete(period.school_id)
    assert table_dump(database) == before


def test_delete_and_restore_bring_back_dependent_rows(database):
    period = make_period(database)
    service_for(m.Meeting).create(period=period.id, kind="introduction", planned_on=dt.date(2026, 9, 2))
    service_for(m.LearningGoal).create(period=period.id, text="Ik voer de ADL-zorg zelfstandig uit.")
    learners = service_for(m.Learner)
    before = content_dump(database)
    snapshot = learners.delete(period.learner_id)
    assert m.BpvPeriod.select().count() == 0 and m.Meeting.select().count() == 0
    assert m.PhaseTask.select().count() == 0
    learners.restore(snapshot)
    assert content_dump(database) == before


def test_missing_record(database, learners):
    with pytest.raises(NotFoundError):
        learners.update(999, first_name="Zoë")


def test_learning_goal_belongs_to_exactly_one_owner(database):
    period = make_period(database)
    before = table_dump(database)
    with pytest.raises(ValidationError):
        service_for(m.LearningGoal).create(text="Zonder eigenaar")
    with pytest.raises(ValidationError):
        trajectory_owner = dict(period=period.id, enrolment=None, trajectory=None)
        service_for(m.LearningGoal).create(text="Twee eigenaren", **trajectory_owner, reviewed_by=12345)
    assert table_dump(database) == before


def test_organisation_rules(database):
    organisation = service_for(m.Organisation)
    before = table_dump(database)
    for values, field in [
        (dict(sbb_id="12ab"), "sbb_id"),
        (dict(sbb_id="²³⁴⁵"), "sbb_id"),
        (dict(email="info@zorg"), "email"),
        (dict(logo=b"GIF89a not an image"), "logo"),
        (dict(logo=b"\x89PNG" + b"\x00" * (3 * 1024 * 1024)), "logo"),
    ]:
        with pytest.raises(ValidationError) as caught:
            organisation.save(**values)
        assert caught.value.field == field
    assert table_dump(database) == before
    organisation.save(name="Zorggroep De Linde", sbb_id="100 234 567")
    assert organisation.current().sbb_id == "100234567"


def test_every_model_has_a_service():
    assert set(SERVICES) == set(m.ALL_MODELS) - {m.AuditEntry}


def test_delete_and_restore_bring_back_rows_reached_along_several_paths(tmp_path):
    """A staff member is coach, manager, participant and signer: every row that went must come back."""
    import datetime as dt

    from desktop.demo import generate_demo
    from desktop.storage.database import close_database, open_database
    from tests.helpers import table_dump

    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=20, seed=3, today=dt.date(2026, 5, 4))
    database = open_database(path)
    staff = service_for(m.Staff)
    coaches = {t.coach_id for t in m.CoachingTrajectory.select()}  # a coach cannot be deleted (RESTRICT)

    def reach(member) -> int:
        trajectories = m.CoachingTrajectory.select().where(m.CoachingTrajectory.participant_staff == member).count()
        return trajectories * 10 + m.Enrolment.select().where(m.Enrolment.staff == member).count()

    busiest = sorted((s for s in m.Staff.select() if s.id not in coaches), key=reach, reverse=True)[:6]
    assert reach(busiest[0]) >= 10  # a participant with enrolments: rows reachable along several paths
    try:
        for member in busiest:
            before = [row for row in table_dump(database) if row[0] not in ("audit_log", "sqlite_sequence")]
            snapshot = staff.delete(member.id)
            staff.restore(snapshot)
            after = [row for row in table_dump(database) if row[0] not in ("audit_log", "sqlite_sequence")]
            assert after == before, f"staff {member.id} did not come back whole"
    finally:
        close_database()


def test_ids_are_never_reused_so_undo_cannot_overwrite(database):
    schools = service_for(m.School)
    first = schools.create(name="Hoofdlocatie ROC")
    snapshot = schools.delete(first.id)
    second = schools.create(name="Tweede ROC")
    assert second.id > first.id
    schools.restore(snapshot)
    assert {s.name for s in m.School.select()} == {"Hoofdlocatie ROC", "Tweede ROC"}
    with pytest.raises(ValidationError, match="teruggezet"):
        schools.restore(snapshot)


@pytest.mark.parametrize(
    "model, values, field, fragment",
    [
        (m.StaffRole, dict(role=["practice_trainer"], staff=1), "role", "Onbekende waarde"),
        (m.Location, dict(name=["Venlo"]), "name", "tekst"),
        (m.Location, dict(name={"naam": "Venlo"}), "name", "tekst"),
        (m.Team, dict(location=10**30, name="Noord"), "location", "te groot"),
        (m.Training, dict(title="BHV", kind="classroom", dayparts=10**20), "dayparts", "te groot"),
        (m.Training, dict(title="BHV", kind="classroom", cost="1e30"), "cost", "te groot"),
        (m.Training, dict(title="BHV", kind="classroom", cost="NaN"), "cost", "geen getal"),
        (m.Training, dict(title="BHV", kind="classroom", hours="1.234"), "hours", "decimalen"),
        (m.Training, dict(title="BHV", kind="classroom", dayparts=True), "dayparts", "geheel getal"),
        (m.Training, dict(title="BHV", kind="classroom", validity_months=0), "validity_months", "minstens 1"),
        (m.Learner, dict(first_name="Zo\ud800ë", last_name="Berg", learner_type="bbl"), "first_name", "beschadigd"),
        (m.Programme, dict(name="VIG", crebo="٢٥٤٩١", level="3", pathway="BBL"), "crebo", "vijf cijfers"),
        (m.LearningGoal, dict(text="Zonder eigenaar"), "period", "precies één"),
        (m.CoachMeeting, dict(held_on="2026-13-01"), "held_on", "geen geldige datum"),
        (m.Enrolment, dict(training=999999, staff=1, waiting_since="gisteren"), "training", "niet bestaat"),
    ],
)
def test_odd_input_becomes_a_validation_error_on_the_right_field(database, model, values, field, fragment):
    before = table_dump(database)
    with pytest.raises(ValidationError) as caught:
        service_for(model).create(**values)
    assert (caught.value.field, fragment in caught.value.message) == (field, True), caught.value.message
    assert table_dump(database) == before


def test_timestamps_are_checked(database):
    training = service_for(m.Training).create(title="BHV", kind="classroom")
    staff = service_for(m.Staff).create(first_name="Søren", last_name="Müller")
    with pytest.raises(ValidationError) as caught:
        service_for(m.Enrolment).create(training=training.id, staff=staff.id, waiting_since="gisteren")
    assert caught.value.field == "waiting_since"
    enrolment = service_for(m.Enrolment).create(training=training.id, staff=staff.id, waiting_since="2026-11-20 09:30")
    assert enrolment.waiting_since == dt.datetime(2026, 11, 20, 9, 30)


@pytest.mark.parametrize("record_id", [[1], True, 10**30, "1", None, -1])
def test_odd_record_numbers_are_not_found(database, record_id):
    service_for(m.Location).create(name="Venlo")
    with pytest.raises(NotFoundError):
        service_for(m.Location).update(record_id, name="Roermond")
    assert m.Location.get().name == "Venlo"


def test_a_database_rule_is_reported_on_its_field(database):
    """Where no service rule catches a value, the database's CHECK does, and the error names the field."""
    period = make_period(database)
    assessment = service_for(m.Assessment).create(number="B-9", period=period.id, kind="interim")
    before = table_dump(database)
    with pytest.raises(ValidationError) as caught:
        service_for(m.Signature).create(
            assessment=assessment.id, signer_role="learner", signer_name="Zoë van der Berg", content_hash="abc"
        )
    assert caught.value.field == "content_hash" and "niet toegestaan" in caught.value.message
    assert table_dump(database) == before
