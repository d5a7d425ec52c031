"""A coaching trajectory: who (participant, coach, manager, training), its status, its steps, its
learning goals, and the intake agreement with its three signatures.

How the coaching tab opens it::

    dialog = TrajectoryDialog(undo_stack, None, parent, on_change=reload)           # new
    dialog = TrajectoryDialog(undo_stack, trajectory_id, parent, on_change=reload)  # edit
    run_dialog(dialog)  # then dialog.trajectory_id is the trajectory (None when a new one was not saved)

OK, Apply and Ctrl+Enter save everything (fields, steps and goals) as one step on the undo stack.
Signing and reopening the intake agreement are evidence and not undoable. While its signatures stand,
what it says is read-only: the people, the kind, the training, the learning goals, what the manager
expects and contributes, and the planned steps; the status, dates, notes, when a step was held and
how a goal went stay open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, NotFoundError, ValidationError
from desktop.i18n import N_, _, format_date
from desktop.services import coaching_trajectories, step_versions
from desktop.services.base import Snapshot
from desktop.services.coaching_trajectories import GoalLine, StepLine
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.files import ask_path, open_file, write_file
from desktop.views.kit.lines_editor import Field, LinesEditor, date_text
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import ReplaceCommand, ServiceCommand
from desktop.views.kit.widgets import (
    confirm,
    fill_combo,
    fill_vocabulary,
    make_searchable,
    prepare_date_edit,
    select,
    set_date,
)

OVERDUE = QColor("#b00020")
FROZEN_NOTE = N_(
    "The intake agreement has been signed: the people, the training, the learning goals, what the manager "
    "expects and contributes, and the planned steps are fixed. Reopen it on the Intake agreement tab to change "
    "them. Status, dates, notes, held steps and how the goals went can still be changed."
)
CONTENT_FIELDS = ("kind", "participant", "coach", "manager", "enrolment", "manager_expectations",
                  "manager_contribution")  # fmt: skip


def _step_overdue(step: StepLine) -> bool:
    return step.is_overdue(clock.today())


class StepsModel(RowTableModel):
    columns = (
        Column("kind", N_("Step"), lambda s: choices.label(choices.COACHING_STEPS, s.kind)),
        Column(
            "planned_on",
            N_("Planned on"),
            lambda s: date_text(s.planned_on),
            foreground=lambda s: OVERDUE if _step_overdue(s) else None,
            tooltip=lambda s: _("Overdue: not held yet") if _step_overdue(s) else "",
        ),
        Column("held_on", N_("Held on"), lambda s: date_text(s.held_on)),
        Column("participants", N_("Taking part"), lambda s: s.participants),
        Column("notes", N_("Notes"), lambda s: " ".join(s.notes.split())),
    )


class GoalLinesModel(RowTableModel):
    columns = (
        Column("text", N_("Learning goal"), lambda g: " ".join(g.text.split())),
        Column("status", N_("Status"), lambda g: choices.label(choices.GOAL_STATUSES, g.status)),
        Column("reviewed_on", N_("Reviewed"), lambda g: date_text(g.reviewed_on)),
    )


class CreateTrajectoryCommand(ServiceCommand):
    """Undo deletes the new trajectory (refused once it was signed); redo puts it back. The delete states the version
    this program's newest step left in it (`services.step_versions`): an edit of it undone first is not someone
    else's change."""

    def __init__(self, trajectory_id: int, on_change=None):
        super().__init__(_("New coaching trajectory"), on_change)
        self.trajectory_id = trajectory_id
        self.snapshot: Snapshot | None = None
        self.version = coaching_trajectories.get_trajectory(trajectory_id).version  # as made: what undo expects
        step_versions.note(coaching_trajectories.TRAJECTORIES, {trajectory_id: self.version})

    def apply(self) -> None:
        if self.snapshot is not None:
            coaching_trajectories.restore_trajectory(self.snapshot)
            step_versions.note(coaching_trajectories.TRAJECTORIES, {self.trajectory_id: self.snapshot.row["version"]})

    def revert(self) -> None:
        version = self.snapshot.row["version"] if self.snapshot is not None else self.version
        seen = step_versions.expected(coaching_trajectories.TRAJECTORIES, self.trajectory_id, version)
        self.snapshot = coaching_trajectories.delete_trajectory(self.trajectory_id, seen)


