"""What a practice assignment and an assessment form say, as the form dialog shows and saves it.

`FormDialog` holds what both kinds share (period, number, status, language, signers, signatures) and
hands the rest to one of these: each fills its own Designer layout, loads the stored form, becomes
read-only while the form is signed, and saves through the forms service.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QListView, QWidget

from desktop.forms.ui_assessment_dialog import Ui_AssessmentDialog
from desktop.forms.ui_assignment_dialog import Ui_AssignmentDialog
from desktop.i18n import _
from desktop.services import form_views, forms, signing
from desktop.storage import choices
from desktop.views.bpv_forms.scores import ScoreDelegate, ScoresModel
from desktop.views.kit.widgets import compact_rows, fill_vocabulary, prepare_date_edit, select, set_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def show_read_only(widgets) -> None:
    """Let the dialog's style sheet see a changed readOnly: read-only fields get the window's colour."""
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def caption(label) -> str:
    return label.text().replace("&", "").rstrip(":")


class CheckList:
    """A list view of checkable items (id, text); read-only keeps the ticks visible but fixed."""

    def __init__(self, view: QListView):
        self.view = view
        self.model = QStandardItemModel(view)
        view.setModel(self.model)
        self.read_only = False

    def set_items(self, items: list[tuple[int, str, str]], checked: set[int]) -> None:
        self.model.clear()
        for item_id, text, tooltip in items:
            item = QStandardItem(text)
            item.setData(item_id, ID_ROLE)
            item.setToolTip(tooltip)
            item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.set_read_only(self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in range(self.model.rowCount()):
            self.model.item(row).setCheckable(not read_only)

    def checked(self) -> list[int]:
        items = [self.model.item(row) for row in range(self.model.rowCount())]
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]


class FormHost(Protocol):
    """What a content needs of the dialog that holds it (`FormDialog`): its layout, the form and period
    it shows, and asking for the signers again. Named here so that the two modules do not import each other."""

    ui: Any
    form_id: int | None
    period_id: int | None

    def refresh_signers(self) -> None: ...


class FormContent:
    """One kind of form inside `FormDialog`."""

    kind = ""
    ui_class: type = object
    statuses: dict[str, str] = {}
    new_statuses: tuple[str, ...] = ()  # what a new form may start as

    def __init__(self, dialog: FormHost):
        self.dialog, self.ui = dialog, dialog.ui

    def widgets(self) -> dict[str, QWidget]:
        """The widget of each field the service may name in a ValidationError."""
        raise NotImplementedError

    def edited_state(self) -> tuple:
        """What the person can change beyond the dialog's fields (ticked lists, a table of scores)."""
        raise NotImplementedError

    def captions(self) -> dict[str, str]:
        raise NotImplementedError

    def window_title(self, form) -> str:
        raise NotImplementedError

    def first_focus(self) -> QWidget:
        raise NotImplementedError

    def assessment_kind(self) -> str | None:
        return None

    def load(self, form) -> None:
        """Show the stored `form`, or (None) a new form of the dialog's period."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def signing_hint(self) -> str:
        return ""

    def store(self, form_id: int | None, values: dict, signers: list[signing.Signer], *, frozen: bool):
        """Save the form; `values` holds status and language (and the period of a new form)."""
        raise NotImplementedError

    def create_text(self) -> str:
        raise NotImplementedError

    def edit_text(self) -> str:
        raise NotImplementedError


class AssignmentContent(FormContent):
    kind = "assignment"
    ui_class = Ui_AssignmentDialog
    statuses = choices.ASSIGNMENT_STATUSES
    new_statuses = ("draft", "issued")

    def __init__(self, dialog: FormHost):
        super().__init__(dialog)
        ui = self.ui
        for name, widget in self.widgets().items():
            widget.setObjectName(f"assignment.{name}")
        prepare_date_edit(ui.deadlineEdit)
        self.work_processes = CheckList(ui.workProcessesList)
        self.goals = CheckList(ui.goalsList)

    def edited_state(self) -> tuple:
        return tuple(self.work_processes.checked()), tuple(self.goals.checked())

    def widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "title": ui.titleEdit,
            "deadline": ui.deadlineEdit,
            "description": ui.descriptionEdit,
            "assessment_method": ui.methodEdit,
            "work_processes": ui.workProcessesList,
            "goals": ui.goalsList,
        }

    def captions(self) -> dict[str, str]:
        ui = self.ui
        return {
            "title": caption(ui.titleLabel),
            "deadline": caption(ui.deadlineLabel),
            "description": caption(ui.descriptionLabel),
            "assessment_method": caption(ui.methodLabel),
            "work_processes": caption(ui.workProcessesLabel),
            "goals": caption(ui.goalsLabel),
        }

    def window_title(self, form) -> str:
        if form is None:
            return _("New practice assignment")
        name = form_views.learner_name(form.period_id)
        return _("Practice assignment {number} — {name}").format(number=form.number, name=name)

    def first_focus(self) -> QWidget:
        return self.ui.titleEdit

    def load(self, form) -> None:
        ui = self.ui
        if form is not None:
            ui.titleEdit.setText(form.title)
            set_date(ui.deadlineEdit, form.deadline)
            ui.descriptionEdit.setPlainText(form.description)
            ui.methodEdit.setPlainText(form.assessment_method)
        period = self.dialog.period_id
        processes, goals = [], []
        if period is not None:
            choices_ = form_views.work_process_choices(period)
            processes = [(wp_id, f"{code}  {title}", title) for wp_id, code, title in choices_]
            goals = [(goal_id, text, text) for goal_id, text in form_views.goal_choices(period)]
        self.work_processes.set_items(processes, form_views.linked_work_processes(form.id) if form else set())
        self.goals.set_items(goals, form_views.linked_goals(form.id) if form else set())

    def set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        edits = (ui.titleEdit, ui.deadlineEdit, ui.descriptionEdit, ui.methodEdit)
        for edit in edits:
            edit.setReadOnly(read_only)
        show_read_only(edits)
        self.work_processes.set_read_only(read_only)
        self.goals.set_read_only(read_only)

    def signing_hint(self) -> str:
        return _(
            "An assignment is signed twice: when it is issued, for agreement, and when it is signed off "
            "(from status Assessed)."
        )

    def store(
        self, form_id: int | None, values: dict, signers: list[signing.Signer], *, frozen: bool, seen_version=None
    ):
        ui = self.ui
        if frozen:
            return forms.save_assignment(form_id, values, signers=signers, seen_version=seen_version)
        values.update(
            title=ui.titleEdit.text(),
            deadline=ui.deadlineEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            assessment_method=ui.methodEdit.toPlainText(),
        )
        return forms.save_assignment(
            form_id,
            values,
            work_processes=self.work_processes.checked(),
            goals=self.goals.checked(),
            signers=signers,
            seen_version=seen_version,
        )

    def create_text(self) -> str:
        return _("Add practice assignment")

    def edit_text(self) -> str:
        return _("Edit practice assignment")


class AssessmentContent(FormContent):
    kind = "assessment"
    ui_class = Ui_AssessmentDialog
    statuses = choices.ASSESSMENT_STATUSES
    new_statuses = ("draft", "completed")
    DEFAULTED = ("due_on", "planned_hours", "participants")  # on a new form, they follow period and kind
    NOT_CONTENT = ("due_on",)  # editable while the form is signed

    def __init__(self, dialog: FormHost):
        super().__init__(dialog)
        ui = self.ui
        self.edits = {
            "talk_date": ui.talkDateEdit,
            "due_on": ui.dueEdit,
            "planned_hours": ui.plannedHoursEdit,
            "realised_hours": ui.realisedHoursEdit,
            "participants": ui.participantsEdit,
            "attitude_remarks": ui.attitudeRemarksEdit,
        }
        self.combos = {"kind": ui.kindCombo, "attitude_score": ui.attitudeCombo, "overall_score": ui.overallCombo}
        for name, widget in self.widgets().items():
            widget.setObjectName(f"assessment.{name}")
        prepare_date_edit(ui.talkDateEdit)
        prepare_date_edit(ui.dueEdit)
        ui.attitudeRemarksEdit.setPlaceholderText(_("Remarks"))
        fill_vocabulary(ui.kindCombo, choices.ASSESSMENT_KINDS)
        fill_vocabulary(ui.attitudeCombo, choices.SCORES, empty=_("(not scored)"))
        fill_vocabulary(ui.overallCombo, choices.SCORES, empty=_("(not scored)"))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._typed: set[str] = set()  # defaulted fields the coordinator typed over
        for field in self.DEFAULTED:
            self.edits[field].textEdited.connect(lambda _text, f=field: self._typed.add(f))
        self.scores = ScoresModel(dialog)
        self._setup_table()

    def _setup_table(self) -> None:
        table = self.ui.scoresTable
        table.setModel(self.scores)
        self._delegate = ScoreDelegate(table)
        table.setItemDelegateForColumn(ScoresModel.SCORE, self._delegate)
        compact_rows(table)
        table.verticalHeader().setDefaultSectionSize(max(table.fontMetrics().height() + 10, 26))
        triggers = table.EditTrigger
        # Tab or a click on a score opens its drop-down at once: scoring 20 lines stays quick.
        table.setEditTriggers(
            triggers.CurrentChanged | triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def widgets(self) -> dict[str, QWidget]:
        return {**self.edits, **self.combos, "overall_judgement": self.ui.judgementEdit, "scores": self.ui.scoresTable}

    def captions(self) -> dict[str, str]:
        ui = self.ui
        return {
            "kind": caption(ui.kindLabel),
            "talk_date": caption(ui.talkDateLabel),
            "due_on": caption(ui.dueLabel),
            "planned_hours": caption(ui.plannedHoursLabel),
            "realised_hours": caption(ui.realisedHoursLabel),
            "participants": caption(ui.participantsLabel),
            "attitude_score": caption(ui.attitudeLabel),
            "attitude_remarks": _("Remarks on professional attitude"),
            "overall_score": caption(ui.overallLabel),
            "overall_judgement": caption(ui.judgementLabel),
            "scores": _("Score per werkproces"),
        }

    def window_title(self, form) -> str:
        if form is None:
            return _("New assessment form")
        name = form_views.learner_name(form.period_id)
        return _("Assessment form {number} — {name}").format(number=form.number, name=name)

    def first_focus(self) -> QWidget:
        if self.dialog.form_id is not None:
            return self.ui.talkDateEdit
        if self.scores.rowCount():
            # The kind and the rest are filled in from the period: a new form starts at its first score, so that
            # scoring is typing a letter per werkproces.
            self.ui.scoresTable.setCurrentIndex(self.scores.index(0, ScoresModel.SCORE))
            return self.ui.scoresTable
        return self.ui.kindCombo

    def assessment_kind(self) -> str | None:
        return self.ui.kindCombo.currentData()

    def load(self, form) -> None:
        ui = self.ui
        if form is None:
            period = self.dialog.period_id
            self._typed.clear()  # another period: its own due date, hours and participants
            self.scores.set_lines(form_views.new_score_lines(period) if period is not None else [])
            if period is not None:
                ui.kindCombo.blockSignals(True)  # the defaults below follow the kind once
                select(ui.kindCombo, form_views.suggested_assessment_kind(period))
                ui.kindCombo.blockSignals(False)
            self._follow_defaults()
        else:
            select(ui.kindCombo, form.kind)
            set_date(ui.talkDateEdit, form.talk_date)
            set_date(ui.dueEdit, form.due_on)
            for field in ("planned_hours", "realised_hours"):
                value = getattr(form, field)
                self.edits[field].setText("" if value is None else str(value))
            ui.participantsEdit.setText(form.participants)
            select(ui.attitudeCombo, form.attitude_score)
            ui.attitudeRemarksEdit.setText(form.attitude_remarks)
            select(ui.overallCombo, form.overall_score)
            ui.judgementEdit.setPlainText(form.overall_judgement)
            self.scores.set_lines(form_views.score_lines(form.id))
        self._size_columns()

    def _size_columns(self) -> None:
        table = self.ui.scoresTable
        table.resizeColumnToContents(ScoresModel.CODE)
        table.resizeColumnToContents(ScoresModel.TITLE)
        table.setColumnWidth(ScoresModel.TITLE, min(max(table.columnWidth(ScoresModel.TITLE), 200), 380))
        widest = max(table.fontMetrics().horizontalAdvance(_(text)) for text in choices.SCORES.values())
        table.setColumnWidth(ScoresModel.SCORE, max(widest + 48, 130))  # room for the drop-down's arrow

    def _kind_changed(self, *_args) -> None:
        if self.dialog.form_id is None:
            self._follow_defaults()
            self.dialog.refresh_signers()  # a final assessment also goes to the school

    def _follow_defaults(self) -> None:
        period = self.dialog.period_id
        if self.dialog.form_id is not None or period is None:
            return
        defaults = form_views.assessment_defaults(period, self.ui.kindCombo.currentData())
        for field in self.DEFAULTED:
            if field in self._typed:
                continue
            if field == "due_on":
                set_date(self.edits[field], defaults[field])
            else:
                self.edits[field].setText("" if defaults[field] is None else str(defaults[field]))

    def set_read_only(self, read_only: bool) -> None:
        for field, edit in self.edits.items():
            edit.setReadOnly(read_only and field not in self.NOT_CONTENT)
        self.ui.judgementEdit.setReadOnly(read_only)
        show_read_only([*self.edits.values(), self.ui.judgementEdit])
        for combo in self.combos.values():
            combo.setEnabled(not read_only)
        self.scores.set_read_only(read_only)

    def edited_state(self) -> tuple:
        return tuple((line.work_process_id, line.score, line.remarks) for line in self.scores.lines())

    def store(
        self, form_id: int | None, values: dict, signers: list[signing.Signer], *, frozen: bool, seen_version=None
    ):
        ui = self.ui
        values["due_on"] = ui.dueEdit.text()
        if frozen:
            return forms.save_assessment(form_id, values, signers=signers, seen_version=seen_version)
        values.update({field: edit.text() for field, edit in self.edits.items()})
        values.update({field: combo.currentData() for field, combo in self.combos.items()})
        values["overall_judgement"] = ui.judgementEdit.toPlainText()
        scores = [(line.work_process_id, line.score, line.remarks) for line in self.scores.lines()]
        return forms.save_assessment(form_id, values, scores=scores, signers=signers, seen_version=seen_version)

    def create_text(self) -> str:
        return _("Add assessment form")

    def edit_text(self) -> str:
        return _("Edit assessment form")


CONTENTS: dict[str, type[FormContent]] = {"assignment": AssignmentContent, "assessment": AssessmentContent}
