"""A team's scan results for the team meeting: A4, the letterhead, the four capacities as a radar chart (this
round beside the previous one), then the report's tables. The renderer is the reports' own; only the chart
differs, drawn with ReportLab's spider chart in our embedded font."""

from __future__ import annotations

from dataclasses import replace

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from desktop.pdf.base import FONT, FONT_BOLD, INK, MUTED
from desktop.pdf.reports import GRID, SERIES_COLOURS, ChartData, ReportRenderer

RADAR_HEIGHT = 92 * mm
SCALE_TOP = 5


def radar_drawing(chart: ChartData, width: float) -> Drawing:
    """The capacities on spokes from 0 to 5, one filled outline per round, the newest on top."""
    drawing = Drawing(width, RADAR_HEIGHT)
    drawing.initialFontName, drawing.initialFontSize = FONT, 7
    drawing.add(String(0, RADAR_HEIGHT - 10, chart.title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    plot = SpiderChart()
    size = RADAR_HEIGHT - 34 * mm
    plot.x, plot.y = (width - size) / 2, 12 * mm
    plot.width = plot.height = size
    series = list(reversed(chart.series))  # the previous round underneath
    plot.data = [[value or 0 for value in values] for _name, values in series]
    plot.labels = list(chart.categories)
    for index, anchor in enumerate(("s", "w", "n", "e")):  # top, right, bottom, left: beside the rim, not on it
        plot.spokeLabels[index].boxAnchor = anchor
        plot.spokes[index].labelRadius = 1.06
    plot.spokeLabels.fontName, plot.spokeLabels.fontSize, plot.spokeLabels.fillColor = FONT, 8, INK
    plot.spokes.strokeColor = GRID
    plot.strands.strokeWidth = 1.4
    colours = list(reversed(SERIES_COLOURS[: len(chart.series)]))
    for index, colour in enumerate(colours):
        plot.strands[index].strokeColor = colour
        plot.strands[index].fillColor = colour.clone(alpha=0.18) if hasattr(colour, "clone") else None
    plot.strandLabels.fontName = FONT
    # One fixed scale for every team and round: 0 in the middle, 5 at the rim.
    plot.data.append([SCALE_TOP] * len(chart.categories))
    plot.strands[len(series)].strokeColor = None
    plot.strands[len(series)].fillColor = None
    drawing.add(plot)
    for step in range(1, SCALE_TOP + 1):
        drawing.add(
            String(width / 2 + 2, plot.y + size / 2 + size / 2 * step / SCALE_TOP - 3, str(step), fontName=FONT,
                   fontSize=6, fillColor=MUTED)
        )  # fmt: skip
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 7
    legend.x, legend.y = 0, RADAR_HEIGHT - 16
    legend.alignment = "right"
    legend.columnMaximum = 1
    names = [name for name, _values in chart.series]
    legend.deltax = max(stringWidth(name, FONT, 7) for name in names) + 16
    legend.dx = legend.dy = 6
    legend.colorNamePairs = list(zip(SERIES_COLOURS, names, strict=False))
    drawing.add(legend)
    return drawing


class ClimateRenderer(ReportRenderer):
    wrap_labels = True  # the statements are sentences, read whole at the team meeting

    def story(self) -> list[Flowable]:
        chart = self.document.chart
        if chart is None or self.document.empty:
            return super().story()
        # The reports' story without their own chart, the radar put where that chart would stand.
        self.document = replace(self.document, chart=None)
        story = super().story()
        width, _height = self.frame_size()
        at = 2 + len(self.document.notes)
        return [*story[:at], Spacer(1, 4 * mm), radar_drawing(chart, width), *story[at:]]
