"""Importing an online form's export: columns matched by the question's words and remembered, rows matched
to their period by student number or e-mail, unmatched rows listed, every problem named by line and column,
and all of it or nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from desktop import clock
from desktop.services import service_for, waardering
from desktop.services.waardering_import import import_responses
from desktop.storage import models as m
from desktop.storage.database import close_database
from tests.helpers import run, table_dump

TODAY = dt.date(2026, 11, 18)
META = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Studentnummer"]


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def students(period):
    """Two learners with an ended period each (Zoë by student number, Bram by e-mail) and one still running."""
    service_for(m.BpvPeriod).update(
        period.id, start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 10, 31), status="completed"
    )
    service_for(m.Learner).update(period.learner_id, student_number="4000123")
    bram = service_for(m.Learner).create(
        first_name="Bram", last_name="Aerts", learner_type="bol", email="bram.aerts@student.example"
    )
    other = service_for(m.BpvPeriod).create(
        learner=bram.id, programme=period.programme_id, school=period.school_id,
        start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 6, 30), status="completed",
    )  # fmt: skip
    running = service_for(m.Learner).create(first_name="Cas", last_name="Bos", learner_type="bbl", student_number="9")
    service_for(m.BpvPeriod).create(
        learner=running.id, programme=period.programme_id, school=period.school_id, start_date=dt.date(2026, 9, 1)
    )
    return {"zoe": period.id, "bram": other.id}


def header() -> list[str]:
    return META + [q.text for q in waardering.questions()]


def response(
    number="", email="", scores=(4, 5, 3, 4, 5, 4, 5), words="Meer uitleg in de eerste week", day="12-11-2026 10:04"
):
    return ["1", day, day, email, "", number, *scores, words]


def write_csv(path, rows, head=None):
    lines = [";".join(head or header())] + [";".join(str(cell) for cell in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_a_forms_export_is_imported_in_one_go(students, tmp_path):
    path = write_csv(
        tmp_path / "antwoorden.csv",
        [
            response(number="4000123"),
            response(email="Bram.Aerts@student.example", scores=("Eens", "Helemaal eens", 3, 2, 1, 4, 5), words=""),
            response(number="555"),  # nobody
            response(number="9"),  # still running
        ],
    )
    plan, imported = import_responses(path)
    assert imported == 2 and plan.problems == []
    assert len(plan.unmatched) == 2 and plan.unmatched[0].startswith("regel 4")
    zoe, bram = waardering.evaluation_of(students["zoe"]), waardering.evaluation_of(students["bram"])
    assert (zoe.source, zoe.submitted_on) == ("online", dt.date(2026, 11, 12))
    assert list(zoe.answers.values()) == [4, 5, 3, 4, 5, 4, 5, "Meer uitleg in de eerste week"]
    assert list(bram.answers.values())[:2] == [4, 5] and len(bram.answers) == 7
    assert m.FormColumn.select().count() == 8  # remembered for the next export


@pytest.mark.parametrize(
    "day", ["12/11/26 10:04", "12-11-26", "2026/11/12 10:04", "2026-11-11T23:30:00Z", "2026-11-12T22:59:00+00:00"]
)
def test_a_completion_time_as_the_computers_date_settings_write_it(students, tmp_path, day):
    """A year in two digits, as a form's export writes it under short date settings, is a year of this century. A
    moment in UTC is of the day it was here: half past eleven in the evening in UTC is half past twelve here."""
    plan, imported = import_responses(write_csv(tmp_path / "kort.csv", [response(number="4000123", day=day)]))
    assert imported == 1 and plan.problems == []
    assert waardering.evaluation_of(students["zoe"]).submitted_on == dt.date(2026, 11, 12)


def test_a_number_of_one_student_beside_the_address_of_another_is_left_out(students, tmp_path):
    """A mistyped student number is another student's: her answers must not go with his placement."""
    rows = [
        response(number="4000123", email="bram.aerts@student.example"),
        response(email="bram.aerts@student.example"),
    ]
    plan, imported = import_responses(write_csv(tmp_path / "verkeerd.csv", rows))
    assert imported == 1 and waardering.evaluation_of(students["zoe"]) is None
    assert plan.unmatched == [
        "regel 2: het studentnummer en het e-mailadres zijn van twee verschillende lerenden in LeerWerk"
    ]


