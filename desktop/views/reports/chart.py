"""A report's chart drawn with QtCharts: lines for a figure over time (with the norm as a dashed line), horizontal
bars for groups; the colours are those of the PDF, so screen and paper look alike."""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.pdf import chart_colours
from desktop.services.report_export import hidden_text
from desktop.services.reports import Chart
from desktop.views.kit.chart_figures import figure_axis, label_bars


class ReportChartView(QChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 220)
        self.shown: Chart | None = None
        self.draw(None)

    def draw(self, chart: Chart | None) -> None:
        """Show `chart` (None: an empty chart, while a report is being made or could not be)."""
        self.shown = chart
        drawing = QChart()
        drawing.setMargins(QMargins(4, 4, 4, 4))
        drawing.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if chart is not None and chart.categories:
            drawing.setTitle(chart.title)
            if chart.kind == "bar":
                _bars(drawing, chart)
            else:
                _lines(drawing, chart)
        old = self.chart()
        self.setChart(drawing)
        if old is not None:
            old.deleteLater()

    def series_names(self) -> list[str]:
        """The names in the legend: of each line, or of each set of bars."""
        names = []
        for series in self.chart().series():
            sets = series.barSets() if hasattr(series, "barSets") else None
            names += [bar_set.label() for bar_set in sets] if sets is not None else [series.name()]
        return names


def _scale(chart: Chart) -> float:
    return 100.0 if chart.unit == "share" else 1.0


def _lines(drawing: QChart, chart: Chart) -> None:
    scale = _scale(chart)
    # Each label on its own point (a bar axis puts them between points, and askew they drift off them).
    categories = QCategoryAxis()
    categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for position, name in enumerate(chart.categories):
        categories.append(escape(name), position)
    categories.setRange(-0.3, len(chart.categories) - 0.7)
    categories.setTruncateLabels(False)
    categories.setGridLineVisible(False)
    if len(chart.categories) > 12:
        categories.setLabelsAngle(-45)
    axis = figure_axis(chart, scale)
    drawing.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    drawing.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    lines = []
    for index, series in enumerate(chart.series):
        line = QLineSeries()
        line.setName(series.name)
        # A month or quarter without a figure (nothing to divide by) is left out; the line joins its neighbours.
        for position, value in enumerate(series.values):
            if value is not None:
                line.append(position, value * scale)
        pen = QPen(QColor(chart_colours.SERIES[index % len(chart_colours.SERIES)]), 2.2)
        line.setPen(pen)
        line.setPointsVisible(len(chart.categories) <= 16)
        lines.append(line)
    if chart.target is not None:
        target = QLineSeries()
        target.setName(chart.target_label)
        target.append(0, chart.target * scale)
        target.append(max(len(chart.categories) - 1, 0), chart.target * scale)
        pen = QPen(QColor(chart_colours.TARGET), 1.5, Qt.PenStyle.DashLine)
        target.setPen(pen)
        lines.append(target)
    for line in lines:
        drawing.addSeries(line)
        line.attachAxis(categories)
        line.attachAxis(axis)


def _bars(drawing: QChart, chart: Chart) -> None:
    scale = _scale(chart)
    hidden = hidden_text()
    # Reversed, so that the first group stands at the top as in the table; a hidden figure gets no bar and says so.
    order = list(reversed(range(len(chart.categories))))
    names = []
    for position in order:
        name = chart.categories[position]
        if all(series.values[position] is None for series in chart.series):
            name = f"({hidden}) {name}"  # in front: a long name is cut short at its end
        names.append(name)
    bars = QHorizontalBarSeries()
    for index, series in enumerate(chart.series):
        bar_set = QBarSet(series.name)
        bar_set.setColor(QColor(chart_colours.SERIES[index % len(chart_colours.SERIES)]))
        bar_set.setBorderColor(Qt.GlobalColor.transparent)
        for position in order:
            value = series.values[position]
            bar_set.append(value * scale if value is not None else 0.0)
        bars.append(bar_set)
    drawing.addSeries(bars)
    categories = QBarCategoryAxis()
    categories.append([escape(name) for name in names])  # axis labels are rich text: "< 5" would open a tag
    categories.setTruncateLabels(False)  # else QtCharts shortens every name to "..." when the bars stand close
    axis = figure_axis(chart, scale)
    drawing.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    drawing.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(categories)
    bars.attachAxis(axis)
    label_bars(drawing, bars, chart, order, scale)
    if len(chart.series) == 1:
        drawing.legend().hide()  # the title names the one series
