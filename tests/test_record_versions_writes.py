"""What record versions guard beyond a dialog's save, with two real clients (two connections to one file; two logins on
a server with ``--engine=postgresql``): a delete over someone else's later change is refused, a record someone else
deleted is named as deleted by them, undoing an early end refuses to put back what was changed since, and a write a
service makes of a record it read itself (a form's status after signing, an enrolment's place) counts the version up
as a save does."""

# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ChangedSinceReadError, NotFoundError
from desktop.services import forms, service_for, signing
from desktop.services.placements import end_early, redo_ending, undo_ending
from desktop.storage import models as m
from tests.factories import PNG
from tests.helpers import content_dump, table_dump
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture

NOT_SAVED = "nadat het hier geopend werd; deze wijziging is niet opgeslagen."


@pytest.fixture
def learners(database):
    return service_for(m.Learner)


@pytest.fixture
def learner(learners):
    return learners.create(first_name="Zoë", last_name="Berg", learner_type="bbl", phone="06-11111111")


def last_entry(table: str, record_id: int, action: str) -> m.AuditEntry:
    entry = m.AuditEntry
    found = (entry.table_name == table) & (entry.record_id == record_id) & (entry.action == action)
    return entry.select().where(found).order_by(entry.id.desc()).get()


def test_a_delete_over_another_clients_later_save_is_refused_and_deletes_nothing(
    learners, learner, other_client, monkeypatch, database
):
    opened = learners.get(learner.id)
    with working_as(other_client, monkeypatch):
        learners.update(learner.id, phone="06-22222222")
    before = table_dump(database)

    with pytest.raises(ChangedSinceReadError) as refused:
        learners.delete_unchanged(learner.id, opened.version)

    changed = last_entry("learner", learner.id, "update")
    assert refused.value.message == f"Gewijzigd door {OTHER_LOGIN} om {changed.at:%H:%M}, {NOT_SAVED}"
    assert table_dump(database) == before


def test_a_record_another_client_deleted_is_named_as_deleted_by_them_on_a_save_and_on_a_delete(
    learners, learner, other_client, monkeypatch, database
):
    opened = learners.get(learner.id)
    with working_as(other_client, monkeypatch):
        learners.delete(learner.id)
    deleted = last_entry("learner", learner.id, "delete")
    before = table_dump(database)

    with pytest.raises(NotFoundError) as on_save:
        learners.update(learner.id, seen_version=opened.version, city="Zwolle")
    with pytest.raises(NotFoundError) as on_delete:
        learners.delete_unchanged(learner.id, opened.version)
    with pytest.raises(NotFoundError) as without_version:
        service_for(m.Signature).delete_unchanged(learner.id, None)  # a record of a kind without versions

    expected = f"Verwijderd door {OTHER_LOGIN} om {deleted.at:%H:%M}, {NOT_SAVED}"
    assert on_save.value.message == expected and on_delete.value.message == expected
    assert without_version.value.message == f"Iemand anders heeft dit record verwijderd {NOT_SAVED}"
    assert table_dump(database) == before


def test_a_deletion_on_another_day_is_named_with_its_date(learners, learner, other_client, monkeypatch):
    opened = learners.get(learner.id)
    with working_as(other_client, monkeypatch):
        learners.delete(learner.id)
    deleted = last_entry("learner", learner.id, "delete")
    monkeypatch.setattr(clock, "today", lambda: deleted.at.date() + dt.timedelta(days=1))

    with pytest.raises(NotFoundError) as refused:
        learners.update(learner.id, seen_version=opened.version, city="Zwolle")

    assert refused.value.message.startswith(f"Verwijderd door {OTHER_LOGIN} op ")
    assert f" om {deleted.at:%H:%M}, {NOT_SAVED}" in refused.value.message


@pytest.fixture
def ending(period):
    return end_early(period.id, clock.today(), "switched_employer")


