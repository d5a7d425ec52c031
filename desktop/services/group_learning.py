"""The register of learning together (001, §4): intervisie, casuïstiekbespreking, moreel beraad,
binnenste-buitenbezoek, team coaching, and the coaches' meeting: when, who took part (staff), who facilitated,
the topic and notes. Notes never hold client data: the window says so beside them.

The coaches' meetings are one kind of the register, not a second register: they stay where the coaching tab
keeps them (`coach_meeting`, through `coaches`), and the register reads and writes them there. A group with a
rhythm (every so many weeks) is due again that long after its last meeting; the coaches meet twice a year
(`coaches.next_meeting_due`, already in the agenda).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _
from desktop.services import coaches
from desktop.services import validation as v
from desktop.services.base import CrudService, audit, transaction
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.engine import engine_of
from desktop.storage.models import db, display_name, iso_date

COACH_MEETING = "coach_meeting"
MAX_NOTES = 20000


@dataclass(frozen=True, slots=True)
class Entry:
    table: str  # "learning_session", or "coach_meeting" where the coaching tab keeps it
    id: int
    kind: str
    held_on: dt.date
    group_id: int | None
    group: str
    facilitator_id: int | None
    facilitator: str
    topic: str
    notes: str
    participant_ids: tuple[int, ...]
    version: int = 0  # as read, for a save or delete to state


class LearningGroupService(CrudService):
    model = m.LearningGroup
    vocabularies = {"kind": choices.REGISTER_KINDS}
    rules = {
        "name": lambda f, value: v.text(f, value, required=True, max_length=150),
        "rhythm_weeks": lambda f, value: v.integer(f, value, minimum=1, maximum=104),
    }


class LearningSessionService(CrudService):
    model = m.LearningSession
    vocabularies = {"kind": choices.REGISTER_KINDS}
    rules = {
        "held_on": lambda f, value: v.date(f, value, required=True),
        "topic": lambda f, value: v.text(f, value, max_length=300),
        "notes": lambda f, value: v.text(f, value, max_length=MAX_NOTES, multiline=True),
    }

    def check(self, data, instance):
        group = data.get("group")
        if group is not None:
            kind = m.LearningGroup.select(m.LearningGroup.kind).where(m.LearningGroup.id == group).scalar()
            if kind != data.get("kind"):
                raise ValidationError("group", _("This group meets for another kind of learning together."))


GROUPS = LearningGroupService()
SESSIONS = LearningSessionService()
GROUP_LEARNING_SERVICES = [LearningGroupService, LearningSessionService]


def _names(ids) -> dict[int, str]:
    wanted = sorted({number for number in ids if number})
    names = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        sql = f"SELECT id, first_name, name_prefix, last_name FROM staff WHERE id IN ({', '.join('?' * len(chunk))})"
        names.update((row[0], display_name(*row[1:])) for row in db.execute_sql(sql, chunk))
    return names


def register(kind: str | None = None) -> list[Entry]:
    """Every meeting of the register, the latest first, the coaches' meetings among them."""
    # One row per meeting with its participants joined, not one per participant: thousands, not tens of thousands.
    participants = {
        session: tuple(int(number) for number in joined.split(","))
        for session, joined in db.execute_sql(
            f"SELECT session_id, {engine_of(db).joined('staff_id')} FROM learning_session_participant"
            " GROUP BY session_id"
        )
    }
    groups = dict(db.execute_sql("SELECT id, name FROM learning_group").fetchall())
    sql = "SELECT id, kind, held_on, group_id, facilitator_id, topic, notes, version FROM learning_session"
    rows = db.execute_sql(sql + (" WHERE kind = ?" if kind else ""), (kind,) if kind else ()).fetchall()
    names = _names(row[4] for row in rows)
    days: dict[str, dt.date] = {}  # the same few hundred days come back thousands of times
    entries = [
        Entry("learning_session", r[0], r[1], days.get(r[2]) or days.setdefault(r[2], iso_date(r[2])), r[3],
              groups.get(r[3], ""), r[4], names.get(r[4], ""), r[5], r[6], participants.get(r[0], ()), r[7])
        for r in rows
    ]  # fmt: skip
    if kind in (None, COACH_MEETING):
        coaches_group = _("The coaches")
        entries += [
            Entry(COACH_MEETING, row.id, COACH_MEETING, row.held_on, None, coaches_group, None, "", "", row.notes,
                  row.attendee_ids, row.version)
            for row in coaches.meeting_rows()
        ]  # fmt: skip
    entries.sort(key=lambda e: (e.held_on, e.id), reverse=True)
    return entries


