"""Spreadsheet files as coordinators get them: reading CSV or XLSX into rows of cells, writing them back.

Files come from schools' systems and from Dutch Excel: `;` or `,` (or tab from "Unicode text"), UTF-8
with or without BOM, Windows-1252, UTF-16, quoted fields with line breaks, trailing empty rows and
columns, numbers and dates as real cells. Reading never raises anything but `UnreadableFileError`,
whose message names the file and says in one sentence what is wrong with it.

A file is bounded by what it holds, not only by its size on disk: the rows, the cells and the length
of a cell are counted while it is read, and a workbook is measured by what it unpacks to before it is
opened (`workbook_gate`), so no file can make LeerWerk read for minutes or fill the memory.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop import clock, files
from desktop.i18n import _, format_number
from desktop.services.table_bounds import (  # noqa: F401 - the bounds are the tables' too
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROW_NUMBER,
    MAX_ROWS,
    UnreadableFileError,
    too_far,
    too_long,
    too_many_rows,
    too_wide,
)
from desktop.storage.files import write_atomically

ACCEPT_ROWS = 10  # `accept` judges a sheet by its top rows that hold anything
TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ""}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
OLD_EXCEL_SUFFIX = ".xls"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and any password-protected workbook
DELIMITERS = (";", ",", "\t")  # on a tie the first wins: Dutch Excel writes `;`
QUOTED_RE = re.compile(r'"(?:[^"]|"")*"')  # a quoted cell, with any quotes in it doubled
FORMULA_STARTS = ("=", "+", "-", "@")
EXCEL_EPOCH = dt.date(1899, 12, 30)
DATE = dt.date  # the class of a date cell (a moment's is its subclass)
DMY_RE = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")
YMD_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# A moment in a zone, as platforms and form services write it in UTC ("2026-12-07T23:30:00Z", "...+00:00").
ZONED_RE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?"
    r"\s*(?:Z|UTC|GMT|([+-])([0-9]{2}):?([0-9]{2}))"
)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # no text file has these, binary files plenty
LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # lines as `csv` counts them
BYTE_LINE_RE = re.compile(LINE_RE.pattern.encode())
UTF8_SEQUENCE_RE = re.compile(  # a well-formed UTF-8 sequence of two to four bytes (RFC 3629)
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
NON_ASCII_RE = re.compile(rb"[\x80-\xff]")
EXCEL_DATE_FORMAT = "dd-mm-yyyy"

Cell = str | int | float | dt.date | None


@dataclass(frozen=True)
class SheetRow:
    line: int  # the line (CSV) or row number (XLSX) where this row starts, as an editor shows it
    cells: tuple[Cell, ...]
    unreadable: bool = False  # bytes that are no text in the file's encoding stand as U+FFFD in the cells


@dataclass
class Sheet:
    path: Path
    kind: str  # "csv" or "xlsx"
    rows: list[SheetRow]  # the rows that hold anything, header included
    name: str = ""  # of a workbook: the title of the sheet these rows come from
    also_accepted: list[str] = field(default_factory=list)  # later sheets that `accept` too, not read


def read_sheet(path: Path, accept: Callable[[list[SheetRow]], bool] | None = None) -> Sheet:
    """The non-empty rows of `path`. Of a workbook with several sheets, the first that `accept`s;
    the titles of the sheets after it that `accept` their top `ACCEPT_ROWS` rows are noted."""
    path = Path(path)
    name = path.name
    if path.is_dir():
        raise UnreadableFileError(_("{name} is a folder, not a file.").format(name=name))
    if not path.exists():
        try:
            path.stat()
        except OSError as error:
            if error.errno == errno.ELOOP:  # links that lead round in a circle: there, but never reached
                raise UnreadableFileError(files.os_error_message(error)) from None
        raise UnreadableFileError(_("The file {name} does not exist.").format(name=path))
    suffix = path.suffix.lower()
    if suffix in (".ods", ".numbers"):
        raise UnreadableFileError(
            _("The file {name} is not an Excel workbook; save it as .xlsx or CSV and try again.").format(name=name)
        )
    # School systems often save tab-separated text as ".xls": such a file is read as the text it is.
    if suffix not in TEXT_SUFFIXES | EXCEL_SUFFIXES | {OLD_EXCEL_SUFFIX}:
        raise UnreadableFileError(_not_a_table(name))
    data = _read_bytes(path)
    if not data.strip(b" \t\r\n\x00\x1a\xef\xbb\xbf"):
        raise UnreadableFileError(_("The file {name} is empty.").format(name=name))
    # The content decides, not the name: a workbook saved as "leerlingen.csv" is still a workbook.
    if data.startswith(ZIP_MAGIC):
        sheet = Sheet(path, "xlsx", [])
        _read_xlsx(data, sheet, accept)
        return sheet
    if data.startswith(OLE_MAGIC):
        raise UnreadableFileError(old_excel_message(name))
    text, unreadable = _decode(data, name)
    del data  # a large file need not be held twice while its rows are read
    return Sheet(path, "csv", _read_csv(text, name, unreadable))


def _read_bytes(path: Path) -> bytes:
    try:
        data = files.read_regular(path, MAX_FILE_BYTES)
        if len(data) > MAX_FILE_BYTES:
            raise UnreadableFileError(
                _("The file {name} is too large to import (more than {size} MB).").format(
                    name=path.name, size=MAX_FILE_BYTES // (1024 * 1024)
                )
            )
        return data
    except files.NotAFileError as error:
        raise UnreadableFileError(files.not_a_file(error.path)) from None
    except FileNotFoundError:
        raise UnreadableFileError(_("The file {name} does not exist.").format(name=path)) from None
    except PermissionError:
        raise UnreadableFileError(
            _("The file {name} cannot be read: access is denied, or another program has it open.").format(
                name=path.name
            )
        ) from None
    except OSError as error:
        raise UnreadableFileError(
            _("The file {name} cannot be read: {reason}").format(name=path.name, reason=files.os_reason(error))
        ) from None


def old_excel_message(name: str) -> str:
    return _(
        "The file {name} is an old Excel file (.xls) or a password-protected workbook; save it in Excel as "
        ".xlsx or CSV without a password and try again."
    ).format(name=name)


def _not_a_table(name: str) -> str:
    return _("The file {name} is not a CSV or Excel file (.csv or .xlsx).").format(name=name)


# -- Bounds --------------------------------------------------------------------------------------------


class _Budget:
    """What a file may hold: counted row by row while it is read, so reading stops at the limit."""

    def __init__(self, name: str):
        self.name = name
        self.rows = 0
        self.cells = 0

    def position(self, line: int) -> None:
        """Every row passes here, also an empty one: a file of a million blank lines is refused too."""
        if line > MAX_ROW_NUMBER:
            raise UnreadableFileError(too_far(self.name))

    def take(self, line: int, cells: Sequence[Cell]) -> None:
        if len(cells) > MAX_COLUMNS:
            raise UnreadableFileError(too_wide(self.name, line))
        try:
            longest = max(map(len, cells), default=0)  # a row of text only, as every CSV row: without a loop in Python
        except TypeError:  # numbers or dates among a workbook's cells
            longest = max([len(cell) for cell in cells if cell.__class__ is str], default=0)
        if longest > MAX_CELL_CHARS:
            raise UnreadableFileError(too_long(self.name, line))
        self.rows += 1
        self.cells += len(cells)
        if self.rows > MAX_ROWS:
            raise UnreadableFileError(too_many_rows(self.name))
        if self.cells > MAX_CELLS:
            raise UnreadableFileError(
                _(
                    "The file {name} holds more than {limit} cells; LeerWerk reads at most that many from one file."
                ).format(name=self.name, limit=format_number(MAX_CELLS))
            )

    def give_back(self, rows: list[SheetRow]) -> None:
        """Rows read and then dropped (a sheet without learners) no longer count."""
        self.rows -= len(rows)
        self.cells -= sum(len(row.cells) for row in rows)


# -- CSV ---------------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, set[int]]:
    """The text of `data`, and the numbers of the lines that hold bytes which are no text in it."""
    text, unreadable = _text(data, name)
    text = text.rstrip("\x1a")  # an old DOS end-of-file mark
    controls = len(CONTROL_RE.findall(text))
    if controls > max(2, len(text) // 1000):
        raise UnreadableFileError(_not_a_table(name))
    return text, unreadable


def _text(data: bytes, name: str) -> tuple[str, set[int]]:
    """UTF-16 by its BOM (Excel's "Unicode text"), else UTF-8, else Windows-1252. UTF-8 with a few broken
    bytes (a line pasted from elsewhere) stays UTF-8 and those lines are named, instead of the whole
    file being read as Windows-1252 and every é turning into Ã©."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data:
        if data.count(b"\x00") <= max(3, len(data) // 1000):  # text with a stray zero byte, not binary: say where
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise UnreadableFileError(
                _("Line {line} of {name} holds a zero byte, which no text holds; remove it and try again.").format(
                    line=line, name=name
                )
            )
        raise UnreadableFileError(_not_a_table(name))
    encoding = "utf-16" if utf16 else "utf-8-sig"
    try:
        return data.decode(encoding), set()
    except UnicodeDecodeError:
        if utf16:
            raise UnreadableFileError(_not_a_table(name)) from None
    if data.startswith(codecs.BOM_UTF8) or _mostly_utf8(data):
        return data.decode(encoding, errors="replace"), _lines_not_utf8(data)
    try:
        # Windows-1252 leaves five bytes undefined, so random binary data rarely passes as text.
        return data.decode("cp1252"), set()
    except UnicodeDecodeError:
        raise UnreadableFileError(_not_a_table(name)) from None


def _mostly_utf8(data: bytes) -> bool:
    """Whether most characters beyond ASCII in `data`, which is not all UTF-8, are well-formed UTF-8
    sequences rather than single bytes. In Windows-1252 text they almost never are (an accented letter
    is one byte between plain letters); in UTF-8 text all are, except where something else was pasted
    in. A tie goes to UTF-8: read as Windows-1252, UTF-8 names would change without a word, while the
    other way the lines are named."""
    sequences = UTF8_SEQUENCE_RE.findall(data)
    single_bytes = len(NON_ASCII_RE.findall(data)) - sum(map(len, sequences))
    return len(sequences) >= single_bytes


def _lines_not_utf8(data: bytes) -> set[int]:
    """The numbers of the lines that are not UTF-8, counted as `csv` counts them."""
    found = set()
    for number, line in enumerate(BYTE_LINE_RE.finditer(data), start=1):
        try:
            line.group().decode("utf-8")
        except UnicodeDecodeError:
            found.add(number)
    return found


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their endings, one at a time: a `StringIO` would copy a large file whole."""
    return (match.group() for match in LINE_RE.finditer(text))


def _delimiter(text: str) -> str:
    first = text[:12].splitlines()[0] if text else ""
    if len(first) == 5 and first.lower().startswith("sep="):  # Excel's own hint, "sep=;" on the first line
        return first[4]
    # Counted outside quotes ("Vries, Jan de" is one cell), line by line: the separator is the one that splits the
    # most lines into the same number of cells; a comma in a title or a decimal ("8,5") varies from line to line.
    sample = QUOTED_RE.sub("", "".join(itertools.islice(_lines(text), 20)))
    lines = [line for line in sample.splitlines() if line.strip()]

    def fit(delimiter: str) -> tuple[int, int, int]:
        counts = Counter(line.count(delimiter) for line in lines)
        counts.pop(0, None)
        if not counts:
            return (0, 0, 0)
        cells, agreeing = max(counts.items(), key=lambda item: (item[1], item[0]))
        return (agreeing, cells, -DELIMITERS.index(delimiter))

    return max(DELIMITERS, key=fit)


def _bounded_lines(text: str, name: str, delimiter: str) -> Iterator[str]:
    """The lines of `text`, refused at the first with more separators than a row may have cells: `csv` makes a
    row whole before it can be counted, and a file of one 32 MB line of cells took a gigabyte to be refused."""
    for number, line in enumerate(_lines(text), start=1):
        if line.count(delimiter) >= MAX_COLUMNS:
            raise UnreadableFileError(too_wide(name, number))
        yield line


def _read_csv(text: str, name: str, unreadable: set[int]) -> list[SheetRow]:
    delimiter = _delimiter(text)
    reader = csv.reader(_bounded_lines(text, name, delimiter), delimiter=delimiter)
    budget = _Budget(name)
    rows = []
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            budget.position(previous_end)
            row = _without_empty_end(list(map(str.strip, cells)))  # `csv` gives text only
            if row:
                budget.take(start, row)
                broken = bool(unreadable) and not unreadable.isdisjoint(range(start, previous_end + 1))
                rows.append(SheetRow(start, row, broken))
    except csv.Error:
        raise UnreadableFileError(
            _("Line {line} of {name} cannot be read as CSV; check the quotes around values.").format(
                line=previous_end + 1, name=name
            )
        ) from None
    return rows


def _without_empty_end(values: list[Cell]) -> tuple[Cell, ...]:
    """The cells (without surrounding spaces already) without the empty ones at the end; () for an empty row."""
    while values and (values[-1] is None or values[-1] == ""):
        values.pop()
    return tuple(values)


# -- XLSX --------------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, sheet: Sheet, accept: Callable[[list[SheetRow]], bool] | None) -> None:
    from desktop.services import workbook_gate

    workbook_gate.check(data, sheet.path.name)  # before the reader unpacks anything
    _read_workbook(data, sheet, accept)


def _read_workbook(data: bytes, sheet: Sheet, accept: Callable[[list[SheetRow]], bool] | None) -> None:
    # calamine (Rust) reads a sheet of 10,000 learners in a tenth of the time openpyxl's read-only mode
    # takes (see tests/benchmarks/test_import.py); openpyxl still writes the exports.
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    name = sheet.path.name
    damaged = _("The Excel file {name} is damaged or is not an Excel workbook.").format(name=name)
    try:
        # From memory: the workbook gate has read these bytes already, and a name says nothing of the content.
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - calamine raises a kind per broken zip, XML or password
        raise UnreadableFileError(damaged) from None
    try:
        budget = _Budget(name)
        sheets = [meta for meta in workbook.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]  # no charts
        # The sheets a person sees first: a hidden one holds drop-down lists or last year's copy, not the list.
        shown = [meta.name for meta in sheets if meta.visible == SheetVisibleEnum.Visible]
        hidden = [meta.name for meta in sheets if meta.visible != SheetVisibleEnum.Visible]
        titles = shown + hidden
        for index, title in enumerate(titles):
            rows = _worksheet_rows(workbook.get_sheet_by_name(title), budget)
            if not rows:
                continue
            if accept is None or accept(rows):
                budget.give_back(sheet.rows)  # the first sheet, kept for want of a better one
                sheet.rows, sheet.name = rows, title
                if accept is not None:
                    later = [other for other in titles[index + 1 :] if other not in hidden or title in hidden]
                    sheet.also_accepted = [
                        other
                        for other in later
                        if accept(_worksheet_rows(workbook.get_sheet_by_name(other), budget, ACCEPT_ROWS))
                    ]
                return
            if sheet.rows:
                budget.give_back(rows)
            else:
                sheet.rows, sheet.name = rows, title  # what is reported when no sheet is accepted
    except UnreadableFileError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet fails while it is read, not when it is opened
        raise UnreadableFileError(damaged) from None
    finally:
        workbook.close()


def _worksheet_rows(worksheet, budget: _Budget, limit: int | None = None) -> list[SheetRow]:
    """The rows of `worksheet` that hold anything; only the first `limit` of them when given (a peek
    that is not kept, so not counted)."""
    # calamine gives the rows from the first one on, but the columns from the first that holds a cell:
    # put the empty columns back, so that a column number in a message is the one Excel shows.
    padding = (None,) * worksheet.start[1] if worksheet.start else ()
    if limit is not None:
        return _rows(worksheet.iter_rows(), padding, budget, limit, count=False)
    end = worksheet.end
    if end is None or (end[0] + 1) * (worksheet.width + len(padding)) > MAX_CELLS:
        # More cells than any list holds (or none): row by row, to stop at the row where a bound is reached.
        return _rows(worksheet.iter_rows(), padding, budget)
    # A sheet of a list's size: its bounds are checked on all rows at once, by loops in C, and only when one is
    # reached are the rows counted one by one, to say at which row (a third of the time of reading the rows, with a
    # test in Python per row).
    values = list(worksheet.iter_rows())
    if len(values) <= MAX_ROW_NUMBER:
        rows = _rows(values, padding, None)
        cells = [row.cells for row in rows]
        texts = filter(str.__instancecheck__, itertools.chain.from_iterable(cells))
        count = sum(map(len, cells))
        if (
            max(map(len, cells), default=0) <= MAX_COLUMNS
            and max(map(len, texts), default=0) <= MAX_CELL_CHARS
            and budget.rows + len(rows) <= MAX_ROWS
            and budget.cells + count <= MAX_CELLS
        ):
            budget.rows += len(rows)
            budget.cells += count
            return rows
    return _rows(values, padding, budget)


def _rows(
    values: Iterable[list], padding: tuple, budget: _Budget | None, limit: int | None = None, *, count: bool = True
) -> list[SheetRow]:
    """The rows of a sheet's `values` that hold anything, the first `limit` of them when given. With a `budget`, no
    row lies past the last row Excel has, and (with `count`) each row is counted in it."""
    rows: list[SheetRow] = []
    for number, cells in enumerate(values, start=1):
        if budget is not None:
            budget.position(number)  # a peek too: a sheet that goes on past Excel's last row is refused
        # The cells as `_xlsx_value` gives them, without surrounding spaces, in one pass over the usual cells: a text,
        # a date and no cell, without a call.
        row = _without_empty_end(
            [
                *padding,
                *[
                    value.strip() if value.__class__ is str and value
                    else value if value.__class__ is DATE
                    else None if value == ""
                    else _xlsx_cell(value)
                    for value in cells
                ],
            ]
        )  # fmt: skip
        if not row:
            continue
        if budget is not None and count:
            budget.take(number, row)
        rows.append(SheetRow(number, row))
        if limit is not None and len(rows) >= limit:
            break
    return rows


def _xlsx_cell(value) -> Cell:
    """`_xlsx_value` without surrounding spaces."""
    kind = value.__class__
    if kind is dt.date:  # the usual cells after text, a date and a number, without `_xlsx_value`'s tests
        return value
    if kind is float:
        return int(value) if value.is_integer() else value
    value = _xlsx_value(value)
    return value.strip() if isinstance(value, str) else value


def _xlsx_value(value) -> Cell:
    if value == "" or value is None:
        return None
    if isinstance(value, str | dt.date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # Excel keeps every number as a float: crebo 25491 arrives as 25491.0
    if isinstance(value, int | float):
        return value
    return str(value)  # times, durations


def excel_serial_date(number: float) -> dt.date | None:
    """The date of an Excel day number (a date cell without a date format), None outside Excel's range."""
    if 1 <= number < 2958466:
        return EXCEL_EPOCH + dt.timedelta(days=int(number))
    return None


THOUSANDS_RE = re.compile(r"[0-9]{1,3}([.,][0-9]{3})+")  # 1.000, 12.500, 1,000,000


# -- Cells ---------------------------------------------------------------------------------------------


def cell_text(value) -> str:
    """A cell as a person reads it: dates as dd-mm-yyyy, the rest as text."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def zoned_day(text: str) -> dt.date | None:
    """The day in the Netherlands of a moment written with its zone (`ZONED_RE`); None for text of another form, or
    no real moment. Late in the evening in UTC it is the next day here."""
    match = ZONED_RE.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, sign, zone_hours, zone_minutes = match.groups()
    try:
        moment = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if sign:
        offset = dt.timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
        moment -= offset if sign == "+" else -offset
    return (moment + clock.amsterdam_offset_of_utc(moment)).date()


def quick_date(text: str) -> dt.date | None:
    """d-m-yyyy or yyyy-mm-dd as `validation.date` reads them; None for anything else, or no real date."""
    match = DMY_RE.fullmatch(text)
    if match:
        day, month, year = match.groups()
    elif match := YMD_RE.fullmatch(text):
        year, month, day = match.groups()
    else:
        return None
    try:
        parsed = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return parsed if 1900 <= parsed.year <= 2200 else None


def number_text(value) -> str:
    """25491, 25491.0 and "25491.0" (a number that went through Excel) all as "25491". A thousand written with its
    separator ("1.000", "2,000") stays as written: it is no number with zero decimals, and the rule that reads it
    says what it makes of it."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if "." not in text and "," not in text:  # most cells: nothing to take off, and re.sub is slow to say so
        return text
    if THOUSANDS_RE.fullmatch(text):
        return text
    return re.sub(r"^([0-9]+)[.,]0+$", r"\1", text)


# -- Writing -------------------------------------------------------------------------------------------


def neutralised(value: str) -> str:
    """A text Excel shows as it is: one that starts like a formula gets a `'` in front."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def restored(value: str) -> str:
    """Undo `neutralised`: only a `'` that stands before a formula sign, as LeerWerk writes it."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """UTF-8 with BOM, `;` and CRLF: what Dutch Excel opens with a double click."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralised(cell) if isinstance(cell, str) else cell for cell in row])
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], sheet_title: str) -> None:
    """Dates as date cells, every text as text: nothing in the file can become a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    bold = Font(bold=True)
    heading = []
    for title in header:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, dt.date):
                cell.number_format = EXCEL_DATE_FORMAT
            elif isinstance(value, str):
                cell.data_type = "s"  # openpyxl would store "=..." as a formula
                if value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())
