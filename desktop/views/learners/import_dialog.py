"""Importing learners from a file with a preview, and exporting them; the Learners tab calls these.

`run_import(parent)` lets the coordinator choose a file and shows every row: new, changed (field by
field, old → new) or unchanged, with its problems marked, and on request the learners LeerWerk knows
that the file leaves out. The new and changed rows are ticked; the coordinator may untick some, and
imports on a worker thread with a progress dialog that can cancel (the transaction is rolled back).
The rules are those of `desktop.services.learner_io`, the same as on the command line.
`export_learners_interactive(parent)` asks where to save and writes the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop import clock
from desktop.errors import LeerWerkError
from desktop.forms.ui_import_dialog import Ui_ImportDialog
from desktop.i18n import N_, _, format_number, ngettext
from desktop.services import learner_io
from desktop.services.connection import WorkerConnection
from desktop.services.learner_io import ImportCancelledError, ImportPlan, ImportResult, RowPlan, UnreadableFileError
from desktop.settings import EXPORT_FOLDER, IMPORT_FOLDER, Settings
from desktop.views.kit.jobs import Job, start
from desktop.views.kit.table_model import Column, Index, RowTableModel

log = logging.getLogger(__name__)

PROBLEM_ROW = QColor(255, 235, 235)  # light enough for black text; the problem cell itself is stronger
PROBLEM_CELL = QColor(250, 200, 200)
PROBLEM_TEXT = QColor(160, 0, 0)
WARNING_TEXT = QColor(140, 80, 0)  # what the import does otherwise than the file says: worth reading, not blocking
GROUP_LABELS = {
    learner_io.NEW: N_("New"),
    learner_io.CHANGED: N_("Changed"),
    learner_io.UNCHANGED: N_("Unchanged"),
}
ALL_ROWS, PROBLEM_ROWS = "all", "problems"


# -- The preview ---------------------------------------------------------------------------------------


class PreviewModel(RowTableModel):
    """The file's rows as read: line (ticked to import), problems, group, changes and remarks, then the
    recognised columns under the file's own headers."""

    LINE, PROBLEMS, GROUP, CHANGES, REMARKS = 0, 1, 2, 3, 4
    FIXED = (
        Column("line", N_("Line"), lambda r: str(r.line), sort=lambda r: r.line, searchable=False, align_right=True),
        Column("problems", N_("Problems"), lambda r: _problem_text(r), foreground=lambda r: _red(r)),
        Column("group", N_("What"), lambda r: _group_text(r)),
        Column("changes", N_("Changes"), lambda r: _changes_text(r), tooltip=lambda r: _changes_text(r, "\n")),
        Column(
            "remarks",
            N_("Remarks"),
            lambda r: _remarks_text(r),
            foreground=lambda r: _amber(r),
            tooltip=lambda r: _remarks_text(r, "\n"),
        ),
    )

    def __init__(self, plan: ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.columns = self.FIXED + tuple(
            Column(key, header, lambda r, key=key: r.text(key)) for key, header in plan.columns
        )
        self.keys_by_header = {header: key for key, header in plan.columns}
        self.chosen = {row.line for row in plan.rows_to_import(skip_invalid=True)}  # ticked: new and changed
        self.set_rows(plan.rows)

    def choosable(self, row: RowPlan) -> bool:
        return row.valid and row.group != learner_io.UNCHANGED

    def set_chosen(self, lines: set[int]) -> None:
        self.chosen = lines
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.LINE), self.index(self.rowCount() - 1, self.LINE))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.LINE and self.choosable(self.row_object(index.row())):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.LINE:
            return False
        row = self.row_object(index.row())
        if not self.choosable(row):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(row.line)
        else:
            self.chosen.discard(row.line)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if len(self.FIXED) <= section < len(self.columns):
                return self.columns[section].header  # the file's own words, not a msgid
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.row() < self.rowCount():
            plan: RowPlan = self.row_object(index.row())
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.LINE and self.choosable(plan):
                return Qt.CheckState.Checked if plan.line in self.chosen else Qt.CheckState.Unchecked
            if not plan.valid and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
                key = self.columns[index.column()].key
                reasons = [p.reason for p in plan.problems if self.keys_by_header.get(p.column) == key]
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(PROBLEM_CELL if reasons else PROBLEM_ROW)
                if reasons:
                    return "\n".join(reasons)
                if index.column() == self.PROBLEMS:
                    return "\n".join(_problem_line(p) for p in plan.problems)
        return super().data(index, role)


