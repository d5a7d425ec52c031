"""The PDF layer every printout builds on: fonts, named styles, a letterhead and "page x of y".

A printout is a `DocumentRenderer` subclass that returns bytes. It overrides the steps it needs
(`stylesheet`, `page_size`, `draw_header`, `draw_footer`) and always `story`. The DejaVu fonts are
registered and embedded in every file, so names like "Çelik" or "Đorđević" print on any PC and
printer. No Qt here: renderers can run on a worker thread and in tests without a screen.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import logging
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, TTFontFace, makeToUnicodeCMap
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle
from reportlab.platypus import Table as _Table

from desktop import clock, i18n, images
from desktop.paths import resources_dir
from desktop.pdf import RenderCancelledError, address_lines

log = logging.getLogger(__name__)

FONT, FONT_BOLD, FONT_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
PORTRAIT, LANDSCAPE = A4, landscape(A4)

# Binary streams rather than ASCII85: files a fifth smaller, and without ReportLab's C accelerator the
# encoding, in Python, costs more than the rest of saving a page.
rl_config.useA85 = 0


# Characters given their place in a font subset before any text: names from Dutch, Turkish, Slavic
# and other European spellings and the marks our printouts use. Printouts whose text stays within
# them embed the very same subsets, which are then made only once per process (see below).
COMMON_CHARACTERS = (
    "ÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÚÛÜàáâäçèéêëíîïñóôöúûüĆćČčĐđĞğİıŁłŞşŠšŽž·–—‘’“”…€✓⚠"
)  # fmt: skip


def register_fonts(folder: Path | None = None) -> None:
    """Register the DejaVu TTFs once; ReportLab embeds (a subset of) each font used in a document."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = folder or resources_dir() / "fonts"
    for name, filename in FONT_FILES.items():
        font = TTFont(name, str(folder / filename))
        font.__class__ = _CachingFont  # these two add behaviour only, no state
        font.face.__class__ = _SubsetCachingFace
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@functools.lru_cache(maxsize=32)
def _subset_descriptor(face: TTFontFace, fontname: str, subset: tuple[int, ...]) -> tuple[Template, Template]:
    """A subset's font program (compressed) and its font descriptor (slot 0: the program), formatted once."""
    data = face.makeSubset(list(subset))
    font_file = pdfdoc.PDFStream(content=zlib.compress(data))
    font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    font_file.dictionary["Length1"] = len(data)
    descriptor = pdfdoc.PDFDictionary(
        {
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": Slot(0),
            "MissingWidth": face.defaultWidth,
        }
    )
    return cut(font_file), cut(descriptor)


class _SubsetCachingFace(TTFontFace):
    """Makes, compresses and formats each distinct font subset once per process instead of once per PDF.

    Cutting a subset out of DejaVu and compressing it (about 35 kB a font) is most of the fixed cost
    of a small PDF; in a batch of forms the subsets repeat. The font descriptor is ReportLab's own
    (`TTFontFace.addSubsetObjects`), with the font program's stream marked as compressed already."""

    def addSubsetObjects(self, doc, fontname, subset):  # noqa: N802 - ReportLab's name
        if not doc.compression:
            return super().addSubsetObjects(doc, fontname, subset)
        font_file, descriptor = _subset_descriptor(self, fontname, tuple(subset))
        font_file_ref = doc.Reference(font_file.fill(), f"fontFile:{self.filename}({fontname})")
        return doc.Reference(descriptor.fill(font_file_ref), "fontDescriptor:" + fontname)


class Slot(pdfdoc.PDFObject):
    """Where a reference to another object of the document goes in an object formatted once (`cut`)."""

    def __init__(self, number: int):
        self.number = number

    def format(self, document) -> bytes:
        return b"\0slot%d\0" % self.number


_SLOT = re.compile(rb"\0slot(\d+)\0")


class _Formatter:
    """The little of a PDF document that formatting an object without references asks for."""

    encrypt = pdfdoc.NoEncryption()
    defaultStreamFilters = None  # noqa: N815 - ReportLab's name


