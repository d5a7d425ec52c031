"""School lists that change: a list imported again is matched against the learners LeerWerk knows.

All names are invented. Reasons are checked in English (the msgids).
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.services import learner_io, person_matching, service_for, signed_content, signing
from desktop.services.learner_io import CHANGED, NEW, UNCHANGED, ImportCancelledError
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from desktop.storage.engine import engine_of
from tests.factories import HEADER_NL, PNG, TODAY, _assignment, day, row
from tests.helpers import file_digest, table_dump

pytestmark = pytest.mark.usefixtures("english")

STAFF_HEADER = HEADER_NL + ";team;praktijkopleider;werkbegeleider;bpv-begeleider;uren per week;geplande uren"


def csv_file(tmp_path, *rows: str, header: str = HEADER_NL, name: str = "lijst.csv"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("utf-8"))
    return path


def imported(tmp_path, *rows: str, **options):
    plan, result = learner_io.import_learners(csv_file(tmp_path, *rows, name="eerste.csv", **options))
    assert plan.problems == [] and result is not None
    return {learner.first_name: learner for learner in m.Learner.select()}


def the_same_database(db_path):
    """Every row of the open database, and of a file its bytes too (read closed, so that the WAL is in the file): a
    refused or cancelled import leaves the rows as they were on either engine, and on a file not one byte changed."""
    database = m.db.obj
    rows = table_dump(database)
    if engine_of(database).is_server:
        return rows, None
    close_database()
    digest = file_digest(db_path)
    open_database(db_path)
    return rows, digest


def assert_unchanged(db_path, state):
    assert the_same_database(db_path) == state


FIVE = [("Mila", "Jansen"), ("Sem", "Visser"), ("Noor", "Bakker"), ("Finn", "de Boer"), ("Lotte", "Smit")]


def five_rows(**changes) -> list[str]:
    return [row(first=first, last=last, **changes.get(first, {})) for first, last in FIVE]


# -- The four groups ------------------------------------------------------------------------------------


def test_three_changed_email_addresses_and_one_new_placement_change_exactly_those(database, db_path, tmp_path):
    known = imported(tmp_path, *five_rows())
    periods_before = {p.id: (p.learner_id, p.start_date, p.end_date) for p in m.BpvPeriod.select()}
    changed = five_rows(
        Mila={"email": "mila@voorbeeld.nl"},
        Sem={"email": "sem@voorbeeld.nl"},
        Noor={"email": "noor@voorbeeld.nl"},
        Finn={"start": day(320), "end": day(600)},  # other dates: a new placement for Finn
    )
    plan = learner_io.read_learners(csv_file(tmp_path, *changed))
    assert plan.problems == [] and plan.warnings == []
    assert [row.group for row in plan.rows] == [CHANGED, CHANGED, CHANGED, CHANGED, UNCHANGED]
    assert [[(c.column, c.old, c.new) for c in row.changes] for row in plan.rows[:3]] == [
        [("e-mail", "", "mila@voorbeeld.nl")],
        [("e-mail", "", "sem@voorbeeld.nl")],
        [("e-mail", "", "noor@voorbeeld.nl")],
    ]
    assert plan.rows[3].changes == [] and plan.rows[3].new_period and plan.rows[3].learner_id == known["Finn"].id
    summary = plan.summary()
    assert (summary.learners, summary.periods, summary.updated_learners, summary.unchanged) == (0, 1, 3, 1)
    audit_before = m.AuditEntry.select().count()
    result = learner_io.apply_import(plan)
    assert learner_io.describe(result) == [
        "Imported 0 learners and 1 BPV period; created 0 schools, 0 programmes and 0 locations.",
        "Changed 3 learners and 0 BPV periods.",
        "1 unchanged.",
    ]
    after = {learner.first_name: learner for learner in m.Learner.select()}
    assert {name: learner.email for name, learner in after.items()} == {
        "Mila": "mila@voorbeeld.nl",
        "Sem": "sem@voorbeeld.nl",
        "Noor": "noor@voorbeeld.nl",
        "Finn": "",
        "Lotte": "",
    }
    assert m.Learner.select().count() == 5
    periods = {p.id: (p.learner_id, p.start_date, p.end_date) for p in m.BpvPeriod.select()}
    new = {number: values for number, values in periods.items() if number not in periods_before}
    assert list(new.values()) == [(known["Finn"].id, TODAY + dt.timedelta(320), TODAY + dt.timedelta(600))]
    assert {number: periods[number] for number in periods_before} == periods_before
    new_period = m.BpvPeriod.get_by_id(next(iter(new)))
    assert new_period.tasks.count() > 0 and new_period.meetings.count() > 0  # as BpvPeriodService.create gives
    entries = list(m.AuditEntry.select().where(m.AuditEntry.id > audit_before).order_by(m.AuditEntry.id))
    updates = [(e.table_name, e.record_id, e.changed_fields) for e in entries if e.action == "update"]
    assert updates == [("learner", known[name].id, "email") for name in ("Mila", "Sem", "Noor")]
    # and the same file once more changes nothing
    state = the_same_database(db_path)
    plan = learner_io.read_learners(csv_file(tmp_path, *changed))
    assert {row.group for row in plan.rows} == {UNCHANGED}
    assert_unchanged(db_path, state)


def test_an_empty_cell_never_clears_not_even_the_tussenvoegsel(database, db_path, tmp_path):
    imported(tmp_path, row(first="Mila", prefix="van", last="Dijk", email="mila@voorbeeld.nl", phone="0612345678"))
    state = the_same_database(db_path)
    # The tussenvoegsel in the last name, or left out (an empty cell, or a file without the column): the same name.
    files = [
        csv_file(tmp_path, row(first="Mila", prefix="", last="van Dijk")),
        csv_file(tmp_path, row(first="Mila", prefix="", last="Dijk", email="mila@voorbeeld.nl")),
        csv_file(tmp_path, "Mila;Dijk;MILA@voorbeeld.nl;BBL", header="voornaam;achternaam;e-mail;soort"),
    ]
    for path in files:
        plan = learner_io.read_learners(path)
        assert [row.group for row in plan.rows] == [UNCHANGED], path.read_text(encoding="utf-8")
        with pytest.raises(learner_io.ImportRefusedError, match="unchanged"):
            learner_io.apply_import(plan)
    assert_unchanged(db_path, state)
    learner = m.Learner.get()
    assert (learner.name_prefix, learner.last_name, learner.email) == ("van", "Dijk", "mila@voorbeeld.nl")


def test_a_new_last_name_is_the_name_taken_whole(database, tmp_path):
    imported(tmp_path, row(first="Mila", prefix="van", last="Dijk", email="mila@voorbeeld.nl"))
    plan = learner_io.read_learners(csv_file(tmp_path, row(first="Mila", last="Jansen", email="mila@voorbeeld.nl")))
    assert [(c.key, c.old, c.new) for c in plan.rows[0].changes] == [
        ("name_prefix", "van", ""),
        ("last_name", "Dijk", "Jansen"),
    ]
    learner_io.apply_import(plan)
    learner = m.Learner.get()
    assert (learner.name_prefix, learner.last_name) == ("", "Jansen")


def test_the_student_number_comes_first_and_a_conflicting_one_is_refused(database, db_path, tmp_path):
    header = HEADER_NL + ";studentnummer"
    imported(
        tmp_path, row(first="Mila", last="Jansen") + ";S100", row(first="Sem", last="Visser") + ";S200", header=header
    )
    plan = learner_io.read_learners(
        csv_file(
            tmp_path,
            row(first="Mila", last="Jansen-Bos") + ";s100",  # married: the number says who she is
            row(first="Sem", last="Visser") + ";S999",  # the name fits, the number does not
            header=header,
        )
    )
    mila, sem = m.Learner.select().order_by(m.Learner.id)
    assert plan.rows[0].learner_id == mila.id and [c.new for c in plan.rows[0].changes] == ["Jansen-Bos"]
    assert [(p.line, p.column, p.reason) for p in plan.problems] == [
        (
            3,
            "studentnummer",
            f"Learner {sem.id} in LeerWerk has this name and birth date but student number S200; correct the "
            "number, or the learner in LeerWerk.",
        )
    ]
    state = the_same_database(db_path)
    with pytest.raises(learner_io.ImportRefusedError):
        learner_io.apply_import(plan)
    assert_unchanged(db_path, state)


def test_a_number_or_address_of_one_learner_on_a_row_naming_someone_else_is_refused(database, db_path, tmp_path):
    """Student numbers are a school's own: another school's student may have one LeerWerk knows. A row found by its
    number or address that names another person (another name and birth date) is not that learner's."""
    header = HEADER_NL + ";studentnummer"
    imported(tmp_path, row(first="Mila", last="Jansen", email="mila@voorbeeld.nl") + ";3000002", header=header)
    mila = m.Learner.get()
    plan = learner_io.read_learners(
        csv_file(
            tmp_path,
            row(first="Sara", last="Peeters", born="1-1-2005") + ";3000002",
            row(first="Daan", last="Smeets", born="2-2-2004", email="MILA@voorbeeld.nl") + ";",
            row(first="Mila", last="Jansen-Bos", born="14-3-2001") + ";3000002",  # married: still Mila
            header=header,
            name="andere school.csv",
        )
    )
    assert [(p.line, p.column, p.reason) for p in plan.problems] == [
        (
            2,
            "studentnummer",
            f"Student number 3000002 is learner {mila.id} in LeerWerk, Mila Jansen (14-03-2001); this row names "
            "someone else. Correct the number in the file, or the learner in LeerWerk.",
        ),
        (
            3,
            "e-mail",
            f"This e-mail address is learner {mila.id}'s in LeerWerk, Mila Jansen (14-03-2001); this row names "
            "someone else. Correct the address in the file, or the learner in LeerWerk.",
        ),
    ]
    assert plan.rows[2].learner_id == mila.id and [c.new for c in plan.rows[2].changes] == ["Jansen-Bos"]


