"""The saves, deletes and undo steps the last review found unguarded, with two real clients (two connections to one
file; two logins on a server with ``--engine=postgresql``): the second save, delete or undo is refused naming who
changed the record and when, and nothing is written. Scan rounds, development talks, school evaluations, the
studentwaardering, the trainings' undo steps (enrolling many, attendance, the expiry warning, a training's
requirements) and deleting a form from the BPV forms list."""

# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from desktop import clock
from desktop.errors import ChangedSinceReadError, NotFoundError
from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.kit.undo import UpdateCommand, redo_step, undo_step
from tests.helpers import table_dump
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture

NOT_SAVED = "nadat het hier geopend werd; deze wijziging is niet opgeslagen."


def changed_by(table: str, record_id: int | None = None, fields: str | None = None) -> str:
    """The sentence a refusal gives for the other client's newest entry in the change history about the record."""
    entry = m.AuditEntry
    found = entry.table_name == table
    if record_id is not None:
        found &= entry.record_id == record_id
    if fields is not None:
        found &= entry.changed_fields == fields
    at = entry.select().where(found).order_by(entry.id.desc()).get().at
    return f"Gewijzigd door {OTHER_LOGIN} om {at:%H:%M}, {NOT_SAVED}"


def deleted_by(table: str, record_id: int) -> str:
    entry = m.AuditEntry
    found = (entry.table_name == table) & (entry.record_id == record_id) & (entry.action == "delete")
    at = entry.select().where(found).order_by(entry.id.desc()).get().at
    return f"Verwijderd door {OTHER_LOGIN} om {at:%H:%M}, {NOT_SAVED}"


@pytest.fixture
def teams(database):
    location = service_for(m.Location).create(name="De Linde")
    return [service_for(m.Team).create(location=location.id, name=name).id for name in ("Kleinschalig", "Herstel")]


# -- saves and deletes ---------------------------------------------------------------------------------------------


def test_a_scan_round_saved_or_deleted_over_another_clients_change_is_refused(
    teams, other_client, monkeypatch, database
):
    from desktop.services import climate

    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams[:1])
    shown = climate.get_round(round_id)
    with working_as(other_client, monkeypatch):
        climate.save_round(round_id, "Teamscan najaar", "01-10-2026", "31-10-2026", teams[:1], shown.version)
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError) as on_save:
        climate.save_round(round_id, shown.name, "01-10-2026", "15-11-2026", teams, shown.version)
    with pytest.raises(ChangedSinceReadError) as on_delete:
        climate.delete_round(round_id, shown.version)

    assert on_save.value.message == on_delete.value.message == changed_by("scan_round", round_id)
    assert table_dump(database) == before


def test_a_scan_round_whose_teams_only_another_client_changed_is_not_saved_over(
    teams, other_client, monkeypatch, database
):
    from desktop.services import climate

    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", teams[:1])
    shown = climate.get_round(round_id)
    with working_as(other_client, monkeypatch):
        climate.save_round(round_id, shown.name, "01-10-2026", "31-10-2026", teams, shown.version)
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError):
        climate.save_round(round_id, "Teamscan najaar", "01-10-2026", "31-10-2026", teams[:1], shown.version)

    assert table_dump(database) == before
    assert climate.get_round(round_id).team_ids == tuple(teams)


@pytest.fixture
def staff(database):
    return [service_for(m.Staff).create(first_name=name, last_name="Smit").id for name in ("Anna", "Bram")]


def test_a_development_talk_saved_or_deleted_over_another_clients_change_is_refused(
    staff, other_client, monkeypatch, database
):
    from desktop.services import development

    anna, manager = staff
    talk_id = development.save_talk(anna, "poap", dt.date(2026, 3, 2), manager, "Richting NAH")
    (shown,) = development.talks_of(anna)
    with working_as(other_client, monkeypatch):
        development.save_talk(anna, "poap", shown.held_on, manager, "Richting NAH en EVV", talk_id, shown.version)
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError) as on_save:
        development.save_talk(anna, "poap", shown.held_on, manager, "Scholing", talk_id, shown.version)
    with pytest.raises(ChangedSinceReadError) as on_delete:
        development.delete_talk(talk_id, shown.version)

    assert on_save.value.message == on_delete.value.message == changed_by("development_talk", talk_id)
    assert table_dump(database) == before


def test_a_development_talk_another_client_deleted_is_named_as_deleted_by_them(
    staff, other_client, monkeypatch, database
):
    from desktop.services import development

    anna, manager = staff
    talk_id = development.save_talk(anna, "talk", dt.date(2026, 3, 2), manager)
    (shown,) = development.talks_of(anna)
    with working_as(other_client, monkeypatch):
        development.delete_talk(talk_id, shown.version)
    before = table_dump(database)

    with pytest.raises(NotFoundError) as refused:
        development.save_talk(anna, "talk", shown.held_on, manager, "Na het gesprek", talk_id, shown.version)

    assert refused.value.message == deleted_by("development_talk", talk_id)
    assert table_dump(database) == before


