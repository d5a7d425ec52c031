"""What a table file may hold, and the sentences that say a file holds more: shared by the reader (`tabular`) and
the check a workbook passes before it is unpacked (`workbook_gate`), which the reader calls."""

from __future__ import annotations

from desktop.errors import LeerWerkError
from desktop.i18n import _, format_number

# 100,000 learners with their periods are 17 MB as CSV and 10 MB as a workbook.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 110_000  # rows that hold anything: 100,000 learners with room for a header and notes
MAX_CELLS = 2_000_000  # of those rows together
MAX_ROW_NUMBER = 1_048_576  # Excel's last row, also the last line of a text file read
MAX_COLUMNS = 16_384  # Excel's last column, XFD
MAX_CELL_CHARS = 32_767  # what Excel itself holds in one cell
# The workbook reader (calamine) holds a sheet as the whole rectangle from its first cell to its last, 32 bytes a
# cell, empty ones too: two cells at A1 and XFD60000 would ask for 31 GB. 100,000 learners of 28 columns are 2.8
# million cells.
MAX_AREA_CELLS = 6_000_000


class UnreadableFileError(LeerWerkError):
    """The file cannot be read as a table at all (missing, binary, damaged, another format)."""


def too_many_rows(name: str) -> str:
    return _(
        "The file {name} holds more than {limit} rows; LeerWerk reads at most that many from one file. "
        "Split it and import the parts one by one."
    ).format(name=name, limit=format_number(MAX_ROWS))


def too_far(name: str) -> str:
    return _(
        "The file {name} goes on past line {limit}, further than an Excel sheet can; LeerWerk does not read it."
    ).format(name=name, limit=format_number(MAX_ROW_NUMBER))


def too_wide(name: str, line: int) -> str:
    return _("Line {line} of {name} has more than {limit} columns; no list LeerWerk reads is that wide.").format(
        line=line, name=name, limit=format_number(MAX_COLUMNS)
    )


def too_spread(name: str, row: int, column: int) -> str:
    return _(
        "The Excel file {name} is not read: its cells reach as far as row {row} and column {column}, an area of more "
        "than {limit} cells, where a list of learners is far smaller. Remove what lies far below or to the right of "
        "the list and save the file again."
    ).format(name=name, row=format_number(row), column=format_number(column), limit=format_number(MAX_AREA_CELLS))


def too_long(name: str, line: int) -> str:
    return _(
        "Line {line} of {name} holds a value of more than {limit} characters; no learner's data is that long."
    ).format(line=line, name=name, limit=format_number(MAX_CELL_CHARS))