@dataclass(frozen=True)
class Template:
    """An object formatted once per process, cut where its references to other objects stand (see `cut`)."""

    parts: tuple[bytes, ...]
    slots: tuple[int, ...]  # the slot numbers between the parts, in the order they stand

    def fill(self, *references) -> Formatted:
        """The object for one document: `references[n]` (that document's `Reference`s) in slot n."""
        return Formatted(self.parts, tuple(references[number] for number in self.slots))


def cut(pdf_object: pdfdoc.PDFObject) -> Template:
    """`pdf_object`, whose references to other objects are `Slot`s, formatted once. A dictionary's
    entries come before its stream, so the slots are looked for there and not in stream content, which
    may hold any bytes."""
    data = pdf_object.format(_Formatter())
    head_end = data.find(b"\nstream\n")
    head, stream = (data, b"") if head_end < 0 else (data[:head_end], data[head_end:])
    pieces = _SLOT.split(head)
    parts = (*pieces[0:-1:2], pieces[-1] + stream)
    return Template(parts, tuple(int(number) for number in pieces[1::2]))


class Formatted(pdfdoc.PDFObject):
    """A `Template` written into one document: the bytes ReportLab would format anew in every PDF."""

    def __init__(self, parts: tuple[bytes, ...], references: tuple):
        self.parts, self.references = parts, references

    def format(self, document) -> bytes:
        if not self.references:
            return self.parts[0]
        pieces = [self.parts[0]]
        for reference, part in zip(self.references, self.parts[1:], strict=True):
            pieces += [reference.format(document), part]
        return b"".join(pieces)


@functools.lru_cache(maxsize=64)
def _subset_objects(
    font: TTFont, number: int, subset: tuple[int, ...], internal_name: str
) -> tuple[str, Template, Template]:
    """A subset's PDF name, its font dictionary (slot 0: the ToUnicode map, slot 1: the font descriptor)
    and its ToUnicode map (compressed), formatted once: the same for every document that uses the subset."""
    base_name = b"".join((SUBSETN(number), b"+", font.face.name, font.face.subfontNameX)).decode("pdfdoc")
    pdf_font = pdfdoc.PDFTrueTypeFont()
    pdf_font.Name = internal_name
    pdf_font.BaseFont = base_name
    pdf_font.FirstChar = 0
    pdf_font.LastChar = len(subset) - 1
    pdf_font.Widths = pdfdoc.PDFArray([font.face.getCharWidth(code) for code in subset])
    pdf_font.ToUnicode, pdf_font.FontDescriptor = Slot(0), Slot(1)
    cmap = pdfdoc.PDFStream(content=zlib.compress(makeToUnicodeCMap(base_name, subset).encode("latin-1")))
    cmap.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    return base_name, cut(pdf_font), cut(cmap)


@functools.lru_cache(maxsize=64)
def _rgb_operator(red: float, green: float, blue: float, operator: str) -> str:
    return f"{fp_str((red, green, blue))} {operator}"


_NOT_SEEDED = "\u0100"  # beyond Latin-1: encoding a string that holds it fails, and takes the slow way


def _encoding_table(assignments: dict[int, int]) -> dict[int, str]:
    """A `str.translate` table from a character to its byte in subset 0, as `TTFont.splitString` places it;
    every character below 256 without a place there maps to one that cannot be encoded, so that such a
    string is encoded character by character instead."""
    table = {code: _NOT_SEEDED for code in range(256)}
    table.update((code, chr(place)) for code, place in assignments.items() if place < 256)
    if 32 in assignments:  # ReportLab sets a no-break space as a space
        table[0xA0] = chr(assignments[32])
    return table