def test_a_school_evaluation_saved_or_deleted_over_another_clients_change_is_refused(
    period, other_client, monkeypatch, database
):
    from desktop.services import evaluations

    school = period.school_id
    review_id = evaluations.save_school_review(school, "01-10-2026", "Coördinator", "Intake samen.", "")
    shown = evaluations.school_review(review_id)
    with working_as(other_client, monkeypatch):
        evaluations.save_school_review(
            school, "01-10-2026", "Coördinator, bpv-docent", "Intake samen.", "", review_id, shown.version
        )
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError) as on_save:
        evaluations.save_school_review(
            school, "01-10-2026", "Coördinator", "Intake en eindgesprek samen.", "", review_id, shown.version
        )
    with pytest.raises(ChangedSinceReadError) as on_delete:
        evaluations.delete_school_review(review_id, shown.version)

    assert on_save.value.message == on_delete.value.message == changed_by("school_evaluation", review_id)
    assert table_dump(database) == before


def _answers() -> dict[int, int]:
    from desktop.services import waardering

    return {question.id: 4 for question in waardering.questions() if question.kind == "scale"}


def test_a_studentwaardering_stored_after_the_dialog_showed_none_is_not_saved_over(
    period, other_client, monkeypatch, database
):
    from desktop.services import waardering

    with working_as(other_client, monkeypatch):
        stored = waardering.save_evaluation(period.id, clock.today(), "paper", _answers(), seen_evaluation=0)
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError) as refused:  # a dialog that showed no answers yet
        waardering.save_evaluation(period.id, clock.today(), "typed", {**_answers(), 1: 2}, seen_evaluation=0)

    assert refused.value.message == changed_by("student_evaluation", stored)
    assert table_dump(database) == before


def test_a_studentwaardering_replaced_or_deleted_by_another_client_is_refused_on_a_save_and_a_delete(
    period, other_client, monkeypatch, database
):
    from desktop.services import waardering

    shown = waardering.save_evaluation(period.id, clock.today(), "paper", _answers())
    with working_as(other_client, monkeypatch):
        replaced = waardering.save_evaluation(period.id, clock.today(), "paper", {**_answers(), 1: 5}, shown)
    before = table_dump(database)
    with pytest.raises(ChangedSinceReadError) as on_save:
        waardering.save_evaluation(period.id, clock.today(), "typed", {**_answers(), 1: 2}, seen_evaluation=shown)
    with pytest.raises(ChangedSinceReadError) as on_delete:
        waardering.delete_evaluation(period.id, shown)
    assert on_save.value.message == on_delete.value.message == changed_by("student_evaluation", replaced)
    assert table_dump(database) == before

    with working_as(other_client, monkeypatch):
        waardering.delete_evaluation(period.id, replaced)
    before = table_dump(database)
    with pytest.raises(NotFoundError) as after_delete:
        waardering.save_evaluation(period.id, clock.today(), "typed", _answers(), seen_evaluation=replaced)
    assert after_delete.value.message == deleted_by("student_evaluation", replaced)
    assert table_dump(database) == before


def test_a_form_deleted_from_the_list_states_the_version_read_when_the_delete_was_asked(
    period, other_client, monkeypatch, database
):
    from desktop.services import forms

    form = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    row, version = forms.read_for_delete("assessment", form.id)  # the question is on screen
    with working_as(other_client, monkeypatch):
        forms.save_assessment(form.id, {"overall_judgement": "Zelfstandig in de zorg."}, seen_version=version)
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError) as refused:
        forms.delete_form(row.kind, row.id, version)

    assert refused.value.message == changed_by("assessment", form.id)
    assert table_dump(database) == before


# -- undo ------------------------------------------------------------------------------------------------------------


@pytest.fixture
def undo_stack(qapp):
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def session(database):
    training = service_for(m.Training).create(title="Tilvaardigheid", kind="classroom")
    session = service_for(m.TrainingSession).create(training=training.id, capacity=4)
    date = service_for(m.SessionDate).create(session=session.id, date=dt.date(2026, 11, 10), daypart="morning")
    return training.id, session.id, date.id


