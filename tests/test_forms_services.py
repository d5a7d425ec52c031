"""BPV forms: content hash, signers, signing on screen and on paper, reopening, the list and numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.services import form_lists, form_numbers, forms, service_for, signed_content, signing
from desktop.services.signing import Signer
from desktop.storage import models as m
from tests.factories import PNG, _assignment, _processes
from tests.helpers import table_dump

PDF = b"%PDF-1.4\n" + b"x" * 40


def _without_audit(rows):
    return [row for row in rows if "audit_log" not in row[:2]]


def test_new_forms_get_numbers_signers_and_score_lines(period):
    assignment = _assignment(period)
    assert assignment.number == f"PO-{clock.today().year}-00001"
    assert _assignment(period).number.endswith("-00002")
    roles = [(s.stage, s.signer_role, s.signer_name) for s in signing.signatures("assignment", assignment.id)]
    assert roles == [("issue", "learner", "Zoë Çelik"), ("issue", "practice_trainer", "Jan de Vries")]
    final = forms.save_assessment(None, {"period": period.id, "kind": "final"})
    assert final.number.startswith("BF-") and final.due_on == dt.date(2027, 6, 23)
    assert final.participants == "Zoë Çelik, Jan de Vries, Ayşe Yılmaz"
    assert [s.signer_role for s in signing.signatures("assessment", final.id)][-1] == "school_supervisor"
    assert m.AssessmentScore.select().where(m.AssessmentScore.assessment == final.id).count() == 3


def test_werkprocessen_and_goals_must_belong_to_the_period(period, database):
    other = service_for(m.Programme).create(name="Helpende", crebo="25498", level="2", pathway="BOL")
    stranger = service_for(m.WorkProcess).create(programme=other.id, code="X", title="Elders")
    before = _without_audit(table_dump(database))
    with pytest.raises(ValidationError) as caught:
        forms.save_assignment(None, {"period": period.id, "title": "Opdracht"}, work_processes=[stranger.id])
    assert caught.value.field == "work_processes"
    assert _without_audit(table_dump(database)) == before


def test_the_hash_covers_content_but_not_status_or_language(period):
    assignment = _assignment(period)
    first = signed_content.content_hash("assignment", assignment.id)
    forms.save_assignment(assignment.id, {"status": "issued", "language": "en"})
    assert signed_content.content_hash("assignment", assignment.id) == first
    forms.save_assignment(assignment.id, {"description": "Anders."})
    assert signed_content.content_hash("assignment", assignment.id) != first
    forms.save_assignment(assignment.id, {}, work_processes=_processes(period)[:1])
    assert len(signed_content.content_hash("assignment", assignment.id)) == 64


def test_signing_freezes_the_content_and_moves_the_status(period, database):
    assignment = _assignment(period)
    learner_row, trainer_row = signing.signatures("assignment", assignment.id)
    signing.sign_on_screen(learner_row.id, "Zoë Çelik", PNG)
    assert signing.is_frozen("assignment", assignment.id) and signing.signatures_match("assignment", assignment.id)
    before = _without_audit(table_dump(database))
    with pytest.raises(ValidationError) as caught:
        forms.save_assignment(assignment.id, {"title": "Iets anders"})
    assert "Heropen" in caught.value.message
    with pytest.raises(ValidationError):
        forms.save_assignment(assignment.id, {}, work_processes=[])
    assert _without_audit(table_dump(database)) == before
    signing.sign_on_paper(trainer_row.id, "Jan de Vries", clock.today(), PDF, "scan.pdf")
    assert signing.get_form("assignment", assignment.id).status == "issued"
    entries = m.AuditEntry.select().where(m.AuditEntry.action == "sign").count()
    assert entries == 2


def test_sign_off_round_and_finished_status(period):
    assignment = _assignment(period)
    for row in signing.signatures("assignment", assignment.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    with pytest.raises(ValidationError) as caught:
        forms.save_assignment(assignment.id, {"status": "signed_off"})
    assert caught.value.field == "status"
    forms.save_assignment(assignment.id, {"status": "assessed"})
    final = [s for s in signing.signatures("assignment", assignment.id) if s.stage == "final"]
    assert [s.signer_role for s in final] == ["learner", "practice_trainer"]
    for row in final:
        signing.sign_on_paper(row.id, row.signer_name, clock.today())
    assert signing.get_form("assignment", assignment.id).status == "signed_off"
    row = next(r for r in form_lists.form_rows() if r.key == ("assignment", assignment.id))
    assert (row.signed, row.signers, row.done) == (2, 2, True)


def test_bad_signatures_are_refused_and_change_nothing(period, database):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    row = signing.signatures("assessment", assessment.id)[0]
    before = _without_audit(table_dump(database))
    cases = [
        lambda: signing.sign_on_screen(row.id, "Zoë", b"not a png"),
        lambda: signing.sign_on_screen(row.id, "   ", PNG),
        lambda: signing.sign_on_paper(row.id, "Zoë", clock.today() + dt.timedelta(days=1)),
        lambda: signing.sign_on_paper(row.id, "Zoë", clock.today(), b"MZ\x90\x00 not a scan", "scan.pdf"),
        lambda: signing.sign_on_paper(row.id, "Zoë", "31-02-2026"),
    ]
    for case in cases:
        with pytest.raises(ValidationError):
            case()
    with pytest.raises(NotFoundError):
        signing.sign_on_screen(999_999, "Zoë", PNG)
    assert _without_audit(table_dump(database)) == before
    signing.sign_on_screen(row.id, "Zoë Çelik", PNG)
    with pytest.raises(ValidationError):
        signing.sign_on_screen(row.id, "Zoë Çelik", PNG)


def test_reopen_voids_signatures_waits_for_the_same_signers_and_is_logged(period):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    for row in signing.signatures("assessment", assessment.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    assert signing.get_form("assessment", assessment.id).status == "signed"
    assert signing.reopen("assessment", assessment.id) == 2
    assert not signing.is_frozen("assessment", assessment.id)
    assert signing.get_form("assessment", assessment.id).status == "draft"
    assert [s.signed_at for s in signing.signatures("assessment", assessment.id)] == [None, None]
    assert len(signing.signatures("assessment", assessment.id, voided=True)) == 4
    assert m.AuditEntry.select().where(m.AuditEntry.action == "reopen").count() == 1
    forms.save_assessment(assessment.id, {"overall_judgement": "Goed gedaan."})
    with pytest.raises(ValidationError):
        signing.reopen("assessment", assessment.id)


def test_signatures_that_no_longer_match_are_noticed(period, database):
    assignment = _assignment(period)
    row = signing.signatures("assignment", assignment.id)[0]
    signing.sign_on_screen(row.id, "Zoë Çelik", PNG)
    # The form itself cannot change any more (a trigger refuses it), but the werkproces it names can.
    work_process = m.AssignmentWorkProcess.get(assignment=assignment.id).work_process_id
    database.execute_sql("UPDATE work_process SET title = 'gewijzigd buiten de app' WHERE id = ?", (work_process,))
    assert not signing.signatures_match("assignment", assignment.id)


def test_scores_are_checked(period, database):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    wp = _processes(period)[0]
    forms.save_assessment(assessment.id, {"attitude_score": "good"}, scores=[(wp, "sufficient", "Netjes")])
    line = m.AssessmentScore.get(assessment=assessment.id, work_process=wp)
    assert (line.score, line.remarks) == ("sufficient", "Netjes")
    before = _without_audit(table_dump(database))
    for values, scores in (
        ({"realised_hours": -5}, None),
        ({"talk_date": "31-02-2026"}, None),
        ({}, [(wp, "excellent", "")]),
        ({}, [(999, "good", "")]),
        ({"kind": "yearly"}, None),
    ):
        with pytest.raises(ValidationError):
            forms.save_assessment(assessment.id, values, scores=scores)
    assert _without_audit(table_dump(database)) == before


def test_delete_only_unsigned_and_edit_undo_through_snapshots(period):
    assignment = _assignment(period)
    before = forms.snapshot_form("assignment", assignment.id)
    forms.save_assignment(assignment.id, {"title": "Nieuwe titel"})
    forms.replace_form("assignment", before)
    assert signing.get_form("assignment", assignment.id).title == "Inwerkopdracht"
    row = signing.signatures("assignment", assignment.id)[0]
    signing.sign_on_screen(row.id, "Zoë Çelik", PNG)
    with pytest.raises(ValidationError):
        forms.replace_form("assignment", before)
    with pytest.raises(ValidationError):
        forms.delete_form("assignment", assignment.id)
    signing.reopen("assignment", assignment.id)
    with pytest.raises(ValidationError):
        forms.delete_form("assignment", assignment.id)  # the voided signatures are evidence too
    never_signed = _assignment(period)
    snapshot = forms.delete_form("assignment", never_signed.id)
    assert m.PracticeAssignment.select().count() == 1
    forms.service("assignment").restore(snapshot)
    assert signing.get_form("assignment", never_signed.id).title == "Inwerkopdracht"


def test_list_due_and_overdue(period):
    today = clock.today()
    late = _assignment(period, deadline=today - dt.timedelta(days=3))
    soon = _assignment(period, deadline=today + dt.timedelta(days=10))
    later = _assignment(period, deadline=today + dt.timedelta(days=60))
    rows = {row.id: row for row in form_lists.form_rows()}
    assert rows[late.id].is_overdue(today) and not rows[soon.id].is_overdue(today)
    assert [row.id for row in form_lists.due_forms(today)] == [late.id, soon.id]
    assert later.id not in [row.id for row in form_lists.due_forms(today)]
    assert rows[late.id].name == "Zoë Çelik" and rows[late.id].sort_name.startswith("Çelik")
    assert form_lists.form_rows([("assignment", soon.id)])[0].id == soon.id


def test_find_form_by_number_or_record_number(period):
    assignment = _assignment(period)
    assert form_numbers.find_form(assignment.number.lower()) == ("assignment", assignment.id)
    assert form_numbers.find_form(str(assignment.id)) == ("assignment", assignment.id)
    forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    with pytest.raises(ValidationError):
        form_numbers.find_form(str(assignment.id))  # both kinds have record 1
    with pytest.raises(NotFoundError):
        form_numbers.find_form("BF-1999-00001")


def test_a_form_record_number_is_ascii_digits_only(period):
    assignment = _assignment(period)
    assert assignment.id == 1
    for text in ("١", "１", "¹", "1١"):  # Arabic-Indic, full-width, superscript, mixed
        with pytest.raises(NotFoundError):
            form_numbers.find_form(text)


def test_old_signatures_are_given_their_round(period, database):
    """Version 2 knew no rounds: of two signatures by one role on an assignment the first is the issue
    round; on an assignment not yet signed off, every signature is."""
    from desktop.storage.migrations import v0003_signature_stage

    done, open_one = _assignment(period), _assignment(period)
    for row in signing.signatures("assignment", done.id) + signing.signatures("assignment", open_one.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    forms.save_assignment(done.id, {"status": "assessed"})
    for row in signing.signatures("assignment", done.id):
        if row.signed_at is None:
            signing.sign_on_screen(row.id, row.signer_name, PNG)
    database.execute_sql("UPDATE signature SET stage = 'final'")
    database.execute_sql(v0003_signature_stage.STATEMENTS[1])
    stages = lambda form: [s.stage for s in signing.signatures("assignment", form.id)]  # noqa: E731
    assert stages(done) == ["issue", "issue", "final", "final"]
    assert stages(open_one) == ["issue", "issue"]


def test_numbers_are_never_given_twice(period):
    first = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    second = forms.save_assessment(None, {"period": period.id, "kind": "final"})
    forms.delete_form("assessment", second.id)
    third = forms.save_assessment(None, {"period": period.id, "kind": "final"})
    assert third.number not in (first.number, second.number) and third.number.endswith("-00003")


def test_reopen_twice_keeps_one_waiting_row_per_signer(period):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    for _round in range(2):
        row = signing.signatures("assessment", assessment.id)[0]
        signing.sign_on_screen(row.id, row.signer_name, PNG)
        signing.reopen("assessment", assessment.id)
    roles = [s.signer_role for s in signing.signatures("assessment", assessment.id)]
    assert roles == ["learner", "practice_trainer"]


def test_the_status_follows_a_change_of_signers(period):
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    for row in signing.signatures("assessment", assessment.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    assert signing.get_form("assessment", assessment.id).status == "signed"
    signers = [Signer("learner", "Zoë Çelik"), Signer("practice_trainer", "Jan de Vries")]
    forms.save_assessment(assessment.id, {}, signers=[*signers, Signer("school_supervisor", "Ayşe Yılmaz")])
    assert signing.get_form("assessment", assessment.id).status == "completed"
    forms.save_assessment(assessment.id, {}, signers=signers)
    assert signing.get_form("assessment", assessment.id).status == "signed"


def test_undo_of_an_edit_whose_goal_is_gone_is_refused_cleanly(period):
    goal = service_for(m.LearningGoal).create(period=period.id, text="Overdracht geven")
    assignment = forms.save_assignment(None, {"period": period.id, "title": "Opdracht"}, goals=[goal.id])
    before = forms.snapshot_form("assignment", assignment.id)
    forms.save_assignment(assignment.id, {"title": "Nieuw"})
    service_for(m.LearningGoal).delete(goal.id)
    with pytest.raises(ValidationError):
        forms.replace_form("assignment", before)
    assert signing.get_form("assignment", assignment.id).title == "Nieuw"
    with pytest.raises(NotFoundError):
        form_numbers.find_form("²")


def test_a_draft_carries_a_planned_talk_date_and_is_signed_only_after_the_talk(period, database):
    planned = clock.today() + dt.timedelta(days=3)
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "final", "talk_date": planned})
    assert assessment.talk_date == planned
    first = signing.signatures("assessment", assessment.id)[0]
    before = _without_audit(table_dump(database))
    with pytest.raises(ValidationError) as refused:
        signing.sign_on_screen(first.id, first.signer_name, PNG)
    assert refused.value.field == "talk_date" and "na het gesprek" in refused.value.message
    with pytest.raises(ValidationError):
        signing.sign_on_paper(first.id, first.signer_name, clock.today())
    assert _without_audit(table_dump(database)) == before
    clock.set_today(planned)  # the day of the talk
    signing.sign_on_paper(first.id, first.signer_name, planned)
    second = signing.signatures("assessment", assessment.id)[1]
    assert signing.sign_on_screen(second.id, second.signer_name, PNG).signed_at.date() == planned