def test_a_new_learner_on_two_lines_is_one_learner_with_two_periods(database, db_path, tmp_path):
    header = HEADER_NL + ";studentnummer"
    lines = [
        row(first="Marko", last="Đorđević", start=day(-30), end=day(100)) + ";2100002",
        row(first="Marko", last="Đorđević", start=day(101), end=day(300)) + ";2100002",
        row(first="Sem", last="Visser") + ";2100003",
    ]
    plan = learner_io.read_learners(csv_file(tmp_path, *lines, header=header))
    assert plan.problems == [] and [row.group for row in plan.rows] == [NEW, NEW, NEW]
    summary = plan.summary()
    assert (summary.learners, summary.periods) == (2, 3)
    result = learner_io.apply_import(plan)
    assert (result.learners, result.periods) == (2, 3)
    marko, sem = m.Learner.select().order_by(m.Learner.id)
    assert [p.learner_id for p in m.BpvPeriod.select().order_by(m.BpvPeriod.id)] == [marko.id, marko.id, sem.id]
    from desktop.views.learners.import_dialog import _group_text

    assert [_group_text(row) for row in plan.rows] == ["New", "New (BPV period of line 2)", "New"]
    again = learner_io.read_learners(csv_file(tmp_path, *lines, header=header, name="opnieuw.csv"))
    assert again.problems == [] and [row.group for row in again.rows] == [UNCHANGED] * 3
    # Two people with one new student number: one of them is not who the number says.
    other = row(first="Anouk", last="Heuvel") + ";2100009"
    plan = learner_io.read_learners(
        csv_file(tmp_path, other, row(first="Bram", last="Bos") + ";2100009", header=header)
    )
    assert [(p.line, p.reason) for p in plan.problems] == [
        (3, "This student number is already on line 2 of this file, for someone else.")
    ]