def _problem_line(problem) -> str:
    return f"{problem.column}: {problem.reason}" if problem.column else problem.reason


def _problem_text(row: RowPlan) -> str:
    return "; ".join(_problem_line(p) for p in row.problems)


def _red(row: RowPlan):
    return None if row.valid else QBrush(PROBLEM_TEXT)


def _group_text(row: RowPlan) -> str:
    if not row.valid:
        return ""
    text = _(GROUP_LABELS[row.group])
    if row.new_period and row.learner_id is not None:
        text += " " + _("(new BPV period)")
    elif row.same_learner_as is not None:  # a new learner's other placement
        text += " " + _("(BPV period of line {line})").format(line=row.same_learner_as)
    return text


def _changes_text(row: RowPlan, between: str = "; ") -> str:
    return between.join(f"{change.column}: {change.old or '–'} → {change.new}" for change in row.changes)


def _remarks_text(row: RowPlan, between: str = "; ") -> str:
    return between.join(_problem_line(warning) for warning in row.warnings)


def _amber(row: RowPlan):
    return QBrush(WARNING_TEXT) if row.warnings else None


class MissingModel(RowTableModel):
    """The learners LeerWerk knows at the file's schools whom the file leaves out."""

    columns = (
        Column("id", N_("Number"), lambda r: str(r.id), sort=lambda r: r.id, align_right=True),
        Column("name", N_("Name"), lambda r: r.name),
        Column("school", N_("School"), lambda r: r.school),
    )


