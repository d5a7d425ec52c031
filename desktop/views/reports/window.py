"""The Rapportages window: choose a report and its range, read its tables and chart, save it to Excel or PDF.

A report is made on a pool thread (`desktop.views.kit.jobs`) on its own connection to the database, so the window
stays responsive; only the newest request is shown when the person changes their mind meanwhile. A range the
report refuses (the end before the start, more than ten years) is said beside the date at fault.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.errors import ValidationError
from desktop.forms.ui_reports_window import Ui_ReportsWindow
from desktop.i18n import _
from desktop.services.connection import on_own_connection
from desktop.services.report_export import save_report
from desktop.services.reports import KINDS, Report, report
from desktop.views.kit import jobs
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.files import ask_path, open_file, run_with_progress
from desktop.views.kit.report_table import ReportTableModel, fit_columns
from desktop.views.reports.chart import ReportChartView

DATE_SETTLES_MS = 300  # typing a date changes it digit by digit: the report waits until the typing stops


def _make_report(kind: str, start: dt.date | None, end: dt.date | None) -> Report | ValidationError:
    """The report, or the reason its range is refused (as a value, so the window can say it beside the field)."""

    def work() -> Report | ValidationError:
        try:
            return report(kind, start, end)
        except ValidationError as error:
            return error

    return on_own_connection(work)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportsWindow(RememberedDialog):
    """One window beside the main window (not modal); `shown` is emitted whenever a report or a refusal is shown."""

    remembered_as = "reports"
    shown = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportsWindow()
        self.ui.setupUi(self)
        self.setObjectName("reports.window")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.ui.reportCombo.setObjectName("reports.kind")
        self.ui.tableView.setObjectName("reports.table")
        self.ui.totalsView.setObjectName("reports.totals")
        self.report: Report | None = None
        self._jobs: list[jobs.Job] = []  # running; the last is the newest request, the only one whose end is shown
        self._busy = False
        self._shown_kind = ""

        self.model = ReportTableModel(self)
        self.totals = ReportTableModel(self, totals=True)
        self.ui.tableView.setModel(self.model)
        self.ui.totalsView.setModel(self.totals)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.tableView.horizontalHeader().setSortIndicatorShown(True)
        self.ui.tableView.setSortingEnabled(True)
        self.ui.tableView.horizontalHeader().sectionResized.connect(
            lambda column, _old, width: self.ui.totalsView.setColumnWidth(column, width)
        )
        self.ui.tableView.horizontalScrollBar().valueChanged.connect(self.ui.totalsView.horizontalScrollBar().setValue)
        bold = QFont(self.ui.totalsView.font())
        bold.setBold(True)
        self.ui.totalsView.setFont(bold)
        self.ui.tableBar.setExpanding(False)
        self.ui.tableBar.setDocumentMode(True)
        self.ui.tableBar.currentChanged.connect(self._show_table)

        self.chart = ReportChartView(self.ui.chartPanel)
        self.chart.setObjectName("reports.chart")
        self.ui.chartLayout.addWidget(self.chart)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([360, 280])
        self.ui.errorLabel.hide()
        self.ui.emptyLabel.hide()

        self.errors = FieldErrors(
            self.ui.errorLabel, {"start": self.ui.fromEdit, "end": self.ui.toEdit}, self._captions()
        )
        self._settle = QTimer(self, singleShot=True, interval=DATE_SETTLES_MS)
        self._settle.timeout.connect(self.refresh)
        self.ui.fromEdit.dateChanged.connect(self._settle.start)
        self.ui.toEdit.dateChanged.connect(self._settle.start)
        self.ui.defaultRangeButton.clicked.connect(lambda: self.choose(self.kind()))
        self.ui.reportCombo.currentIndexChanged.connect(lambda _index: self.choose(self.kind()))
        self.ui.xlsxButton.clicked.connect(lambda: self.save(".xlsx"))
        self.ui.pdfButton.clicked.connect(lambda: self.save(".pdf"))
        self.ui.buttonBox.rejected.connect(self.reject)

        self._fill_kinds()
        self.resize(1180, 760)
        self.restore_geometry()
        self.choose(self.kind())

    # -- language ------------------------------------------------------------------------------------------------
    def _captions(self) -> dict[str, str]:
        return {"start": _("From"), "end": _("To")}

    def _fill_kinds(self) -> None:
        current = self.kind() if self.ui.reportCombo.count() else None
        with QSignalBlocker(self.ui.reportCombo):
            self.ui.reportCombo.clear()
            for kind, label in KINDS.items():
                self.ui.reportCombo.addItem(_(label), kind)
            if current is not None:
                self.ui.reportCombo.setCurrentIndex(self.ui.reportCombo.findData(current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.errors.captions = self._captions()
            self._fill_kinds()
            self.refresh()
        super().changeEvent(event)

    # -- making a report -----------------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.ui.reportCombo.currentData()

    def choose(self, kind: str) -> None:
        """Show the report of `kind` over its usual range (twelve months; eight quarters for dropout)."""
        index = self.ui.reportCombo.findData(kind)
        if index != self.ui.reportCombo.currentIndex():
            self.ui.reportCombo.setCurrentIndex(index)  # which comes back here
            return
        self._request(kind, None, None)

    def choose_range(self, start: dt.date, end: dt.date) -> None:
        """Show the current report from `start` to `end` (as if the dates were typed)."""
        with QSignalBlocker(self.ui.fromEdit), QSignalBlocker(self.ui.toEdit):
            self.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
            self.ui.toEdit.setDate(QDate(end.year, end.month, end.day))
        self.refresh()

    def refresh(self) -> None:
        """Make the current report again over the dates shown."""
        self._settle.stop()
        self._request(self.kind(), _date(self.ui.fromEdit.date()), _date(self.ui.toEdit.date()))

    def _request(self, kind: str, start: dt.date | None, end: dt.date | None) -> None:
        self._set_busy(True)
        # Signals without a parent, to bound methods: should the window go while a job runs, Qt drops the call.
        job = jobs.Job(
            lambda _job: _make_report(kind, start, end), log_line="Making a report failed", signals=jobs.JobSignals()
        )
        job.signals.finished.connect(self._made)
        job.signals.failed.connect(self._failed)
        self._jobs = [running for running in self._jobs if not running.ended.is_set()]
        self._jobs.append(jobs.start(job))

    def _newest(self) -> bool:
        """Whether the signal being handled comes from the newest request (an older one ending later is not shown)."""
        return bool(self._jobs) and self.sender() is self._jobs[-1].signals

    def _made(self, result: Report | ValidationError) -> None:
        if not self._newest():
            return
        self._set_busy(False)
        if isinstance(result, ValidationError):
            self._show(None)
            self.errors.show(result)
        else:
            self.errors.clear()
            self._show(result)
        self.ui.errorLabel.setVisible(bool(self.ui.errorLabel.text()))
        self.shown.emit()

    def _failed(self, message: str) -> None:
        if not self._newest():
            return
        self._set_busy(False)
        self._show(None)
        self.errors.clear()
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.shown.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._enable_saving()

    def _enable_saving(self) -> None:
        can_save = self.report is not None and not self._busy
        self.ui.xlsxButton.setEnabled(can_save)
        self.ui.pdfButton.setEnabled(can_save)

    # -- showing it ----------------------------------------------------------------------------------------------
    def _show(self, shown: Report | None) -> None:
        self.report = shown
        self._enable_saving()
        if shown is not None:
            with QSignalBlocker(self.ui.fromEdit), QSignalBlocker(self.ui.toEdit):
                # The report's own range: dropout counts whole quarters, so its dates may widen to them.
                self.ui.fromEdit.setDate(QDate(shown.start.year, shown.start.month, shown.start.day))
                self.ui.toEdit.setDate(QDate(shown.end.year, shown.end.month, shown.end.day))
        self.ui.titleLabel.setText(f"{shown.title} · {shown.period}" if shown else "")
        self.ui.emptyLabel.setText(shown.empty if shown and shown.empty else "")
        self.ui.emptyLabel.setVisible(bool(shown and shown.empty))
        self.ui.notesLabel.setText("\n".join(shown.notes) if shown else "")
        tables = shown.tables if shown else []
        bar = self.ui.tableBar
        # The same table again when only the range changed; another report starts at its first.
        chosen = bar.currentIndex() if shown is not None and shown.kind == self._shown_kind else 0
        self._shown_kind = shown.kind if shown is not None else self._shown_kind
        with QSignalBlocker(bar):
            while bar.count():
                bar.removeTab(0)
            for table in tables:
                bar.addTab(table.title)
            bar.setCurrentIndex(min(max(chosen, 0), len(tables) - 1) if tables else -1)
        self._show_table(bar.currentIndex())
        self.chart.draw(shown.chart if shown is not None and not shown.empty else None)

    def _show_table(self, index: int) -> None:
        table = self.report.tables[index] if self.report is not None and 0 <= index < len(self.report.tables) else None
        self.ui.tableView.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.show_table(table)
        self.totals.show_table(table)
        fit_columns(self.ui.tableView, self.ui.totalsView)

    # -- saving --------------------------------------------------------------------------------------------------
    def save(self, suffix: str) -> Path | None:
        """Ask where, write the report shown as .xlsx or .pdf on a pool thread, and open it; the path or None."""
        shown = self.report
        if shown is None:
            return None
        pattern = _("Excel workbook (*.xlsx)") if suffix == ".xlsx" else "PDF (*.pdf)"
        name = f"{shown.title} {shown.start.isoformat()} {shown.end.isoformat()}"
        path = ask_path(self, _("Save report"), name, pattern)
        if path is None:
            return None
        written = run_with_progress(
            self,
            _("Saving the report…"),
            lambda _progress, _cancelled: on_own_connection(lambda: save_report(path, shown)),
            failure_title=_("Report not saved"),
        )
        if written is None:
            return None
        open_file(written)
        return written

    def done(self, result: int) -> None:
        self._settle.stop()
        for job in self._jobs:
            job.ended.wait()  # a report takes a fraction of a second; its connection is closed after
        super().done(result)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ui.reportCombo.setFocus()
