"""One external training request: who asks for what, from whom, at what cost and when, and the manager's decision
with its reason (a refusal is refused without one, beside the reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_budget_request_dialog import Ui_BudgetRequestDialog
from desktop.i18n import _, format_fixed
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import fill_combo, fill_vocabulary, make_searchable, prepare_date_edit, select, set_date


class RequestDialog(RememberedDialog):
    """`saved` holds what the save did (for the window's undo) once Save succeeded."""

    remembered_as = "external_request"

    def __init__(self, request_id: int | None, parent: QWidget | None = None):
        from desktop.services import external_requests as requests

        super().__init__(parent)
        self.ui = Ui_BudgetRequestDialog()
        self.ui.setupUi(self)
        self.setObjectName("budget.request_dialog")
        self.request_id = request_id
        self.saved = None
        record = requests.get_request(request_id) if request_id is not None else None
        ui = self.ui
        for edit in (ui.firstDayEdit, ui.lastDayEdit, ui.requestedOnEdit, ui.decidedOnEdit):
            prepare_date_edit(edit)
        fill_combo(ui.staffCombo, requests.staff_choices(record.staff_id if record else None), empty="")
        make_searchable(ui.staffCombo)
        fill_combo(ui.trainingCombo, requests.training_choices(), empty=_("(none: the request is the record)"))
        fill_vocabulary(ui.decisionCombo, choices.REQUEST_DECISIONS)
        self._fill_managers(record.manager_id if record else None)
        ui.staffCombo.currentIndexChanged.connect(lambda _index: self._fill_managers(ui.managerCombo.currentData()))
        ui.decisionCombo.currentIndexChanged.connect(lambda _index: self._decision_changed())
        self._version = record.version if record is not None else None  # stated by the save
        if record is not None:
            self._show_record(record)
        else:
            select(ui.staffCombo, None)
            set_date(ui.requestedOnEdit, clock.today())
        self.setWindowTitle(_("External training request") if record is None else record.title)
        self._decision_changed()
        self.errors = FieldErrors(
            ui.errorLabel,
            {
                "staff": ui.staffCombo,
                "title": ui.titleEdit,
                "provider_name": ui.providerEdit,
                "cost": ui.costEdit,
                "first_day": ui.firstDayEdit,
                "last_day": ui.lastDayEdit,
                "requested_on": ui.requestedOnEdit,
                "training": ui.trainingCombo,
                "decision": ui.decisionCombo,
                "manager": ui.managerCombo,
                "decided_on": ui.decidedOnEdit,
                "reason": ui.reasonEdit,
                "notes": ui.notesEdit,
            },
            {"staff": _("Staff member"), "title": _("Training"), "training": _("Enrol in")},
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.cancel)
        self.resize(560, 580)
        self.restore_geometry()
        self.mark_clean()

    def _show_record(self, record) -> None:
        """Show the request as stored (when the dialog opens, and after someone else saved it since)."""
        ui = self.ui
        select(ui.staffCombo, record.staff_id)
        ui.titleEdit.setText(record.title)
        ui.providerEdit.setText(record.provider_name)
        ui.costEdit.setText(format_fixed(record.cost, 2))
        set_date(ui.firstDayEdit, record.first_day)
        set_date(ui.lastDayEdit, record.last_day)
        set_date(ui.requestedOnEdit, record.requested_on)
        select(ui.trainingCombo, record.training_id)
        select(ui.decisionCombo, record.decision)
        select(ui.managerCombo, record.manager_id)
        set_date(ui.decidedOnEdit, record.decided_on)
        ui.reasonEdit.setPlainText(record.reason)
        ui.notesEdit.setPlainText(record.notes)
        # An enrolment once made stays the person's record; the request no longer chooses it.
        ui.trainingCombo.setEnabled(record.enrolment_id is None)

    def _fill_managers(self, current: int | None) -> None:
        from desktop.services import external_requests as requests

        fill_combo(self.ui.managerCombo, requests.manager_choices(self.ui.staffCombo.currentData(), current), empty="")
        select(self.ui.managerCombo, current)

    def _decision_changed(self) -> None:
        decided = self.ui.decisionCombo.currentData() != "pending"
        for widget in (self.ui.decidedOnEdit, self.ui.decidedOnLabel):
            widget.setEnabled(decided)
        self.ui.reasonLabel.setText(_("&Reason (required):") if self.ui.decisionCombo.currentData() == "refused"
                                    else _("&Reason:"))  # fmt: skip

    def values(self) -> dict:
        ui = self.ui
        decision = ui.decisionCombo.currentData()
        return {
            "staff": ui.staffCombo.currentData(),
            "title": ui.titleEdit.text(),
            "provider_name": ui.providerEdit.text(),
            "cost": ui.costEdit.text(),
            "first_day": ui.firstDayEdit.text(),
            "last_day": ui.lastDayEdit.text(),
            "requested_on": ui.requestedOnEdit.text(),
            "training": ui.trainingCombo.currentData(),
            "decision": decision,
            "manager": ui.managerCombo.currentData(),
            "decided_on": ui.decidedOnEdit.text() if decision != "pending" else None,
            "reason": ui.reasonEdit.toPlainText(),
            "notes": ui.notesEdit.toPlainText(),
        }

    def save(self) -> bool:
        from desktop.services import external_requests as requests

        try:
            self.saved = requests.save_request(self.request_id, self.values(), seen_version=self._version)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._show_stored)
            return False
        except LeerWerkError as error:  # someone else deleted it
            QMessageBox.warning(self, _("Not saved"), error.message)
            return False
        return True

    def _show_stored(self) -> None:
        from desktop.services import external_requests as requests

        record = requests.get_request(self.request_id)
        self._version = record.version
        self._show_record(record)
        self._decision_changed()
        self.mark_clean()
