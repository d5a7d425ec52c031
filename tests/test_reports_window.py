"""The Rapportages window: each report's tables hold the service's figures, the chart its series, the exports its
numbers; a range with nothing to count says so, a range refused says why beside the date; and QtCharts loads only
when the window opens."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.demo import generate_demo
from desktop.services.report_export import cell_text, chart_ticks
from desktop.services.reports import HIDDEN, report
from desktop.storage.database import close_database
from desktop.views.kit import files as kit_files
from desktop.views.reports.window import ReportsWindow
from tests.helpers import ROOT, file_digest
from tests.pdf_text import text_of

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports-window") / "demo.sqlite3"
    generate_demo(path, learners=150, seed=23, today=TODAY)
    close_database()
    return path


@pytest.fixture
def reports(qtbot, demo_file, tmp_path, monkeypatch):
    """The window, opened from the main window's menu on a copy of the demo, its first report shown."""
    from desktop.app import open_main_window

    path = tmp_path / "demo.sqlite3"
    shutil.copy2(demo_file, path)
    main = open_main_window(path)
    qtbot.addWidget(main)
    monkeypatch.setattr(kit_files, "open_file", lambda path: None)
    action = main.findChild(type(main.ui.actionReports), "action.reports")
    assert action.shortcut().toString() == "Ctrl+Shift+R" and action.text() == "&Rapportages…"
    action.trigger()
    window = main.findChild(ReportsWindow)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    window.database = path
    return window


def show(qtbot, window, kind=None, start=None, end=None):
    with qtbot.waitSignal(window.shown, timeout=10_000):
        if kind is not None:
            window.ui.reportCombo.setCurrentIndex(window.ui.reportCombo.findData(kind))
        else:
            window.choose_range(start, end)


def shown_rows(window) -> list[list[str]]:
    model = window.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]  # fmt: skip


@pytest.mark.parametrize("kind", ["cao", "dropout", "completion"])
def test_each_report_shows_the_service_figures_and_its_chart(qtbot, reports, kind, qtmodeltester):
    if kind != "cao":
        show(qtbot, reports, kind)
    expected = report(kind)  # the window's own database is the one bound in this process
    assert reports.report.kind == kind and reports.ui.titleLabel.text().startswith(expected.title)
    assert [reports.ui.tableBar.tabText(i) for i in range(reports.ui.tableBar.count())] == [
        table.title for table in expected.tables
    ]
    for index, table in enumerate(expected.tables):
        reports.ui.tableBar.setCurrentIndex(index)
        headers = [reports.model.headerData(c, Qt.Orientation.Horizontal) for c in range(reports.model.columnCount())]
        assert headers == [column.label for column in table.columns]
        kinds = [column.kind for column in table.columns]
        assert shown_rows(reports) == [
            [cell_text(value, kinds[i]) for i, value in enumerate(row)] for row in table.rows
        ]
        if table.totals:
            assert [reports.totals.index(0, c).data() for c in range(reports.totals.columnCount())] == [
                cell_text(value, kinds[i]) for i, value in enumerate(table.totals)
            ]
        qtmodeltester.check(reports.model)
    names = [series.name for series in expected.chart.series]
    if expected.chart.target is not None:
        names.append(expected.chart.target_label)
    assert reports.chart.series_names() == names
    # The value axis names its ticks as the PDF does, in Dutch notation (QtCharts would write "0.5").
    from PySide6.QtCharts import QCategoryAxis

    ticks = [figure for _value, figure in chart_ticks(expected.chart)]
    axes = [axis.categoriesLabels() for axis in reports.chart.chart().axes() if isinstance(axis, QCategoryAxis)]
    assert ticks in axes and all(figure.endswith("%") for figure in ticks[1:]) == (expected.chart.unit == "share")
    # Which count is used is said in the window, as in the report.
    assert reports.ui.notesLabel.text() == "\n".join(expected.notes)
    if kind == "cao":
        assert "aantal personen" in reports.ui.notesLabel.text() and "fte" in reports.ui.notesLabel.text()
        assert "Cao-norm 4%" in reports.chart.series_names()


def test_small_groups_show_as_fewer_than_five_and_sort_last(qtbot, reports):
    show(qtbot, reports, "completion")
    table = reports.report.table(0)
    assert any(value is HIDDEN for row in table.rows for value in row)
    cells = [cell for row in shown_rows(reports) for cell in row]
    assert "< 5" in cells
    ended = table.column("ended")
    reports.ui.tableView.sortByColumn(ended, Qt.SortOrder.DescendingOrder)
    column = [reports.model.values(row)[ended] for row in range(reports.model.rowCount())]
    shown = [value for value in column if value is not HIDDEN]
    assert shown == sorted(shown, reverse=True) and column[: len(shown)] == shown  # hidden ones last
    reports.ui.tableView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [reports.model.values(row)[0] for row in range(reports.model.rowCount())] == [row[0] for row in table.rows]


