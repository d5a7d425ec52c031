"""What the coaching views read beside the coaching service: who came to a coach meeting, the names of
the coaches to tick, and putting a deleted coach meeting back. Plain values only, no Qt.

Everything else that reads or changes trajectories, coaches and meetings goes through
`desktop.services.coaching`.
"""

from __future__ import annotations

import peewee

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services.base import CrudService, Snapshot
from desktop.storage.models import CoachMeetingAttendee, Staff
from desktop.textsearch import fold


def attendee_ids(meeting_id: int) -> tuple[int, ...]:
    """The staff members who came to the meeting, by number, in ascending order."""
    query = CoachMeetingAttendee.select(CoachMeetingAttendee.staff).where(CoachMeetingAttendee.meeting == meeting_id)
    return tuple(sorted(attendee.staff_id for attendee in query))


def staff_names(staff_ids: set[int]) -> list[tuple[int, str]]:
    """The staff members with these numbers as (id, name), by last name the Dutch way ("Çelik" under C,
    "van der Berg" under B); a number without a staff member is left out."""
    staff = Staff.select().where(Staff.id.in_(sorted(staff_ids)))
    return [(number, name) for _key, number, name in sorted((fold(s.sort_name), s.id, s.display_name) for s in staff)]


def restore_meeting(meetings: CrudService, snapshot: Snapshot) -> None:
    """Put a deleted coach meeting back through `meetings` (its service); refused with the reason when a
    coach who came has been deleted since."""
    try:
        meetings.restore(snapshot)
    except peewee.IntegrityError:  # the deferred foreign key check fails at commit
        raise ValidationError(
            "id", _("A coach who came to this meeting has been deleted since; it can no longer be put back.")
        ) from None
