"""BPV forms on paper: a practice assignment or an assessment form, as the school's BPV supervisor gets it;
and the intake agreement of a coaching trajectory, which participant, coach and manager sign alike.

`render_form` turns a `FormDocument` (plain, already translated values, see `form_data`) into PDF
bytes; `render_forms` does the same for a batch. The renderer's own labels speak the form's
language, whatever language the window speaks, so a worker thread can print Dutch and English forms
side by side. Every page carries the form number, the start of the content hash and "page x of y",
so a loose page can be matched to its form and to the version that was signed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import itertools
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from desktop import images
from desktop.i18n import N_, Translator, translator
from desktop.pdf import RenderCancelledError
from desktop.pdf.base import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    DocumentRenderer,
    Letterhead,
    Slot,
    Table,
    Template,
    cut,
    escape,
    fit,
)
from desktop.pdf.form_data import FormDocument, SignatureBlock
from desktop.pdf.grid import CellStyle, Grid, GridRow

log = logging.getLogger(__name__)

HEADER_FILL = colors.HexColor("#34495e")  # as the training printouts
GRID = colors.HexColor("#b8c2cc")
HAIRLINE = colors.HexColor("#dde3e9")
TINT = colors.HexColor("#f3f5f7")
WARNING = colors.HexColor("#b42318")
WARNING_TINT = colors.HexColor("#fdecea")

HASH_LENGTH = 12  # hex characters of the content hash on every page: enough to tell versions apart
TICK = "✓"
# The four scores in print order; a row's score (translated, as the form holds it) finds its column
# by these labels in the form's language.
SCORE_COLUMNS = (N_("Insufficient"), N_("Sufficient"), N_("Good"), N_("Not applicable"))
LONG_WARNING = N_(
    "The content of this form was changed after it was signed: the signatures below do not apply to this version. "
    "Have it signed again."
)
SHORT_WARNING = N_("Changed after signing: the signatures do not apply to this content")


@dataclass(frozen=True)
class _Picture:
    """A PNG ready for any PDF: its image object and the soft mask of its transparency, each compressed
    and formatted once."""

    key: str
    width: int
    height: int
    image: Template | None = None  # slot 0: the soft mask, when there is one
    mask: Template | None = None
    jpeg: ImageReader | None = None  # a JPEG goes into the PDF as it is, by ReportLab


@functools.lru_cache(maxsize=64)
def _picture(data: bytes) -> _Picture | None:
    """One decoded, compressed picture per distinct image: a batch prints the same logo and often the
    same signatures many times, and ReportLab would decode, compress and format each in every document.

    Bounded, so a long batch keeps its memory flat."""
    if images.too_many_pixels(data):  # stored before pictures were bounded; decoded it would fill the memory
        log.warning("Image not printed: more than %d pixels", images.MAX_PIXELS)
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        if reader.jpeg_fh():  # a photo for a logo: no decoding and compressing, and no transparency
            return _Picture("", *reader.getSize(), jpeg=reader)
        pixels = reader.getRGBData()
        alpha = reader._dataA.getRGBData() if reader._dataA else None
        width, height = reader.getSize()
        color_space = {"RGB": "DeviceRGB", "L": "DeviceGray", "CMYK": "DeviceCMYK"}[reader.mode]
    except Exception as error:  # noqa: BLE001 - a damaged picture must not stop the printout
        log.warning("Image not printed: %s", type(error).__name__)
        return None
    key = "img" + hashlib.sha1(data, usedforsecurity=False).hexdigest()
    image = _image_object(key, width, height, color_space, zlib.compress(pixels))
    mask = None
    if alpha:
        mask = _image_object(key + "a", width, height, "DeviceGray", zlib.compress(alpha))
        mask._decode = [0, 1]
        image.smask = Slot(0)
    return _Picture(key, width, height, cut(image), cut(mask) if mask else None)


def _draw_picture(canvas: Canvas, picture: _Picture, x: float, y: float, width: float, height: float) -> None:
    """`canvas.drawImage(..., mask="auto")` for a cached picture: the same PDF objects (an image with
    its alpha channel as soft mask), written from bytes made once instead of once per form."""
    if picture.jpeg is not None:
        canvas.drawImage(picture.jpeg, x, y, width, height)
        return
    document = canvas._doc
    name = document.getXObjectName(picture.key)
    if name not in document.idToObject:
        mask = None
        if picture.mask is not None:
            mask = document.Reference(picture.mask.fill(), document.getXObjectName(picture.key + "a"))
        document.addForm(picture.key, picture.image.fill(mask))
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{name} Do")
    canvas.restoreState()
    canvas._formsinuse.append(picture.key)
    canvas._currentPageHasImages = 1


def _image_object(key: str, width: int, height: int, color_space: str, stream: bytes) -> PDFImageXObject:
    image = PDFImageXObject(key)
    image.width, image.height, image.colorSpace, image.bitsPerComponent = width, height, color_space, 8
    image.streamContent, image._filters, image.mask = stream, ("FlateDecode",), None
    return image


@functools.lru_cache(maxsize=256)
def _parsed(text: str, style: ParagraphStyle) -> tuple[ParagraphStyle, list]:
    paragraph = Paragraph(text, style)
    return paragraph.style, paragraph.frags


def _label(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of a heading or label, its markup parsed once per process: the same few come back in
    every form of a batch (`style` one of the shared stylesheet's, see `FormRenderer.stylesheet`)."""
    parsed_style, fragments = _parsed(text, style)
    return Paragraph(text, parsed_style, frags=fragments)