def test_a_remembered_column_is_found_after_the_question_is_retired(students, tmp_path):
    head = header()
    import_responses(write_csv(tmp_path / "eerste.csv", [response(number="4000123")], head))
    first = waardering.questions()[0]
    service_for(m.EvaluationQuestion).update(first.id, active=False)
    path = write_csv(tmp_path / "tweede.csv", [response(email="bram.aerts@student.example")], head)
    plan, imported = import_responses(path)
    assert imported == 1 and waardering.evaluation_of(students["bram"]).answers[first.id] == 4


def test_an_xlsx_export_with_real_dates(students, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(header())
    sheet.append(
        [
            "1",
            dt.datetime(2026, 11, 12, 10, 4),
            dt.datetime(2026, 11, 13, 9, 0),
            "",
            "",
            4000123,
            4,
            4,
            4,
            4,
            4,
            4,
            4,
            "Fijn",
        ]
    )
    book.save(tmp_path / "antwoorden.xlsx")
    plan, imported = import_responses(tmp_path / "antwoorden.xlsx")
    assert imported == 1 and waardering.evaluation_of(students["zoe"]).submitted_on == dt.date(2026, 11, 13)


@pytest.mark.parametrize(
    ("rows", "head", "expected"),
    [
        ([response(number="4000123", scores=(4, 7, 3, 4, 5, 4, 5))], None, 'regel 2, kolom "Mijn werkbegeleider'),
        ([response(number="4000123")], [*META, "Wat vond je van de lunch?"],
         'regel 1, kolom "Wat vond je van de lunch?"'),
        ([], None, "bevat geen antwoorden"),
    ],
)  # fmt: skip
def test_bad_input_is_named_and_nothing_is_written(students, tmp_path, database, rows, head, expected):
    path = write_csv(tmp_path / "fout.csv", rows, head)
    before = table_dump(database)
    plan, imported = import_responses(path)
    assert imported == 0 and any(expected in str(problem) for problem in plan.problems), plan.problems
    assert table_dump(database) == before


NOT_A_SCORE = "is geen score: geef 1 tot en met 5"


@pytest.mark.parametrize(
    ("cells", "column", "expected"),
    [
        ({"scores": (4, "1.05", 3, 4, 5, 4, 5)}, "Mijn werkbegeleider", f"“1.05” {NOT_A_SCORE}"),  # not taken as 1
        ({"scores": (4, "4,50", 3, 4, 5, 4, 5)}, "Mijn werkbegeleider", f"“4,50” {NOT_A_SCORE}"),
        ({"scores": (4, "²", 3, 4, 5, 4, 5)}, "Mijn werkbegeleider", f"“²” {NOT_A_SCORE}"),  # no crash
        ({"scores": (4, "٣", 3, 4, 5, 4, 5)}, "Mijn werkbegeleider", f"“٣” {NOT_A_SCORE}"),  # not taken as 3
        ({"day": "gisteren"}, "Tijd van voltooien", "“gisteren” is geen datum"),  # not taken as today
        ({"day": "31-02-2026 10:04"}, "Tijd van voltooien", "“31-02-2026 10:04” is geen datum"),
        ({"day": "12-11-2027 10:04"}, "Tijd van voltooien", "12-11-2027 ligt na vandaag"),  # not taken as today
        ({"day": "12-11-0026 10:04"}, "Tijd van voltooien", "“12-11-0026 10:04” is geen datum"),  # not the year 26
        ({"day": "12/11/27 10:04"}, "Tijd van voltooien", "12-11-2027 ligt na vandaag"),  # 2027, not the year 27
    ],
)  # fmt: skip
def test_a_number_or_date_of_a_row_that_is_not_one_is_named_by_line_and_column(
    students, tmp_path, database, cells, column, expected
):
    path = write_csv(
        tmp_path / "fout.csv", [response(email="bram.aerts@student.example"), response("4000123", **cells)]
    )
    before = table_dump(database)

    plan, imported = import_responses(path)

    assert imported == 0 and table_dump(database) == before
    (problem,) = plan.problems
    assert str(problem).startswith(f'regel 3, kolom "{column}') and expected in str(problem), str(problem)


def test_the_numbers_of_an_xlsx_export_are_checked_as_they_are_stored(students, tmp_path, database):
    book = Workbook()
    sheet = book.active
    sheet.append(header())
    good = ["1", dt.datetime(2026, 11, 12, 10, 4), dt.datetime(2026, 11, 13, 9, 0), "", "", 4000123]
    sheet.append([*good[:5], 4000123.5, *(4,) * 7, "Fijn"])  # a student number with decimals
    sheet.append([*good[:2], 3e6, "bram.aerts@student.example", "", None, *(4,) * 7, "Fijn"])  # past Excel's dates
    sheet.append([*good, 4, 4.5, 4, 4, 4, 4, 4, "Fijn"])  # a score between two
    book.save(tmp_path / "antwoorden.xlsx")
    before = table_dump(database)

    plan, imported = import_responses(tmp_path / "antwoorden.xlsx")

    assert imported == 0 and table_dump(database) == before
    problems = [str(problem) for problem in plan.problems]
    assert len(problems) == 3, problems
    assert (
        problems[0].startswith('regel 2, kolom "Studentnummer"') and "“4000123.5” is geen studentnummer" in problems[0]
    )
    assert problems[1].startswith('regel 3, kolom "Tijd van voltooien"') and "“3000000” is geen datum" in problems[1]
    assert problems[2].startswith('regel 4, kolom "Mijn werkbegeleider') and f"“4.5” {NOT_A_SCORE}" in problems[2]


def test_a_newer_export_imports_its_new_responses_and_lists_those_imported_before(students, tmp_path, database):
    """A form's export holds every response so far: the second one holds the first one's rows again."""
    first = write_csv(tmp_path / "week1.csv", [response(number="4000123")])
    assert import_responses(first)[1] == 1
    before = m.EvaluationAnswer.select().count()
    second = write_csv(
        tmp_path / "week2.csv",
        [response(number="4000123", scores=(1,) * 7), response(email="bram.aerts@student.example")],
    )
    plan, imported = import_responses(second)
    assert plan.problems == [] and imported == 1
    assert plan.unmatched == [
        "regel 2: de bpv-periode van deze student heeft al een studentwaardering (eerder geïmporteerd)"
    ]
    zoe = waardering.evaluation_of(students["zoe"])
    assert set(zoe.answers.values()) != {1}  # the one imported before stays as it was
    assert waardering.evaluation_of(students["bram"]) is not None
    assert m.EvaluationAnswer.select().count() > before


def test_a_student_who_responded_twice_counts_with_the_later_response(students, tmp_path):
    path = write_csv(
        tmp_path / "twee.csv",
        [response(number="4000123", scores=(1,) * 7), response(email="bram.aerts@student.example"),
         response(number="4000123", scores=(5,) * 7)],
    )  # fmt: skip
    plan, imported = import_responses(path)
    assert plan.problems == [] and imported == 2
    assert plan.unmatched == ["regel 2: dezelfde student antwoordde opnieuw op regel 4; dat latere antwoord telt"]
    scores = [value for value in waardering.evaluation_of(students["zoe"]).answers.values() if isinstance(value, int)]
    assert set(scores) == {5}


def test_a_response_filled_in_in_the_last_weeks_goes_with_the_period_that_was_ending(students, tmp_path):
    """Zoë's period ended on 31-10-2026; she filled in the form in her last week."""
    plan, imported = import_responses(
        write_csv(tmp_path / "laatste-week.csv", [response(number="4000123", day="27-10-2026 16:40")])
    )
    assert plan.problems == [] and plan.unmatched == [] and imported == 1
    assert waardering.evaluation_of(students["zoe"]).submitted_on == dt.date(2026, 10, 27)


@pytest.mark.file_only
def test_the_command_line_import_with_dry_run_and_exit_codes(students, tmp_path, db_path, capsys):
    good = write_csv(tmp_path / "goed.csv", [response(number="4000123"), response(number="555")])
    bad = write_csv(tmp_path / "fout.csv", [response(number="4000123", scores=(0, 4, 4, 4, 4, 4, 4))])
    again = write_csv(tmp_path / "opnieuw.csv", [response(number="4000123")])
    close_database()
    code, out, _err = run(capsys, "import", "waardering", str(good), "--db", str(db_path), "--dry-run")
    assert code == 0 and "1 antwoord kan worden geïmporteerd" in out and "regel 3" in out
    code, out, err = run(capsys, "import", "waardering", str(bad), "--db", str(db_path))
    assert code == 1 and "regel 2" in out and "niets geïmporteerd" in err
    code, _out, err = run(capsys, "import", "waardering", str(tmp_path / "weg.csv"), "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1
    code, out, _err = run(capsys, "import", "waardering", str(good), "--db", str(db_path))
    assert code == 0 and "1 antwoord geïmporteerd" in out
    code, out, _err = run(capsys, "import", "waardering", str(good), "--db", str(db_path))
    # One row was imported before, the other has no learner: not "no new responses", which would hide the second.
    assert code == 0 and "al een studentwaardering" in out and "Geen nieuwe antwoorden" not in out
    assert "Geen enkel antwoord in het bestand kan worden geïmporteerd" in out
    code, out, _err = run(capsys, "import", "waardering", str(again), "--db", str(db_path))
    assert code == 0 and "al een studentwaardering" in out and "Geen nieuwe antwoorden" in out


def test_a_column_in_other_words_is_matched_by_choice_and_remembered(students, tmp_path, database):
    first = waardering.questions()[0]
    head = [*META, "Hoe was je ontvangst?", "Opmerking van de docent", *[q.text for q in waardering.questions()[1:]]]
    rows = [["1", "12-11-2026", "12-11-2026", "", "", "4000123", 2, "vul later in", 5, 3, 4, 5, 4, 5, "Prima"]]
    path = write_csv(tmp_path / "anders.csv", rows, head)
    before = table_dump(database)
    plan, imported = import_responses(path)
    assert imported == 0 and plan.unknown_columns == ["Hoe was je ontvangst?", "Opmerking van de docent"]
    assert 'regel 1, kolom "Hoe was je ontvangst?": deze kolom is geen vraag' in str(plan.problems[0])
    assert table_dump(database) == before
    # A chosen question that is not asked, or one question chosen for two columns, is refused as well.
    plan, imported = import_responses(path, {"Hoe was je ontvangst?": 999, "Opmerking van de docent": None})
    assert imported == 0 and "er is geen vraag 999" in str(plan.problems[0])
    plan, imported = import_responses(path, {"hoe was je ONTVANGST?": first.id, "Opmerking van de docent": first.id})
    assert imported == 0 and "beantwoorden dezelfde vraag" in str(plan.problems[0])
    assert table_dump(database) == before

    plan, imported = import_responses(path, {"hoe was je ONTVANGST?": first.id, "Opmerking van de docent": None})
    assert imported == 1 and waardering.evaluation_of(students["zoe"]).answers[first.id] == 2
    remembered = dict(m.FormColumn.select(m.FormColumn.heading, m.FormColumn.question).tuples())
    assert remembered["hoe was je ontvangst?"] == first.id and remembered["opmerking van de docent"] is None
    # The next export with the same headings needs no choosing.
    rows = [["2", "12-11-2026", "12-11-2026", "bram.aerts@student.example", "", "", 3, "x", 5, 3, 4, 5, 4, 5, ""]]
    plan, imported = import_responses(write_csv(tmp_path / "later.csv", rows, head))
    assert imported == 1 and plan.unknown_columns == []
    assert waardering.evaluation_of(students["bram"]).answers[first.id] == 3


@pytest.mark.file_only  # the command line opens a database file; a server address is not taken there yet
def test_the_command_line_names_an_unmatched_column_and_takes_a_map(students, tmp_path, db_path, capsys):
    first = waardering.questions()[0]
    head = [*META, "Hoe was je ontvangst?", "Opmerking", *[q.text for q in waardering.questions()[1:]]]
    rows = [["1", "12-11-2026", "12-11-2026", "", "", "4000123", 2, "x", 5, 3, 4, 5, 4, 5, "Prima"]]
    path = write_csv(tmp_path / "anders.csv", rows, head)
    close_database()
    code, out, err = run(capsys, "import", "waardering", str(path), "--db", str(db_path))
    assert code == 1 and 'kolom "Hoe was je ontvangst?"' in out and 'kolom "Opmerking"' in out
    assert f"{first.id:>5}  {first.text}" in out and '--map "Hoe was je ontvangst?=ID"' in out
    assert "niets geïmporteerd" in err
    code, _out, err = run(capsys, "import", "waardering", str(path), "--db", str(db_path), "--map", "Opmerking")
    assert code == 2 and '"Kolom=VRAAG_ID"' in err
    mapped = ["--map", f"Hoe was je ontvangst?={first.id}", "--map", "Opmerking=-"]
    code, out, _err = run(capsys, "import", "waardering", str(path), "--db", str(db_path), *mapped)
    assert code == 0 and "1 antwoord geïmporteerd" in out, out


def test_a_line_in_another_encoding_is_named_not_stored_garbled(students, tmp_path, database):
    path = write_csv(
        tmp_path / "gemengd.csv", [response(number="4000123"), response(email="bram.aerts@student.example")]
    )
    text = path.read_bytes().replace(b"Meer uitleg in de eerste week", "Café was dicht".encode("cp1252"), 1)
    path.write_bytes(text)
    before = table_dump(database)
    plan, imported = import_responses(path)
    assert imported == 0 and table_dump(database) == before
    assert [str(problem).split(":")[0] for problem in plan.problems] == ["regel 2"]


def test_a_response_just_after_one_period_ended_goes_with_that_one_not_a_later_short_one(students, tmp_path):
    """Zoë's period ended on 31-10-2026; a short one after it ended early on 15-11-2026. Her form of 2 November is
    about the first; one of 14 November about the second."""
    first = m.BpvPeriod.get_by_id(students["zoe"])
    second = service_for(m.BpvPeriod).create(
        learner=first.learner_id, programme=first.programme_id, school=first.school_id,
        start_date=dt.date(2026, 11, 1), end_date=dt.date(2026, 12, 31),
    )  # fmt: skip
    m.BpvPeriod.update(status="ended_early", ended_on=dt.date(2026, 11, 15), end_reason="stopped_personal").where(
        m.BpvPeriod.id == second.id
    ).execute()
    rows = [response(number="4000123", day="02-11-2026 09:00")]
    plan, imported = import_responses(write_csv(tmp_path / "a.csv", rows))
    assert imported == 1 and waardering.evaluation_of(students["zoe"]) is not None
    rows = [response(number="4000123", day="14-11-2026 09:00")]
    plan, imported = import_responses(write_csv(tmp_path / "b.csv", rows))
    assert imported == 1 and waardering.evaluation_of(second.id) is not None