def test_undoing_an_early_end_refuses_once_another_client_changed_a_meeting_it_cancelled(
    period, ending, other_client, monkeypatch, database
):
    with working_as(other_client, monkeypatch):
        service_for(m.Meeting).update(ending.meetings[0], notes="Verzet naar later, in overleg.")
    before = content_dump(database)

    with pytest.raises(ChangedSinceReadError) as refused:
        undo_ending(ending)

    assert refused.value.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert content_dump(database) == before  # the period still ended, every meeting still cancelled


def test_undoing_an_early_end_refuses_once_another_client_changed_the_period(
    period, ending, other_client, monkeypatch, database
):
    with working_as(other_client, monkeypatch):
        service_for(m.BpvPeriod).update(period.id, end_reason_text="Verhuisd naar Groningen.")
    before = content_dump(database)

    with pytest.raises(ChangedSinceReadError):
        undo_ending(ending)

    assert content_dump(database) == before


def test_undo_and_redo_of_an_early_end_go_through_while_nobody_else_changed_anything(period, ending):
    undo_ending(ending)
    undo_state = m.BpvPeriod.get_by_id(period.id)
    assert undo_state.status != "ended_early"
    assert not m.Meeting.select().where((m.Meeting.period == period.id) & m.Meeting.cancelled).exists()
    redo_ending(ending)
    assert m.BpvPeriod.get_by_id(period.id).status == "ended_early"
    undo_ending(ending)  # each step states the versions the one before left
    assert m.BpvPeriod.get_by_id(period.id).status == undo_state.status


def test_a_redo_of_an_early_end_refuses_once_another_client_changed_a_task_after_the_undo(
    period, ending, other_client, monkeypatch, database
):
    undo_ending(ending)
    with working_as(other_client, monkeypatch):
        service_for(m.PhaseTask).update(ending.tasks[0], done_on=clock.today())
    before = content_dump(database)

    with pytest.raises(ChangedSinceReadError):
        redo_ending(ending)

    assert content_dump(database) == before


