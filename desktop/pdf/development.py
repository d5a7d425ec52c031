"""A staff member's development record on paper (A4): who they are in a shaded block, then each part of the
record (talks, enrolments, certificates, coaching, the leertraject, the praktijkopleider's figures) as a
table under its heading, with an empty part said to be empty rather than left out.

The renderer takes the plain `RecordDocument` (every text already in the reader's language, made by
`desktop.services.development_record`) and draws it in our own embedded font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from desktop.pdf.base import DocumentRenderer, Letterhead, Table, escape
from desktop.pdf.questionnaire import details_table

HEADER_FILL = colors.HexColor("#34495e")
STRIPE = colors.HexColor("#f3f5f7")
GRID = colors.HexColor("#b8c2cc")


@dataclass(frozen=True)
class RecordSection:
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the page's width, one per column
    counted: bool = True  # a list of records (their number means something), not a table of facts


@dataclass(frozen=True)
class RecordDocument:
    title: str
    details: tuple[tuple[str, str], ...]
    sections: tuple[RecordSection, ...]
    empty: str
    closing: str = ""


class RecordRenderer(DocumentRenderer):
    def __init__(self, letterhead: Letterhead, document: RecordDocument, **kwargs):
        self.document = document
        super().__init__(letterhead, **kwargs)

    def title(self) -> str:
        return self.document.title

    def story(self) -> list[Flowable]:
        data, styles = self.document, self.styles
        width, _height = self.frame_size()
        story: list[Flowable] = [
            Paragraph(escape(data.title), styles["title"]),
            Spacer(1, 2 * mm),
            details_table(data.details, styles, width),
        ]
        for section in data.sections:
            story.append(Spacer(1, 3 * mm))
            heading = Paragraph(escape(section.heading), styles["heading"])
            if not section.rows:
                story.append(KeepTogether([heading, Paragraph(escape(data.empty), styles["muted"])]))
                continue
            # A heading never stands alone at the foot of a page: it goes over with (the start of) its table.
            story.append(KeepTogether([heading, self._table(section, width)]))
        if data.closing:
            story += [Spacer(1, 5 * mm), Paragraph(escape(data.closing), styles["muted"])]
        return story

    def _table(self, section: RecordSection, width: float) -> Table:
        styles = self.styles
        header = [Paragraph(escape(column), styles["header_cell"]) for column in section.columns]
        body = [[Paragraph(escape(cell), styles["cell"]) for cell in row] for row in section.rows]
        table = Table([header, *body], colWidths=[width * share for share in section.widths], repeatRows=1)
        commands = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        commands += [("BACKGROUND", (0, row), (-1, row), STRIPE) for row in range(2, len(body) + 1, 2)]
        table.setStyle(TableStyle(commands))
        return table
