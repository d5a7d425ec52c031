"""The coaching, BPV period and budget undo steps state the version this program's own newest step left in a record
(`services.step_versions`), as the learners' and trainings' steps do: undoing one after a later step of the same
person on the same record goes through (it was refused, naming the person themselves), and a change another client
(a second connection to the file; another login with ``--engine=postgresql``) made since is still refused, saying who
and when, with nothing written."""

# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from desktop import clock
from desktop.errors import ChangedSinceReadError
from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.kit.undo import UpdateCommand, redo_step, undo_step
from tests.helpers import content_dump
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture


@pytest.fixture
def undo_stack(qapp):
    stack = QUndoStack()
    yield stack
    stack.clear()


def refused_by_other(error) -> bool:
    return isinstance(error, ChangedSinceReadError) and error.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om ")


@pytest.fixture
def refused_after_another_clients_change(undo_stack, database, other_client, monkeypatch):
    """Checks that once the other client made a change (a function), the next undo is refused naming them, and
    writes nothing."""

    def check(change) -> None:
        with working_as(other_client, monkeypatch):
            change()
        stored = content_dump(database)
        assert refused_by_other(undo_step(undo_stack))
        assert content_dump(database) == stored

    return check


# -- coaching: a coach meeting ------------------------------------------------------------------------------------


def test_undoing_two_edits_of_a_coach_meeting_goes_through_and_another_clients_change_is_refused(
    database, other_client, monkeypatch, undo_stack, refused_after_another_clients_change
):
    from desktop.services import coaches
    from desktop.views.coaching.meeting_dialog import MeetingChangeCommand, state_of

    meeting = coaches.save_meeting(None, dt.date(2026, 3, 2), "", [])
    for notes in ("Intervisie", "Intervisie en casus"):
        before = state_of(meeting.id)
        saved = coaches.save_meeting(meeting.id, before.held_on, notes, [], seen_version=meeting.version)
        undo_stack.push(MeetingChangeCommand(meeting.id, before, state_of(meeting.id), "Bewerken", saved.version))
        meeting = saved

    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None  # the first was not taken for another's
    assert coaches.get_meeting(meeting.id).notes == ""

    assert redo_step(undo_stack) is None
    refused_after_another_clients_change(
        lambda: coaches.save_meeting(meeting.id, dt.date(2026, 3, 9), "Intervisie", [])
    )


# -- BPV period: ending early and planning the meetings again -----------------------------------------------------


def test_undoing_an_early_end_after_undoing_a_later_edit_of_the_period_goes_through(
    period, database, other_client, monkeypatch, undo_stack, refused_after_another_clients_change
):
    from desktop.services.placements import end_early
    from desktop.views.learners.period_dialog import EndingCommand

    periods = service_for(m.BpvPeriod)
    undo_stack.push(EndingCommand(end_early(period.id, clock.today(), "switched_employer")))
    _record, previous = periods.update(period.id, end_reason_text="Verhuisd.")
    undo_stack.push(UpdateCommand(periods, period.id, {"end_reason_text": "Verhuisd."}, previous, "Bewerken"))

    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None
    assert periods.get(period.id).status != "ended_early"

    assert redo_step(undo_stack) is None
    refused_after_another_clients_change(lambda: periods.update(period.id, notes="Gesprek met school gehad."))


def replanned_and_first_meeting_marked_held(period, undo_stack) -> tuple[list[dict], list[dict]]:
    """The period's meetings planned again, then the first new one marked held, each an undo step; the meetings
    before and after the replan."""
    from desktop.services.agenda import mark_done
    from desktop.services.catalogue import replan_and_report
    from desktop.views.learners.period_dialog import ReplanCommand

    before, after = replan_and_report(period.id)
    undo_stack.push(ReplanCommand(period.id, before, after, "Opnieuw plannen"))
    first = after[0]["id"]
    done = mark_done("meeting", first, seen_version=after[0]["version"])
    undo_stack.push(
        UpdateCommand(service_for(m.Meeting), first, done.new, done.previous, "Gehouden", version=done.version)
    )
    return before, after


def test_undoing_a_replan_after_undoing_a_meeting_marked_held_goes_through(
    period, database, other_client, monkeypatch, undo_stack, refused_after_another_clients_change
):
    meetings = service_for(m.Meeting)
    before, after = replanned_and_first_meeting_marked_held(period, undo_stack)

    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None
    assert sorted(row["id"] for row in m.Meeting.select().where(m.Meeting.period == period.id).dicts()) == sorted(
        row["id"] for row in before
    )

    assert redo_step(undo_stack) is None
    refused_after_another_clients_change(
        lambda: meetings.update(after[-1]["id"], participants="Zoë en de werkbegeleider")
    )


