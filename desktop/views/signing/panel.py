"""The signatures of one BPV form: who signs in which round, who has signed and how, whether the
signatures still fit the content, and the buttons to sign (on screen or on paper) and to reopen.

Signing goes from one waiting signer to the next of the same round, a dialog each, until all have signed or one
is cancelled. Signing and reopening are evidence, so they are never steps on the undo stack. The panel emits
`changed` after each; the dialog around it reads the form again. `before_action`, when set, runs first
(the dialog saves what it holds, so what is signed is what is shown) and may refuse by returning False.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.forms.ui_signatures_panel import Ui_SignaturesPanel
from desktop.i18n import N_, _, format_date
from desktop.services import form_views, signed_content, signing
from desktop.services.form_views import SignatureRow
from desktop.storage import choices
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.widgets import compact_rows, confirm

MATCH_STYLE = "color: #1b5e20; font-weight: bold;"
MISMATCH_STYLE = "color: #b00020; font-weight: bold;"
HASH_DIGITS = 12


def signature_status(row: SignatureRow) -> str:
    if row.signed_at is None:
        return _("Waiting")
    if row.method == "paper":
        day = format_date(row.signed_at.date(), "short")
        if row.has_scan:
            return _("Signed on paper {date} (scan attached)").format(date=day)
        return _("Signed on paper {date}").format(date=day)
    moment = f"{format_date(row.signed_at.date(), 'short')} {row.signed_at:%H:%M}"
    return _("Signed on screen {moment}").format(moment=moment)


class SignaturesModel(RowTableModel):
    ROUND = 0
    columns = (
        Column("round", N_("Round"), lambda s: choices.label(choices.SIGNATURE_STAGES, s.stage)),
        Column("role", N_("Signs as"), lambda s: form_views.role_label(s.role)),
        Column("name", N_("Name"), lambda s: s.name),
        Column("status", N_("Status"), signature_status),
    )


class SignaturesPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, kind: str | None = None, form_id: int | None = None):
        super().__init__(parent)
        self.ui = Ui_SignaturesPanel()
        self.ui.setupUi(self)
        self.setObjectName("signatures.panel")
        for widget, name in (
            (self.ui.tableView, "table"),
            (self.ui.bannerLabel, "banner"),
            (self.ui.hashLabel, "hash"),
            (self.ui.signScreenButton, "sign_screen"),
            (self.ui.signPaperButton, "sign_paper"),
            (self.ui.reopenButton, "reopen"),
        ):
            widget.setObjectName(f"signatures.{name}")
        self.kind, self.form_id = kind, form_id
        self.before_action: Callable[[], bool] | None = None
        self.model = SignaturesModel(self)
        self.ui.tableView.setModel(self.model)
        compact_rows(self.ui.tableView)
        self.ui.tableView.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.ui.tableView.doubleClicked.connect(lambda _index: self.sign_on_screen())
        self.ui.signScreenButton.clicked.connect(self.sign_on_screen)
        self.ui.signPaperButton.clicked.connect(self.sign_on_paper)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.reload()

    def set_form(self, kind: str, form_id: int | None) -> None:
        self.kind, self.form_id = kind, form_id
        self.reload()

    # -- reading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the signatures again, keeping the chosen row, else choosing the first that waits."""
        chosen = self.selected()
        rows = form_views.signature_rows(self.kind, self.form_id) if self.form_id is not None else []
        self.model.set_rows(rows)
        # Assessment forms have one round; the column only says something on an assignment.
        self.ui.tableView.setColumnHidden(SignaturesModel.ROUND, self.kind != "assignment")
        self.ui.tableView.resizeColumnsToContents()
        self.ui.tableView.horizontalHeader().setStretchLastSection(True)
        row = self.model.row_of(lambda s: chosen is not None and s.id == chosen.id and s.pending)
        if row is None:
            row = self.model.row_of(lambda s: s.pending)
        if row is not None:
            self.ui.tableView.setCurrentIndex(self.model.index(row, SignaturesModel.ROUND + 1))
        self._show_match(rows)
        self._update_buttons()

    def _show_match(self, rows: list[SignatureRow]) -> None:
        if self.form_id is None:
            self.ui.bannerLabel.clear()
            self.ui.hashLabel.clear()
            return
        digest = signed_content.content_hash(self.kind, self.form_id)
        self.ui.hashLabel.setText(_("Content hash: {hash}").format(hash=digest[:HASH_DIGITS]))
        self.ui.hashLabel.setToolTip(_("SHA-256 of the form's content: {hash}").format(hash=digest))
        banner = self.ui.bannerLabel
        if not any(not row.pending for row in rows):
            banner.setText(_("Nobody has signed yet."))
            banner.setStyleSheet("")
        elif signing.signatures_match(self.kind, self.form_id):
            banner.setText(_("Signatures match the content"))
            banner.setStyleSheet(MATCH_STYLE)
        else:
            banner.setText(_("The content changed after signing: the signatures no longer match."))
            banner.setStyleSheet(MISMATCH_STYLE)

    def selected(self) -> SignatureRow | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        # A form not saved yet is saved by the first signing (`before_action`), which then makes its rows.
        unsaved = self.form_id is None and self.kind is not None and self.before_action is not None
        can_sign = row is not None and row.pending or unsaved
        self.ui.signScreenButton.setEnabled(can_sign)
        self.ui.signPaperButton.setEnabled(can_sign)
        self.ui.reopenButton.setEnabled(any(not s.pending for s in self.model.all_rows()))

    # -- signing ---------------------------------------------------------------------------------------
    def _ready(self) -> SignatureRow | None:
        """The pending row to sign, once the dialog has saved what it holds (which may change the rows)."""
        chosen = self.selected()
        if chosen is None and self.form_id is not None:
            return None
        if self.before_action is not None and not self.before_action():
            return None
        self.reload()
        if chosen is None:  # the form was saved just now: its first signer signs first
            row = self.model.row_of(lambda s: s.pending)
        else:
            row = self.model.row_of(lambda s: s.id == chosen.id)
        if row is None:
            return None  # the saved signers no longer include this role
        self.ui.tableView.setCurrentIndex(self.model.index(row, SignaturesModel.ROUND + 1))
        current = self.model.row_object(row)
        return current if current.pending else None

    def sign_on_screen(self) -> None:
        from desktop.views.signing.dialogs import SignOnScreenDialog  # the pad loads when first needed

        def ask(row: SignatureRow) -> Callable[[], object] | None:
            dialog = SignOnScreenDialog(self, **self._what_is_signed(row))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
            return lambda: signing.sign_on_screen(row.id, values["signer_name"], values["image"])

        self._sign_in_turn(ask)

    def sign_on_paper(self) -> None:
        from desktop.views.signing.dialogs import SignOnPaperDialog

        def ask(row: SignatureRow) -> Callable[[], object] | None:
            dialog = SignOnPaperDialog(self, **self._what_is_signed(row))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
            return lambda: signing.sign_on_paper(
                row.id, values["signer_name"], values["signed_on"], values["scan"], values["scan_name"]
            )

        self._sign_in_turn(ask)

    def _what_is_signed(self, row: SignatureRow) -> dict[str, str]:
        return {
            "role_label": form_views.role_label(row.role),
            "signer_name": row.name,
            "form_label": form_views.form_caption(self.kind, self.form_id),
            "content": form_views.signing_summary(self.kind, self.form_id),
            "fingerprint": form_views.fingerprint(self.kind, self.form_id),
        }

    def _sign_in_turn(self, ask: Callable[[SignatureRow], Callable[[], object] | None]) -> None:
        """Sign the chosen signer, then each signer of the same round still waiting, in the form's order: the
        signers are usually at the desk together, so the next one's dialog follows at once, each still showing who
        signs what; Cancel stops there and leaves the others waiting."""
        row = self._ready()
        while row is not None:
            action = ask(row)
            if action is None or not self._sign(action):
                return
            row = self._next_waiting(row.stage)

    def _next_waiting(self, stage: str) -> SignatureRow | None:
        row = self.model.row_of(lambda s: s.pending and s.stage == stage)
        if row is None:
            return None
        self.ui.tableView.setCurrentIndex(self.model.index(row, SignaturesModel.ROUND + 1))
        return self.model.row_object(row)

    def _sign(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not signed"), error.message)
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        return True

    def reopen(self) -> None:
        if self.form_id is None or (self.before_action is not None and not self.before_action()):
            return
        if self.kind == "trajectory":
            title = _("Reopen intake agreement")
            question = _(
                "Reopen this intake agreement? Every signature on it is voided, so what it says can be changed "
                "again, and it waits for participant, coach and manager to sign anew. The voided signatures are "
                "kept and the reopening is written to the change history. This cannot be undone."
            )
        else:
            title = _("Reopen form")
            question = _(
                "Reopen this form? Every signature on it is voided, so its content can be changed again; "
                "it goes back to draft and waits for the same signers to sign anew. "
                "The voided signatures are kept and the reopening is written to the change history. "
                "This cannot be undone."
            )
        if not confirm(self, title, question):
            return
        try:
            signing.reopen(self.kind, self.form_id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not reopened"), error.message)
            self.reload()
            return
        self.reload()
        self.changed.emit()
