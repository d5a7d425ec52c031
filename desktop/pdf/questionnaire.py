"""The studentwaardering on paper: A4, the period's details at the top, per section the questions with a
tick box per answer (the five labels of the scale, yes or no) or lines to write on.

The renderer takes the plain `QuestionnaireDocument` (every text already in the reader's language, made by
`desktop.services.waardering_printout`) and draws it in our own embedded font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from desktop.pdf.base import FONT_BOLD, MUTED, RULE, DocumentRenderer, Letterhead, Table, escape

BOX = "☐"
SHADE = colors.HexColor("#eef1f4")
ANSWER_LINES = 4
LINE_HEIGHT = 8 * mm


@dataclass(frozen=True)
class QuestionLine:
    text: str
    kind: str  # "scale", "yes_no" or "text"


@dataclass(frozen=True)
class QuestionnaireDocument:
    title: str
    intro: str
    details: tuple[tuple[str, str], ...]  # (label, value): who, which period, where
    sections: tuple[tuple[str, tuple[QuestionLine, ...]], ...]
    scale_labels: tuple[str, ...]  # 1 to 5
    yes_no_labels: tuple[str, str]
    closing: str


def details_table(details: tuple[tuple[str, str], ...], styles, width: float) -> Table:
    """Who and what a document is about, label beside value, in a shaded block."""
    rows = [
        [Paragraph(escape(label), styles["label"]), Paragraph(escape(value), styles["cell"])]
        for label, value in details
    ]
    table = Table(rows, colWidths=[42 * mm, width - 42 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class QuestionnaireRenderer(DocumentRenderer):
    def __init__(self, letterhead: Letterhead, document: QuestionnaireDocument, **kwargs):
        self.document = document
        super().__init__(letterhead, **kwargs)

    def title(self) -> str:
        return self.document.title

    def stylesheet(self):
        styles = super().stylesheet()
        styles["choice"] = ParagraphStyle("choice", parent=styles["cell_small"], alignment=TA_CENTER)
        styles["box"] = ParagraphStyle("box", parent=styles["body"], fontSize=13, leading=15, alignment=TA_CENTER)
        return styles

    def story(self) -> list[Flowable]:
        data, styles = self.document, self.styles
        width, _height = self.frame_size()
        story: list[Flowable] = [
            Paragraph(escape(data.title), styles["title"]),
            Paragraph(escape(data.intro), styles["body"]),
            Spacer(1, 3 * mm),
            details_table(data.details, styles, width),
        ]
        for section, questions in data.sections:
            story.append(Spacer(1, 3 * mm))
            if section:
                story.append(Paragraph(escape(section), styles["heading"]))
            scaled = [q for q in questions if q.kind == "scale"]
            for question in questions:
                if question.kind == "scale" and question is scaled[0]:
                    story.append(self._scale_table(scaled, width))
                elif question.kind == "yes_no":
                    story.append(self._yes_no(question, width))
                elif question.kind == "text":
                    story.append(self._open(question, width))
        story += [Spacer(1, 5 * mm), Paragraph(escape(data.closing), styles["muted"])]
        return story

    def _scale_table(self, questions: list[QuestionLine], width: float) -> Table:
        styles, labels = self.styles, self.document.scale_labels
        choice_width = 17 * mm
        header = [""] + [Paragraph(escape(label), styles["choice"]) for label in labels]
        rows = [header] + [
            [Paragraph(escape(q.text), styles["cell"])] + [Paragraph(BOX, styles["box"]) for _label in labels]
            for q in questions
        ]
        table = Table(rows, colWidths=[width - len(labels) * choice_width] + [choice_width] * len(labels), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _yes_no(self, question: QuestionLine, width: float) -> Table:
        styles = self.styles
        yes, no = self.document.yes_no_labels
        boxes = Paragraph(f"{BOX} {escape(yes)}&nbsp;&nbsp;&nbsp;&nbsp;{BOX} {escape(no)}", styles["body"])
        table = Table([[Paragraph(escape(question.text), styles["cell"]), boxes]], colWidths=[width - 50 * mm, 50 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        return table

    def _open(self, question: QuestionLine, width: float) -> Flowable:
        rows = [[Paragraph(escape(question.text), self.styles["cell"])]] + [[""] for _line in range(ANSWER_LINES)]
        table = Table(rows, colWidths=[width], rowHeights=[None] + [LINE_HEIGHT] * ANSWER_LINES)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, MUTED),
                    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                    ("TOPPADDING", (0, 0), (-1, 0), 5),
                ]
            )
        )
        return KeepTogether([table])
