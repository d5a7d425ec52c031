"""The change history: the audit log as a sortable table with search as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.forms.ui_audit_log_dialog import Ui_AuditLogDialog
from desktop.i18n import N_, format_datetime, ngettext
from desktop.services.audit import recent_entries
from desktop.settings import AUDIT_HEADER, Settings
from desktop.storage import choices
from desktop.views.kit.table_model import Column, RowTableModel, SearchProxyModel


class AuditLogModel(RowTableModel):
    AT, USER, ACTION, RECORD_KIND, RECORD_ID, FIELDS = range(6)
    columns = (
        Column("at", N_("When"), lambda e: format_datetime(e.at, "short"), sort=lambda e: e.at, searchable=False),
        Column("user", N_("User"), lambda e: e.user),
        Column("action", N_("Action"), lambda e: choices.label(choices.AUDIT_ACTIONS, e.action)),
        Column("table", N_("Kind of record"), lambda e: choices.label(choices.TABLE_LABELS, e.table_name)),
        Column("record", N_("Number"), lambda e: str(e.record_id or ""), sort=lambda e: e.record_id, align_right=True),
        Column(
            "fields",
            N_("Fields"),
            lambda e: ", ".join(choices.field_label(f.strip()) for f in e.changed_fields.split(",") if f.strip()),
        ),
    )


class AuditLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditLogDialog()
        self.ui.setupUi(self)
        self.setObjectName("audit.dialog")
        self.ui.tableView.setObjectName("audit.table")
        self.ui.filterEdit.setObjectName("audit.filter")
        self.model = AuditLogModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.ui.tableView.setModel(self.proxy)
        self.ui.tableView.sortByColumn(AuditLogModel.AT, Qt.SortOrder.DescendingOrder)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.filterEdit.textChanged.connect(self.search)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()
        state = Settings().get(AUDIT_HEADER)
        if state is not None:
            header.restoreState(state)
        else:
            self.ui.tableView.resizeColumnsToContents()

    def reload(self) -> None:
        self.model.set_rows(recent_entries())
        self._show_count()

    def search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} change", "{shown} of {total} changes", total).format(shown=shown, total=total)
        )

    def done(self, result: int) -> None:
        Settings().set(AUDIT_HEADER, self.ui.tableView.horizontalHeader().saveState())
        super().done(result)