class _CachingFont(TTFont):
    """Writes each subset's font objects as formatted once per process (`_subset_objects`), and encodes
    text that stays within the common characters in one step.

    ReportLab builds and formats a subset's 256 widths and its ToUnicode map anew in every PDF; in a
    batch of forms that was a tenth of the time, for the same bytes each time. The objects are
    ReportLab's own (`TTFont.addObjects`).

    ReportLab also encodes every string character by character (`TTFont.splitString`), a tenth of a
    form's time again. A document that gave the common characters their places first (`seed`) gives
    them the same places as every other such document, so a string made of them alone is encoded by one
    translation table, made once per process; any other string goes the character-by-character way,
    which places what is new in the document's own order. Both give the same bytes."""

    _seeded_table: dict[int, str] | None = None
    _seeded: tuple[dict[int, int], list[list[int]], int] | None = None  # assignments, subsets, next code

    def seed(self, doc) -> None:
        """Give the common characters their places in `doc`, before any text of its own: placed once per
        process, and copied into each document."""
        if doc in self.state:  # text came first: the places are this document's own, leave them be
            return
        if self._seeded is None:
            super().splitString(COMMON_CHARACTERS, doc)
            first = self.state.pop(doc)
            self._seeded = (first.assignments, first.subsets, first.nextCode)
            self._seeded_table = _encoding_table(first.assignments)
        assignments, subsets, next_code = self._seeded
        state = TTFont.State.__new__(TTFont.State)  # ReportLab's own state, as its __init__ and the seeding leave it
        state.assignments, state.subsets, state.nextCode = dict(assignments), [list(s) for s in subsets], next_code
        state.internalName, state.frozen, state.seeded = None, 0, True
        self.state[doc] = state

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - ReportLab's name
        state = self.state.get(doc)
        if state is not None and getattr(state, "seeded", False) and isinstance(text, str):
            if not text:
                return []
            try:
                return [(0, text.translate(self._seeded_table).encode("latin-1"))]
            except UnicodeEncodeError:  # a character outside the common ones
                pass
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc):  # noqa: N802 - ReportLab's name
        if not doc.compression:
            return super().addObjects(doc)
        state = self.state.get(doc) or self.state.setdefault(doc, TTFont.State(self._asciiReadable))
        state.frozen = 1
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_name, pdf_font, cmap = _subset_objects(self, number, tuple(subset), internal_name)
            cmap_ref = doc.Reference(cmap.fill(), "toUnicodeCMap:" + base_name)
            descriptor_ref = self.face.addSubsetObjects(doc, base_name, subset)
            doc.idToObject["BasicFonts"].dict[internal_name] = doc.Reference(
                pdf_font.fill(cmap_ref, descriptor_ref), internal_name
            )
        del self.state[doc]


@dataclass(frozen=True)
class Letterhead:
    """What every printout carries at the top: the organisation's name, address lines, logo and the
    SBB accreditation number (printed on BPV forms)."""

    name: str
    lines: tuple[str, ...] = ()
    logo: bytes | None = None
    sbb_id: str = ""

    @classmethod
    def from_organisation(cls, organisation) -> Letterhead:
        """From anything with the fields of `Organisation` (no query here)."""
        return cls(
            organisation.name or "",
            address_lines(organisation),
            organisation.logo or None,
            sbb_id=getattr(organisation, "sbb_id", "") or "",
        )


