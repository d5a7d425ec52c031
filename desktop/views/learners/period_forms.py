"""The Forms page of the period dialog: the period's practice assignments and assessment forms with their
status and signatures, opened, or started for this period, through the window (`kit.links`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.i18n import _
from desktop.settings import PERIOD_TABLE_HEADER
from desktop.views.kit import form_columns
from desktop.views.kit.links import links_of
from desktop.views.kit.table_model import RowTableModel
from desktop.views.kit.widgets import remember_header, select_where, selected_object


class PeriodFormsModel(RowTableModel):
    DUE = 4
    columns = (
        form_columns.NUMBER,
        form_columns.KIND,
        form_columns.TITLE,
        form_columns.STATUS,
        form_columns.DUE,
        form_columns.SIGNED,
    )


class PeriodForms:
    """Runs the Forms page of a period dialog (`ui` is its generated form, `dialog` the dialog)."""

    def __init__(self, dialog: QWidget, ui, on_change: Callable[[], None], save_period: Callable[[], bool]):
        self.dialog, self.ui, self.on_change, self.save_period = dialog, ui, on_change, save_period
        self.period_id: int | None = None
        self.model = PeriodFormsModel(dialog)
        table = ui.formsTable
        table.setModel(self.model)
        table.setObjectName("period.forms")
        table.setSortingEnabled(True)
        table.sortByColumn(PeriodFormsModel.DUE, Qt.SortOrder.AscendingOrder)
        table.setProperty("sized", remember_header(table, PERIOD_TABLE_HEADER.of(table="forms"), fixed=()))
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.openFormButton.clicked.connect(self.open_selected)
        ui.newAssessmentButton.clicked.connect(lambda: self.new_form("assessment"))
        ui.newAssignmentButton.clicked.connect(lambda: self.new_form("assignment"))
        for button, name in (
            (ui.openFormButton, "open"),
            (ui.newAssessmentButton, "new_assessment"),
            (ui.newAssignmentButton, "new_assignment"),
        ):
            button.setObjectName(f"period.forms.{name}")
        can_open = links_of(dialog) is not None
        for button in (ui.newAssessmentButton, ui.newAssignmentButton):
            button.setEnabled(can_open)
            if not can_open:
                button.setToolTip(_("Open this period from the main window to make its forms."))
        self._update_buttons()

    def show_period(self, period_id: int | None) -> None:
        from desktop.services import form_lists

        self.period_id = period_id
        rows = form_lists.period_form_rows(period_id) if period_id is not None else []
        self.model.set_rows(rows)
        pages = self.ui.pages
        pages.setTabText(
            pages.indexOf(self.ui.formsPage), _("&Forms ({count})").format(count=len(rows)) if rows else _("&Forms")
        )
        self._update_buttons()

    def selected(self):
        return selected_object(self.ui.formsTable)

    def _update_buttons(self, *_args) -> None:
        self.ui.openFormButton.setEnabled(self.selected() is not None and links_of(self.dialog) is not None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(row.kind, row.id)

    def new_form(self, kind: str) -> None:
        # A form belongs to a stored period: a new period is saved first (and can be undone), as a new learner is
        # saved for its first period.
        if self.period_id is None and not self.save_period():
            return
        self._open(kind, None)

    def _open(self, kind: str, form_id: int | None) -> None:
        links = links_of(self.dialog)
        if links is None:
            return
        key = links.open_form(self.dialog, kind, form_id, period_id=self.period_id, on_change=self.on_change)
        self.show_period(self.period_id)
        if key is not None:
            select_where(self.ui.formsTable, lambda r: r.key == key)
