"""One period's studentwaardering: typed in from paper or looked at, printed blank for the student.

Only here, on the period itself, are one student's answers shown; the results window shows groups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_waardering_dialog import Ui_WaarderingDialog
from desktop.i18n import _, format_date
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, run_dialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import confirm, fill_vocabulary, select

CAPTION_CHARS = 60


class WaarderingDialog(RememberedDialog):
    remembered_as = "waardering"

    def __init__(self, period_id: int, parent: QWidget | None = None):
        from desktop.services import waardering

        super().__init__(parent)
        self.ui = Ui_WaarderingDialog()
        self.ui.setupUi(self)
        self.setObjectName("waardering.dialog")
        self.period_id = period_id
        self.saved = False
        self.details = waardering.period_details(period_id)
        self.stored = waardering.evaluation_of(period_id)
        answered = set(self.stored.answers) if self.stored else set()
        self.questions = [q for q in waardering.questions(active_only=False) if q.active or q.id in answered]
        self.inputs: dict[int, QWidget] = {}
        self._show_period()
        fill_vocabulary(self.ui.sourceCombo, choices.EVALUATION_SOURCES)
        self._build_questions(waardering.sections(self.questions))
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {"submitted_on": self.ui.submittedEdit, **{f"question:{q}": w for q, w in self.inputs.items()}},
            {
                "submitted_on": _("Filled in on"),
                "answers": _("Answers"),
                **{f"question:{q.id}": _shorten(q.text) for q in self.questions},
            },
        )
        self._load()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.printButton.clicked.connect(self.print_blank)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.restore_geometry()

    def _show_period(self) -> None:
        d = self.details
        span = " – ".join(format_date(day, "long") for day in (d.start_date, d.end_date) if day)
        where = " – ".join(part for part in (d.location, d.team) if part)
        lines = [f"<b>{_escape(d.learner)}</b>", _escape(f"{d.programme}, {d.school}"), _escape(span)]
        if where:
            lines.append(_escape(where))
        self.ui.periodLabel.setText("<br>".join(lines))
        self.setWindowTitle(_("Studentwaardering of {name}").format(name=d.learner))

    def _build_questions(self, grouped) -> None:
        layout = self.ui.questionsLayout
        for section, items in grouped:
            box = QGroupBox(section or _("Questions"), self.ui.questionsHost)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            for row, question in enumerate(items):
                label = QLabel(question.text if question.active else _("{text} (retired)").format(text=question.text))
                label.setWordWrap(True)
                widget = self._input(question)
                widget.setAccessibleName(question.text)
                label.setBuddy(widget)
                if question.kind == "text":  # words need the width; a choice sits beside its statement
                    grid.addWidget(label, 2 * row, 0, 1, 2)
                    grid.addWidget(widget, 2 * row + 1, 0, 1, 2)
                else:
                    grid.addWidget(label, 2 * row, 0)
                    grid.addWidget(widget, 2 * row, 1)
                self.inputs[question.id] = widget
            layout.addWidget(box)
        layout.addStretch(1)

    def _input(self, question) -> QWidget:
        if question.kind == "text":
            edit = QPlainTextEdit(self.ui.questionsHost)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
            return edit
        combo = QComboBox(self.ui.questionsHost)
        combo.setMinimumContentsLength(18)
        combo.addItem(_("(no answer)"), None)
        if question.kind == "scale":
            for score, label in choices.SCALE_LABELS.items():
                combo.addItem(_("{score} – {label}").format(score=score, label=_(label)), score)
        else:
            for code, label in choices.YES_NO.items():
                combo.addItem(_(label), code)
        return combo

    def _load(self) -> None:
        stored = self.stored
        # The questionnaire's number is its version (a new one gets a new number): stated by a save or delete.
        self.seen_evaluation = stored.id if stored else 0
        self.ui.submittedEdit.setText(format_date(stored.submitted_on if stored else clock.today(), "short"))
        select(self.ui.sourceCombo, stored.source if stored else "paper")
        self.ui.deleteButton.setEnabled(stored is not None)
        for question_id, widget in self.inputs.items():
            value = stored.answers.get(question_id) if stored else None
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                select(widget, value)

    def reload(self) -> None:
        """Show the answers as stored now (after someone else stored or deleted them since)."""
        from desktop.services import waardering

        self.stored = waardering.evaluation_of(self.period_id)
        self._load()

    def answers(self) -> dict[int, object]:
        values: dict[int, object] = {}
        for question_id, widget in self.inputs.items():
            values[question_id] = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.currentData()
        return values

    def save(self) -> bool:
        from desktop.services import waardering

        try:
            waardering.save_evaluation(
                self.period_id,
                self.ui.submittedEdit.text(),
                self.ui.sourceCombo.currentData(),
                self.answers(),
                seen_evaluation=self.seen_evaluation,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self.reload)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Answers not saved"), error.message)
            return False
        self.saved = True
        return True

    def delete(self) -> None:
        from desktop.services import waardering

        if not confirm(self, _("Delete answers"), _("Delete the answers of this studentwaardering?")):
            return
        try:
            waardering.delete_evaluation(self.period_id, self.seen_evaluation)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Answers not deleted"), error.message)
            self.reload()  # what is stored now
            return
        self.saved = True
        self.accept()

    def print_blank(self) -> None:
        from desktop.services import waardering_printout
        from desktop.views.kit.pdf_output import preview_pdf

        preview_pdf(
            self,
            lambda: waardering_printout.questionnaire_pdf(self.period_id),
            title=_("Studentwaardering of {name}").format(name=self.details.learner),
            not_printed=_("Questionnaire not printed"),
            save_title=_("Save questionnaire as PDF"),
            file_name=lambda: waardering_printout.file_name(self.period_id),
        )


def _shorten(text: str) -> str:
    return text if len(text) <= CAPTION_CHARS else text[: CAPTION_CHARS - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_waardering(parent: QWidget, period_id: int) -> bool:
    """Show the period's studentwaardering; True when its answers were saved or deleted."""
    dialog = WaarderingDialog(period_id, parent)
    run_dialog(dialog)
    return dialog.saved