def test_namesakes_with_their_own_numbers_are_two_learners_and_a_later_line_fills_in(database, tmp_path):
    """Two new learners of one name are told apart by their student numbers; a later line of one learner adds what
    the first left empty; a birth date on one line only is still that learner."""
    header = HEADER_NL + ";studentnummer"
    lines = [
        row(first="Lisa", prefix="de", last="Jong", email="") + ";100",
        row(first="Lisa", prefix="de", last="Jong", email="lisa@voorbeeld.nl", start=day(400), end=day(700)) + ";100",
        row(first="Lisa", prefix="de", last="Jong", born="") + ";200",
        row(first="Lisa", prefix="de", last="Jong", start=day(400), end=day(700)) + ";200",  # with her birth date
    ]
    plan = learner_io.read_learners(csv_file(tmp_path, *lines, header=header))
    assert plan.problems == [] and [row.same_learner_as for row in plan.rows] == [None, 2, None, 4]
    result = learner_io.apply_import(plan)
    assert (result.learners, result.periods) == (2, 4)
    assert [(x.student_number, x.email, x.birth_date) for x in m.Learner.select().order_by(m.Learner.id)] == [
        ("100", "lisa@voorbeeld.nl", dt.date(2001, 3, 14)),
        ("200", "", dt.date(2001, 3, 14)),
    ]
    again = learner_io.read_learners(csv_file(tmp_path, *lines, header=header, name="opnieuw.csv"))
    assert again.problems == [] and [row.group for row in again.rows] == [UNCHANGED] * 4


def test_a_new_learners_lines_are_those_the_same_file_again_finds_them_by(database, tmp_path):
    """Lines are one new learner when importing the file again finds that learner by each of them: by number, or
    by name and the same birth date. A name alone beside a namesake with a number or birth date is named."""
    header = HEADER_NL + ";studentnummer"
    lisa = dict(first="Lisa", prefix="de", last="Jong")
    later = dict(start=day(400), end=day(700))
    cases = {
        "number first": ([row(**lisa) + ";100", row(**lisa, **later) + ";"], [None, 2], 1),
        "birth date first": ([row(**lisa) + ";", row(**lisa, **later) + ";100"], [None, 2], 1),
        "number without birth date": ([row(**lisa, born="") + ";100", row(**lisa, **later) + ";100"], [None, 2], 1),
        "names alone": ([row(**lisa, born="") + ";", row(**lisa, born="", **later) + ";"], [None, 2], 1),
        "another birth date": ([row(**lisa, born="") + ";100", row(**lisa, **later) + ";"], [None, None], 2),
    }
    for name, (lines, joined, learners) in cases.items():
        plan = learner_io.read_learners(csv_file(tmp_path, *lines, header=header, name=f"{name}.csv"))
        assert plan.problems == [] and [row.same_learner_as for row in plan.rows] == joined, name
        assert learner_io.apply_import(plan).learners == learners, name
        again = learner_io.read_learners(csv_file(tmp_path, *lines, header=header, name=f"{name} opnieuw.csv"))
        assert again.problems == [] and {row.group for row in again.rows} == {UNCHANGED}, name
        m.BpvPeriod.delete().execute()
        m.Learner.delete().execute()
    ambiguous = [
        row(**lisa, born="") + ";",  # a name alone
        row(**lisa, **later) + ";100",  # cannot be told apart from line 2
        row(first="Sem", last="Visser") + ";200",
        row(first="Sem", last="Visser", born="") + ";",  # nor from line 4
    ]
    plan = learner_io.read_learners(csv_file(tmp_path, *ambiguous, header=header, name="twijfel.csv"))
    assert [(p.line, p.column) for p in plan.problems] == [(3, "studentnummer"), (5, "studentnummer")]
    assert plan.problems[0].reason.startswith("Line 2 names a learner of this name without student number or birth")


