"""A workbook is measured before it is read (by calamine; openpyxl before it): by what it unpacks to, not by its
size on disk.

An .xlsx file is a zip of XML parts. Six megabytes can unpack to six gigabytes, and openpyxl keeps
every element of a row (and every shared string) in memory until the row ends. So, before openpyxl
sees the file:

1. the end of the zip's central directory gives the number of parts, before the directory itself
   is read (a directory of a million entries takes a quarter of a gigabyte to list);
2. the directory gives what each part unpacks to and how tightly it is packed: more than any
   spreadsheet unpacks to, or a large part packed as only a zip bomb is, and the file is refused
   unread (zipfile never unpacks a part beyond the size the directory gives, so these sizes hold);
3. every part (a sheet may be named anything the workbook's relations say) is run through expat, which keeps
   nothing: the elements of a row, the rows of a
   sheet, the shared strings, the length of a text or an attribute, the elements outside the rows,
   and any DOCTYPE (no spreadsheet has one; entity tricks live there) are counted and bounded;
4. and so is the rectangle from A1 to a sheet's last cell, which the reader holds whole, empty cells too
   (`MAX_AREA_CELLS`): a kilobyte with cells at A1 and XFD60000 would ask for 31 GB at once, and a
   failed allocation ends the program.

expat calls back into Python for each of the three quarters of a million elements of a sheet of 10,000
learners, which took longer than reading the sheet itself. So a sheet (or the shared strings) of a usual
shape is first measured by counting bytes, in C: measures that can only overstate what expat would count
(every element starts with "<", a text or an attribute lies between two of them). When they are all within
the bounds, expat would find the same and the part passes; when any is not, or the part has a shape the
counting does not cover (comments, CDATA, prefixed names, another encoding), expat decides, as before.

A refusal is one sentence; nothing has been unpacked into memory beyond one part (of at most
`QUICK_PART_BYTES`) or a chunk of one.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
from collections.abc import Callable
from itertools import pairwise
from pyexpat import ExpatError, ParserCreate

from desktop.i18n import _, format_number
from desktop.services.table_bounds import (
    MAX_AREA_CELLS,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROW_NUMBER,
    UnreadableFileError,
    too_far,
    too_long,
    too_spread,
    too_wide,
)

MAX_PARTS = 1_000  # a workbook has a dozen; one part per sheet, drawing and chart
MAX_DIRECTORY_BYTES = 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # the sheet of 100,000 learners is 85 MB
# A sheet packs about 10 to 1, one of empty styled cells 30 to 1, a zip bomb 1000 to 1. So does a part
# of thousands of identical styles, which years of copying leave in real workbooks: only a part that
# unpacks to much is judged by this, and refused without the seconds its scan would take.
MAX_RATIO = 100
RATIO_FROM_BYTES = 32 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000  # openpyxl keeps each with an index: 150 MB for a million
MAX_LOOSE_ELEMENTS = 200_000  # outside rows and shared strings, which openpyxl keeps: 64,000 styles are 130,000
MAX_RECORD_ELEMENTS = 4 * MAX_COLUMNS  # a cell is two to four elements
MAX_ELEMENTS = 12_000_000  # all told; 100,000 learners are 4.3 million
CHUNK = 1024 * 1024
EOCD = b"PK\x05\x06"
ZIP64_LOCATOR = b"PK\x06\x07"
ZIP64_EOCD = b"PK\x06\x06"
QUICK_PART_BYTES = 128 * 1024 * 1024  # the sheet of 100,000 learners is 85 MB
# A record's elements each take at least two bytes ("<" and a letter): a stretch of record this long holds
# no more elements than a record may.
QUICK_RECORD_BYTES = 2 * MAX_RECORD_ELEMENTS
# Every stretch of this many bytes holding a "<" means no two are more than MAX_CELL_CHARS apart (a sheet
# with a longer text may have none in a stretch, and is left to expat).
QUICK_BLOCK = (MAX_CELL_CHARS + 1) // 2
XML_DECLARATION_RE = re.compile(rb"<\?xml\b[^>]*\?>")
ENCODING_RE = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
DIGITS_RE = re.compile(rb"[0-9]+")
# An "r" in a row's or a cell's start tag, however written (spaces, quotes, a prefix, more than one).
ROW_REFERENCE_RE = re.compile(rb"""\br\s*=\s*["']\s*([0-9]+)""")
CELL_REFERENCE_RE = re.compile(rb"""\br\s*=\s*["']\s*([A-Za-z]+)([0-9]+)""")
# The parts by which calamine knows an OpenDocument spreadsheet and a binary workbook (.xlsb), whatever the file's name.
OTHER_FORMATS = {"mimetype", "content.xml", "xl/workbook.bin"}
MARKUP_RE = re.compile(rb"<[!?]")  # a comment, CDATA, a DOCTYPE or a processing instruction


