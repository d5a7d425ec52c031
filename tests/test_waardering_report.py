"""Results of the studentwaardering: per question and per group, small groups hidden, open answers without
names, written to XLSX and PDF, and from the command line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import service_for, waardering
from desktop.services.reports import HIDDEN
from desktop.services.waardering_report import waardering_report
from desktop.storage import models as m
from desktop.storage.database import close_database
from tests.helpers import run

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def today():
    clock.set_today(TODAY)


@pytest.fixture
def answered(period):
    """Seven placements at "De Wingerd" (answered mostly 4, three of them ended early), two at "Ter Beek"
    (answered 2 and 1) and two at "Zonnehof" (answered 5), ended in the third quarter of 2026; one more ended
    in 2024, outside the range."""
    teams = {}
    for key, name in (("wingerd", "De Wingerd"), ("beek", "Ter Beek"), ("zonnehof", "Zonnehof")):
        location = service_for(m.Location).create(name=name)
        teams[key] = service_for(m.Team).create(location=location.id, name="Somatiek")
    questions = waardering.questions()
    names = ("Anna", "Bram", "Cas", "Dewi", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Jan", "Kees")
    for number, (place, score, early, words) in enumerate(
        [("wingerd", 4, False, "Fijn team"), ("wingerd", 5, False, ""), ("wingerd", 3, True, "Meer uitleg"),
         ("wingerd", 4, True, ""), ("wingerd", 4, True, ""), ("wingerd", 4, False, ""), ("wingerd", 4, False, ""),
         ("beek", 2, False, "Te weinig begeleiding"), ("beek", 1, False, ""), ("zonnehof", 5, False, ""),
         ("zonnehof", 5, False, "")]
    ):  # fmt: skip
        learner = service_for(m.Learner).create(first_name=names[number], last_name="Test", learner_type="bbl")
        end = dt.date(2026, 8, 1 + number)
        row = service_for(m.BpvPeriod).create(
            learner=learner.id, programme=period.programme_id, school=period.school_id, team=teams[place].id,
            start_date=dt.date(2026, 1, 5), end_date=end, status="ended_early" if early else "completed",
            ended_on=end if early else None, end_reason="stopped_personal" if early else None,
        )  # fmt: skip
        values = {q.id: score for q in questions if q.kind == "scale"}
        values[questions[-1].id] = words
        waardering.save_evaluation(row.id, end, "online", values)
    old = service_for(m.Learner).create(first_name="Oud", last_name="Test", learner_type="bbl")
    row = service_for(m.BpvPeriod).create(
        learner=old.id, programme=period.programme_id, school=period.school_id, team=teams["beek"].id,
        start_date=dt.date(2024, 1, 5), end_date=dt.date(2024, 6, 30), status="completed",
    )  # fmt: skip
    waardering.save_evaluation(row.id, dt.date(2024, 7, 1), "paper", {questions[0].id: 1})


def test_per_question_and_per_location_with_small_groups_hidden(answered):
    report = waardering_report("01-07-2026", "30-09-2026", by="location")
    per_question, per_location, open_answers = report.tables
    first = per_question.rows[0]
    assert first[:3] == ["1. Ik ben goed ontvangen en ingewerkt op mijn afdeling.", 11, Decimal("3.73")]
    assert first[3:8] == pytest.approx([1 / 11, 1 / 11, 1 / 11, 5 / 11, 3 / 11])
    rows = {row[0]: row for row in per_location.rows}
    # 3 early endings: < 5. And its means too: Ter Beek and Zonnehof, hidden whole (2 responses each), hold 4
    # answers to each question between them, which the total less De Wingerd's would give.
    assert rows["De Wingerd"][:4] == ["De Wingerd", 7, HIDDEN, HIDDEN]
    assert all(cell is HIDDEN for cell in rows["De Wingerd"][4:])
    assert all(cell is HIDDEN for name in ("Ter Beek", "Zonnehof") for cell in rows[name][1:])  # 2 responses each
    assert per_location.totals[:4] == ["Alle", 11, 3, Decimal("3.73")]
    assert report.chart.categories == ()
    assert [row[0] for row in open_answers.rows] == ["Fijn team", "Meer uitleg", "Te weinig begeleiding"]
    assert not any(name in str(report.tables) for name in ("Anna", "Test"))


def test_two_groups_hidden_whole_are_not_given_away_by_the_total():
    """Groups of 1 response each beside groups of 10: the total less the groups shown would be the two of them, and
    the one student would know the other's score."""
    from types import SimpleNamespace

    from desktop.services import waardering_report as report

    def scored(score: int, count: int) -> list[int]:
        return [count if value == score else 0 for value in range(6)]

    keys = [(0, name) for name in "abcd"]
    sizes = dict(zip(keys, ([1, 0], [1, 0], [10, 0], [10, 0]), strict=True))
    scores = dict(
        zip(keys, ({1: scored(1, 1)}, {1: scored(5, 1)}, {1: scored(3, 10)}, {1: scored(4, 10)}), strict=True)
    )
    table = report._per_group("location", [SimpleNamespace(id=1)], dict(zip(keys, "ABCD", strict=True)), sizes, scores)
    for column in (3, 4):  # the mean over all questions, and the question's
        hidden = [row for row in table.rows if row[column] is HIDDEN]
        assert table.totals[column] is HIDDEN or sum(sizes[keys["ABCD".index(row[0])]][0] for row in hidden) >= 5