def test_a_line_skipped_or_not_chosen_fills_in_nothing(database, tmp_path):
    header = HEADER_NL + ";studentnummer"
    lines = [
        row(first="Lisa", prefix="de", last="Jong", born="") + ";100",
        row(first="Lisa", prefix="de", last="Jong", email="lisa@voorbeeld.nl", start=day(400), end=day(300)) + ";100",
        row(first="Sem", last="Visser", born="") + ";200",
        row(first="Sem", last="Visser", email="sem@voorbeeld.nl", start=day(400), end=day(700)) + ";200",
    ]
    plan = learner_io.read_learners(csv_file(tmp_path, *lines, header=header))
    assert [p.line for p in plan.problems] == [3]  # Lisa's second placement ends before it starts
    learner_io.apply_import(plan, skip_invalid=True, lines=[2, 4])
    assert [(x.first_name, x.email, x.birth_date) for x in m.Learner.select().order_by(m.Learner.id)] == [
        ("Lisa", "", None),
        ("Sem", "", None),  # line 5 was not chosen
    ]


def test_a_name_without_a_birth_date_is_no_namesake_leerwerk_knows(database, tmp_path):
    """A school's list without birth dates names a new learner, not the learner of that name LeerWerk knows."""
    imported(tmp_path, row(first="Lisa", prefix="de", last="Jong"))
    plan = learner_io.read_learners(
        csv_file(tmp_path, "Lisa;de;Jong;BBL", header="voornaam;tussenvoegsel;achternaam;soort", name="zonder.csv")
    )
    assert plan.problems == [] and [row.group for row in plan.rows] == [NEW]


def test_a_school_list_without_a_type_has_the_leerweg_say_it(database, tmp_path):
    """Eduarte, Magister and Osiris write the leerweg, not LeerWerk's Soort: a BBL student is of type BBL."""
    header = "studentnummer;roepnaam;achternaam;geboortedatum;school;crebo;opleiding;niveau;leerweg;begindatum bpv"
    lines = [
        f"2100001;Mila;Jansen;1-2-2005;ROC Fictief Zuid;25491;Verzorgende-IG;3;BBL-DT;{day(-30)}",
        f"2100002;Sem;Visser;2-3-2006;ROC Fictief Zuid;25491;Verzorgende-IG;3;Beroepsopleidende leerweg;{day(-30)}",
        f"2100003;Noor;Bakker;3-4-2006;ROC Fictief Zuid;25491;Verzorgende-IG;3;;{day(-30)}",
    ]
    plan = learner_io.read_learners(csv_file(tmp_path, *lines, header=header))
    assert [row.learner["learner_type"] for row in plan.rows[:2]] == ["bbl", "bol"]
    assert [(p.line, p.column, p.reason) for p in plan.problems] == [
        (4, "soort", "Is required, unless the leerweg says BBL or BOL.")
    ]
    both = learner_io.read_learners(csv_file(tmp_path, *lines[:2], header=header, name="twee.csv"))
    assert both.new_names()["programme"] == ["Verzorgende-IG (BBL)", "Verzorgende-IG (BOL)"]  # one crebo per leerweg
    contradicting = learner_io.read_learners(csv_file(tmp_path, row(kind="BOL", pathway="BBL"), name="tegen.csv"))
    assert [(p.column, p.reason) for p in contradicting.problems] == [
        ("leerweg", "A BOL student follows the BOL pathway, not BBL; correct one of them.")
    ]


def test_without_update_a_known_learners_new_placement_is_added_and_changes_wait(database, tmp_path):
    imported(tmp_path, *five_rows())
    changed = five_rows(Mila={"email": "mila@voorbeeld.nl", "start": day(320), "end": day(600)})
    plan, result = learner_io.import_learners(csv_file(tmp_path, *changed, name="nieuw.csv"), update=False)
    assert (result.learners, result.periods, result.updated_learners) == (0, 1, 0)
    mila = m.Learner.get(m.Learner.first_name == "Mila")
    assert mila.email == "" and [p.start_date for p in mila.periods.order_by(m.BpvPeriod.start_date)] == [
        TODAY - dt.timedelta(days=30),
        TODAY + dt.timedelta(days=320),
    ]
    assert [[c.column for c in row.changes] for row in plan.group(CHANGED)] == [["e-mail"]]  # still to apply
    assert result.unchanged == 4  # Mila's row waits for --update: not unchanged
    changed = five_rows(Sem={"email": "sem@voorbeeld.nl"})
    plan, result = learner_io.import_learners(csv_file(tmp_path, *changed, name="later.csv"), update=False)
    assert (result.learners, result.periods, result.unchanged) == (0, 0, 4)  # Sem waits


