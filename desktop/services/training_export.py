"""The training matrix as an Excel workbook: the same words and colours as on screen, ready to filter.

Works on the plain `MatrixSheet`, never on the database, so it can run on a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from desktop.i18n import _
from desktop.pdf import RenderCancelledError
from desktop.pdf.trainings import MatrixSheet

FORMULA_STARTS = ("=", "+", "-", "@")  # Excel would run such text as a formula
FIXED_COLUMNS = 4  # name, team, location, role


def _text_cell(sheet, value: str):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    return cell


def matrix_xlsx(
    data: MatrixSheet,
    organisation: str,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """A workbook with one sheet: a title, the filters, then a header row and one row per person."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Training matrix")[:31])
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    fills = {colour: PatternFill("solid", fgColor=colour.lstrip("#").upper()) for colour, _label in data.legend}
    widths = [30, 24, 26, 26] + [18] * len(data.trainings)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    header_row = 4
    sheet.freeze_panes = f"B{header_row + 1}"
    last_column = get_column_letter(len(widths))
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + len(data.people)}"

    title = WriteOnlyCell(sheet, value=" – ".join(part for part in (_("Training matrix"), organisation) if part))
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    sheet.append([_text_cell(sheet, data.subtitle)])
    legend = []
    for colour, label in data.legend:
        cell = _text_cell(sheet, label)
        cell.fill = fills[colour]
        legend.append(cell)
    sheet.append(legend)
    header = []
    for text in (_("Name"), _("Team"), _("Location"), _("Role"), *data.trainings):
        cell = _text_cell(sheet, text)
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.row_dimensions[header_row].height = 45
    sheet.append(header)
    total = max(1, len(data.people))
    for number, line in enumerate(data.people):
        row = [_text_cell(sheet, text) for text in (line.name, line.team, line.location, line.role)]
        for text, colour in line.cells:
            cell = _text_cell(sheet, text)
            if colour:
                cell.fill = fills.setdefault(colour, PatternFill("solid", fgColor=colour.lstrip("#").upper()))
            row.append(cell)
        sheet.append(row)
        if number % 250 == 0:
            if cancelled is not None and cancelled():
                raise RenderCancelledError
            if progress is not None:
                progress(0.9 * number / total)
    buffer = io.BytesIO()
    book.save(buffer)
    if progress is not None:
        progress(1.0)
    return buffer.getvalue()
