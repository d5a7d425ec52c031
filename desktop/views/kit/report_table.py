"""A table of a report in the kit's row model: one column per report column, figures as the PDF prints them,
sorting on the numbers themselves. Rows keep their place in the report, so the first column (a month, a quarter,
a group in the report's order) sorts back into that order."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from desktop.i18n import _
from desktop.services.report_export import cell_text
from desktop.services.reports import HIDDEN, ReportTable
from desktop.views.kit.table_model import Column, RowTableModel


def hidden_tip() -> str:
    return _("Not shown: fewer than 5 students, so that no one can be singled out.")


def _column(index: int, key: str, label: str, kind: str) -> Column:
    def display(row) -> str:
        return cell_text(row[1][index], kind)

    def sort(row):
        value = row[1][index]
        if value is HIDDEN or value is None:
            return None  # empty cells sort last, whichever way
        if index == 0:
            return row[0]
        return value if kind != "text" else str(value)

    def tooltip(row) -> str:
        return hidden_tip() if row[1][index] is HIDDEN else display(row)

    return Column(key, label, display, sort=sort, align_right=kind != "text", tooltip=tooltip)


class ReportTableModel(RowTableModel):
    """The rows (or, with `totals`, the totals row) of one `ReportTable`."""

    def __init__(self, parent=None, *, totals: bool = False):
        super().__init__(parent)
        self.totals = totals
        self.columns = ()

    def show_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._sorted_by = None  # another table's column numbers mean nothing here
        if table is None:
            self.columns = ()
        else:
            self.columns = tuple(
                _column(index, column.key, column.label, column.kind) for index, column in enumerate(table.columns)
            )
        self.endResetModel()
        if table is None:
            rows = []
        elif self.totals:
            rows = [(0, table.totals)] if table.totals else []
        else:
            rows = list(enumerate(table.rows))
        self.set_rows(rows)

    def values(self, row: int) -> list:
        """The report's own values of a shown row (numbers, `HIDDEN`, None)."""
        return self.row_object(row)[1]


def fit_columns(view: QTableView, totals: QTableView) -> None:
    """Size the columns of a table and of its totals row below it alike, wide enough for both."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        header.resizeSection(column, max(header.sectionSize(column), totals.sizeHintForColumn(column) + 12))
        totals.setColumnWidth(column, header.sectionSize(column))
    totals.setVisible(totals.model().rowCount() > 0)
    totals.setFixedHeight(totals.verticalHeader().defaultSectionSize() + 2 * totals.frameWidth())
