"""Recording the works council's consent: the plan of the year is kept as it stands, never to change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop import clock
from desktop.errors import ValidationError
from desktop.forms.ui_budget_agree_dialog import Ui_BudgetAgreeDialog
from desktop.i18n import _
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import prepare_date_edit, set_date


class AgreeDialog(RememberedDialog):
    """`snapshot_id` is the number of the version kept, once Save succeeded."""

    remembered_as = "plan_consent"

    def __init__(self, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BudgetAgreeDialog()
        self.ui.setupUi(self)
        self.setObjectName("budget.agree_dialog")
        self.year = year
        self.snapshot_id: int | None = None
        self.ui.introLabel.setText(
            _("The training plan {year} is kept exactly as it stands now, as the version the works council (OR) "
              "agreed to. It can be printed again as it was, but never changed or deleted.").format(year=year)
        )  # fmt: skip
        prepare_date_edit(self.ui.agreedOnEdit)
        set_date(self.ui.agreedOnEdit, clock.today())
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {"agreed_on": self.ui.agreedOnEdit, "notes": self.ui.noteEdit, "year": self.ui.agreedOnEdit},
            {"notes": _("Note")},
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.cancel)
        self.restore_geometry()
        self.mark_clean()

    def save(self) -> bool:
        from desktop.services import training_plan

        try:
            self.snapshot_id = training_plan.agree(self.year, self.ui.agreedOnEdit.text(), self.ui.noteEdit.text())
        except ValidationError as error:
            self.errors.show(error)
            return False
        return True
