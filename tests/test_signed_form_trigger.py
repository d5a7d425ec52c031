"""A signed form's content is fixed by the database itself (migration 18), on SQLite and on a PostgreSQL server
(``--engine=postgresql``): plain SQL that goes around the program is refused, what is not content still changes, the
anonymisation may empty free text, and the program says the refusal in a Dutch sentence."""

from __future__ import annotations

import peewee
import pytest

from desktop.errors import ValidationError
from desktop.services import coaching_trajectories, forms, service_for, signing
from desktop.services.coaching_trajectories import GoalLine
from desktop.storage import models as m
from tests.factories import PNG, _processes, coaching_people, staff, values


def _signed_assessment(period) -> m.Assessment:
    assessment = forms.save_assessment(
        None, {"period": period.id, "kind": "interim", "overall_judgement": "Goed bezig"}, scores=[]
    )
    forms.save_assessment(assessment.id, {}, scores=[(_processes(period)[0], "good", "Zorgvuldig")])
    signature = signing.signatures("assessment", assessment.id)[0]
    signing.sign_on_screen(signature.id, signature.signer_name, PNG)
    return m.Assessment.get_by_id(assessment.id)


def _refused(database, sql: str, params: tuple) -> None:
    with pytest.raises(peewee.IntegrityError, match="the content of a signed form is fixed"):
        with database.atomic():
            database.execute_sql(sql, params)


def test_plain_sql_cannot_change_a_signed_forms_content(period, database):
    form = _signed_assessment(period)
    line = m.AssessmentScore.get(assessment=form.id, work_process=_processes(period)[0])
    _refused(database, "UPDATE assessment SET overall_judgement = 'Onvoldoende' WHERE id = ?", (form.id,))
    _refused(database, "UPDATE assessment SET realised_hours = 12 WHERE id = ?", (form.id,))
    _refused(database, "UPDATE assessment_score SET score = 'insufficient' WHERE id = ?", (line.id,))
    _refused(database, "UPDATE assessment_score SET remarks = 'Slordig' WHERE id = ?", (line.id,))
    _refused(database, "DELETE FROM assessment_score WHERE id = ?", (line.id,))
    _refused(
        database,
        "INSERT INTO assessment_score (assessment_id, work_process_id, score, remarks) VALUES (?, ?, 'good', '')",
        (form.id, _processes(period)[0]),
    )
    kept = m.Assessment.get_by_id(form.id)
    assert (kept.overall_judgement, kept.realised_hours) == ("Goed bezig", None)
    assert (m.AssessmentScore.get_by_id(line.id).score, m.AssessmentScore.get_by_id(line.id).remarks) == (
        "good",
        "Zorgvuldig",
    )
    assert signing.signatures_match("assessment", form.id)


def test_what_is_not_content_changes_and_free_text_may_be_emptied(period, database):
    form = _signed_assessment(period)
    with database.atomic():
        database.execute_sql("UPDATE assessment SET language = 'en' WHERE id = ?", (form.id,))
        # The anonymisation after the retention period empties the free text of a signed form.
        database.execute_sql("UPDATE assessment SET overall_judgement = '', participants = '' WHERE id = ?", (form.id,))
        database.execute_sql("UPDATE assessment_score SET remarks = '' WHERE assessment_id = ?", (form.id,))
    kept = m.Assessment.get_by_id(form.id)
    assert (kept.language, kept.overall_judgement, kept.participants) == ("en", "", "")


def test_a_reopened_or_unsigned_form_changes_freely(period, database):
    form = _signed_assessment(period)
    signing.reopen("assessment", form.id)
    with database.atomic():
        database.execute_sql("UPDATE assessment SET overall_judgement = 'Herzien' WHERE id = ?", (form.id,))
    assert m.Assessment.get_by_id(form.id).overall_judgement == "Herzien"
    assignment = forms.save_assignment(None, {"period": period.id, "title": "Inwerkopdracht"})
    with database.atomic():
        database.execute_sql("UPDATE practice_assignment SET title = 'Kennismaken' WHERE id = ?", (assignment.id,))
    assert m.PracticeAssignment.get_by_id(assignment.id).title == "Kennismaken"


def test_a_signed_form_deleted_as_a_whole_takes_its_lines_along(period, database):
    """As undoing an edit of a signed form does (delete it and put it back as it was), in one transaction."""
    form = _signed_assessment(period)
    with database.atomic():
        database.execute_sql("DELETE FROM assessment WHERE id = ?", (form.id,))
    assert not m.AssessmentScore.select().where(m.AssessmentScore.assessment == form.id).exists()