def test_one_small_group_beside_a_total_hides_one_more(answered):
    wingerd = m.Team.select().join(m.Location).where(m.Location.name == "De Wingerd").get()
    for period in m.BpvPeriod.select().join(m.Team).join(m.Location).where(m.Location.name == "Zonnehof"):
        service_for(m.BpvPeriod).update(period.id, team=wingerd.id)
    table = waardering_report("01-07-2026", "30-09-2026", by="location").tables[1]
    # Ter Beek alone is hidden; De Wingerd's 9 beside the total of 11 would give it away, so it goes too.
    assert [row[1] for row in table.rows] == [HIDDEN, HIDDEN] and table.totals[1] == 11


def test_a_range_with_fewer_than_five_responses_shows_no_figures(answered):
    report = waardering_report("01-01-2024", "31-12-2024", by="quarter")
    assert all(cell is HIDDEN for row in report.tables[0].rows for cell in row[1:])
    assert report.tables[2].rows == []
    assert waardering_report("01-01-2020", "31-12-2020").empty


def test_by_trainer_quarter_and_unknown_group(answered):
    assert [row[0] for row in waardering_report("01-07-2026", "30-09-2026", by="quarter").tables[1].rows] == ["K3 2026"]
    assert waardering_report("01-07-2026", "30-09-2026", by="trainer").tables[1].rows[0][0] == "(onbekend)"
    with pytest.raises(ValidationError):
        waardering_report(by="shoe size")
    with pytest.raises(ValidationError):
        waardering_report("01-10-2026", "01-07-2026")


def test_the_command_line_writes_xlsx_and_pdf(answered, tmp_path, db_path, capsys):
    close_database()
    out = tmp_path / "waardering.xlsx"
    code, printed, _err = run(
        capsys, "report", "waardering", "--from", "01-07-2026", "--to", "30-09-2026", "--out", str(out),
        "--db", str(db_path),
    )  # fmt: skip
    assert code == 0 and str(out) in printed
    book = load_workbook(out)
    sheet = book[book.sheetnames[2]]
    assert [sheet.cell(row=r, column=1).value for r in (4, 5, 6)] == ["De Wingerd", "Ter Beek", "Zonnehof"]
    assert sheet.cell(row=5, column=2).value == "< 5"
    code, _out, _err = run(capsys, "report", "waardering", "--by", "school", "--out", str(tmp_path / "w.pdf"),
                           "--db", str(db_path))  # fmt: skip
    assert code == 0 and (tmp_path / "w.pdf").read_bytes().startswith(b"%PDF")
    code, _out, err = run(capsys, "report", "waardering", "--out", str(tmp_path / "w.txt"), "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1
    code, _out, err = run(
        capsys, "report", "waardering", "--from", "31-02-2026", "--out", str(out), "--db", str(db_path)
    )
    assert code == 1 and err.count("\n") == 1


def test_the_charts_figures_are_written_in_the_languages_notation_on_screen_and_on_paper(
    answered, main_window, qtbot, tmp_path
):
    from desktop import i18n
    from desktop.services.report_export import bar_figures, chart_ticks, report_pdf
    from desktop.views.quality.results import WaarderingResults
    from tests.pdf_text import text_of

    report = waardering_report("01-07-2026", "30-09-2026", by="quarter")
    assert report.chart.series[0].values == (3.73,)  # eleven responses in one quarter, rounded as in the table
    assert bar_figures(report.chart) == (("3,73",),)
    assert [figure for _value, figure in chart_ticks(report.chart)] == ["0", "1", "2", "3", "4", "5"]
    text = text_of(report_pdf(report), tmp_path)
    assert "3,73" in text and "3.73" not in text
    window = WaarderingResults(main_window)
    qtbot.addWidget(window)
    window.ui.fromEdit.setText("01-07-2026")
    window.ui.toEdit.setText("30-09-2026")
    window.ui.byCombo.setCurrentIndex(window.ui.byCombo.findData("quarter"))
    window.show_results()
    assert [item.text() for item in window.bar_figures] == ["3,73"]
    i18n.set_language("en")
    assert bar_figures(report.chart) == (("3.73",),)


def test_a_question_few_answered_shows_its_count_not_their_scores(answered):
    """A question added later that one student answered: her score is in no cell, not even through the means of her
    group or of all questions beside it."""
    question = service_for(m.EvaluationQuestion).create(text="Had je een vaste werkplek?", kind="scale")
    wingerd = m.BpvPeriod.select().join(m.Team).join(m.Location).where(m.Location.name == "De Wingerd")
    period = wingerd.order_by(m.BpvPeriod.id).first()
    earlier = waardering.evaluation_of(period.id)
    waardering.save_evaluation(
        period.id, earlier.submitted_on, "online", {**earlier.answers, question.id: 1}, earlier.id
    )
    report = waardering_report("01-07-2026", "30-09-2026", by="location")
    per_question, per_location, _open = report.tables
    row = per_question.rows[-1]
    assert row[0].endswith("Had je een vaste werkplek?") and row[1] == 1 and row[2:8] == [HIDDEN] * 6
    column = per_location.column(f"q{question.id}")
    rows = {row[0]: row for row in per_location.rows}
    assert rows["De Wingerd"][column] is HIDDEN and rows["De Wingerd"][3] is HIDDEN  # its mean of all questions
    assert per_location.totals[column] is HIDDEN and per_location.totals[3] is HIDDEN
    for table in report.tables:
        for r in [*table.rows, table.totals or []]:
            assert not any(isinstance(cell, Decimal) and cell == 1 for cell in r), (table.title, r)
