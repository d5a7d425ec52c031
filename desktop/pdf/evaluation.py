"""An evaluation on paper (A4): the talk at the end of a BPV period, or the yearly evaluation of the
cooperation with a school. The details at the top in a shaded block, then each part under its heading as
written, with an empty part said to be empty rather than left out.

The renderer takes the plain `EvaluationDocument` (every text already in the reader's language, made by
`desktop.services.evaluation_printouts`) and draws it in our own embedded font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.pdf.base import DocumentRenderer, Letterhead, escape
from desktop.pdf.questionnaire import details_table


@dataclass(frozen=True)
class EvaluationDocument:
    title: str
    details: tuple[tuple[str, str], ...]  # (label, value)
    parts: tuple[tuple[str, str], ...]  # (heading, the words written down)
    empty: str  # what an empty part says
    closing: str = ""


class EvaluationRenderer(DocumentRenderer):
    def __init__(self, letterhead: Letterhead, document: EvaluationDocument, **kwargs):
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
        for heading, words in data.parts:
            story.append(Spacer(1, 3 * mm))
            story.append(Paragraph(escape(heading), styles["heading"]))
            paragraphs = [line for line in words.split("\n") if line.strip()]
            if not paragraphs:
                story.append(Paragraph(escape(data.empty), styles["muted"]))
            story += [Paragraph(escape(line), styles["body"]) for line in paragraphs]
        if data.closing:
            story += [Spacer(1, 5 * mm), Paragraph(escape(data.closing), styles["muted"])]
        return story
