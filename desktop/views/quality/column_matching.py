"""Matching the columns of an online form's export that match no question by their words: the coordinator
chooses the question each one asks, or "not used"; the import remembers the choice (`form_column`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget

from desktop.forms.ui_waardering_columns_dialog import Ui_WaarderingColumnsDialog
from desktop.i18n import _
from desktop.views.kit.dialogs import RememberedDialog

NOT_USED = -1  # the combo's value for "not used" (None is "not chosen yet")


class ColumnMatchingDialog(RememberedDialog):
    remembered_as = "waardering_columns"

    def __init__(self, headings: list[str], questions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WaarderingColumnsDialog()
        self.ui.setupUi(self)
        self.setObjectName("waardering.columns")
        self.combos: dict[str, QComboBox] = {}
        for heading in headings:
            label = QLabel(heading, self.ui.columnsHost)
            label.setWordWrap(True)
            combo = QComboBox(self.ui.columnsHost)
            combo.setAccessibleName(_("The question the column “{column}” asks").format(column=heading))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(40)
            combo.addItem(_("(choose)"), None)
            combo.addItem(_("Not used"), NOT_USED)
            for question in questions:
                combo.addItem(question.text, question.id)
                combo.setItemData(combo.count() - 1, question.text, Qt.ItemDataRole.ToolTipRole)  # in full
            combo.currentIndexChanged.connect(self._enable_ok)
            label.setBuddy(combo)
            self.ui.columnsLayout.addRow(label, combo)
            self.combos[heading] = combo
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._enable_ok()
        self.restore_geometry()

    def _enable_ok(self) -> None:
        chosen = all(combo.currentData() is not None for combo in self.combos.values())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def chosen(self) -> dict[str, int | None]:
        """Per heading the question chosen, None for a column not to use."""
        return {
            heading: None if combo.currentData() == NOT_USED else combo.currentData()
            for heading, combo in self.combos.items()
        }
