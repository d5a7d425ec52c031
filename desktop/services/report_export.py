"""A report to hand to management: an Excel workbook (numbers as numbers, with the chart's data and the chart)
or a PDF (A4, the letterhead, the chart drawn with ReportLab). Works on the `Report`, never on the database,
apart from the letterhead."""

from __future__ import annotations

import io
import math
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import _, format_fixed, format_number
from desktop.services.output import check_target, save_file
from desktop.services.reports import HIDDEN, Chart, Report, ReportTable
from desktop.services.tabular import FORMULA_STARTS

if TYPE_CHECKING:
    from desktop.pdf.reports import ReportDocument, TableData

SUFFIXES = (".xlsx", ".pdf")
SHARE_FORMAT = "0.0%"
NUMBER_FORMAT = "0.00"


def hidden_text() -> str:
    return _("< 5")


def cell_text(value, kind: str) -> str:
    """A cell as the PDF prints it: shares as percentages, figures in the language's notation."""
    if value is HIDDEN:
        return hidden_text()
    if value is None:
        return "–" if kind != "text" else ""
    if kind == "share":
        return format_fixed(value * 100, 1) + "%"
    if kind == "number" or isinstance(value, float):
        return format_fixed(value, 2 if kind == "number" else 1)
    if isinstance(value, int):
        return format_number(value)
    return str(value)


HEADROOM = 1.05  # the axis runs a little past the highest value, so that a bar's figure fits beside it
MAX_TICKS = 6


def chart_figure(value: float, unit: str) -> str:
    """A figure on a chart, on an axis or beside a bar, in the language's notation ("12,5%", "4,25", "3"):
    the same on screen and on paper."""
    if unit == "share":
        return format_number(round(value * 100, 1)) + "%"
    return format_number(round(value, 2))


def chart_ticks(chart: Chart) -> tuple[tuple[float, str], ...]:
    """The value axis of `chart`, the same on screen and on paper: from 0 in a round step (1, 2 or 5 times a
    power of ten) up past the highest value and the norm (or to the end of its scale), each tick with its
    figure (`chart_figure`). Counts step by whole numbers."""
    scale = 100.0 if chart.unit == "share" else 1.0
    values = [value for series in chart.series for value in series.values if value is not None]
    top = chart.top * scale if chart.top else max([*values, chart.target or 0.0]) * scale * HEADROOM
    if top <= 0:
        top = 1.0
    rough = top / (MAX_TICKS - 1)
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(factor * power for factor in (1, 2, 5, 10) if factor * power >= rough)
    if chart.unit == "count" and all(float(value).is_integer() for value in values):
        step = max(step, 1.0)
    count = math.ceil(top / step - 1e-9)
    return tuple((n * step / scale, chart_figure(n * step / scale, chart.unit)) for n in range(count + 1))


def bar_figures(chart: Chart) -> tuple[tuple[str, ...], ...]:
    """Per series, the figure beside each bar; none where a group's figure is hidden."""
    return tuple(
        tuple("" if value is None else chart_figure(value, chart.unit) for value in series.values)
        for series in chart.series
    )


def _table_data(table: ReportTable) -> TableData:
    from desktop.pdf.reports import TableData

    kinds = [column.kind for column in table.columns]
    return TableData(
        table.title,
        tuple(column.label for column in table.columns),
        tuple(tuple(cell_text(value, kinds[i]) for i, value in enumerate(row)) for row in table.rows),
        tuple(kind != "text" for kind in kinds),
        tuple(cell_text(value, kinds[i]) for i, value in enumerate(table.totals)) if table.totals else None,
    )


def report_document(report: Report) -> ReportDocument:
    # ReportLab loads when a PDF is made: the window shows cells as `cell_text` writes them without it.
    from desktop.pdf.reports import ChartData, ReportDocument

    chart = None
    if report.chart is not None:
        chart = ChartData(
            report.chart.title,
            report.chart.kind,
            report.chart.categories,
            tuple((series.name, series.values) for series in report.chart.series),
            report.chart.target,
            report.chart.target_label,
            chart_ticks(report.chart),
            bar_figures(report.chart) if report.chart.kind == "bar" else (),
        )
    return ReportDocument(
        report.title,
        report.period,
        tuple(report.notes),
        chart,
        tuple(_table_data(table) for table in report.tables),
        report.empty,
    )


