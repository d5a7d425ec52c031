"""A grid of plain-text cells drawn straight on the canvas: the form's score, werkproces, step and label
tables, which ReportLab's `Table` laid out and drew with a style engine most of whose work (a style per
cell, resolved for every command, spans looked up per line) such a fixed grid never uses.

It lays out and draws the way `Table` does for the styles the forms give it (row heights from lines,
leading and paddings; text placed by alignment and vertical alignment; backgrounds, then text, then
rules), so the printed forms look as they did, and it splits between rows across pages with its
header rows repeated, as a `Table` with `repeatRows` does: never inside its header, and not at all when
not even the header and one row fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class CellStyle:
    """How a cell's text is set: its font, colour, place in the cell and room around it."""

    font: str
    size: float
    leading: float
    colour: Color
    align: str = "LEFT"  # or "CENTER"
    valign: str = "MIDDLE"  # or "TOP" or "BOTTOM"
    left: float = 3
    right: float = 3
    top: float = 3
    bottom: float = 3


@dataclass(frozen=True)
class GridRow:
    """One row: a text per column (its lines joined by newlines) and a style per column.

    `spans` are (first, last) columns that make one cell, whose text is the first column's; `fill`
    colours the whole row; `rule_above` is a (width, colour) line over the whole row."""

    cells: tuple[str, ...]
    styles: tuple[CellStyle, ...]
    spans: tuple[tuple[int, int], ...] = ()
    fill: Color | None = None
    rule_above: tuple[float, Color] | None = None

    def height(self) -> float:
        return max(
            (cell.count("\n") + 1) * style.leading + style.top + style.bottom
            for cell, style in zip(self.cells, self.styles, strict=True)
        )


class Grid(Flowable):
    """Rows of text in columns of fixed widths, with either every cell ruled (`ruled="grid"`) or a rule
    under each row (`ruled="below"`), in `rule` (width, colour); the first `header` rows come back at the
    top of every part the grid is split into."""

    hAlign = "CENTER"  # noqa: N815 - ReportLab's name; as a Table is placed

    def __init__(
        self,
        widths: Sequence[float],
        rows: Sequence[GridRow],
        *,
        rule: tuple[float, Color],
        ruled: str = "grid",
        header: int = 0,
        heights: Sequence[float] | None = None,
    ):
        super().__init__()
        self.widths, self.rows, self.rule, self.ruled, self.header = tuple(widths), list(rows), rule, ruled, header
        self.heights = list(heights) if heights is not None else [row.height() for row in self.rows]
        self.width, self.height = sum(self.widths), sum(self.heights)
        positions = [0.0]
        for column_width in self.widths:
            positions.append(positions[-1] + column_width)
        self.positions = positions

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def split(self, available_width, available_height):
        """The rows that fit in `available_height` and the rest under the header again; nothing when the
        header and one row do not fit, the grid itself when it fits whole."""
        used, fitting = 0.0, 0
        for height in self.heights:
            if used + height > available_height:
                break
            used += height
            fitting += 1
        if fitting <= self.header:
            return []
        if fitting == len(self.rows):
            return [self]
        header, heights = self.rows[: self.header], self.heights[: self.header]
        options = {"rule": self.rule, "ruled": self.ruled, "header": self.header}
        return [
            Grid(self.widths, self.rows[:fitting], heights=self.heights[:fitting], **options),
            Grid(self.widths, header + self.rows[fitting:], heights=heights + self.heights[fitting:], **options),
        ]

    def start_height(self) -> float:
        """The header rows and the first row after them: what a heading should keep with it."""
        return sum(self.heights[: self.header + 1])

    # -- drawing ---------------------------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        tops = [self.height]
        for height in self.heights:
            tops.append(tops[-1] - height)
        for row, top, bottom in zip(self.rows, tops, tops[1:], strict=False):
            if row.fill is not None:
                canvas.setFillColor(row.fill)
                canvas.rect(0, top, self.width, bottom - top, stroke=0, fill=1)
        self._draw_text(tops)
        self._draw_rules(tops)
        canvas.restoreState()

    def _draw_text(self, tops: list[float]) -> None:
        canvas, positions = self.canv, self.positions
        current: CellStyle | None = None  # the style whose colour and font the canvas has
        for row, top, row_height in zip(self.rows, tops, self.heights, strict=False):
            bottom = top - row_height
            ends = dict(row.spans)
            hidden = {column for first, last in row.spans for column in range(first + 1, last + 1)}
            for column, (text, style) in enumerate(zip(row.cells, row.styles, strict=True)):
                if not text or column in hidden:
                    continue
                if style is not current:
                    if current is None or style.colour != current.colour:
                        canvas.setFillColor(style.colour)
                    if current is None or (style.font, style.size, style.leading) != (
                        current.font,
                        current.size,
                        current.leading,
                    ):
                        canvas.setFont(style.font, style.size, style.leading)
                    current = style
                lines = text.split("\n") if "\n" in text else (text,)
                left, right = positions[column], positions[ends.get(column, column) + 1]
                if style.valign == "TOP":
                    y = top - style.top - style.size
                elif style.valign == "BOTTOM":
                    y = bottom + style.bottom + len(lines) * style.leading - style.size
                else:
                    y = bottom + (style.bottom + row_height - style.top + len(lines) * style.leading) / 2 - style.size
                if style.align == "CENTER":
                    x = left + (right - left + style.left - style.right) * 0.5
                    for line in lines:
                        canvas.drawCentredString(x, y, line)
                        y -= style.leading
                else:
                    for line in lines:
                        canvas.drawString(left + style.left, y, line)
                        y -= style.leading

    def _draw_rules(self, tops: list[float]) -> None:
        canvas, positions, width = self.canv, self.positions, self.width
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        weight, colour = self.rule
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(weight)
        if self.ruled == "below":
            for bottom in tops[1:]:
                canvas.line(0, bottom, width, bottom)
        else:
            for y in tops:
                canvas.line(0, y, width, y)
            for column, x in enumerate(positions):
                self._draw_column_rule(column, x, tops)
        for row, top in zip(self.rows, tops, strict=False):
            if row.rule_above is not None:
                canvas.setLineWidth(row.rule_above[0])
                canvas.setStrokeColor(row.rule_above[1])
                canvas.line(0, top, width, top)

    def _draw_column_rule(self, column: int, x: float, tops: list[float]) -> None:
        """The rule at the left of `column`, from the bottom up, broken where a span covers it."""
        segment_bottom = None  # the bottom of the piece being drawn, going up
        for index in range(len(self.rows) - 1, -1, -1):
            row, bottom = self.rows[index], tops[index + 1]
            spanned = any(first < column <= last for first, last in row.spans)
            if spanned:
                if segment_bottom is not None:
                    self.canv.line(x, segment_bottom, x, bottom)
                    segment_bottom = None
            elif segment_bottom is None:
                segment_bottom = bottom
        if segment_bottom is not None:
            self.canv.line(x, segment_bottom, x, tops[0])
