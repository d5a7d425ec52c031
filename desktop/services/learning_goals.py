"""Reading the learning goals of one owner, a BPV period or an enrolment, for the editor both dialogs share.

Writing them goes through the learning-goal service (``records.service("learning_goal")``).
"""

from __future__ import annotations

from desktop.storage.models import LearningGoal

OWNER_FIELDS = ("period", "enrolment")


def goals_of(owner_field: str, owner_id: int) -> list[LearningGoal]:
    """The goals whose `owner_field` ("period" or "enrolment") is `owner_id`."""
    if owner_field not in OWNER_FIELDS:
        raise ValueError(owner_field)
    return list(LearningGoal.select().where(getattr(LearningGoal, owner_field) == owner_id))
