"""A scan round: its name, from when to when, and the teams that take part."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_scan_round_dialog import Ui_ScanRoundDialog
from desktop.i18n import _
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import set_date

TEAM_ID = Qt.ItemDataRole.UserRole


class ScanRoundDialog(RememberedDialog):
    remembered_as = "scan_round"

    def __init__(self, parent: QWidget | None = None, round_id: int | None = None):
        from desktop.services import climate

        super().__init__(parent)
        self.ui = Ui_ScanRoundDialog()
        self.ui.setupUi(self)
        self.setObjectName("climate.round_dialog")
        self.round_id = round_id
        self.saved_id: int | None = None
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {
                "name": self.ui.nameEdit,
                "starts_on": self.ui.startsEdit,
                "ends_on": self.ui.endsEdit,
                "teams": self.ui.teamsList,
            },
            {"teams": _("Teams"), "starts_on": _("From"), "ends_on": _("To")},
        )
        current = climate.get_round(round_id) if round_id is not None else None
        self.teams = QStandardItemModel(self)
        self.ui.teamsList.setModel(self.teams)
        self._show(current)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.cancel)
        self.restore_geometry()
        self.mark_clean()

    def _show(self, current) -> None:
        """Show the round as stored (when the dialog opens, and after someone else saved it since)."""
        from desktop.services import reference

        self.version = current.version if current is not None else None  # stated by the save
        self.teams.clear()
        for team_id, label, active in reference.team_choices():
            chosen = current is not None and team_id in current.team_ids
            if not active and not chosen:
                continue
            item = QStandardItem(label)
            item.setData(team_id, TEAM_ID)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.teams.appendRow(item)
        if current is not None:
            self.setWindowTitle(_("Scan round “{name}”").format(name=current.name))
            self.ui.nameEdit.setText(current.name)
            set_date(self.ui.startsEdit, current.starts_on)
            set_date(self.ui.endsEdit, current.ends_on)

    def reload(self) -> None:
        from desktop.services import climate

        self._show(climate.get_round(self.round_id))

    def chosen_teams(self) -> list[int]:
        return [
            self.teams.item(row).data(TEAM_ID)
            for row in range(self.teams.rowCount())
            if self.teams.item(row).checkState() == Qt.CheckState.Checked
        ]

    def edited_state(self) -> tuple:
        return (self.ui.nameEdit.text(), self.ui.startsEdit.text(), self.ui.endsEdit.text(), *self.chosen_teams())

    def save(self) -> bool:
        from desktop.services import climate

        try:
            self.saved_id = climate.save_round(
                self.round_id,
                self.ui.nameEdit.text(),
                self.ui.startsEdit.text(),
                self.ui.endsEdit.text(),
                self.chosen_teams(),
                seen_version=self.version,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self.reload)
            return False
        except LeerWerkError as error:
            self.ui.errorLabel.setText(error.message)
            return False
        return True