def test_the_headings_of_school_systems_are_read(database, tmp_path):
    """Osiris's Voorvoegsels, Magister's Stamnummer and Tussenv., Eduarte's Opleidingscode (the crebo, which names a
    programme LeerWerk knows without its name), and the dates of a stage."""
    imported(tmp_path, row(first="Sem", last="Visser"))  # Verzorgende-IG, crebo 25491, is known now
    header = "Stamnummer;Roepnaam;Voorvoegsels;Achternaam;Geboortedatum;Mobiel nr;Leerweg;Opleidingscode;Niveau;"
    header += "School;Begindatum stage;Einddatum stage"
    line = f"2100001;Mila;van;Dijk-Janssen;1-2-2005;0612345678;BBL;25491;3;ROC Fictief Zuid;{day(-30)};{day(300)}"
    plan = learner_io.read_learners(csv_file(tmp_path, line, header=header, name="osiris.csv"))
    assert plan.problems == [] and plan.unknown_columns == []
    learner, period = plan.rows[0].learner, plan.rows[0].period
    assert (learner["student_number"], learner["name_prefix"], learner["phone"]) == ("2100001", "van", "0612345678")
    assert period["programme"] == ("id", m.Programme.get().id) and period["end_date"] == TODAY + dt.timedelta(days=300)


def test_two_headings_of_one_field_read_the_placements_and_name_the_other(database, tmp_path):
    header = "voornaam;achternaam;soort;school;opleiding;crebo;niveau;begindatum;begindatum bpv;telefoon;mobiel"
    line = f"Mila;Jansen;BBL;ROC Fictief Zuid;Verzorgende-IG;25491;3;1-9-2025;{day(-30)};0401234567;0612345678"
    plan = learner_io.read_learners(csv_file(tmp_path, line, header=header))
    assert plan.problems == [] and plan.rows[0].period["start_date"] == TODAY - dt.timedelta(days=30)
    assert plan.rows[0].learner["phone"] == "0401234567"
    assert plan.notes == [
        'Column "mobiel" is read where column "telefoon" is empty.',
        'Column "begindatum" was not read: column "begindatum bpv" holds the same, and was read.',
    ]
    # Two phone columns: the mobile number where no other is given.
    line = f"Mila;Jansen;BBL;ROC Fictief Zuid;Verzorgende-IG;25491;3;1-9-2025;{day(-30)};;0612345678"
    plan = learner_io.read_learners(csv_file(tmp_path, line, header=header, name="mobiel.csv"))
    assert plan.problems == [] and plan.rows[0].learner["phone"] == "0612345678"


def test_a_column_every_period_needs_is_named_once_for_the_file(database, tmp_path):
    header = "voornaam;achternaam;leerweg;crebo;startdatum stage"
    plan = learner_io.read_learners(csv_file(tmp_path, f"Mila;Jansen;BBL;25491;{day(-30)}", header=header))
    assert [(p.line, p.column, p.reason) for p in plan.problems] == [
        (1, "school", "This column is missing; the BPV periods in the file need it.")
    ]
    # Period columns no row fills make no periods: the file is read as a list of learners.
    header = "studentnummer;voornaam;achternaam;soort;cohort;locatie"
    plan = learner_io.read_learners(
        csv_file(tmp_path, "100;Lisa;Jong;BBL;;", "101;Sem;Visser;BOL;2025;", header=header)
    )
    assert plan.problems == [] and [row.period for row in plan.rows] == [None, None]
    # A leerweg alone says the type and makes no period.
    plan = learner_io.read_learners(csv_file(tmp_path, "Mila;Jansen;BOL", header="voornaam;achternaam;leerweg"))
    assert plan.problems == [] and plan.rows[0].period is None and plan.rows[0].learner["learner_type"] == "bol"


def test_values_as_school_lists_write_them(database, tmp_path):
    header = HEADER_NL + ";cohort;uren per week"
    lines = [
        row(
            first="Mila",
            last="Jansen",
            born="01-02-05",
            start="1 september 2026",
            end="31-jan-2027",
            level="MBO niveau 3",
        )
        + ";2026-2027;24 uur",
        row(first="Sem", last="Visser", born="14-01-76", start="01-09-26", end="Thursday, 5 August 2027") + ";26/27;32",
    ]
    plan = learner_io.read_learners(csv_file(tmp_path, *lines, header=header))
    assert plan.problems == []
    mila, sem = plan.rows
    assert (mila.learner["birth_date"], sem.learner["birth_date"]) == (dt.date(2005, 2, 1), dt.date(1976, 1, 14))
    assert (mila.period["start_date"], mila.period["end_date"]) == (dt.date(2026, 9, 1), dt.date(2027, 1, 31))
    assert (sem.period["start_date"], sem.period["end_date"]) == (dt.date(2026, 9, 1), dt.date(2027, 8, 5))
    assert mila.period["hours_per_week"] == 24 and mila.period["programme_asked"][2:] == ("3", None, 2026)
    assert sem.period["programme_asked"][4] == 2026


