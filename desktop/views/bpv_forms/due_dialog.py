"""The forms the batch "Due forms…" would save or print, listed before anything is done with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.i18n import _, ngettext
from desktop.views.kit import form_columns
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.table_model import RowTableModel
from desktop.views.kit.widgets import compact_rows, give_room_to

SAVE, PRINT = 1, 2  # what the person chose (the dialog's result); 0 is Cancel


class DueFormsModel(RowTableModel):
    columns = (
        form_columns.DUE,
        form_columns.LEARNER,
        form_columns.NUMBER,
        form_columns.TITLE,
        form_columns.STATUS,
        form_columns.SIGNED,
    )


class DueFormsDialog(RememberedDialog):
    remembered_as = "due_forms"

    def __init__(self, parent: QWidget, rows: list):
        super().__init__(parent)
        self.setObjectName("forms.due")
        self.setWindowTitle(_("Due forms"))
        count = len(rows)
        sentence = QLabel(
            ngettext(
                "{count} form must be ready within two weeks or is overdue.",
                "{count} forms must be ready within two weeks or are overdue.",
                count,
            ).format(count=count)
            + " "
            + ngettext(
                "Save it as a PDF file in a folder, or print it?",
                "Save them as PDF files in a folder, one file per form, or print them?",
                count,
            ),
            self,
        )
        sentence.setObjectName("forms.due.sentence")
        sentence.setWordWrap(True)
        self.model = DueFormsModel(self)
        self.model.set_rows(rows)
        table = QTableView(self)
        table.setObjectName("forms.due.table")
        table.setAccessibleName(_("Forms that are due"))
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        compact_rows(table)
        table.resizeColumnsToContents()
        give_room_to(table, self.model.column_index("title"))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save = QPushButton(_("&Save in a folder…"), self)
        save.setObjectName("forms.due.save")
        printing = QPushButton(_("&Print…"), self)
        printing.setObjectName("forms.due.print")
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(printing, QDialogButtonBox.ButtonRole.ActionRole)
        save.setDefault(True)
        save.clicked.connect(lambda: self.done(SAVE))
        printing.clicked.connect(lambda: self.done(PRINT))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sentence)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.restore_geometry()
        save.setFocus(Qt.FocusReason.OtherFocusReason)
