"""`leerwerk agenda` and `leerwerk report`: the figures agree with counts straight from the database, and every
mistake is one sentence with the exit code of the other commands and no file written."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess

import pytest

from desktop.demo import generate_demo
from desktop.storage.database import close_database
from tests.helpers import file_digest, run, run_process

TODAY = dt.date(2026, 11, 18)  # the day conftest gives every test and every program it starts


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("overview") / "demo.sqlite3"
    generate_demo(path, learners=150, seed=17, today=TODAY)
    close_database()
    return path


def sql(demo, query: str, *params):
    connection = sqlite3.connect(demo)
    try:
        return connection.execute(query, params[0] if params and isinstance(params[0], dict) else params).fetchall()
    finally:
        connection.close()


def busiest_trainer(demo) -> int:
    return sql(
        demo,
        """SELECT practice_trainer_id FROM bpv_period WHERE status IN ('planned', 'active')
           GROUP BY practice_trainer_id ORDER BY COUNT(*) DESC, practice_trainer_id LIMIT 1""",
    )[0][0]


# -- agenda ----------------------------------------------------------------------------------------------------------


def test_the_agenda_of_one_praktijkopleider_lists_their_open_meetings(capsys, demo):
    trainer = busiest_trainer(demo)
    code, out, err = run(capsys, "agenda", "--trainer", str(trainer), "--from", "18-11-2026", "--to", "2026-12-01",
                         "--db", str(demo))  # fmt: skip
    assert code == 0 and err == ""
    header, *lines = [line.split("\t") for line in out.splitlines()]
    assert header[:5] == ["Uiterlijk", "Te laat", "Soort", "Wie", "Wat"] and header[-1] == "Nummer gegeven"
    meetings = {int(line[-1]) for line in lines if line[2] == "Bpv-gesprek"}
    # Not held, not cancelled, planned up to the last day (or before today: overdue), of a period that runs or is
    # planned, or completed in the last four weeks; of a learner not archived.
    expected = {
        row[0]
        for row in sql(
            demo,
            """SELECT mt.id FROM meeting mt JOIN bpv_period p ON p.id = mt.period_id
               JOIN learner l ON l.id = p.learner_id
               WHERE mt.held_on IS NULL AND mt.cancelled = 0 AND mt.planned_on <= '2026-12-01' AND l.archived = 0
                 AND (p.status IN ('planned', 'active') OR (p.status = 'completed' AND p.end_date >= '2026-10-21'))
                 AND p.practice_trainer_id = ?""",
            trainer,
        )
    }
    assert meetings == expected and meetings
    overdue = [line for line in lines if line[1] == "ja"]
    assert all(dt.datetime.strptime(line[0], "%d-%m-%Y").date() < TODAY for line in overdue)
    assert all(TODAY <= dt.datetime.strptime(line[0], "%d-%m-%Y").date() <= dt.date(2026, 12, 1)
               for line in lines if line[1] == "nee")  # fmt: skip


def test_the_agenda_to_a_workbook_a_list_and_a_calendar(capsys, demo, tmp_path):
    from openpyxl import load_workbook

    code, out, _err = run(capsys, "agenda", "--out", str(tmp_path / "agenda.xlsx"), "--db", str(demo))
    assert code == 0 and "agenda.xlsx" in out
    sheet = load_workbook(tmp_path / "agenda.xlsx").active
    printed = run(capsys, "agenda", "--db", str(demo))[1].splitlines()
    assert sheet.max_row == len(printed) > 1  # the same rows as printed, each with a real date
    assert isinstance(sheet["A2"].value, dt.datetime)

    trainer = busiest_trainer(demo)
    code, _out, _err = run(capsys, "agenda", "--trainer", str(trainer), "--out", str(tmp_path / "week.pdf"),
                           "--from", "16-11-2026", "--to", "22-11-2026", "--db", str(demo))  # fmt: skip
    text = subprocess.run(["pdftotext", str(tmp_path / "week.pdf"), "-"], capture_output=True, text=True).stdout
    name = " ".join(part for part in sql(demo, "SELECT first_name, name_prefix, last_name FROM staff WHERE id = ?",
                                         trainer)[0] if part)  # fmt: skip
    assert code == 0 and f"Agenda van {name}" in text
    code, _out, _err = run(capsys, "agenda", "--trainer", str(trainer), "--out", str(tmp_path / "po.ics"),
                           "--db", str(demo))  # fmt: skip
    assert code == 0 and (tmp_path / "po.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


# -- reports ---------------------------------------------------------------------------------------------------------


def test_the_cao_report_counts_as_the_database_does(capsys, demo, tmp_path):
    from openpyxl import load_workbook

    out_file = tmp_path / "cao.xlsx"
    code, out, err = run(capsys, "report", "cao", "--from", "01-01-2026", "--to", "30-06-2026", "--out",
                         str(out_file), "--db", str(demo))  # fmt: skip
    assert code == 0 and err == "" and "cao.xlsx" in out
    sheet = load_workbook(out_file)["Per maand"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4, max_row=9)]
    workforce = sql(demo, "SELECT COUNT(*) FROM staff WHERE active = 1")[0][0]
    for month, row in enumerate(rows, start=1):
        first = dt.date(2026, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        learners = sql(
            demo,
            """SELECT COUNT(DISTINCT p.learner_id) FROM bpv_period p JOIN learner l ON l.id = p.learner_id
               WHERE l.learner_type IN ('bbl', 'bol', 'mio', 'side_entrant') AND p.start_date <= ?
                 AND COALESCE(CASE WHEN p.status = 'ended_early' THEN p.ended_on ELSE p.end_date END,
                              '9999-12-31') >= ?""",
            last.isoformat(), first.isoformat(),
        )[0][0]  # fmt: skip
        assert row[1:4] == [learners, workforce, pytest.approx(learners / workforce)]
        assert isinstance(row[1], int) and learners > 0


def test_the_dropout_report_counts_as_the_database_does(capsys, demo, tmp_path):
    from openpyxl import load_workbook

    code, _out, _err = run(capsys, "report", "dropout", "--from", "2025-01-01", "--to", "2026-12-31", "--out",
                           str(tmp_path / "uitval.xlsx"), "--db", str(demo))  # fmt: skip
    assert code == 0
    sheet = load_workbook(tmp_path / "uitval.xlsx")["Per kwartaal"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4, max_row=11)]
    for number, row in enumerate(rows):
        first = dt.date(2025 + number // 4, 3 * (number % 4) + 1, 1)
        last = (first + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
        running, ended = sql(
            demo,
            """SELECT (SELECT COUNT(*) FROM bpv_period WHERE start_date <= :last
                          AND COALESCE(CASE WHEN status = 'ended_early' THEN ended_on ELSE end_date END,
                                       '9999-12-31') >= :first),
                      (SELECT COUNT(*) FROM bpv_period WHERE status = 'ended_early'
                          AND ended_on BETWEEN :first AND :last AND COALESCE(end_reason, '') <> 'completed_diploma')""",
            {"first": first.isoformat(), "last": last.isoformat()},
        )[0]  # fmt: skip
        assert row[0] == f"K{number % 4 + 1} {first.year}" and row[1:3] == [running, ended]
    assert sum(row[2] for row in rows) > 0


def test_the_completion_report_as_pdf_holds_the_totals_of_the_database(capsys, demo, tmp_path):
    code, _out, _err = run(capsys, "report", "completion", "--from", "01-12-2025", "--to", "30-11-2026", "--out",
                           str(tmp_path / "afronding.pdf"), "--db", str(demo))  # fmt: skip
    assert code == 0
    ended, diplomas = sql(
        demo,
        """SELECT COUNT(*), SUM(end_reason = 'completed_diploma') FROM bpv_period
           WHERE (status = 'completed' AND end_date BETWEEN '2025-12-01' AND '2026-11-30')
              OR (status = 'ended_early' AND ended_on BETWEEN '2025-12-01' AND '2026-11-30')""",
    )[0]
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "afronding.pdf"), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    totals = [line.split() for line in text.splitlines() if line.strip().startswith("Totaal")]
    assert totals and totals[0][1:3] == [str(ended), str(diplomas)] and ended >= 5


def test_a_range_without_data_says_so(capsys, demo, tmp_path):
    code, out, _err = run(capsys, "report", "dropout", "--from", "01-01-2035", "--to", "31-03-2035", "--out",
                          str(tmp_path / "leeg.pdf"), "--db", str(demo))  # fmt: skip
    assert code == 0 and "Tussen 1 januari 2035 en 31 maart 2035 liep geen bpv-periode." in out
    text = subprocess.run(["pdftotext", str(tmp_path / "leeg.pdf"), "-"], capture_output=True, text=True).stdout
    assert "liep geen bpv-periode" in " ".join(text.split())


# -- mistakes ----------------------------------------------------------------------------------------------------------


def test_mistakes_are_one_sentence_and_write_nothing(capsys, demo, tmp_path):
    digest = file_digest(demo)
    out = tmp_path / "uit"
    out.mkdir()
    (out / "map.xlsx").mkdir()
    cases = [
        (("report", "cao", "--from", "01-06-2026", "--to", "01-01-2026", "--out", str(out / "a.xlsx")), 2,
         "--to (1 januari 2026) ligt vóór --from (1 juni 2026)."),
        (("report", "cao", "--from", "31-02-2026", "--out", str(out / "a.xlsx")), 2,
         "31-02-2026 is geen geldige datum"),
        (("report", "omzet", "--out", str(out / "a.xlsx")), 2, "omzet"),
        (("report", "cao", "--out", str(out / "a.docx")), 2, "eindigt op .xlsx, .pdf"),
        (("report", "cao", "--out", str(out / "nergens" / "a.pdf")), 2, "bestaat niet"),
        (("report", "cao", "--out", str(out / "map.xlsx")), 2, "is een map"),
        (("report", "cao", "--from", "01-01-2000", "--to", "01-01-2026", "--out", str(out / "a.pdf")), 1,
         "tien jaar"),
        (("agenda", "--trainer", "99999"), 1, "Er is geen medewerker met nummer 99999."),
        (("agenda", "--trainer", "9" * 23), 1, f"Er is geen medewerker met nummer {'9' * 23}."),
        (("agenda", "--trainer", "Jansen"), 2, "Jansen"),
        (("agenda", "--trainer", "0"), 2, "geef het nummer van een medewerker"),
        (("agenda", "--from", "2026-12-01", "--to", "2026-11-01"), 2, "ligt vóór --from"),
        (("agenda", "--out", str(out / "a.ics")), 2, "--trainer"),
        (("agenda", "--out", str(out / "a.txt")), 2, ".csv, .xlsx, .pdf, .ics"),
        (("agenda", "--trainer", "99999", "--out", str(out / "a.pdf")), 1, "Er is geen medewerker met nummer 99999."),
    ]  # fmt: skip
    for argv, exit_code, said in cases:
        code, _out, err = run(capsys, *argv, "--db", str(demo))
        assert code == exit_code and said in err and len(err.strip().splitlines()) == 1, (argv, code, err)
    assert sorted(path.name for path in out.iterdir()) == ["map.xlsx"]
    assert file_digest(demo) == digest


def test_a_file_that_cannot_be_written_is_told_with_exit_2_and_nothing_left(capsys, demo, tmp_path):
    if subprocess.run(["id", "-u"], capture_output=True, text=True).stdout.strip() != "0":
        pytest.skip("mounting a tmpfs needs root")
    full = tmp_path / "vol"
    full.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(full)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no tmpfs here")
    try:
        for argv in (("report", "completion", "--out", str(full / "afronding.pdf")),
                     ("agenda", "--out", str(full / "agenda.xlsx"))):  # fmt: skip
            code, _out, err = run(capsys, *argv, "--db", str(demo))
            assert code == 2 and "kan niet worden geschreven" in err, err
            assert list(full.iterdir()) == []  # not even a temporary file
    finally:
        subprocess.run(["umount", str(full)], check=True)


def test_the_report_command_runs_as_a_program_in_english(demo, tmp_path):
    result = run_process("report", "dropout", "--out", str(tmp_path / "d.xlsx"), "--db", str(demo),
                         env={"LEERWERK_LANG": "en"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Early dropout (1 January 2025 – 31 December 2026) saved to")


def test_the_agenda_read_by_a_program_that_stops_early_is_no_error(demo):
    """`leerwerk agenda | head -1`: the reader had what it wanted; no sentence, exit 0."""
    import os
    import sys

    from tests.helpers import ROOT

    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "agenda", "--db", str(demo), "--from", "01-01-2020", "--to", "31-12-2030"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert process.stdout.readline().startswith(b"Uiterlijk")
    process.stdout.close()  # as head does once it has its line
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0 and err == b""