def test_totals_below_the_list_are_passed_over_and_named(database, tmp_path):
    lines = [
        row(first="Mila", last="Jansen"),
        row(first="Sem", last="Visser"),
        "Totaal;;;;;;;;;;;;;;",
        ";;;;;;;;;;;;;;=SOM(O2:O3)",
    ]
    header = HEADER_NL + ";studentnummer"
    number = ";" * 15 + "1010101"  # a learner whose name was left out, a number like a total's: no total
    assert [p.line for p in learner_io.read_learners(csv_file(tmp_path, number, header=header, name="x.csv")).problems]
    count = [row(first="Mila", last="Jansen") + ";1010101", ";" * 15 + "1"]  # =AANTAL under the student numbers
    plan = learner_io.read_learners(csv_file(tmp_path, *count, header=header, name="aantal.csv"))
    assert plan.problems == [] and len(plan.rows) == 1
    # A totals line makes no period: its count under a period column asks for no School or Startdatum.
    header = "voornaam;achternaam;soort;uren per week"
    plan = learner_io.read_learners(csv_file(tmp_path, "Mila;Jansen;BBL;", "Totaal;;;0", header=header, name="u.csv"))
    assert plan.problems == [] and len(plan.rows) == 1
    plan = learner_io.read_learners(csv_file(tmp_path, *lines))
    assert plan.problems == [] and len(plan.rows) == 2
    assert plan.notes == [
        "Line 4 holds totals, not a learner, and was passed over.",
        "Line 5 holds totals, not a learner, and was passed over.",
    ]


def test_a_phone_number_written_otherwise_is_no_change(database, tmp_path):
    imported(tmp_path, row(first="Mila", last="Jansen", phone="06-12345678"))
    for written in ("0612345678", "+31 6 1234 5678", "+31 (0)6 12345678", "0031612345678"):
        plan = learner_io.read_learners(csv_file(tmp_path, row(first="Mila", last="Jansen", phone=written)))
        assert [row.group for row in plan.rows] == [UNCHANGED], written
    plan = learner_io.read_learners(csv_file(tmp_path, row(first="Mila", last="Jansen", phone="0687654321")))
    assert [c.new for c in plan.rows[0].changes] == ["0687654321"]


def test_learners_leerwerk_knows_that_the_file_leaves_out(database, tmp_path):
    imported(
        tmp_path,
        row(first="Mila", school="ROC Fictief Zuid"),
        row(first="Sem", school="ROC Fictief Zuid"),
        row(first="Noor", school="Hogeschool Fictief", kind="hbo", programme="Verpleegkunde", crebo="", level=""),
    )
    plan = learner_io.read_learners(csv_file(tmp_path, row(first="Mila", school="roc fictief-zuid")))
    sem = m.Learner.get(m.Learner.first_name == "Sem")
    # Noor's school is not in this list, so her absence says nothing
    assert [(missing.id, missing.name, missing.school) for missing in plan.missing] == [
        (sem.id, "Sem Bakker", "ROC Fictief Zuid")
    ]
    assert learner_io.describe_groups(plan, missing=True)[-1] == f"1 in LeerWerk but not in the file (learner {sem.id})"


def test_only_the_chosen_rows_are_applied_and_a_cancel_leaves_everything_as_it_was(database, db_path, tmp_path):
    imported(tmp_path, *five_rows())
    plan = learner_io.read_learners(
        csv_file(
            tmp_path,
            *five_rows(Mila={"email": "mila@voorbeeld.nl"}, Sem={"email": "sem@voorbeeld.nl"}),
            row(first="Daan", last="Peters"),
        )
    )
    assert [row.group for row in plan.rows] == [CHANGED, CHANGED, UNCHANGED, UNCHANGED, UNCHANGED, NEW]
    state = the_same_database(db_path)

    def cancel(done, total):
        if done:
            raise ImportCancelledError()

    with pytest.raises(ImportCancelledError):
        learner_io.apply_import(plan, progress=cancel)
    assert_unchanged(db_path, state)
    result = learner_io.apply_import(plan, lines=[3, 7])  # Sem's change and the new learner
    assert (result.learners, result.updated_learners) == (1, 1)
    emails = {learner.first_name: learner.email for learner in m.Learner.select()}
    assert emails["Mila"] == "" and emails["Sem"] == "sem@voorbeeld.nl" and "Daan" in emails


def test_a_period_that_starts_on_the_same_day_is_changed_field_by_field(database, tmp_path):
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    service_for(m.SchoolSupervisor).create(school=school.id, first_name="Ayşe", last_name="Yılmaz")
    trainer = service_for(m.Staff).create(first_name="Jan", last_name="de Vries", email="jan.devries@voorbeeld.nl")
    service_for(m.Staff).create(first_name="Piet", last_name="Peters")
    service_for(m.Staff).create(first_name="Piet", last_name="Peters")
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Afdeling 2")
    imported(tmp_path, row(first="Mila"))
    plan = learner_io.read_learners(
        csv_file(
            tmp_path,
            row(first="Mila", end=day(400)) + ";afdeling-2;JAN.DEVRIES@voorbeeld.nl;Piet Peters;Yilmaz, Ayse;24,5;900",
            header=STAFF_HEADER,
        )
    )
    only = plan.rows[0]
    assert only.valid and only.group == CHANGED and not only.new_period
    assert [(c.column, c.old, c.new) for c in only.changes] == [
        ("einddatum", day(300), day(400)),
        ("team", "De Linde – De Linde", "De Linde – Afdeling 2"),
        ("praktijkopleider", "", "Jan de Vries"),
        ("bpv-begeleider", "", "Ayşe Yılmaz"),
        ("uren per week", "", "24.5"),
        ("geplande uren", "", "900"),
    ]
    assert [str(w) for w in plan.warnings] == [
        'line 2, column "werkbegeleider": Several staff members have this name; write the e-mail address instead. '
        "Left empty."
    ]
    learner_io.apply_import(plan)
    period = m.BpvPeriod.get()
    assert (period.end_date, period.team_id, period.practice_trainer_id, period.work_supervisor_id) == (
        TODAY + dt.timedelta(400),
        team.id,
        trainer.id,
        None,
    )
    assert (period.school_supervisor.last_name, float(period.hours_per_week), period.planned_hours) == (
        "Yılmaz",
        24.5,
        900,
    )


