"""The register of learning together: meetings with who took part, the coaches' meetings of the coaching tab
read and written where that tab keeps them, groups with a rhythm and when they are due (overdue in the agenda)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import coaches, group_learning, service_for
from desktop.storage import models as m
from tests.helpers import table_dump

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def people(database):
    staff = service_for(m.Staff)
    return [staff.create(first_name=first, last_name=last).id for first, last in (("Anna", "Wit"), ("Ömer", "Çelik"))]


def test_a_meeting_is_kept_with_who_took_part(people):
    group = service_for(m.LearningGroup).create(kind="intervision", name="Intervisie praktijkopleiders", rhythm_weeks=6)
    table, record = group_learning.save_entry(
        None, None, "intervision", "03-11-2026", group.id, people[0], "Feedback geven", "Afspraken over de vorm.",
        people,
    )  # fmt: skip
    [entry] = group_learning.register()
    assert (entry.table, entry.id, entry.group, entry.facilitator, entry.participant_ids) == (
        table, record, "Intervisie praktijkopleiders", "Anna Wit", tuple(people))  # fmt: skip
    group_learning.save_entry(table, record, "intervision", "03-11-2026", group.id, None, "", "", people[1:])
    assert group_learning.register()[0].participant_ids == (people[1],)


def test_the_coaches_meetings_are_one_kind_of_the_register(people, database):
    meeting = coaches.save_meeting(None, "10-10-2026", "Trajecten afgestemd.", people)
    entries = group_learning.register()
    assert [(e.table, e.id, e.kind, e.group, e.participant_ids) for e in entries] == [
        ("coach_meeting", meeting.id, "coach_meeting", "De coaches", (people[1], people[0]))  # by last name
    ]
    # Changed from the register, it changes where the coaching tab reads it.
    group_learning.save_entry("coach_meeting", meeting.id, "coach_meeting", "11-10-2026", None, None, "", "Nieuw.", [])
    row = coaches.meeting_rows()[0]
    assert (row.held_on, row.notes, row.attendee_ids) == (dt.date(2026, 10, 11), "Nieuw.", ())
    before = table_dump(database)
    with pytest.raises(ValidationError) as refused:
        group_learning.save_entry(None, None, "coach_meeting", "12-10-2026", None, people[0], "Iets", "", [])
    assert refused.value.field == "topic" and table_dump(database) == before
    assert m.LearningSession.select().count() == 0  # never a second copy


def test_a_group_of_another_kind_and_unknown_people_are_refused_whole(people, database):
    group = service_for(m.LearningGroup).create(kind="intervision", name="Intervisie")
    before = table_dump(database)
    with pytest.raises(ValidationError) as refused:
        group_learning.save_entry(None, None, "moral_deliberation", "03-11-2026", group.id, None, "", "", [])
    assert refused.value.field == "group" and "andere vorm" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        group_learning.save_entry(None, None, "intervision", "03-11-2026", None, None, "", "", [*people, 999])
    assert refused.value.field == "participants" and table_dump(database) == before


def test_groups_are_due_a_rhythm_after_they_last_met_and_overdue_ones_are_in_the_agenda(people):
    from desktop.services.agenda import load_agenda

    intervision = service_for(m.LearningGroup).create(kind="intervision", name="Intervisie", rhythm_weeks=6)
    weekly = service_for(m.LearningGroup).create(kind="case_discussion", name="Casuïstiek", rhythm_weeks=1)
    service_for(m.LearningGroup).create(kind="team_coaching", name="Zonder ritme")
    group_learning.save_entry(None, None, "intervision", "01-09-2026", intervision.id, None, "", "", [])
    group_learning.save_entry(None, None, "case_discussion", "16-11-2026", weekly.id, None, "", "", [])
    coaches.save_meeting(None, "10-04-2026", "", [])
    due = {g.name: (g.last_held, g.next_due, g.overdue(TODAY)) for g in group_learning.groups()}
    assert due["Intervisie"] == (dt.date(2026, 9, 1), dt.date(2026, 10, 13), True)
    assert due["Casuïstiek"] == (dt.date(2026, 11, 16), dt.date(2026, 11, 23), False)
    assert due["Zonder ritme"][1] is None
    assert due["De coaches"] == (dt.date(2026, 4, 10), dt.date(2026, 10, 10), True)
    items = [(i.kind, i.what, i.due, i.overdue) for i in load_agenda().items if i.kind == "group_learning"]
    assert items == [
        ("group_learning", "Intervisie", dt.date(2026, 10, 13), True),
        ("group_learning", "Casuïstiek", dt.date(2026, 11, 23), False),
    ]


def test_a_staff_members_participation_is_in_their_export_and_gone_on_erasure(people):
    from desktop.services.erasure import erase_in_transaction
    from desktop.services.privacy import PersonRef, collect

    group_learning.save_entry(None, None, "intervision", "03-11-2026", None, people[0], "", "", people)
    rows = collect(PersonRef("staff", people[0]))
    assert rows.about[m.LearningSessionParticipant] and rows.about[m.LearningSession]
    assert [(x.table, x.columns) for x in rows.mentions] == [("learning_session", ("facilitator",))]
    erase_in_transaction(PersonRef("staff", people[0]))
    [entry] = group_learning.register()
    assert entry.participant_ids == (people[1],) and entry.facilitator_id is None
