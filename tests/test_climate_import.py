"""Importing a team scan round from an online form's export: the team from a column or through the
respondent's e-mail (never stored), statements found by their words, every problem named by line and column,
and all of it or nothing written; the command line as the other imports."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from openpyxl import Workbook

from desktop import clock
from desktop.services import climate, climate_import, service_for
from desktop.services.climate_import import import_scan
from desktop.storage import models as m
from desktop.storage.database import close_database
from tests.helpers import run, table_dump

TODAY = dt.date(2026, 11, 18)
META = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
EMAIL = "m.jansen@zorg.example"


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def scan(database):
    location = service_for(m.Location).create(name="De Wingerd")
    short = service_for(m.Team).create(location=location.id, name="Korte zorg").id
    home = service_for(m.Team).create(location=location.id, name="Zorg thuis").id
    outside = service_for(m.Team).create(location=location.id, name="Nachtdienst").id
    service_for(m.Staff).create(first_name="Mila", last_name="Jansen", email=EMAIL, team=home)
    service_for(m.Staff).create(first_name="Ravi", last_name="Pinas", email="r.pinas@zorg.example", team=outside)
    round_id = climate.save_round(None, "Teamscan 2026", "01-10-2026", "31-10-2026", [short, home])
    return {"round": round_id, "short": short, "home": home}


def header(team_column=True) -> list[str]:
    return META + (["Team"] if team_column else []) + [s.text for s in climate.statements()]


_NUMBERS = itertools.count(1)


def row(team="Korte zorg", email="", scores=(4,) * 12, number=None) -> list:
    """A response as Forms exports it, with the form's own number (the next one, unless given)."""
    return [number or str(next(_NUMBERS)), "12-10-2026 10:04", "12-10-2026 10:09", email, "", team, *scores]


