"""The studentwaardering's results (Extra › Studentwaardering): the range and grouping, a chart of the means,
the tables of the report, saving it as XLSX or PDF, and importing an online form's export.

The figures come from `waardering_report`, which hides small groups; this window only draws them. QtCharts
loads when the window first draws a chart, not with the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import LeerWerkError, ValidationError
from desktop.forms.ui_waardering_results import Ui_WaarderingResults
from desktop.i18n import _, format_date, ngettext
from desktop.views.kit.dialogs import RememberedDialog, listed
from desktop.views.kit.report_views import report_table_view, show_chart
from desktop.views.kit.widgets import fill_combo


class WaarderingResults(RememberedDialog):
    remembered_as = "waardering_results"

    def __init__(self, parent: QWidget | None = None, on_change=None):
        from desktop.services.waardering_report import BY

        super().__init__(parent)
        self.ui = Ui_WaarderingResults()
        self.ui.setupUi(self)
        self.setObjectName("waardering.results")
        self.on_change = on_change or (lambda: None)
        self.report = None
        self.chart_view = None
        fill_combo(self.ui.byCombo, [(key, _(label)) for key, label in BY.items()])
        self.ui.showButton.clicked.connect(self.show_results)
        self.ui.byCombo.currentIndexChanged.connect(self.show_results)
        self.ui.exportButton.clicked.connect(self.save_as)
        self.ui.importButton.clicked.connect(self.import_form)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()
        self.show_results()

    def show_results(self, *_args) -> bool:
        from desktop.services.waardering_report import waardering_report

        try:
            report = waardering_report(self.ui.fromEdit.text(), self.ui.toEdit.text(), self.ui.byCombo.currentData())
        except ValidationError as error:
            QMessageBox.warning(self, _("No results"), error.message)
            return False
        self.report = report
        self.ui.fromEdit.setText(format_date(report.start, "short"))
        self.ui.toEdit.setText(format_date(report.end, "short"))
        self.ui.notesLabel.setText("\n".join([*([report.empty] if report.empty else []), *report.notes]))
        self.ui.tables.clear()
        for table in report.tables:
            view = report_table_view(table, self.ui.tables, f"waardering.table.{self.ui.tables.count()}")
            self.ui.tables.addTab(view, table.title)
        self._draw_chart()
        self.ui.exportButton.setEnabled(report.empty is None)
        return True

    def _draw_chart(self) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries

        from desktop.views.kit.chart_figures import figure_axis, label_bars

        chart_data = self.report.chart
        chart = QChart()
        chart.legend().hide()
        self.bar_figures = []
        if chart_data is not None and chart_data.categories:
            chart.setTitle(chart_data.title)
            order = list(reversed(range(len(chart_data.categories))))  # the first group at the top, as in the table
            bars = QBarSet(chart_data.series[0].name)
            bars.append([chart_data.series[0].values[position] or 0.0 for position in order])
            series = QHorizontalBarSeries()
            series.append(bars)
            chart.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([chart_data.categories[position] for position in order])
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(categories)
            values = figure_axis(chart_data)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(values)
            self.bar_figures = label_bars(chart, series, chart_data, order)
        else:
            chart.setTitle(_("Nothing to draw: no group with at least 5 responses."))
        self.chart_view = show_chart(
            self.ui.chartLayout,
            self.chart_view,
            chart,
            "waardering.chart",
            _("Chart of the mean score per group"),
        )

    def save_as(self) -> None:
        from desktop.services.report_export import report_pdf, report_xlsx
        from desktop.views.kit.files import ask_path, write_file

        if self.report is None or self.report.empty:
            return
        path = ask_path(self, _("Save results"), "studentwaardering", "Excel (*.xlsx);;PDF (*.pdf)")
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_suffix(".xlsx")
        data = report_pdf(self.report) if path.suffix.lower() == ".pdf" else report_xlsx(self.report)
        write_file(self, path, data)

    def import_form(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self, _("Import online form"), "", _("Spreadsheets (*.xlsx *.csv)")
        )
        if filename:
            self.import_file(Path(filename))

    def match_columns(self, headings: list[str]) -> dict[str, int | None] | None:
        """The question (None: not used) of each column the file names by other words, as the coordinator
        chooses them; None when they cancel."""
        from desktop.services import waardering
        from desktop.views.kit.dialogs import run_dialog
        from desktop.views.quality.column_matching import ColumnMatchingDialog

        dialog = ColumnMatchingDialog(headings, waardering.questions(), self)
        accepted = run_dialog(dialog) == ColumnMatchingDialog.DialogCode.Accepted
        return dialog.chosen() if accepted else None

    def import_file(self, path: Path) -> int:
        """Import the online form's export at `path`: all of it, or nothing with every problem said."""
        from desktop.services import tabular, waardering_import
        from desktop.views.kit.jobs import Job, wait_for

        # Reading the file is the long part and needs no database; matching and writing stay on this thread.
        ended = wait_for(Job(lambda _job: tabular.read_sheet(path), log_line="Reading a form export failed"))
        if ended.failure is not None:
            QMessageBox.warning(self, _("Nothing imported"), ended.failure)
            return 0
        plan = waardering_import.plan_responses(ended.result)
        if plan.unknown_columns:
            chosen = self.match_columns(plan.unknown_columns)
            if chosen is None:
                return 0
            plan = waardering_import.plan_responses(ended.result, chosen)
        lines = listed([str(problem) for problem in plan.problems])
        if plan.problems:
            QMessageBox.warning(self, _("Nothing imported"), "\n".join([_("Nothing was imported:"), *lines]))
            return 0
        try:
            count = waardering_import.apply_responses(plan)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Nothing imported"), error.message)
            return 0
        if count or len(plan.unmatched) > plan.imported_before:
            message = ngettext("{count} response imported.", "{count} responses imported.", count).format(count=count)
        else:
            message = _("No new responses in the file; nothing was imported.")
        if plan.unmatched:
            message += "\n\n" + _("Left out:") + "\n" + "\n".join(listed(plan.unmatched))
        QMessageBox.information(self, _("Imported"), message)
        self.on_change()
        self.show_results()
        return count