@dataclass(frozen=True, slots=True)
class Participation:
    kind: str  # the register's kind, in words
    held_on: dt.date
    group: str
    topic: str
    facilitated: bool


# Where a staff member took part or facilitated; the coaches' meetings where they came.
PARTICIPATION_SQL = """
SELECT s.kind, s.held_on, COALESCE(g.name, ''), s.topic, COALESCE(s.facilitator_id = ?, FALSE)
FROM learning_session s LEFT JOIN learning_group g ON g.id = s.group_id
WHERE s.facilitator_id = ? OR s.id IN (SELECT session_id FROM learning_session_participant WHERE staff_id = ?)
UNION ALL
SELECT 'coach_meeting', c.held_on, '', '', FALSE FROM coach_meeting c
WHERE c.id IN (SELECT meeting_id FROM coach_meeting_attendee WHERE staff_id = ?)
"""


def participation_of(staff_id: int) -> list[Participation]:
    """The meetings of learning together the staff member took part in or facilitated, the latest first."""
    found = [
        Participation(choices.label(choices.GROUP_LEARNING_KINDS, kind), iso_date(day), group, topic, bool(led))
        for kind, day, group, topic, led in db.execute_sql(PARTICIPATION_SQL, (staff_id,) * 4)
    ]
    found.sort(key=lambda row: row.held_on, reverse=True)
    return found


def save_entry(
    table: str | None, record_id: int | None, kind: str, held_on, group_id, facilitator_id, topic, notes,
    participant_ids: list[int], seen_version: int | None = None,
) -> tuple[str, int]:  # fmt: skip
    """Add or change a meeting of the register with who took part, all of it or nothing; returns (table, id). A
    coach meeting is written where the coaching tab keeps it, which has no facilitator, group or topic. A change is
    refused when someone else changed the meeting (or who took part) since `seen_version`, the one the window read."""
    if kind == COACH_MEETING:
        if table not in (None, COACH_MEETING):
            raise ValidationError("kind", _("A meeting of another kind cannot become a coach meeting; add a new one."))
        if facilitator_id or group_id or (topic or "").strip():
            raise ValidationError("topic", _("A coach meeting is kept with its date, who came and notes only."))
        meeting = coaches.save_meeting(record_id, held_on, notes, participant_ids, seen_version=seen_version)
        return COACH_MEETING, meeting.id
    if table == COACH_MEETING:
        raise ValidationError("kind", _("A coach meeting stays a coach meeting; add a meeting of the other kind."))
    people = list(dict.fromkeys(participant_ids))
    values = {"kind": kind, "held_on": held_on, "group": group_id, "facilitator": facilitator_id, "topic": topic,
              "notes": notes}  # fmt: skip
    with transaction():
        if record_id is None:
            record_id = SESSIONS.create(**values).id
        else:
            session, _previous = SESSIONS.update(record_id, seen_version=seen_version, **values)
            taking_part = m.LearningSessionParticipant.select(m.LearningSessionParticipant.staff)
            before = {row.staff_id for row in taking_part.where(m.LearningSessionParticipant.session == record_id)}
            if before != set(people):  # who took part is the meeting's too: counted up from the version read
                SESSIONS.claim_version(record_id, session.version)
        known = {s.id for s in m.Staff.select(m.Staff.id).where(m.Staff.id.in_(people))} if people else set()
        if set(people) - known:
            raise ValidationError("participants", _("Refers to a record that does not exist."))
        m.LearningSessionParticipant.delete().where(m.LearningSessionParticipant.session == record_id).execute()
        if people:
            m.LearningSessionParticipant.insert_many([{"session": record_id, "staff": p} for p in people]).execute()
        audit("update", "learning_session", record_id, ["participants"])
    return "learning_session", record_id