@functools.cache
def _unusual_cells(digits: int) -> re.Pattern:
    """In one pass over a sheet, each cell's start tag but the usual one: a column A to Z, and a row of fewer than
    `digits` digits. One of another shape than "<c r=" with its reference (without a reference, another attribute
    first, a column of more letters than Excel's XFD) gives (b"", b""), any other the reference's letters and row.
    (calamine places a cell by its own reference, whatever its row's says.)"""
    usual = f'(?![A-Z][0-9]{{1,{digits - 1}}}")' if digits > 1 else ""
    return re.compile(rb'<c(?:[\t\n\r>/]| (?!r="[A-Z]{1,3}[0-9])| r="' + usual.encode() + rb"([A-Z]{1,3})([0-9]+))")


def check(data: bytes, name: str) -> None:
    """Raise `UnreadableFileError` unless the workbook `data` stays within every bound above.

    A file that is no zip, or a damaged one, passes: openpyxl says that in its own way.
    """
    parts = _part_count(data)
    if parts is None:
        return
    if parts > MAX_PARTS:
        raise UnreadableFileError(
            _(
                "The Excel file {name} is not read: it consists of {count} parts, where a workbook has a few dozen."
            ).format(name=name, count=format_number(parts))
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    with archive:
        members = archive.infolist()
        if {member.filename for member in members} & OTHER_FORMATS:
            # calamine reads these as what they are, which is measured nowhere here: an OpenDocument spreadsheet
            # of a kilobyte that repeats a cell a million times over asks for gigabytes when it is opened.
            raise UnreadableFileError(
                _("The file {name} is not an Excel workbook; save it as .xlsx or CSV and try again.").format(name=name)
            )
        unpacked = sum(member.file_size for member in members)
        if unpacked > MAX_UNPACKED_BYTES:
            raise UnreadableFileError(
                _(
                    "The Excel file {name} is not read: it would unpack to {size} MB, more than the {limit} MB "
                    "LeerWerk reads from a workbook."
                ).format(
                    name=name,
                    size=format_number(round(unpacked / 2**20)),
                    limit=format_number(MAX_UNPACKED_BYTES // 2**20),
                )
            )
        for member in members:
            if member.file_size > RATIO_FROM_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise UnreadableFileError(
                    _(
                        "The Excel file {name} is not read: its part {part} unpacks to {ratio} times its size, "
                        "which no spreadsheet does; the file may have been made to overload the computer."
                    ).format(
                        name=name,
                        part=member.filename,
                        ratio=format_number(member.file_size // max(member.compress_size, 1)),
                    )
                )
        counter = _Counter(name)
        for member in members:
            # Every part, whatever its name: calamine reads a sheet wherever the workbook's relations place it.
            if not member.is_dir():
                try:
                    if not counter.quick(member, archive):
                        counter.scan(member.filename, lambda member=member: archive.open(member))
                except ExpatError:
                    # Not well-formed XML. calamine reads past much of what expat stops at (a repeated attribute,
                    # a stray "&"), so the part is still bounded, by what its bytes can say.
                    _bound_damaged(counter, member, archive)
                except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
                    # Damaged or encrypted beyond unpacking: calamine stops at the same place and says so. What came
                    # before was counted; the other parts still are.
                    continue


def _part_count(data: bytes) -> int | None:
    """The number of parts the end of the central directory gives, also for a zip64; None when there
    is no such end (not a zip, or cut off). A directory larger than any workbook's counts as too many."""
    end = data.rfind(EOCD, max(0, len(data) - 22 - 0xFFFF))
    if end < 0 or len(data) < end + 22:
        return None
    entries, directory_size = struct.unpack_from("<HI", data, end + 10)
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:
        locator = end - 20
        if locator < 0 or data[locator : locator + 4] != ZIP64_LOCATOR:
            return None
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if data[record : record + 4] != ZIP64_EOCD or len(data) < record + 56:
            return None
        entries, directory_size = struct.unpack_from("<QQ", data, record + 32)
    if directory_size > MAX_DIRECTORY_BYTES:
        return max(entries, MAX_PARTS + 1)
    return entries


class _Counter:
    """Counts what openpyxl would hold while it reads the parts, across the whole workbook."""

    def __init__(self, name: str):
        self.name = name
        self.elements = 0
        self.loose = 0  # outside rows and shared strings: openpyxl keeps these until the part is read

    def scan(self, part: str, open_part: Callable) -> None:
        _PartScan(self, part).run(open_part)

    def quick(self, member: zipfile.ZipInfo, archive: zipfile.ZipFile) -> bool:
        """Whether the part passed on byte counts alone (then counted as expat would count it); False when
        expat is to scan it."""
        record_tag, max_records = _record_kind(member.filename)
        if member.file_size > QUICK_PART_BYTES:
            return False
        try:
            data = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            return False  # expat's scan meets the same damage and says what it says
        counts = quick_counts(data, record_tag, max_records)
        if counts is None:
            return False
        elements, loose = counts
        if self.elements + elements > MAX_ELEMENTS or self.loose + loose > MAX_LOOSE_ELEMENTS:
            return False
        self.elements += elements
        self.loose += loose
        return True

    def too_much(self, part: str) -> UnreadableFileError:
        return UnreadableFileError(
            _(
                "The Excel file {name} is not read: its part {part} holds more, or other things, than any workbook "
                "of learners does."
            ).format(name=self.name, part=part)
        )


class _PartScan:
    """expat's handlers for one part. A record is a row of a sheet or a shared string: openpyxl
    holds one record whole at a time, and keeps an emptied element for each after it."""

    def __init__(self, counter: _Counter, part: str):
        self.counter, self.part = counter, part
        self.record_tag, self.max_records = _record_kind(part)
        self.records = 0
        self.depth = 0  # inside a record: 1 + how deep below it; 0 outside
        self.in_record = 0  # elements inside the current record
        self.row_number = 0
        self.column = 0  # the current cell's column in its row
        self.lowest = 0  # the largest row and column number of a cell so far: the reader holds the rectangle
        self.widest = 0
        self.text = 0  # characters of the current run of text

    def run(self, open_part: Callable) -> None:
        parser = ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.StartDoctypeDeclHandler = self.doctype
        with open_part() as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)

    def start(self, tag: str, attributes: dict) -> None:
        # Called for every element of the sheet (three quarters of a million for 10,000 learners): the
        # usual element, a cell's inside a row, takes the first branch with as few lookups as can be.
        counter = self.counter
        self.text = 0
        elements = counter.elements = counter.elements + 1
        if elements > MAX_ELEMENTS or (attributes and sum(map(len, attributes.values())) > MAX_CELL_CHARS):
            raise counter.too_much(self.part)
        if self.depth:
            self.depth += 1
            in_record = self.in_record = self.in_record + 1
            if in_record > MAX_RECORD_ELEMENTS:
                raise self._too_wide()
            if self.depth == 2 and self.record_tag == "row":  # a cell
                self._cell(attributes)
        elif tag.rpartition(":")[2] == self.record_tag:
            self.depth, self.in_record = 1, 0
            self.records += 1
            if self.record_tag == "row":
                self.row_number = _row_number(attributes, self.row_number)
                self.column = 0
            if self.records > self.max_records or self.row_number > MAX_ROW_NUMBER:
                if self.record_tag == "row":
                    raise UnreadableFileError(too_far(counter.name))
                raise counter.too_much(self.part)
        else:
            counter.loose += 1
            if counter.loose > MAX_LOOSE_ELEMENTS:
                raise counter.too_much(self.part)

    def _cell(self, attributes: dict) -> None:
        reference = attributes.get("r", "")
        self.column = _column_number(reference, self.column)
        # calamine places a cell by its own reference, whatever its row's says ("A1048600" in row 1).
        row = max(self.row_number, _reference_row(reference))
        if row > MAX_ROW_NUMBER:
            raise UnreadableFileError(too_far(self.counter.name))
        self.lowest, self.widest = max(self.lowest, row), max(self.widest, self.column)
        if self.lowest * self.widest > MAX_AREA_CELLS:
            raise UnreadableFileError(too_spread(self.counter.name, self.lowest, self.widest))

    def end(self, _tag: str) -> None:
        self.text = 0
        if self.depth:
            self.depth -= 1

    def characters(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_CELL_CHARS:
            if self.depth and self.record_tag == "row":
                raise UnreadableFileError(too_long(self.counter.name, self.row_number))
            raise self.counter.too_much(self.part)

    def doctype(self, *_declaration) -> None:
        raise self.counter.too_much(self.part)  # no spreadsheet has one; entity tricks live there

    def _too_wide(self) -> UnreadableFileError:
        if self.record_tag == "row":
            return UnreadableFileError(too_wide(self.counter.name, self.row_number))
        return self.counter.too_much(self.part)


def _row_number(attributes: dict, previous: int) -> int:
    """The row's number as a reader takes it: its ``r``, else the one after the previous row."""
    number = attributes.get("r", "")
    return _whole(number.encode("ascii")) if number.isascii() and number.isdecimal() else previous + 1


def _whole(digits: bytes) -> int:
    """The number ASCII `digits` write, as far as a bound needs it: one beyond every bound when it has more digits than
    any row number (`int` refuses a number of thousands of digits, and a hostile file may write one)."""
    digits = digits.lstrip(b"0")
    return int(digits or b"0") if len(digits) <= 9 else 10**10


def _bound_damaged(counter: _Counter, member: zipfile.ZipInfo, archive: zipfile.ZipFile) -> None:
    """Bound a sheet (or the shared strings) that is not well-formed XML by its bytes alone: as far down as the largest
    row number a row or a cell states (any ``r``, also a repeated one) plus the rows that state none, as far right as
    the largest column a cell of a row states plus the cells of that row that state none. Each measure is at least
    what any reader can make of the part."""
    record_tag, max_records = _record_kind(member.filename)
    try:
        data = archive.read(member)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return  # beyond unpacking: calamine cannot read it either
    if record_tag == "si":
        if data.count(b"<si") > max_records:
            raise counter.too_much(member.filename)
        return
    rows = data.split(b"<row")[1:]
    lowest = widest = unnumbered = 0
    for row in rows:
        start, _, cells = row.partition(b">")
        numbers = ROW_REFERENCE_RE.findall(start)
        unnumbered += not numbers
        lowest = max(lowest, max(map(_whole, numbers), default=0))
        farthest = unplaced = 0
        for cell in cells.split(b"<c")[1:]:
            references = CELL_REFERENCE_RE.findall(cell.partition(b">")[0])
            unplaced += not references
            for letters, digits in references:
                lowest = max(lowest, _whole(digits))
                farthest = max(farthest, _column_number_of(letters[:4]))
        widest = max(widest, farthest + unplaced)
    lowest += unnumbered
    if lowest > MAX_ROW_NUMBER:
        raise UnreadableFileError(too_far(counter.name))
    if lowest * widest > MAX_AREA_CELLS:
        raise UnreadableFileError(too_spread(counter.name, lowest, widest))


def _reference_row(reference: str) -> int:
    """The row of a cell's reference ("XFD60000": 60,000), 0 when it states none."""
    digits = reference[len(reference.rstrip("0123456789")) :]
    return _whole(digits.encode("ascii")) if digits.isascii() and digits else 0


def _column_number(reference: str, previous: int) -> int:
    """The column of a cell whose reference is `reference` ("XFD60000": 16,384), else the one after the previous."""
    letters = reference.rstrip("0123456789")
    if not letters or not letters.isascii() or not letters.isalpha():
        return previous + 1
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _column_number_of(letters: bytes) -> int:
    return _column_number(letters.decode("ascii"), 0)


def _record_kind(part: str) -> tuple[str, int]:
    """The tag of the records of `part` and how many it may hold. Any part but the shared strings is measured as a
    sheet: a workbook's relations may name any part its sheet, and calamine reads it (in other parts the rows are
    none, and their elements are loose, as before). Shared strings elsewhere than where Excel puts them are loose
    elements too, and bounded as those."""
    if part.lower().rsplit("/", 1)[-1] == "sharedstrings.xml":
        return "si", MAX_SHARED_STRINGS
    return "row", MAX_ROW_NUMBER


def _has_markup(body: bytes) -> bool:
    return (b"!" in body or b"?" in body) and MARKUP_RE.search(body) is not None


def quick_counts(data: bytes, record_tag: str, max_records: int) -> tuple[int, int] | None:
    """The elements and the loose elements of the part `data` as expat counts them, when byte counts show
    it within every bound of `_PartScan` (each measure here is at least what expat would find); None when
    a bound may be reached or the part is not of the plain shape these counts assume."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    declaration = XML_DECLARATION_RE.match(body)
    if declaration:
        encoding = ENCODING_RE.search(declaration.group())
        if encoding and encoding.group(1).lower() != b"utf-8":
            return None  # in another encoding a byte "<" need not be the character
        body = body[declaration.end() :]
    # Without comments, CDATA, processing instructions or a DOCTYPE every "<" opens a tag, and "</" an end tag.
    # (A "!" or "?" is looked for first: in a sheet without one, that is a tenth of the search for "<!" or "<?".)
    if not body.lstrip().startswith(b"<") or b"\x00" in body or _has_markup(body):
        return None
    tag = record_tag.encode()
    if b":" + tag in body:
        return None  # a prefixed name, which expat sees as another tag
    # A text or the attributes of an element lie between two "<": in UTF-8 no more characters than bytes.
    size = len(body)
    if body.find(b"<") > MAX_CELL_CHARS or size - 1 - body.rfind(b"<") > MAX_CELL_CHARS:
        return None
    if any(body.find(b"<", start, start + QUICK_BLOCK) < 0 for start in range(0, size - QUICK_BLOCK + 1, QUICK_BLOCK)):
        return None
    elements = body.count(b"<") - body.count(b"</")
    opening = re.compile(rb"<" + tag + rb"(?=[\s/>])[^<]*")  # a record's start tag and any text after it
    found = list(opening.finditer(body))
    openings = [start.group() for start in found]
    records = len(openings)
    if not records:
        return None  # no records: loose elements only, which expat counts as well in a moment
    # Each record ends where the next begins ("</row><row"), and none closes itself: no record lies inside
    # another, so a record's elements lie between its start and the next record's.
    closing = b"</" + tag + b">"
    follows = [
        start.start() - len(closing)
        for start in found
        if start.start() >= len(closing) and body.startswith(closing, start.start() - len(closing))
    ]
    if len(follows) != records - 1 or body.count(closing) != records:
        return None
    if any(b"/>" in start for start in openings):
        return None
    edges = [0, *follows, size]
    if max(end - start for start, end in pairwise(edges)) > QUICK_RECORD_BYTES:
        return None
    if records > max_records:
        return None
    if record_tag == "row":
        # A row's number is its "r", else the one after the previous row's: never more than the largest
        # number in any row's start tag plus the number of rows.
        largest = max(map(_whole, DIGITS_RE.findall(b" ".join(openings))), default=0)
        if largest + records > MAX_ROW_NUMBER:
            return None
        # The rectangle the reader holds: as far down as the largest number in any row's start tag (plus the number
        # of rows, unless every row states its number first) or in any cell's reference, as far right as the largest
        # column of a cell, each of which states its reference first here (`_PartScan` works out any other shape).
        numbered = sum(start.startswith(b'<row r="') for start in openings)
        lowest = max(largest if numbered == records else largest + records, 1)
        # Only the references that may reach further are found: a row of fewer digits than `lowest` lies above it.
        digits = len(str(lowest))
        references = set(_unusual_cells(digits).findall(body))
        if (b"", b"") in references:
            return None
        widest = max(26, *(_column_number_of(letters) for letters, _row in references))
        lowest = max(lowest, *(_whole(row) for _letters, row in references if len(row) >= digits))
        if lowest > MAX_ROW_NUMBER or lowest * widest > MAX_AREA_CELLS:
            return None
    # The loose elements lie before the first record and after the last: short stretches, counted instead of the
    # records between them, which are most of the part.
    first, last = opening.search(body).start(), body.rfind(b"</" + tag + b">")
    before = body.count(b"<", 0, first) - body.count(b"</", 0, first)
    after = body.count(b"<", last) - body.count(b"</", last)
    return elements, before + after