def test_unknown_people_are_named_per_row_and_column_and_left_empty(database, tmp_path):
    path = csv_file(tmp_path, row(first="Mila") + ";;Karel Onbekend;;Els Nergens;;", header=STAFF_HEADER)
    plan = learner_io.read_learners(path)
    assert [str(w) for w in plan.warnings] == [
        'line 2, column "praktijkopleider": No staff member with this name or e-mail address in LeerWerk; left empty.',
        'line 2, column "bpv-begeleider": No BPV supervisor of this school with this name or e-mail address in '
        "LeerWerk; left empty.",
    ]
    learner_io.apply_import(plan)
    period = m.BpvPeriod.get()
    assert (period.practice_trainer_id, period.school_supervisor_id) == (None, None)


def test_a_new_name_leaves_what_was_signed_as_it_was_signed(period, database, tmp_path):
    assignment = _assignment(period)
    learner_row, _trainer_row = signing.signatures("assignment", assignment.id)
    signing.sign_on_screen(learner_row.id, "Zoë Çelik", PNG)
    content = signed_content.canonical_contents("assignment", [assignment.id])
    service_for(m.Learner).update(period.learner_id, student_number="S100")
    header = "studentnummer;voornaam;achternaam;soort"
    plan = learner_io.read_learners(csv_file(tmp_path, "S100;Zoë;Çelik-Jansen;BBL", header=header))
    assert [str(w) for w in plan.warnings] == [
        'line 2, column "achternaam": This learner has signed forms; they keep the name as it was signed, and the '
        "new name shows everywhere else."
    ]
    assert [(c.old, c.new) for c in plan.rows[0].changes] == [("Çelik", "Çelik-Jansen")]
    learner_io.apply_import(plan)
    assert m.Learner.get_by_id(period.learner_id).last_name == "Çelik-Jansen"
    assert m.Signature.get_by_id(learner_row.id).signer_name == "Zoë Çelik"
    assert signed_content.canonical_contents("assignment", [assignment.id]) == content
    assert signing.signatures_match("assignment", assignment.id)


# -- Reference data is never silently doubled -------------------------------------------------------------


def test_a_crebo_names_its_programme_whatever_the_file_calls_it(database, tmp_path):
    nurse = service_for(m.Programme).create(name="Mbo-verpleegkundige", crebo="25655", level="4", pathway="BBL")
    path = csv_file(
        tmp_path,
        row(first="Mila", programme="Verzorgende IG", crebo="25655", level="3"),
        row(first="Sem", programme="Helpende", crebo="25498", level="2"),
        row(first="Noor", programme="Helpende Zorg en Welzijn", crebo="25498", level="2"),
    )
    plan = learner_io.read_learners(path)
    assert [str(w) for w in plan.warnings] == [
        'line 2, column "opleiding": The file calls crebo 25655 "Verzorgende IG"; LeerWerk knows it as '
        '"Mbo-verpleegkundige" and uses that programme.',
        'line 4, column "opleiding": The file calls crebo 25498 "Helpende Zorg en Welzijn"; LeerWerk knows it as '
        '"Helpende" and uses that programme.',
    ]
    assert plan.new_names() == {"school": ["ROC Fictief Zuid"], "programme": ["Helpende"], "location": ["De Linde"]}
    learner_io.apply_import(plan)
    assert m.Programme.select().count() == 2
    by_learner = {p.learner.first_name: p.programme for p in m.BpvPeriod.select()}
    assert by_learner["Mila"].id == nurse.id and by_learner["Sem"].id == by_learner["Noor"].id


def test_the_programme_service_allows_a_crebo_once_per_pathway_and_cohort(database):
    programmes = service_for(m.Programme)
    programmes.create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL", cohort=2026)
    with pytest.raises(ValidationError) as caught:
        programmes.create(name="VIG", crebo="25491", level="3", pathway="BBL", cohort=2026)
    assert caught.value.field == "crebo"
    assert caught.value.message == (
        'Crebo 25491 already belongs to the programme "Verzorgende-IG" for this learning pathway and cohort; a '
        "crebo identifies one programme."
    )
    programmes.create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BOL", cohort=2026)
    other = programmes.create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL", cohort=2027)
    with pytest.raises(ValidationError):
        programmes.update(other.id, cohort=2026)
    programmes.update(other.id, name="Verzorgende IG")  # itself is no second programme
    assert m.Programme.select().count() == 3


