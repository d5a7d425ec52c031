"""Coaching rules without a window: planning from the method, saving in one go, the signed intake
agreement's fixed content, next steps and overdue, the coach overview and the coaches' meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import coaches, coaching_trajectories, service_for, signing
from desktop.services.coaching_trajectories import GoalLine, StepLine
from desktop.storage import models as m
from tests.factories import PNG, coaching_people, staff, values
from tests.helpers import table_dump

TODAY = clock.today()


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def people(database):
    return coaching_people()


@pytest.fixture
def enrolment(people):
    training = service_for(m.Training).create(title="Gesprekstechnieken", kind="classroom", dayparts=2)
    session = service_for(m.TrainingSession).create(training=training.id)
    for offset in (10, 40):
        service_for(m.SessionDate).create(session=session.id, date=TODAY + dt.timedelta(days=offset), daypart="morning")
    return service_for(m.Enrolment).create(training=training.id, session=session.id, staff=people["participant"]).id


def test_the_method_plans_goals_intake_progress_evaluation_borging_and_a_return_day_three_months_on():
    steps = coaching_trajectories.plan_steps("learning_coach", dt.date(2026, 1, 5), dt.date(2026, 5, 31))
    kinds = [s.kind for s in steps]
    assert kinds[:2] == ["learning_goals", "intake"] and kinds[-3:] == ["evaluation", "consolidation", "return_day"]
    assert 1 <= kinds.count("progress") <= 4
    assert steps[1].planned_on == dt.date(2026, 1, 19)
    assert steps[-3].planned_on == dt.date(2026, 5, 31)
    assert steps[-1].planned_on == dt.date(2026, 8, 31)  # three calendar months after the training ends
    dates = [s.planned_on for s in steps]
    assert dates == sorted(dates)
    # Without a training: no return day, and the evaluation four months after the start.
    other = coaching_trajectories.plan_steps("supervisor_coaching", dt.date(2026, 1, 5), None)
    assert "return_day" not in [s.kind for s in other]
    assert [s for s in other if s.kind == "evaluation"][0].planned_on == dt.date(2026, 5, 5)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [(dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)), (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29))],
)
def test_the_return_day_is_safe_at_the_end_of_a_month(day, months, expected):
    assert coaching_trajectories.add_months(day, months) == expected


def test_a_new_trajectory_gets_the_method_its_training_end_and_three_signers(people, enrolment):
    trajectory = coaching_trajectories.save_trajectory(None, values(people, enrolment=enrolment))
    assert trajectory.training_ends_on == TODAY + dt.timedelta(days=40)
    steps = coaching_trajectories.steps_of(trajectory.id)
    assert steps[0].kind == "learning_goals" and steps[-1].kind == "return_day"
    roles = [(s.signer_role, s.signer_name) for s in signing.signatures("trajectory", trajectory.id)]
    assert roles == [("participant", "Zoë Çelik"), ("coach", "Jan de Vries"), ("manager", "Noëlle Nguyễn")]
    assert coaching_trajectories.suggested_manager(("staff", people["participant"])) == people["manager"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"participant_staff": None}, "participant"),
        ({"participant_learner": "learner"}, "participant"),
        ({"coach": "participant"}, "coach"),
        ({"manager": "participant"}, "manager"),
        ({"coach": 9999}, "coach"),
        ({"status": "finished"}, "status"),
        ({"kind": ""}, "kind"),
        ({"started_on": "31-02-2026"}, "started_on"),
        ({"started_on": "01-03-2026", "ended_on": "01-02-2026", "status": "completed"}, "ended_on"),
        ({"ended_on": (TODAY + dt.timedelta(days=3)).isoformat(), "status": "stopped"}, "ended_on"),
        ({"manager_expectations": "x" * 20001}, "manager_expectations"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(database, people, change, field):
    before = table_dump(database)
    data = values(people)
    for key, value in change.items():
        data[key] = people.get(value, value) if isinstance(value, str) else value
    with pytest.raises(ValidationError) as raised:
        coaching_trajectories.save_trajectory(None, data)
    assert raised.value.field == field
    assert table_dump(database) == before


def test_an_enrolment_of_someone_else_is_refused(database, people, enrolment):
    before = table_dump(database)
    other = values(people, participant_staff=None, participant_learner=people["learner"], enrolment=enrolment)
    with pytest.raises(ValidationError) as raised:
        coaching_trajectories.save_trajectory(None, other)
    assert raised.value.field == "enrolment"
    assert table_dump(database) == before


def test_a_bad_step_or_goal_names_its_line_and_nothing_is_written(database, people):
    trajectory = coaching_trajectories.save_trajectory(None, values(people))
    before = table_dump(database)
    steps = coaching_trajectories.steps_of(trajectory.id)
    steps[2].held_on = TODAY + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as raised:
        coaching_trajectories.save_trajectory(trajectory.id, {"notes": "changed"}, steps=steps)
    assert raised.value.field == "steps" and raised.value.row == 3
    assert raised.value.message.startswith("Step 3 (Progress talk):")
    steps = coaching_trajectories.steps_of(trajectory.id)
    steps[0].planned_on = None
    with pytest.raises(ValidationError):
        coaching_trajectories.save_trajectory(trajectory.id, {}, steps=steps)
    with pytest.raises(ValidationError) as raised:
        coaching_trajectories.save_trajectory(trajectory.id, {}, goals=[GoalLine("Feedback geven"), GoalLine("  ")])
    assert raised.value.field == "goals" and raised.value.row == 2
    assert table_dump(database) == before


def test_steps_and_goals_are_saved_in_order_kept_by_id_and_removed_when_left_out(people):
    trajectory = coaching_trajectories.save_trajectory(None, values(people), goals=[GoalLine("Feedback geven")])
    steps = coaching_trajectories.steps_of(trajectory.id)
    kept = steps[0].id
    steps[0].held_on, steps[0].notes = TODAY, "Doelen samen opgeschreven"
    steps.insert(3, StepLine("progress", TODAY + dt.timedelta(days=60)))
    del steps[-1]
    goals = [*coaching_trajectories.goals_of(trajectory.id), GoalLine("Grenzen aangeven", "in_progress")]
    coaching_trajectories.save_trajectory(trajectory.id, {}, steps=steps, goals=goals)
    stored = coaching_trajectories.steps_of(trajectory.id)
    assert [s.kind for s in stored] == [s.kind for s in steps]
    assert stored[0].id == kept and stored[0].held_on == TODAY
    assert [g.text for g in coaching_trajectories.goals_of(trajectory.id)] == ["Feedback geven", "Grenzen aangeven"]


def test_the_signed_intake_agreement_fixes_what_it_says_but_not_how_it_goes(database, people):
    trajectory = coaching_trajectories.save_trajectory(
        None, values(people, manager_expectations="Past het toe"), goals=[GoalLine("Feedback geven")]
    )
    for row in signing.signatures("trajectory", trajectory.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    assert signing.is_frozen("trajectory", trajectory.id) and signing.signatures_match("trajectory", trajectory.id)
    before = table_dump(database)
    steps = coaching_trajectories.steps_of(trajectory.id)
    moved = [StepLine(**{**vars(s), "planned_on": s.planned_on + dt.timedelta(days=1)}) for s in steps]
    for attempt in (
        {"values": {"manager_expectations": "Iets anders"}},
        {"values": {"coach": people["trainer"]}},
        {"values": {}, "goals": [GoalLine("Ander doel")]},
        {"values": {}, "steps": moved},
        {"values": {}, "steps": steps[:-1]},
    ):
        with pytest.raises(ValidationError, match="Reopen"):
            coaching_trajectories.save_trajectory(trajectory.id, attempt["values"], steps=attempt.get("steps"),
                                     goals=attempt.get("goals"))  # fmt: skip
        assert table_dump(database) == before
    # What happens along the way stays open: held dates, notes, goal progress, status.
    steps[1].held_on, steps[1].notes = TODAY, "Intake gehouden"
    goals = coaching_trajectories.goals_of(trajectory.id)
    goals[0].status, goals[0].review = "achieved", "Gaat goed"
    coaching_trajectories.save_trajectory(trajectory.id, {"status": "active"}, steps=steps, goals=goals)
    assert signing.signatures_match("trajectory", trajectory.id)
    assert coaching_trajectories.get_trajectory(trajectory.id).started_on == TODAY
    # Reopening voids the signatures (kept), asks the same three again, and the content opens up.
    assert signing.reopen("trajectory", trajectory.id) == 3
    assert not signing.is_frozen("trajectory", trajectory.id)
    coaching_trajectories.save_trajectory(trajectory.id, {"manager_expectations": "Iets anders"})
    assert len(signing.signatures("trajectory", trajectory.id, voided=True)) == 6
    assert coaching_trajectories.get_trajectory(trajectory.id).status == "active"  # reopening leaves the status alone


def test_a_signed_trajectory_is_never_deleted_and_undo_of_an_edit_is_refused_after_signing(people):
    trajectory = coaching_trajectories.save_trajectory(None, values(people))
    before = coaching_trajectories.snapshot_trajectory(trajectory.id)
    coaching_trajectories.save_trajectory(trajectory.id, {"notes": "Eerste gesprek"})
    row = signing.signatures("trajectory", trajectory.id)[0]
    signing.sign_on_paper(row.id, row.signer_name, TODAY)
    with pytest.raises(ValidationError):
        coaching_trajectories.replace_trajectory(before)
    with pytest.raises(ValidationError):
        coaching_trajectories.delete_trajectory(trajectory.id)
    signing.reopen("trajectory", trajectory.id)
    with pytest.raises(ValidationError):
        coaching_trajectories.delete_trajectory(trajectory.id)  # voided signatures are evidence too


def test_deleting_an_unsigned_trajectory_and_restoring_it_brings_back_steps_goals_and_signers(database, people):
    trajectory = coaching_trajectories.save_trajectory(None, values(people), goals=[GoalLine("Feedback geven")])
    before = table_dump(database)
    snapshot = coaching_trajectories.delete_trajectory(trajectory.id)
    assert not m.CoachingStep.select().where(m.CoachingStep.trajectory == trajectory.id).exists()
    coaching_trajectories.restore_trajectory(snapshot)
    after = [row for row in table_dump(database) if "audit_log" not in row[:2]]
    assert after == [row for row in before if "audit_log" not in row[:2]]


def test_the_list_shows_the_next_step_and_counts_overdue_steps_of_open_trajectories_only(people):
    start = TODAY - dt.timedelta(days=30)
    trajectory = coaching_trajectories.save_trajectory(
        None, values(people, status="active", started_on=start, training_ends_on=TODAY + dt.timedelta(days=60))
    )
    steps = coaching_trajectories.steps_of(trajectory.id)
    steps[0].held_on = start
    coaching_trajectories.save_trajectory(trajectory.id, {}, steps=steps)
    row = coaching_trajectories.trajectory_rows([trajectory.id])[0]
    assert (row.next_kind, row.next_on) == ("intake", start + dt.timedelta(days=14))
    assert row.overdue and row.overdue_steps == 1
    assert (row.name, row.coach, row.manager, row.signers, row.signed) == (
        "Zoë Çelik", "Jan de Vries", "Noëlle Nguyễn", 3, 0,
    )  # fmt: skip
    coaching_trajectories.save_trajectory(trajectory.id, {"status": "stopped"})
    row = coaching_trajectories.trajectory_rows([trajectory.id])[0]
    assert not row.overdue and row.next_kind == "" and row.ended_on == TODAY


def test_the_coach_overview_counts_per_coach_and_finds_the_next_step(people):
    first = coaching_trajectories.save_trajectory(
        None, values(people, status="active", started_on=TODAY - dt.timedelta(days=20))
    )
    coaching_trajectories.save_trajectory(None, values(people, participant_staff=None,
                                                       participant_learner=people["learner"], kind="other",
                                                       status="completed", started_on=TODAY - dt.timedelta(days=200),
                                                       ended_on=TODAY - dt.timedelta(days=10)))  # fmt: skip
    coaching_trajectories.save_trajectory(None, values(people, coach=people["trainer"], kind="supervisor_coaching"))
    rows = {row.id: row for row in coaches.coach_rows()}
    jan = rows[people["coach"]]
    assert (jan.active, jan.completed, jan.planned) == (1, 1, 0)
    assert jan.next_kind == "learning_goals" and jan.next_participant == "Zoë Çelik" and jan.overdue_steps == 2
    assert rows[people["trainer"]].planned == 1 and "practice_trainer" in rows[people["trainer"]].roles
    assert first.id in {r.id for r in coaching_trajectories.trajectory_rows() if r.coach_id == people["coach"]}


def test_coach_meetings_record_who_came_only_once_held(database, people):
    meeting = coaches.save_meeting(None, TODAY - dt.timedelta(days=2), "Intervisie", [people["coach"]])
    row = coaches.meeting_rows()[0]
    assert row.attendees == ("Jan de Vries",) and row.notes == "Intervisie"
    assert coaches.coach_rows()[0].last_meeting == TODAY - dt.timedelta(days=2)
    assert coaches.next_meeting_due() == coaching_trajectories.add_months(TODAY - dt.timedelta(days=2), 6)
    before = table_dump(database)
    with pytest.raises(ValidationError) as raised:
        coaches.save_meeting(None, TODAY + dt.timedelta(days=30), "", [people["coach"]])
    assert raised.value.field == "attendees"
    for bad in ("", "32-13-2026"):
        with pytest.raises(ValidationError) as raised:
            coaches.save_meeting(meeting.id, bad, "", [])
        assert raised.value.field == "held_on"
    with pytest.raises(ValidationError):
        coaches.save_meeting(meeting.id, TODAY, "", [99999])
    assert table_dump(database) == before
    planned = coaches.save_meeting(None, TODAY + dt.timedelta(days=30), "Voorjaar", [])
    assert coaches.meeting_rows()[0].id == planned.id


def test_replanning_keeps_held_steps_and_plans_the_rest_again():
    steps = coaching_trajectories.plan_steps("learning_coach", dt.date(2026, 1, 5), dt.date(2026, 5, 31))
    steps[0].held_on = dt.date(2026, 1, 6)
    steps[2].held_on = dt.date(2026, 2, 20)
    again = coaching_trajectories.replan("learning_coach", dt.date(2026, 1, 5), dt.date(2026, 7, 31), steps)
    assert again[0].held_on == dt.date(2026, 1, 6)
    assert sum(1 for s in again if s.kind == "learning_goals") == 1
    assert [s for s in again if s.kind == "return_day"][0].planned_on == dt.date(2026, 10, 31)


def test_choices_sort_by_last_name_the_dutch_way(people):
    extra = staff("Bram", "Çakır", roles=("learning_coach",))
    names = [number for number, _name in coaching_trajectories.coach_choices()]
    assert names.index(extra) < names.index(people["coach"]) < names.index(people["trainer"])  # Ç, V, Y
