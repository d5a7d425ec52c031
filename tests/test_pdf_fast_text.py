"""The short ways our PDF canvas writes text give the very bytes ReportLab's own ways give."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf.base import FONT, FONT_BOLD, NumberedCanvas, register_fonts

TEXTS = (
    "Zoë Çelik", "", "Dragan Đorđević (BF-2026-00042) \\ back", "Ørjan Ærø",  # Ø and Æ are not among the common ones
    "中文 and Ş", "no\u00a0break", "Łukasz ✓ ⚠ €", "Ørjan again, then ø", "plain ASCII 0123",
)  # fmt: skip


def _canvas() -> NumberedCanvas:
    register_fonts()
    return NumberedCanvas(io.BytesIO(), footer=lambda canvas, page, pages: None)


@pytest.mark.parametrize("font_name", [FONT, FONT_BOLD])
def test_strings_are_encoded_as_reportlab_encodes_them_character_by_character(font_name):
    ours, theirs = _canvas(), _canvas()
    font = pdfmetrics.getFont(font_name)
    for text in TEXTS:
        assert font.splitString(text, ours._doc) == TTFont.splitString(font, text, theirs._doc), text
    assert font.state[ours._doc].assignments == font.state[theirs._doc].assignments


def test_strings_are_drawn_with_the_operators_reportlab_writes():
    ours, theirs = _canvas(), _canvas()
    for size, font_name in ((9, FONT), (7.5, FONT_BOLD)):
        for canvas in (ours, theirs):
            canvas.setFont(font_name, size, size * 1.2)
        for number, text in enumerate(TEXTS):
            ours.drawString(10 + number, 700.25, text)
            Canvas.drawString(theirs, 10 + number, 700.25, text)
            ours.drawRightString(500, 600 - number, text)
            Canvas.drawRightString(theirs, 500, 600 - number, text)
            ours.drawCentredString(300.5, 500, text)
            Canvas.drawCentredString(theirs, 300.5, 500, text)
    assert ours._code == theirs._code
