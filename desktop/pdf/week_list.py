"""A praktijkopleider's week list (or any part of the agenda): what is overdue, then day by day what is due.

The renderer takes the plain `WeekList` (filled by `desktop.services.week_list`) and returns PDF bytes
through `DocumentRenderer`: A4 portrait, the organisation's letterhead, a box to tick on each line so
the printed list can be worked through with a pen.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from desktop.i18n import _
from desktop.pdf.base import FONT, INK, MUTED, DocumentRenderer, Letterhead, Table, escape, fit

LATE = colors.HexColor("#b3261e")
HEADER_FILL = colors.HexColor("#34495e")
STRIPE = colors.HexColor("#f3f5f7")
GRID = colors.HexColor("#b8c2cc")
CELL_SIZE, KIND_SIZE = 8, 7


@dataclass(frozen=True)
class WeekLine:
    when: str  # the due date as printed (a weekday and date for what is overdue, empty within a day)
    kind: str
    who: str
    what: str
    by: str  # who acts on it, when that is not the praktijkopleider: "Werkbegeleider Wim Vossen"
    late: bool = False


@dataclass(frozen=True)
class WeekSection:
    title: str
    lines: tuple[WeekLine, ...]
    late: bool = False


@dataclass(frozen=True)
class WeekList:
    title: str  # "Week list of Hélène in 't Zandt"
    trainer: str  # empty for the agenda of more than one praktijkopleider
    week: str  # "Week 47 · 16 – 22 november 2026"
    summary: str  # "14 learners · 23 items, 5 of them overdue"
    sections: tuple[WeekSection, ...]
    empty: str  # what the list says when there is nothing


class WeekListRenderer(DocumentRenderer):
    def __init__(self, letterhead: Letterhead, week_list: WeekList, **kwargs):
        self.week_list = week_list
        super().__init__(letterhead, **kwargs)

    def title(self) -> str:
        return _("Week list") if self.week_list.trainer else _("Agenda")

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super().stylesheet()
        styles["section"] = ParagraphStyle(
            "section", parent=styles["heading"], fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3
        )
        styles["late_section"] = ParagraphStyle("late_section", parent=styles["section"], textColor=LATE)
        styles["late_cell"] = ParagraphStyle("late_cell", parent=styles["cell"], textColor=LATE)
        styles["cell_muted"] = ParagraphStyle("cell_muted", parent=styles["cell"], fontSize=7.5, textColor=MUTED)
        return styles

    def story(self) -> list[Flowable]:
        styles, data = self.styles, self.week_list
        story: list[Flowable] = [
            Paragraph(escape(data.title), styles["title"]),
            Paragraph(escape(data.week), styles["heading"]),
            Paragraph(escape(data.summary), styles["muted"]),
            Spacer(1, 2 * mm),
        ]
        if not data.sections:
            story.append(Paragraph(escape(data.empty), styles["body"]))
        for section in data.sections:
            heading = Paragraph(escape(section.title), styles["late_section" if section.late else "section"])
            table = self._table(section)
            # A heading with at least its first lines; a long day goes on over the page with its header row.
            story.append(KeepTogether([heading, table]) if len(section.lines) <= 12 else heading)
            if len(section.lines) > 12:
                story.append(table)
        return story

    def _table(self, section: WeekSection) -> Flowable:
        """One line per item. Only "what" may wrap; the other cells are one line of plain text, which keeps a
        long list quick to lay out."""
        styles = self.styles
        width, _height = self.frame_size()
        dated = any(line.when for line in section.lines)
        fixed = [6 * mm, *([27 * mm] if dated else []), 25 * mm, 40 * mm]
        header = ["", *([_("Due")] if dated else []), _("Kind"), _("Who"), _("What")]
        rows: list[list] = [[Paragraph(escape(text), styles["header_cell"]) for text in header]]
        first = len(fixed) - 3  # the column of the due date, or of the kind
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("FONT", (1, 1), (-1, -1), FONT, CELL_SIZE),
            ("LEADING", (1, 1), (-1, -1), CELL_SIZE + 2.5),
            ("TEXTCOLOR", (1, 1), (-1, -1), INK),
            ("FONT", (first + 1, 1), (first + 1, -1), FONT, KIND_SIZE),
            ("TEXTCOLOR", (first + 1, 1), (first + 1, -1), MUTED),
        ]
        for number, line in enumerate(section.lines, start=1):
            what = escape(line.what)
            if line.by:
                what += f'<br/><font size="7.5" color="#5f6b7a">{escape(line.by)}</font>'
            when = [fit(line.when, fixed[1] - 6, size=CELL_SIZE)] if dated else []
            rows.append(
                [
                    "",
                    *when,
                    fit(line.kind, fixed[first + 1] - 6, size=KIND_SIZE),
                    fit(line.who, fixed[first + 2] - 6, size=CELL_SIZE),
                    Paragraph(what, styles["late_cell" if line.late else "cell"]),
                ]
            )
            if line.late:
                style.append(("TEXTCOLOR", (1, number), (-2, number), LATE))
        style += [("BACKGROUND", (0, row), (-1, row), STRIPE) for row in range(2, len(rows), 2)]
        table = Table(rows, colWidths=[*fixed, width - sum(fixed)], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return _TickBoxes(table)


class _TickBoxes(Flowable):
    """A table with an empty square in the first column of every line but the header, to tick on paper."""

    def __init__(self, table: Table):
        super().__init__()
        self.table = table

    def wrap(self, available_width, available_height):
        self.width, self.height = self.table.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width, available_height):
        # Every part of a split table starts with the header row again (repeatRows).
        return [_TickBoxes(part) for part in self.table.split(available_width, available_height)]

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)
        canvas, size = self.canv, 2.8 * mm
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        heights = self.table._rowHeights
        y = self.height - heights[0]
        for height in heights[1:]:
            canvas.rect(1.6 * mm, y - 2.2 * mm - size / 2, size, size)
            y -= height
        canvas.restoreState()

    def getSpaceAfter(self):  # noqa: N802 - ReportLab's name
        return 1.5 * mm