def test_a_signed_assignment_keeps_its_title_against_plain_sql(period, database):
    assignment = forms.save_assignment(None, {"period": period.id, "title": "Inwerkopdracht"})
    for row in signing.signatures("assignment", assignment.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    _refused(database, "UPDATE practice_assignment SET title = 'Iets anders' WHERE id = ?", (assignment.id,))
    assert m.PracticeAssignment.get_by_id(assignment.id).title == "Inwerkopdracht"


def test_the_refusal_reaches_a_person_as_a_dutch_sentence(period, database):
    form = _signed_assessment(period)
    expected = "Dit formulier is ondertekend"
    with pytest.raises(ValidationError, match=expected) as refused:
        forms.save_assessment(form.id, {}, scores=[(_processes(period)[0], "insufficient", "")])
    assert "content of a signed form" not in str(refused.value)
    with pytest.raises(ValidationError, match=expected):
        forms.save_assessment(form.id, {"overall_judgement": "Anders"})
    assert m.AssessmentScore.get(assessment=form.id, work_process=_processes(period)[0]).score == "good"
    assert m.Assessment.get_by_id(form.id).overall_judgement == "Goed bezig"


# -- what else a signed form says (schema 20) ------------------------------------------------------------------------


def _signed_assignment_with_links(period) -> tuple[m.PracticeAssignment, int]:
    goal = service_for(m.LearningGoal).create(period=period.id, text="Overdracht geven")
    assignment = forms.save_assignment(
        None, {"period": period.id, "title": "Inwerkopdracht"}, work_processes=_processes(period)[:1], goals=[goal.id]
    )
    for row in signing.signatures("assignment", assignment.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    return assignment, goal.id


def test_plain_sql_cannot_change_what_a_signed_assignment_links_to(period, database):
    assignment, goal = _signed_assignment_with_links(period)
    first, second = _processes(period)[:2]
    other = service_for(m.LearningGoal).create(period=period.id, text="Rapporteren").id
    _refused(database, "INSERT INTO assignment_work_process (assignment_id, work_process_id) VALUES (?, ?)",
             (assignment.id, second))  # fmt: skip
    _refused(database, "DELETE FROM assignment_work_process WHERE assignment_id = ?", (assignment.id,))
    _refused(database, "UPDATE assignment_work_process SET work_process_id = ? WHERE assignment_id = ?",
             (second, assignment.id))  # fmt: skip
    _refused(database, "INSERT INTO assignment_goal (assignment_id, goal_id) VALUES (?, ?)", (assignment.id, other))
    _refused(database, "DELETE FROM assignment_goal WHERE assignment_id = ?", (assignment.id,))
    _refused(database, "UPDATE assignment_goal SET goal_id = ? WHERE assignment_id = ?", (other, assignment.id))
    _refused(database, "UPDATE learning_goal SET text = 'Iets anders' WHERE id = ?", (goal,))
    assert signing.signatures_match("assignment", assignment.id)
    assert [row.work_process_id for row in assignment.work_processes] == [first]
    # The program saves the form with the links it has (a rewrite of the same refused nothing), and says a change.
    forms.save_assignment(assignment.id, {}, work_processes=[first], goals=[goal])
    with pytest.raises(ValidationError, match="Dit formulier is ondertekend"):
        forms.save_assignment(assignment.id, {}, work_processes=[first, second], goals=[goal])
    assert signing.signatures_match("assignment", assignment.id)
    # What a goal records along the way is no content; the goal deleted as a whole (the anonymisation) goes.
    with database.atomic():
        database.execute_sql("UPDATE learning_goal SET status = 'achieved', review = 'Goed' WHERE id = ?", (goal,))
        database.execute_sql("DELETE FROM learning_goal WHERE id = ?", (goal,))
    assert not m.AssignmentGoal.select().where(m.AssignmentGoal.assignment == assignment.id).exists()


def _signed_trajectory() -> m.CoachingTrajectory:
    people = coaching_people()
    trajectory = coaching_trajectories.save_trajectory(
        None, values(people, manager_expectations="Past het toe"), goals=[GoalLine("Feedback geven")]
    )
    for row in signing.signatures("trajectory", trajectory.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    return trajectory


def test_plain_sql_cannot_change_a_signed_intake_agreement(database):
    trajectory = _signed_trajectory()
    step = m.CoachingStep.select().where(m.CoachingStep.trajectory == trajectory.id).first()
    goal = m.LearningGoal.get(trajectory=trajectory.id)
    other_staff = staff("Ineke", "Bos", roles=("learning_coach",))
    for sql, params in (
        ("UPDATE coaching_trajectory SET manager_expectations = 'Niets' WHERE id = ?", (trajectory.id,)),
        ("UPDATE coaching_trajectory SET coach_id = ? WHERE id = ?", (other_staff, trajectory.id)),
        ("UPDATE coaching_trajectory SET manager_id = ? WHERE id = ?", (other_staff, trajectory.id)),
        ("UPDATE coaching_step SET planned_on = '2030-01-01' WHERE id = ?", (step.id,)),
        ("DELETE FROM coaching_step WHERE id = ?", (step.id,)),
        ("INSERT INTO coaching_step (trajectory_id, kind, position, participants, notes) "
         "VALUES (?, 'return_day', 99, '', '')", (trajectory.id,)),
        ("UPDATE learning_goal SET text = 'Ander doel' WHERE id = ?", (goal.id,)),
        ("DELETE FROM learning_goal WHERE id = ?", (goal.id,)),
    ):  # fmt: skip
        _refused(database, sql, params)
    assert signing.signatures_match("trajectory", trajectory.id)
    # How it goes is no content; a manager removed from the records leaves it without one (ON DELETE SET NULL).
    with database.atomic():
        database.execute_sql("UPDATE coaching_step SET held_on = '2026-10-01', notes = 'Gehouden' WHERE id = ?",
                             (step.id,))  # fmt: skip
        database.execute_sql("UPDATE learning_goal SET status = 'achieved' WHERE id = ?", (goal.id,))
        database.execute_sql("UPDATE coaching_trajectory SET notes = 'Loopt', manager_id = NULL WHERE id = ?",
                             (trajectory.id,))  # fmt: skip
    assert m.CoachingStep.get_by_id(step.id).notes == "Gehouden"
    # The program says the database's refusal as its own.
    steps = coaching_trajectories.steps_of(trajectory.id)
    with pytest.raises(ValidationError, match="De intakeovereenkomst is ondertekend"):
        coaching_trajectories.save_trajectory(trajectory.id, {}, steps=steps[:-1])
    # Deleted as a whole (the erasure of its participant), it takes its steps and goals along.
    with database.atomic():
        database.execute_sql("DELETE FROM coaching_trajectory WHERE id = ?", (trajectory.id,))
    assert not m.CoachingStep.select().where(m.CoachingStep.trajectory == trajectory.id).exists()
