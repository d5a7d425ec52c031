"""The four capacities as a radar chart on screen (QtCharts' polar chart): one closed line per round, the
scale fixed from 0 to 5 so that teams and years compare at a glance."""

from __future__ import annotations

from desktop.i18n import _
from desktop.pdf.chart_colours import SERIES

SCALE_TOP = 5


def radar_chart(chart_data):
    """A QPolarChart of a report's "radar" chart, or an empty chart saying why there is nothing to draw."""
    from PySide6.QtCharts import QCategoryAxis, QLineSeries, QPolarChart, QValueAxis
    from PySide6.QtGui import QColor, QPen

    chart = QPolarChart()
    if chart_data is None:
        chart.setTitle(_("Nothing to draw: fewer than 5 responses."))
        chart.legend().hide()
        return chart
    chart.setTitle(chart_data.title)
    spokes = len(chart_data.categories)
    angles = QCategoryAxis()
    angles.setRange(0, spokes)
    angles.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for index, name in enumerate(chart_data.categories):
        angles.append(name, index)
    radius = QValueAxis()
    radius.setRange(0, SCALE_TOP)
    radius.setTickCount(SCALE_TOP + 1)
    radius.setLabelFormat("%d")
    chart.addAxis(angles, QPolarChart.PolarOrientation.PolarOrientationAngular)
    chart.addAxis(radius, QPolarChart.PolarOrientation.PolarOrientationRadial)
    for colour, series_data in zip(SERIES, chart_data.series, strict=False):
        line = QLineSeries()
        line.setName(series_data.name)
        values = [value or 0.0 for value in series_data.values]
        for index, value in enumerate([*values, values[0]]):  # closed: back to the first spoke
            line.append(index, value)
        line.setPen(QPen(QColor(colour), 2.5))
        chart.addSeries(line)
        line.attachAxis(angles)
        line.attachAxis(radius)
    return chart
