"""The budget window, beside the main window: the year's training spend against its budget (set here, per year and
location), the external training requests with the manager's decisions, and the yearly training plan with the
versions the works council agreed to.

The spend and the plan are made on a pool thread (`desktop.views.kit.jobs`) on their own connection, so the window
stays responsive; only the newest request for each is shown. Saving a budget or a request can be undone (Ctrl+Z).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_budget_window import Ui_BudgetWindow
from desktop.i18n import N_, _, format_date, format_datetime, format_fixed
from desktop.services.connection import on_own_connection
from desktop.services.reports import Report
from desktop.storage import choices
from desktop.views.budget.commands import SaveRequestCommand
from desktop.views.kit import jobs
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, run_dialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.files import ask_path, open_file, run_with_progress
from desktop.views.kit.role_limits import hide_writers, main_window_of, read_only_fields, through
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, UpdateCommand
from desktop.views.kit.widgets import compact_rows, confirm, fill_combo, selected_object

REQUEST_COLUMNS = (
    Column("person", N_("Staff member"), lambda r: r.person, sort=lambda r: r.person),
    Column("title", N_("Training"), lambda r: r.title),
    Column("provider", N_("Provider"), lambda r: r.provider),
    Column("cost", N_("Cost (€)"), lambda r: format_fixed(r.cost, 2), sort=lambda r: r.cost, align_right=True),
    Column("first_day", N_("First day"), lambda r: format_date(r.first_day), sort=lambda r: r.first_day),
    Column("decision", N_("Decision"), lambda r: _(choices.REQUEST_DECISIONS[r.decision])),
    Column("manager", N_("Manager"), lambda r: r.manager),
    Column("enrolled", N_("Enrolled"), lambda r: _("yes") if r.enrolled else ""),
    Column("reason", N_("Reason"), lambda r: r.reason.replace("\n", " "), tooltip=lambda r: r.reason),
)
AGREED_COLUMNS = (
    Column("year", N_("Year"), lambda p: str(p.year), sort=lambda p: p.year),
    Column("agreed_on", N_("Agreed on"), lambda p: format_date(p.agreed_on, "long"), sort=lambda p: p.agreed_on),
    Column("kept", N_("Kept on"), lambda p: format_datetime(p.created_at, "short"), sort=lambda p: p.created_at),
    Column("notes", N_("Note"), lambda p: p.notes),
)


class RowsModel(RowTableModel):
    def __init__(self, columns, parent=None):
        super().__init__(parent)
        self.columns = columns


def _made(kind: str, year: int) -> Report | ValidationError:
    """The spend or the plan of `year`, or the reason it is refused, on this thread's own connection."""

    def work() -> Report | ValidationError:
        from desktop.services.budget import spend_report
        from desktop.services.training_plan import plan_report

        try:
            return spend_report(year) if kind == "spend" else plan_report(year)
        except ValidationError as error:
            return error

    return on_own_connection(work)


