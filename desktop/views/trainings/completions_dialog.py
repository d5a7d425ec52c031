"""Importing the learning platform's completions (Trainingen › Voltooiingen importeren…): the coordinator
chooses the export, sees what it holds (the completions to store, the rows left out and why, the course
names LeerWerk does not know yet, each with a training to choose; the choice is remembered), and imports on
a worker thread with a progress dialog that can cancel, in one transaction. The rules are those of
`desktop.services.completions`, the same as `leerwerk import completions`.

The other imports (learners, the studentwaardering) have no undo, and neither has this one: an import is
checked in its preview and written all at once."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop.forms.ui_trainings_completions_dialog import Ui_CompletionsDialog
from desktop.i18n import N_, _, format_date, format_number, ngettext
from desktop.services import completions
from desktop.services.connection import WorkerConnection
from desktop.services.learner_io import ImportCancelledError
from desktop.settings import IMPORT_FOLDER, Settings
from desktop.views.kit.dialogs import RememberedDialog, listed, run_dialog
from desktop.views.kit.jobs import Job, start, wait_for
from desktop.views.kit.table_model import Column, RowTableModel

log = logging.getLogger(__name__)

PROBLEM_TEXT = QColor(160, 0, 0)
LEFT_OUT_TEXT = QColor(140, 80, 0)


class PreviewModel(RowTableModel):
    columns = (
        Column("line", N_("Line"), lambda r: str(r.line), sort=lambda r: r.line, searchable=False, align_right=True),
        Column("person", N_("Person"), lambda r: r.person),
        Column("training", N_("Training"), lambda r: r.training),
        Column("day", N_("Completed on"), lambda r: format_date(r.day, "short") if r.day else "",
               sort=lambda r: r.day.toordinal() if r.day else 0),
        Column("score", N_("Score"), lambda r: r.score),
        Column("outcome", N_("Outcome"), lambda r: r.left_out or _("To import"),
               foreground=lambda r: LEFT_OUT_TEXT if r.left_out else None, tooltip=lambda r: r.left_out),
    )  # fmt: skip


class CompletionsJob(Job):
    """`apply_completions` on a worker thread, on its own connection, cancelled by raising from its progress
    report (the transaction is rolled back)."""

    def __init__(self, plan: completions.CompletionPlan, parent: QObject):
        super().__init__(
            lambda job: completions.apply_completions(job.plan, progress=job.progress),
            log_line="Completions import failed",
            failure=_("The import failed ({kind}); nothing was imported. The details are in the log."),
            cancelled_by=(ImportCancelledError,),
            parent=parent,
        )
        self.plan = plan
        self.connection = WorkerConnection()

    def progress(self, done: int, total: int) -> bool:
        if self.cancel_requested.is_set():
            raise ImportCancelledError()
        return super().progress(done, total)

    def after(self, succeeded: bool) -> None:
        self.connection.close()


class CompletionsDialog(RememberedDialog):
    """The preview of one export, its course names to map, and the import."""

    remembered_as = "completions_import"

    def __init__(self, sheet, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CompletionsDialog()
        self.ui.setupUi(self)
        self.setObjectName("completions.dialog")
        self.sheet = sheet
        self.imported = 0
        self.job: CompletionsJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.import_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(_("&Import"))
        self.ui.fileLabel.setText(_("File: {path}").format(path=sheet.path))
        self.ui.problemsLabel.setStyleSheet(f"color: {PROBLEM_TEXT.name()};")
        self.model = PreviewModel(self)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.verticalHeader().hide()
        self.ui.tableView.setWordWrap(False)  # one line a row; a long reason is whole in its tooltip
        self.ui.tableView.horizontalHeader().setStretchLastSection(True)
        self.course_combos: dict[str, QComboBox] = {}
        self.plan = completions.plan_completions(sheet)
        self._build_courses(self.plan.unknown_courses)
        self._show()
        self.ui.buttonBox.accepted.connect(self.start_import)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()

    # -- the preview
    def _build_courses(self, unknown: dict[str, list[int]]) -> None:
        choices = completions.trainings()
        for course, lines in unknown.items():
            label = QLabel(
                ngettext("“{course}” (line {lines})", "“{course}” (lines {lines})", len(lines)).format(
                    course=course, lines=", ".join(str(line) for line in lines[:5]) + ("…" if len(lines) > 5 else "")
                ),
                self.ui.coursesBox,
            )
            combo = QComboBox(self.ui.coursesBox)
            combo.setAccessibleName(_("The training the course “{course}” is").format(course=course))
            combo.addItem(_("(choose a training)"), None)
            for training_id, title in choices:
                combo.addItem(title, training_id)
            combo.currentIndexChanged.connect(self._mapping_changed)
            label.setBuddy(combo)
            self.ui.coursesLayout.addRow(label, combo)
            self.course_combos[course] = combo
        self.ui.coursesBox.setVisible(bool(unknown))

    def mappings(self) -> dict[str, int]:
        """The course names mapped so far in this dialog, to the trainings chosen."""
        return {course: combo.currentData() for course, combo in self.course_combos.items() if combo.currentData()}

    def _mapping_changed(self) -> None:
        self.plan = completions.plan_completions(self.sheet, self.mappings())
        self._show()

    def _show(self) -> None:
        plan = self.plan
        self.model.set_rows(completions.preview_rows(plan) if not plan.problems else [])
        self.ui.tableView.resizeColumnsToContents()
        problems = listed([str(problem) for problem in plan.problems])
        if problems:
            problems.insert(0, _("This file cannot be imported:"))
        self.ui.problemsLabel.setText("\n".join(problems))
        self.ui.problemsLabel.setVisible(bool(problems))
        self.ui.summaryLabel.setText(summary(plan))
        self.import_button.setEnabled(self.job is None and _importable(plan))

    # -- importing
    def start_import(self) -> None:
        if self.job is not None or not _importable(self.plan):
            return
        self.job = CompletionsJob(self.plan, self)
        progress = QProgressDialog(_("Importing completions…"), _("Cancel"), 0, len(self.plan.completions), self)
        progress.setObjectName("completions.progress")
        progress.setWindowTitle(_("Import completions"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_import)
        self.progress_dialog = progress
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.ui.buttonBox.setEnabled(False)
        for combo in self.course_combos.values():
            combo.setEnabled(False)
        start(self.job)

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(_("Cancelling; nothing will be imported…"))

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and self.job is not None and not self.job.cancelled():
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _end_import(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.job = None
        self.ui.buttonBox.setEnabled(True)
        for combo in self.course_combos.values():
            combo.setEnabled(True)
        self._show()

    def _finished(self, count: int) -> None:
        self._end_import()
        self.imported = count
        message = ngettext(
            "{count} completion imported, with its certificate.",
            "{count} completions imported, with their certificates.",
            count,
        ).format(count=format_number(count))
        QMessageBox.information(self, _("Import completions"), message)
        self.accept()

    def _failed(self, message: str) -> None:
        self._end_import()
        QMessageBox.warning(self, _("Import completions"), message)

    def _cancelled(self) -> None:
        self._end_import()
        self.ui.summaryLabel.setText(_("The import was cancelled; nothing was imported."))

    def reject(self) -> None:
        if self.job is not None:  # Escape while importing means cancel, not close
            self.cancel_import()
            return
        super().reject()


def _importable(plan: completions.CompletionPlan) -> bool:
    # Course names mapped without a new completion are still worth storing: the next export finds them.
    return not plan.problems and not plan.unknown_courses and bool(plan.completions or plan.new_mappings)


def summary(plan: completions.CompletionPlan) -> str:
    """What the file holds and what importing it would do, in a few sentences."""
    if plan.problems:
        return _("Nothing can be imported until the problems below are solved in the file.")
    lines = [
        ngettext(
            "{count} completion to import, each with its certificate.",
            "{count} completions to import, each with its certificate.",
            len(plan.completions),
        ).format(count=format_number(len(plan.completions)))
    ]
    completing = sum(1 for completion in plan.completions if completion.enrolment_id is not None)
    if completing:
        lines.append(
            ngettext(
                "{count} of them completes an enrolment that is open; no second enrolment is added.",
                "{count} of them complete enrolments that are open; no second enrolment is added.",
                completing,
            ).format(count=format_number(completing))
        )
    lines += completions.left_out(plan)
    lines += listed(plan.notes)
    if plan.unknown_courses:
        lines.append(
            ngettext(
                "Choose the training of {count} course name first; LeerWerk remembers it for the next export.",
                "Choose the training of {count} course names first; LeerWerk remembers them for the next export.",
                len(plan.unknown_courses),
            ).format(count=format_number(len(plan.unknown_courses)))
        )
    return "\n".join(lines)


def run_completions_import(parent: QWidget, path: Path | None = None) -> int:
    """Choose the export (unless `path` is given), preview it and import; the number of completions imported."""
    if path is None:
        settings = Settings()
        filename, _filter = QFileDialog.getOpenFileName(
            parent,
            _("Import completions"),
            str(settings.get(IMPORT_FOLDER) or ""),
            _("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if not filename:
            return 0
        path = Path(filename)
        settings.set(IMPORT_FOLDER, path.parent)
    # Reading the file is the long part and needs no database; matching it stays on this thread.
    ended = wait_for(Job(lambda _job: completions.read_sheet(path), log_line="Reading a completions export failed"))
    if ended.failure is not None:
        QMessageBox.warning(parent, _("Import completions"), ended.failure)
        return 0
    dialog = CompletionsDialog(ended.result, parent)
    run_dialog(dialog)
    return dialog.imported