def _paragraph_text(text: str) -> str:
    """Typed text for a Paragraph: XML escaped, line breaks kept."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


@functools.lru_cache(maxsize=2048)
def _wrapped(text: str, font: str, size: float, width: float) -> str:
    """`text` broken at spaces (and within a word too long for a line) into lines of at most `width`,
    joined by newlines as a table cell takes them. Remembered: werkprocessen, labels and names come
    back in form after form."""
    return "\n".join(_lines(text, font, size, width))


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    lines = []
    for line in simpleSplit(text, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


@functools.lru_cache(maxsize=256)
def _long_date(tr: Translator, day: dt.date) -> str:
    """`day` written out in `tr`'s language: a batch prints the same few dates on form after form."""
    return tr.format_date(day, "long")


def _pack(items: Iterable[str], width: float, font: str, size: float) -> list[str]:
    """Items joined with " · " into lines of at most `width` points, never breaking an item."""
    lines: list[str] = []
    for item in items:
        joined = f"{lines[-1]} · {item}" if lines else item
        if lines and stringWidth(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(item)
    return lines


@functools.lru_cache(maxsize=64)
def _header_lines(
    name: str, lines: tuple[str, ...], sbb: str, title: str, room: float, title_width: float
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The letterhead's name and lines, and the title's lines, as they fit side by side in `room` points:
    the same on every page of every form with the same title, so measured once for a batch.

    The title takes the room the organisation's lines leave it, in at most two lines."""
    wanted = max(
        stringWidth(name, FONT_BOLD, 11), stringWidth(" · ".join(lines), FONT, 7.5), stringWidth(sbb, FONT, 7.5)
    )
    title_room = max(title_width, room - wanted - 8 * mm)
    title_lines = simpleSplit(title, FONT, 9, title_room)
    if len(title_lines) > 2:
        title_lines = [title_lines[0], fit(" ".join(title_lines[1:]), title_room, FONT, 9)]
    text_width = room - max([stringWidth(line, FONT, 9) for line in title_lines] + [0]) - 8 * mm
    packed = _pack(lines, text_width, FONT, 7.5)
    if len(packed) > 2:
        packed = [packed[0], " · ".join(packed[1:])]
    texts = tuple(fit(line, text_width, FONT, 7.5) for line in ([*packed, sbb] if sbb else packed))
    return fit(name, text_width, FONT_BOLD, 11), texts, tuple(title_lines)


class WritingLines(Flowable):
    """Ruled lines to write on by pen, where a printed form has no text yet."""

    def __init__(self, lines: int = 3, spacing: float = 7.5 * mm):
        super().__init__()
        self.lines, self.spacing = lines, spacing

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.lines * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for line in range(self.lines):
            y = line * self.spacing + 0.5
            canvas.line(0, y, self.width, y)


class SignatureRow(Flowable):
    """One or two signature boxes side by side, drawn straight on the canvas.

    A flowable that cannot split: a box is never cut over two pages."""

    box_height = 36 * mm
    gap = 6 * mm
    label_width = 24 * mm
    strip = 6.5 * mm
    pad = 2.5 * mm

    def __init__(self, blocks: list[SignatureBlock], tr):
        super().__init__()
        self.blocks, self.tr = blocks, tr

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, self.box_height
        return self.width, self.height

    def draw(self) -> None:
        box_width = (self.width - self.gap) / 2
        for index, block in enumerate(self.blocks):
            self._draw_block(block, index * (box_width + self.gap), box_width)

    def _draw_block(self, block: SignatureBlock, x: float, width: float) -> None:
        canvas, tr, height, pad, strip = self.canv, self.tr, self.box_height, self.pad, self.strip
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(GRID)
        canvas.setFillColor(TINT)
        canvas.rect(x, height - strip, width, strip, stroke=0, fill=1)
        canvas.rect(x, 0, width, height, stroke=1, fill=0)
        canvas.line(x, height - strip, x + width, height - strip)
        picture = _picture(block.image) if block.image else None
        # The role has the whole strip ("Bpv-begeleider van school" is never cut short); for a signature
        # drawn on screen, how it was signed stands small above the word "Signature", in the free space of
        # the label column (signed on paper says so where the signature would be).
        strip_y = height - strip + 2.3 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawString(x + pad, strip_y, fit(block.role, width - 2 * pad, FONT_BOLD, 8.5))

        value_x = x + pad + self.label_width
        value_width = x + width - pad - value_x
        name_y, date_y, signature_y = height - strip - 6 * mm, height - strip - 12 * mm, 3.5 * mm
        if picture is not None and block.method:
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 6.5)
            lines = _wrapped(block.method, FONT, 6.5, self.label_width - 1 * mm).split("\n")[:2]
            for line_number, line in enumerate(reversed(lines)):
                canvas.drawString(x + pad, signature_y + 1.5 + (4 + 2.8 * line_number) * mm, line)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        for label, y in ((tr._("Name"), name_y), (tr._("Date"), date_y), (tr._("Signature"), signature_y)):
            canvas.drawString(x + pad, y + 1.5, fit(label, self.label_width - 1 * mm, FONT, 7.5))
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 9)
        canvas.setStrokeColor(RULE)
        if block.name:
            canvas.drawString(value_x, name_y + 1.5, fit(block.name, value_width, FONT, 9))
        else:
            canvas.line(value_x, name_y, value_x + value_width, name_y)  # to write on by pen
        if block.signed_on:
            canvas.drawString(value_x, date_y + 1.5, _long_date(tr, block.signed_on))
        else:
            canvas.line(value_x, date_y, value_x + value_width, date_y)

        if picture is not None:
            # Scaled into the space under the date, keeping its proportions; transparent where not drawn.
            bottom, top = 1.5 * mm, date_y - 2.5 * mm
            scale = min(value_width / picture.width, (top - bottom) / picture.height)
            _draw_picture(canvas, picture, value_x, bottom, picture.width * scale, picture.height * scale)
        elif not block.signed_on:
            canvas.line(value_x, signature_y, value_x + value_width, signature_y)
        elif block.method:  # signed on paper: the paper holds the signature (no italic: one font less to embed)
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(value_x, signature_y + 1.5, fit(block.method, value_width, FONT, 8))
        canvas.restoreState()


