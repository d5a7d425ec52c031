"""The agenda: what is due or overdue across the organisation, who acts on it, and the counts above it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import service_for
from desktop.services.agenda import LATER_KINDS, agenda, load_agenda, mark_done, phase_due_dates
from desktop.services.base import CrudService
from desktop.services.coaching_trajectories import StepLine, save_trajectory
from desktop.services.forms import save_assessment, save_assignment
from desktop.services.placements import advance_periods, end_early
from desktop.services.signing import Signer, sign_on_paper, signatures
from desktop.storage import models as m
from desktop.storage.models import db

TODAY = dt.date(2026, 11, 18)  # a Wednesday; the tests' day (conftest)
DAY = dt.timedelta(days=1)


def _staff(first, last, team, *roles, **values):
    person = service_for(m.Staff).create(first_name=first, last_name=last, team=team, **values)
    for role in roles:
        service_for(m.StaffRole).create(staff=person.id, role=role)
    return person.id


@pytest.fixture
def world(database):
    """Two locations with a team each; a praktijkopleider, a werkbegeleider, a coach; learners in every state."""
    linde = service_for(m.Location).create(name="Huize De Linde").id
    bongerd = service_for(m.Location).create(name="De Bongerd").id
    t1 = service_for(m.Team).create(location=linde, name="Somatiek 1").id
    t2 = service_for(m.Team).create(location=bongerd, name="Psychogeriatrie 2").id
    w = {"linde": linde, "bongerd": bongerd, "t1": t1, "t2": t2}
    w["po"] = _staff("Petra", "Hermans", t1, "practice_trainer")
    w["po2"] = _staff("Sjef", "Coenen", t2, "practice_trainer")
    w["ws"] = _staff("Wim", "Vossen", t1, "work_supervisor")
    w["coach"] = _staff("Iris", "Dassen", None, "learning_coach", location=linde)
    w["ria"] = _staff("Ria", "Vos", t2)
    school = service_for(m.School).create(name="ROC Fictief Zuid").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id
    service_for(m.SchoolSupervisor).create(first_name="Anaïs", last_name="Dubois", school=school)

    def period(first, last, kind, **values):
        learner = service_for(m.Learner).create(first_name=first, last_name=last, learner_type=kind).id
        data = dict(learner=learner, programme=programme, school=school, team=t1, practice_trainer=w["po"],
                    work_supervisor=w["ws"], start_date="2026-09-01", end_date="2027-06-30")  # fmt: skip
        data["status"] = "active"
        return service_for(m.BpvPeriod).create(**{**data, **values}).id

    w["p1"] = period("Zoë", "Berg", "bbl")
    w["p2"] = period("Ayşe", "Yılmaz", "bol", start_date="2026-11-25", status="planned", team=t2,
                     practice_trainer=w["po2"], work_supervisor=None)  # fmt: skip
    w["p3"] = period("Daan", "Smeets", "mio", start_date="2026-05-01", end_date="2026-11-20", phase="evaluation")
    w["old"] = period("Bram", "Bos", "bbl", start_date="2024-09-01", end_date="2025-06-30", status="completed")
    w["early"] = period("Noor", "Peeters", "bbl")
    w["school"] = school
    return w


def test_meetings_and_tasks_of_running_periods_with_who_acts_on_them(world):
    loaded = load_agenda()
    assert loaded.until == TODAY + 13 * DAY
    p1 = [item for item in loaded.items if item.subject.parent_id == world["p1"]]
    intro = next(i for i in p1 if i.kind == "meeting" and i.what == "Kennismakingsgesprek")
    assert (intro.due, intro.overdue, intro.responsible_id, intro.responsible) == (
        dt.date(2026, 9, 1),
        True,
        world["po"],
        "Petra Hermans",
    )
    assert (intro.who, intro.location, intro.team, intro.location_id, intro.team_id) == (
        "Zoë Berg",
        "Huize De Linde",
        "Somatiek 1",
        world["linde"],
        world["t1"],
    )
    supervisor_talks = [i for i in p1 if i.kind == "meeting" and i.responsible_id == world["ws"]]
    assert supervisor_talks and all(TODAY <= i.due <= loaded.until and not i.overdue for i in supervisor_talks)
    tasks = [i for i in p1 if i.kind == "task"]
    open_intro = m.PhaseTask.select().where((m.PhaseTask.period == world["p1"]) & (m.PhaseTask.phase == "introduction"))
    assert len(tasks) == open_intro.count() > 0
    # Introduction tasks are due when the introduction's window ends: 42 days into a period of ten months.
    assert (
        {i.due for i in tasks}
        == {dt.date(2026, 10, 13)}
        == {phase_due_dates(dt.date(2026, 9, 1), dt.date(2027, 6, 30))["introduction"]}
    )
    assert all(i.overdue and i.detail == "Introductie" for i in tasks)
    roles = {t.role: t for t in open_intro}
    assert {i.responsible_id for i in tasks if i.record_id == roles["work_supervisor"].id} == {world["ws"]}
    assert {i.responsible_id for i in tasks if i.record_id == roles["learner"].id} == {world["po"]}
    # A period completed long ago, and one that ended early, have nothing on the agenda.
    assert not [i for i in loaded.items if i.subject.parent_id == world["old"]]


def test_items_of_one_day_come_in_the_same_order_from_a_file_and_a_server(world, engine):
    """Meetings planned on one day come by period, as SQLite's index gives them, not in the order a server stored
    them."""
    day = TODAY + 2 * DAY
    first = service_for(m.Meeting).create(period=world["p1"], kind="other", planned_on=day)
    service_for(m.Meeting).create(period=world["early"], kind="other", planned_on=day)
    service_for(m.Meeting).update(first.id, notes="Verzet")  # a server keeps the changed row after the other
    if engine == "postgresql":  # and reads a table this small straight through, the rows as it keeps them
        for scan in ("indexscan", "indexonlyscan", "bitmapscan"):
            db.execute_sql(f"SET enable_{scan} = off")
    same_day = [i.subject.parent_id for i in load_agenda().items if i.due == day and i.kind == "meeting"]
    assert same_day == [world["p1"], world["early"]]


def test_placements_starting_and_ending_are_events_on_their_day(world):
    loaded = load_agenda()
    events = {(i.kind, i.subject.parent_id): i for i in loaded.items if i.kind.startswith("placement")}
    start, end = events[("placement_start", world["p2"])], events[("placement_end", world["p3"])]
    assert (start.due, start.overdue, start.responsible_id, start.location) == (
        dt.date(2026, 11, 25),
        False,
        world["po2"],
        "De Bongerd",
    )
    assert (end.due, end.table, end.record_id) == (dt.date(2026, 11, 20), "bpv_period", world["p3"])
    assert ("placement_start", world["p1"]) not in events


def test_ending_early_takes_the_period_off_the_agenda_but_for_its_studentwaardering(world):
    before = [i for i in load_agenda().items if i.subject.parent_id == world["early"]]
    assert any(i.kind == "meeting" and not i.overdue for i in before)
    end_early(world["early"], TODAY - DAY, "stopped_personal")
    after = [(i.kind, i.due, i.overdue) for i in load_agenda().items if i.subject.parent_id == world["early"]]
    assert after == [("waardering", TODAY + 13 * DAY, False)]


def test_a_studentwaardering_is_due_two_weeks_after_a_period_ended_until_it_comes_in(world):
    ended = service_for(m.BpvPeriod).update(world["p1"], end_date="2026-10-30", status="completed")[0].id
    long_ago = world["old"]  # ended more than a year ago: asking now says little about the placement
    loaded = load_agenda()
    due = [i for i in loaded.items if i.kind == "waardering"]
    assert [(i.subject.parent_id, i.due, i.overdue, i.responsible, i.what) for i in due] == [
        (ended, dt.date(2026, 11, 13), True, "Petra Hermans", "Vragenlijst laten invullen")
    ]
    assert (due[0].table, due[0].record_id, due[0].kind_label, due[0].location) == (
        "student_evaluation", ended, "Studentwaardering", "Huize De Linde",
    )  # fmt: skip
    assert long_ago not in {i.subject.parent_id for i in loaded.items}
    assert [i.record_id for i in loaded.select(kinds=["waardering"])] == [ended]
    assert loaded.select(kinds=["waardering"], search="zoe berg") == due
    # What limits the agenda limits these too: another location, another praktijkopleider.
    assert not [i for i in load_agenda(location=world["bongerd"]).items if i.kind == "waardering"]
    assert not [i for i in load_agenda(practice_trainer=world["po2"]).items if i.kind == "waardering"]
    assert [i.record_id for i in load_agenda(practice_trainer=world["po"]).items if i.kind == "waardering"] == [ended]

    from desktop.services.waardering import questions, save_evaluation

    save_evaluation(ended, TODAY, "paper", {questions()[0].id: 4})
    assert not [i for i in load_agenda().items if i.kind == "waardering"]


def test_forms_by_step_with_those_only_the_school_has_to_sign_to_send(world):
    p1 = world["p1"]
    draft = save_assignment(None, {"period": p1, "title": "Inwerkopdracht", "deadline": "2026-11-20"})
    handed_in = save_assignment(None, {"period": p1, "title": "Dossiervoering", "deadline": "2026-11-01"})
    service_for(m.PracticeAssignment).update(handed_in.id, status="handed_in")
    later = save_assignment(None, {"period": p1, "title": "Eindopdracht", "deadline": "2027-05-01"})
    both = [Signer("practice_trainer", "Petra Hermans"), Signer("school_supervisor", "Anaïs Dubois")]
    to_send = save_assessment(None, {"period": p1, "kind": "interim", "due_on": "2026-11-10"}, signers=both)
    to_sign = save_assessment(None, {"period": p1, "kind": "final", "due_on": "2026-11-12"}, signers=both)
    for form in (to_send, to_sign):
        service_for(m.Assessment).update(form.id, status="completed", talk_date="2026-11-10")
    trainer = next(s for s in signatures("assessment", to_send.id) if s.signer_role == "practice_trainer")
    sign_on_paper(trainer.id, "Petra Hermans", TODAY)
    draft_assessment = save_assessment(None, {"period": p1, "kind": "induction", "due_on": "2026-11-30"})

    loaded = load_agenda()
    forms = {(i.table, i.record_id): i for i in loaded.items if i.kind == "form"}
    issue = forms[("practice_assignment", draft.id)]
    assert (issue.step, issue.due, issue.overdue, issue.what, issue.detail) == (
        "issue",
        dt.date(2026, 11, 20),
        False,
        "Uitgeven: Inwerkopdracht",
        draft.number,
    )
    assess = forms[("practice_assignment", handed_in.id)]
    assert (assess.step, assess.due, assess.overdue) == ("assess", dt.date(2026, 11, 15), True)
    assert ("practice_assignment", later.id) not in forms  # due in May, after what was read
    send = forms[("assessment", to_send.id)]
    assert (send.step, send.due, send.what) == (
        "send_to_school",
        dt.date(2026, 11, 24),
        "Naar school sturen: Tussentijdse beoordeling",
    )
    assert forms[("assessment", to_sign.id)].step == "sign"
    to_assess = forms[("assessment", draft_assessment.id)]
    assert (to_assess.step, to_assess.due, to_assess.what) == (
        "assess",
        dt.date(2026, 11, 30),
        "Beoordelen: Inwerkopdracht",
    )
    counts = loaded.counts()
    assert counts.awaiting_signature == 2
    assert [i.record_id for i in loaded.select(only="awaiting_signature")] == [to_send.id, to_sign.id]


def test_a_search_finds_each_part_of_an_item_and_words_from_several_parts(world):
    """Items keep no search text: each word is looked for in the parts (people and places, what and kind, detail)."""
    form = save_assignment(None, {"period": world["p1"], "title": "Dossiervoering", "deadline": "2026-11-20"})
    loaded = load_agenda()
    item = next(i for i in loaded.items if i.record_id == form.id and i.table == "practice_assignment")
    assert item.detail == form.number and item.responsible == "Petra Hermans"

    def found(query):
        return [i.record_id for i in loaded.select(search=query, kinds=["form"])]

    assert found(form.number.lower()) == [form.id]  # the detail
    assert found("zoe dossiervoering hermans linde") == [form.id]  # who, what, responsible, location
    assert found(f"{item.kind_label} {form.number}") == [form.id]  # the kind
    assert found("dossiervoering yilmaz") == []  # every word must be found


@pytest.mark.sqlite_only
def test_the_agenda_is_read_with_a_small_cache_and_leaves_the_connections_as_it_was(world):
    from desktop.services.agenda import READING_CACHE_KIB
    from desktop.storage.engine import engine_of

    def cache_size():
        return db.execute_sql("PRAGMA cache_size").fetchone()[0]

    before = cache_size()
    assert before != -READING_CACHE_KIB
    with engine_of(db).reading_through(db, READING_CACHE_KIB):
        assert cache_size() == -READING_CACHE_KIB
    with pytest.raises(ValidationError), engine_of(db).reading_through(db, READING_CACHE_KIB):
        load_agenda(team=999_999)  # a reading that fails
    assert cache_size() == before
    loaded = load_agenda(later=LATER_KINDS)
    loaded.add_later(loaded.read_later())
    assert cache_size() == before and loaded.items


def test_a_form_of_a_period_that_ended_early_counts_only_while_it_waits_for_signatures(world):
    early = world["early"]
    issued = save_assignment(None, {"period": early, "title": "Opdracht", "deadline": "2026-11-25", "status": "issued"})
    waiting = save_assessment(None, {"period": early, "kind": "interim", "due_on": "2026-11-10"},
                              signers=[Signer("practice_trainer", "Petra Hermans")])  # fmt: skip
    service_for(m.Assessment).update(waiting.id, status="completed", talk_date="2026-11-10")
    end_early(early, TODAY - DAY, "dismissed")
    forms = {(i.table, i.record_id) for i in load_agenda().items if i.kind == "form"}
    assert ("assessment", waiting.id) in forms and ("practice_assignment", issued.id) not in forms


def test_coaching_steps_coach_meetings_and_certificates(world):
    trajectory = save_trajectory(
        None,
        {"kind": "learning_coach", "participant_staff": world["ria"], "coach": world["coach"], "status": "active",
         "started_on": "2026-10-01"},
        steps=[StepLine("learning_goals", dt.date(2026, 10, 1), dt.date(2026, 10, 1)),
               StepLine("intake", dt.date(2026, 10, 15)), StepLine("progress", dt.date(2026, 11, 26)),
               StepLine("evaluation", dt.date(2027, 2, 1))],
    )  # fmt: skip
    service_for(m.CoachMeeting).create(held_on="2026-04-20")
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    service_for(m.Certificate).create(
        training=bhv.id, staff=world["ws"], issued_on="2025-12-01", expires_on="2026-12-01"
    )
    service_for(m.Certificate).create(
        training=bhv.id, staff=world["ria"], issued_on="2025-01-01", expires_on="2026-01-01"
    )

    loaded = load_agenda()
    steps = [i for i in loaded.items if i.kind == "coaching_step"]
    assert [(i.what, i.due, i.overdue) for i in steps] == [
        ("Intake met de leidinggevende", dt.date(2026, 10, 15), True),
        ("Voortgangsgesprek", dt.date(2026, 11, 26), False),
    ]
    assert {(i.who, i.responsible, i.responsible_id, i.location, i.subject.parent_id) for i in steps} == {
        ("Ria Vos", "Iris Dassen", world["coach"], "De Bongerd", trajectory.id)
    }
    coach_meeting = [i for i in loaded.items if i.kind == "coach_meeting"]
    assert [(i.due, i.record_id, i.overdue, i.what) for i in coach_meeting] == [
        (dt.date(2026, 10, 20), None, True, "De coachbijeenkomst plannen")
    ]
    certificates = [i for i in loaded.items if i.kind == "certificate"]
    # Ria has no role BHV is required for; the werkbegeleider's runs out within the warning period.
    assert [(i.who, i.due, i.overdue, i.detail, i.what, i.responsible_id) for i in certificates] == [
        ("Wim Vossen", dt.date(2026, 12, 1), False, "BHV (bedrijfshulpverlening)", "Certificaat verloopt", None)
    ]
    assert loaded.counts().certificates_expiring == 1
    service_for(m.Certificate).create(
        training=bhv.id, staff=world["ws"], issued_on="2026-11-01", expires_on="2027-11-01"
    )
    assert not [i for i in load_agenda().items if i.kind == "certificate"]


def test_tasks_and_certificates_read_later_join_as_one_reading_has_them(world):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    service_for(m.Certificate).create(
        training=bhv.id, staff=world["ws"], issued_on="2025-11-01", expires_on="2026-11-01"
    )  # expired: late, and so in the overdue count
    whole = load_agenda()
    late = {kind: sum(1 for i in whole.items if i.kind == kind and i.overdue) for kind in ("task", "certificate")}
    assert late["task"] and late["certificate"] == 1
    first = load_agenda(later=LATER_KINDS)
    assert first.pending == {"task", "development", "certificate"} and not [
        i for i in first.items if i.kind in first.pending
    ]
    assert first.counts_waiting() == {"overdue", "this_week", "certificates_expiring"}
    assert first.counts().overdue == whole.counts().overdue - late["task"] - late["certificate"]
    assert first.counts().awaiting_signature == whole.counts().awaiting_signature  # forms are read first

    first.add_later(first.read_later())
    assert not first.pending and not first.counts_waiting()
    assert first.counts() == whole.counts()
    assert [(i.kind, i.record_id, i.due) for i in first.items] == [(i.kind, i.record_id, i.due) for i in whole.items]
    # A search finds what came later too.
    assert [i.kind for i in first.select(search="vossen", kinds=["certificate"])] == ["certificate"]
    assert load_agenda(later={"certificate"}).pending == {"certificate"}
    with pytest.raises(ValueError):
        load_agenda(later={"meeting"})


def test_filters_counts_and_search(world):
    loaded = load_agenda()
    everything = loaded.select()
    assert everything == loaded.items
    week = loaded.select(TODAY, TODAY + 4 * DAY, overdue=False)
    assert week and all(TODAY <= i.due <= TODAY + 4 * DAY for i in week)
    assert loaded.select(overdue=False, start=TODAY) == [i for i in loaded.items if not i.overdue]
    assert all(i.responsible_id == world["ws"] for i in loaded.select(responsible=world["ws"]))
    assert {i.subject.parent_id for i in loaded.select(location=world["bongerd"])} == {world["p2"]}
    assert {i.kind for i in loaded.select(kinds=["task"])} == {"task"}
    assert {i.who for i in loaded.select(search="yilmaz")} == {"Ayşe Yılmaz"}
    counts = loaded.counts()
    assert counts.overdue == sum(1 for i in loaded.items if i.overdue) > 0
    assert counts.due_this_week == sum(1 for i in loaded.items if not i.overdue and i.due <= dt.date(2026, 11, 22))
    assert loaded.select(only="overdue") == [i for i in loaded.items if i.overdue]
    # Overdue first, then by date.
    dues = [i.due for i in loaded.items]
    assert dues == sorted(dues) and loaded.items[0].overdue
    # The convenience call: one range, read and filtered.
    assert [(i.table, i.record_id) for i in agenda(TODAY, TODAY + 4 * DAY, overdue=False)] == [
        (i.table, i.record_id) for i in week
    ]


def test_a_praktijkopleiders_agenda_holds_their_learners_items_only(world):
    mine = load_agenda(practice_trainer=world["po"])
    assert mine.items and {i.subject.practice_trainer_id for i in mine.items} == {world["po"]}
    assert {i.kind for i in mine.items} <= {
        "meeting",
        "task",
        "form",
        "certificate",
        "placement_start",
        "placement_end",
    }
    theirs = load_agenda(practice_trainer=world["po2"])
    assert {i.subject.parent_id for i in theirs.items} == {world["p2"]}


def test_marking_a_meeting_held_and_a_task_done_goes_through_the_services_with_undo(world):
    loaded = load_agenda()
    meeting = next(i for i in loaded.items if i.kind == "meeting" and i.overdue)
    task = next(i for i in loaded.items if i.kind == "task")
    held = mark_done(meeting.table, meeting.record_id)
    done = mark_done(task.table, task.record_id, TODAY - DAY)
    assert m.Meeting.get_by_id(meeting.record_id).held_on == TODAY
    assert m.PhaseTask.get_by_id(task.record_id).done_on == TODAY - DAY
    keys = {(i.table, i.record_id) for i in load_agenda().items}
    assert (meeting.table, meeting.record_id) not in keys and (task.table, task.record_id) not in keys
    assert held.previous == {"held_on": None} and held.new == {"held_on": TODAY}
    entries = m.AuditEntry.select().where(m.AuditEntry.table_name == "meeting").order_by(m.AuditEntry.id.desc())
    assert entries.first().changed_fields == "held_on"
    for change in (held, done):  # what the window's UpdateCommand does on undo
        service: CrudService = service_for(change.model)
        service.update(change.record_id, **change.previous)
    keys = {(i.table, i.record_id) for i in load_agenda().items}
    assert (meeting.table, meeting.record_id) in keys and (task.table, task.record_id) in keys
    with pytest.raises(ValidationError):
        mark_done("meeting", meeting.record_id, TODAY + DAY)  # held in the future
    with pytest.raises(ValidationError):
        mark_done("certificate", 1)


def test_bad_input_is_one_dutch_sentence(world):
    with pytest.raises(ValidationError) as caught:
        agenda("20-11-2026", "18-11-2026")
    assert caught.value.message == "De einddatum ligt vóór de begindatum."
    with pytest.raises(ValidationError) as caught:
        load_agenda(practice_trainer=999)
    assert caught.value.field == "practice_trainer" and "999" in caught.value.message
    with pytest.raises(ValidationError):
        load_agenda(team=0)
    with pytest.raises(ValidationError):
        agenda("31-02-2026")
    with pytest.raises(ValidationError):
        load_agenda().select(only="alles")


def test_the_agenda_follows_the_clock(world):
    clock.set_today(dt.date(2027, 3, 1))
    assert [move.period_id for move in advance_periods()] == [world["p2"], world["p3"]]
    loaded = load_agenda()
    assert loaded.today == dt.date(2027, 3, 1) and loaded.until == dt.date(2027, 3, 14)
    # Completed more than four weeks ago: only its studentwaardering is left, two weeks after its end.
    left = [(i.kind, i.due) for i in loaded.items if i.subject.parent_id == world["p3"]]
    assert left == [("waardering", dt.date(2026, 12, 4))]


def test_agenda_figures_agree_with_the_database(tmp_path):
    """On a demo: the meetings and coaching steps on the agenda are exactly those a count in SQL finds."""
    from desktop.demo import generate_demo
    from desktop.storage.database import close_database, open_database

    close_database()
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, learners=80, seed=5, today=TODAY)
    open_database(path)
    loaded = load_agenda()
    until = loaded.until.isoformat()
    grace = (TODAY - 28 * DAY).isoformat()
    meetings = db.execute_sql(
        """SELECT COUNT(*) FROM meeting m JOIN bpv_period p ON p.id = m.period_id JOIN learner l ON l.id = p.learner_id
           WHERE m.held_on IS NULL AND m.cancelled = 0 AND m.planned_on <= ? AND l.archived = 0
             AND (p.status IN ('planned', 'active') OR (p.status = 'completed' AND p.end_date >= ?))""",
        (until, grace),
    ).fetchone()[0]
    assert sum(1 for i in loaded.items if i.kind == "meeting") == meetings > 0
    steps = db.execute_sql(
        """SELECT COUNT(*) FROM coaching_step s JOIN coaching_trajectory t ON t.id = s.trajectory_id
           WHERE s.held_on IS NULL AND s.planned_on <= ? AND t.status IN ('planned', 'active')""",
        (until,),
    ).fetchone()[0]
    assert sum(1 for i in loaded.items if i.kind == "coaching_step") == steps
    overdue_meetings = db.execute_sql(
        """SELECT COUNT(*) FROM meeting m JOIN bpv_period p ON p.id = m.period_id JOIN learner l ON l.id = p.learner_id
           WHERE m.held_on IS NULL AND m.cancelled = 0 AND m.planned_on < ? AND l.archived = 0
             AND (p.status IN ('planned', 'active') OR (p.status = 'completed' AND p.end_date >= ?))""",
        (TODAY.isoformat(), grace),
    ).fetchone()[0]
    assert sum(1 for i in loaded.items if i.kind == "meeting" and i.overdue) == overdue_meetings
    awaiting = db.execute_sql(
        """SELECT (SELECT COUNT(*) FROM practice_assignment f JOIN bpv_period p ON p.id = f.period_id
                   JOIN learner l ON l.id = p.learner_id WHERE f.status = 'assessed' AND l.archived = 0)
                + (SELECT COUNT(*) FROM assessment f JOIN bpv_period p ON p.id = f.period_id
                   JOIN learner l ON l.id = p.learner_id WHERE f.status = 'completed' AND l.archived = 0)"""
    ).fetchone()[0]
    assert loaded.counts().awaiting_signature == awaiting
    close_database()
