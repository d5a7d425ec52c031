"""Completions from the learning platform: course names mapped once, people matched, duplicates and
unmatched rows left out, certificates with the training's validity, all in one transaction."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import completions, service_for
from desktop.storage import models as m
from tests.helpers import table_dump

TODAY = dt.date(2025, 3, 15)
HEADER = "Personeelsnummer;E-mail;Naam;Cursus;Voltooid op;Score"

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def people(database):
    clock.set_today(TODAY)
    staff = service_for(m.Staff)
    return {
        "zoe": staff.create(first_name="Zoë", last_name="Berg", employee_number="1001", email="zoe@zorg.example").id,
        "jan": staff.create(first_name="Jan", name_prefix="de", last_name="Vries", employee_number="1002").id,
        "learner": service_for(m.Learner)
        .create(first_name="Anaïs", last_name="Vries", learner_type="bbl", student_number="S77")
        .id,
        "bhv": service_for(m.Training).create(title="BHV", kind="elearning", validity_months=12).id,
        "hygiene": service_for(m.Training).create(title="Handhygiëne", kind="elearning").id,
    }


def export(tmp_path, *lines, name="voltooiingen.csv"):
    path = tmp_path / name
    path.write_text("\r\n".join([HEADER, *lines]) + "\r\n", encoding="utf-8")
    return path


def certificates():
    return [
        (c.staff_id, c.learner_id, c.training_id, c.issued_on, c.expires_on)
        for c in m.Certificate.select().order_by(m.Certificate.id)
    ]


def test_a_course_named_as_a_training_maps_itself_and_gives_a_certificate_with_its_validity(people, tmp_path):
    path = export(tmp_path, "1001;;;bhv;01-02-2025;85", ";;Jan de Vries;Handhygiene;2025-03-01;")
    plan, count = completions.import_completions(path)
    assert (count, plan.unmatched, plan.duplicates) == (2, [], 0)
    assert certificates() == [
        (people["zoe"], None, people["bhv"], dt.date(2025, 2, 1), dt.date(2026, 2, 1)),
        (people["jan"], None, people["hygiene"], dt.date(2025, 3, 1), None),
    ]
    enrolment = m.Enrolment.get(staff=people["zoe"])
    assert (enrolment.status, enrolment.completed_on, enrolment.score, enrolment.notes) == (
        "completed",
        dt.date(2025, 2, 1),
        "85",
        "",
    )
    assert completions.remembered() == {"bhv": people["bhv"], "handhygiene": people["hygiene"]}


def test_an_unknown_course_is_listed_and_nothing_is_written_until_it_is_mapped(people, tmp_path, database):
    path = export(tmp_path, "1001;;;Brandveilig werken (NL);01-02-2025;", "1002;;;Brandveilig werken (NL);02-02-2025;")
    before = table_dump(database)
    plan, count = completions.import_completions(path)
    assert count == 0 and plan.unknown_courses == {"Brandveilig werken (NL)": [2, 3]}
    assert table_dump(database) == before
    plan, count = completions.import_completions(path, mappings={"Brandveilig werken (NL)": people["bhv"]})
    assert count == 2
    # Remembered: the next export with the same name needs no mapping.
    path = export(tmp_path, "zoe@zorg.example;;;brandveilig  WERKEN (nl);03-03-2025;", name="later.csv")
    path.write_text(f"{HEADER}\r\n;zoe@zorg.example;;brandveilig  WERKEN (nl);03-03-2025;\r\n", encoding="utf-8")
    plan, count = completions.import_completions(path)
    assert (count, plan.unknown_courses) == (1, {})


def test_a_mapping_to_no_training_is_refused(people, tmp_path):
    path = export(tmp_path, "1001;;;Brand;01-02-2025;")
    plan, count = completions.import_completions(path, mappings={"Brand": 999})
    assert count == 0
    assert [str(problem) for problem in plan.problems] == ['There is no active training 999 to map "Brand" to.']


def test_duplicates_are_counted_and_left_out(people, tmp_path):
    """A completion LeerWerk holds is counted; one the file repeats is listed by line, a second score named."""
    path = export(tmp_path, "1001;;;BHV;01-02-2025;8", "1001;;;BHV;1-2-2025;8", "1001;;;BHV;01-02-2025;9")
    plan, count = completions.import_completions(path)
    assert count == 1 and plan.duplicates == 0
    assert [str(p) for p in plan.twice] == [
        "line 3: the same completion as line 2; left out.",
        "line 4: the same completion as line 2, with another score (9); that of line 2 is kept.",
    ]
    plan, count = completions.import_completions(path)
    assert (count, plan.duplicates, len(plan.twice)) == (0, 1, 2)
    assert m.Enrolment.select().count() == 1


def test_unmatched_people_are_listed_by_line_and_the_rest_imported(people, tmp_path):
    path = export(tmp_path, "9999;;;BHV;01-02-2025;", ";;Vries;BHV;01-02-2025;", "S77;;;BHV;01-02-2025;")
    plan, count = completions.import_completions(path)
    assert count == 1
    assert [str(problem) for problem in plan.unmatched] == [
        "line 2: no staff member or learner with this number, e-mail address or name in LeerWerk. Left out.",
        "line 3: no staff member or learner with this number, e-mail address or name in LeerWerk. Left out.",
    ]
    assert certificates() == [(None, people["learner"], people["bhv"], dt.date(2025, 2, 1), dt.date(2026, 2, 1))]


def test_two_headings_of_the_course_read_the_more_specific_and_name_the_other(people, tmp_path):
    path = tmp_path / "platform.csv"
    path.write_text("Personeelsnummer;Opleiding;Module;Voltooid op\r\n1001;Verzorgende-IG;BHV;01-02-2025\r\n", "utf-8")
    plan = completions.read_completions(path)
    assert plan.problems == [] and [c.training_id for c in plan.completions] == [people["bhv"]]
    assert plan.notes == ['Column "Opleiding" was not read: column "Module" holds the same, and was read.']
    path.write_text("Personeelsnummer;Cursus;cursus;Voltooid op\r\n1001;BHV;BHV;01-02-2025\r\n", "utf-8")
    assert [p.reason for p in completions.read_completions(path).problems] == [
        "This column appears twice (columns 2 and 3); keep one."
    ]


def test_a_name_of_two_people_matches_neither(people, tmp_path):
    service_for(m.Staff).create(first_name="Zoë", last_name="Berg", employee_number="1003")
    plan, count = completions.import_completions(export(tmp_path, ";;Zoe Berg;BHV;01-02-2025;"))
    assert count == 0 and plan.unmatched == []
    assert [str(p) for p in plan.ambiguous] == [
        "line 2: several people have this name; give their number or e-mail address. Left out."
    ]


def test_bad_dates_are_named_by_line_and_column_and_nothing_is_written(people, tmp_path, database):
    before = table_dump(database)
    path = export(tmp_path, "1001;;;BHV;01-02-2025;", "1002;;;BHV;31-02-2025;", "1002;;;BHV;16-03-2025;")
    plan, count = completions.import_completions(path)
    assert count == 0
    assert [str(p) for p in plan.problems] == [
        'line 3, column "Voltooid op": ' + plan.problems[0].reason,
        'line 4, column "Voltooid op": This date lies in the future.',
    ]
    assert "date" in plan.problems[0].reason.lower()
    assert table_dump(database) == before


def test_a_file_without_a_date_column_is_refused(people, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Personeelsnummer;Cursus\r\n1001;BHV\r\n", encoding="utf-8")
    plan, count = completions.import_completions(path)
    assert count == 0
    assert [str(p) for p in plan.problems] == [
        "line 1: There is no column with the completion date (for instance Voltooid op)."
    ]


def test_dry_run_writes_nothing(people, tmp_path, database):
    before = table_dump(database)
    plan, count = completions.import_completions(export(tmp_path, "1001;;;BHV;01-02-2025;"), dry_run=True)
    assert (count, len(plan.completions), plan.new_mappings) == (0, 1, {"bhv": people["bhv"]})
    assert table_dump(database) == before


@pytest.mark.sqlite_only
def test_one_transaction_a_refused_row_leaves_the_database_as_it_was(people, tmp_path, database):
    path = export(tmp_path, "1001;;;BHV;01-02-2025;", "1002;;;BHV;01-02-2025;")
    plan = completions.read_completions(path)
    before = table_dump(database)
    # The database refuses the second row's certificate (a real refusal, as a full disk would give halfway):
    # nothing of the first row, nor the remembered course name, may stay behind.
    database.execute_sql(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON certificate "
        f"WHEN NEW.staff_id = {people['jan']} BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(peewee.IntegrityError):
        completions.apply_completions(plan)
    assert table_dump(database) == before
    assert completions.remembered() == {}


def test_xlsx_with_a_date_cell(people, tmp_path):
    from desktop.services import tabular

    path = tmp_path / "export.xlsx"
    tabular.write_xlsx(
        path, ["Medewerker", "Course", "Completion date"], [["Zoë Berg", "BHV", dt.date(2025, 1, 5)]], "x"
    )
    plan, count = completions.import_completions(path)
    assert count == 1 and certificates()[0][3] == dt.date(2025, 1, 5)


def test_refused_apply_raises_a_validation_error(people, tmp_path):
    plan = completions.read_completions(export(tmp_path, "1001;;;Onbekend;01-02-2025;"))
    with pytest.raises(ValidationError):
        completions.apply_completions(plan)


def test_a_completion_stamped_with_its_time_of_day_is_that_day(people, tmp_path):
    stamps = ["07-01-2025 14:03", "8-1-2025 14:03:27", "2025-01-09 14:03:00", "2025-01-10T14:03:00Z"]
    stamps.append("11/01/2025 09.15")
    # In UTC, as platforms write a moment: late in the evening there, the next day here.
    stamps += ["2025-01-11T23:15:00Z", "2025-03-13T22:59:00Z", "2025-03-13T23:30:00+00:00"]
    path = export(tmp_path, *(f"1001;;;bhv;{stamp};" for stamp in stamps))
    plan = completions.read_completions(path, {})
    assert plan.problems == []
    days = sorted(item.day for item in plan.completions)
    assert days == [*(dt.date(2025, 1, day) for day in range(7, 13)), *(dt.date(2025, 3, day) for day in (13, 14))]


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        ("2026-03-29T00:59:00Z", "2026-03-29"),  # summer time starts at 01:00 UTC on the last Sunday of March
        ("2026-03-29T22:00:00Z", "2026-03-30"),  # two hours ahead from then on
        ("2026-10-24T21:59:59Z", "2026-10-24"),
        ("2026-10-25T22:59:00Z", "2026-10-25"),  # one hour ahead again from the last Sunday of October
        ("2026-10-25T23:00:00Z", "2026-10-26"),
        ("2026-12-07T20:30:00-05:00", "2026-12-08"),
        ("2026-12-07 23:30:00 UTC", "2026-12-08"),
        ("2026-12-07T23:30:00+01:00", "2026-12-07"),
        ("2026-02-30T10:00:00Z", None),
        ("7-12-2026 23:30", None),  # a moment without its zone is one here already
    ],
)
def test_a_moment_in_another_zone_is_of_the_day_it_was_in_the_netherlands(moment, day):
    from desktop.services.tabular import zoned_day

    assert zoned_day(moment) == (dt.date.fromisoformat(day) if day else None)


def test_the_separator_is_the_one_outside_quotes_that_splits_every_line_alike(people, tmp_path):
    # More commas than semicolons, all but the scores' inside quotes: as Dutch Excel writes such a list.
    course = '"BHV, EHBO en ontruiming, herhaling"'
    lines = [
        "Naam;Cursus;Voltooid op;Score",
        f'"Berg, Zoë";{course};01-02-2025;8,5',
        f'"Vries, Jan de";{course};02-02-2025;7,5',
        f'"Berg, Zoë";{course};03-02-2025;9,5',
        f'"Vries, Jan de";{course};04-02-2025;6,5',
    ]
    path = tmp_path / "export.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    plan = completions.read_completions(path, {"bhv, ehbo en ontruiming, herhaling": people["bhv"]})
    assert plan.problems == [] and len(plan.completions) == 4


def write(tmp_path, *lines, name="export.csv"):
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_only_completed_rows_of_a_status_column_are_imported_the_rest_listed_as_not_completed(people, tmp_path):
    path = write(
        tmp_path,
        "Personeelsnummer;Cursus;Status;Datum;Resultaat",
        "1001;BHV;Geslaagd;05-03-2025;85%",
        "1002;BHV;Niet geslaagd;06-03-2025;45%",
        "1001;Handhygiëne;In behandeling;;",
        "1002;Handhygiëne;Niet gestart;;",
        "S77;BHV;Completed;07-03-2025;",
    )
    plan, count = completions.import_completions(path)
    assert (count, plan.problems) == (2, [])
    assert [str(row) for row in plan.not_completed] == [
        'line 3: not completed (status "Niet geslaagd"). Left out.',
        'line 4: not completed (status "In behandeling"). Left out.',
        'line 5: not completed (status "Niet gestart"). Left out.',
    ]
    assert certificates() == [
        (people["zoe"], None, people["bhv"], dt.date(2025, 3, 5), dt.date(2026, 3, 5)),
        (None, people["learner"], people["bhv"], dt.date(2025, 3, 7), dt.date(2026, 3, 7)),
    ]
    assert m.Enrolment.get(staff=people["zoe"]).score == "85%"


def test_a_resultaat_column_of_words_is_the_status_and_an_unknown_word_is_a_problem(people, tmp_path, database):
    path = write(
        tmp_path,
        "Medewerkernummer;Cursus;Datum afgerond;Resultaat",
        "1001;BHV;05-03-2025;Geslaagd",
        "1002;BHV;06-03-2025;Onvoldoende",
    )
    plan, count = completions.import_completions(path)
    assert (count, len(plan.not_completed)) == (1, 1)
    assert m.Enrolment.get(staff=people["zoe"]).score == ""
    # Among figures a word is a score, as a platform gives it where there is no figure.
    path = write(
        tmp_path,
        "Personeelsnummer;Cursus;Datum;Cijfer",
        "1001;Handhygiëne;06-03-2025;Voldoende",
        "1002;Handhygiëne;06-03-2025;7",
        name="s.csv",
    )
    assert completions.import_completions(path)[1] == 2
    assert m.Enrolment.get(staff=people["zoe"], training=people["hygiene"]).score == "Voldoende"
    before = table_dump(database)
    path = write(tmp_path, "Personeelsnummer;Cursus;Datum;Status", "1002;BHV;06-03-2025;Half af", name="odd.csv")
    plan, count = completions.import_completions(path)
    assert count == 0
    assert [str(problem) for problem in plan.problems] == [
        'line 2, column "Status": "Half af" is no status LeerWerk knows; a completed row says Voltooid, Geslaagd, '
        "Afgerond, Behaald or Completed, any other is left out (Niet gestart, Bezig, Niet geslaagd, In progress…)."
    ]
    assert table_dump(database) == before


def test_a_number_wins_over_a_name_and_the_heading_says_whose_number_it_is(people, tmp_path):
    # A staff member with the learner's name and, by chance, her student number as employee number.
    namesake = service_for(m.Staff).create(first_name="Anaïs", last_name="Vries", employee_number="S77").id
    path = write(
        tmp_path,
        "Studentnummer;Naam;Cursus;Voltooid op",
        "S77;Anaïs Vries;BHV;01-02-2025",  # the learner's number: the learner, though a staff member has the name
        "1002;Anaïs Vries;BHV;02-02-2025",  # no learner's number: a staff member's, before any name
        ";Vries, Anaïs;Handhygiëne;03-02-2025",  # without a number the name decides, as before
    )
    plan = completions.read_completions(path)
    assert [(c.line, c.staff_id, c.learner_id) for c in plan.completions] == [
        (2, None, people["learner"]),
        (3, people["jan"], None),
        (4, namesake, None),
    ]
    path = write(tmp_path, "Personeelsnummer;Naam;Cursus;Voltooid op", "S77;Jan de Vries;BHV;01-02-2025", name="p.csv")
    plan = completions.read_completions(path)
    assert [(c.staff_id, c.learner_id) for c in plan.completions] == [(namesake, None)]


def test_a_learner_is_found_by_first_name_tussenvoegsel_and_last_name(people, tmp_path):
    # A learner has a birth date, which a learning platform does not give.
    m.Learner.update(birth_date=dt.date(2004, 6, 1)).where(m.Learner.id == people["learner"]).execute()
    path = write(
        tmp_path,
        "Voornaam;Tussenvoegsel;Achternaam;Cursus;Voltooid op",
        "Anais;;Vries;BHV;01-02-2025",
        "Jan;de;Vries;BHV;01-02-2025",
    )
    plan = completions.read_completions(path)
    assert [(c.staff_id, c.learner_id) for c in plan.completions] == [(None, people["learner"]), (people["jan"], None)]
    assert plan.unmatched == []


def test_last_years_completion_leaves_this_years_enrolment_open(people, tmp_path):
    from desktop.services.training_enrolments import EnrolmentService

    open_one = EnrolmentService().create(training=people["bhv"], staff=people["zoe"], enrolled_on=dt.date(2025, 3, 1))
    plan, count = completions.import_completions(export(tmp_path, "1001;;;BHV;05-03-2024;"))
    assert count == 1 and m.Enrolment.get_by_id(open_one.id).status == "enrolled"


def test_a_result_beside_a_score_says_whether_it_was_passed(people, tmp_path):
    """Score and Resultaat: the score how well, the result whether; Dutch marks and Moodle's words are statuses,
    and a completion date without a status is no completion yet (its result may still come)."""
    path = tmp_path / "moodle.csv"
    lines = [
        "Personeelsnummer;Cursus;Datum;Score;Resultaat",
        "1001;BHV;05-03-2025;85;Geslaagd",
        "1002;BHV;06-03-2025;45;Niet geslaagd",
        "1001;Handhygiëne;07-03-2025;;Goed",
        "1002;Handhygiëne;07-03-2025;;Completed (did not achieve pass grade)",
        "1002;BHV;08-03-2025;;Not yet started",
        "1002;Handhygiëne;09-03-2025;;",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    plan = completions.read_completions(path)
    assert plan.problems == [] and plan.notes == []
    assert [(c.line, c.score) for c in plan.completions] == [(2, "85"), (4, "")]
    assert [p.line for p in plan.not_completed] == [3, 5, 6, 7]


def test_a_result_beside_a_status_column_says_whether_it_was_passed(people, tmp_path):
    path = tmp_path / "platform.csv"
    lines = [
        "Personeelsnummer;Cursus;Voltooid op;Status;Resultaat;Score",
        "1001;BHV;05-03-2025;Voltooid;Geslaagd;85",
        "1002;BHV;06-03-2025;Voltooid;Niet geslaagd;45",
        "1002;Handhygiëne;06-03-2025;Voldaan;;",
        "1001;Handhygiëne;07-03-2025;Not complete;;",
        "1001;Handhygiëne;08-03-2025;;Geslaagd;",  # only the result says
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    plan = completions.read_completions(path)
    assert plan.problems == [] and [(c.line, c.score) for c in plan.completions] == [(2, "85"), (4, ""), (6, "")]
    assert [str(p) for p in plan.not_completed] == [
        'line 3: not completed (status "Niet geslaagd"). Left out.',
        'line 5: not completed (status "Not complete"). Left out.',
    ]
    figures = tmp_path / "cijfers.csv"  # a Resultaat of figures beside a Score: said to be set aside
    figures.write_text("Personeelsnummer;Cursus;Voltooid op;Score;Resultaat\r\n1001;BHV;05-03-2025;17;85%\r\n", "utf-8")
    plan = completions.read_completions(figures)
    assert plan.notes == ['Column "Resultaat" was not read: column "Score" holds the same, and was read.']


def test_an_open_enrolment_for_the_training_is_completed_not_joined_by_a_second(people, tmp_path):
    from desktop.services.training_enrolments import EnrolmentService

    open_one = EnrolmentService().create(training=people["bhv"], staff=people["zoe"], enrolled_on=dt.date(2025, 1, 6))
    path = export(tmp_path, "1001;;;BHV;01-02-2025;90", "1002;;;BHV;02-02-2025;")
    plan, count = completions.import_completions(path)
    assert count == 2
    enrolments = [(e.id, e.staff_id, e.status, e.enrolled_on, e.completed_on, e.score) for e in m.Enrolment.select()]
    assert sorted(enrolments)[0] == (
        open_one.id,
        people["zoe"],
        "completed",
        dt.date(2025, 1, 6),
        dt.date(2025, 2, 1),
        "90",
    )
    assert len(enrolments) == 2  # one each: the open one completed, and Jan's new one
    assert sorted(certificates()) == sorted(
        [
            (people["zoe"], None, people["bhv"], dt.date(2025, 2, 1), dt.date(2026, 2, 1)),
            (people["jan"], None, people["bhv"], dt.date(2025, 2, 2), dt.date(2026, 2, 2)),
        ]
    )
    changes = m.AuditEntry.select().where(
        (m.AuditEntry.table_name == "enrolment") & (m.AuditEntry.record_id == open_one.id)
    )
    assert [entry.action for entry in changes.order_by(m.AuditEntry.id)] == ["create", "update"]


def test_a_totals_line_is_passed_over_and_mentioned(people, tmp_path):
    path = write(
        tmp_path,
        "Medewerker;Cursus;Datum voltooid;Cijfer",
        '"Berg, Zoë";BHV;5-3-2025;"8,5"',
        ";;;",
        "Totaal;;;4",
        "Aantal: 12;;;",
        ";;;=SUM(D2:D3)",
        ";;;2",
    )
    plan, count = completions.import_completions(path)
    assert (count, plan.problems) == (1, [])
    assert plan.notes == [f"Line {line} holds totals, not a completion, and was passed over." for line in (4, 5, 6, 7)]
    # A row with a person but no course is no totals line: it is still refused.
    path = write(tmp_path, "Medewerker;Cursus;Datum voltooid", "Totaal Jansen;;5-3-2025", name="x.csv")
    assert [str(p) for p in completions.read_completions(path).problems] == ['line 2, column "Cursus": Is required.']


def test_a_second_sheet_with_completions_is_mentioned(people, tmp_path):
    import openpyxl

    path = tmp_path / "twee.xlsx"
    book = openpyxl.Workbook()
    staff = book.active
    staff.title = "Medewerkers"
    staff.append(["Personeelsnummer", "Cursus", "Voltooid op"])
    staff.append(["1001", "BHV", "01-02-2025"])
    learners = book.create_sheet("Leerlingen")
    learners.append(["Studentnummer", "Cursus", "Voltooid op"])
    learners.append(["S77", "BHV", "01-02-2025"])
    book.save(path)
    plan = completions.read_completions(path)
    assert len(plan.completions) == 1
    assert plan.notes == [
        'The completions were read from sheet "Medewerkers"; sheet "Leerlingen" also holds completions and was not '
        "read. Save it as a file of its own to import it."
    ]


def test_xlsx_scores_as_a_person_reads_them(people, tmp_path):
    from desktop.services import tabular

    header = ["Personeelsnummer", "Cursus", "Voltooid op", "Score"]
    fractions = tmp_path / "fracties.xlsx"  # a column formatted as percentages holds fractions
    rows = [["1001", "BHV", dt.date(2025, 1, 5), 0.85], ["1002", "BHV", dt.date(2025, 1, 5), 1], ["Aantal", "", "", 2]]
    tabular.write_xlsx(fractions, header, rows, "x")  # with a count below: no score
    assert [c.score for c in completions.read_completions(fractions).completions] == ["85%", "100%"]
    figures = tmp_path / "cijfers.xlsx"  # a figure above 1: the column holds figures, written the Dutch way
    tabular.write_xlsx(
        figures, header, [["1001", "BHV", dt.date(2025, 1, 5), 8.5], ["1002", "BHV", dt.date(2025, 1, 5), 0.855]], "x"
    )
    assert [c.score for c in completions.read_completions(figures).completions] == ["8,5", "0,855"]


def test_a_long_text_in_the_date_column_is_no_date_not_too_long(people, tmp_path):
    """A platform's long date is read; a long text that is no date is called no date, not a text too long."""
    long_date = completions.read_completions(export(tmp_path, "1001;;;BHV;Thursday, 5 March 2025, 2:32 PM;"))
    assert long_date.problems == [] and [c.day for c in long_date.completions] == [dt.date(2025, 3, 5)]
    path = export(tmp_path, "1001;;;EHBO;ergens in het voorjaar van 2025;")
    assert [str(p) for p in completions.read_completions(path).problems] == [
        'line 2, column "Voltooid op": Is not a valid date (use dd-mm-jjjj): ergens in het voorjaar van 2025'
    ]