class Particulars(Flowable):
    """The particulars (learner, programme, school...): label/value pairs in two columns, each pair on
    a hairline and a heavier rule above, drawn straight on the canvas.

    A fixed grid at the top of the first page, which never splits: it is drawn as the platypus table
    it replaces drew it (the same cells, paddings and lines), for a tenth of the work, on every form."""

    label_width = 29 * mm
    gap = 6 * mm
    # (font size, leading, top padding) of a label and of a value; 4 points under each
    label_font, value_font = (7.5, 10, 4.3), (9, 11, 3)
    bottom_padding = 4

    @classmethod
    def value_width(cls, width: float) -> float:
        return (width - 2 * cls.label_width - cls.gap) / 2

    def __init__(self, rows: list[list[str]], width: float, right_rows: int):
        """`rows`: per row the left label, left value, right label and right value, each its lines joined
        by newlines; `right_rows`: how many rows have a right pair (a rule under each)."""
        super().__init__()
        self.rows = [[cell.split("\n") for cell in row] for row in rows]
        self.right_rows = right_rows
        value_width = self.value_width(width)
        left, right = self.label_width + value_width, self.label_width + value_width + self.gap
        self.columns = (0, self.label_width, right, right + self.label_width)
        self.spans = ((0, left), (right, width))
        self.width = width
        empty_cell = self.value_font[1] + self.value_font[2] + self.bottom_padding  # the gap between the pairs
        self.heights = [
            max(
                empty_cell,
                *(
                    len(lines) * leading + top + self.bottom_padding
                    for lines, (_size, leading, top) in zip(row, [self.label_font, self.value_font] * 2, strict=True)
                ),
            )
            for row in self.rows
        ]
        self.height = sum(self.heights)

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        top = self.height
        for row, row_height in zip(self.rows, self.heights, strict=True):
            for column, (lines, x) in enumerate(zip(row, self.columns, strict=True)):
                if lines == [""]:
                    continue
                label = column % 2 == 0
                size, leading, padding = self.label_font if label else self.value_font
                canvas.setFillColor(MUTED if label else INK)
                canvas.setFont(FONT, size, leading)
                y = top - padding - size
                for line in lines:
                    canvas.drawString(x, y, line)
                    y -= leading
            top -= row_height
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        for start, end in self.spans:
            canvas.line(start, self.height, end, self.height)
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.4)
        for (start, end), count in zip(self.spans, (len(self.rows), self.right_rows), strict=True):
            y = self.height
            for row_height in self.heights[:count]:
                y -= row_height
                canvas.line(start, y, end, y)
        canvas.restoreState()


