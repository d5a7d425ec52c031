"""Placements that follow the calendar, the reasons a period ends, and ending one early with undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.services import service_for
from desktop.services.placements import advance_periods, end_early, redo_ending, suggest_phase, undo_ending
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database, open_read_only
from tests.helpers import content_dump, table_dump

TODAY = dt.date(2026, 11, 18)  # the tests' day (conftest)
DAY = dt.timedelta(days=1)


@pytest.fixture
def people(database):
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    learner = service_for(m.Learner).create(
        first_name="Zoë", name_prefix="van der", last_name="Berg", learner_type="bbl"
    )
    return {"school": school.id, "programme": programme.id, "learner": learner.id}


def make_period(people, **values):
    data = dict(learner=people["learner"], programme=people["programme"], school=people["school"])
    data.update(start_date=dt.date(2026, 9, 1), end_date=dt.date(2027, 6, 30), status="active")
    return service_for(m.BpvPeriod).create(**{**data, **values})


def status_of(period) -> str:
    return m.BpvPeriod.get_by_id(period.id).status


# -- the reason a period ended ----------------------------------------------------------------------------------


def test_a_reason_is_a_code_or_words_read_as_one(people):
    service = service_for(m.BpvPeriod)
    period = make_period(people)
    service.update(period.id, status="ended_early", ended_on="01-11-2026", end_reason="stopped_health")
    stored = m.BpvPeriod.get_by_id(period.id)
    assert (stored.end_reason, stored.end_reason_text) == ("stopped_health", "")
    service.update(period.id, end_reason="Kiest toch voor een andere opleiding")
    stored = m.BpvPeriod.get_by_id(period.id)
    assert (stored.end_reason, stored.end_reason_text) == ("switched_programme", "Kiest toch voor een andere opleiding")
    service.update(period.id, end_reason="Verhuisd")
    assert m.BpvPeriod.get_by_id(period.id).end_reason == "other"


def test_other_needs_words_and_an_unknown_code_with_words_beside_it_is_refused(people):
    service = service_for(m.BpvPeriod)
    period = make_period(people)
    with pytest.raises(ValidationError) as caught:
        service.update(period.id, status="ended_early", ended_on=TODAY, end_reason="other")
    assert (
        caught.value.field == "end_reason_text"
        and caught.value.message == "Zeg in een paar woorden waarom de periode eindigde."
    )
    with pytest.raises(ValidationError) as caught:
        service.update(period.id, status="ended_early", ended_on=TODAY, end_reason="verhuisd", end_reason_text="x")
    assert caught.value.field == "end_reason"
    assert status_of(period) == "active"


def test_a_completed_period_may_say_it_ended_with_a_diploma_a_running_one_may_not(people):
    service = service_for(m.BpvPeriod)
    period = make_period(people, start_date="2025-09-01", end_date="2026-06-30", status="completed")
    service.update(period.id, end_reason="completed_diploma")
    assert m.BpvPeriod.get_by_id(period.id).end_reason == "completed_diploma"
    running = make_period(people)
    with pytest.raises(ValidationError) as caught:
        service.update(running.id, end_reason="completed_diploma")
    assert caught.value.field == "status"
    assert caught.value.message == "Een reden van beëindiging hoort bij een periode die is afgelopen."
    # Emptying the reason empties its words, as the period dialog does when the status goes back.
    service.update(period.id, end_reason="Geslaagd, diploma op 3 juli")
    service.update(period.id, status="active", end_reason="")
    stored = m.BpvPeriod.get_by_id(period.id)
    assert (stored.status, stored.end_reason, stored.end_reason_text) == ("active", None, "")


# -- FTE and location of staff ------------------------------------------------------------------------------------


def test_staff_fte_in_dutch_notation_and_location_only_without_a_team(database):
    location = service_for(m.Location).create(name="Huize De Linde")
    other = service_for(m.Location).create(name="De Bongerd")
    team = service_for(m.Team).create(location=location.id, name="Somatiek 1")
    staff = service_for(m.Staff)
    person = staff.create(first_name="Ria", last_name="Vos", fte="0,89", location=other.id)
    assert m.Staff.get_by_id(person.id).fte == Decimal("0.89")
    for bad in ("0", "1,6", "0,891", "veel"):
        with pytest.raises(ValidationError) as caught:
            staff.update(person.id, fte=bad)
        assert caught.value.field == "fte"
    with pytest.raises(ValidationError) as caught:
        staff.update(person.id, team=team.id)
    assert caught.value.field == "location"
    staff.update(person.id, team=team.id, location=location.id)
    staff.update(person.id, location=None)
    assert m.Staff.get_by_id(person.id).fte == Decimal("0.89")


# -- statuses that follow the calendar ------------------------------------------------------------------------------


def test_statuses_move_on_by_date_once_and_are_recorded(people):
    starts = make_period(people, start_date=TODAY, end_date=TODAY + 90 * DAY, status="planned")
    later = make_period(people, start_date=TODAY + DAY, end_date=TODAY + 90 * DAY, status="planned")
    ends = make_period(people, start_date=TODAY - 90 * DAY, end_date=TODAY - DAY, status="active")
    last_day = make_period(people, start_date=TODAY - 90 * DAY, end_date=TODAY, status="active")
    skipped = make_period(people, start_date=TODAY - 90 * DAY, end_date=TODAY - 30 * DAY, status="planned")
    open_ended = make_period(people, start_date=TODAY - 900 * DAY, end_date=None, status="active")
    by_hand = make_period(people, start_date=TODAY - 10 * DAY, end_date=TODAY + 90 * DAY, status="completed")
    early = make_period(people, status="ended_early", ended_on=TODAY - 5 * DAY, end_reason="dismissed")
    history = m.AuditEntry.select().count()

    moves = advance_periods()

    assert {(move.period_id, move.before, move.after) for move in moves} == {
        (starts.id, "planned", "active"),
        (ends.id, "active", "completed"),
        (skipped.id, "planned", "completed"),
    }
    expected = {starts: "active", later: "planned", ends: "completed", last_day: "active", skipped: "completed",
                open_ended: "active", by_hand: "completed", early: "ended_early"}  # fmt: skip
    assert {p.id: status_of(p) for p in expected} == {p.id: status for p, status in expected.items()}
    entries = list(m.AuditEntry.select().where(m.AuditEntry.id > history).order_by(m.AuditEntry.record_id))
    assert [(e.action, e.table_name, e.record_id, e.changed_fields) for e in entries] == [
        ("update", "bpv_period", p.id, "status") for p in sorted((starts, ends, skipped), key=lambda p: p.id)
    ]
    before = table_dump(m.db)
    assert advance_periods() == []
    assert table_dump(m.db) == before
    # The next day, when the date changes while LeerWerk runs.
    clock.set_today(TODAY + DAY)
    assert {(move.period_id, move.after) for move in advance_periods()} == {
        (later.id, "active"),
        (last_day.id, "completed"),
    }


@pytest.mark.file_only
def test_a_read_only_database_is_not_moved_on(people, db_path):
    planned = make_period(people, start_date=TODAY - DAY, status="planned")
    close_database()
    open_read_only(db_path)
    assert advance_periods() == []
    close_database()
    open_database(db_path)
    assert status_of(planned) == "planned"


def test_the_phase_is_suggested_from_the_dates_and_the_tasks_done(people):
    period = make_period(people, start_date=TODAY - 10 * DAY, end_date=TODAY + 300 * DAY)
    suggestion = suggest_phase(period.id)
    assert (suggestion.current, suggestion.suggested, suggestion.differs) == ("introduction", "introduction", False)
    assert suggestion.open_tasks == m.PhaseTask.select().where(m.PhaseTask.period == period.id).count() > 0
    tasks = service_for(m.PhaseTask)
    tasks.update_many(
        [(task.id, {"done_on": TODAY}) for task in m.PhaseTask.select().where(m.PhaseTask.period == period.id)]
    )
    assert suggest_phase(period.id).suggested == "work_and_learn"
    # By the dates alone, later on; never back to an earlier phase.
    assert suggest_phase(period.id, today=TODAY + 290 * DAY).suggested == "evaluation"
    service_for(m.BpvPeriod).update(period.id, phase="evaluation")
    assert suggest_phase(period.id).suggested == "evaluation"
    planned = make_period(people, start_date=TODAY + 10 * DAY, status="planned")
    assert suggest_phase(planned.id).suggested == "introduction"


# -- ending early ---------------------------------------------------------------------------------------------------


def _meetings(period):
    return list(m.Meeting.select().where(m.Meeting.period == period.id).order_by(m.Meeting.planned_on, m.Meeting.id))


def test_ending_early_cancels_later_meetings_and_open_tasks_and_undo_puts_everything_back(people):
    period = make_period(people, start_date="2026-09-01")
    meetings, tasks = service_for(m.Meeting), service_for(m.PhaseTask)
    past = [mt for mt in _meetings(period) if mt.planned_on < TODAY]
    meetings.update(past[0].id, held_on=past[0].planned_on)
    first_task = m.PhaseTask.select().where(m.PhaseTask.period == period.id).first()
    tasks.update(first_task.id, done_on=TODAY)
    before = content_dump(m.db)

    ending = end_early(period.id, TODAY, "switched_employer")

    stored = m.BpvPeriod.get_by_id(period.id)
    assert (stored.status, stored.ended_on, stored.end_reason) == ("ended_early", TODAY, "switched_employer")
    after = _meetings(period)
    later = [mt for mt in after if mt.planned_on > TODAY]
    assert later and all(mt.cancelled for mt in later) and len(ending.meetings) == len(later) > 20
    assert not any(mt.cancelled for mt in after if mt.planned_on <= TODAY)  # kept as they were: held, or late
    open_tasks = m.PhaseTask.select().where((m.PhaseTask.period == period.id) & m.PhaseTask.done_on.is_null())
    assert open_tasks.count() == len(ending.tasks) > 0 and all(task.cancelled for task in open_tasks)
    assert not m.PhaseTask.get_by_id(first_task.id).cancelled
    assert len(after) == len(_meetings(period))  # nothing deleted

    undo_ending(ending)
    assert content_dump(m.db) == before
    redo_ending(ending)
    assert m.BpvPeriod.get_by_id(period.id).status == "ended_early"
    assert all(mt.cancelled for mt in _meetings(period) if mt.planned_on > TODAY)


def test_an_ending_that_is_refused_changes_nothing(people):
    period = make_period(people)
    before = table_dump(m.db)
    for ended_on, reason, field in (
        (None, "dismissed", "ended_on"),
        ("31-08-2026", "dismissed", "ended_on"),
        (TODAY, None, "end_reason"),
        (TODAY, "other", "end_reason_text"),
        ("31-02-2026", "dismissed", "ended_on"),
    ):
        with pytest.raises(ValidationError) as caught:
            end_early(period.id, ended_on, reason)
        assert caught.value.field == field
    assert table_dump(m.db) == before
    with pytest.raises(NotFoundError):
        end_early(999, TODAY, "dismissed")
    end_early(period.id, TODAY, "other", "Verhuisd naar Groningen")
    with pytest.raises(ValidationError, match="al afgelopen"):
        end_early(period.id, TODAY, "dismissed")
