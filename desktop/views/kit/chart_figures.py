"""The figures of a QtCharts chart in the language's notation ("0,5", "12,5%"), as the PDF prints them: QtCharts
formats numbers itself, in C notation, so the value axis is drawn as a category axis with a label per tick and
the figures beside bars are drawn as text items. Both come from `report_export`, which the PDF uses too."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QCategoryAxis, QChart
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from desktop.services.report_export import bar_figures, chart_ticks
from desktop.services.reports import Chart

GAP = 4  # pixels between a bar's end and its figure


def figure_axis(chart: Chart, scale: float = 1.0) -> QCategoryAxis:
    """The value axis of `chart` from 0 to its last tick, each tick named (values drawn `scale` times theirs)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    ticks = chart_ticks(chart)
    axis.setStartValue(0)
    for value, figure in ticks:
        axis.append(figure, value * scale)
    axis.setRange(0, ticks[-1][0] * scale)
    return axis


def label_bars(drawing: QChart, bars: QAbstractBarSeries, chart: Chart, order: list[int], scale: float = 1.0):
    """Write each bar's figure beside it (none where the figure is hidden), kept in place when the chart is
    resized. `order` gives the category drawn at each position. Returns the text items."""
    items = []
    for index, (series, figures) in enumerate(zip(chart.series, bar_figures(chart), strict=True)):
        for position, category in enumerate(order):
            if figures[category]:
                item = QGraphicsSimpleTextItem(figures[category], drawing)
                items.append((item, series.values[category] * scale, position, index))
    count = len(chart.series)

    def place() -> None:
        for item, value, position, index in items:
            # Bars of one category stand side by side within its band: the set's own bar is offset in it.
            offset = ((index + 0.5) / count - 0.5) * bars.barWidth() if count > 1 else 0.0
            point = drawing.mapToPosition(QPointF(value, position + offset), bars)
            item.setPos(point.x() + GAP, point.y() - item.boundingRect().height() / 2)

    drawing.plotAreaChanged.connect(place)
    return [item for item, *_rest in items]