def test_undoing_enrolling_many_refuses_once_another_client_changed_one_of_them(
    session, staff, other_client, monkeypatch, undo_stack, database
):
    from desktop.services.training_enrolments import enrol_people
    from desktop.views.trainings.commands import EnrolManyCommand

    training, session_id, _date = session
    enrolled = enrol_people(training, session_id, [("staff", person) for person in staff])
    undo_stack.push(EnrolManyCommand(enrolled.created, "Inschrijven"))
    with working_as(other_client, monkeypatch):
        service_for(m.Enrolment).update(enrolled.created[1], notes="Komt een uur later.")
    before = table_dump(database)

    refused = undo_step(undo_stack)

    assert isinstance(refused, ChangedSinceReadError)
    assert refused.message == changed_by("enrolment", enrolled.created[1])
    assert table_dump(database) == before  # neither enrolment taken out


def test_undoing_attendance_refuses_once_another_client_recorded_another_mark(
    session, staff, other_client, monkeypatch, undo_stack, database
):
    from desktop.services.training_enrolments import enrol_people, record_attendances
    from desktop.views.trainings.commands import AttendanceCommand

    training, session_id, date = session
    first, second = enrol_people(training, session_id, [("staff", person) for person in staff]).created
    marks = [(first, date, True), (second, date, True)]
    record_attendances(marks)
    undo_stack.push(AttendanceCommand([(e, d, None, True) for e, d, _present in marks], "Aanwezigheid"))
    with working_as(other_client, monkeypatch):
        record_attendances([(second, date, False)])
    before = table_dump(database)

    refused = undo_step(undo_stack)

    assert isinstance(refused, ChangedSinceReadError)
    changed = m.Attendance.get(enrolment=second, session_date=date)
    assert refused.message == changed_by("attendance", changed.id)
    assert table_dump(database) == before  # the first mark stays too: all or nothing


def test_undoing_attendance_goes_through_while_nobody_else_changed_it(session, staff, undo_stack):
    from desktop.services.training_enrolments import enrol_people, record_attendances
    from desktop.views.trainings.commands import AttendanceCommand

    training, session_id, date = session
    (first, _second) = enrol_people(training, session_id, [("staff", person) for person in staff]).created
    for before, after in ((None, True), (True, False)):  # two steps on the same cell
        record_attendances([(first, date, after)])
        undo_stack.push(AttendanceCommand([(first, date, before, after)], "Aanwezigheid"))

    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None
    assert not m.Attendance.select().exists()
    assert redo_step(undo_stack) is None and redo_step(undo_stack) is None
    assert m.Attendance.get(enrolment=first, session_date=date).present is False


def test_undoing_the_expiry_warning_refuses_once_another_client_set_another(
    database, other_client, monkeypatch, undo_stack
):
    from desktop.services.training_matrix import set_warning_days, warning_days
    from desktop.views.trainings.commands import WarningDaysCommand

    before_days = set_warning_days(60)
    undo_stack.push(WarningDaysCommand(before_days, 60, "Waarschuwing"))
    with working_as(other_client, monkeypatch):
        set_warning_days(90)
    before = table_dump(database)

    refused = undo_step(undo_stack)

    assert isinstance(refused, ChangedSinceReadError)
    assert refused.message == changed_by("app_setting", fields="warning_days")
    assert table_dump(database) == before and warning_days() == 90


def test_undoing_a_trainings_requirements_refuses_once_another_client_changed_them(
    session, other_client, monkeypatch, undo_stack, database
):
    from desktop.services.trainings import requirements_of, save_training
    from desktop.views.trainings.commands import RowsCommand

    training, _session, _date = session
    saved = save_training(training, {}, requirements=[("trainer", None, False)])
    (change,) = saved.changes
    undo_stack.push(RowsCommand(change, "Training"))
    with working_as(other_client, monkeypatch):
        save_training(training, {}, requirements=[("assessor", None, False)], seen_version=saved.training.version)
    before = table_dump(database)

    refused = undo_step(undo_stack)

    assert isinstance(refused, ChangedSinceReadError)
    assert refused.message == changed_by("training_requirement", training)
    assert table_dump(database) == before and requirements_of(training) == [("assessor", None, False)]


def test_undoing_two_edits_of_one_record_by_the_same_person_goes_through_and_anyone_elses_is_still_refused(
    database, other_client, monkeypatch, undo_stack
):
    learners = service_for(m.Learner)
    learner = learners.create(first_name="Zoë", last_name="Berg", learner_type="bbl")
    for city in ("Zwolle", "Deventer"):
        _record, previous = learners.update(learner.id, city=city)
        undo_stack.push(UpdateCommand(learners, learner.id, {"city": city}, previous, "Bewerken"))

    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None  # the first was not taken for another's
    assert learners.get(learner.id).city == ""

    undo_stack.redo()
    with working_as(other_client, monkeypatch):
        learners.update(learner.id, phone="06-22222222")
    refused = undo_step(undo_stack)
    assert isinstance(refused, ChangedSinceReadError)
    assert learners.get(learner.id).city == "Zwolle"
