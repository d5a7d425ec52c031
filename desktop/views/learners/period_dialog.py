"""A BPV period: placement details, and its task checklist, learning goals, meetings and agreements.

The period's own fields are saved with OK or Apply. Tasks, goals, meetings and agreements belong to a
stored period and are saved one by one as they are changed; each change is a step on the undo stack.
Above the pages the dialog says what the period lacks (a signed POK, a recognised crebo).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_period_dialog import Ui_PeriodDialog
from desktop.i18n import N_, _, format_date, format_number
from desktop.services import placements, records, step_versions, validation
from desktop.services.agreements import period_concerns
from desktop.services.bpv import PHASE_ORDER, state_on
from desktop.services.catalogue import replace_meetings, replan_and_report
from desktop.services.learners import (
    find_learner,
    find_period,
    meetings_of,
    programme_choices,
    school_choices,
    staff_choices,
    supervisor_choices,
    tasks_of,
)
from desktop.services.reference import team_choices
from desktop.settings import PERIOD_TABLE_HEADER
from desktop.storage import choices
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog, after_undo
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.goals_editor import GoalsEditor, GoalWidgets
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, ServiceCommand, UpdateCommand
from desktop.views.kit.widgets import (
    confirm,
    fill_combo,
    fill_vocabulary,
    give_room_to,
    prepare_date_edit,
    remember_header,
    scroll_when_small,
    select,
    select_where,
    set_date,
)
from desktop.views.learners.period_forms import PeriodForms

OVERDUE = QColor("#b00020")
ENDED_STATUSES = ("completed", "ended_early")
DATE_FIELDS = ("start_date", "end_date", "supernumerary_until", "ended_on")
TEXT_FIELDS = {
    "start_date": "startEdit",
    "end_date": "endEdit",
    "hours_per_week": "hoursPerWeekEdit",
    "planned_hours": "plannedHoursEdit",
    "realised_hours": "realisedHoursEdit",
    "supernumerary_until": "supernumeraryEdit",
    "ended_on": "endedOnEdit",
    "end_reason_text": "endReasonTextEdit",
}
COMBO_FIELDS = {
    "programme": "programmeCombo",
    "school": "schoolCombo",
    "school_supervisor": "supervisorCombo",
    "team": "teamCombo",
    "practice_trainer": "trainerCombo",
    "work_supervisor": "workSupervisorCombo",
    "contract_type": "contractCombo",
    "supervisor_meeting_weeks": "meetingWeeksCombo",
    "phase": "phaseCombo",
    "status": "statusCombo",
    "end_reason": "endReasonCombo",
}


def _task_state(task) -> str:
    # A task of a period that ended early is kept, cancelled, so what was still open stays visible.
    if task.done_on is None and task.cancelled:
        return _("Cancelled")
    return format_date(task.done_on, "short")


class TasksModel(RowTableModel):
    DONE = 0
    columns = (
        Column("done", N_("Done"), lambda t: "", sort=lambda t: t.done_on is not None, searchable=False),
        Column("phase", N_("Phase"), lambda t: choices.label(choices.PHASES, t.phase), sort=lambda t: _phase_key(t)),
        Column("role", N_("Who"), lambda t: choices.label(choices.TASK_ROLES, t.role)),
        Column("title", N_("Task"), lambda t: t.title),
        Column("done_on", N_("Done on"), _task_state, sort=lambda t: t.done_on),
    )

    def __init__(self, parent=None, on_toggle: Callable[[object, bool], None] | None = None):
        super().__init__(parent)
        self.on_toggle = on_toggle

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == self.DONE:
            done = self.row_object(index.row()).done_on is not None
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.on_toggle is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.on_toggle(self.row_object(index.row()), checked)
        return True


def _phase_key(task) -> tuple[int, int]:
    return PHASE_ORDER.index(task.phase), task.position


def _meeting_state(meeting) -> str:
    if meeting.cancelled:
        return _("Cancelled")
    if meeting.held_on:
        return _("Held")
    if meeting.planned_on and meeting.planned_on < clock.today():
        return _("Overdue")
    return _("Planned")


class MeetingsModel(RowTableModel):
    columns = (
        Column("planned_on", N_("Planned"), lambda m: format_date(m.planned_on, "short"), sort=lambda m: m.planned_on),
        Column("kind", N_("Meeting"), lambda m: choices.label(choices.MEETING_KINDS, m.kind)),
        Column("held_on", N_("Held on"), lambda m: format_date(m.held_on, "short"), sort=lambda m: m.held_on),
        Column(
            "state",
            N_("State"),
            _meeting_state,
            foreground=lambda m: OVERDUE if _meeting_state(m) == _("Overdue") else None,
        ),
        Column("participants", N_("Participants"), lambda m: m.participants),
    )


class ReplanCommand(ServiceCommand):
    """Planning the meetings again, undone by putting back the meetings as they were; refused once someone else
    changed, added or deleted one of them since. Each meeting is expected with the version this program's newest step
    left in it (`services.step_versions`): a meeting marked held and unmarked again since is not someone else's."""

    def __init__(self, period_id: int, before: list[dict], after: list[dict], text: str, on_change=None):
        super().__init__(text, on_change)
        self.period_id, self.before, self.after = period_id, before, after
        _note_meetings({row["id"]: row["version"] for row in after})

    def apply(self) -> None:
        self._put_back(self.after, self.before)

    def revert(self) -> None:
        self._put_back(self.before, self.after)

    def _put_back(self, rows: list[dict], left: list[dict]) -> None:
        """The meetings `rows`, where the step being undone or redone left `left`."""
        known = {row["id"]: row["version"] for row in _as_left(rows)}
        _note_meetings(replace_meetings(self.period_id, rows, expected=_as_left(left), known=known))


