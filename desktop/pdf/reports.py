"""A report (CAO norm, early dropout, completion) as a PDF: A4, the letterhead, its chart, its tables.

The renderer takes the plain `ReportDocument` (made by `desktop.services.report_export` from a report, with
every cell already written out) and draws the chart with ReportLab's graphics, every label in our own
embedded font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from desktop.pdf import chart_colours
from desktop.pdf.base import FONT, FONT_BOLD, INK, MUTED, DocumentRenderer, Letterhead, Table, escape, fit

HEADER_FILL = colors.HexColor("#34495e")
STRIPE = colors.HexColor("#f3f5f7")
GRID = colors.HexColor("#b8c2cc")
SERIES_COLOURS = tuple(colors.HexColor(colour) for colour in chart_colours.SERIES)
TARGET_COLOUR = colors.HexColor(chart_colours.TARGET)
CHART_HEIGHT = 68 * mm


@dataclass(frozen=True)
class ChartData:
    title: str
    kind: str  # "line" or "bar"
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    target: float | None
    target_label: str
    ticks: tuple[tuple[float, str], ...]  # the value axis: each tick and its figure, in the language's notation
    bar_figures: tuple[tuple[str, ...], ...]  # per series, the figure beside each bar ("" where hidden); of bars


@dataclass(frozen=True)
class TableData:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # per column: right-aligned figures
    totals: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ReportDocument:
    title: str
    period: str
    notes: tuple[str, ...]
    chart: ChartData | None
    tables: tuple[TableData, ...]
    empty: str | None = None


class ReportRenderer(DocumentRenderer):
    # A report's labels stay one line high (cut to fit); a printout whose labels are sentences wraps them.
    wrap_labels = False

    def __init__(self, letterhead: Letterhead, document: ReportDocument, **kwargs):
        self.document = document
        super().__init__(letterhead, **kwargs)

    def title(self) -> str:
        return self.document.title

    def story(self) -> list[Flowable]:
        styles, data = self.styles, self.document
        width, _height = self.frame_size()
        story: list[Flowable] = [
            Paragraph(escape(data.title), styles["title"]),
            Paragraph(escape(data.period), styles["heading"]),
            *(Paragraph(escape(note), styles["muted"]) for note in data.notes),
        ]
        if data.empty:
            story += [Spacer(1, 4 * mm), Paragraph(escape(data.empty), styles["body"])]
            return story
        if data.chart is not None:
            story += [Spacer(1, 4 * mm), chart_drawing(data.chart, width)]
        for table in data.tables:
            story += self._table(table, width)
        return story

    def stylesheet(self):
        styles = super().stylesheet()
        # A table's heading goes to the next page with its table rather than stay behind alone.
        styles["table_heading"] = ParagraphStyle("table_heading", parent=styles["heading"], keepWithNext=1)
        styles["header_figure"] = ParagraphStyle("header_figure", parent=styles["header_cell"], alignment=TA_RIGHT)
        styles["label_cell"] = ParagraphStyle("label_cell", parent=styles["cell"], fontSize=7.5, leading=9)
        return styles

    def _table(self, data: TableData, width: float) -> list[Flowable]:
        styles = self.styles
        columns = len(data.header)
        labels = [row[0] for row in data.rows] + ([data.totals[0]] if data.totals else [])
        needed = max([stringWidth(label, FONT_BOLD, 7.5) for label in labels] + [20 * mm]) + 8
        first = min(75 * mm, needed, width - (columns - 1) * 16 * mm)
        rest = (width - first) / max(1, columns - 1)
        widths = [first] + [rest] * (columns - 1)
        header = [
            Paragraph(escape(text), styles["header_figure" if numeric else "header_cell"])
            for text, numeric in zip(data.header, data.numeric, strict=True)
        ]
        body = [[fit(cell, widths[i] - 6, size=7.5) for i, cell in enumerate(row)] for row in data.rows]
        if self.wrap_labels:
            for line, row in zip(body, data.rows, strict=True):
                line[0] = Paragraph(escape(row[0]), styles["label_cell"])
        rows = [header, *body]
        if data.totals is not None:
            rows.append([fit(cell, widths[i] - 6, FONT_BOLD, 7.5) for i, cell in enumerate(data.totals)])
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 1), (-1, -1), FONT, 7.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, numeric in enumerate(data.numeric) if numeric]
        style += [("BACKGROUND", (0, row), (-1, row), STRIPE) for row in range(2, len(body) + 1, 2)]
        if data.totals is not None:
            style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return [Paragraph(escape(data.title), styles["table_heading"]), table]


def chart_drawing(chart: ChartData, width: float) -> Drawing:
    """The chart, its legend and title; a line chart for a series over time, bars for groups."""
    height = CHART_HEIGHT if chart.kind == "line" else max(CHART_HEIGHT, 9 * mm + 6.5 * mm * len(chart.categories))
    drawing = Drawing(width, height)
    # Where a drawing starts its state; left unset, ReportLab names Helvetica in the PDF without embedding it.
    drawing.initialFontName, drawing.initialFontSize = FONT, 7
    drawing.add(String(0, height - 10, chart.title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    series = [list(values) for _name, values in chart.series]
    names = [name for name, _values in chart.series]
    if chart.target is not None:
        series.append([chart.target] * len(chart.categories))
        names.append(chart.target_label)
    if chart.kind == "bar":
        plot = HorizontalBarChart()
        label_width = min(70 * mm, width * 0.4)
        plot.x, plot.y = label_width, 8 * mm
        plot.width, plot.height = width - label_width - 8 * mm, height - 30 * mm
        plot.data = [[value or 0 for value in values] for values in series[: len(chart.series)]]
        plot.categoryAxis.categoryNames = [fit(name, label_width - 4 * mm, size=7) for name in chart.categories]
        plot.categoryAxis.reverseDirection = True
        plot.bars.strokeColor = None
        for index, colour in enumerate(SERIES_COLOURS):
            plot.bars[index].fillColor = colour
    else:
        plot = HorizontalLineChart()
        plot.x, plot.y = 12 * mm, 14 * mm
        plot.width, plot.height = width - 14 * mm, height - 36 * mm
        plot.data = series
        plot.joinedLines = True
        plot.categoryAxis.categoryNames = list(chart.categories)
        plot.categoryAxis.labels.angle = 30 if len(chart.categories) > 8 else 0
        plot.categoryAxis.labels.boxAnchor = "ne" if len(chart.categories) > 8 else "n"
        for index, colour in enumerate(SERIES_COLOURS[: len(chart.series)]):
            plot.lines[index].strokeColor = colour
            plot.lines[index].strokeWidth = 1.6
        if chart.target is not None:
            plot.lines[len(chart.series)].strokeColor = TARGET_COLOUR
            plot.lines[len(chart.series)].strokeDashArray = (4, 3)
            plot.lines[len(chart.series)].strokeWidth = 1
    plot.valueAxis.valueMin = 0
    figures = dict(chart.ticks)
    plot.valueAxis.valueMax = chart.ticks[-1][0]
    plot.valueAxis.valueSteps = [value for value, _figure in chart.ticks]
    plot.valueAxis.labelTextFormat = lambda value: figures.get(value, "")
    if chart.bar_figures:
        plot.barLabelFormat = "values"
        plot.barLabelArray = [list(figures) for figures in chart.bar_figures]
        plot.barLabels.fontName, plot.barLabels.fontSize, plot.barLabels.fillColor = FONT, 6.5, INK
        plot.barLabels.boxAnchor, plot.barLabels.dx = "w", 2
    for axis in (plot.categoryAxis, plot.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = GRID
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.gridStrokeColor = colors.HexColor("#e2e6ea")
    drawing.add(plot)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 7
    legend.x, legend.y = 0, height - 16  # on the line below the title
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = max(stringWidth(name, FONT, 7) for name in names) + 16 if names else 0
    legend.dx = legend.dy = 6
    colours = [*SERIES_COLOURS[: len(chart.series)], *([TARGET_COLOUR] if chart.target is not None else [])]
    legend.colorNamePairs = list(zip(colours, names, strict=False))
    drawing.add(legend)
    return drawing