def write_csv(path, rows, head=None):
    lines = [";".join(head or header())] + [";".join(str(cell) for cell in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_a_forms_export_is_imported_with_teams_from_a_column_or_an_email(scan, tmp_path):
    path = write_csv(
        tmp_path / "teamscan.csv",
        [
            row(),
            row(team="De Wingerd – Zorg thuis", scores=(5, 4, 3, 2, 1, "Eens", 4, 4, 4, 4, 4, "")),
            row(team="", email=EMAIL.upper()),
        ],
    )
    plan, imported = import_scan(path, scan["round"])
    assert plan.problems == [] and imported == 3
    assert climate.response_counts(scan["round"]) == {scan["short"]: 1, scan["home"]: 2}
    answers = m.ScanAnswer.select().join(m.ScanResponse).where(m.ScanResponse.team == scan["home"])
    assert sorted(a.score for a in answers)[:2] == [1, 2] and answers.count() == 23  # an empty cell: no answer
    stored = "\n".join(str(r) for r in m.ScanResponse.select().dicts()) + str(list(m.AuditEntry.select().dicts()))
    assert "jansen" not in stored.lower() and "Mila" not in stored


def test_bad_rows_are_named_by_line_and_column_and_nothing_is_written(scan, tmp_path, database):
    head = header()
    path = write_csv(
        tmp_path / "teamscan.csv",
        [row(), row(team="Revalidatie"), row(scores=(4, 9, *(4,) * 10)), row(team="", email="onbekend@x.example")],
        head,
    )
    before = table_dump(database)
    plan, imported = import_scan(path, scan["round"])
    assert imported == 0 and table_dump(database) == before
    problems = [(p.line, p.column) for p in plan.problems]
    assert problems == [(3, "Team"), (4, head[7]), (5, "E-mail")]
    assert "Revalidatie" in plan.problems[0].reason and "Teamscan 2026" in plan.problems[0].reason
    assert "1 tot en met 5" in plan.problems[1].reason


def test_a_staff_member_of_a_team_outside_the_round_is_refused(scan, tmp_path):
    path = write_csv(tmp_path / "t.csv", [row(team="", email="r.pinas@zorg.example")])
    plan, imported = import_scan(path, scan["round"])
    assert imported == 0 and "doet niet mee" in plan.problems[0].reason


def test_an_unknown_column_is_named(scan, tmp_path):
    path = write_csv(tmp_path / "t.csv", [[*row(), 4]], [*header(), "Hoe gaat het met je?"])
    plan, _imported = import_scan(path, scan["round"])
    assert [(p.line, p.column) for p in plan.problems] == [(1, "Hoe gaat het met je?")]


def test_an_xlsx_export(scan, tmp_path):
    book = Workbook()
    book.active.append(header())
    book.active.append(
        ["1", dt.datetime(2026, 10, 12, 10, 4), dt.datetime(2026, 10, 12, 10, 9), "", "", "korte  ZORG", *(3,) * 12]
    )
    book.save(tmp_path / "teamscan.xlsx")
    _plan, imported = import_scan(tmp_path / "teamscan.xlsx", scan["round"])
    assert imported == 1 and climate.response_counts(scan["round"]) == {scan["short"]: 1}


@pytest.mark.file_only
def test_the_command_line_import(scan, tmp_path, db_path, capsys):
    good = write_csv(tmp_path / "goed.csv", [row(), row()])
    bad = write_csv(tmp_path / "fout.csv", [row(team="Revalidatie")])
    round_id = scan["round"]
    close_database()
    code, out, _err = run(
        capsys, "import", "teamscan", str(good), "--round", str(round_id), "--db", str(db_path), "--dry-run"
    )
    assert code == 0 and "2 antwoorden kunnen worden" in out
    code, out, err = run(capsys, "import", "teamscan", str(bad), "--round", str(round_id), "--db", str(db_path))
    assert code == 1 and "regel 2" in out and "niets" in err
    code, _out, err = run(capsys, "import", "teamscan", str(good), "--round", "999", "--db", str(db_path))
    assert code == 1 and "999" in err
    code, out, _err = run(capsys, "import", "teamscan", str(good), "--round", str(round_id), "--db", str(db_path))
    assert code == 0 and "2 antwoorden geïmporteerd" in out
    code, _out, _err = run(
        capsys, "import", "teamscan", str(tmp_path / "weg.csv"), "--round", str(round_id), "--db", str(db_path)
    )
    assert code == 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_answer_words_of_microsoft_forms_in_either_language_and_no_answer(scan, tmp_path, language):
    from desktop import i18n

    i18n.set_language(language)
    words = ["Helemaal mee oneens", "Mee oneens", "Niet eens, niet oneens", "Mee eens", "Helemaal mee eens",
             "Strongly agree", "5 - Helemaal eens", "N.v.t.", "Weet ik niet", "1", "Neutraal", "Eens"]  # fmt: skip
    plan, imported = import_scan(write_csv(tmp_path / "teamscan.csv", [row(scores=words)]), scan["round"])
    assert plan.problems == [] and imported == 1
    scores = [a.score for a in m.ScanAnswer.select().order_by(m.ScanAnswer.statement)]
    assert scores == [1, 2, 3, 4, 5, 5, 5, 1, 3, 4]  # "N.v.t." and "Weet ik niet": no answer


def test_a_later_export_of_the_form_adds_only_its_new_responses(scan, tmp_path):
    """A form's export holds every response so far: the second export holds the first one's rows again."""
    first = [["1", "12-10-2026 10:04", "12-10-2026 10:09", "", "", "Korte zorg", *(4,) * 12],
             ["2", "12-10-2026 11:00", "12-10-2026 11:07", "", "", "Zorg thuis", *(3,) * 12]]  # fmt: skip
    plan, imported = import_scan(write_csv(tmp_path / "week1.csv", first), scan["round"])
    assert imported == 2 and plan.before == 0
    later = [*first, ["3", "14-10-2026 08:30", "14-10-2026 08:41", "", "", "Korte zorg", *(4,) * 12]]
    plan, imported = import_scan(write_csv(tmp_path / "week2.csv", later), scan["round"])
    assert plan.problems == [] and imported == 1 and plan.before == 2
    assert climate.response_counts(scan["round"]) == {scan["short"]: 2, scan["home"]: 1}
    plan, imported = import_scan(write_csv(tmp_path / "week2.csv", later), scan["round"])
    assert imported == 0 and plan.before == 3
    assert climate.response_counts(scan["round"]) == {scan["short"]: 2, scan["home"]: 1}
    stored = [r.digest for r in m.ScanReceipt.select().order_by(m.ScanReceipt.id)]
    assert len(set(stored)) == 3 and stored[:2] == sorted(stored[:2])  # in no order of the rows'
    assert not any("10:04" in mark or "Korte" in mark for mark in stored)


def test_responses_sent_outside_the_rounds_dates_are_another_rounds_and_left_out(scan, tmp_path):
    """A form used again every year: its export holds last year's answers too (the round runs 1-31 October 2026;
    answers sent up to four weeks after it are late ones of it)."""
    rows = [["1", "02-10-2025 10:04", "02-10-2025 10:09", "", "", "Korte zorg", *(1,) * 12],
            ["2", "30-09-2026 10:04", "30-09-2026 10:09", "", "", "Korte zorg", *(2,) * 12],
            ["3", "12-10-2026 10:04", "12-10-2026 10:09", "", "", "Korte zorg", *(4,) * 12],
            ["4", "27-11-2026 10:04", "27-11-2026 10:09", "", "", "Zorg thuis", *(3,) * 12],
            ["5", "30-11-2026 10:04", "30-11-2026 10:09", "", "", "Zorg thuis", *(3,) * 12]]  # fmt: skip
    plan, imported = import_scan(write_csv(tmp_path / "alle jaren.csv", rows), scan["round"])
    assert plan.problems == [] and (imported, plan.outside) == (2, 3)
    assert climate.response_counts(scan["round"]) == {scan["short"]: 1, scan["home"]: 1}
    assert "3 antwoorden zijn buiten de data van de ronde verstuurd" in climate_import.before_note(plan)


def test_two_people_who_answer_alike_in_a_file_without_marks_are_two_responses(scan, tmp_path):
    head = ["Team", *(s.text for s in climate.statements())]
    rows = [["Korte zorg", *(4,) * 12], ["Korte zorg", *(4,) * 12]]
    plan, imported = import_scan(write_csv(tmp_path / "zonder.csv", rows, head), scan["round"])
    assert imported == 2 and plan.before == 0


@pytest.mark.file_only
def test_the_command_line_says_what_was_imported_before(scan, tmp_path, db_path, capsys):
    path = write_csv(tmp_path / "teamscan.csv", [row()])
    import_scan(path, scan["round"])
    close_database()
    code, out, _err = run(capsys, "import", "teamscan", str(path), "--round", str(scan["round"]), "--db", str(db_path))
    assert code == 0 and "1 antwoord in het bestand was al eerder geïmporteerd" in out


def test_a_team_named_with_a_keyboards_dash_or_by_a_name_teams_share(scan, tmp_path, database):
    other = service_for(m.Location).create(name="Ter Beek")
    shared = service_for(m.Team).create(location=other.id, name="Korte zorg").id
    rnd = climate.get_round(scan["round"])
    climate.save_round(rnd.id, rnd.name, "01-10-2026", "31-10-2026", [*rnd.team_ids, shared], rnd.version)
    path = write_csv(tmp_path / "teams.csv", [row(team="De Wingerd - Korte zorg"), row(team="Ter Beek-Korte zorg")])
    plan, imported = import_scan(path, scan["round"])
    assert [str(problem) for problem in plan.problems] == [
        'regel 3, kolom "Team": “Ter Beek-Korte zorg” is geen team van de ronde “Teamscan 2026”.'
    ]
    before = table_dump(database)
    plan, imported = import_scan(write_csv(tmp_path / "kort.csv", [row(team="Korte zorg")]), scan["round"])
    assert imported == 0 and "is de naam van meer teams van de ronde" in str(plan.problems[0])
    assert table_dump(database) == before
    plan, imported = import_scan(write_csv(tmp_path / "goed.csv", [row(team="De Wingerd - Korte zorg")]), scan["round"])
    assert plan.problems == [] and imported == 1
    assert climate.response_counts(scan["round"]) == {scan["short"]: 1}


def test_an_export_as_csv_then_as_a_workbook_brings_nothing_twice_and_alike_colleagues_are_two(scan, tmp_path):
    """Google Forms: no number, a Tijdstempel to the second. Two colleagues of one team who answer alike on one day
    are two responses; the same export saved as CSV and as a workbook is one set of responses."""
    head = ["Tijdstempel", "Team", *(s.text for s in climate.statements())]
    moments = [dt.datetime(2026, 10, 12, 10, 9, 33), dt.datetime(2026, 10, 12, 14, 2, 5)]
    text_rows = [[moment.strftime("%d-%m-%Y %H:%M:%S"), "Korte zorg", *(4,) * 12] for moment in moments]
    plan, imported = import_scan(write_csv(tmp_path / "export.csv", text_rows, head), scan["round"])
    assert imported == 2 and plan.before == 0
    book = Workbook()
    book.active.append(head)
    for moment in moments:
        book.active.append([moment, "Korte zorg", *(4,) * 12])
    book.active.append([dt.datetime(2026, 10, 13, 9, 0, 1), "Korte zorg", *(4,) * 12])
    book.save(tmp_path / "export.xlsx")
    plan, imported = import_scan(tmp_path / "export.xlsx", scan["round"])
    assert (imported, plan.before) == (1, 2)
    assert climate.response_counts(scan["round"]) == {scan["short"]: 3}


def test_a_row_the_file_holds_twice_is_counted_once_and_said_so(scan, tmp_path):
    first = row()
    plan, imported = import_scan(write_csv(tmp_path / "dubbel.csv", [first, list(first), row()]), scan["round"])
    assert (imported, plan.twice, plan.before) == (2, 1, 0)
    assert "1 antwoord staat twee keer in het bestand" in climate_import.before_note(plan)