def _note_meetings(versions: dict[int, int]) -> None:
    """The versions the meetings put back carry: those are what this program's step left in them now."""
    step_versions.note(records.service("meeting"), versions)


def _as_left(rows: list[dict]) -> list[dict]:
    service = records.service("meeting")
    return [{**row, "version": step_versions.expected(service, row["id"], row["version"])} for row in rows]


class EndingCommand(ServiceCommand):
    """Ending a period early, undone by putting back the period and the meetings and tasks it cancelled; each record
    is expected with the version this program's newest step left in it (`services.step_versions`), so that a later
    edit of the period by the same person, undone first, is not taken for someone else's."""

    def __init__(self, ending: placements.PeriodEnding, on_change=None):
        super().__init__(_("End BPV period early"), on_change)
        self.ending = ending
        self._note()

    def apply(self) -> None:
        self._state()
        placements.redo_ending(self.ending)
        self._note()

    def revert(self) -> None:
        self._state()
        placements.undo_ending(self.ending)
        self._note()

    def _state(self) -> None:
        self.ending.versions.update(
            {
                (model, record_id): step_versions.expected(records.service(model._meta.table_name), record_id, version)
                for (model, record_id), version in self.ending.versions.items()
            }
        )

    def _note(self) -> None:
        for (model, record_id), version in self.ending.versions.items():
            step_versions.note(records.service(model._meta.table_name), {record_id: version})


