"""The coaches and their meetings: who coaches, how many trajectories each has and the next step that
is due, and the meetings the coaches hold twice a year (domain.md, "Coaching")."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import peewee

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.base import CrudService, audit
from desktop.services.coaching_trajectories import add_months, trajectory_rows
from desktop.storage import models as m
from desktop.storage.models import db, display_name, iso_date, sort_name
from desktop.textsearch import fold

COACH_MEETING_MONTHS = 6  # coaches meet twice a year


# -- coaches -------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class CoachRow:
    """A coach in the overview: their trajectories and the next step that is due."""

    id: int
    name: str
    sort_name: str
    active: int = 0
    planned: int = 0
    completed: int = 0
    stopped: int = 0
    overdue_steps: int = 0
    next_on: dt.date | None = None
    next_participant: str = ""
    next_kind: str = ""
    last_meeting: dt.date | None = None
    roles: tuple[str, ...] = field(default_factory=tuple)


def coach_rows(today: dt.date | None = None) -> list[CoachRow]:
    """Everyone who coaches or may coach (leercoaches, and praktijkopleiders with a trajectory)."""
    day = today or clock.today()
    coaches: dict[int, CoachRow] = {}

    def coach(number: int, first: str, prefix: str, last: str) -> CoachRow:
        if number not in coaches:
            coaches[number] = CoachRow(number, display_name(first, prefix, last), sort_name(first, prefix, last))
        return coaches[number]

    sql = """SELECT s.id, s.first_name, s.name_prefix, s.last_name FROM staff s JOIN staff_role r ON r.staff_id = s.id
             WHERE r.role = 'learning_coach' AND s.active"""
    for number, first, prefix, last in db.execute_sql(sql):
        coach(number, first, prefix, last)
    sql = """SELECT t.coach_id, s.first_name, s.name_prefix, s.last_name, t.status, COUNT(*)
             FROM coaching_trajectory t JOIN staff s ON s.id = t.coach_id
             GROUP BY t.coach_id, s.first_name, s.name_prefix, s.last_name, t.status"""
    for number, first, prefix, last, status, count in db.execute_sql(sql):
        row = coach(number, first, prefix, last)
        setattr(row, status, getattr(row, status) + count)
    for row in trajectory_rows(today=day):
        if not row.is_open or row.coach_id not in coaches:
            continue
        target = coaches[row.coach_id]
        target.overdue_steps += row.overdue_steps
        if row.next_on is not None and (target.next_on is None or row.next_on < target.next_on):
            target.next_on, target.next_kind, target.next_participant = row.next_on, row.next_kind, row.name
    roles: dict[int, list[str]] = defaultdict(list)
    for number, role in db.execute_sql("SELECT staff_id, role FROM staff_role ORDER BY role"):
        if number in coaches:
            roles[number].append(role)
    sql = """SELECT a.staff_id, MAX(mt.held_on) FROM coach_meeting_attendee a
             JOIN coach_meeting mt ON mt.id = a.meeting_id WHERE mt.held_on <= ? GROUP BY a.staff_id"""
    for number, last in db.execute_sql(sql, [day.isoformat()]):
        if number in coaches:
            coaches[number].last_meeting = iso_date(last)
    for number, row in coaches.items():
        row.roles = tuple(roles[number])
    return list(coaches.values())


# -- the coaches' meetings -------------------------------------------------------------------------------------


class CoachMeetingService(CrudService):
    model = m.CoachMeeting


MEETINGS = CoachMeetingService()


@dataclass(slots=True)
class MeetingRow:
    id: int
    held_on: dt.date
    notes: str
    attendees: tuple[str, ...] = ()
    attendee_ids: tuple[int, ...] = ()
    version: int = 0  # as read, for a delete from the list to state


def meeting_rows() -> list[MeetingRow]:
    rows = {
        r[0]: MeetingRow(r[0], iso_date(r[1]), r[2] or "", version=r[3])
        for r in db.execute_sql("SELECT id, held_on, notes, version FROM coach_meeting")
    }
    names: dict[int, list] = defaultdict(list)
    sql = """SELECT a.meeting_id, s.id, s.first_name, s.name_prefix, s.last_name
             FROM coach_meeting_attendee a JOIN staff s ON s.id = a.staff_id"""
    for meeting, number, first, prefix, last in db.execute_sql(sql):
        names[meeting].append((fold(sort_name(first, prefix, last)), number, display_name(first, prefix, last)))
    for meeting, people in names.items():
        if meeting in rows:
            people.sort()
            rows[meeting].attendees = tuple(name for _key, _number, name in people)
            rows[meeting].attendee_ids = tuple(number for _key, number, _name in people)
    return sorted(rows.values(), key=lambda r: (r.held_on, r.id), reverse=True)


def next_meeting_due(today: dt.date | None = None) -> dt.date | None:
    """When the coaches should meet again: six months after the last meeting held (None: none held)."""
    day = today or clock.today()
    last = m.CoachMeeting.select(peewee.fn.MAX(m.CoachMeeting.held_on)).where(m.CoachMeeting.held_on <= day).scalar()
    return add_months(iso_date(last), COACH_MEETING_MONTHS) if last else None


def save_meeting(
    meeting_id: int | None, held_on, notes: str, attendees: list[int], *, today=None, seen_version: int | None = None
) -> m.CoachMeeting:
    """Create or change a coach meeting with who came; who came can only be said once it was held. A change is
    refused when someone else changed the meeting (or who came) since `seen_version`, the one the dialog read."""
    day = v.date("held_on", held_on, required=True)
    text = v.text("notes", notes, max_length=20000, multiline=True)
    people = list(dict.fromkeys(attendees))
    if people and day > (today or clock.today()):
        raise ValidationError("attendees", _("Who came can be filled in once the meeting has been held."))
    with db.atomic():
        known = {s.id for s in m.Staff.select(m.Staff.id).where(m.Staff.id.in_(people))} if people else set()
        if set(people) - known:
            raise ValidationError("attendees", _("Refers to a record that does not exist."))
        if meeting_id is None:
            meeting = MEETINGS.create(held_on=day, notes=text)
        else:
            meeting, _previous = MEETINGS.update(meeting_id, seen_version=seen_version, held_on=day, notes=text)
        current = {
            a.staff_id for a in m.CoachMeetingAttendee.select().where(m.CoachMeetingAttendee.meeting == meeting.id)
        }
        if current != set(people):
            m.CoachMeetingAttendee.delete().where(m.CoachMeetingAttendee.meeting == meeting.id).execute()
            for person in people:
                m.CoachMeetingAttendee.create(meeting=meeting.id, staff=person)
            if meeting_id is not None:
                # Who came is the meeting's too: counted up, as a change of its own fields is, from the version read.
                meeting.version = MEETINGS.claim_version(meeting.id, meeting.version)
            audit("update", "coach_meeting", meeting.id, ["attendees"])
    return meeting


def get_meeting(meeting_id: int) -> m.CoachMeeting:
    try:
        return MEETINGS.get(meeting_id)
    except NotFoundError:
        raise NotFoundError(_("This coach meeting does not exist (any more).")) from None