class BudgetWindow(RememberedDialog):
    """One window beside the main window (not modal); `shown` is emitted whenever the spend or the plan is shown."""

    remembered_as = "budget"
    shown = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BudgetWindow()
        self.ui.setupUi(self)
        self.setObjectName("budget.window")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        ui = self.ui
        self._jobs: dict[str, list[jobs.Job]] = {"spend": [], "plan": []}
        self.undo_stack = QUndoStack(self)
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        ui.undoButton.clicked.connect(self.undo_stack.undo)
        ui.redoButton.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(ui.undoButton.setEnabled)
        self.undo_stack.canRedoChanged.connect(ui.redoButton.setEnabled)
        ui.undoButton.setEnabled(False)
        ui.redoButton.setEnabled(False)

        self.requests = RowsModel(REQUEST_COLUMNS, self)
        ui.requestsView.setModel(self.requests)
        ui.requestsView.setSortingEnabled(True)
        ui.requestsView.horizontalHeader().setStretchLastSection(True)
        compact_rows(ui.requestsView)
        ui.requestsView.selectionModel().selectionChanged.connect(self._enable_request_buttons)
        self.agreed = RowsModel(AGREED_COLUMNS, self)
        ui.agreedView.setModel(self.agreed)
        ui.agreedView.horizontalHeader().setStretchLastSection(True)
        ui.agreedView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        compact_rows(ui.agreedView)

        self.budget_errors = FieldErrors(
            ui.budgetErrorLabel,
            {"amount": ui.budgetEdit, "location": ui.budgetLocationCombo, "year": ui.yearSpin},
            {"amount": _("Budget"), "location": _("Budget for")},
        )
        ui.budgetErrorLabel.hide()
        ui.requestsErrorLabel.hide()
        today = clock.today()
        ui.yearSpin.setValue(today.year)
        ui.planYearSpin.setValue(today.year + 1)
        ui.yearSpin.valueChanged.connect(lambda _year: self.refresh_spend())
        ui.planYearSpin.valueChanged.connect(lambda _year: self.refresh_plan())
        ui.budgetLocationCombo.currentIndexChanged.connect(lambda _index: self._show_budget_amount())
        ui.budgetEdit.returnPressed.connect(through(ui.setBudgetButton, self.set_budget))
        ui.setBudgetButton.clicked.connect(self.set_budget)
        ui.spendXlsxButton.clicked.connect(lambda: self.save(ui.spendPanel.report, ".xlsx"))
        ui.spendPdfButton.clicked.connect(lambda: self.save(ui.spendPanel.report, ".pdf"))
        ui.planXlsxButton.clicked.connect(lambda: self.save(ui.planPanel.report, ".xlsx"))
        ui.planPdfButton.clicked.connect(lambda: self.save(ui.planPanel.report, ".pdf"))
        ui.agreedXlsxButton.clicked.connect(lambda: self.save_agreed(".xlsx"))
        ui.agreedPdfButton.clicked.connect(lambda: self.save_agreed(".pdf"))
        ui.agreeButton.clicked.connect(self.agree)
        ui.newRequestButton.clicked.connect(lambda: self.open_request(None))
        ui.openRequestButton.clicked.connect(self._open_selected)
        ui.requestsView.doubleClicked.connect(through(ui.openRequestButton, self._open_selected))
        ui.deleteRequestButton.clicked.connect(self.delete_request)
        ui.buttonBox.rejected.connect(self.reject)
        # A request's dialog is made to change it (its Save the server would refuse), so a read-only login reads the
        # requests in the list, whose columns show all of it, and opens none. Nothing it does here can be undone.
        main_window = main_window_of(parent)
        hide_writers(
            main_window, ui.setBudgetButton, ui.agreeButton, ui.newRequestButton, ui.openRequestButton,
            ui.deleteRequestButton, ui.undoButton, ui.redoButton,
        )  # fmt: skip
        self._read_only_for_role()

        self.resize(1180, 760)
        self.restore_geometry()
        self.refresh()

    def _read_only_for_role(self) -> None:
        # Again after a change of language: the Designer layout's translation puts the amount's hint back.
        read_only_fields(main_window_of(self), self.ui.budgetEdit)

    # -- reading -------------------------------------------------------------------------------------------------
    def year(self) -> int:
        return self.ui.yearSpin.value()

    def refresh(self) -> None:
        """Read everything again (after a change here or elsewhere)."""
        self._fill_locations()
        self.refresh_spend()
        self.refresh_plan()
        self._read_requests()
        self._read_agreed()

    def refresh_spend(self) -> None:
        self._fill_locations()
        self._request("spend", self.year())
        self._read_requests()

    def refresh_plan(self) -> None:
        self._request("plan", self.ui.planYearSpin.value())

    def _fill_locations(self) -> None:
        from desktop.services.budget import budgets_of
        from desktop.services.training_matrix import location_choices

        rows = budgets_of(self.year())
        self._budgets = {row["location"]: row["amount"] for row in rows}
        # The version each budget shown has, for setting it to state; 0 for one not set, which no record has.
        self._budget_versions = {row["location"]: row["version"] for row in rows}
        fill_combo(self.ui.budgetLocationCombo, location_choices(), empty=_("Whole organisation"))
        self._show_budget_amount()

    def _show_budget_amount(self) -> None:
        amount = self._budgets.get(self.ui.budgetLocationCombo.currentData())
        self.ui.budgetEdit.setText(format_fixed(amount, 2) if amount is not None else "")

    def _request(self, kind: str, year: int) -> None:
        panel = self.ui.spendPanel if kind == "spend" else self.ui.planPanel
        panel.setCursor(Qt.CursorShape.BusyCursor)
        job = jobs.Job(
            lambda _job: _made(kind, year), log_line="Making a budget report failed", signals=jobs.JobSignals()
        )
        # Signals without a parent, to bound methods: should the window go while a job runs, Qt drops the call.
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        running = [other for other in self._jobs[kind] if not other.ended.is_set()]
        self._jobs[kind] = [*running, jobs.start(job)]

    def _newest(self) -> str | None:
        """The kind of report whose newest request sent the signal being handled (an older one is not shown)."""
        sender = self.sender()
        return next((kind for kind, running in self._jobs.items() if running and running[-1].signals is sender), None)

    def _finished(self, result: Report | ValidationError) -> None:
        if (kind := self._newest()) is not None:
            self._made(kind, result)

    def _failed(self, message: str) -> None:
        if (kind := self._newest()) is not None:
            self._made(kind, ValidationError("", message))

    def _made(self, kind: str, result: Report | ValidationError) -> None:
        panel = self.ui.spendPanel if kind == "spend" else self.ui.planPanel
        panel.unsetCursor()
        buttons = (
            (self.ui.spendXlsxButton, self.ui.spendPdfButton)
            if kind == "spend"
            else (self.ui.planXlsxButton, self.ui.planPdfButton, self.ui.agreeButton)
        )
        if isinstance(result, ValidationError):
            panel.show_report(None)
            panel.ui.emptyLabel.setText(result.message)
            panel.ui.emptyLabel.show()
        else:
            panel.show_report(result)
        for button in buttons:
            button.setEnabled(not isinstance(result, ValidationError))
        self.shown.emit()

    def _read_requests(self) -> None:
        from desktop.services.external_requests import request_rows

        self.requests.set_rows(request_rows(self.year()))
        self.ui.requestsView.resizeColumnsToContents()
        for column in range(self.requests.columnCount() - 1):
            self.ui.requestsView.setColumnWidth(column, min(self.ui.requestsView.columnWidth(column), 260))
        self._enable_request_buttons()

    def _enable_request_buttons(self, *_args) -> None:
        chosen = selected_object(self.ui.requestsView) is not None
        self.ui.openRequestButton.setEnabled(chosen)
        self.ui.deleteRequestButton.setEnabled(chosen)

    def _read_agreed(self) -> None:
        from desktop.services.training_plan import agreed_plans

        self.agreed.set_rows(agreed_plans())
        chosen = self.agreed.rowCount() > 0
        if chosen:
            self.ui.agreedView.selectRow(0)
        self.ui.agreedXlsxButton.setEnabled(chosen)
        self.ui.agreedPdfButton.setEnabled(chosen)

    # -- budget ----------------------------------------------------------------------------------------------------
    def set_budget(self) -> bool:
        """Save the amount typed as the year's budget for the location chosen; False when refused (said beside it)."""
        from desktop.services import records
        from desktop.services.budget import set_budget

        location = self.ui.budgetLocationCombo.currentData()
        amount = self.ui.budgetEdit.text()
        try:
            record_id, previous = set_budget(self.year(), location, amount, self._budget_versions.get(location, 0))
        except ValidationError as error:
            self.budget_errors.show(error)
            self.ui.budgetErrorLabel.show()
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.budget_errors, error, self._fill_locations)
            return False
        self.budget_errors.clear()
        self.ui.budgetErrorLabel.hide()
        service = records.service("training_budget")
        text = _("Set budget")
        if previous is None:
            self.undo_stack.push(CreateCommand(service, record_id, text, on_change=self.refresh_spend))
        elif previous:
            new = service.values_of(service.get(record_id), previous)
            self.undo_stack.push(UpdateCommand(service, record_id, new, previous, text, on_change=self.refresh_spend))
        self.refresh_spend()
        return True

    # -- requests --------------------------------------------------------------------------------------------------
    def _open_selected(self) -> None:
        row = selected_object(self.ui.requestsView)
        if row is not None:
            self.open_request(row.id)

    def open_request(self, request_id: int | None) -> bool:
        """The request's dialog (a new request with None); True when it was saved."""
        from desktop.views.budget.request_dialog import RequestDialog

        dialog = RequestDialog(request_id, self)
        run_dialog(dialog)
        if dialog.saved is None:
            return False
        if dialog.saved.created or dialog.saved.previous or dialog.saved.enrolment_id is not None:
            text = _("New external request") if dialog.saved.created else _("Change external request")
            self.undo_stack.push(SaveRequestCommand(dialog.saved, text, on_change=self.refresh_spend))
        self.refresh_spend()
        return True

    def delete_request(self) -> bool:
        from desktop.services import records

        row = selected_object(self.ui.requestsView)
        if row is None or not confirm(self, _("Delete request"), _("Delete this external training request?")):
            return False
        service = records.service("external_training_request")
        try:
            snapshot = service.delete_unchanged(row.id, row.version)
        except LeerWerkError as error:
            self.ui.requestsErrorLabel.setText(error.message)
            self.ui.requestsErrorLabel.show()
            self._read_requests()  # as stored now: changed or deleted by someone else, say
            return False
        self.ui.requestsErrorLabel.hide()
        self.undo_stack.push(DeleteCommand(service, snapshot, _("Delete external request"), self.refresh_spend))
        self.refresh_spend()
        return True

    # -- the plan and the works council ---------------------------------------------------------------------------
    def agree(self) -> int | None:
        """Keep the plan shown as the version the works council agreed to; its number, or None."""
        from desktop.views.budget.agree_dialog import AgreeDialog

        dialog = AgreeDialog(self.ui.planYearSpin.value(), self)
        run_dialog(dialog)
        if dialog.snapshot_id is not None:
            self._read_agreed()
        return dialog.snapshot_id

    def save_agreed(self, suffix: str) -> Path | None:
        from desktop.services.training_plan import agreed_plan

        chosen = selected_object(self.ui.agreedView)
        if chosen is None:
            return None
        try:
            kept = agreed_plan(chosen.id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Plan not saved"), error.message)
            return None
        name = _("{title} agreed {day}").format(title=kept.title, day=chosen.agreed_on.isoformat())
        return self.save(kept, suffix, name)

    # -- saving ----------------------------------------------------------------------------------------------------
    def save(self, shown: Report | None, suffix: str, name: str | None = None) -> Path | None:
        """Ask where, write `shown` as .xlsx or .pdf on a pool thread, and open it; the path or None."""
        from desktop.services.report_export import save_report

        if shown is None:
            return None
        pattern = _("Excel workbook (*.xlsx)") if suffix == ".xlsx" else "PDF (*.pdf)"
        path = ask_path(self, _("Save report"), name or shown.title, pattern)
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

    # -- language and closing ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._read_only_for_role()
            self.requests.retranslate()
            self.agreed.retranslate()
            if self.isVisible():  # a window on its way out reads nothing more
                self.refresh()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        for running in self._jobs.values():
            for job in running:
                job.ended.wait()  # a report takes a fraction of a second; its connection is closed after
        super().done(result)
