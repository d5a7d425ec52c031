"""Training printouts: the attendance list of a session, a certificate of participation, the matrix.

Each renderer takes plain data (the dataclasses below, filled by `desktop.services.training_printouts`)
and returns PDF bytes through `DocumentRenderer`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, TableStyle

from desktop.i18n import _, format_date
from desktop.pdf.base import (
    FONT,
    FONT_BOLD,
    INK,
    LANDSCAPE,
    MUTED,
    PORTRAIT,
    RULE,
    DocumentRenderer,
    Letterhead,
    Table,
    escape,
    fit,
)

HEADER_FILL = colors.HexColor("#34495e")
STRIPE = colors.HexColor("#f3f5f7")
GRID = colors.HexColor("#b8c2cc")


def _table_style(header_rows: int = 1) -> list[tuple]:
    return [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


def _details_table(styles, details: tuple[tuple[str, str], ...], width: float) -> Table:
    rows = [
        [Paragraph(escape(label), styles["label"]), Paragraph(escape(value), styles["body"])]
        for label, value in details
    ]
    table = Table(rows, colWidths=[38 * mm, width - 38 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _chunks(items: list, size: int) -> list[list]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [[]]


# -- attendance list -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetDate:
    day: dt.date
    daypart: str  # translated
    times: str = ""


@dataclass(frozen=True)
class AttendanceSheet:
    training: str
    details: tuple[tuple[str, str], ...]  # (label, value): location, trainer, ...
    dates: tuple[SheetDate, ...]
    people: tuple[tuple[str, str], ...]  # (name, team or learner type)
    blank_rows: int = 3  # for whoever turns up without being on the list


class AttendanceListRenderer(DocumentRenderer):
    """Names down the side, a signature column per date; more dates than fit go on further pages."""

    def __init__(self, letterhead: Letterhead, sheet: AttendanceSheet, **kwargs):
        self.sheet = sheet
        self.page_size = PORTRAIT if len(sheet.dates) <= 4 else LANDSCAPE
        super().__init__(letterhead, **kwargs)

    def title(self) -> str:
        return _("Attendance list")

    def story(self) -> list[Flowable]:
        styles, sheet = self.styles, self.sheet
        width, _height = self.frame_size()
        story: list[Flowable] = [
            Paragraph(escape(_("Attendance list")), styles["title"]),
            Paragraph(escape(sheet.training), styles["heading"]),
            _details_table(styles, sheet.details, width),
            Spacer(1, 4 * mm),
        ]
        per_table = 4 if self.page_size == PORTRAIT else 8
        groups = _chunks(list(sheet.dates), per_table)
        for number, dates in enumerate(groups):
            if number:
                story.append(PageBreak())
                story.append(Paragraph(escape(sheet.training), styles["heading"]))
            if len(groups) > 1:
                first = number * per_table + 1
                text = _("Dates {first} to {last} of {count}").format(
                    first=first, last=first + len(dates) - 1, count=len(sheet.dates)
                )
                story.append(Paragraph(escape(text), styles["muted"]))
            story.append(self._table(dates, width))
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(escape(_("Sign in the column of every date you were present.")), styles["muted"]))
        return story

    def _table(self, dates: list[SheetDate], width: float) -> Table:
        styles = self.styles
        header_style = styles["header_cell"]
        wide = self.page_size == LANDSCAPE
        fixed = [8 * mm, (58 if wide else 48) * mm, (45 if wide else 30) * mm]
        date_width = (width - sum(fixed)) / max(1, len(dates))
        header = [
            Paragraph("#", header_style),
            Paragraph(escape(_("Name")), header_style),
            Paragraph(escape(_("Team")), header_style),
        ]
        for date in dates:
            lines = [format_date(date.day, "EEE d-M-yyyy"), escape(date.daypart), escape(date.times)]
            header.append(Paragraph("<br/>".join(line for line in lines if line), header_style))
        rows = [header]
        for number, (name, detail) in enumerate(self.sheet.people, start=1):
            person = [Paragraph(escape(name), styles["cell"]), Paragraph(escape(detail), styles["cell_small"])]
            rows.append([str(number), *person] + [""] * len(dates))
        rows += [["", "", ""] + [""] * len(dates) for _row in range(self.sheet.blank_rows)]
        table = Table(
            rows,
            colWidths=fixed + [date_width] * len(dates),
            rowHeights=[None] + [10 * mm] * (len(rows) - 1),
            repeatRows=1,
        )
        style = _table_style()
        style += [("FONT", (0, 1), (0, -1), FONT, 8), ("TEXTCOLOR", (0, 1), (0, -1), MUTED)]
        style += [("BACKGROUND", (0, row), (-1, row), STRIPE) for row in range(2, len(rows), 2)]
        table.setStyle(TableStyle(style))
        return table


# -- certificate of participation --------------------------------------------------------------------------


@dataclass(frozen=True)
class Participation:
    name: str
    training: str
    details: tuple[tuple[str, str], ...]  # (label, value): dates, extent, provider, completed, valid until
    modules: tuple[str, ...] = ()


class CertificateRenderer(DocumentRenderer):
    """One page per completed enrolment, to hand out or send: who followed what, when, valid until when."""

    def __init__(self, letterhead: Letterhead, participation: Participation, **kwargs):
        self.participation = participation
        super().__init__(letterhead, **kwargs)

    def title(self) -> str:
        return _("Certificate of participation")

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super().stylesheet()
        centered = styles["centered"]
        styles["big_title"] = ParagraphStyle(
            "big_title", parent=centered, fontName=FONT_BOLD, fontSize=26, leading=32, textColor=INK
        )
        styles["line"] = ParagraphStyle("line", parent=centered, fontSize=11, leading=15, textColor=MUTED)
        styles["name"] = ParagraphStyle("name", parent=centered, fontName=FONT_BOLD, fontSize=21, leading=27)
        styles["training"] = ParagraphStyle("training", parent=centered, fontName=FONT_BOLD, fontSize=15, leading=20)
        return styles

    def draw_header(self, canvas, document) -> None:
        super().draw_header(canvas, document)
        width, height = document.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.2)
        inset = 6 * mm  # outside the letterhead and the footer
        canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
        canvas.restoreState()

    def story(self) -> list[Flowable]:
        styles, data = self.styles, self.participation
        width, _height = self.frame_size()
        story: list[Flowable] = [
            Spacer(1, 22 * mm),
            Paragraph(escape(_("Certificate of participation")), styles["big_title"]),
            Spacer(1, 12 * mm),
            Paragraph(escape(_("This is to certify that")), styles["line"]),
            Spacer(1, 4 * mm),
            Paragraph(escape(data.name), styles["name"]),
            Spacer(1, 4 * mm),
            Paragraph(escape(_("has taken part in")), styles["line"]),
            Spacer(1, 4 * mm),
            Paragraph(escape(data.training), styles["training"]),
            Spacer(1, 12 * mm),
        ]
        modules = tuple((_("Modules") if n == 0 else "", module) for n, module in enumerate(data.modules))
        details = _details_table(styles, data.details + modules, 120 * mm)
        details.hAlign = "CENTER"
        story.append(details)
        story.append(Spacer(1, 28 * mm))
        on_behalf = _("On behalf of {organisation}").format(organisation=self.letterhead.name or _("the organisation"))
        column = (width - 20 * mm) / 2
        signature = Table(
            [
                ["", "", ""],
                [
                    Paragraph(escape(_("Place and date")), styles["muted"]),
                    "",
                    Paragraph(escape(on_behalf), styles["muted"]),
                ],
            ],
            colWidths=[column, 20 * mm, column],
            rowHeights=[16 * mm, None],
        )
        signature.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                    ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(KeepTogether([signature]))
        return story


# -- the training matrix ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixLine:
    name: str
    team: str
    role: str
    cells: tuple[tuple[str, str | None], ...]  # (text, background colour as #rrggbb or None)
    location: str = ""


@dataclass(frozen=True)
class MatrixSheet:
    subtitle: str
    trainings: tuple[str, ...]
    people: tuple[MatrixLine, ...]
    legend: tuple[tuple[str, str], ...]  # (colour, label)


class MatrixRenderer(DocumentRenderer):
    """A4 landscape; when there are more trainings than fit across, the next ones follow on new pages."""

    page_size = LANDSCAPE
    margin = 12 * mm
    rows_per_table = 40  # one table per block: ReportLab splits many small tables much faster than one big one
    name_width, team_width, min_cell_width = 52 * mm, 34 * mm, 21 * mm

    def __init__(self, letterhead: Letterhead, sheet: MatrixSheet, **kwargs):
        self.sheet = sheet
        super().__init__(letterhead, **kwargs)
        width, height = self.frame_size()
        self.per_group = max(1, int((width - self.name_width - self.team_width) // self.min_cell_width))
        groups = max(1, math.ceil(len(sheet.trainings) / self.per_group))
        self._expected_pages = groups * max(1, math.ceil(len(sheet.people) / max(1, int(height // (5.2 * mm)))))

    def title(self) -> str:
        return _("Training matrix")

    def on_page(self, page: int) -> None:
        self.report(0.3 + 0.7 * min(1.0, page / self._expected_pages))

    def story(self) -> list[Flowable]:
        styles, sheet = self.styles, self.sheet
        width, _height = self.frame_size()
        intro: list[Flowable] = [
            Paragraph(escape(_("Training matrix")), styles["title"]),
            Paragraph(escape(sheet.subtitle), styles["muted"]),
            Spacer(1, 2 * mm),
            self._legend(),
            Spacer(1, 3 * mm),
        ]
        story = list(intro)
        groups = _chunks(list(range(len(sheet.trainings))), self.per_group)
        people = list(sheet.people)
        total_blocks = max(1, len(groups) * math.ceil(max(1, len(people)) / self.rows_per_table))
        done = 0
        for number, columns in enumerate(groups):
            if number:
                story.append(PageBreak())
            if len(groups) > 1:
                text = _("Trainings {first} to {last} of {count}").format(
                    first=columns[0] + 1, last=columns[-1] + 1, count=len(sheet.trainings)
                )
                story.append(Paragraph(escape(text), styles["label"]))
                story.append(Spacer(1, 1 * mm))
            cell_width = (width - self.name_width - self.team_width) / max(len(columns), 1)
            cell_width = min(cell_width, 34 * mm)
            for block in _chunks(people, self.rows_per_table):
                story.append(self._table(block, columns, cell_width))
                done += 1
                self.report(0.3 * done / total_blocks)
        if not people:
            story.append(Paragraph(escape(_("Nobody matches the chosen filters.")), styles["body"]))
        return story

    def _legend(self) -> Table:
        cells, widths = [], []
        for _colour, label in self.sheet.legend:
            cells += ["", Paragraph(escape(label), self.styles["small"])]
            widths += [4 * mm, 32 * mm]
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
        for index, (colour, _label) in enumerate(self.sheet.legend):
            style.append(("BACKGROUND", (index * 2, 0), (index * 2, 0), colors.HexColor(colour)))
            style.append(("BOX", (index * 2, 0), (index * 2, 0), 0.4, GRID))
        table.setStyle(TableStyle(style))
        return table

    def _table(self, block: list[MatrixLine], columns: list[int], cell_width: float) -> Table:
        styles = self.styles
        header_style = styles["header_cell"]
        header = [Paragraph(escape(_("Name")), header_style), Paragraph(escape(_("Team")), header_style)]
        header += [Paragraph(escape(self.sheet.trainings[c]), header_style) for c in columns]
        rows = [header]
        style = _table_style()
        style += [("FONT", (0, 1), (-1, -1), FONT, 7), ("TEXTCOLOR", (0, 1), (-1, -1), INK)]
        for row_number, line in enumerate(block, start=1):
            name, team = fit(line.name, self.name_width - 6), fit(line.team, self.team_width - 6)
            rows.append([name, team] + [fit(line.cells[c][0], cell_width - 6) for c in columns])
            for offset, column in enumerate(columns, start=2):
                colour = line.cells[column][1]
                if colour:
                    style.append(("BACKGROUND", (offset, row_number), (offset, row_number), colors.HexColor(colour)))
        table = Table(
            rows,
            colWidths=[self.name_width, self.team_width] + [cell_width] * len(columns),
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(style))
        return table
