"""Drawing a `reports.Report` in a window: its tables as read-only views, and a chart in a host that keeps one
chart view and swaps the chart it shows. Shared by the studentwaardering's and the team scan's results.

QtCharts loads when a window first draws a chart, not with the main window."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

NO_PARENT = QModelIndex()
SIZED_ROWS = 40


class ReportTableModel(QAbstractTableModel):
    """One table of a report, each cell written out as the PDF prints it (hidden ones as "< 5")."""

    def __init__(self, table, parent=None):
        from desktop.services.report_export import cell_text

        super().__init__(parent)
        self.table = table
        rows = [*table.rows, *([table.totals] if table.totals else [])]
        kinds = [column.kind for column in table.columns]
        self.cells = [[cell_text(value, kinds[i]) for i, value in enumerate(row)] for row in rows]

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.table.columns[index.column()].kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].label
        return None


def report_table_view(table, parent: QWidget, name: str) -> QTableView:
    """A read-only view of one report table, its first column stretched."""
    view = QTableView(parent)
    view.setModel(ReportTableModel(table, view))
    view.setObjectName(name)
    view.setAccessibleName(table.title)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    # Hundreds of groups: the widths are measured on the first rows, not on every one.
    view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    view.resizeColumnsToContents()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def show_chart(layout, view, chart, name: str, accessible_name: str, minimum_height: int = 220):
    """Show `chart` in `view`, made (as `name`) in `layout` the first time; the chart it replaces is freed.
    Returns the view."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtGui import QPainter

    if view is None:
        view = QChartView(layout.parentWidget())
        view.setObjectName(name)
        view.setAccessibleName(accessible_name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(minimum_height)
        layout.addWidget(view)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return view