class Table(_Table):
    """A table whose cells are set in our embedded font unless styled otherwise: ReportLab's default,
    Helvetica, would be named in the PDF without travelling inside it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if kwargs.get("cellStyles") is None:  # the parts of a split table come with their cells' styles
            self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - ReportLab's name
        # ReportLab sets an empty cell as a text object with nothing in it; a form has hundreds of them.
        if cellval == "" and not (cellstyle.href or cellstyle.destination):
            return
        super()._drawCell(cellval, cellstyle, pos, size)


class _Frame(Frame):
    """A page's frame, which ReportLab deep-copies each time it measures flowables kept together, only to
    hand the copy any content generated while measuring: a shallow copy holds all that needs, for a
    fraction of the work (a form keeps its signatures together that way on every page)."""

    def __deepcopy__(self, memo):
        return copy.copy(self)


class NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say "page x of y"."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None], **kwargs):
        # ReportLab starts every page in Helvetica, which would put a font in the file that is not
        # embedded; start in our own, so every font a PDF names travels inside it.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        for name in FONT_FILES:
            pdfmetrics.getFont(name).seed(self._doc)
        self._pages: list[dict] = []
        self._footer = footer
        # (font, subset, size, leading) -> the operators that select them: the same few in every string
        self._font_operators: dict[tuple[str, int, float, float], str] = {}

    # A form draws a few hundred strings; ReportLab makes a text object for each, whose work is mostly
    # bookkeeping for what a one-line string never uses. These write the very same operators directly.
    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):  # noqa: N802, N803 - ReportLab's names
        if mode is None and not (charSpace or direction or wordSpace or shaping) and self._draws_plainly():
            self._code.append(self._text_operators(x, y, text))
        else:
            super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawRightString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):  # noqa: N802, N803 - ReportLab's names
        if mode is None and not (charSpace or direction or wordSpace or shaping) and self._draws_plainly():
            width = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
            self._code.append(self._text_operators(x - width, y, text))
        else:
            super().drawRightString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawCentredString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):  # noqa: N802, N803 - ReportLab's names
        if mode is None and not (charSpace or direction or wordSpace or shaping) and self._draws_plainly():
            width = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
            self._code.append(self._text_operators(x - 0.5 * width, y, text))
        else:
            super().drawCentredString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    # Every colour of a printout is an opaque RGB constant; ReportLab formats its numbers and sets its
    # opacity anew on every call, a tenth of a form's drawing. These write the same operators (and ask
    # for the same PDF version) from a table, while nothing on the page is transparent.
    def setFillColor(self, aColor, alpha=None):  # noqa: N802, N803 - ReportLab's names
        if alpha is None and self._set_opaque(aColor, "ca", "rg"):
            self._fillColorObj = aColor
        else:
            super().setFillColor(aColor, alpha)

    def setStrokeColor(self, aColor, alpha=None):  # noqa: N802, N803 - ReportLab's names
        if alpha is None and self._set_opaque(aColor, "CA", "RG"):
            self._strokeColorObj = aColor
        else:
            super().setStrokeColor(aColor, alpha)

    def _set_opaque(self, colour, key: str, operator: str) -> bool:
        """Writes `colour` with `operator` when it is an opaque RGB colour and the canvas draws opaquely
        already (`key`: fill or stroke), so that setting it changes the colour only; else writes nothing."""
        if not (
            type(colour) is colors.Color
            and colour.alpha == 1
            and self._enforceColorSpace is None
            and self._extgstate.getValue(key) == 1
        ):
            return False
        self._code.append(_rgb_operator(colour.red, colour.green, colour.blue, operator))
        self._doc.ensureMinPdfVersion("transparency")
        return True

    def _draws_plainly(self) -> bool:
        return bool(self.bottomup) and isinstance(pdfmetrics.getFont(self._fontname), _CachingFont)

    def _text_operators(self, x: float, y: float, text: str) -> str:
        """What `Canvas.drawString` writes for `text` at (x, y) in one of our fonts (see
        `PDFTextObject._formatText`): the font of each subset the text uses, and the text."""
        font, doc = pdfmetrics.getFont(self._fontname), self._doc
        operators, current = [], -1
        for subset, encoded in font.splitString(text, doc):
            if subset != current:
                key = (self._fontname, subset, self._fontsize, self._leading)
                selection = self._font_operators.get(key)
                if selection is None:
                    name = font.getSubsetInternalName(subset, doc)
                    selection = f"{name} {fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
                    self._font_operators[key] = selection
                operators.append(selection)
                current = subset
            operators.append(f"({escapePDF(encoded)}) Tj")
        return f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(operators)} T* ET"

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


class DocumentRenderer:
    """One printout. Subclasses give `title` and `story`; the rest has sensible defaults."""

    page_size = PORTRAIT
    margin = 18 * mm
    header_height = 20 * mm
    footer_height = 10 * mm

    def __init__(
        self,
        letterhead: Letterhead,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        printed_on: dt.date | None = None,
        translator: i18n.Translator | None = None,
    ):
        self.letterhead = letterhead
        # The fixed texts a renderer prints itself (footer, labels); the app's language unless the
        # document has its own, as a BPV form does.
        self.tr = translator or i18n.translator()
        self._progress = progress
        self._cancelled = cancelled
        self.printed_on = printed_on or clock.today()
        self.fonts()
        self.styles = self.stylesheet()
        self._logo = self._read_logo(letterhead.logo)

    # -- steps a printout may override ------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def fonts(self) -> None:
        register_fonts()

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
        return {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
            "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10, textColor=MUTED),
            "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=4),
            "heading": ParagraphStyle(
                "heading", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4
            ),
            "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
            "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=7, leading=8.5),
            "header_cell": ParagraphStyle(
                "header_cell", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9, textColor=colors.white
            ),
            "centered": ParagraphStyle("centered", parent=base, alignment=TA_CENTER),
            "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        }

    def page_size_for_document(self) -> tuple[float, float]:
        return self.page_size

    def draw_header(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Logo and organisation at the left, the document's title at the right, a rule below."""
        width, height = document.pagesize
        top = height - self.margin + 6 * mm
        left = self.margin
        canvas.saveState()
        if self._logo is not None:
            logo_height = 13 * mm
            image_width, image_height = self._logo.getSize()
            logo_width = min(40 * mm, logo_height * image_width / max(1, image_height))
            canvas.drawImage(
                self._logo, left, top - logo_height, logo_width, logo_height, mask="auto", preserveAspectRatio=True
            )
            left += logo_width + 4 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(left, top - 5 * mm, self.letterhead.name)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, top - 9 * mm, " · ".join(self.letterhead.lines))
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - self.margin, top - 5 * mm, self.title())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        line_y = top - self.header_height + 4 * mm
        canvas.line(self.margin, line_y, width - self.margin, line_y)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        y = self.margin - 8 * mm
        tr = self.tr
        printed = tr._("Printed on {date}").format(date=tr.format_date(self.printed_on, "long"))
        canvas.drawString(self.margin, y, f"{self.letterhead.name} · {printed}" if self.letterhead.name else printed)
        canvas.drawRightString(width - self.margin, y, tr._("Page {page} of {pages}").format(page=page, pages=pages))
        canvas.restoreState()

    # -- progress -----------------------------------------------------------------------------------
    def report(self, fraction: float) -> None:
        """Say how far the work is (0..1) and stop when the person cancelled."""
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelledError
        if self._progress is not None:
            self._progress(min(max(fraction, 0.0), 1.0))

    # -- building -------------------------------------------------------------------------------------
    def frame_size(self) -> tuple[float, float]:
        width, height = self.page_size_for_document()
        return width - 2 * self.margin, height - 2 * self.margin - self.header_height + 6 * mm

    def render(self) -> bytes:
        buffer = io.BytesIO()
        size = self.page_size_for_document()
        document = BaseDocTemplate(
            buffer,
            pagesize=size,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin + self.header_height - 6 * mm,
            bottomMargin=self.margin,
            title=self.title(),
            author=self.letterhead.name,
            creator="LeerWerk",
        )
        frame_width, frame_height = self.frame_size()
        frame = _Frame(self.margin, self.margin, frame_width, frame_height, id="body", leftPadding=0, rightPadding=0)
        document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        story = self.story()
        canvasmaker = functools.partial(NumberedCanvas, footer=self.draw_footer)
        document.build(story, canvasmaker=canvasmaker)
        self.report(1.0)
        return buffer.getvalue()

    def _on_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        self.draw_header(canvas, document)
        self.on_page(document.page)

    def on_page(self, page: int) -> None:
        """Called as each page is laid out; a long printout reports its progress here."""

    @staticmethod
    def _read_logo(data: bytes | None) -> ImageReader | None:
        if not data:
            return None
        if images.too_many_pixels(data):  # stored before logos were bounded; decoded it would fill the memory
            log.warning("Logo not printed: more than %d pixels", images.MAX_PIXELS)
            return None
        try:
            reader = ImageReader(io.BytesIO(data))
            reader.getSize()
            return reader
        except Exception as error:  # noqa: BLE001 - a damaged logo must not stop the printout
            log.warning("Logo not printed: %s", type(error).__name__)
            return None


def escape(text: str | None) -> str:
    """Text for a Paragraph, which reads a little XML: names like "Zoë & co" print as typed."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, width: float, font: str = FONT, size: float = 7) -> str:
    """`text` cut with an ellipsis to fit `width` points, for table cells that must stay one line high."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
