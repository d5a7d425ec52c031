"""Typing a round's answers from paper, one respondent at a time: the team, then a score 1 to 5 per
statement. No name is asked; after saving, the form is empty for the next respondent of the same team."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.errors import LeerWerkError, ValidationError
from desktop.forms.ui_scan_answers_dialog import Ui_ScanAnswersDialog
from desktop.i18n import _, ngettext
from desktop.storage import choices
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import fill_combo


class ScanAnswersDialog(RememberedDialog):
    remembered_as = "scan_answers"

    def __init__(self, round_id: int, parent: QWidget | None = None, on_change=None):
        from desktop.services import climate, reference

        super().__init__(parent)
        self.ui = Ui_ScanAnswersDialog()
        self.ui.setupUi(self)
        self.setObjectName("climate.answers_dialog")
        self.round = climate.get_round(round_id)
        self.on_change = on_change or (lambda: None)
        self.setWindowTitle(_("Type answers: {round}").format(round=self.round.name))
        labels = {team_id: label for team_id, label, _active in reference.team_choices()}
        fill_combo(self.ui.teamCombo, [(team_id, labels[team_id]) for team_id in self.round.team_ids])
        self.inputs: dict[int, QComboBox] = {}
        scale = [(None, "")] + [(score, str(score) + "  " + _(label)) for score, label in choices.SCALE_LABELS.items()]
        capacity = None
        for statement in climate.statements():
            if statement.capacity != capacity:
                capacity = statement.capacity
                heading = QLabel(_(choices.CAPACITIES[capacity]), self.ui.statementsHost)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.ui.statementsForm.addRow(heading)
            text = QLabel(statement.text, self.ui.statementsHost)
            text.setWordWrap(True)
            combo = QComboBox(self.ui.statementsHost)
            combo.setObjectName(f"climate.statement.{statement.id}")
            combo.setAccessibleName(statement.text)
            fill_combo(combo, scale)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the statement gets the room
            text.setBuddy(combo)
            # The statement takes the width and wraps; the score beside it keeps its own size.
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(combo)
            self.ui.statementsForm.addRow(row)
            self.inputs[statement.id] = combo
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {"team": self.ui.teamCombo, **{f"statement:{sid}": combo for sid, combo in self.inputs.items()}},
            {"team": _("Team"), "answers": _("Answers"), **{f"statement:{sid}": _("Score") for sid in self.inputs}},
        )
        self.ui.teamCombo.currentIndexChanged.connect(self.show_count)
        self.ui.saveButton.clicked.connect(self.save_and_next)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.cancel)
        self.show_count()
        self.restore_geometry()
        self.mark_clean()

    def show_count(self, *_args) -> None:
        from desktop.services import climate

        count = climate.response_counts(self.round.id).get(self.ui.teamCombo.currentData(), 0)
        self.ui.countLabel.setText(
            ngettext(
                "This team has {count} response in this round.", "This team has {count} responses in this round.", count
            ).format(count=count)
        )

    def save_and_next(self) -> bool:
        from desktop.services import climate

        answers = {sid: combo.currentData() for sid, combo in self.inputs.items()}
        try:
            climate.add_response(self.round.id, self.ui.teamCombo.currentData(), answers)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except LeerWerkError as error:
            self.ui.errorLabel.setText(error.message)
            return False
        self.errors.clear()
        for combo in self.inputs.values():
            combo.setCurrentIndex(0)
        self.show_count()
        self.mark_clean()
        self.on_change()
        next(iter(self.inputs.values())).setFocus()
        return True