def delete_entry(table: str, record_id: int, seen_version: int | None = None) -> None:
    """Delete a meeting of the register; refused when someone else changed it since `seen_version`."""
    (coaches.MEETINGS if table == COACH_MEETING else SESSIONS).delete_unchanged(record_id, seen_version)


# -- groups with a rhythm ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupDue:
    id: int | None  # None: the coaches, whose rhythm is the coaching tab's
    kind: str
    name: str
    rhythm_weeks: int | None
    active: bool
    last_held: dt.date | None
    next_due: dt.date | None
    version: int | None = None  # as read, for a save to state (None: the coaches, not saved here)

    def overdue(self, today: dt.date) -> bool:
        return self.next_due is not None and self.next_due < today


def groups(today: dt.date | None = None) -> list[GroupDue]:
    """Every group with when it last met and when it is due again (a rhythm's weeks after that; a group that
    has not met yet is due from when it was made), the coaches first."""
    day = today or clock.today()
    last_held = dict(
        db.execute_sql(
            "SELECT group_id, MAX(held_on) FROM learning_session WHERE group_id IS NOT NULL AND held_on <= ? "
            "GROUP BY group_id",
            (day,),
        ).fetchall()
    )
    last_coaches = m.CoachMeeting.select(m.CoachMeeting.held_on).where(m.CoachMeeting.held_on <= day)
    last_coaches = max((row.held_on for row in last_coaches), default=None)
    rows = [
        GroupDue(None, COACH_MEETING, _("The coaches"), coaches.COACH_MEETING_MONTHS * 52 // 12, True, last_coaches,
                 coaches.next_meeting_due(day))
    ]  # fmt: skip
    sql = "SELECT id, kind, name, rhythm_weeks, active, created_at, version FROM learning_group ORDER BY name"
    for group_id, kind, name, rhythm, active, created, version in db.execute_sql(sql):
        last = iso_date(last_held[group_id]) if group_id in last_held else None
        due = None
        if rhythm and active:
            due = last + dt.timedelta(weeks=rhythm) if last else iso_date(str(created)[:10])
        rows.append(GroupDue(group_id, kind, name, rhythm, bool(active), last, due, version))
    return rows


def get_group(group_id: int) -> m.LearningGroup:
    try:
        return GROUPS.get(group_id)
    except NotFoundError:
        raise NotFoundError(_("This group does not exist (any more).")) from None


def staff_choices(also: tuple[int, ...] = ()) -> list[tuple[int, str]]:
    """Active staff members by last name (with `also`, the ones a meeting already names though no longer active),
    as (id, name): who can take part or facilitate."""
    marks = ", ".join("?" * len(also))
    sql = "SELECT id, first_name, name_prefix, last_name FROM staff WHERE active = TRUE"
    rows = db.execute_sql(sql + (f" OR id IN ({marks})" if also else ""), tuple(also)).fetchall()
    rows.sort(key=lambda row: (row[3].casefold(), row[1].casefold()))
    return [(row[0], display_name(*row[1:])) for row in rows]


def save_group(group_id: int | None, kind, name, rhythm_weeks, active: bool, seen_version: int | None = None) -> int:
    """Add or change a group; a change is refused when someone else changed it since `seen_version`."""
    values = {"kind": kind, "name": name, "rhythm_weeks": rhythm_weeks, "active": active}
    if group_id is None:
        return GROUPS.create(**values).id
    GROUPS.update(group_id, seen_version=seen_version, **values)
    return group_id
