"""The reports: every figure agrees with a count straight from the database, small groups stay hidden, and the
exports hold the same numbers as numbers."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.services import service_for
from desktop.services.report_export import report_pdf, save_report
from desktop.services.reports import (
    HIDDEN,
    SMALL_GROUP,
    cao_report,
    completion_report,
    dropout_report,
    months,
    quarters,
    report,
)
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from desktop.storage.models import db

TODAY = dt.date(2026, 11, 18)


# -- a small organisation, counted by hand ---------------------------------------------------------------------------


@pytest.fixture
def small(database):
    linde = service_for(m.Location).create(name="Huize De Linde").id
    bongerd = service_for(m.Location).create(name="De Bongerd").id
    t1 = service_for(m.Team).create(location=linde, name="Somatiek 1").id
    t2 = service_for(m.Team).create(location=bongerd, name="Psychogeriatrie 2").id
    staff = service_for(m.Staff)
    for number in range(40):  # 30 at De Linde, 10 at De Bongerd; half a contract each
        staff.create(
            first_name="Mede", last_name="Werker" + "a" * (number + 1), team=t1 if number < 30 else t2, fte="0,5"
        )
    staff.create(first_name="Oud", last_name="Gediende", team=t1, fte="1", active=False)
    staff.create(first_name="Zonder", last_name="Team", location=bongerd)  # no FTE recorded
    school = service_for(m.School).create(name="ROC Fictief Zuid").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id
    periods = service_for(m.BpvPeriod)

    def learner(kind, start, end, team=t1, hours=36, **values):
        person = (
            service_for(m.Learner).create(first_name="Lerende", last_name=kind.replace("_", "-"), learner_type=kind).id
        )
        return periods.create(learner=person, programme=programme, school=school, team=team, start_date=start,
                              end_date=end, hours_per_week=hours, **values).id  # fmt: skip

    learner("bbl", "2026-01-01", "2026-12-31", status="active")
    learner("bol", "2026-03-01", "2026-06-30", hours=18, status="completed", end_reason="completed_diploma")
    learner("mio", "2026-02-10", "2026-12-31", team=t2, status="ended_early", ended_on="2026-04-15",
            end_reason="stopped_health")  # fmt: skip
    learner("side_entrant", "2025-09-01", "2026-08-31", hours=None, status="completed")
    learner("hbo", "2026-01-01", "2026-06-30", status="completed", end_reason="completed_diploma")  # not counted
    return {"linde": linde, "bongerd": bongerd}


def test_the_cao_norm_counts_learners_per_month_against_the_active_staff(small):
    result = cao_report("2026-01-01", "2026-06-30")
    monthly = result.table(0)
    assert [row[0] for row in monthly.rows] == ["januari 2026", "februari 2026", "maart 2026", "april 2026",
                                                 "mei 2026", "juni 2026"]  # fmt: skip
    # bbl all year; side entrant till August; mio from 10 February to 15 April; bol March to June; hbo never.
    assert [row[1] for row in monthly.rows] == [2, 3, 4, 4, 3, 3]
    assert {row[2] for row in monthly.rows} == {41}  # 40 with a team, 1 without; the inactive one not
    assert monthly.rows[0][3] == pytest.approx(2 / 41)
    # FTE: bbl 1, side entrant without hours or staff FTE (left out), mio 1, bol 18/36; staff 40 x 0.5.
    assert [row[4] for row in monthly.rows] == [Decimal("1.00"), Decimal("2.00"), Decimal("2.50"), Decimal("2.50"),
                                                 Decimal("1.50"), Decimal("1.50")]  # fmt: skip
    assert {row[5] for row in monthly.rows} == {Decimal("20.00")}
    assert monthly.rows[0][7] == "ja"  # 2 of 41 is 4.9%
    yearly = result.table(1)
    assert yearly.rows == [["2026", pytest.approx(19 / 6), 41, pytest.approx(19 / 6 / 41), Decimal("1.83"),
                            Decimal("20.00"), pytest.approx(11 / 6 / 20), "ja"]]  # fmt: skip
    places = {row[0]: row for row in result.table(2).rows}
    assert places["De Bongerd"][1:3] == [pytest.approx(3 / 6), 11]  # the mio, February to April; 10 + 1 staff
    assert places["Huize De Linde"][2] == 30
    assert result.table(2).totals[1] == pytest.approx(19 / 6)
    assert any("1 medewerkers en 1 lerenden" in note for note in result.notes)
    assert result.empty is None and result.chart.target == 0.04


def test_no_staff_says_so_instead_of_dividing_by_zero(database):
    result = cao_report("2026-01-01", "2026-03-31")
    assert result.empty == (
        "Er zijn geen actieve medewerkers, dus het aandeel lerenden in het personeelsbestand is niet te berekenen."
    )
    assert {row[3] for row in result.table(0).rows} == {None}
    assert dropout_report("2026-01-01", "2026-03-31").empty.startswith("Tussen 1 januari 2026 en 31 maart 2026 liep")
    assert completion_report("2026-01-01", "2026-03-31").empty.startswith("Tussen 1 januari 2026 en 31 maart 2026 is")
    assert b"%PDF" in report_pdf(completion_report("2026-01-01", "2026-03-31"))


def test_dropout_and_completion_by_hand(small):
    result = dropout_report("2026-01-01", "2026-06-30")
    # All five ran in both quarters (an HBO intern too: dropout counts every learner); the mio ended early.
    assert [row[:3] for row in result.table(0).rows] == [["K1 2026", 5, 0], ["K2 2026", 5, 1]]
    assert result.table(0).totals[1:3] == [5, 1]
    reasons = result.table(1)
    assert reasons.rows == [["Gestopt: gezondheid", HIDDEN, HIDDEN]]  # one student: not shown
    by_type, by_programme, by_school, by_location = result.tables[2:]
    for table in (by_type, by_location):  # every group smaller than 5
        assert all(cell is HIDDEN for row in table.rows for cell in row[1:])
    for table in (by_programme, by_school):  # one group of 5, with one dropout: not shown, nor its total
        assert table.rows == [[table.rows[0][0], 5, HIDDEN, HIDDEN]]
        assert table.totals[1:] == [5, HIDDEN, HIDDEN]
    # Four periods ended (bol, mio, side entrant, hbo), two with a diploma: a group too small to show, and as it
    # is the only one, its total would show it all the same.
    completion = completion_report("2026-01-01", "2026-12-31")
    assert completion.table(0).rows == [["Verzorgende-IG (Niveau 3)", HIDDEN, HIDDEN, HIDDEN, HIDDEN]]
    assert completion.table(0).totals[1:4] == [HIDDEN, HIDDEN, HIDDEN]


def test_bad_input(database):
    with pytest.raises(ValidationError) as caught:
        cao_report("2026-06-01", "2026-01-01")
    assert caught.value.message == "De einddatum ligt vóór de begindatum."
    with pytest.raises(ValidationError):
        dropout_report("31-04-2026", None)
    with pytest.raises(ValidationError):
        report("omzet")
    with pytest.raises(ValidationError, match="tien jaar"):
        cao_report("2000-01-01", "2026-01-01")


def test_the_default_ranges():
    assert len(months(dt.date(2025, 12, 1), dt.date(2026, 11, 30))) == 12
    assert [q[0] for q in quarters(dt.date(2025, 1, 15), dt.date(2026, 12, 1))][-1] == dt.date(2026, 10, 1)
    assert len(quarters(dt.date(2025, 1, 15), dt.date(2026, 12, 1))) == 8


# -- the demo, against counts in SQL ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from desktop.demo import generate_demo

    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    generate_demo(path, learners=400, seed=11, today=TODAY)
    close_database()
    return path


@pytest.fixture
def demo(demo_file):
    open_database(demo_file)
    yield
    close_database()


def one(sql: str, *params):
    return db.execute_sql(sql, params).fetchone()[0]


def test_cao_figures_agree_with_the_database(demo):
    result = cao_report("2025-12-01", "2026-11-30")
    workforce = one("SELECT COUNT(*) FROM staff WHERE active = 1")
    fte = one("SELECT SUM(fte) FROM staff WHERE active = 1")
    for (first, last), row in zip(
        months(dt.date(2025, 12, 1), dt.date(2026, 11, 30)), result.table(0).rows, strict=True
    ):
        learners = one(
            """SELECT COUNT(DISTINCT p.learner_id) FROM bpv_period p JOIN learner l ON l.id = p.learner_id
               WHERE l.learner_type IN ('bbl', 'bol', 'mio', 'side_entrant') AND p.start_date <= ?
                 AND COALESCE(CASE WHEN p.status = 'ended_early' THEN p.ended_on ELSE p.end_date END,
                              '9999-12-31') >= ?""",
            last.isoformat(), first.isoformat(),
        )  # fmt: skip
        assert row[1:3] == [learners, workforce]
        assert row[3] == pytest.approx(learners / workforce)
        assert row[5] == Decimal(str(fte)).quantize(Decimal("0.01"))
    assert result.table(0).rows[-1][1] > 0
    places = {row[0]: row[2] for row in result.table(2).rows}
    for name, count in db.execute_sql(
        """SELECT loc.name, COUNT(*) FROM staff s LEFT JOIN team t ON t.id = s.team_id
           JOIN location loc ON loc.id = COALESCE(t.location_id, s.location_id) WHERE s.active = 1 GROUP BY loc.name"""
    ):
        assert places[name] == count


def test_dropout_figures_agree_with_the_database(demo):
    result = dropout_report()
    spans = quarters(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert [row[0] for row in result.table(0).rows] == [f"K{(q[0].month - 1) // 3 + 1} {q[0].year}" for q in spans]
    for (first, last), row in zip(spans, result.table(0).rows, strict=True):
        running = one(
            """SELECT COUNT(*) FROM bpv_period p WHERE p.start_date <= ?
               AND COALESCE(CASE WHEN p.status = 'ended_early' THEN p.ended_on ELSE p.end_date END,
                            '9999-12-31') >= ?""",
            last.isoformat(), first.isoformat(),
        )  # fmt: skip
        ended = one(
            """SELECT COUNT(*) FROM bpv_period WHERE status = 'ended_early' AND ended_on BETWEEN ? AND ?
               AND COALESCE(end_reason, '') <> 'completed_diploma'""",
            first.isoformat(), last.isoformat(),
        )  # fmt: skip
        assert row[1:3] == [running, ended]
        assert row[3] == (pytest.approx(ended / running) if running else None)
    total = one(
        """SELECT COUNT(*) FROM bpv_period
           WHERE status = 'ended_early' AND ended_on BETWEEN '2025-01-01' AND '2026-12-31'
             AND COALESCE(end_reason, '') <> 'completed_diploma'"""
    )
    assert result.table(0).totals[2] == total > 0
    shown = {row[0]: row[1] for row in result.table(1).rows if row[1] is not HIDDEN}
    for code, count in db.execute_sql(
        """SELECT end_reason, COUNT(*) FROM bpv_period WHERE status = 'ended_early'
           AND ended_on BETWEEN '2025-01-01' AND '2026-12-31' GROUP BY end_reason"""
    ):
        label = {"switched_programme": "Overgestapt naar een andere opleiding", "stopped_health": "Gestopt: gezondheid"}
        if code in label and label[code] in shown:
            assert shown[label[code]] == count


def test_completion_and_caseload_agree_with_the_database(demo):
    result = completion_report("2025-12-01", "2026-11-30")
    ended = one(
        """SELECT COUNT(*) FROM bpv_period
           WHERE (status = 'completed' AND end_date BETWEEN '2025-12-01' AND '2026-11-30')
              OR (status = 'ended_early' AND ended_on BETWEEN '2025-12-01' AND '2026-11-30')"""
    )
    diplomas = one(
        """SELECT COUNT(*) FROM bpv_period WHERE end_reason = 'completed_diploma' AND (
           (status = 'completed' AND end_date BETWEEN '2025-12-01' AND '2026-11-30')
           OR (status = 'ended_early' AND ended_on BETWEEN '2025-12-01' AND '2026-11-30'))"""
    )
    assert result.table(0).totals[1:4] == [ended, diplomas, pytest.approx(diplomas / ended)]
    assert result.table(1).totals[1:3] == [ended, diplomas]
    per_programme = {
        f"{name} (Niveau {level})" if level != "hbo" else f"{name} (Hbo)": (count, diploma)
        for name, level, count, diploma in db.execute_sql(
            """SELECT pr.name, pr.level, COUNT(*), SUM(CASE WHEN p.end_reason = 'completed_diploma' THEN 1 ELSE 0 END)
               FROM bpv_period p JOIN programme pr ON pr.id = p.programme_id
               WHERE (p.status = 'completed' AND p.end_date BETWEEN '2025-12-01' AND '2026-11-30')
                  OR (p.status = 'ended_early' AND p.ended_on BETWEEN '2025-12-01' AND '2026-11-30')
               GROUP BY pr.name, pr.level"""
        )
    }
    for row in result.table(0).rows:
        count, diploma = per_programme[row[0]]
        assert row[1] in (count, HIDDEN) and row[2] in (diploma, HIDDEN)
        if row[1] is not HIDDEN:
            assert count >= SMALL_GROUP
    caseload = result.table(2)
    expected = dict(
        db.execute_sql(
            """SELECT s.first_name || ' ' || CASE WHEN s.name_prefix <> '' THEN s.name_prefix || ' ' ELSE '' END
                      || s.last_name, COUNT(DISTINCT p.learner_id)
               FROM staff s JOIN staff_role r ON r.staff_id = s.id AND r.role = 'practice_trainer'
               LEFT JOIN bpv_period p ON p.practice_trainer_id = s.id AND p.start_date <= ?
                    AND (p.end_date IS NULL OR p.end_date >= ?) AND p.status IN ('planned', 'active', 'completed')
               WHERE s.active = 1 GROUP BY s.id""",
            (TODAY.isoformat(), TODAY.isoformat()),
        ).fetchall()
    )
    assert {row[0]: row[3] for row in caseload.rows} == expected
    assert caseload.totals[3] == sum(expected.values())


def test_no_shown_figure_singles_out_a_student(demo):
    for result in (dropout_report(), completion_report()):
        for table in result.tables:
            if table.title.startswith(("Per kwartaal", "Lerenden per praktijkopleider")):
                continue
            for row in table.rows:
                for column, cell in zip(table.columns, row, strict=True):
                    if column.kind == "count" and isinstance(cell, int):
                        assert cell == 0 or cell >= SMALL_GROUP, (table.title, row)
                hidden = [cell for cell in row if cell is HIDDEN]
                counts = [i for i, c in enumerate(table.columns) if c.kind == "count"]
                if hidden and any(row[i] is HIDDEN for i in counts[:1]):
                    assert all(row[i] is HIDDEN for i, c in enumerate(table.columns) if c.kind != "text")
            for index, column in enumerate(table.columns):
                if column.kind == "count" and table.totals is not None and table.totals[index] is not HIDDEN:
                    assert sum(1 for row in table.rows if row[index] is HIDDEN) != 1, (table.title, column.key)


# -- exports ----------------------------------------------------------------------------------------------------


def test_the_workbook_holds_numbers_as_numbers_and_the_chart(demo, tmp_path):
    from openpyxl import load_workbook

    result = dropout_report()
    path = save_report(tmp_path / "uitval.xlsx", result)
    book = load_workbook(path)
    assert book.sheetnames[0] == "Rapportage" and "Grafiek" in book.sheetnames
    assert book["Rapportage"]["A1"].value == "Voortijdige uitval"
    quarter = book["Per kwartaal"]
    assert [c.value for c in quarter[3]] == ["Kwartaal", "Periodes lopend", "Voortijdig beëindigd", "Uitvalpercentage"]
    first = result.table(0).rows[0]
    assert [c.value for c in quarter[4]] == [first[0], first[1], first[2], pytest.approx(first[3])]
    assert isinstance(quarter["B4"].value, int) and quarter["D4"].number_format == "0.0%"
    assert quarter[4 + len(result.table(0).rows)][0].value == "Hele periode"
    hidden = [c.value for row in book["Per opleiding"].iter_rows(min_row=4) for c in row if c.value == "< 5"]
    assert hidden == ["< 5"] * len(hidden)
    chart = book["Grafiek"]
    assert chart["A2"].value == first[0] and chart["B2"].value == pytest.approx(first[3])
    assert len(chart._charts) == 1


def test_the_pdf_has_the_letterhead_the_chart_and_only_our_fonts(demo, tmp_path):
    pdf = report_pdf(cao_report())
    assert pdf.startswith(b"%PDF-") and b"Helvetica" not in pdf and b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf
    path = tmp_path / "cao.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", line.split()[0]) for line in fonts.splitlines()[2:])
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    organisation = m.Organisation.select().first().name
    assert organisation in text and "Cao-norm: lerenden in het personeelsbestand" in text
    assert "Cao-norm 4%" in text and "Per maand" in text  # the chart's legend, and a table


def test_a_report_that_cannot_be_written_leaves_nothing(demo, tmp_path):
    result = completion_report()
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"\.xlsx, \.pdf"):
        save_report(out / "afronding.csv", result)
    with pytest.raises(ValidationError, match="kan niet worden geschreven"):
        save_report(Path("/proc/afronding.pdf"), result)
    assert list(out.iterdir()) == []
    written = save_report(out / "afronding.pdf", result)
    assert written.read_bytes().startswith(b"%PDF") and io.BytesIO(written.read_bytes())