class EditTrajectoryCommand(ReplaceCommand):
    """Undo puts the trajectory back as it was before the edit, redo as it was after; each refused once someone
    else changed it since."""

    def __init__(self, before: Snapshot, after: Snapshot, on_change=None):
        service, replace = coaching_trajectories.TRAJECTORIES, coaching_trajectories.replace_trajectory
        super().__init__(service, replace, before, after, _("Edit coaching trajectory"), on_change)


def _key(kind: str, number: int) -> str:
    return f"{kind}:{number}"


class TrajectoryDialog(RememberedDialog):
    remembered_as = "trajectory"

    def __init__(
        self,
        undo_stack: QUndoStack,
        trajectory_id: int | None = None,
        parent: QWidget | None = None,
        *,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        from desktop.forms.ui_trajectory_dialog import Ui_TrajectoryDialog

        self.ui = ui = Ui_TrajectoryDialog()
        ui.setupUi(self)
        self.setObjectName("trajectory.dialog")
        self.undo_stack = undo_stack
        self.trajectory_id = trajectory_id
        self.saved = False
        self.frozen = False
        self._outer_change = on_change or (lambda: None)
        self._manager_chosen = False
        for widget, name in (
            (ui.kindCombo, "kind"),
            (ui.participantCombo, "participant"),
            (ui.coachCombo, "coach"),
            (ui.managerCombo, "manager"),
            (ui.enrolmentCombo, "enrolment"),
            (ui.trainingEndsEdit, "training_ends_on"),
            (ui.statusCombo, "status"),
            (ui.startedEdit, "started_on"),
            (ui.endedEdit, "ended_on"),
            (ui.expectationsEdit, "manager_expectations"),
            (ui.contributionEdit, "manager_contribution"),
            (ui.notesEdit, "notes"),
            (ui.stepsTable, "steps"),
            (ui.goalsTable, "goals"),
            (ui.pages, "pages"),
            (ui.frozenLabel, "frozen"),
            (ui.errorLabel, "error"),
            (ui.signaturesPanel, "signatures"),
            (ui.planButton, "plan"),
            (ui.addStepButton, "add_step"),
            (ui.removeStepButton, "remove_step"),
            (ui.addGoalButton, "add_goal"),
            (ui.removeGoalButton, "remove_goal"),
            (ui.previewButton, "preview"),
            (ui.printButton, "print"),
            (ui.pdfButton, "pdf"),
        ):
            widget.setObjectName(f"trajectory.{name}")
        for edit in (ui.trainingEndsEdit, ui.startedEdit, ui.endedEdit):
            prepare_date_edit(edit)
        for combo in (ui.participantCombo, ui.coachCombo, ui.managerCombo):
            make_searchable(combo)
        ui.participantCombo.lineEdit().setPlaceholderText(_("Type a name…"))
        fill_vocabulary(ui.kindCombo, choices.TRAJECTORY_KINDS)
        fill_vocabulary(ui.statusCombo, choices.TRAJECTORY_STATUSES)
        fill_vocabulary(ui.stepKindCombo, choices.COACHING_STEPS)
        fill_vocabulary(ui.goalStatusCombo, choices.GOAL_STATUSES)
        ui.participantCombo.currentIndexChanged.connect(self._participant_changed)
        ui.managerCombo.activated.connect(self._manager_picked)
        ui.enrolmentCombo.currentIndexChanged.connect(self._enrolment_changed)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        self.steps = LinesEditor(
            ui.stepsTable,
            StepsModel(self),
            [
                Field("kind", ui.stepKindCombo),
                Field("planned_on", ui.stepPlannedEdit, is_date=True),
                Field("held_on", ui.stepHeldEdit, is_date=True),
                Field("participants", ui.stepParticipantsEdit),
                Field("notes", ui.stepNotesEdit),
            ],
            ui.addStepButton,
            ui.removeStepButton,
            lambda: StepLine("progress", participants=_("participant, coach")),
        )
        self.goals = LinesEditor(
            ui.goalsTable,
            GoalLinesModel(self),
            [
                Field("text", ui.goalTextEdit),
                Field("status", ui.goalStatusCombo),
                Field("review", ui.goalReviewEdit),
                Field("reviewed_on", ui.goalReviewedEdit, is_date=True),
            ],
            ui.addGoalButton,
            ui.removeGoalButton,
            lambda: GoalLine(""),
        )
        ui.planButton.clicked.connect(self.plan_from_method)
        # A new trajectory's plan follows its kind, start and training until a step is edited by hand.
        self._plan_edited = False
        self.steps.changed.connect(self._steps_edited)
        ui.kindCombo.currentIndexChanged.connect(self._replan_new)
        ui.trainingEndsEdit.editingFinished.connect(self._replan_new)
        ui.startedEdit.editingFinished.connect(self._replan_new)
        self.panel = ui.signaturesPanel
        self.panel.before_action = self.save  # what is signed is what the dialog shows
        self.panel.changed.connect(self._after_signing)
        ui.previewButton.clicked.connect(self.preview)
        ui.printButton.clicked.connect(self.print_agreement)
        ui.pdfButton.clicked.connect(self.save_pdf)
        self.errors = FieldErrors(ui.errorLabel, self._widgets(), self._captions())
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self._shortcuts = self.add_save_keys()
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_agreement),
            ("Ctrl+Shift+P", self.preview),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self._load()
        self.restore_geometry()
        (ui.participantCombo if trajectory_id is None else ui.statusCombo).setFocus()

    # -- fields and errors -----------------------------------------------------------------------------
    def _widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "kind": ui.kindCombo,
            "participant": ui.participantCombo,
            "participant_staff": ui.participantCombo,
            "participant_learner": ui.participantCombo,
            "coach": ui.coachCombo,
            "manager": ui.managerCombo,
            "enrolment": ui.enrolmentCombo,
            "training_ends_on": ui.trainingEndsEdit,
            "status": ui.statusCombo,
            "started_on": ui.startedEdit,
            "ended_on": ui.endedEdit,
            "manager_expectations": ui.expectationsEdit,
            "manager_contribution": ui.contributionEdit,
            "notes": ui.notesEdit,
            "steps": ui.stepsTable,
            "goals": ui.goalsTable,
        }

    def _captions(self) -> dict[str, str]:
        ui = self.ui
        captions = {
            name: label.text().replace("&", "").rstrip(":")
            for name, label in (
                ("kind", ui.kindLabel),
                ("participant", ui.participantLabel),
                ("coach", ui.coachLabel),
                ("manager", ui.managerLabel),
                ("enrolment", ui.enrolmentLabel),
                ("training_ends_on", ui.trainingEndsLabel),
                ("status", ui.statusLabel),
                ("started_on", ui.startedLabel),
                ("ended_on", ui.endedLabel),
                ("manager_expectations", ui.expectationsLabel),
                ("manager_contribution", ui.contributionLabel),
                ("notes", ui.notesLabel),
            )
        }
        captions["participant_staff"] = captions["participant_learner"] = captions["participant"]
        return {**captions, "steps": _("Steps"), "goals": _("Learning goals"), "id": _("Coaching trajectory")}

    def _show_error(self, error: ValidationError) -> None:
        widget = self.errors.widgets.get(error.field)
        if widget is not None:
            for index in range(self.ui.pages.count()):
                if self.ui.pages.widget(index).isAncestorOf(widget):
                    self.ui.pages.setCurrentIndex(index)
        if error.row is not None and error.field in ("steps", "goals"):
            (self.steps if error.field == "steps" else self.goals).select_line(error.row)
        self.errors.show(error)

    def show_step(self, step_id: int) -> bool:
        """Open on the steps page with one step chosen (from the overview, where it was due)."""
        self.ui.pages.setCurrentWidget(self.ui.stepsPage)
        lines = self.steps.lines()
        number = next((n for n, line in enumerate(lines, 1) if line.id == step_id), None)
        if number is not None:
            self.steps.select_line(number)
        return number is not None

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self) -> None:
        ui = self.ui
        trajectory = (
            coaching_trajectories.get_trajectory(self.trajectory_id) if self.trajectory_id is not None else None
        )
        self._version = trajectory.version if trajectory is not None else None  # stated by the save
        participant = None
        if trajectory is not None:
            if trajectory.participant_staff_id:
                participant = ("staff", trajectory.participant_staff_id)
            else:
                participant = ("learner", trajectory.participant_learner_id)
        combo = ui.participantCombo
        combo.blockSignals(True)
        combo.clear()
        for (kind, number), name, _sort in coaching_trajectories.participant_choices(include=participant):
            role = _("staff") if kind == "staff" else _("learner")
            combo.addItem(f"{name} ({role})", _key(kind, number))
        combo.setCurrentIndex(combo.findData(_key(*participant)) if participant else -1)
        combo.blockSignals(False)
        coach = trajectory.coach_id if trajectory else None
        manager = trajectory.manager_id if trajectory else None
        fill_combo(ui.coachCombo, coaching_trajectories.coach_choices(include=coach))
        ui.coachCombo.setCurrentIndex(ui.coachCombo.findData(coach) if coach else -1)
        fill_combo(ui.managerCombo, coaching_trajectories.manager_choices(include=manager), empty=_("(none)"))
        select(ui.managerCombo, manager)
        self._fill_enrolments(participant, trajectory.enrolment_id if trajectory else None)
        if trajectory is not None:
            ui.numberValue.setText(coaching_trajectories.number_of(trajectory.id))
            select(ui.kindCombo, trajectory.kind)
            select(ui.statusCombo, trajectory.status)
            set_date(ui.trainingEndsEdit, trajectory.training_ends_on)
            set_date(ui.startedEdit, trajectory.started_on)
            set_date(ui.endedEdit, trajectory.ended_on)
            ui.expectationsEdit.setPlainText(trajectory.manager_expectations)
            ui.contributionEdit.setPlainText(trajectory.manager_contribution)
            ui.notesEdit.setPlainText(trajectory.notes)
            self.steps.set_lines(coaching_trajectories.steps_of(trajectory.id))
            self.goals.set_lines(coaching_trajectories.goals_of(trajectory.id))
            self._manager_chosen = True
            self.setWindowTitle(
                _("Coaching trajectory {number} — {name}").format(
                    number=coaching_trajectories.number_of(trajectory.id), name=combo.currentText()
                )
            )
        else:
            ui.numberValue.setText(_("(given when saved)"))
            select(ui.kindCombo, "learning_coach")
            select(ui.statusCombo, "planned")
            self.steps.set_lines(coaching_trajectories.plan_steps("learning_coach", clock.today(), None))
            self.goals.set_lines([])
            self.setWindowTitle(_("New coaching trajectory"))
        self._show_signing()
        self._show_frozen()

    def _fill_enrolments(self, participant: tuple[str, int] | None, include: int | None) -> None:
        combo = self.ui.enrolmentCombo
        combo.blockSignals(True)
        fill_combo(
            combo, coaching_trajectories.enrolment_choices(participant, include=include), empty=_("(no training)")
        )
        select(combo, include)
        combo.blockSignals(False)

    def _participant(self) -> tuple[str, int] | None:
        combo = self.ui.participantCombo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text)
        if index < 0:
            raise ValidationError("participant", _("Choose one of the people in the list."))
        kind, number = combo.itemData(index).split(":")
        return kind, int(number)

    def _chosen(self, combo: QComboBox, field: str, *, required: bool) -> int | None:
        text = combo.currentText().strip()
        if not text or (not required and combo.currentData() is None and combo.currentIndex() == 0):
            if required:
                raise ValidationError(field, _("Is required."))
            return None
        index = combo.findText(text)
        if index < 0:
            raise ValidationError(field, _("Choose one of the people in the list."))
        return combo.itemData(index)

    def _participant_changed(self, *_args) -> None:
        try:
            participant = self._participant()
        except ValidationError:
            return
        self._fill_enrolments(participant, None)
        if not self._manager_chosen:
            select(self.ui.managerCombo, coaching_trajectories.suggested_manager(participant))

    def _manager_picked(self, *_args) -> None:
        self._manager_chosen = True

    def _enrolment_changed(self, *_args) -> None:
        end = coaching_trajectories.training_end_of(self.ui.enrolmentCombo.currentData())
        if end is not None and not self.ui.trainingEndsEdit.text().strip():
            set_date(self.ui.trainingEndsEdit, end)
            self._replan_new()

    def _status_changed(self, *_args) -> None:
        status = self.ui.statusCombo.currentData()
        today = clock.today()
        if status in ("active", "completed") and not self.ui.startedEdit.text().strip():
            set_date(self.ui.startedEdit, today)
        if status in ("completed", "stopped") and not self.ui.endedEdit.text().strip():
            set_date(self.ui.endedEdit, today)

    def _show_signing(self) -> None:
        stored = self.trajectory_id is not None
        self.panel.setVisible(stored)
        for button in (self.ui.previewButton, self.ui.printButton, self.ui.pdfButton):
            button.setEnabled(stored)
        if stored:
            self.panel.set_form("trajectory", self.trajectory_id)
            hint = _(
                "Participant, coach and manager sign the intake agreement: on screen here, or on the printed "
                "agreement, which you then mark as signed on paper."
            )
        else:
            hint = _("Save the trajectory (Apply) to print and sign its intake agreement.")
        self.ui.signingHintLabel.setText(hint)

    def _show_frozen(self) -> None:
        from desktop.services import signing

        ui = self.ui
        self.frozen = self.trajectory_id is not None and signing.is_frozen("trajectory", self.trajectory_id)
        ui.frozenLabel.setVisible(self.frozen)
        ui.frozenLabel.setText(_(FROZEN_NOTE))
        for combo in (ui.kindCombo, ui.participantCombo, ui.coachCombo, ui.managerCombo, ui.enrolmentCombo):
            combo.setEnabled(not self.frozen)
        for edit in (ui.expectationsEdit, ui.contributionEdit):
            edit.setReadOnly(self.frozen)
        ui.planButton.setEnabled(not self.frozen)
        self.steps.set_locked({"kind", "planned_on"} if self.frozen else set(), self.frozen)
        self.goals.set_locked({"text"} if self.frozen else set(), self.frozen)

    # -- the plan -------------------------------------------------------------------------------------
    def _steps_edited(self) -> None:
        self._plan_edited = True

    def _replan_new(self, *_args) -> None:
        """Plan a new trajectory's steps again from what was chosen, while nobody edited them."""
        from desktop.services import validation as v

        if self.trajectory_id is not None or self._plan_edited:
            return
        try:
            start = v.date("started_on", self.ui.startedEdit.text()) or clock.today()
            end = v.date("training_ends_on", self.ui.trainingEndsEdit.text())
        except ValidationError:
            return  # said when saving
        self.steps.set_lines(coaching_trajectories.plan_steps(self.ui.kindCombo.currentData(), start, end))

    def plan_from_method(self) -> None:
        """Plan the steps not held yet from the start (or today) and the end of the training."""
        from desktop.services import validation as v

        try:
            start = v.date("started_on", self.ui.startedEdit.text()) or clock.today()
            end = v.date("training_ends_on", self.ui.trainingEndsEdit.text())
        except ValidationError as error:
            self._show_error(error)
            return
        current = self.steps.lines()
        waiting = [s for s in current if s.held_on is None and not s.notes.strip()]
        if waiting and self.trajectory_id is not None:
            question = _(
                "Plan the steps again from {start}? The steps that were held or have notes stay; the other "
                "{count} are planned anew."
            ).format(start=format_date(start), count=len(waiting))
            if not confirm(self, _("Plan from the method"), question):
                return
        self.steps.set_lines(coaching_trajectories.replan(self.ui.kindCombo.currentData(), start, end, current))

    # -- saving ----------------------------------------------------------------------------------------
    def _values(self) -> dict:
        ui = self.ui
        participant = self._participant()
        if participant is None:
            raise ValidationError("participant", _("Choose the participant: a staff member or a learner."))
        values = {
            "kind": ui.kindCombo.currentData(),
            "participant_staff": participant[1] if participant and participant[0] == "staff" else None,
            "participant_learner": participant[1] if participant and participant[0] == "learner" else None,
            "coach": self._chosen(ui.coachCombo, "coach", required=True),
            "manager": self._chosen(ui.managerCombo, "manager", required=False),
            "enrolment": ui.enrolmentCombo.currentData(),
            "training_ends_on": ui.trainingEndsEdit.text(),
            "status": ui.statusCombo.currentData(),
            "started_on": ui.startedEdit.text(),
            "ended_on": ui.endedEdit.text(),
            "manager_expectations": ui.expectationsEdit.toPlainText(),
            "manager_contribution": ui.contributionEdit.toPlainText(),
            "notes": ui.notesEdit.toPlainText(),
        }
        return values

    def save(self) -> bool:
        """Store the trajectory as the dialog shows it, as one undo step; False (and why, beside the
        field) when the service refuses, and then nothing is stored."""
        self.errors.clear()
        steps = [StepLine(**vars(s)) for s in self.steps.lines()]
        goals = [GoalLine(**vars(g)) for g in self.goals.lines()]
        try:
            values = self._values()
            if self.trajectory_id is None:
                trajectory = coaching_trajectories.save_trajectory(None, values, steps=steps, goals=goals)
                self.trajectory_id = trajectory.id
                self.undo_stack.push(CreateTrajectoryCommand(trajectory.id, on_change=self._changed()))
            else:
                before = coaching_trajectories.snapshot_trajectory(self.trajectory_id)
                coaching_trajectories.save_trajectory(
                    self.trajectory_id, values, steps=steps, goals=goals, seen_version=self._version
                )
                after = coaching_trajectories.snapshot_trajectory(self.trajectory_id)
                if after != before:
                    self.undo_stack.push(EditTrajectoryCommand(before, after, on_change=self._changed()))
        except ValidationError as error:
            self._show_error(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, self._reload_after_undo)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Trajectory not saved"), error.message)
            return False
        self.saved = True
        self._outer_change()
        self._load()
        return True

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._outer_change, self._reload_after_undo)

    def _reload_after_undo(self) -> None:
        try:
            self._load()
        except NotFoundError:
            self.reject()  # the trajectory made here has been taken away again

    def _after_signing(self) -> None:
        self.saved = True
        self._load()
        self._outer_change()

    # -- the intake agreement on paper -----------------------------------------------------------------
    def _pdf(self) -> bytes | None:
        if self.trajectory_id is None or not self.save():
            return None
        from desktop.services import coaching_printouts

        try:
            return coaching_printouts.intake_pdf(self.trajectory_id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Intake agreement not printed"), error.message)
            return None

    def _title(self) -> str:
        return f"{coaching_trajectories.number_of(self.trajectory_id)} {self.ui.participantCombo.currentText()}"

    def preview(self) -> None:
        data = self._pdf()
        if data is None:
            return
        from desktop.views.kit.pdf_output import PdfPreviewDialog

        dialog = PdfPreviewDialog(self, data, self._title(), save=lambda: self._save_pdf(data))
        dialog.exec()

    def print_agreement(self) -> None:
        data = self._pdf()
        if data is not None:
            from desktop.views.kit.pdf_output import print_pdfs

            print_pdfs(self, [data], self._title())

    def save_pdf(self) -> None:
        data = self._pdf()
        if data is not None:
            self._save_pdf(data)

    def _save_pdf(self, data: bytes) -> Path | None:
        return save_intake_pdf(self, self.trajectory_id, data)


def save_intake_pdf(parent: QWidget, trajectory_id: int, data: bytes) -> Path | None:
    """Ask where to save the intake agreement `data` (named by number and participant), write it, open it."""
    from desktop.services import coaching_printouts

    name = coaching_printouts.intake_file_name(trajectory_id).removesuffix(".pdf")
    path = ask_path(parent, _("Save intake agreement as PDF"), name, "PDF (*.pdf)")
    if path is None or not write_file(parent, path, data):
        return None
    open_file(path)
    return path
