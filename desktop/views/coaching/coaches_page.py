"""The Coaches page of the Coaching tab: every coach with their trajectories, and the coach meetings.

Above, each coach with how many trajectories are active, planned and completed, how many steps are
overdue and the next step that is due. Below, the chosen coach's open trajectories (Enter or a
double-click opens one: `open_trajectory`) and the twice-yearly coach meetings with who came.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from desktop import clock
from desktop.errors import LeerWerkError
from desktop.forms.ui_coaches_page import Ui_CoachesPage
from desktop.i18n import N_, _, format_date, ngettext
from desktop.settings import COACHES_LAYOUT, Settings
from desktop.storage import choices
from desktop.views.kit.dialogs import alive, run_dialog
from desktop.views.kit.role_limits import for_writers, hide_writers, through
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import DeleteCommand
from desktop.views.kit.widgets import (
    confirm,
    focus_search,
    remember_header,
    select_where,
    selected_object,
    tab_shortcut,
)

if TYPE_CHECKING:  # the coaching services load with the first reading, not at start-up
    from desktop.services.coaches import CoachRow, MeetingRow
    from desktop.services.coaching_trajectories import TrajectoryRow

OVERDUE = "#b00020"
OVERDUE_COLOUR = QColor(OVERDUE)
_GLOSS = re.compile(r"\s*\([^()]*\)$")


def _red(flag: bool) -> QColor | None:
    return OVERDUE_COLOUR if flag else None


def role_label(code: str) -> str:
    """A role as a table cell names it: "Practice trainer", without the Dutch gloss of the English label."""
    return _GLOSS.sub("", choices.label(choices.STAFF_ROLES, code))


def _step(kind: str) -> str:
    return choices.label(choices.COACHING_STEPS, kind) if kind else ""


def _short(day: dt.date | None) -> str:
    return format_date(day, "short")


def _next_step(row: CoachRow) -> str:
    if not row.next_kind:
        return ""
    return _("{step} – {participant}").format(step=_step(row.next_kind), participant=row.next_participant)


def _coach_late(row: CoachRow) -> bool:
    return row.next_on is not None and row.next_on < clock.today()


def _steps_overdue(count: int) -> str:
    return ngettext("{count} step is overdue", "{count} steps are overdue", count).format(count=count) if count else ""


class CoachesModel(RowTableModel):
    columns = (
        Column("coach", N_("Coach"), lambda r: r.name, sort=lambda r: r.sort_name),
        Column("roles", N_("Roles"), lambda r: ", ".join(role_label(code) for code in r.roles), searchable=False),
        Column("active", N_("Active"), lambda r: str(r.active), sort=lambda r: r.active,
               searchable=False, align_right=True),
        Column("planned", N_("Planned"), lambda r: str(r.planned), sort=lambda r: r.planned,
               searchable=False, align_right=True),
        Column("completed", N_("Completed"), lambda r: str(r.completed), sort=lambda r: r.completed,
               searchable=False, align_right=True),
        Column(
            "overdue", N_("Overdue steps"), lambda r: str(r.overdue_steps), sort=lambda r: r.overdue_steps,
            searchable=False, align_right=True, foreground=lambda r: _red(r.overdue_steps > 0),
            tooltip=lambda r: _steps_overdue(r.overdue_steps),
        ),
        Column("next", N_("Next step"), _next_step, sort=lambda r: (r.next_on or dt.date.max), searchable=False),
        Column(
            "next_on", N_("Date"), lambda r: _short(r.next_on), sort=lambda r: r.next_on, searchable=False,
            foreground=lambda r: _red(_coach_late(r)),
            tooltip=lambda r: _("Overdue since {date}").format(date=format_date(r.next_on)) if _coach_late(r) else "",
        ),
        Column("last_meeting", N_("Last coach meeting"), lambda r: _short(r.last_meeting),
               sort=lambda r: r.last_meeting, searchable=False),
    )  # fmt: skip


def _overdue_tip(row: TrajectoryRow) -> str:
    return _steps_overdue(row.overdue_steps) if row.overdue else ""


def _trajectory_late(row: TrajectoryRow) -> bool:
    return row.is_open and row.next_on is not None and row.next_on < clock.today()


STATUS_ORDER = tuple(choices.TRAJECTORY_STATUSES)
STEP_ORDER = choices.COACHING_STEP_ORDER


class CoachTrajectoriesModel(RowTableModel):
    columns = (
        Column("participant", N_("Participant"), lambda r: r.name, sort=lambda r: r.sort_name,
               foreground=lambda r: _red(r.overdue), tooltip=_overdue_tip),
        Column("kind", N_("Kind"), lambda r: choices.label(choices.TRAJECTORY_KINDS, r.kind)),
        Column("training", N_("Training"), lambda r: r.training),
        Column("status", N_("Status"), lambda r: choices.label(choices.TRAJECTORY_STATUSES, r.status),
               sort=lambda r: STATUS_ORDER.index(r.status) if r.status in STATUS_ORDER else 99),
        Column("next", N_("Next step"), lambda r: _step(r.next_kind),
               sort=lambda r: STEP_ORDER.index(r.next_kind) if r.next_kind in STEP_ORDER else 99),
        Column(
            "next_on", N_("Date"), lambda r: _short(r.next_on), sort=lambda r: r.next_on,
            foreground=lambda r: _red(_trajectory_late(r)),
            tooltip=lambda r: _("Overdue since {date}").format(date=format_date(r.next_on))
            if _trajectory_late(r) else "",
        ),
    )  # fmt: skip


def _is_planned(row: MeetingRow) -> bool:
    return row.held_on > clock.today()


def _one_line(text: str) -> str:
    return " · ".join(line.strip() for line in text.splitlines() if line.strip())


class MeetingsModel(RowTableModel):
    columns = (
        Column("date", N_("Date"), lambda r: _short(r.held_on), sort=lambda r: (r.held_on, r.id)),
        Column("count", N_("Number present"), lambda r: "" if _is_planned(r) else str(len(r.attendees)),
               sort=lambda r: len(r.attendees), align_right=True),
        Column("attendees", N_("Who was present"),
               lambda r: _("(planned)") if _is_planned(r) else ", ".join(r.attendees),
               tooltip=lambda r: "\n".join(r.attendees)),
        Column("notes", N_("Notes"), lambda r: _one_line(r.notes), tooltip=lambda r: r.notes),
    )  # fmt: skip


class DeleteMeetingCommand(DeleteCommand):
    """Undo of a deleted meeting; refused (not crashed) when a coach who came has been deleted since."""

    def revert(self) -> None:
        from desktop.services import coaching_views

        coaching_views.restore_meeting(self.service, self.snapshot)


class CoachesPage(QWidget):
    """The coach overview and the coach meetings; driven by the Coaching tab (`reload`, `retranslate`)."""

    open_trajectory = Signal(int)

    def __init__(self, main_window, parent: QWidget | None = None):
        super().__init__(parent)
        self.main_window = main_window
        self.ui = Ui_CoachesPage()
        self.ui.setupUi(self)
        self.setObjectName("coaching.coaches")
        ui = self.ui
        ui.tableView.setObjectName("coaching.coaches.table")
        ui.filterEdit.setObjectName("coaching.coaches.filter")
        ui.trajectoriesTable.setObjectName("coaching.coaches.trajectories")
        ui.meetingsTable.setObjectName("coaching.coaches.meetings")
        self.model = CoachesModel(self)
        self.trajectories = CoachTrajectoriesModel(self)
        self.meetings = MeetingsModel(self)
        self._trajectory_rows: list[TrajectoryRow] = []
        self._next_due: dt.date | None = None
        self._loaded = False  # retranslate may come before the first reload, even before a database is open
        self._sized: dict[QTableView, bool] = {}
        for table, model, key, column, order in (
            (ui.tableView, self.model, "header", 0, Qt.SortOrder.AscendingOrder),
            (ui.trajectoriesTable, self.trajectories, "trajectories", 5, Qt.SortOrder.AscendingOrder),
            (ui.meetingsTable, self.meetings, "meetings", 0, Qt.SortOrder.DescendingOrder),
        ):
            table.setModel(model)
            table.sortByColumn(column, order)
            self._sized[table] = remember_header(table, COACHES_LAYOUT.of(part=key))
        ui.meetingsTable.horizontalHeader().setStretchLastSection(True)
        self._restore_splitters()

        ui.filterEdit.textChanged.connect(self._search)
        ui.tableView.selectionModel().currentRowChanged.connect(lambda *_args: self._show_coach())
        open_trajectory = for_writers(main_window, self.open_selected_trajectory)  # its dialog edits it
        ui.trajectoriesTable.doubleClicked.connect(open_trajectory)
        ui.meetingsTable.doubleClicked.connect(through(ui.editMeetingButton, self.edit_meeting))
        ui.meetingsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.newMeetingButton.clicked.connect(self.new_meeting)
        ui.editMeetingButton.clicked.connect(self.edit_meeting)
        ui.deleteMeetingButton.clicked.connect(self.delete_meeting)
        hide_writers(main_window, ui.newMeetingButton, ui.editMeetingButton, ui.deleteMeetingButton)
        # Keys on the tables themselves: the Coaching tab keeps its own keys on its own widgets.
        trajectories, meetings = ui.trajectoriesTable, ui.meetingsTable
        self._shortcuts = [
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Return), open_trajectory, trajectories),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Enter), open_trajectory, trajectories),
            *(
                tab_shortcut(self, QKeySequence(key), through(button, slot), meetings)
                for key, button, slot in (
                    (Qt.Key.Key_Insert, ui.newMeetingButton, self.new_meeting),
                    (Qt.Key.Key_Delete, ui.deleteMeetingButton, self.delete_meeting),
                    (Qt.Key.Key_Return, ui.editMeetingButton, self.edit_meeting),
                    (Qt.Key.Key_Enter, ui.editMeetingButton, self.edit_meeting),
                )
            ),
        ]
        self.retranslate()

    def _restore_splitters(self) -> None:
        settings = Settings()
        for splitter, key, stretches in (
            (self.ui.splitter, "splitter", (3, 2)),
            (self.ui.detailSplitter, "details", (3, 2)),
        ):
            state = settings.get(COACHES_LAYOUT.of(part=key))
            if state is None or not splitter.restoreState(state):
                for index, stretch in enumerate(stretches):
                    splitter.setStretchFactor(index, stretch)
            splitter.splitterMoved.connect(
                lambda *_args, s=splitter, k=key: Settings().set(COACHES_LAYOUT.of(part=k), s.saveState())
            )

    def _size_columns(self, table: QTableView) -> None:
        """Fit the columns to their text once, when the first rows are in, unless a layout was remembered."""
        if self._sized[table] or not table.model().rowCount():
            return
        table.resizeColumnsToContents()
        # The meetings share their half of the page with the trajectories: who came gets less room.
        widest = 160 if table is self.ui.meetingsTable else 200
        for column in range(table.model().columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        self._sized[table] = True

    # -- the page contract (driven by the Coaching tab) -------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for model in (self.model, self.trajectories, self.meetings):
            model.retranslate()
        self._show_count()
        self._show_coach()
        self._show_due()
        self._update_buttons()

    def reload(self) -> None:
        """Read the coaches, their trajectories and the meetings again, keeping what was chosen."""
        from desktop.services import coaches, coaching_trajectories

        coach, meeting = self.selected_coach_id(), self.selected_meeting_id()
        today = clock.today()
        self.model.set_rows(coaches.coach_rows(today))
        self._trajectory_rows = [r for r in coaching_trajectories.trajectory_rows(today=today) if r.is_open]
        self.meetings.set_rows(coaches.meeting_rows())
        self._next_due, self._loaded = coaches.next_meeting_due(today), True
        self._show_count()
        if coach is None or not self.select_coach(coach):
            if self.model.rowCount():
                self.ui.tableView.setCurrentIndex(self.model.index(0, 0))
        self._show_coach()
        if meeting is not None:
            self.select_meeting(meeting)
        self._show_due()
        self._update_buttons()
        self._size_columns(self.ui.tableView)
        self._size_columns(self.ui.meetingsTable)

    def focus_search(self) -> None:
        """Ctrl+F of the Coaching tab while this page is shown."""
        focus_search(self.ui.filterEdit)

    # -- coaches -------------------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._show_count()
        if not self.ui.tableView.currentIndex().isValid() and self.model.rowCount():
            self.ui.tableView.setCurrentIndex(self.model.index(0, 0))
        self._show_coach()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} coach", "{shown} of {total} coaches", total).format(shown=shown, total=total)
        )

    def selected_coach(self) -> CoachRow | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def selected_coach_id(self) -> int | None:
        row = self.selected_coach()
        return row.id if row is not None else None

    def select_coach(self, coach_id: int) -> bool:
        return select_where(self.ui.tableView, lambda r: r.id == coach_id)

    def _show_coach(self) -> None:
        """The chosen coach's open trajectories below the table."""
        coach = self.selected_coach()
        ui = self.ui
        if coach is None:
            self.trajectories.set_rows([])
            ui.trajectoriesGroup.setTitle(_("Open trajectories"))
            ui.trajectoriesLabel.setText(_("Choose a coach above to see their open trajectories."))
            return
        chosen = self.selected_trajectory_id()
        rows = [r for r in self._trajectory_rows if r.coach_id == coach.id]
        self.trajectories.set_rows(rows)
        self._size_columns(ui.trajectoriesTable)
        if chosen is not None:
            self.select_trajectory(chosen)
        ui.trajectoriesGroup.setTitle(_("Open trajectories of {name}").format(name=coach.name))
        late = sum(1 for r in rows if r.overdue)
        if not rows:
            text = _("{name} has no open trajectories.").format(name=coach.name)
        else:
            text = ngettext("{count} open trajectory", "{count} open trajectories", len(rows)).format(count=len(rows))
            if late:
                text += "; " + ngettext(
                    "{count} with overdue steps", "{count} with overdue steps", late
                ).format(count=late)  # fmt: skip
        ui.trajectoriesLabel.setText(text)

    # -- the coach's trajectories --------------------------------------------------------------------------
    def selected_trajectory_id(self) -> int | None:
        index = self.ui.trajectoriesTable.currentIndex()
        return self.trajectories.row_object(index.row()).id if index.isValid() else None

    def select_trajectory(self, trajectory_id: int) -> bool:
        row = self.trajectories.row_of(lambda r: r.id == trajectory_id)
        if row is None:
            return False
        self.ui.trajectoriesTable.setCurrentIndex(self.trajectories.index(row, 0))
        return True

    def open_selected_trajectory(self) -> None:
        trajectory = self.selected_trajectory_id()
        if trajectory is not None:
            self.open_trajectory.emit(trajectory)

    # -- coach meetings ------------------------------------------------------------------------------------
    def _show_due(self) -> None:
        """When the coaches should meet next, as read by the last `reload` (retranslate reads nothing)."""
        if not self._loaded:
            self.ui.dueLabel.clear()
            return
        today, due = clock.today(), self._next_due
        planned = [r.held_on for r in self.meetings.all_rows() if r.held_on > today]
        if due is None:
            text = _("No coach meeting has been held yet; coaches meet twice a year.")
        elif due < today:
            text = _("Next coach meeting was due by {date}.").format(date=format_date(due, "long"))
        else:
            text = _("Next coach meeting due by {date}.").format(date=format_date(due, "long"))
        if planned:
            text += " " + _("Planned on {date}.").format(date=format_date(min(planned), "long"))
        late = due is not None and due < today and not planned
        self.ui.dueLabel.setText(text)
        self.ui.dueLabel.setStyleSheet(f"color: {OVERDUE};" if late else "")

    def selected_meeting(self) -> MeetingRow | None:
        return selected_object(self.ui.meetingsTable)

    def selected_meeting_id(self) -> int | None:
        row = self.selected_meeting()
        return row.id if row is not None else None

    def select_meeting(self, meeting_id: int) -> bool:
        return select_where(self.ui.meetingsTable, lambda r: r.id == meeting_id)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_meeting() is not None
        self.ui.editMeetingButton.setEnabled(chosen)
        self.ui.deleteMeetingButton.setEnabled(chosen)

    def _changed(self):
        return alive(self, self.reload)

    def meeting_dialog(self, meeting_id: int | None):
        from desktop.views.coaching.meeting_dialog import CoachMeetingDialog

        return CoachMeetingDialog(self.main_window.undo_stack, meeting_id, self, on_change=self._changed())

    def _run(self, meeting_id: int | None) -> None:
        dialog = self.meeting_dialog(meeting_id)
        run_dialog(dialog)
        self.reload()
        if dialog.meeting_id is not None:
            self.select_meeting(dialog.meeting_id)

    def new_meeting(self) -> None:
        self._run(None)

    def edit_meeting(self) -> None:
        meeting = self.selected_meeting_id()
        if meeting is not None:
            self._run(meeting)

    def delete_meeting(self) -> None:
        row = self.selected_meeting()
        if row is None:
            return
        question = _("Delete the coach meeting of {date}?").format(date=format_date(row.held_on, "long"))
        if not confirm(self, _("Delete coach meeting"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        from desktop.services import coaches

        try:
            snapshot = coaches.MEETINGS.delete_unchanged(row.id, row.version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Coach meeting not deleted"), error.message)
            self.reload()
            return
        command = DeleteMeetingCommand(coaches.MEETINGS, snapshot, _("Delete coach meeting"), on_change=self._changed())
        self.main_window.undo_stack.push(command)
        self.reload()
