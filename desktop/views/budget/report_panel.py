"""A report shown as the Rapportages window shows one: its title, a sentence when there is nothing to count, its
tables one at a time with their totals below, and how was counted."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.forms.ui_budget_report_panel import Ui_BudgetReportPanel
from desktop.services.reports import Report
from desktop.views.kit.report_table import ReportTableModel, fit_columns
from desktop.views.kit.widgets import compact_rows


class BudgetReportPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BudgetReportPanel()
        self.ui.setupUi(self)
        self.report: Report | None = None
        self.model = ReportTableModel(self)
        self.totals = ReportTableModel(self, totals=True)
        self.ui.tableView.setModel(self.model)
        compact_rows(self.ui.tableView)
        self.ui.totalsView.setModel(self.totals)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        self.ui.tableView.setSortingEnabled(True)
        header.sectionResized.connect(lambda column, _old, width: self.ui.totalsView.setColumnWidth(column, width))
        self.ui.tableView.horizontalScrollBar().valueChanged.connect(self.ui.totalsView.horizontalScrollBar().setValue)
        bold = QFont(self.ui.totalsView.font())
        bold.setBold(True)
        self.ui.totalsView.setFont(bold)
        self.ui.tableBar.setExpanding(False)
        self.ui.tableBar.setDocumentMode(True)
        self.ui.tableBar.currentChanged.connect(self._show_table)
        self.ui.emptyLabel.hide()

    def show_report(self, shown: Report | None) -> None:
        """Show `shown` (None: nothing), on the same table as before when it is the same kind of report."""
        chosen = self.ui.tableBar.currentIndex() if self.report is not None and shown is not None else 0
        self.report = shown
        self.ui.titleLabel.setText(shown.title if shown else "")
        self.ui.emptyLabel.setText(shown.empty if shown and shown.empty else "")
        self.ui.emptyLabel.setVisible(bool(shown and shown.empty))
        self.ui.notesLabel.setText("\n".join(shown.notes) if shown else "")
        tables = shown.tables if shown else []
        bar = self.ui.tableBar
        with QSignalBlocker(bar):
            while bar.count():
                bar.removeTab(0)
            for table in tables:
                bar.addTab(table.title)
            bar.setCurrentIndex(min(max(chosen, 0), len(tables) - 1) if tables else -1)
        self._show_table(bar.currentIndex())

    def _show_table(self, index: int) -> None:
        table = self.report.tables[index] if self.report is not None and 0 <= index < len(self.report.tables) else None
        self.ui.tableView.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.show_table(table)
        self.totals.show_table(table)
        fit_columns(self.ui.tableView, self.ui.totalsView)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