def report_pdf(report: Report) -> bytes:
    from desktop.pdf.reports import ReportRenderer
    from desktop.services.training_printouts import letterhead

    return ReportRenderer(letterhead(), report_document(report)).render()


# -- Excel -------------------------------------------------------------------------------------------------------


def _sheet_name(title: str, taken: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Blad"
    base, number = name, 2
    while name.casefold() in taken:
        suffix = f" {number}"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name


def _put(sheet, row: int, column: int, value, kind: str):
    cell = sheet.cell(row=row, column=column)
    if value is HIDDEN:
        cell.value = hidden_text()
        cell.data_type = "s"
    elif value is None:
        cell.value = None
    elif kind == "share":
        cell.value, cell.number_format = float(value), SHARE_FORMAT
    elif kind == "number" or isinstance(value, Decimal | float):
        cell.value, cell.number_format = float(value), NUMBER_FORMAT
    elif isinstance(value, int):
        cell.value = value
    else:
        cell.value = str(value)
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def report_xlsx(report: Report) -> bytes:
    """A workbook: the report's title, range and notes, then a sheet per table, and the chart's data with
    the chart itself on a sheet of its own."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    bold = Font(bold=True)
    taken: set[str] = set()
    about = book.active
    about.title = _sheet_name(_("Report"), taken)
    about["A1"], about["A2"] = report.title, report.period
    about["A1"].font = Font(bold=True, size=14)
    for number, note in enumerate([*([report.empty] if report.empty else []), *report.notes], start=4):
        about.cell(row=number, column=1, value=note).alignment = Alignment(wrap_text=True, vertical="top")
    about.column_dimensions["A"].width = 110
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table.title, taken))
        sheet["A1"] = table.title
        sheet["A1"].font = Font(bold=True, size=12)
        for column, spec in enumerate(table.columns, start=1):
            cell = sheet.cell(row=3, column=column, value=spec.label)
            cell.font, cell.alignment = bold, Alignment(wrap_text=True, vertical="top")
            sheet.column_dimensions[get_column_letter(column)].width = 40 if column == 1 else 16
        rows = [*table.rows, *([table.totals] if table.totals else [])]
        for number, values in enumerate(rows, start=4):
            for column, (value, spec) in enumerate(zip(values, table.columns, strict=True), start=1):
                cell = _put(sheet, number, column, value, spec.kind)
                if table.totals and number == 3 + len(rows):
                    cell.font = bold
        sheet.freeze_panes = "B4"
    if report.chart is not None and report.chart.categories:
        chart_data = report.chart
        sheet = book.create_sheet(_sheet_name(_("Chart"), taken))
        kind = "share" if chart_data.unit == "share" else "count"
        header = [_("Category"), *(series.name for series in chart_data.series)]
        if chart_data.target is not None:
            header.append(chart_data.target_label)
        for column, text in enumerate(header, start=1):
            sheet.cell(row=1, column=column, value=text).font = bold
        for number, category in enumerate(chart_data.categories, start=2):
            _put(sheet, number, 1, category, "text")
            for column, series in enumerate(chart_data.series, start=2):
                _put(sheet, number, column, series.values[number - 2], kind)
            if chart_data.target is not None:
                _put(sheet, number, len(header), chart_data.target, kind)
        sheet.column_dimensions["A"].width = 40
        last = len(chart_data.categories) + 1
        graph = LineChart() if chart_data.kind == "line" else BarChart()
        if chart_data.kind == "bar":
            graph.type = "bar"
        graph.title = chart_data.title
        graph.height, graph.width = 9, 22
        graph.add_data(Reference(sheet, min_col=2, max_col=len(header), min_row=1, max_row=last), titles_from_data=True)
        graph.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        if kind == "share":
            graph.y_axis.number_format = "0%"
        sheet.add_chart(graph, f"{get_column_letter(len(header) + 2)}2")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def save_report(path, report: Report) -> Path:
    """Write the report as .xlsx or .pdf, by the name of `path`, whole or not at all."""
    target = check_target(path, SUFFIXES)
    data = report_xlsx(report) if target.suffix.lower() == ".xlsx" else report_pdf(report)
    return save_file(target, data, SUFFIXES)