def test_names_that_differ_in_case_spaces_hyphens_or_accents_are_one_record(database, tmp_path):
    school = service_for(m.School).create(name="ROC Fictief-Zuid")
    location = service_for(m.Location).create(name="Huize Ébenhaëzer")
    team = service_for(m.Team).create(location=location.id, name="Afdeling 2")
    header = HEADER_NL + ";team"
    path = csv_file(
        tmp_path,
        row(first="Mila", school="roc fictief zuid", location="HUIZE-EBENHAEZER") + ";afdeling  2",
        row(first="Sem", school="ROC Fictief Zuid", location="Huize Ebenhaezer") + ";Afdeling-2",
        row(first="Noor", school="ROC  Fictief Zuid", location="De Linde") + ";Kleine Linde",
        row(first="Finn", school="Roc Fictief Noord", location="de linde") + ";kleine-linde",
        header=header,
    )
    plan = learner_io.read_learners(path)
    assert plan.problems == []
    assert plan.new_names() == {
        "school": ["Roc Fictief Noord"],
        "programme": ["Verzorgende-IG"],
        "location": ["De Linde"],
        "team": ["De Linde – Kleine Linde"],
    }
    result = learner_io.apply_import(plan)
    assert (result.schools, result.locations, result.teams) == (1, 1, 1)
    periods = {p.learner.first_name: p for p in m.BpvPeriod.select()}
    assert periods["Mila"].school_id == periods["Sem"].school_id == periods["Noor"].school_id == school.id
    assert periods["Mila"].team_id == periods["Sem"].team_id == team.id
    assert periods["Noor"].team_id == periods["Finn"].team_id and periods["Noor"].team.name == "Kleine Linde"


# -- Matching people, for any list ------------------------------------------------------------------------


def test_person_matching_by_number_then_name_and_birth_date_then_e_mail(database):
    people = person_matching.PersonIndex(
        [
            person_matching.Person(1, "S1", "Zoë", "van der", "Berg", dt.date(2001, 3, 14), "zoe@voorbeeld.nl"),
            person_matching.Person(2, "", "Zoe", "", "van der Berg", dt.date(2002, 1, 1), ""),
            person_matching.Person(3, "", "Sem", "", "Visser", None, "sem@voorbeeld.nl"),
            person_matching.Person(4, "", "Sem", "", "Visser", None, "sem.visser@voorbeeld.nl"),
        ]
    )
    assert people.match(number="s1", first_name="Iemand", last_name="Anders").ids == (1,)
    found = people.match(first_name="ZOE", last_name="Van der-Berg", birth_date=dt.date(2001, 3, 14))
    assert (found.by, found.id) == ("name", 1)
    assert people.match(first_name="Zoë", last_name="Berg", birth_date=dt.date(1999, 1, 1)) is None
    assert people.match(first_name="Z", last_name="B", email=" ZOE@voorbeeld.nl").id == 1
    assert people.match(first_name="Sem", last_name="Visser").ids == (3, 4)  # two: the list must say which
    assert people.match_text("Zoe van der Berg").ids == (1, 2)
    assert people.match_text("Berg, Zoë van der").ids == (1,)
    assert people.match_text("sem.visser@voorbeeld.nl").id == 4
    assert (people.label(3), people.label(1)) == ("sem@voorbeeld.nl", "zoe@voorbeeld.nl")


def test_a_student_number_that_lost_its_leading_zeros_in_excel_is_the_same_number(database, db_path, tmp_path):
    from openpyxl import Workbook

    imported(
        tmp_path,
        row(first="Mila", last="Jansen", email="mila@voorbeeld.nl") + ";00123456",
        header=HEADER_NL + ";studentnummer",
    )
    state = the_same_database(db_path)
    workbook = Workbook()
    workbook.active.append(["Studentnummer", "Voornaam", "Achternaam", "Soort", "E-mail"])
    workbook.active.append([123456, "Mila", "Jansen", "BBL", "MILA@voorbeeld.nl"])  # a number cell: no zeros
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)
    plan = learner_io.read_learners(path)
    assert [(row.group, row.learner_id) for row in plan.rows] == [(UNCHANGED, m.Learner.get().id)]
    assert_unchanged(db_path, state)
    assert m.Learner.get().student_number == "00123456"


def test_a_new_first_name_from_a_file_without_a_tussenvoegsel_keeps_the_tussenvoegsel(database, tmp_path):
    imported(tmp_path, row(first="Mila", prefix="van", last="Dijk", email="mila@voorbeeld.nl"))
    path = csv_file(tmp_path, "Milah;Dijk;mila@voorbeeld.nl;BBL", header="voornaam;achternaam;e-mail;soort")
    plan = learner_io.read_learners(path)
    assert [(c.key, c.old, c.new) for c in plan.rows[0].changes] == [("first_name", "Mila", "Milah")]
    learner_io.apply_import(plan)
    learner = m.Learner.get()
    assert (learner.first_name, learner.name_prefix, learner.last_name) == ("Milah", "van", "Dijk")


def test_a_tussenvoegsel_with_a_capital_at_the_start_of_the_last_name_is_the_same_name(database, tmp_path):
    """In a column of last names Dutch writes "Van Dijk", no first name before it: still Mila van Dijk."""
    imported(tmp_path, row(first="Mila", prefix="van", last="Dijk", email="mila@voorbeeld.nl"))
    path = csv_file(tmp_path, "Mila;Van Dijk;mila@voorbeeld.nl;BBL", header="voornaam;achternaam;e-mail;soort")
    assert [row.group for row in learner_io.read_learners(path).rows] == [UNCHANGED]
