"""The training budget, external requests and the yearly plan: every figure counted by hand on a small organisation,
bad input refused with a sentence and nothing saved, the agreed plan kept exactly as it was."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from decimal import Decimal

import peewee
import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import service_for
from desktop.services.budget import costs, set_budget, spend_report
from desktop.services.external_requests import redo_save, request_rows, save_request, undo_save
from desktop.services.report_export import report_pdf, report_xlsx, save_report
from desktop.services.training_plan import agree, agreed_plan, agreed_plans, plan_report
from desktop.storage import models as m
from desktop.storage.database import close_database
from desktop.storage.models import db
from tests.helpers import content_dump, run

pytestmark = pytest.mark.usefixtures("english")
TODAY = dt.date(2026, 11, 18)


@pytest.fixture
def org(database):
    clock.set_today(TODAY)
    linde = service_for(m.Location).create(name="Huize De Linde").id
    bongerd = service_for(m.Location).create(name="De Bongerd").id
    somatiek = service_for(m.Team).create(location=linde, name="Somatiek 1").id
    pg = service_for(m.Team).create(location=bongerd, name="Psychogeriatrie 2").id
    people = [service_for(m.Staff).create(first_name="Mede", last_name=f"Werker{'a' * n}", team=somatiek).id
              for n in range(1, 13)]  # fmt: skip
    other = service_for(m.Staff).create(first_name="Ander", last_name="Team", team=pg).id
    manager = service_for(m.Staff).create(first_name="Noëlle", last_name="Nguyễn", team=somatiek).id
    service_for(m.StaffRole).create(staff=manager, role="manager")
    trainings = service_for(m.Training)
    elearning = trainings.create(title="Mondzorg verdiept (e-learning)", kind="elearning", cost="35").id
    classroom = trainings.create(title="Tillen in de praktijk", kind="classroom", cost="100").id
    team = trainings.create(title="Teamtraining Fictief", kind="team", cost="1850").id
    free = trainings.create(title="Klinische les fictief", kind="clinical_lesson").id  # no cost: never counted
    enrol = service_for(m.Enrolment)

    def session(training, day, capacity=None, location=linde):
        sid = service_for(m.TrainingSession).create(training=training, location=location, capacity=capacity).id
        service_for(m.SessionDate).create(session=sid, date=day, daypart="morning")
        return sid

    # E-learning: completed in the year (spent), one still running (committed), one cancelled (nothing).
    enrol.create(training=elearning, staff=people[0], status="completed", completed_on=dt.date(2026, 3, 1))
    enrol.create(training=elearning, staff=other, status="enrolled", enrolled_on=dt.date(2026, 10, 1))
    enrol.create(training=elearning, staff=people[1], status="cancelled", enrolled_on=dt.date(2026, 10, 1))
    # Classroom: a session held in June with 2 enrolled (spent 200); one to come with 3 of 10 places (300
    # committed, 700 planned); one next year.
    held = session(classroom, dt.date(2026, 6, 10))
    coming = session(classroom, dt.date(2026, 12, 10), capacity=10)
    for person in people[2:4]:
        enrol.create(session=held, staff=person)
    for person in people[4:7]:
        enrol.create(session=coming, staff=person)
    waiting = enrol.create(session=coming, staff=people[7], status="waiting").id
    next_year = session(classroom, dt.date(2027, 3, 1), capacity=12, location=bongerd)
    enrol.create(session=next_year, staff=people[8])
    # Team training: held in May (spent 1850), one to come nobody is in yet (planned 1850).
    team_held = session(team, dt.date(2026, 5, 1))
    enrol.create(session=team_held, staff=people[9])
    session(team, dt.date(2026, 12, 1), location=bongerd)
    session(team, dt.date(2027, 5, 1), location=bongerd)
    session(free, dt.date(2026, 12, 2), capacity=20)
    return {
        "linde": linde, "bongerd": bongerd, "somatiek": somatiek, "pg": pg, "people": people, "other": other,
        "manager": manager, "elearning": elearning, "classroom": classroom, "team": team, "waiting": waiting,
    }  # fmt: skip


def request(org, **values):
    data = {
        "staff": org["people"][10], "title": "Post-hbo Praktijkopleider", "provider_name": "Hogeschool Fictief",
        "cost": "2450", "first_day": dt.date(2026, 9, 1), "last_day": dt.date(2027, 6, 30),
        "requested_on": dt.date(2026, 6, 1), **values,
    }  # fmt: skip
    return save_request(None, data)


def rows_without_counters():
    # AUTOINCREMENT's counter moves on with every enrolment made, undone or not: ids are never reused.
    return [row for row in content_dump(db) if row[0] != "sqlite_sequence"]


def sums(year=2026):
    result = {"planned": Decimal(0), "committed": Decimal(0), "spent": Decimal(0)}
    for cost in costs(year):
        result[cost.category] += cost.amount
    return result


# -- budget ----------------------------------------------------------------------------------------------------------


def test_a_negative_budget_is_refused_beside_its_field_and_nothing_is_saved(org):
    before = content_dump(db)
    with pytest.raises(ValidationError) as refused:
        set_budget(2026, org["linde"], "-500")
    assert refused.value.field == "amount" and "cannot be negative" in refused.value.message
    assert content_dump(db) == before
    with pytest.raises(ValidationError) as refused:
        set_budget(1850, None, "500")
    assert refused.value.field == "year"
    assert content_dump(db) == before


def test_a_budget_is_set_once_per_year_and_location_and_changed_after(org):
    first, previous = set_budget(2026, None, "40000")
    assert previous is None
    again, previous = set_budget(2026, None, "42.500,50")
    assert again == first and previous == {"amount": Decimal("40000.00")}
    set_budget(2026, org["linde"], "25000")
    with pytest.raises(ValidationError, match="already has a budget"):
        service_for(m.TrainingBudget).create(year=2026, location=org["linde"], amount="1")
    with pytest.raises(peewee.IntegrityError):  # the database holds the rule too
        db.execute_sql("UPDATE training_budget SET amount = -1 WHERE id = ?", (first,))


def test_spend_is_planned_committed_and_spent_as_the_rules_say(org):
    assert sums() == {
        "planned": Decimal(700 + 1850),
        "committed": Decimal(35 + 300),
        "spent": Decimal(35 + 200 + 1850),
    }
    assert sums(2027)["planned"] == Decimal(11 * 100 + 1850)
    assert sums(2027)["committed"] == Decimal(100)


def test_requests_count_once_and_refusals_not_at_all(org):
    request(org, cost="500", first_day=dt.date(2026, 12, 20), last_day=None)  # pending: planned
    past = request(org, cost="800", first_day=dt.date(2026, 2, 1), last_day=dt.date(2026, 3, 1))
    save_request(past.request_id, {"decision": "approved", "manager": org["manager"]})  # over: spent
    request(org, cost="999", decision="refused", manager=org["manager"], reason="Geen budget meer dit jaar.")
    approved = request(org, cost="250", first_day=dt.date(2026, 12, 1), last_day=None, training=org["elearning"],
                       decision="approved", manager=org["manager"])  # fmt: skip
    assert approved.enrolment_id is not None  # the approval enrolled the person in the catalogue's training
    assert m.Enrolment.get_by_id(approved.enrolment_id).staff_id == org["people"][10]
    result = sums()
    assert result["planned"] == Decimal(700 + 1850 + 500)
    assert result["committed"] == Decimal(35 + 300 + 250)  # the enrolment counts through the request: 250, not 35
    assert result["spent"] == Decimal(35 + 200 + 1850 + 800)


def test_the_spend_report_holds_the_totals_against_the_budget(org):
    set_budget(2026, org["linde"], "3000")
    result = spend_report(2026)
    against = result.table("Against the budget")
    linde = next(row for row in against.rows if row[0] == "Huize De Linde")
    # Linde: e-learning 35 spent, classroom 200 spent + 300 committed + 700 planned, team 1850 spent.
    assert linde[1:5] == [Decimal(3000), Decimal(700), Decimal(300), Decimal(35 + 200 + 1850)]
    assert linde[5] == Decimal(3000 - 300 - 2085)
    assert against.totals[0] == "Total" and against.totals[1] == Decimal(3000)
    training = result.table("Per training")
    assert training.totals[-1] == sum(sums().values())
    titles = {row[0] for row in training.rows}
    assert titles == {"Mondzorg verdiept (e-learning)", "Tillen in de praktijk", "Teamtraining Fictief"}
    team = result.table("Per team")
    assert any(row[0] == "Psychogeriatrie 2 (De Bongerd)" and row[-1] == Decimal(35) for row in team.rows)


def test_a_year_without_anything_says_so(org):
    result = spend_report(2019)
    assert result.empty == "Nothing was spent or set aside for training in 2019."


def test_the_spend_report_goes_to_excel_as_numbers_and_to_an_a4_pdf_with_our_fonts(org, tmp_path):
    from openpyxl import load_workbook

    set_budget(2026, None, "10000")
    result = spend_report(2026)
    path = save_report(tmp_path / "budget.xlsx", result)
    sheet = load_workbook(path)["Against the budget"]
    assert sheet["A4"].value == "De Bongerd" and sheet["C4"].value == 1850 and sheet["C4"].number_format == "0.00"
    assert sheet[4 + len(result.table(0).rows)][1].value == 10000.0
    pdf = report_pdf(result)
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf
    target = tmp_path / "budget.pdf"
    target.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout
    assert all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", line.split()[0]) for line in fonts.splitlines()[2:])
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Training budget 2026" in text and "Tillen in de praktijk" in text


# -- external requests ------------------------------------------------------------------------------------------------


def test_a_refusal_without_a_reason_is_refused_and_nothing_is_saved(org):
    before = content_dump(db)
    with pytest.raises(ValidationError) as refused:
        request(org, decision="refused", manager=org["manager"], reason="  ")
    assert refused.value.field == "reason" and "needs a reason" in refused.value.message
    assert content_dump(db) == before
    saved = request(org)
    before = content_dump(db)
    with pytest.raises(ValidationError, match="needs a reason"):
        save_request(saved.request_id, {"decision": "refused", "manager": org["manager"]})
    assert content_dump(db) == before


def test_other_bad_requests_are_refused_beside_their_field(org):
    for values, field in (
        ({"cost": "-10"}, "cost"),
        ({"title": ""}, "title"),
        ({"last_day": dt.date(2026, 8, 1)}, "last_day"),
        ({"decision": "approved"}, "manager"),
        ({"decision": "approved", "manager": org["manager"], "decided_on": dt.date(2026, 12, 1)}, "decided_on"),
    ):
        with pytest.raises(ValidationError) as refused:
            request(org, **values)
        assert refused.value.field == field
    assert m.ExternalTrainingRequest.select().count() == 0


def test_an_approval_that_cannot_enrol_saves_nothing(org):
    service_for(m.Enrolment).create(training=org["elearning"], staff=org["people"][10])
    before = content_dump(db)
    with pytest.raises(ValidationError) as refused:
        request(org, training=org["elearning"], decision="approved", manager=org["manager"])
    assert refused.value.field == "training"
    assert content_dump(db) == before


def test_undoing_an_approval_takes_back_its_enrolment_and_redo_makes_it_again(org):
    saved = request(org)
    before = rows_without_counters()
    approved = save_request(
        saved.request_id, {"decision": "approved", "manager": org["manager"], "training": org["elearning"]}
    )
    assert approved.enrolment_id is not None and approved.previous["decision"] == "pending"
    undo_save(approved)
    assert rows_without_counters() == before
    again = redo_save(approved)
    assert m.ExternalTrainingRequest.get_by_id(saved.request_id).enrolment_id == again.enrolment_id
    [row] = request_rows(2026)
    assert row.decision == "approved" and row.enrolled and row.manager == "Noëlle Nguyễn"


# -- the yearly plan ------------------------------------------------------------------------------------------------


def test_the_plan_of_next_year_lists_sessions_participants_and_cost(org):
    service_for(m.Certificate).create(training=org["elearning"], staff=org["other"], issued_on=dt.date(2025, 5, 1),
                                      expires_on=dt.date(2027, 5, 1))  # fmt: skip
    m.Training.update(validity_months=24).where(m.Training.id == org["elearning"]).execute()
    request(org, first_day=dt.date(2027, 2, 1), last_day=None)
    result = plan_report()  # next year by default
    assert result.title == "Training plan 2027"
    rows = {row[0]: row for row in result.table("Trainings").rows}
    assert rows["Tillen in de praktijk"][2:] == [1, 12, Decimal(1200)]
    assert rows["Teamtraining Fictief"][2:] == [1, 0, Decimal(1850)]
    assert rows["Mondzorg verdiept (e-learning)"][2:] == [None, 1, Decimal(35)]
    assert result.table("Trainings").totals[-1] == Decimal(1200 + 1850 + 35)
    assert result.table("External requests").rows == [
        ["Post-hbo Praktijkopleider", "Hogeschool Fictief", "Pending", 1, Decimal(2450)]
    ]
    assert [row[0] for row in result.table("Sessions per location").rows] == ["De Bongerd"]


def test_the_agreed_plan_is_kept_as_it_was_and_cannot_change(org, tmp_path):
    snapshot = agree(2027, dt.date(2026, 11, 10), "Vergadering OR 10 november")
    kept = agreed_plan(snapshot)
    service_for(m.Training).update(org["classroom"], cost="150")  # the plan changes afterwards
    assert plan_report(2027).table(0).rows != agreed_plan(snapshot).table(0).rows
    assert agreed_plan(snapshot).tables == kept.tables
    assert kept.notes[:2] == ["Agreed to by the works council (OR) on 10 November 2026.", "Vergadering OR 10 november"]
    assert [plan.year for plan in agreed_plans()] == [2027]
    with pytest.raises(ValidationError, match="cannot be changed"):
        service_for(m.TrainingPlanSnapshot).update(snapshot, notes="anders")
    with pytest.raises(ValidationError, match="cannot be deleted"):
        service_for(m.TrainingPlanSnapshot).delete(snapshot)
    for statement in ("UPDATE training_plan_snapshot SET content = '{}'", "DELETE FROM training_plan_snapshot"):
        with pytest.raises(peewee.IntegrityError):  # whoever asks, the database itself refuses
            db.execute_sql(statement)
    assert json.loads(m.TrainingPlanSnapshot.get_by_id(snapshot).content)["title"] == "Training plan 2027"
    pdf = report_pdf(agreed_plan(snapshot))
    target = tmp_path / "plan.pdf"
    target.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Training plan 2027" in text and "works council" in text and "1,200.00" in text
    assert report_xlsx(agreed_plan(snapshot)).startswith(b"PK")


def test_an_agreement_cannot_lie_in_the_future(org):
    with pytest.raises(ValidationError) as refused:
        agree(2027, dt.date(2026, 12, 1))
    assert refused.value.field == "agreed_on"
    assert agreed_plans() == []


# -- the command line -------------------------------------------------------------------------------------------------


@pytest.mark.file_only  # the command line opens a database file; a server address is not taken there yet
def test_the_command_line_saves_the_budget_and_the_plans(org, db_path, tmp_path, capsys):
    from openpyxl import load_workbook

    set_budget(2026, None, "10000")
    agreed = agree(2027, dt.date(2026, 11, 10))
    close_database()
    code, out, err = run(capsys, "report", "budget", "--year", "2026", "--out", str(tmp_path / "b.xlsx"),
                         "--db", str(db_path))  # fmt: skip
    assert code == 0 and err == "" and "Training budget 2026 saved to" in out
    assert load_workbook(tmp_path / "b.xlsx")["Against the budget"]["B4"].value is None  # no budget per location
    code, out, err = run(capsys, "report", "plan", "--out", str(tmp_path / "p.pdf"), "--db", str(db_path))
    assert code == 0 and "Training plan 2027" in out and (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF-")
    code, out, err = run(capsys, "report", "plan", "--agreed", str(agreed), "--out", str(tmp_path / "a.pdf"),
                         "--db", str(db_path))  # fmt: skip
    assert code == 0 and (tmp_path / "a.pdf").exists()


@pytest.mark.file_only  # the command line opens a database file; a server address is not taken there yet
@pytest.mark.parametrize(
    ("arguments", "code", "words"),
    [
        (("budget", "--year", "1999"), 2, "give a year from 2000 to 2100, e.g. 2027; 1999 is not one"),
        (("budget", "--year", "twee"), 2, "twee is not one"),
        (("plan", "--agreed", "0"), 2, "give the number of an agreed training plan"),
        (("plan", "--agreed", "5", "--year", "2027"), 2, "give --year or --agreed, not both"),
        (("plan", "--agreed", "99"), 1, "There is no agreed training plan with number 99."),
    ],
)
def test_the_command_line_refuses_bad_arguments_with_a_sentence_and_writes_nothing(
    org, db_path, tmp_path, capsys, arguments, code, words
):
    close_database()
    out = tmp_path / "uit"
    out.mkdir()
    result, _out, err = run(capsys, "report", *arguments, "--out", str(out / "x.pdf"), "--db", str(db_path))
    assert result == code and words in err and err.count("\n") == 1
    assert list(out.iterdir()) == []
    result, _out, err = run(capsys, "report", "budget", "--out", str(out / "x.csv"), "--db", str(db_path))
    assert result == 2 and ".xlsx" in err and list(out.iterdir()) == []


def test_a_staff_members_requests_are_in_their_data_export_and_go_when_they_are_erased(org):
    from desktop.services.erasure import erase_person
    from desktop.services.privacy import PersonRef, collect

    asked = PersonRef("staff", org["people"][10])
    saved = request(org, decision="approved", manager=org["manager"], reason="Past bij het POAP.")
    assert collect(asked).ids(m.ExternalTrainingRequest) == [saved.request_id]
    mentioned = collect(PersonRef("staff", org["manager"])).mentions
    assert [(x.table, x.id) for x in mentioned if x.table == "external_training_request"] == [
        ("external_training_request", saved.request_id)
    ]
    erase_person(asked)
    assert m.ExternalTrainingRequest.select().count() == 0
