"""A BPV period's plan: supernumerary time, meetings and the task checklist per phase."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import bpv, service_for
from desktop.services.catalogue import replace_meetings, replan_and_report
from desktop.services.learners import learner_rows, signed_form_count
from desktop.storage import models as m
from tests.helpers import content_dump, table_dump

START, END = dt.date(2026, 9, 1), dt.date(2027, 6, 30)


@pytest.fixture(autouse=True)
def inside_the_period():
    """The period of these tests runs from START to END: unless a test says otherwise, today lies inside it."""
    clock.set_today(dt.date(2026, 11, 18))


def learner(kind="bbl", first="Zoë", prefix="van der", last="Berg"):
    return service_for(m.Learner).create(first_name=first, name_prefix=prefix, last_name=last, learner_type=kind)


def reference():
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    return school, programme


def period(person, school, programme, **values):
    data = dict(learner=person.id, programme=programme.id, school=school.id, start_date=START, end_date=END)
    return service_for(m.BpvPeriod).create(**{**data, **values})


def meetings_of(p):
    return list(m.Meeting.select().where(m.Meeting.period == p.id).order_by(m.Meeting.planned_on, m.Meeting.id))


def tasks_of(p):
    return list(m.PhaseTask.select().where(m.PhaseTask.period == p.id))


# -- the plain rules ---------------------------------------------------------------------------------


def test_supernumerary_two_weeks_or_the_whole_period():
    assert bpv.supernumerary_until("bbl", START, END) == dt.date(2026, 9, 14)
    assert bpv.supernumerary_until("mio", START, END) == dt.date(2026, 9, 14)
    assert bpv.supernumerary_until("side_entrant", START, END) == dt.date(2026, 9, 14)
    assert bpv.supernumerary_until("bol", START, END) == END
    assert bpv.supernumerary_until("hbo", START, None) is None


@pytest.mark.parametrize("weeks", [1, 2])
def test_meeting_plan_follows_the_period(weeks):
    plan = bpv.plan_meetings(START, END, weeks)
    kinds = [kind for kind, _day in plan]
    assert plan[0] == ("introduction", START)
    assert ("final_assessment", END - dt.timedelta(days=7)) in plan
    assert kinds.count("interim_assessment") == 1 and kinds.count("induction_evaluation") == 1
    supervisor = [day for kind, day in plan if kind == "supervisor_evaluation"]
    assert all((b - a).days == 7 * weeks for a, b in zip(supervisor, supervisor[1:], strict=False))
    assert len(supervisor) in range(43 // weeks - 1, 43 // weeks + 1)
    monthly = [day for kind, day in plan if kind == "monthly_evaluation"]
    assert len(monthly) >= 6 and all((b - a).days == 28 for a, b in zip(monthly, monthly[1:], strict=False))
    assert [day for _kind, day in plan] == sorted(day for _kind, day in plan)
    assert all(START <= day <= END for _kind, day in plan)


def test_a_running_period_gets_milestones_but_no_past_recurring_talks():
    today = dt.date(2027, 1, 10)
    plan = bpv.plan_meetings(START, END, 2, today)
    assert {kind for kind, day in plan if day < today} == {"introduction", "induction_evaluation"}
    full = bpv.plan_meetings(START, END, 2)
    assert [item for item in full if item[1] >= today] == [item for item in plan if item[1] >= today]


def test_open_ended_period_has_no_assessments_planned():
    kinds = {kind for kind, _day in bpv.plan_meetings(START, None, 2)}
    assert "final_assessment" not in kinds and "interim_assessment" not in kinds
    assert {"introduction", "monthly_evaluation", "supervisor_evaluation"} <= kinds


def test_phase_by_share_of_time():
    assert bpv.phase_on(START, END, START) == "introduction"
    assert bpv.phase_on(START, END, dt.date(2027, 1, 1)) == "work_and_learn"
    assert bpv.phase_on(START, END, END) == "evaluation"


# -- a stored period ---------------------------------------------------------------------------------


def test_new_period_gets_contract_supernumerary_tasks_and_meetings(database):
    school, programme = reference()
    p = period(learner("bol"), school, programme)
    assert p.contract_type == "placement" and p.supernumerary_until == END
    tasks = tasks_of(p)
    assert tasks and {t.phase for t in tasks} == {"introduction"}
    templates = m.PhaseTaskTemplate.select().where(m.PhaseTaskTemplate.phase == "introduction")
    assert len(tasks) == templates.count()
    assert [(mt.kind, mt.planned_on) for mt in meetings_of(p)] == bpv.plan_meetings(START, END, 2, clock.today())


def test_given_contract_is_kept(database):
    school, programme = reference()
    p = period(learner("side_entrant"), school, programme, contract_type="study")
    assert p.contract_type == "study" and p.supernumerary_until == dt.date(2026, 9, 14)


def test_mio_skips_tasks_that_do_not_apply(database):
    school, programme = reference()
    p = period(learner("mio"), school, programme)
    skipped = m.PhaseTaskTemplate.select().where(
        (m.PhaseTaskTemplate.phase == "introduction") & (m.PhaseTaskTemplate.applies_to_mio == False)  # noqa: E712
    )
    assert skipped.count() > 0
    assert not {t.template_id for t in tasks_of(p)} & {t.id for t in skipped}


def test_phase_moves_bring_the_next_checklist_and_back_takes_untouched_tasks(database):
    clock.set_today(dt.date(2026, 11, 2))  # a day inside the period, after the task below was ticked
    school, programme = reference()
    p = period(learner(), school, programme)
    service = service_for(m.BpvPeriod)
    service.update(p.id, phase="work_and_learn")
    later = [t for t in tasks_of(p) if t.phase == "work_and_learn"]
    assert later and {t.phase for t in tasks_of(p)} == {"introduction", "work_and_learn"}
    service_for(m.PhaseTask).update(later[0].id, done_on=dt.date(2026, 11, 1))
    service.update(p.id, phase="introduction")
    left = [t for t in tasks_of(p) if t.phase == "work_and_learn"]
    assert [t.id for t in left] == [later[0].id]  # the ticked one stays
    service.update(p.id, phase="work_and_learn")
    service.update(p.id, phase="evaluation")
    assert {t.phase for t in tasks_of(p)} == {"introduction", "work_and_learn", "evaluation"}
    assert len([t for t in tasks_of(p) if t.phase == "work_and_learn"]) == len(later)


def test_a_period_entered_halfway_starts_with_the_checklist_of_its_phase(database):
    school, programme = reference()
    p = period(learner(), school, programme, phase="evaluation", status="active")
    assert {t.phase for t in tasks_of(p)} == {"evaluation"}


def test_new_dates_plan_again_but_keep_what_happened(database):
    clock.set_today(START)  # entered as the period starts: every talk is still to come, whatever day the test runs
    school, programme = reference()
    p = period(learner(), school, programme)
    clock.set_today(dt.date(2026, 9, 2))
    first = meetings_of(p)[0]
    service_for(m.Meeting).update(first.id, held_on=dt.date(2026, 9, 2), participants="Lerende, praktijkopleider")
    noted = meetings_of(p)[3]
    service_for(m.Meeting).update(noted.id, notes="Verplaatst op verzoek van de school.")
    service_for(m.BpvPeriod).update(p.id, end_date=dt.date(2027, 1, 31), supervisor_meeting_weeks=1)
    after = meetings_of(p)
    assert m.Meeting.get_by_id(first.id).held_on == dt.date(2026, 9, 2)
    assert m.Meeting.get_or_none(id=noted.id) is not None
    assert [mt.kind for mt in after].count("introduction") == 1
    assert ("final_assessment", dt.date(2027, 1, 24)) in [(mt.kind, mt.planned_on) for mt in after]
    weekly = sorted(mt.planned_on for mt in after if mt.kind == "supervisor_evaluation" and mt.id != noted.id)
    assert all((b - a).days == 7 for a, b in zip(weekly, weekly[1:], strict=False))


def test_replan_can_be_put_back_exactly(database):
    school, programme = reference()
    p = period(learner(), school, programme)
    m.Meeting.update(planned_on=dt.date(2026, 9, 3)).where(m.Meeting.period == p.id).execute()
    before_dump = [row for row in table_dump(database) if row[0] == "meeting"]
    before, after = replan_and_report(p.id)
    assert [(r["kind"], r["planned_on"]) for r in after] == bpv.plan_meetings(START, END, 2, clock.today())
    replace_meetings(p.id, before)
    assert [row for row in table_dump(database) if row[0] == "meeting"] == before_dump


def test_meeting_rules(database):
    school, programme = reference()
    p = period(learner(), school, programme)
    meetings = service_for(m.Meeting)
    tomorrow = clock.today() + dt.timedelta(days=1)
    before = table_dump(database)
    for values, field in [
        ({"held_on": tomorrow}, "held_on"),
        ({"held_on": "2026-09-02", "cancelled": True}, "cancelled"),
        ({"planned_on": None}, "planned_on"),
        ({"kind": "coffee"}, "kind"),
    ]:
        with pytest.raises(ValidationError) as caught:
            meetings.update(meetings_of(p)[0].id, **values)
        assert caught.value.field == field
    with pytest.raises(ValidationError) as caught:
        service_for(m.PhaseTask).update(tasks_of(p)[0].id, done_on=tomorrow)
    assert caught.value.field == "done_on"
    with pytest.raises(ValidationError) as caught:
        service_for(m.LearningGoal).create(period=p.id, text="   ")
    assert caught.value.field == "text"
    assert table_dump(database) == before


def test_end_fields_belong_to_a_period_that_ended_early(database):
    school, programme = reference()
    p = period(learner(), school, programme)
    with pytest.raises(ValidationError) as caught:
        service_for(m.BpvPeriod).update(p.id, status="active", end_reason="Verhuisd")
    assert caught.value.field == "status"


# -- the learners list -------------------------------------------------------------------------------


def test_list_shows_the_current_period_and_next_meeting(database):
    school, programme = reference()
    person = learner()
    old = period(person, school, programme, start_date="2024-09-01", end_date="2025-06-30", status="completed")
    current = period(person, school, programme, status="active")
    period(person, school, programme, start_date="2027-09-01", end_date="2028-06-30")
    nobody = learner(first="Ayşe", prefix="", last="Yılmaz")
    rows = {row.id: row for row in learner_rows()}
    row = rows[person.id]
    assert row.period_id == current.id != old.id
    assert (row.programme, row.crebo, row.level, row.pathway, row.school) == (
        "Verzorgende-IG",
        "25491",
        "3",
        "BBL",
        "ROC Fictief Zuid",
    )
    assert row.next_meeting == START and row.name == "Zoë van der Berg" and row.sort_name == "Berg, Zoë van der"
    assert rows[nobody.id].period_id is None and rows[nobody.id].next_meeting is None
    first = meetings_of(current)[0]
    service_for(m.Meeting).update(first.id, held_on=dt.date(2026, 9, 1))
    assert learner_rows([person.id])[0].next_meeting == meetings_of(current)[1].planned_on


def _sign(p, signed: bool):
    assessment = service_for(m.Assessment).create(number=f"B-{p.id}-{signed}", period=p.id, kind="interim")
    service_for(m.Signature).create(
        assessment=assessment.id,
        signer_role="learner",
        signer_name="Zoë van der Berg",
        signed_at=dt.datetime(2026, 11, 1, 10, 0) if signed else None,
    )


def test_learner_with_signed_forms_cannot_be_deleted(database):
    school, programme = reference()
    person = learner()
    p = period(person, school, programme)
    _sign(p, signed=True)
    assert signed_form_count(person.id) == 1
    before = table_dump(database)
    with pytest.raises(ValidationError) as caught:
        service_for(m.Learner).delete(person.id)
    assert "signed" in caught.value.message or "ondertekend" in caught.value.message
    assert table_dump(database) == before


def test_learner_with_draft_forms_is_deleted_with_them_and_comes_back_whole(database):
    school, programme = reference()
    person = learner()
    p = period(person, school, programme)
    _sign(p, signed=False)
    service_for(m.PracticeAssignment).create(number="PO-1", period=p.id, title="Inwerkopdracht")
    before = content_dump(database)
    snapshot = service_for(m.Learner).delete(person.id)
    assert m.Assessment.select().count() == 0 and m.PracticeAssignment.select().count() == 0
    service_for(m.Learner).restore(snapshot)
    assert content_dump(database) == before
