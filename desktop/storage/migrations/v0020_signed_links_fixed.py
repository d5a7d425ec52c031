"""Schema version 20: what else a signed form says is fixed by triggers too (version 18 fixed the forms' own rows).

The werkprocessen and learning goals a signed assignment links to, and a coaching trajectory's intake agreement
once signed: the people in it, what the manager expects and contributes, its learning goals and its planned steps
(`desktop.services.signed_content`). A link or line added to such a form, taken from it or changed is refused, as
is a learning goal's text that a signed assignment or intake shows.

Still allowed, as the program needs them: a form or trajectory deleted as a whole takes its links and lines along
(undo; the erasure of a learner); a learning goal deleted as a whole takes its links along (the anonymisation of
an expired form deletes the learner's own goals); a manager or enrolment removed from the records leaves the
trajectory without one (their ON DELETE SET NULL); what a step or goal records afterwards (held on, notes, review,
status) and the order of lines. Not covered: a werkproces's code or title, which is reference data.
"""

from desktop.storage.migrations.v0018_signed_forms_fixed import _changed, _refusing, _standing

DESCRIPTION = "signed links and intake agreements fixed by triggers"


def _cleared_or_kept(columns: tuple[str, ...]) -> str:
    """A column in `columns` that changes to anything but NULL (a reference whose row was deleted becomes NULL)."""
    return " OR ".join(f'(NEW."{column}" IS NOT OLD."{column}" AND NEW."{column}" IS NOT NULL)' for column in columns)


def _either(column: str) -> str:
    return f"({_standing(column, f'OLD.{column}')} OR {_standing(column, f'NEW.{column}')})"


def _links(table: str, other: str, other_table: str) -> list[str]:
    """The triggers of a table that links an assignment to `other` (a row of `other_table`)."""
    return [
        _refusing(f"{table}_signed_added", "INSERT", table, _standing("assignment_id", "NEW.assignment_id")),
        _refusing(
            f"{table}_signed_changed",
            "UPDATE",
            table,
            _either("assignment_id") + " AND (" + _changed(("assignment_id", other), ()) + ")",
        ),
        # Not when the assignment, or the row it links to, is deleted as a whole and takes the link along.
        _refusing(
            f"{table}_signed_removed",
            "DELETE",
            table,
            "EXISTS (SELECT 1 FROM practice_assignment WHERE id = OLD.assignment_id) AND "
            f"EXISTS (SELECT 1 FROM {other_table} WHERE id = OLD.{other}) AND "
            + _standing("assignment_id", "OLD.assignment_id"),
        ),
    ]


def _intake_lines(table: str, fixed: tuple[str, ...]) -> list[str]:
    """The triggers of the lines (`table`) of a trajectory's intake agreement, where a line has a trajectory."""
    return [
        _refusing(f"{table}_signed_added", "INSERT", table, _standing("trajectory_id", "NEW.trajectory_id")),
        _refusing(
            f"{table}_signed_changed",
            "UPDATE",
            table,
            _either("trajectory_id") + " AND (" + _changed(("trajectory_id", *fixed), ()) + ")",
        ),
        _refusing(
            f"{table}_signed_removed",
            "DELETE",
            table,
            "EXISTS (SELECT 1 FROM coaching_trajectory WHERE id = OLD.trajectory_id) AND "
            + _standing("trajectory_id", "OLD.trajectory_id"),
        ),
    ]


_SHOWN_ON_SIGNED_ASSIGNMENT = (
    "EXISTS (SELECT 1 FROM assignment_goal shown WHERE shown.goal_id = OLD.id AND "
    + _standing("assignment_id", "shown.assignment_id")
    + ")"
)

STATEMENTS = [
    *_links("assignment_work_process", "work_process_id", "work_process"),
    *_links("assignment_goal", "goal_id", "learning_goal"),
    _refusing(
        "coaching_trajectory_signed_fixed",
        "UPDATE",
        "coaching_trajectory",
        _standing("trajectory_id", "OLD.id")
        + " AND ("
        + _changed(
            (
                "kind",
                "participant_staff_id",
                "participant_learner_id",
                "coach_id",
                "manager_expectations",
                "manager_contribution",
            ),
            (),
        )  # fmt: skip
        + " OR "
        + _cleared_or_kept(("manager_id", "enrolment_id"))
        + ")",
    ),
    *_intake_lines("coaching_step", ("kind", "planned_on")),
    *_intake_lines("learning_goal", ("text",)),
    # A period's goal that a signed assignment shows keeps its words.
    _refusing(
        "learning_goal_shown_signed_fixed",
        "UPDATE",
        "learning_goal",
        _SHOWN_ON_SIGNED_ASSIGNMENT + ' AND NEW."text" IS NOT OLD."text"',
    ),
]