class SortingProxy(QSortFilterProxyModel):
    """Sorting and filtering stay with the row model (one pass in Python, not a call per row)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


# -- The worker ----------------------------------------------------------------------------------------


class ImportWorker(Job):
    """Applies a plan on a pool thread, through the job helper; it never touches a widget.

    Its signals belong to the dialog, so they live and die on the window's thread, and the worker
    emits nothing after its last report. peewee gives this thread its own connection, opened with the
    same pragmas (foreign keys on); the worker closes it when done. A checkpoint failure after a
    committed import is logged, not reported: the data is safe in the WAL.
    """

    def __init__(self, plan: ImportPlan, skip_invalid: bool, lines: set[int], parent: QObject):
        super().__init__(
            lambda job: learner_io.apply_import(
                job.plan, skip_invalid=job.skip_invalid, progress=job.progress, lines=job.lines
            ),
            log_line="Import failed",
            failure=_("The import failed ({kind}); nothing was imported. The details are in the log."),
            cancelled_by=(ImportCancelledError,),
            parent=parent,
        )
        self.plan, self.skip_invalid, self.lines = plan, skip_invalid, set(lines)
        # The database as it is now: after the report the window may open another one, while this
        # thread still checkpoints and closes its own connection to this one.
        self.connection = WorkerConnection()

    def progress(self, done: int, total: int) -> bool:
        # `apply_import` cannot be told to stop by a return value: cancelling raises, which rolls back.
        if self.cancel_requested.is_set():
            raise ImportCancelledError()
        return super().progress(done, total)

    def after(self, succeeded: bool) -> None:
        # After the report: the coordinator need not wait while SQLite copies the WAL into the file.
        try:
            if succeeded:
                self.connection.checkpoint()
        except Exception as error:  # noqa: BLE001 - the import is committed; a later checkpoint will do
            log.warning("Checkpoint after import failed: %s", type(error).__name__)
        finally:
            self.connection.close()


# -- The dialog ----------------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Preview of a file's learners with their problems, and the import itself."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.setObjectName("import.dialog")
        self.ui.tableView.setObjectName("import.table")
        self.ui.skipInvalidCheck.setObjectName("import.skipInvalid")
        self.ui.groupCombo.setObjectName("import.group")
        self.ui.missingCheck.setObjectName("import.missing")
        self.ui.missingView.setObjectName("import.missingTable")
        self.ui.summaryLabel.setObjectName("import.summary")
        self.ui.problemsLabel.setObjectName("import.problems")
        self.import_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(_("&Import"))
        self.imported = False
        self.import_result: ImportResult | None = None
        self.worker: ImportWorker | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.plan = learner_io.read_learners(path)  # UnreadableFileError goes to the caller
        self.ui.fileLabel.setText(_("File: {path}").format(path=path))
        self.model = PreviewModel(self.plan, self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.tableView.setModel(self.proxy)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.missing_model = MissingModel(self)
        self.ui.missingView.setModel(self.missing_model)
        self.ui.missingView.setVisible(False)
        self.ui.missingView.setWordWrap(False)
        self.ui.missingView.verticalHeader().setDefaultSectionSize(self.ui.tableView.fontMetrics().height() + 8)
        # The file's rows are what the coordinator decides on; the learners it leaves out are a list to check.
        layout = self.layout()
        layout.setStretchFactor(self.ui.tableView, 3)
        layout.setStretchFactor(self.ui.missingView, 1)
        self.ui.missingCheck.setVisible(bool(self.plan.rows) and not self.plan.file_problems)
        self.ui.missingCheck.toggled.connect(self._show_missing)
        self._fill_groups()
        self.ui.groupCombo.currentIndexChanged.connect(self._show_group)
        self.ui.tickAllButton.clicked.connect(lambda: self._tick(True))
        self.ui.tickNoneButton.clicked.connect(lambda: self._tick(False))
        self.model.dataChanged.connect(lambda *_changed: self._update())
        self.ui.skipInvalidCheck.toggled.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.start_import)
        self.ui.buttonBox.rejected.connect(self.reject)
        has_row_problems = bool(self.plan.invalid_rows) and not self.plan.file_problems
        self.ui.skipInvalidCheck.setVisible(has_row_problems)
        for column in (PreviewModel.PROBLEMS, PreviewModel.GROUP, PreviewModel.CHANGES, PreviewModel.REMARKS):
            self.ui.tableView.setColumnHidden(column, bool(self.plan.file_problems))
        self.ui.tableView.setColumnHidden(PreviewModel.PROBLEMS, not self.plan.problems)
        self.ui.tableView.setColumnHidden(PreviewModel.CHANGES, not self.plan.group(learner_io.CHANGED))
        self.ui.tableView.setColumnHidden(PreviewModel.REMARKS, not self.plan.warnings)
        self._update()

    def _show_missing(self, on: bool) -> None:
        if on and not self.missing_model.total_count():  # worked out when first asked for
            self.missing_model.set_rows(self.plan.missing)
            self.ui.missingView.resizeColumnsToContents()
            self.ui.missingCheck.setText(
                ngettext(
                    "Show the {count} learner in LeerWerk who is &not in the file",
                    "Show the {count} learners in LeerWerk who are &not in the file",
                    len(self.plan.missing),
                ).format(count=format_number(len(self.plan.missing)))
            )
        self.ui.missingView.setVisible(on)

    def _fill_groups(self) -> None:
        combo = self.ui.groupCombo
        combo.addItem(_("All rows ({count})").format(count=format_number(len(self.plan.rows))), ALL_ROWS)
        for group, label in GROUP_LABELS.items():
            count = len(self.plan.group(group))
            combo.addItem(_("{group} ({count})").format(group=_(label), count=format_number(count)), group)
        combo.addItem(
            _("With problems ({count})").format(count=format_number(len(self.plan.invalid_rows))), PROBLEM_ROWS
        )
        has_rows = bool(self.plan.rows) and not self.plan.file_problems
        self.ui.groupCombo.setEnabled(has_rows)
        for button in (self.ui.tickAllButton, self.ui.tickNoneButton):
            button.setVisible(has_rows and len(self.model.chosen) > 1)

    def show_group(self, group: str) -> None:
        """Show only the rows of `group` (NEW, CHANGED, UNCHANGED), PROBLEM_ROWS or ALL_ROWS."""
        self.ui.groupCombo.setCurrentIndex(self.ui.groupCombo.findData(group))

    def _show_group(self) -> None:
        group = self.ui.groupCombo.currentData()
        if group == ALL_ROWS:
            self.model.set_filter(None)
        elif group == PROBLEM_ROWS:
            self.model.set_filter(lambda row: not row.valid)
        else:
            self.model.set_filter(lambda row, group=group: row.valid and row.group == group)

    def _tick(self, on: bool) -> None:
        """Tick or untick the new and changed rows on screen (all of them, or those of the group shown)."""
        shown = {self.model.row_object(r).line for r in range(self.model.rowCount())}
        choosable = {row.line for row in self.plan.rows if self.model.choosable(row)} & shown
        self.model.set_chosen(self.model.chosen | choosable if on else self.model.chosen - choosable)

    def _size_columns(self) -> None:
        # Measure a sample, not 10,000 rows: resizeColumnsToContents would read every cell.
        view = self.ui.tableView
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setResizeContentsPrecision(200)
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 320))
        view.setColumnWidth(PreviewModel.PROBLEMS, max(view.columnWidth(PreviewModel.PROBLEMS), 260))

    @property
    def skip_invalid(self) -> bool:
        return self.ui.skipInvalidCheck.isChecked()

    def _update(self) -> None:
        summary = preview_summary(self.plan, self.skip_invalid, self.model.chosen)
        self.ui.summaryLabel.setText("\n".join([summary, *self.plan.notes]))
        file_problems = [str(problem) for problem in self.plan.file_problems]
        if file_problems:
            file_problems.insert(0, _("This file cannot be imported:"))
        self.ui.problemsLabel.setText("\n".join(file_problems))
        self.ui.problemsLabel.setVisible(bool(file_problems))
        self.ui.problemsLabel.setStyleSheet(f"color: {PROBLEM_TEXT.name()};")
        self.import_button.setEnabled(
            self.plan.importable(self.skip_invalid, self.model.chosen) and self.worker is None
        )

    # -- importing
    def start_import(self) -> None:
        lines = set(self.model.chosen)
        if not self.plan.importable(self.skip_invalid, lines) or self.worker is not None:
            return
        total = len(self.plan.rows_to_import(self.skip_invalid, lines))
        self.worker = ImportWorker(self.plan, self.skip_invalid, lines, self)
        progress = QProgressDialog(_("Importing learners…"), _("Cancel"), 0, total, self)
        progress.setObjectName("import.progress")
        progress.setWindowTitle(_("Import learners"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_import)
        self.progress_dialog = progress
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self._update()
        self.ui.buttonBox.setEnabled(False)
        start(self.worker)

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(_("Cancelling; nothing will be imported…"))

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and not self.worker.cancelled():
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _end_import(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.worker = None
        self.ui.buttonBox.setEnabled(True)
        self._update()

    def _finished(self, result: ImportResult) -> None:
        self._end_import()
        self.imported, self.import_result = True, result
        QMessageBox.information(self, _("Import learners"), "\n".join(learner_io.describe(result)))
        self.accept()

    def _failed(self, message: str) -> None:
        self._end_import()
        QMessageBox.warning(self, _("Import learners"), message)

    def _cancelled(self) -> None:
        self._end_import()
        self.ui.summaryLabel.setText(_("The import was cancelled; nothing was imported."))

    def reject(self) -> None:
        if self.worker is not None:  # Escape while importing means cancel, not close
            self.cancel_import()
            return
        super().reject()


def preview_summary(plan: ImportPlan, skip_invalid: bool, chosen: set[int] | None = None) -> str:
    """A few sentences on what the file holds and what an import of the `chosen` lines (all new and
    changed rows when None) would do."""
    total, invalid = len(plan.rows), len(plan.invalid_rows)
    rows = ngettext("{count} row", "{count} rows", total).format(count=format_number(total))
    if plan.file_problems:
        return _("{rows} read.").format(rows=rows)
    if invalid and skip_invalid:
        text = _("{rows}, of which {invalid} with problems (marked red); those are skipped.").format(
            rows=rows, invalid=format_number(invalid)
        )
    elif invalid:
        text = _("{rows}, of which {invalid} with problems (marked red).").format(
            rows=rows, invalid=format_number(invalid)
        )
        text += " " + _("Correct the file and choose it again, or skip these rows.")
    else:
        text = _("{rows}, all without problems.").format(rows=rows)
    groups = [
        ngettext(singular, plural, count).format(count=format_number(count))
        for singular, plural, count in (  # the msgids are those of learner_io.describe_groups
            ("{count} new", "{count} new", len(plan.group(learner_io.NEW))),
            ("{count} changed", "{count} changed", len(plan.group(learner_io.CHANGED))),
            ("{count} unchanged", "{count} unchanged", len(plan.group(learner_io.UNCHANGED))),
        )
    ]
    text += " " + _("In the file: {groups}.").format(groups=", ".join(groups))
    if plan.importable(skip_invalid, chosen):
        result = plan.summary(skip_invalid, chosen)
        text += " " + _("The import adds {learners} and {periods}.").format(
            learners=ngettext("{count} learner", "{count} learners", result.learners).format(
                count=format_number(result.learners)
            ),
            periods=ngettext("{count} BPV period", "{count} BPV periods", result.periods).format(
                count=format_number(result.periods)
            ),
        )
        if result.updated_learners or result.updated_periods:
            text += " " + _("It changes {learners} and {periods}.").format(
                learners=ngettext("{count} learner", "{count} learners", result.updated_learners).format(
                    count=format_number(result.updated_learners)
                ),
                periods=ngettext("{count} BPV period", "{count} BPV periods", result.updated_periods).format(
                    count=format_number(result.updated_periods)
                ),
            )
        created = learner_io.describe_new_names(plan, skip_invalid, chosen)
        if created:
            text += " " + created
    elif not invalid and total:
        text += " " + _("Nothing to add or change.")
    if plan.unknown_columns:
        text += " " + _("Columns ignored (unknown): {columns}.").format(columns=", ".join(plan.unknown_columns))
    return text


# -- Entry points for the Learners tab -------------------------------------------------------------------


def run_import(parent: QWidget | None, path: Path | None = None) -> bool:
    """Choose a file (unless `path` is given), preview it and import; True when learners were imported."""
    if path is None:
        settings = Settings()
        filename, _filter = QFileDialog.getOpenFileName(
            parent,
            _("Import learners"),
            str(settings.get(IMPORT_FOLDER) or ""),
            _("Spreadsheets (*.csv *.xlsx *.xls *.txt);;All files (*)"),
        )
        if not filename:
            return False
        path = Path(filename)
        settings.set(IMPORT_FOLDER, path.parent)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        dialog = ImportDialog(path, parent)
    except UnreadableFileError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _("Import learners"), error.message)
        return False
    QGuiApplication.restoreOverrideCursor()
    dialog.exec()
    imported = dialog.imported
    dialog.deleteLater()  # a 10,000-row preview is not kept alive by the parent
    return imported


def export_learners_interactive(parent: QWidget | None) -> Path | None:
    """Ask where to save, write every learner with their current period; the path, or None."""
    settings = Settings()
    folder = settings.get(EXPORT_FOLDER) or Path.home()
    stem = _("learners")  # a file name in the coordinator's language, outside the f-string for the extractor
    suggestion = folder / f"{stem}-{clock.today().isoformat()}.xlsx"
    excel, csv_filter = _("Excel workbook (*.xlsx)"), _("CSV for Excel, separated by semicolons (*.csv)")
    filename, chosen = QFileDialog.getSaveFileName(
        parent, _("Export learners"), str(suggestion), f"{excel};;{csv_filter}"
    )
    if not filename:
        return None
    path = Path(filename)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".csv" if chosen == csv_filter else ".xlsx"))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        learner_io.export_learners(path)
    except LeerWerkError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _("Export learners"), error.message)
        return None
    QGuiApplication.restoreOverrideCursor()
    settings.set(EXPORT_FOLDER, path.parent)
    return path
