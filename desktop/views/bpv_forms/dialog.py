"""A practice assignment (praktijkopdracht) or an assessment form (beoordelingsformulier): its content,
its status and language, who signs it, and its signatures.

How the forms tab opens it::

    dialog = FormDialog(undo_stack, "assignment", None, parent, period_id=period, on_change=reload)  # new
    dialog = FormDialog(undo_stack, "assessment", None, parent, period_id=period, on_change=reload)  # new
    dialog = FormDialog(undo_stack, kind, form_id, parent, on_change=reload)                         # edit
    run_dialog(dialog)  # then dialog.form_id is the form (None when a new one was not saved)

or in one call, waiting until it is closed::

    open_form_dialog(parent, undo_stack, kind, form_id=None, *, period_id=None, on_change=None)
        -> (kind, form_id) | None

`period_id` (optional) preselects the period of a new form; the coordinator can still choose another.
`open_form_dialog` returns the form's key when anything about it was stored while the dialog was open
(OK, Apply, a signature, a reopening; `dialog.saved`), else None; it runs the dialog through
`desktop.views.kit.dialogs.run_dialog`. `on_change` runs after each of those and after undo or
redo of a step made here: reload the tab there.

Preview (Ctrl+Shift+P), Print (Ctrl+P) and Save as PDF save the form first, so that what prints is what
the dialog shows. OK, Apply and Ctrl+Enter save the whole form as one step on the undo stack: making a form is undone by
deleting it, an edit by putting back the form as it was. Signing and reopening (in the signatures
panel) are evidence and not undoable; once a form was signed or reopened, earlier steps on it are
refused. While signatures stand, the content is read-only; status, language and signers (and an
assessment's due date) are not content and stay editable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, NotFoundError, ValidationError
from desktop.i18n import N_, _, format_date, language_names
from desktop.services import form_views, forms, signing
from desktop.services.form_lists import DONE_STATUSES
from desktop.views.bpv_forms.commands import CreateFormCommand, EditFormCommand
from desktop.views.bpv_forms.contents import CONTENTS, caption
from desktop.views.bpv_forms.printing import FormPrinting
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo, run_dialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import fill_combo, fill_vocabulary, make_searchable, scroll_when_small, select

SIGNER_CHECKS = {
    "learner": "learnerCheck",
    "practice_trainer": "practiceTrainerCheck",
    "work_supervisor": "workSupervisorCheck",
    "school_supervisor": "schoolSupervisorCheck",
}
FROZEN_NOTE = N_(
    "Signed: reopen to change. While signatures stand the content is fixed; status, language and signers "
    "can still be changed."
)


class FormDialog(RememberedDialog):
    def __init__(
        self,
        undo_stack: QUndoStack,
        kind: str,
        form_id: int | None = None,
        parent: QWidget | None = None,
        *,
        period_id: int | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        signing.model_of(kind)  # an unknown kind is refused with the service's reason
        super().__init__(parent)
        self.kind = kind
        self.remembered_as = kind
        self.ui = CONTENTS[kind].ui_class()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName(f"{kind}.dialog")
        self.undo_stack = undo_stack
        self.form_id = form_id
        self.period_id = signing.get_form(kind, form_id).period_id if form_id is not None else period_id
        self.saved = False  # something about the form was stored while the dialog was open
        self.frozen = False
        self._outer_change = on_change or (lambda: None)
        self._signers_chosen = False  # once ticked by hand, a new form's signers no longer follow the period
        self.signer_checks = {role: getattr(ui, name) for role, name in SIGNER_CHECKS.items()}
        self._signer_names: dict[str, str] = {}
        for widget, name in (
            (ui.periodCombo, "period"),
            (ui.periodValue, "period_label"),
            (ui.numberValue, "number"),
            (ui.statusCombo, "status"),
            (ui.languageCombo, "language"),
            (ui.frozenLabel, "frozen"),
            (ui.pages, "pages"),
            (ui.signersGroup, "signers"),
            (ui.signingHintLabel, "signing_hint"),
            (ui.signaturesPanel, "signatures"),
            (ui.errorLabel, "error"),
        ):
            widget.setObjectName(f"{kind}.{name}")
        for role, check in self.signer_checks.items():
            check.setObjectName(f"{kind}.signer.{role}")
            check.clicked.connect(self._signer_ticked)
        make_searchable(ui.periodCombo)
        ui.periodCombo.lineEdit().setPlaceholderText(_("Type a learner's name…"))
        ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        fill_combo(ui.languageCombo, language_names().items())
        self.panel = ui.signaturesPanel
        self.panel.before_action = self.save  # what is signed is what the dialog shows
        self.panel.changed.connect(self._after_signing)
        self.content = CONTENTS[kind](self)
        self.errors = FieldErrors(ui.errorLabel, self._widgets(), self._captions())
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.cancel)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self.printing = FormPrinting(self)
        ui.previewButton.clicked.connect(lambda: self._print_out(self.printing.preview))
        ui.printButton.clicked.connect(lambda: self._print_out(self.printing.print))
        ui.pdfButton.clicked.connect(lambda: self._print_out(self.printing.save_pdf))
        ui.schoolButton.clicked.connect(self.send_to_school)
        for button, name in (
            (ui.previewButton, "preview"),
            (ui.printButton, "print"),
            (ui.pdfButton, "pdf"),
            (ui.schoolButton, "school"),
        ):
            button.setObjectName(f"{kind}.{name}")
        self._shortcuts = self.add_save_keys()
        for keys, action in (
            (QKeySequence.StandardKey.Print, lambda: self._print_out(self.printing.print)),
            ("Ctrl+Shift+P", lambda: self._print_out(self.printing.preview)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)
            self._shortcuts.append(shortcut)
        self._load()
        self._scroll = scroll_when_small(self, ui.pages)
        self.restore_geometry()
        if self.period_id is None:
            ui.periodCombo.setFocus()
        else:
            (ui.statusCombo if self.frozen else self.content.first_focus()).setFocus()

    # -- fields and errors -----------------------------------------------------------------------------
    def _widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        fixed = {"period": ui.periodCombo, "status": ui.statusCombo, "language": ui.languageCombo}
        return {**fixed, "signers": ui.signersGroup, **self.content.widgets()}

    def _captions(self) -> dict[str, str]:
        ui = self.ui
        return {
            "period": caption(ui.periodLabel),
            "status": caption(ui.statusLabel),
            "language": caption(ui.languageLabel),
            "signers": ui.signersGroup.title(),
            "id": _("Form"),
            **self.content.captions(),
        }

    def _show_error(self, error: ValidationError) -> None:
        widget = self.errors.widgets.get(error.field)
        if widget is not None:
            for index in range(self.ui.pages.count()):
                if self.ui.pages.widget(index).isAncestorOf(widget):
                    self.ui.pages.setCurrentIndex(index)
        self.errors.show(error)

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self) -> None:
        ui, content = self.ui, self.content
        form = signing.get_form(self.kind, self.form_id) if self.form_id is not None else None
        self._version = form.version if form is not None else None  # stated by the save
        ui.periodCombo.setVisible(form is None)
        ui.periodValue.setVisible(form is not None)
        if form is not None:
            self.period_id = form.period_id
            ui.periodValue.setText(form_views.period_label(form.period_id))
            ui.numberValue.setText(form.number)
            fill_vocabulary(ui.statusCombo, content.statuses)
            select(ui.statusCombo, form.status)
            select(ui.languageCombo, form.language)
        else:
            ui.numberValue.setText(_("(given when saved)"))
            fill_vocabulary(ui.statusCombo, {code: content.statuses[code] for code in content.new_statuses})
            select(ui.statusCombo, "draft")
            select(ui.languageCombo, "nl")
            self._fill_periods()
        self.setWindowTitle(content.window_title(form))
        content.load(form)
        self.refresh_signers()
        self._show_signing()
        self._show_frozen()

    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        for period_id, text in form_views.period_choices(include=self.period_id):
            combo.addItem(text, period_id)
        combo.setCurrentIndex(combo.findData(self.period_id) if self.period_id is not None else -1)
        combo.blockSignals(False)

    def _chosen_period(self) -> int | None:
        combo = self.ui.periodCombo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            raise ValidationError("period", _("Choose one of the BPV periods in the list."))
        return combo.itemData(index)

    def _period_changed(self, *_args) -> None:
        if self.form_id is not None:
            return
        self.period_id = self.ui.periodCombo.currentData()
        self.content.load(None)
        self.refresh_signers()

    def refresh_signers(self) -> None:
        """Name the people who can sign; tick those who sign (for a new form: the defaults, until the
        coordinator ticks by hand). Who has signed cannot be taken off."""
        self._signer_names = {}
        if self.period_id is None:
            for role, check in self.signer_checks.items():
                check.setText(form_views.role_label(role))
                check.setChecked(False)
                check.setEnabled(False)
            return
        kind_of_assessment = self.content.assessment_kind()
        for option in form_views.signer_options(self.period_id, self.kind, self.form_id, kind_of_assessment):
            check = self.signer_checks[option.role]
            name = option.name or _("no one named in the BPV period")
            check.setText(f"{form_views.role_label(option.role)} — {name}")
            if self.form_id is not None or not self._signers_chosen:
                check.setChecked(option.chosen)
            check.setEnabled(not option.signed)
            check.setToolTip(_("Has signed; reopen the form to take this signer off.") if option.signed else "")
            self._signer_names[option.role] = option.name

    def _signer_ticked(self, *_args) -> None:
        self._signers_chosen = True

    def signers(self) -> list[signing.Signer]:
        checks = self.signer_checks.items()
        return [signing.Signer(role, self._signer_names.get(role, "")) for role, check in checks if check.isChecked()]

    def _show_signing(self) -> None:
        stored = self.form_id is not None
        self.panel.set_form(self.kind, self.form_id)  # on a new form, signing saves it first
        hint = self.content.signing_hint() if stored else _("The form is saved when the first signer signs.")
        self.ui.signingHintLabel.setText(hint)
        self.ui.signingHintLabel.setVisible(bool(hint))

    def _show_frozen(self) -> None:
        self.frozen = self.form_id is not None and signing.is_frozen(self.kind, self.form_id)
        label = self.ui.frozenLabel
        label.setVisible(self.frozen)
        label.setText(_(FROZEN_NOTE))
        label.setToolTip(_("Reopen on the Signing tab; that voids the signatures."))
        self.content.set_read_only(self.frozen)
        self._show_school()
        self.mark_clean()

    def _show_school(self) -> None:
        form = signing.get_form(self.kind, self.form_id) if self.form_id is not None else None
        done = form is not None and form.status in DONE_STATUSES[self.kind]
        button = self.ui.schoolButton
        button.setEnabled(done)
        if form is not None and form.handed_to_school_at is not None:
            when = format_date(form.handed_to_school_at.date())
            button.setToolTip(_("Handed to the school on {date}; click to make the e-mail again.").format(date=when))
        elif not done:
            button.setToolTip(_("A form goes to the school once everyone has signed it."))
        else:
            button.setToolTip(_("An e-mail draft to the bpv-begeleider with this form attached, in your mail program."))

    def edited_state(self) -> tuple:
        return super().edited_state() + self.content.edited_state()

    # -- saving ----------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the form as the dialog shows it, as one undo step; False (and why, beside the field)
        when the service refuses, and then nothing is stored."""
        self.errors.clear()
        ui, content = self.ui, self.content
        try:
            values = {"status": ui.statusCombo.currentData(), "language": ui.languageCombo.currentData()}
            if self.form_id is None:
                values["period"] = self._chosen_period()
                form = content.store(None, values, self.signers(), frozen=False)
                self.form_id, self.period_id = form.id, form.period_id
                command = CreateFormCommand(self.kind, form.id, content.create_text(), on_change=self._changed())
                self.undo_stack.push(command)
            else:
                before = forms.snapshot_form(self.kind, self.form_id)
                content.store(self.form_id, values, self.signers(), frozen=self.frozen, seen_version=self._version)
                after = forms.snapshot_form(self.kind, self.form_id)
                if after != before:
                    text = content.edit_text()
                    self.undo_stack.push(EditFormCommand(self.kind, before, after, text, on_change=self._changed()))
        except ValidationError as error:
            self._show_error(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._reload_after_undo)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Form not saved"), error.message)
            return False
        self.saved = True
        self._outer_change()
        self._load()
        return True

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._outer_change, self._reload_after_undo)

    def send_to_school(self) -> None:
        if not self.save():
            return
        from desktop.views.bpv_forms.printing import send_to_school

        if send_to_school(self, [(self.kind, self.form_id)]):
            self.saved = True
            self._outer_change()
            self._load()

    def _print_out(self, action: Callable[[str, int, str, str], object]) -> None:
        """What prints is what the dialog shows: it is saved first (a new form gets its number then)."""
        if not self.save():
            return
        action(self.kind, self.form_id, self.ui.numberValue.text(), form_views.learner_name(self.period_id))

    def _reload_after_undo(self) -> None:
        try:
            self._load()
        except NotFoundError:
            self.reject()  # the form made here has been taken away again

    def _after_signing(self) -> None:
        self.saved = True
        self._load()
        self._outer_change()


def open_form_dialog(
    parent: QWidget | None,
    undo_stack: QUndoStack,
    kind: str,
    form_id: int | None = None,
    *,
    period_id: int | None = None,
    on_change: Callable[[], None] | None = None,
) -> tuple[str, int] | None:
    """Open the form (a new one when `form_id` is None) and wait until it is closed; see the module."""
    dialog = FormDialog(undo_stack, kind, form_id, parent, period_id=period_id, on_change=on_change)
    run_dialog(dialog)  # only plain attributes are read below: the dialog's widgets are freed once it is closed
    return (kind, dialog.form_id) if dialog.saved and dialog.form_id is not None else None
