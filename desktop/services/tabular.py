"""Spreadsheet files as coordinators get them: reading CSV or XLSX into rows of cells, writing them back.

Files come from schools' systems and from Dutch Excel: `;` or `,` (or tab from "Unicode text"), UTF-8
with or without BOM, Windows-1252, UTF-16, quoted fields with line breaks, trailing empty rows and
columns, numbers and dates as real cells. Reading never raises anything but `UnreadableFileError`,
whose message names the file and says in one sentence what is wrong with it.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import LeerWerkError
from desktop.i18n import _
from desktop.storage.files import write_atomically

MAX_FILE_BYTES = 100 * 1024 * 1024
TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ""}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
OLD_EXCEL_SUFFIX = ".xls"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and any password-protected workbook
DELIMITERS = (";", ",", "\t")  # on a tie the first wins: Dutch Excel writes `;`
FORMULA_STARTS = ("=", "+", "-", "@")
EXCEL_EPOCH = dt.date(1899, 12, 30)
DMY_RE = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")
YMD_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # no text file has these, binary files plenty
EXCEL_DATE_FORMAT = "dd-mm-yyyy"

Cell = str | int | float | dt.date | None


class UnreadableFileError(LeerWerkError):
    """The file cannot be read as a table at all (missing, binary, damaged, another format)."""


@dataclass(frozen=True)
class SheetRow:
    line: int  # the line (CSV) or row number (XLSX) where this row starts, as an editor shows it
    cells: tuple[Cell, ...]


@dataclass
class Sheet:
    path: Path
    kind: str  # "csv" or "xlsx"
    rows: list[SheetRow]  # the rows that hold anything, header included


def read_sheet(path: Path, accept: Callable[[list[SheetRow]], bool] | None = None) -> Sheet:
    """The non-empty rows of `path`. Of a workbook with several sheets, the first that `accept`s."""
    path = Path(path)
    name = path.name
    if path.is_dir():
        raise UnreadableFileError(_("{name} is a folder, not a file.").format(name=name))
    if not path.exists():
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
        return Sheet(path, "xlsx", _read_xlsx(data, name, accept))
    if data.startswith(OLE_MAGIC):
        raise UnreadableFileError(old_excel_message(name))
    return Sheet(path, "csv", _read_csv(_decode(data, name), name))


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                _("The file {name} is too large to import (more than {size} MB).").format(
                    name=path.name, size=MAX_FILE_BYTES // (1024 * 1024)
                )
            )
        return path.read_bytes()
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
            _("The file {name} cannot be read: {reason}").format(name=path.name, reason=error.strerror or error)
        ) from None


def old_excel_message(name: str) -> str:
    return _(
        "The file {name} is an old Excel file (.xls) or a password-protected workbook; save it in Excel as "
        ".xlsx or CSV without a password and try again."
    ).format(name=name)


def _not_a_table(name: str) -> str:
    return _("The file {name} is not a CSV or Excel file (.csv or .xlsx).").format(name=name)


# -- CSV ---------------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]  # Excel's "Unicode text"
    elif b"\x00" in data:
        raise UnreadableFileError(_not_a_table(name))
    else:
        # Windows-1252 leaves five bytes undefined, so random binary data rarely passes as text.
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnreadableFileError(_not_a_table(name))
    text = text.rstrip("\x1a")  # an old DOS end-of-file mark
    controls = len(CONTROL_RE.findall(text))
    if controls > max(2, len(text) // 1000):
        raise UnreadableFileError(_not_a_table(name))
    return text


def _delimiter(text: str) -> str:
    first = text[:12].splitlines()[0] if text else ""
    if len(first) == 5 and first.lower().startswith("sep="):  # Excel's own hint, "sep=;" on the first line
        return first[4]
    sample = "\n".join(text.splitlines()[:20])
    counts = {delimiter: sample.count(delimiter) for delimiter in DELIMITERS}
    return max(DELIMITERS, key=lambda delimiter: counts[delimiter])


def _read_csv(text: str, name: str) -> list[SheetRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            row = _trimmed(cells)
            if row:
                rows.append(SheetRow(start, row))
    except csv.Error:
        raise UnreadableFileError(
            _("Line {line} of {name} cannot be read as CSV; check the quotes around values.").format(
                line=previous_end + 1, name=name
            )
        ) from None
    return rows


def _trimmed(cells: Sequence[Cell]) -> tuple[Cell, ...]:
    """The cells without surrounding spaces, without the empty ones at the end; () for an empty row."""
    values = [cell.strip() if isinstance(cell, str) else cell for cell in cells]
    while values and (values[-1] is None or values[-1] == ""):
        values.pop()
    return tuple(values)


# -- XLSX --------------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, accept: Callable[[list[SheetRow]], bool] | None) -> list[SheetRow]:
    # openpyxl warns about styles and extensions it skips ("no default style", data validation);
    # they say nothing about the learners, and a command line prints one line per problem only.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_workbook(data, name, accept)


def _read_workbook(data: bytes, name: str, accept: Callable[[list[SheetRow]], bool] | None) -> list[SheetRow]:
    from openpyxl import load_workbook

    damaged = _("The Excel file {name} is damaged or is not an Excel workbook.").format(name=name)
    try:
        # From memory: openpyxl refuses a path whose extension it does not know, such as a workbook renamed .csv.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises a dozen kinds for a broken zip or XML
        raise UnreadableFileError(damaged) from None
    try:
        first: list[SheetRow] | None = None
        for worksheet in workbook.worksheets:
            if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                continue
            worksheet.reset_dimensions()  # some programs write a wrong size; read what is there
            rows = [
                SheetRow(number, row)
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
                if (row := _trimmed([_xlsx_value(value) for value in values]))
            ]
            if first is None and rows:
                first = rows
            if rows and (accept is None or accept(rows)):
                return rows
        return first or []
    except UnreadableFileError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet fails while it is read, not when it is opened
        raise UnreadableFileError(damaged) from None
    finally:
        workbook.close()


def _xlsx_value(value) -> Cell:
    if value is None or isinstance(value, str | dt.date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # Excel keeps every number as a float: crebo 25491 arrives as 25491.0
    if isinstance(value, int | float):
        return value
    return str(value)  # times, durations, errors such as #N/A


def excel_serial_date(number: float) -> dt.date | None:
    """The date of an Excel day number (a date cell without a date format), None outside Excel's range."""
    if 1 <= number < 2958466:
        return EXCEL_EPOCH + dt.timedelta(days=int(number))
    return None


# -- Cells ---------------------------------------------------------------------------------------------


def cell_text(value) -> str:
    """A cell as a person reads it: dates as dd-mm-yyyy, the rest as text."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


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
    """25491, 25491.0 and "25491.0" (a number that went through Excel) all as "25491"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
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