def test_the_status_signing_gives_a_form_counts_its_version_so_a_save_made_before_is_refused(period, monkeypatch):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    opened = service_for(m.Assessment).get(assessment.id)
    for row in signing.signatures("assessment", assessment.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    signed = service_for(m.Assessment).get(assessment.id)
    assert (signed.status, signed.version) == ("signed", opened.version + 1)

    signing.reopen("assessment", assessment.id)
    reopened = service_for(m.Assessment).get(assessment.id)
    assert (reopened.status, reopened.version) == ("draft", signed.version + 1)
    with pytest.raises(ChangedSinceReadError):
        service_for(m.Assessment).update(assessment.id, seen_version=signed.version, overall_judgement="Goed.")


def test_a_place_from_the_waiting_list_counts_the_enrolments_version(database):
    from desktop.services import training_enrolments as te

    training = service_for(m.Training).create(title="Tilvaardigheid", kind="classroom")
    session = service_for(m.TrainingSession).create(training=training.id, capacity=1)
    staff = [service_for(m.Staff).create(first_name=name, last_name="Smit") for name in ("Anna", "Bram")]
    first, waiting = (
        te.EnrolmentService().create(training=training.id, session=session.id, staff=person.id) for person in staff
    )
    waiting = service_for(m.Enrolment).get(waiting.id)
    assert waiting.status == "waiting"

    te.cancel_enrolment(first.id)

    promoted = service_for(m.Enrolment).get(waiting.id)
    assert (promoted.status, promoted.version) == ("enrolled", waiting.version + 1)
    assert service_for(m.Enrolment).get(first.id).version == first.version + 1


@pytest.fixture
def waiting_list(database):
    """A session of one place: one person has it, one waits."""
    from desktop.services import training_enrolments as te

    training = service_for(m.Training).create(title="Tilvaardigheid", kind="classroom")
    session = service_for(m.TrainingSession).create(training=training.id, capacity=1)
    staff = [service_for(m.Staff).create(first_name=name, last_name="Smit") for name in ("Anna", "Bram")]
    return [te.EnrolmentService().create(training=training.id, session=session.id, staff=p.id) for p in staff]


def test_undoing_a_cancellation_refuses_once_another_client_changed_the_promoted_enrolment(
    waiting_list, other_client, monkeypatch, database
):
    from desktop.services.training_enrolments import apply_states, cancel_enrolment, enrolment_versions

    first, waiting = waiting_list
    change = cancel_enrolment(first.id)
    versions = enrolment_versions([state["id"] for state in change.after])
    with working_as(other_client, monkeypatch):
        service_for(m.Enrolment).update(waiting.id, notes="Komt met de trein.")
    before = content_dump(database)

    with pytest.raises(ChangedSinceReadError) as refused:
        apply_states(change.before, versions)

    assert refused.value.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert content_dump(database) == before  # the cancellation and the promotion stand
    versions = apply_states(change.before, enrolment_versions([state["id"] for state in change.after]))
    assert service_for(m.Enrolment).get(first.id).status == "enrolled"
    apply_states(change.after, versions)  # the redo states what the undo left
    assert service_for(m.Enrolment).get(waiting.id).status == "enrolled"


def test_a_training_saved_over_another_clients_change_of_only_its_requirements_is_refused(
    database, other_client, monkeypatch
):
    from desktop.services.trainings import save_training

    training = service_for(m.Training).create(title="BHV", kind="classroom")
    opened = service_for(m.Training).get(training.id)
    with working_as(other_client, monkeypatch):
        saved = save_training(training.id, {}, [("practice_trainer", None, False)], seen_version=opened.version)
    assert saved.training.version == opened.version + 1  # its requirements are the training's too

    with pytest.raises(ChangedSinceReadError):
        save_training(training.id, {"title": "BHV basis"}, [], seen_version=opened.version)

    assert service_for(m.Training).get(training.id).title == "BHV"
    assert m.TrainingRequirement.select().where(m.TrainingRequirement.training == training.id).count() == 1


def test_a_budget_set_over_another_clients_is_refused(database, other_client, monkeypatch):
    from decimal import Decimal

    from desktop.services.budget import budgets_of, set_budget

    set_budget(2026, None, "10000")
    (shown,) = budgets_of(2026)
    with working_as(other_client, monkeypatch):
        set_budget(2026, None, "12000", shown["version"])

    with pytest.raises(ChangedSinceReadError):
        set_budget(2026, None, "9000", shown["version"])
    with pytest.raises(ChangedSinceReadError):  # a window that showed none, where someone else set one since
        set_budget(2026, None, "9000", 0)

    assert [row["amount"] for row in budgets_of(2026)] == [Decimal("12000")]


def test_undoing_a_request_save_refuses_once_another_client_changed_the_request(database, other_client, monkeypatch):
    from desktop.services import external_requests as requests
    from tests.factories import external_request

    request_id = external_request()
    opened = requests.get_request(request_id)
    saved = requests.save_request(request_id, {"cost": "500"}, seen_version=opened.version)
    with pytest.raises(ChangedSinceReadError):  # a dialog opened before this save
        requests.save_request(request_id, {"cost": "550"}, seen_version=opened.version)
    with working_as(other_client, monkeypatch):
        requests.save_request(request_id, {"notes": "Na overleg met de teamleider."})

    with pytest.raises(ChangedSinceReadError):
        requests.undo_save(saved)

    stored = requests.get_request(request_id)
    assert (stored.cost, stored.notes) == (500, "Na overleg met de teamleider.")


def test_marking_done_from_the_agenda_refuses_a_meeting_another_client_changed_since(period, other_client, monkeypatch):
    from desktop.services.agenda import load_agenda, mark_done

    item = next(item for item in load_agenda(clock.today() + dt.timedelta(days=400)).items if item.table == "meeting")
    with working_as(other_client, monkeypatch):
        service_for(m.Meeting).update(item.record_id, planned_on=item.due + dt.timedelta(days=7))

    with pytest.raises(ChangedSinceReadError):
        mark_done(item.table, item.record_id, seen_version=item.version)

    assert service_for(m.Meeting).get(item.record_id).held_on is None


def test_a_form_saved_over_another_clients_change_is_refused_also_when_only_its_werkprocessen_changed(
    period, other_client, monkeypatch
):
    from tests.factories import _processes

    assignment = forms.save_assignment(None, {"period": period.id, "title": "Overdracht"})
    opened = service_for(m.PracticeAssignment).get(assignment.id)
    with working_as(other_client, monkeypatch):
        forms.save_assignment(assignment.id, {}, work_processes=_processes(period)[:1], seen_version=opened.version)
    assert service_for(m.PracticeAssignment).get(assignment.id).version == opened.version + 1

    with pytest.raises(ChangedSinceReadError) as refused:
        forms.save_assignment(assignment.id, {"title": "Overdracht geven"}, seen_version=opened.version)

    assert refused.value.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert signing.get_form("assignment", assignment.id).title == "Overdracht"
    unchanged = service_for(m.PracticeAssignment).get(assignment.id)
    assert forms.save_assignment(assignment.id, {}, seen_version=unchanged.version).version == unchanged.version


def test_undoing_a_form_edit_refuses_once_another_client_changed_the_form(period, other_client, monkeypatch):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    before = forms.snapshot_form("assessment", assessment.id)
    forms.save_assessment(assessment.id, {"overall_judgement": "Goed."}, seen_version=before.row["version"])
    after = forms.snapshot_form("assessment", assessment.id)
    with working_as(other_client, monkeypatch):
        forms.save_assessment(assessment.id, {"planned_hours": 24})

    with pytest.raises(ChangedSinceReadError):
        forms.replace_form("assessment", before, after.row["version"])

    stored = signing.get_form("assessment", assessment.id)
    assert (stored.overall_judgement, stored.planned_hours) == ("Goed.", 24)


def test_undo_and_redo_of_a_form_edit_go_through_while_nobody_else_changed_it(period):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    before = forms.snapshot_form("assessment", assessment.id)
    forms.save_assessment(assessment.id, {"overall_judgement": "Goed."}, seen_version=before.row["version"])
    after = forms.snapshot_form("assessment", assessment.id)

    undone = forms.replace_form("assessment", before, after.row["version"])
    assert signing.get_form("assessment", assessment.id).overall_judgement == ""
    # Put back with a version of its own, never the snapshot's, which a dialog opened before may still hold.
    assert undone == after.row["version"] + 1 == signing.get_form("assessment", assessment.id).version
    forms.replace_form("assessment", after, undone)  # the redo states the version the undo left
    assert signing.get_form("assessment", assessment.id).overall_judgement == "Goed."


def test_a_trajectory_saved_or_undone_over_another_clients_change_of_its_goals_is_refused(
    database, other_client, monkeypatch
):
    from desktop.services import coaching_trajectories as trajectories
    from desktop.services.coaching_trajectories import GoalLine
    from tests.factories import coaching_people, values

    trajectory = trajectories.save_trajectory(None, values(coaching_people()))
    before = trajectories.snapshot_trajectory(trajectory.id)
    trajectories.save_trajectory(trajectory.id, {"manager_expectations": "Twee gesprekken."}, seen_version=1)
    after = trajectories.snapshot_trajectory(trajectory.id)
    with working_as(other_client, monkeypatch):
        goal = GoalLine("Rustig blijven bij onrust op de groep.")
        trajectories.save_trajectory(trajectory.id, {}, goals=[goal], seen_version=after.row["version"])

    with pytest.raises(ChangedSinceReadError) as refused:
        trajectories.save_trajectory(trajectory.id, {"notes": "Start in maart."}, seen_version=after.row["version"])
    with pytest.raises(ChangedSinceReadError):
        trajectories.replace_trajectory(before, after.row["version"])  # the undo of the first edit

    assert refused.value.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert [g.text for g in trajectories.goals_of(trajectory.id)] == [goal.text]
    assert trajectories.get_trajectory(trajectory.id).manager_expectations == "Twee gesprekken."


def test_undoing_a_replan_refuses_once_another_client_changed_a_meeting(period, other_client, monkeypatch, database):
    from desktop.services.catalogue import replace_meetings, replan_and_report

    before, after = replan_and_report(period.id)
    with working_as(other_client, monkeypatch):
        service_for(m.Meeting).update(after[-1]["id"], participants="Zoë, Jan en de werkbegeleider")
    stored = content_dump(database)

    with pytest.raises(ChangedSinceReadError) as refused:
        replace_meetings(period.id, before, expected=after)

    assert refused.value.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")
    assert content_dump(database) == stored
    replace_meetings(period.id, before, expected=_meetings_now(period.id))  # as stored now, it goes through
    assert len(m.Meeting.select().where(m.Meeting.period == period.id)) == len(before)


def _meetings_now(period_id: int) -> list[dict]:
    return list(m.Meeting.select().where(m.Meeting.period == period_id).dicts())


def test_a_teams_agreed_action_saved_or_deleted_over_another_clients_change_is_refused(
    database, other_client, monkeypatch
):
    from desktop.services import climate

    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen")
    action_id = climate.save_action(None, team.id, "Elke week een teamoverleg.", "Teamleider", None, None)
    (read,) = climate.actions(team.id)
    with working_as(other_client, monkeypatch):
        climate.save_action(action_id, team.id, read.what, "Teamleider en EVV'er", None, None, read.version)

    with pytest.raises(ChangedSinceReadError):
        climate.save_action(action_id, team.id, "Elke twee weken.", read.who, None, None, read.version)
    with pytest.raises(ChangedSinceReadError):
        climate.delete_action(action_id, read.version)

    assert [(a.what, a.who) for a in climate.actions(team.id)] == [(read.what, "Teamleider en EVV'er")]


def test_a_register_meeting_saved_over_another_clients_change_of_who_took_part_is_refused(
    database, other_client, monkeypatch
):
    from desktop.services import group_learning

    anna, bram = (service_for(m.Staff).create(first_name=name, last_name="Smit").id for name in ("Anna", "Bram"))
    entry = ("intervision", "2026-09-10", None, None, "Casus bespreken", "")
    table, record_id = group_learning.save_entry(None, None, *entry, [anna])
    (read,) = group_learning.register("intervision")
    with working_as(other_client, monkeypatch):
        group_learning.save_entry(table, record_id, *entry, [anna, bram], seen_version=read.version)

    with pytest.raises(ChangedSinceReadError):
        group_learning.save_entry(table, record_id, *entry[:4], "Casus en afspraken", "", [anna], read.version)
    with pytest.raises(ChangedSinceReadError):
        group_learning.delete_entry(table, record_id, read.version)

    (stored,) = group_learning.register("intervision")
    assert (stored.topic, sorted(stored.participant_ids)) == ("Casus bespreken", sorted([anna, bram]))


def test_a_periods_evaluation_talk_saved_over_another_clients_is_refused(period, other_client, monkeypatch):
    from desktop.services import evaluations

    day = clock.today()
    with working_as(other_client, monkeypatch):
        evaluations.save_talk(period.id, day, "Zoë, Jan", "Goed ingewerkt.", "", seen_version=0)

    with pytest.raises(ChangedSinceReadError):  # a dialog that showed no talk yet
        evaluations.save_talk(period.id, day, "Zoë, Jan", "Snel zelfstandig.", "", seen_version=0)
    shown = evaluations.talk_of(period.id)
    evaluations.save_talk(period.id, day, "Zoë, Jan", "Snel zelfstandig.", "", seen_version=shown.version)

    assert evaluations.talk_of(period.id).went_well == "Snel zelfstandig."