def test_a_meeting_put_back_by_a_redo_gets_a_new_version_so_a_dialog_opened_before_cannot_save_over_a_later_edit(
    period, database, other_client, monkeypatch, undo_stack
):
    meetings = service_for(m.Meeting)
    before, after = replanned_and_first_meeting_marked_held(period, undo_stack)
    first = after[0]["id"]
    opened = meetings.get(first).version  # the other coordinator's dialog opens the meeting marked held
    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None
    assert redo_step(undo_stack) is None  # planned again: the meeting is back as the replan made it
    shown = meetings.get(first)  # as the person's dialog reads it now
    meetings.update(first, participants="Zoë en de werkbegeleider", seen_version=shown.version)

    with working_as(other_client, monkeypatch), pytest.raises(ChangedSinceReadError):
        meetings.update(first, notes="Ging goed.", seen_version=opened)
    stored = meetings.get(first)
    assert (stored.participants, stored.notes) == ("Zoë en de werkbegeleider", "")


# -- budget: an external request ----------------------------------------------------------------------------------


def test_undoing_two_saves_of_an_external_request_goes_through_and_another_clients_change_is_refused(
    database, other_client, monkeypatch, undo_stack, refused_after_another_clients_change
):
    from desktop.services import external_requests as requests
    from desktop.views.budget.commands import SaveRequestCommand
    from tests.factories import external_request

    request_id = external_request()
    for cost in ("500", "550"):
        saved = requests.save_request(request_id, {"cost": cost}, seen_version=requests.get_request(request_id).version)
        undo_stack.push(SaveRequestCommand(saved, "Aanvraag wijzigen"))

    assert undo_step(undo_stack) is None and undo_step(undo_stack) is None
    assert requests.get_request(request_id).cost == 450

    assert redo_step(undo_stack) is None
    refused_after_another_clients_change(
        lambda: requests.save_request(request_id, {"notes": "Na overleg met de teamleider."})
    )


# -- coaching: a trajectory, kept as whole snapshots ---------------------------------------------------------------


def test_a_trajectory_put_back_by_an_undo_gets_a_new_version_so_a_dialog_opened_before_cannot_save_over_a_later_edit(
    database, other_client, monkeypatch, undo_stack
):
    from desktop.services import coaching_trajectories as trajectories
    from desktop.views.coaching.trajectory_dialog import EditTrajectoryCommand
    from tests.factories import coaching_people, values

    trajectory = trajectories.save_trajectory(None, values(coaching_people()))
    before = trajectories.snapshot_trajectory(trajectory.id)
    trajectories.save_trajectory(trajectory.id, {"manager_expectations": "Twee gesprekken."}, seen_version=1)
    undo_stack.push(EditTrajectoryCommand(before, trajectories.snapshot_trajectory(trajectory.id)))
    opened = trajectories.get_trajectory(trajectory.id).version  # the other coordinator's dialog opens it now
    assert undo_step(undo_stack) is None
    shown = trajectories.get_trajectory(trajectory.id)  # as the person's dialog reads it after the undo
    trajectories.save_trajectory(trajectory.id, {"notes": "Start in maart."}, seen_version=shown.version)

    with working_as(other_client, monkeypatch), pytest.raises(ChangedSinceReadError):
        trajectories.save_trajectory(trajectory.id, {"manager_expectations": "Drie gesprekken."}, seen_version=opened)

    stored = trajectories.get_trajectory(trajectory.id)
    assert (stored.notes, stored.manager_expectations) == ("Start in maart.", "")


def test_undoing_and_redoing_a_trajectory_made_and_edited_twice_goes_through_and_another_clients_change_is_refused(
    database, other_client, monkeypatch, undo_stack, refused_after_another_clients_change
):
    from desktop.services import coaching_trajectories as trajectories
    from desktop.views.coaching.trajectory_dialog import CreateTrajectoryCommand, EditTrajectoryCommand
    from tests.factories import coaching_people, values

    trajectory = trajectories.save_trajectory(None, values(coaching_people()))
    undo_stack.push(CreateTrajectoryCommand(trajectory.id))
    for notes in ("Start in maart.", "Start in april."):
        before = trajectories.snapshot_trajectory(trajectory.id)
        trajectories.save_trajectory(trajectory.id, {"notes": notes}, seen_version=before.row["version"])
        undo_stack.push(EditTrajectoryCommand(before, trajectories.snapshot_trajectory(trajectory.id)))

    assert [undo_step(undo_stack) for _step in range(3)] == [None, None, None]
    assert not m.CoachingTrajectory.select().exists()
    assert [redo_step(undo_stack) for _step in range(3)] == [None, None, None]
    assert trajectories.get_trajectory(trajectory.id).notes == "Start in april."

    refused_after_another_clients_change(
        lambda: trajectories.save_trajectory(trajectory.id, {"manager_contribution": "Een dagdeel per week."})
    )