def test_months_sort_by_date_not_by_name(qtbot, reports):
    reports.ui.tableBar.setCurrentIndex(0)
    reports.ui.tableView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_rows(reports)[0][0] == "november 2026" and shown_rows(reports)[-1][0] == "december 2025"


def test_a_range_with_nothing_to_count_says_so(qtbot, reports):
    show(qtbot, reports, "dropout")
    show(qtbot, reports, start=dt.date(2035, 1, 1), end=dt.date(2035, 3, 31))
    assert reports.ui.emptyLabel.isVisible()
    assert reports.ui.emptyLabel.text() == "Tussen 1 januari 2035 en 31 maart 2035 liep geen bpv-periode."
    assert reports.chart.series_names() == []  # no chart of nothing
    assert reports.ui.pdfButton.isEnabled()  # and it can still be handed over, saying so


def test_a_range_refused_is_said_beside_the_date(qtbot, reports):
    show(qtbot, reports, start=dt.date(2026, 6, 1), end=dt.date(2026, 3, 31))
    assert reports.ui.errorLabel.text() == "Tot en met: De einddatum ligt vóór de begindatum."
    assert reports.ui.toEdit.styleSheet() and reports.report is None
    assert not reports.ui.xlsxButton.isEnabled() and not reports.ui.pdfButton.isEnabled()
    show(qtbot, reports, start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 31))
    assert reports.ui.errorLabel.text() == "" and not reports.ui.errorLabel.isVisible()
    assert [row[0] for row in shown_rows(reports)] == ["januari 2026", "februari 2026", "maart 2026"]


def test_typed_dates_wait_until_the_typing_stops(qtbot, reports):
    with qtbot.waitSignal(reports.shown, timeout=10_000):
        reports.ui.fromEdit.setDate(reports.ui.fromEdit.date().addMonths(6))
        reports.ui.fromEdit.setDate(reports.ui.fromEdit.date().addMonths(-3))
    assert reports.report.start == dt.date(2026, 3, 1) and len(reports.report.table(0).rows) == 9


def test_the_usual_period_of_dropout_is_eight_quarters(qtbot, reports):
    show(qtbot, reports, "dropout")
    assert (reports.report.start, reports.report.end) == (dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert reports.ui.fromEdit.date().toPython() == dt.date(2025, 1, 1)
    assert len(reports.report.table(0).rows) == 8


def test_saving_to_excel_and_pdf_writes_the_figures(qtbot, reports, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    show(qtbot, reports, "dropout")
    target = tmp_path / "uitval.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert reports.save(".xlsx") == target
    sheet = load_workbook(target)["Per kwartaal"]
    first = reports.report.table(0).rows[0]
    assert [cell.value for cell in sheet[4]][:3] == first[:3] and isinstance(sheet["B4"].value, int)

    target = tmp_path / "uitval.pdf"
    assert reports.save(".pdf") == target
    text = " ".join(text_of(target.read_bytes(), tmp_path, "-layout").split())
    assert "Voortijdige uitval" in text and "Uitvalpercentage per kwartaal" in text and first[0] in text


def test_a_file_that_cannot_be_written_is_said_and_nothing_is_left(qtbot, reports, tmp_path, monkeypatch):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    full = tmp_path / "vol"
    full.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(full)]).returncode != 0:
        pytest.skip("no tmpfs here")
    said = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(full / "cao.pdf"), ""))
    monkeypatch.setattr(kit_files.QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    digest = file_digest(reports.database)
    try:
        assert reports.save(".pdf") is None
        assert list(full.iterdir()) == []
    finally:
        subprocess.run(["umount", str(full)], check=True)
    assert said == [("Rapportage niet opgeslagen", f"{full / 'cao.pdf'} kan niet worden geschreven: "
                     "de schijf is vol")]  # fmt: skip
    assert file_digest(reports.database) == digest


def test_the_menu_brings_an_open_window_to_the_front_instead_of_a_second(qtbot, reports):
    main = reports.parent()
    assert main.show_reports() is reports
    assert len(main.findChildren(ReportsWindow)) == 1


def test_a_start_does_not_load_qtcharts_nor_the_reports(tmp_path):
    target = tmp_path / "leerwerk.sqlite3"
    code = (
        "import json, sys\n"
        "from desktop.cli import main\n"
        f"assert main(['--db', {str(target)!r}, '--smoke']) == 0\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('desktop.', 'PySide6.')))))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERWERK_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "desktop.views.window.main" in loaded  # it did start
    assert {"PySide6.QtCharts", "desktop.views.reports.window", "desktop.services.reports"} & loaded == set()


def test_the_window_loads_no_reportlab_until_a_pdf_is_saved():
    code = (
        "import sys\n"
        "import desktop.views.reports.window\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
