"""The evaluation talk at the end of a BPV period (student, praktijkopleider, bpv-begeleider): typed in
after the talk, changed, deleted or printed on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_period_talk_dialog import Ui_PeriodTalkDialog
from desktop.i18n import _, format_date
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, run_dialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import confirm
from desktop.views.learners.waardering_dialog import _escape


class PeriodTalkDialog(RememberedDialog):
    remembered_as = "period_talk"

    def __init__(self, period_id: int, parent: QWidget | None = None):
        from desktop.services import waardering

        super().__init__(parent)
        self.ui = Ui_PeriodTalkDialog()
        self.ui.setupUi(self)
        self.setObjectName("period_talk.dialog")
        self.period_id = period_id
        self.saved = False
        self.details = waardering.period_details(period_id)
        d = self.details
        span = " – ".join(format_date(day, "long") for day in (d.start_date, d.end_date) if day)
        self.ui.periodLabel.setText(
            "<br>".join([f"<b>{_escape(d.learner)}</b>", _escape(f"{d.programme}, {d.school}"), _escape(span)])
        )
        self.setWindowTitle(_("Evaluation talk with {name}").format(name=d.learner))
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {
                "held_on": self.ui.heldEdit,
                "participants": self.ui.participantsEdit,
                "went_well": self.ui.wentWellEdit,
                "improvements": self.ui.improvementsEdit,
            },
            {},
        )
        self._load()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.printButton.clicked.connect(self.print_talk)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.restore_geometry()

    def _load(self) -> None:
        """Show the talk as stored (when the dialog opens, and after someone else saved it since)."""
        from desktop.services import evaluations

        talk = evaluations.talk_of(self.period_id)
        self._version = talk.version if talk else 0  # stated by the save; 0: none was stored
        self.ui.heldEdit.setText(format_date(talk.held_on if talk else clock.today(), "short"))
        participants = talk.participants if talk else evaluations.default_participants(self.period_id)
        self.ui.participantsEdit.setText(participants)
        self.ui.wentWellEdit.setPlainText(talk.went_well if talk else "")
        self.ui.improvementsEdit.setPlainText(talk.improvements if talk else "")
        self.ui.deleteButton.setEnabled(talk is not None)
        self.ui.printButton.setEnabled(talk is not None)

    def save(self) -> bool:
        from desktop.services import evaluations

        try:
            evaluations.save_talk(
                self.period_id,
                self.ui.heldEdit.text(),
                self.ui.participantsEdit.text(),
                self.ui.wentWellEdit.toPlainText(),
                self.ui.improvementsEdit.toPlainText(),
                seen_version=self._version,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._load)
            return False
        self.saved = True
        return True

    def delete(self) -> None:
        from desktop.services import evaluations

        if not confirm(self, _("Delete talk"), _("Delete the evaluation talk of this BPV period?")):
            return
        try:
            evaluations.delete_talk(self.period_id, self._version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Talk not deleted"), error.message)
            return
        self.saved = True
        self.accept()

    def print_talk(self) -> None:
        from desktop.services import evaluation_printouts
        from desktop.views.kit.pdf_output import preview_pdf

        preview_pdf(
            self,
            lambda: evaluation_printouts.talk_pdf(self.period_id),
            title=_("Evaluation talk with {name}").format(name=self.details.learner),
            not_printed=_("Talk not printed"),
            save_title=_("Save evaluation talk as PDF"),
            file_name=lambda: evaluation_printouts.talk_file_name(self.period_id),
        )


def open_period_talk(parent: QWidget, period_id: int) -> bool:
    """Show the period's evaluation talk; True when it was saved or deleted."""
    dialog = PeriodTalkDialog(period_id, parent)
    run_dialog(dialog)
    return dialog.saved