class PeriodDialog(RememberedDialog):
    remembered_as = "period"

    def __init__(
        self,
        undo_stack: QUndoStack,
        learner_id: int,
        period_id: int | None = None,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
        end_early: bool = False,
        show_forms: bool = False,
    ):
        super().__init__(parent)
        self.ui = Ui_PeriodDialog()
        self.ui.setupUi(self)
        self.setObjectName("period.dialog")
        self.undo_stack = undo_stack
        self.service = records.service("bpv_period")
        self.learner = find_learner(learner_id)
        self._version: int | None = None  # of the period as read here: a save over someone else's is refused
        self.period_id = period_id
        self._outer_change = on_change or (lambda: None)
        self.edits = {field: getattr(self.ui, name) for field, name in TEXT_FIELDS.items()}
        self.combos = {field: getattr(self.ui, name) for field, name in COMBO_FIELDS.items()}
        for field, widget in {**self.edits, **self.combos, "notes": self.ui.notesEdit}.items():
            widget.setObjectName(f"period.{field}")
        for field in DATE_FIELDS:
            prepare_date_edit(self.edits[field])
        self.ui.supernumeraryEdit.setPlaceholderText(_("empty: two weeks, interns the whole period"))
        self.errors = FieldErrors(
            self.ui.errorLabel, {**self.edits, **self.combos, "notes": self.ui.notesEdit}, self._captions()
        )
        self._fill_choices()
        self.ui.schoolCombo.currentIndexChanged.connect(self._fill_supervisors)
        self.ui.statusCombo.currentIndexChanged.connect(self._show_ending)
        self.ui.startEdit.editingFinished.connect(self._follow_dates)
        self.ui.endEdit.editingFinished.connect(self._follow_dates)
        self._chosen_state = False  # once the coordinator picks a status or phase, dates no longer set them
        self.ui.statusCombo.activated.connect(self._state_chosen)
        self.ui.phaseCombo.activated.connect(self._state_chosen)

        self.tasks = TasksModel(self, on_toggle=self.set_task_done)
        self.goal_editor = GoalsEditor(
            GoalWidgets(
                self.ui.goalsTable,
                self.ui.goalTextEdit,
                self.ui.goalStatusCombo,
                self.ui.goalReviewEdit,
                self.ui.newGoalButton,
                self.ui.saveGoalButton,
                self.ui.deleteGoalButton,
                self.ui.errorLabel,
            ),
            "period",
            undo_stack,
            on_command=self._changed,
            after_change=self._outer_change,
        )
        self.goals = self.goal_editor.model
        self.meetings = MeetingsModel(self)
        for table, model, key in (
            (self.ui.tasksTable, self.tasks, "tasks"),
            (self.ui.goalsTable, self.goals, "goals"),
            (self.ui.meetingsTable, self.meetings, "meetings"),
        ):
            table.setModel(model)
            table.setObjectName(f"period.{key}")
            table.setSortingEnabled(True)
            table.setProperty("sized", remember_header(table, PERIOD_TABLE_HEADER.of(table=key), fixed=()))
        self.ui.tasksTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.ui.meetingsTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.taskDoneButton.clicked.connect(lambda: self._mark_selected_task(True))
        self.ui.taskUndoneButton.clicked.connect(lambda: self._mark_selected_task(False))
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.ui.tasksTable)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self._toggle_selected_task)
        self._task_shortcut = space

        fill_vocabulary(self.ui.meetingKindCombo, choices.MEETING_KINDS)
        prepare_date_edit(self.ui.plannedOnEdit)
        prepare_date_edit(self.ui.heldOnEdit)
        self.ui.meetingsTable.selectionModel().currentRowChanged.connect(self._show_meeting)
        self.ui.newMeetingButton.clicked.connect(self.new_meeting)
        self.ui.saveMeetingButton.clicked.connect(self.save_meeting)
        self.ui.deleteMeetingButton.clicked.connect(self.delete_meeting)
        self.ui.replanButton.clicked.connect(self.replan)
        self.forms = PeriodForms(self, self.ui, self._outer_change, self.save)
        self.meeting_errors = FieldErrors(
            self.ui.errorLabel,
            {
                "kind": self.ui.meetingKindCombo,
                "planned_on": self.ui.plannedOnEdit,
                "held_on": self.ui.heldOnEdit,
                "participants": self.ui.participantsEdit,
                "notes": self.ui.meetingNotesEdit,
            },
            {
                "kind": _("Meeting"),
                "planned_on": _("Planned on"),
                "held_on": _("Held on"),
                "participants": _("Participants"),
                "notes": _("Notes"),
            },
        )

        self.ui.agreementsPanel.bind(undo_stack, self.ui.errorLabel, self._changed)

        self.ui.buttonBox.accepted.connect(self.save_and_close)
        self.ui.buttonBox.rejected.connect(self.cancel)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        self._shortcuts = self.add_save_keys()
        self.waardering_button = self.ui.buttonBox.addButton(
            _("Student&waardering…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.waardering_button.setObjectName("period.waardering")
        self.waardering_button.setToolTip(_("The questionnaire the student fills in when the period has ended"))
        self.waardering_button.clicked.connect(self.open_waardering)
        self.talk_button = self.ui.buttonBox.addButton(_("E&valuation talk…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.talk_button.setObjectName("period.talk")
        self.talk_button.setToolTip(
            _("The talk at the end of the period with the student, practice trainer and school")
        )
        self.talk_button.clicked.connect(self.open_talk)
        self._load()
        self._show_meeting(QModelIndex())
        for table, text_column in (
            (self.ui.tasksTable, "title"),
            (self.ui.goalsTable, "text"),
            (self.ui.meetingsTable, "participants"),
            (self.ui.formsTable, "signed"),
        ):
            if not table.property("sized"):
                table.resizeColumnsToContents()
            give_room_to(table, table.model().column_index(text_column))
        self.mark_clean()
        self._scroll = scroll_when_small(self, self.ui.pages)
        if end_early:
            self._prepare_end_early()
        elif show_forms:
            self.ui.pages.setCurrentWidget(self.ui.formsPage)
        elif period_id is None:
            self.ui.programmeCombo.setFocus()  # typing starts in the first field, not on the page tabs
        self.restore_geometry()

    def _captions(self) -> dict[str, str]:
        captions = {}
        for field, name in {**TEXT_FIELDS, **COMBO_FIELDS, "notes": "notesEdit"}.items():
            label_name = name.replace("Edit", "Label").replace("Combo", "Label")
            captions[field] = getattr(self.ui, label_name).text().replace("&", "").rstrip(":")
        return captions

    # -- choices ---------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        none = _("(none)")
        fill_combo(self.ui.programmeCombo, programme_choices(), empty=_("(choose a programme)"))
        fill_combo(self.ui.schoolCombo, school_choices(), empty=_("(choose a school)"))
        fill_combo(self.ui.teamCombo, [(i, text) for i, text, active in team_choices() if active], empty=none)
        fill_combo(self.ui.trainerCombo, staff_choices("practice_trainer"), empty=none)
        fill_combo(self.ui.workSupervisorCombo, staff_choices("work_supervisor"), empty=none)
        fill_vocabulary(self.ui.contractCombo, choices.CONTRACT_TYPES)
        fill_combo(self.ui.meetingWeeksCombo, [(1, _("every week")), (2, _("every two weeks"))])
        fill_vocabulary(self.ui.phaseCombo, choices.PHASES)
        fill_vocabulary(self.ui.statusCombo, choices.PERIOD_STATUSES)
        fill_vocabulary(self.ui.endReasonCombo, choices.END_REASONS, empty=_("(not recorded)"))
        self._fill_supervisors()

    def _fill_supervisors(self, *_args) -> None:
        fill_combo(self.ui.supervisorCombo, supervisor_choices(self.ui.schoolCombo.currentData()), empty=_("(none)"))
        self._choose_the_only_one(self.ui.supervisorCombo)  # a school with one bpv-begeleider: that is who

    def _choose_the_only_one(self, combo) -> None:
        """On a new period, a choice with one candidate is made already; the coordinator can still set it to none."""
        offered = [combo.itemData(row) for row in range(combo.count()) if combo.itemData(row) is not None]
        if self.period_id is None and len(offered) == 1 and combo.currentData() is None:
            select(combo, offered[0])

    def _choose(self, field: str, value, text: Callable[[], str]) -> None:
        """Select `value`, adding it when it is no longer offered (an inactive school, a former trainer)."""
        combo = self.combos[field]
        if value is not None and combo.findData(value) < 0:
            combo.addItem(text(), value)
        select(combo, value)

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self) -> None:
        period = find_period(self.period_id) if self.period_id else None
        self._stored_status = period.status if period else None
        self._version = period.version if period else None
        self.ui.learnerLabel.setText(
            _("{name} — {type}").format(
                name=self.learner.display_name, type=choices.label(choices.LEARNER_TYPES, self.learner.learner_type)
            )
        )
        if period is None:
            self.setWindowTitle(_("New BPV period"))
            select(self.ui.contractCombo, choices.DEFAULT_CONTRACT[self.learner.learner_type])
            select(self.ui.meetingWeeksCombo, 2)
            self._fill_supervisors()
            self._choose_the_only_one(self.ui.trainerCombo)  # an organisation with one praktijkopleider
        else:
            self.setWindowTitle(_("BPV period of {name}").format(name=self.learner.display_name))
            self._choose("programme", period.programme_id, lambda: period.programme.name)
            self._choose("school", period.school_id, lambda: period.school.name)
            self._fill_supervisors()
            self._choose(
                "school_supervisor", period.school_supervisor_id, lambda: period.school_supervisor.display_name
            )
            self._choose("team", period.team_id, lambda: f"{period.team.location.name} – {period.team.name}")
            self._choose("practice_trainer", period.practice_trainer_id, lambda: period.practice_trainer.display_name)
            self._choose("work_supervisor", period.work_supervisor_id, lambda: period.work_supervisor.display_name)
            for field in ("contract_type", "supervisor_meeting_weeks", "phase", "status", "end_reason"):
                select(self.combos[field], getattr(period, field))
            for field in DATE_FIELDS:
                set_date(self.edits[field], getattr(period, field))
            hours = period.hours_per_week
            self.ui.hoursPerWeekEdit.setText(format_number(hours) if hours is not None else "")
            for field in ("planned_hours", "realised_hours"):
                value = getattr(period, field)
                self.edits[field].setText("" if value is None else str(value))
            self.ui.endReasonTextEdit.setText(period.end_reason_text)
            self.ui.notesEdit.setPlainText(period.notes)
        self._show_ending()
        self.reload_details()
        # A studentwaardering is about a placement that is over (the policy, 001 §6).
        self.waardering_button.setEnabled(period is not None and period.status in ("completed", "ended_early"))
        # The talk may come before the last day (001, Bijlage 1: at the end), so only an unsaved period has none.
        self.talk_button.setEnabled(period is not None)

    def open_waardering(self) -> None:
        from desktop.views.learners.waardering_dialog import open_waardering

        if self.period_id is not None and open_waardering(self, self.period_id):
            self._outer_change()

    def open_talk(self) -> None:
        from desktop.views.learners.period_talk_dialog import open_period_talk

        if self.period_id is not None and open_period_talk(self, self.period_id):
            self._outer_change()

    def show_record(self, table: str, record_id: int) -> bool:
        """Open on the page of one of the period's meetings or tasks, that row chosen (from the overview)."""
        pages = {
            "meeting": (self.ui.meetingsPage, self.ui.meetingsTable),
            "phase_task": (self.ui.tasksPage, self.ui.tasksTable),
        }
        if table not in pages or self.period_id is None:
            return False
        page, view = pages[table]
        self.ui.pages.setCurrentWidget(page)
        return select_where(view, lambda row: row.id == record_id)

    def _state_chosen(self, *_args) -> None:
        self._chosen_state = True

    def _follow_dates(self) -> None:
        """A new period starts as planned, active in its phase, or completed, as its dates say."""
        if self.period_id is not None or self._chosen_state:
            return
        try:
            start = validation.date("start_date", self.ui.startEdit.text())
            end = validation.date("end_date", self.ui.endEdit.text())
        except ValidationError:
            return  # said when saving, beside the field
        if start is not None:
            status, phase = state_on(start, end, clock.today())
            select(self.ui.statusCombo, status)
            select(self.ui.phaseCombo, phase)

    def _show_ending(self, *_args) -> None:
        """Only an early end has a date of its own; a reason (and a few words) belongs to any ended period."""
        status = self.ui.statusCombo.currentData()
        for widget in (self.ui.endedOnEdit, self.ui.endedOnLabel):
            widget.setEnabled(status == "ended_early")
        ui = self.ui
        for widget in (ui.endReasonCombo, ui.endReasonLabel, ui.endReasonTextEdit, ui.endReasonTextLabel):
            widget.setEnabled(status in ENDED_STATUSES)

    def _prepare_end_early(self) -> None:
        select(self.ui.statusCombo, "ended_early")
        if not self.ui.endedOnEdit.text():
            set_date(self.ui.endedOnEdit, clock.today())
        self.ui.pages.setCurrentIndex(0)
        self.ui.endReasonCombo.setFocus()

    def reload_details(self) -> None:
        stored = self.period_id is not None
        # A new period's forms can be started at once (that saves the period); the rest comes with saving.
        for page in (self.ui.tasksPage, self.ui.goalsPage, self.ui.meetingsPage, self.ui.agreementsPage):
            self.ui.pages.setTabEnabled(self.ui.pages.indexOf(page), stored)
        self.ui.hintLabel.setVisible(not stored)
        self.ui.hintLabel.setText(_("Save the period (Apply) to get its task checklist and planned meetings."))
        self._show_concerns()
        if not stored:
            return
        period = self.period_id
        panel = self.ui.agreementsPanel
        if panel.period_id == period:
            panel.reload()
        else:
            panel.set_period(period, self.learner.learner_type)
        self.tasks.set_rows(tasks_of(period))
        self.goal_editor.set_owner(period)
        self.meetings.set_rows(meetings_of(period))
        self.forms.show_period(period)
        self.ui.pages.setTabText(
            self.ui.pages.indexOf(self.ui.tasksPage),
            _("&Tasks ({done} of {total} done)").format(
                done=sum(1 for t in self.tasks.all_rows() if t.done_on), total=self.tasks.total_count()
            ),
        )

    def _show_concerns(self) -> None:
        """What the period lacks (a signed POK, a recognised crebo, a certified praktijkopleider), in full."""
        found = period_concerns(self.period_id) if self.period_id is not None else ()
        self.ui.concernsLabel.setVisible(bool(found))
        self.ui.concernsLabel.setText("\n".join(f"⚠ {concern.text()}" for concern in found))

    def _changed(self) -> Callable[[], None]:
        return after_undo(self, self._outer_change, self.reload_details)

    # -- the period ------------------------------------------------------------------------------------
    def edited_state(self) -> tuple:
        # Tasks, goals and meetings are saved as they change; only the period's own fields wait for OK.
        return tuple(sorted(self._values().items()))

    def _values(self) -> dict:
        values = {field: edit.text() for field, edit in self.edits.items()}
        values.update({field: combo.currentData() for field, combo in self.combos.items()})
        values["notes"] = self.ui.notesEdit.toPlainText()
        if values["status"] != "ended_early":
            values["ended_on"] = None
        if values["status"] not in ENDED_STATUSES:
            values["end_reason"], values["end_reason_text"] = None, ""
        return values

    def save(self) -> bool:
        self.errors.clear()
        values = self._values()
        try:
            if self.period_id is None:
                if not values["supernumerary_until"]:
                    del values["supernumerary_until"]  # the service works it out from the learner type
                period = self.service.create(learner=self.learner.id, **values)
                self.period_id = period.id
                self.undo_stack.push(
                    CreateCommand(self.service, period.id, _("Add BPV period"), on_change=self._changed())
                )
            elif values["status"] == "ended_early" and self._stored_status in placements.OPEN_STATUSES:
                # Ending early also cancels the meetings after the last day and the open tasks.
                ending = placements.end_early(self.period_id, seen_version=self._version, **values)
                period = self.service.get(self.period_id)
                self.undo_stack.push(EndingCommand(ending, on_change=self._changed()))
            else:
                period, previous = self.service.update(self.period_id, seen_version=self._version, **values)
                if previous:
                    new = self.service.values_of(period, previous)
                    self.undo_stack.push(
                        UpdateCommand(
                            self.service,
                            period.id,
                            new,
                            previous,
                            _("Edit BPV period"),
                            on_change=self._changed(),
                            version=period.version,
                        )
                    )
        except ValidationError as error:
            self.ui.pages.setCurrentIndex(0)
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            self.ui.pages.setCurrentIndex(0)
            offer_reload(self, self.errors, error, self._reload)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("BPV period not saved"), error.message)
            return False
        self._stored_status, self._version = period.status, period.version
        set_date(self.ui.supernumeraryEdit, period.supernumerary_until)
        self.mark_clean()
        self.setWindowTitle(_("BPV period of {name}").format(name=self.learner.display_name))
        self._outer_change()
        self.reload_details()
        return True

    # -- tasks -----------------------------------------------------------------------------------------
    def set_task_done(self, task, done: bool) -> None:
        """Tick or untick `task` (a row of the list, with the version it was read with)."""
        values = {"done_on": clock.today() if done else None}
        self._update("phase_task", task.id, values, _("Tick task"), version=task.version)

    def _selected(self, table, model) -> object | None:
        index = table.currentIndex()
        return model.row_object(index.row()) if index.isValid() else None

    def _mark_selected_task(self, done: bool) -> None:
        task = self._selected(self.ui.tasksTable, self.tasks)
        if task is not None and (task.done_on is not None) != done:
            self.set_task_done(task, done)

    def _toggle_selected_task(self) -> None:
        task = self._selected(self.ui.tasksTable, self.tasks)
        if task is not None:
            self.set_task_done(task, task.done_on is None)

    def _reload(self) -> None:
        """Show the period as stored now (after someone else saved it)."""
        self._load()
        self.mark_clean()

    def _update(
        self,
        table: str,
        record_id: int,
        values: dict,
        text: str,
        errors: FieldErrors | None = None,
        version: int | None = None,
    ) -> bool:
        """Save a task or meeting; `version`: the one the dialog shows, so that a save over someone else's later
        change is refused."""
        service = records.service(table)
        try:
            record, previous = service.update(record_id, seen_version=version, **values)
        except ValidationError as error:
            (errors or self.errors).show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, errors or self.errors, error, lambda: self._after_detail_change(record_id))
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not saved"), error.message)
            return False
        if previous:
            new = service.values_of(record, previous)
            self.undo_stack.push(
                UpdateCommand(
                    service, record_id, new, previous, text, on_change=self._changed(), version=record.version
                )
            )
        self._after_detail_change(record_id)
        return True

    def _after_detail_change(self, record_id: int | None) -> None:
        self._outer_change()
        current = {table: table.currentIndex() for table in (self.ui.tasksTable,)}
        self.reload_details()
        for table, index in current.items():
            if index.isValid() and index.row() < table.model().rowCount():
                table.setCurrentIndex(table.model().index(index.row(), index.column()))

    # -- meetings --------------------------------------------------------------------------------------
    def _show_meeting(self, current: QModelIndex, _previous=None) -> None:
        meeting = self.meetings.row_object(current.row()) if current.isValid() else None
        select(self.ui.meetingKindCombo, meeting.kind if meeting else "other")
        set_date(self.ui.plannedOnEdit, meeting.planned_on if meeting else None)
        set_date(self.ui.heldOnEdit, meeting.held_on if meeting else None)
        self.ui.cancelledCheck.setChecked(bool(meeting and meeting.cancelled))
        self.ui.participantsEdit.setText(meeting.participants if meeting else "")
        self.ui.meetingNotesEdit.setPlainText(meeting.notes if meeting else "")
        self.ui.deleteMeetingButton.setEnabled(meeting is not None)

    def new_meeting(self) -> None:
        self.ui.meetingsTable.setCurrentIndex(QModelIndex())
        self.ui.meetingsTable.clearSelection()
        self._show_meeting(QModelIndex())
        self.ui.meetingKindCombo.setFocus()

    def save_meeting(self) -> None:
        self.meeting_errors.clear()
        values = {
            "kind": self.ui.meetingKindCombo.currentData(),
            "planned_on": self.ui.plannedOnEdit.text(),
            "held_on": self.ui.heldOnEdit.text(),
            "cancelled": self.ui.cancelledCheck.isChecked(),
            "participants": self.ui.participantsEdit.text(),
            "notes": self.ui.meetingNotesEdit.toPlainText(),
        }
        meeting = self._selected(self.ui.meetingsTable, self.meetings)
        if meeting is not None:
            self._update("meeting", meeting.id, values, _("Edit meeting"), self.meeting_errors, meeting.version)
        else:
            self._create("meeting", values, _("Add meeting"), self.meeting_errors)

    def delete_meeting(self) -> None:
        meeting = self._selected(self.ui.meetingsTable, self.meetings)
        if meeting is not None and confirm(self, _("Delete meeting"), _("Delete this meeting?")):
            self._delete("meeting", meeting.id, _("Delete meeting"), meeting.version)
            self._show_meeting(QModelIndex())

    def replan(self) -> None:
        question = _(
            "Plan the meetings again from the period's dates? Meetings that were held, cancelled, written about "
            "or added by hand stay as they are."
        )
        if not confirm(self, _("Plan meetings again"), question):
            return
        try:
            before, after = replan_and_report(self.period_id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Meetings not planned"), error.message)
            return
        self.undo_stack.push(
            ReplanCommand(self.period_id, before, after, _("Plan meetings again"), on_change=self._changed())
        )
        self._after_detail_change(None)

    # -- shared ----------------------------------------------------------------------------------------
    def _create(self, table: str, values: dict, text: str, errors: FieldErrors) -> None:
        service = records.service(table)
        try:
            record = service.create(period=self.period_id, **values)
        except ValidationError as error:
            errors.show(error)
            return
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not saved"), error.message)
            return
        self.undo_stack.push(CreateCommand(service, record.id, text, on_change=self._changed()))
        self._after_detail_change(record.id)

    def _delete(self, table: str, record_id: int, text: str, version: int | None) -> None:
        """Delete a task or meeting; refused when someone else changed it since `version` (the one shown)."""
        service = records.service(table)
        try:
            snapshot = service.delete_unchanged(record_id, version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not deleted"), error.message)
            self._after_detail_change(None)
            return
        self.undo_stack.push(DeleteCommand(service, snapshot, text, on_change=self._changed()))
        self._after_detail_change(None)