class FormRenderer(DocumentRenderer):
    """A4 portrait: letterhead with the SBB number, particulars, the form's content, signatures.

    Table cells are plain strings, wrapped here with `simpleSplit`, not Paragraphs: they lay out
    several times faster, and a batch of hundreds of forms feels that."""

    header_height = 22 * mm
    title_width = 70 * mm  # the least room for the document title at the top right of every page
    keep_with_heading = 25 * mm  # a heading starts a new page unless this much room is left under it
    keep_whole = 60 * mm  # a last part of the content this high or less goes along with the signatures whole
    keep_end = 30 * mm  # of a longer one, about this much of its end goes along
    padding = 3  # points left and right in a table cell
    score_padding = 1.5  # points either side of a score column's heading
    blank_lines = 4  # lines to write on where an intake agreement has no text yet
    _styles: dict[str, ParagraphStyle] | None = None

    def __init__(self, document: FormDocument, **kwargs):
        self.document = document
        letterhead = Letterhead(
            document.organisation, tuple(document.organisation_lines), document.logo, document.sbb_id
        )
        kwargs.setdefault("translator", translator(document.language))
        kwargs.setdefault("printed_on", document.printed_on)
        super().__init__(letterhead, **kwargs)

    # -- steps ----------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.document.title

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        """The same styles for every form, made once and shared (never changed), so that the labels
        parsed with them are parsed once too (see `_label`)."""
        if FormRenderer._styles is None:
            FormRenderer._styles = self._make_stylesheet()
        return FormRenderer._styles

    def _make_stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super().stylesheet()
        body = styles["body"]
        styles["form_title"] = ParagraphStyle(
            "form_title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=1
        )
        styles["section"] = ParagraphStyle(
            "section", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=9, spaceAfter=4
        )
        styles["subsection"] = ParagraphStyle(
            "subsection", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12, spaceBefore=4, spaceAfter=3
        )
        styles["text"] = ParagraphStyle("text", parent=body, fontSize=9, leading=12.5)
        styles["goal"] = ParagraphStyle(
            "goal", parent=styles["text"], leftIndent=6 * mm, bulletIndent=0, bulletFontName=FONT, bulletFontSize=9,
            spaceAfter=2,
        )  # fmt: skip
        styles["warning"] = ParagraphStyle(
            "warning", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12, textColor=WARNING
        )
        return styles

    @staticmethod
    def _read_logo(data: bytes | None) -> _Picture | None:
        return _picture(data) if data else None

    def draw_header(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Logo, organisation, address and SBB number at the left; title and form number at the right."""
        width, height = document.pagesize
        top = height - self.margin + 6 * mm
        left, right = self.margin, width - self.margin
        letterhead = self.letterhead
        canvas.saveState()
        if self._logo is not None:
            logo = self._logo
            scale = min(36 * mm / logo.width, 14 * mm / logo.height)
            _draw_picture(canvas, logo, left, top - logo.height * scale, logo.width * scale, logo.height * scale)
            left += logo.width * scale + 4 * mm
        sbb = self.tr._("SBB accreditation number {number}").format(number=letterhead.sbb_id)
        sbb = sbb if letterhead.sbb_id else ""
        name, lines, title_lines = _header_lines(letterhead.name, letterhead.lines, sbb, self.title(), right - left,
                                                 self.title_width)  # fmt: skip

        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(left, top - 4.5 * mm, name)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        for number, line in enumerate(lines):
            canvas.drawString(left, top - (8.8 + 3.4 * number) * mm, line)

        canvas.setFillColor(INK)
        canvas.setFont(FONT, 9)
        y = top - 4.5 * mm
        for line in title_lines:
            canvas.drawRightString(right, y, line)
            y -= 4 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(right, y - 0.3 * mm, self.document.number)

        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        line_y = top - self.header_height + 4 * mm
        canvas.line(self.margin, line_y, right, line_y)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """Form number, content hash and date at the left, "page x of y" at the right; a warning band
        above them when the signatures were made on other content."""
        tr, document = self.tr, self.document
        width, _height = canvas._pagesize
        left, right = self.margin, width - self.margin
        canvas.saveState()
        rule_y = self.margin - 5.5 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, rule_y, right, rule_y)
        parts = (
            tr._("Form {number}").format(number=document.number),
            tr._("Content {hash}").format(hash=document.content_hash[:HASH_LENGTH]),
            tr._("Printed on {date}").format(date=_long_date(tr, self.printed_on)),
        )
        y = rule_y - 3.5 * mm
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        pages_text = tr._("Page {page} of {pages}").format(page=page, pages=pages)
        canvas.drawRightString(right, y, pages_text)
        room = right - left - stringWidth(pages_text, FONT, 7.5) - 6 * mm
        canvas.drawString(left, y, fit("   ·   ".join(parts), room, FONT, 7.5))
        if not document.signatures_match:
            band_y, band_height = rule_y + 1.2 * mm, 4.6 * mm
            canvas.setFillColor(WARNING_TINT)
            canvas.setStrokeColor(WARNING)
            canvas.setLineWidth(0.6)
            canvas.rect(left, band_y, right - left, band_height, stroke=1, fill=1)
            canvas.setFillColor(WARNING)
            canvas.setFont(FONT_BOLD, 7.5)
            text = fit("⚠ " + tr._(SHORT_WARNING), right - left - 4 * mm, FONT_BOLD, 7.5)
            canvas.drawCentredString((left + right) / 2, band_y + 1.5 * mm, text)
        canvas.restoreState()

    # -- the story --------------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        document, styles, tr = self.document, self.styles, self.tr
        width, _height = self.frame_size()
        story: list[Flowable] = [
            _label(escape(document.title), styles["form_title"]),
            Paragraph(escape(tr._("Form number") + " " + document.number), styles["muted"]),
            Spacer(1, 4 * mm),
        ]
        if not document.signatures_match:
            story += [self._warning(width), Spacer(1, 4 * mm)]
        if document.particulars:
            story.append(self._particulars(width))
        parts = [self._sections, self._work_processes, self._goals, self._scores]
        if document.kind == "assessment":
            parts.insert(0, parts.pop())
        elif document.kind == "trajectory":  # what is aimed at, what each brings, and when they meet
            parts = [self._goals, self._sections, self._steps]
        for part in parts:
            story += part(width)
        return self._with_signatures(story, width)

    def _heading(self, text: str, start: float = 0) -> list[Flowable]:
        """A section heading that does not stand alone at the foot of a page: it starts a new page unless
        the start of what follows (`start` points high: a table's header and first row) fits under it."""
        style = self.styles["section"]
        needed = max(self.keep_with_heading, style.spaceBefore + style.leading + style.spaceAfter + start)
        return [CondPageBreak(needed), _label(escape(text), style)]

    def _text_start(self) -> float:
        """The least of a text ReportLab leaves at the foot of a page: two lines (it allows no orphans)."""
        return 2 * self.styles["text"].leading

    @staticmethod
    def _table_start(rows: list[list[str]], header_leading: float, body_leading: float, padding: float) -> float:
        """The height of a table's header row and first row, from the lines of their (wrapped) cells."""
        height = 0.0
        for row, leading in zip(rows[:2], (header_leading, body_leading), strict=False):
            height += max(cell.count("\n") + 1 for cell in row) * leading + 2 * padding
        return height

    def _wrap(self, text: str, font: str, size: float, width: float) -> str:
        """`text` broken into lines for a cell `width` points wide (its padding taken off)."""
        return _wrapped(text.strip(), font, size, width - 2 * self.padding)

    def _warning(self, width: float) -> Table:
        table = Table([[Paragraph("⚠ " + escape(self.tr._(LONG_WARNING)), self.styles["warning"])]], colWidths=[width])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), WARNING_TINT),
                    ("BOX", (0, 0), (-1, -1), 1, WARNING),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    def _particulars(self, width: float) -> Particulars:
        """Label/value pairs in two columns, read down the left column and then down the right."""
        pairs = list(self.document.particulars)
        half = (len(pairs) + 1) // 2
        label_width, value_width = Particulars.label_width, Particulars.value_width(width)
        rows = []
        for left, right in itertools.zip_longest(pairs[:half], pairs[half:], fillvalue=("", "")):
            row: list[str] = []
            for label, value in (left, right):
                row += [self._wrap(label, FONT, 7.5, label_width), self._wrap(value, FONT, 9, value_width)]
            rows.append(row)
        return Particulars(rows, width, right_rows=half if len(pairs) % 2 == 0 else half - 1)

    def _sections(self, width: float) -> list[Flowable]:
        """Long texts under a heading; short ones (a date, hours) together as label/value rows."""
        label_width = 45 * mm
        story: list[Flowable] = []
        short: list[tuple[str, str]] = []

        def flush() -> None:
            if short:
                story.extend([Spacer(1, 3 * mm), self._label_table(short, label_width, width)])
                short.clear()

        # An intake agreement gives each section its heading, and room to write in when it is blank.
        intake = self.document.kind == "trajectory"
        for label, text in self.document.sections:
            text = text.strip()
            fits = "\n" not in text and stringWidth(text, FONT, 9) <= width - label_width - 2 * self.padding
            if text and fits and not intake:
                short.append((label, text))
                continue
            flush()
            lines = WritingLines(self.blank_lines if intake else 2)
            story += self._heading(label, self._text_start() if text else lines.lines * lines.spacing)
            story.append(Paragraph(_paragraph_text(text), self.styles["text"]) if text else lines)
        flush()
        return story

    def _label_table(self, pairs: list[tuple[str, str]], label_width: float, width: float) -> Grid:
        """Short texts as bold label and value, a hairline under each pair."""
        label = CellStyle(FONT_BOLD, 9, 12, INK, valign="TOP", left=0, right=6, top=3, bottom=4)
        styles = (label, dataclasses.replace(label, font=FONT))
        rows = [GridRow((self._wrap(label, FONT_BOLD, 9, label_width), value), styles) for label, value in pairs]
        return Grid([label_width, width - label_width], rows, rule=(0.4, HAIRLINE), ruled="below")

    def _grid_styles(self, body_padding: float = 3) -> tuple[CellStyle, CellStyle]:
        """The cells of a table with a dark header row: white bold in the header (set at its foot), the
        body's text in the middle of its row."""
        header = CellStyle(FONT_BOLD, 7.5, 9, colors.white, valign="BOTTOM", left=self.padding, right=self.padding)
        body = CellStyle(FONT, 8.5, 10.5, INK, left=self.padding, right=self.padding, top=body_padding,
                         bottom=body_padding)  # fmt: skip
        return header, body

    def _grid(self, widths: list[float], rows: list[list[str]]) -> Grid:
        """A table with a dark header row (repeated on every page) and a light grid."""
        header, body = self._grid_styles()
        grid_rows = [GridRow(tuple(rows[0]), (header,) * len(widths), fill=HEADER_FILL)]
        grid_rows += [GridRow(tuple(row), (body,) * len(widths)) for row in rows[1:]]
        return Grid(widths, grid_rows, rule=(0.4, GRID), header=1)

    def _work_processes(self, width: float) -> list[Flowable]:
        processes = self.document.work_processes
        if not processes:
            return []
        tr = self.tr
        code_width = 24 * mm
        rows = [[tr._("Code"), tr._("Work process")]]
        rows += [[code, self._wrap(title, FONT, 8.5, width - code_width)] for code, title in processes]
        table = self._grid([code_width, width - code_width], rows)
        return [*self._heading(tr._("Work processes"), self._table_start(rows, 9, 10.5, 3)), table]

    def _goals(self, width: float) -> list[Flowable]:
        goals = [goal for goal in self.document.goals if goal.strip()]
        if not goals and self.document.kind == "trajectory":  # to be written in by the participant and coach
            lines = WritingLines(self.blank_lines)
            return [*self._heading(self.tr._("Learning goals"), lines.lines * lines.spacing), lines]
        if not goals:
            return []
        story = self._heading(self.tr._("Learning goals"), self._text_start())
        story += [
            Paragraph(_paragraph_text(goal), self.styles["goal"], bulletText=f"{number}.")
            for number, goal in enumerate(goals, start=1)
        ]
        return story

    def _scores(self, width: float) -> list[Flowable]:
        """Code, werkproces, a column per score with a tick in the chosen one (empty boxes for a pen
        where nothing is scored yet), remarks; beroepshouding and overall score below a heavier rule."""
        document, tr = self.document, self.tr
        if not document.scores and not document.summary_scores:
            return []
        labels = [tr._(label) for label in SCORE_COLUMNS]
        column_of = {label.casefold(): index for index, label in enumerate(labels)}
        # Score columns as narrow as their longest word allows; the werkproces title gets the rest.
        longest = max(stringWidth(word, FONT_BOLD, 6.5) for label in labels for word in label.split())
        score_width = max(14 * mm, longest + 2 * self.score_padding + 2)
        code_width, remarks_width = 18 * mm, 33 * mm
        title_width = width - code_width - 4 * score_width - remarks_width
        header = [tr._("Code"), tr._("Work process")]
        header_width = score_width + 2 * (self.padding - self.score_padding)  # its own, narrower padding
        header += [self._wrap(label, FONT_BOLD, 6.5, header_width) for label in labels]
        rows: list[list[str]] = [[*header, tr._("Remarks")]]
        header_style, body = self._grid_styles(body_padding=4)
        score_header = dataclasses.replace(header_style, size=6.5, leading=8, align="CENTER", left=self.score_padding,
                                           right=self.score_padding)  # fmt: skip
        tick = dataclasses.replace(body, font=FONT_BOLD, size=12, leading=12, align="CENTER")
        spelled_out = dataclasses.replace(body, align="CENTER")  # a score the columns do not know, across them
        bold = dataclasses.replace(body, font=FONT_BOLD)
        remarks_style = dataclasses.replace(body, size=7.5, leading=9.5)
        code_style = dataclasses.replace(body, size=8)
        header_styles = (header_style, header_style, *[score_header] * 4, header_style)
        grid_rows = [GridRow((*header, tr._("Remarks")), header_styles, fill=HEADER_FILL)]
        for summary, score in [(False, score) for score in document.scores] + [
            (True, score) for score in document.summary_scores
        ]:
            cells = ["", "", "", ""]
            score_styles, spans = (tick,) * 4, []
            chosen = score.score.strip()
            if chosen.casefold() in column_of:
                cells[column_of[chosen.casefold()]] = TICK
            elif chosen:  # a score these columns do not know: print it as it is, across them
                cells[0] = self._wrap(chosen, FONT, 8.5, 4 * score_width)
                score_styles, spans = (spelled_out,) * 4, [(2, 5)]
            remarks = self._wrap(score.remarks, FONT, 7.5, remarks_width)
            if summary:
                first_summary = len(rows) == len(document.scores) + 1 and document.scores
                row = [self._wrap(score.title, FONT_BOLD, 8.5, code_width + title_width), "", *cells, remarks]
                grid_rows.append(
                    GridRow(tuple(row), (bold, bold, *score_styles, remarks_style), spans=((0, 1), *spans), fill=TINT,
                            rule_above=(1.2, INK) if first_summary else None)
                )  # fmt: skip
            else:
                row = [score.code, self._wrap(score.title, FONT, 8.5, title_width), *cells, remarks]
                styles = (code_style, body, *score_styles, remarks_style)
                grid_rows.append(GridRow(tuple(row), styles, spans=tuple(spans)))
            rows.append(row)
        widths = [code_width, title_width] + [score_width] * 4 + [remarks_width]
        table = Grid(widths, grid_rows, rule=(0.4, GRID), header=1)
        start = self._table_start(rows, 9, 12, 4)  # the header's leading, a tick's; the body's padding
        story = [*self._heading(tr._("Assessment per work process"), start), table]
        if any(not score.score.strip() for score in (*document.scores, *document.summary_scores)):
            story += [Spacer(1, 1.5 * mm), _label(escape(tr._("Tick one column per row.")), self.styles["muted"])]
        return story

    def _steps(self, width: float) -> list[Flowable]:
        """The planned steps of a coaching trajectory: what, when, and who takes part."""
        steps = self.document.steps
        if not steps:
            return []
        tr = self.tr
        date_width, who_width = 36 * mm, 62 * mm
        step_width = width - date_width - who_width
        rows = [[tr._("Step"), tr._("Planned on"), tr._("Who takes part")]]
        rows += [
            [
                self._wrap(step, FONT, 8.5, step_width),
                self._wrap(day, FONT, 8.5, date_width),
                self._wrap(who, FONT, 8.5, who_width),
            ]
            for step, day, who in steps
        ]
        table = self._grid([step_width, date_width, who_width], rows)
        return [*self._heading(tr._("Planned steps"), self._table_start(rows, 9, 10.5, 3)), table]

    def _signatures(self) -> list[list[Flowable]]:
        """The signature boxes as groups that each stay on one page: the heading (and what signing means)
        with the first round's boxes, then each further round with its own heading. A box row is 36 mm, so
        a group is never taller than a page."""
        blocks = self.document.signatures
        if not blocks:
            return []
        first: list[Flowable] = [_label(escape(self.tr._("Signatures")), self.styles["section"])]
        if self.document.agreement:
            first += [Paragraph(_paragraph_text(self.document.agreement), self.styles["text"]), Spacer(1, 2 * mm)]
        groups: list[list[Flowable]] = []
        for stage, group in itertools.groupby(blocks, key=lambda block: block.stage):
            group = list(group)
            items: list[Flowable] = [] if groups else first
            if stage:
                items.append(_label(escape(stage), self.styles["subsection"]))
            for start in range(0, len(group), 2):
                items += [SignatureRow(group[start : start + 2], self.tr), Spacer(1, 3 * mm)]
            groups.append(items)
        return groups

    def _with_signatures(self, content: list[Flowable], width: float) -> list[Flowable]:
        """`content` followed by the signatures, which take the end of the content with them onto their
        page, so that they never stand alone on the last one: a short last part whole (with its heading),
        or the last lines or rows of a long text or table."""
        groups = self._signatures()
        if not groups:
            return content
        tail: list[Flowable] = []
        last = content[-1] if content else None
        if isinstance(last, Paragraph | Grid | WritingLines):
            _width, height = last.wrap(width, self.frame_size()[1])
            if height <= self.keep_whole:
                tail = [content.pop()]
                if len(content) >= 2 and isinstance(content[-1], Paragraph | Spacer):
                    before = content[-1]
                    if isinstance(before, Spacer) or before.style.name == "section":
                        tail.insert(0, content.pop())  # its heading, or the space above a table of short texts
            else:
                parts = last.split(width, height - self.keep_end)
                if len(parts) == 2:
                    content[-1], tail = parts[0], [parts[1]]
        story = content + [KeepTogether(tail + groups[0])]
        story += [KeepTogether(group) for group in groups[1:]]
        return story


def render_form(document: FormDocument, **kwargs) -> bytes:
    """The PDF of one form (A4, fonts embedded); `kwargs` as for `DocumentRenderer` (progress, cancelled)."""
    return FormRenderer(document, **kwargs).render()


def render_forms(
    documents: Iterable[FormDocument],
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[bytes]:
    """The PDFs of many forms, one at a time, so a batch holds one form in memory, not all of them.

    `progress` hears the fraction done after each form when `documents` has a length; `cancelled`
    is asked before each form and stops the batch with `RenderCancelledError`."""
    total = len(documents) if isinstance(documents, Sized) else 0
    for done, document in enumerate(documents, start=1):
        if cancelled is not None and cancelled():
            raise RenderCancelledError
        yield FormRenderer(document, cancelled=cancelled).render()
        if progress is not None and total:
            progress(done / total)
