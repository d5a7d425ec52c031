"""The Coaching tab: every coaching trajectory with its people, training, status and next step, and
the coaches with their meetings (page "Coaches").

Trajectories are listed with participant, coach, manager, training, kind, status, the next step and its
date (red when a step is overdue), and how far the intake agreement is signed. Search as you type;
filters for coach, status and overdue steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import LeerWerkError
from desktop.i18n import N_, _, format_date, ngettext
from desktop.settings import COACHING_HEADER
from desktop.storage import choices
from desktop.textsearch import fold
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.lazy_page import LoadsWhenShown
from desktop.views.kit.role_limits import hide_writers, through
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import ServiceCommand
from desktop.views.kit.widgets import (
    confirm,
    fill_combo,
    focus_search,
    remember_header,
    select_where,
    selected_object,
    tab_shortcut,
)

if TYPE_CHECKING:  # the coaching services load with the first reading, after the window is painted
    from desktop.services.coaching_trajectories import TrajectoryRow
    from desktop.views.coaching.coaches_page import CoachesPage

OVERDUE = QColor("#b00020")
OVERDUE_STEPS, DUE_SOON, OPEN = "overdue", "soon", "open"
DUE_SOON_DAYS = 14
STATUS_ORDER = tuple(choices.TRAJECTORY_STATUSES)


def _next_step(row: TrajectoryRow) -> str:
    return choices.label(choices.COACHING_STEPS, row.next_kind) if row.next_kind else ""


def _overdue_tip(row: TrajectoryRow) -> str:
    if not row.overdue:
        return ""
    return ngettext("{count} step is overdue", "{count} steps are overdue", row.overdue_steps).format(
        count=row.overdue_steps
    )


def _signed(row: TrajectoryRow) -> str:
    return _("{signed} of {signers}").format(signed=row.signed, signers=row.signers) if row.signers else ""


class TrajectoriesModel(RowTableModel):
    columns = (
        Column("participant", N_("Participant"), lambda r: r.name, sort=lambda r: r.sort_name),
        Column("coach", N_("Coach"), lambda r: r.coach, sort=lambda r: r.coach_sort),
        Column("manager", N_("Manager"), lambda r: r.manager),
        Column("training", N_("Training"), lambda r: r.training),
        Column("kind", N_("Kind"), lambda r: choices.label(choices.TRAJECTORY_KINDS, r.kind), searchable=False),
        Column(
            "status",
            N_("Status"),
            lambda r: choices.label(choices.TRAJECTORY_STATUSES, r.status),
            sort=lambda r: STATUS_ORDER.index(r.status) if r.status in STATUS_ORDER else 99,
            searchable=False,
        ),
        Column(
            "next_step",
            N_("Next step"),
            _next_step,
            searchable=False,
            foreground=lambda r: OVERDUE if r.overdue else None,
            tooltip=_overdue_tip,
        ),
        Column(
            "next_on",
            N_("Date"),
            lambda r: format_date(r.next_on, "short"),
            sort=lambda r: r.next_on,
            searchable=False,
            foreground=lambda r: OVERDUE if r.overdue else None,
            tooltip=_overdue_tip,
        ),
        Column("signed", N_("Agreement signed"), _signed, sort=lambda r: (r.signed, r.signers), searchable=False),
    )


class DeleteTrajectoryCommand(ServiceCommand):
    """Undo puts the trajectory back with the version it had; redo deletes it again through the trajectories' own
    rule (a signed one is kept), stating the version this program's newest step left in it."""

    def __init__(self, snapshot, on_change=None):
        super().__init__(_("Delete coaching trajectory"), on_change)
        self.snapshot = snapshot

    def apply(self) -> None:
        from desktop.services import coaching_trajectories, step_versions

        # Put back by the undo with the version it had: a redo refuses to delete what someone changed since.
        trajectory_id = self.snapshot.row["id"]
        seen = step_versions.expected(coaching_trajectories.TRAJECTORIES, trajectory_id, self.snapshot.row["version"])
        self.snapshot = coaching_trajectories.delete_trajectory(trajectory_id, seen)

    def revert(self) -> None:
        from desktop.services import coaching_trajectories, step_versions

        coaching_trajectories.restore_trajectory(self.snapshot)
        step_versions.note(coaching_trajectories.TRAJECTORIES, {self.snapshot.row["id"]: self.snapshot.row["version"]})


class CoachingTab(LoadsWhenShown, QWidget):
    def __init__(self, main_window):
        super().__init__(main_window)
        from desktop.forms.ui_coaching_tab import Ui_CoachingTab

        self.main_window = main_window
        self.ui = ui = Ui_CoachingTab()
        ui.setupUi(self)
        self.setObjectName("tab.coaching")
        ui.tableView.setObjectName("coaching.table")
        ui.filterEdit.setObjectName("coaching.filter")
        ui.pages.setObjectName("coaching.pages")
        for name in ("coachCombo", "statusCombo", "dueCombo"):
            combo = getattr(ui, name)
            combo.setObjectName(f"coaching.{name.removesuffix('Combo')}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.model = TrajectoriesModel(self)
        table = ui.tableView
        table.setModel(self.model)
        table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
        self._header_restored = remember_header(table, COACHING_HEADER)
        table.doubleClicked.connect(through(ui.editButton, self.edit_selected))
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.filterEdit.textChanged.connect(self._search)
        for combo in (ui.coachCombo, ui.statusCombo, ui.dueCombo):
            combo.currentIndexChanged.connect(self._apply_filters)
        ui.newButton.clicked.connect(self.new_trajectory)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        hide_writers(main_window, ui.newButton, ui.editButton, ui.deleteButton)
        ui.previewButton.clicked.connect(self.preview_selected)
        ui.printButton.clicked.connect(self.print_selected)
        self._coaches: CoachesPage | None = None  # built when first shown (`coaches`), not at start-up
        self._coaches_stale = True  # the Coaches page reads when it is first shown after a change
        ui.pages.currentChanged.connect(self._page_shown)
        on_list = ui.trajectoriesPage
        self._shortcuts = [
            tab_shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_search(ui.filterEdit), on_list),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Insert), through(ui.newButton, self.new_trajectory), on_list),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Delete), through(ui.deleteButton, self.delete_selected), table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Return), through(ui.editButton, self.edit_selected), table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Enter), through(ui.editButton, self.edit_selected), table),
            tab_shortcut(self, QKeySequence.StandardKey.Print, self.print_selected, on_list),
            tab_shortcut(self, QKeySequence("Ctrl+Shift+P"), self.preview_selected, on_list),
            tab_shortcut(self, QKeySequence.StandardKey.Find, lambda: self.coaches.focus_search(), ui.coachesPage),
        ]
        self.retranslate()
        self._update_buttons()

    def loaded(self) -> None:
        if not self._header_restored:
            self.ui.tableView.resizeColumnsToContents()

    @property
    def coaches(self) -> CoachesPage:
        """The Coaches page, built the first time it is shown or asked for: a page not looked at costs the
        start-up nothing."""
        if self._coaches is None:
            from desktop.views.coaching.coaches_page import CoachesPage

            self._coaches = CoachesPage(self.main_window, self.ui.coachesPage)
            self.ui.coachesPage.layout().addWidget(self._coaches)
            self._coaches.show()  # now, not queued: it may be built while its page is on screen
            self._coaches.open_trajectory.connect(self.open_trajectory)
        return self._coaches

    # -- the tab contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return _("Coaching")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        statuses = [(code, _(label)) for code, label in choices.TRAJECTORY_STATUSES.items()]
        fill_combo(self.ui.statusCombo, [(OPEN, _("Planned or active")), *statuses], empty=_("All statuses"))
        fill_combo(
            self.ui.dueCombo,
            [(OVERDUE_STEPS, _("Overdue steps")), (DUE_SOON, _("Next step within two weeks or overdue"))],
            empty=_("Any next step"),
        )
        self._fill_coaches()
        self.model.retranslate()
        if self._coaches is not None:
            self._coaches.retranslate()
        self._show_count()

    def _fill_coaches(self) -> None:
        coaches = {row.coach_id: (row.coach_sort, row.coach) for row in self.model.all_rows()}
        ordered = sorted(coaches.items(), key=lambda item: (fold(item[1][0]), item[0]))
        fill_combo(self.ui.coachCombo, [(number, name) for number, (_sort, name) in ordered], empty=_("All coaches"))

    def reload(self) -> None:
        """Read every trajectory again (and the coaches page), keeping selection, search and filters."""
        from desktop.services import coaching_trajectories

        selected = self.selected_id()
        self.model.set_rows(coaching_trajectories.trajectory_rows())
        self.mark_loaded()
        self._fill_coaches()
        self._apply_filters()
        if selected is not None:
            self.select_trajectory(selected)
        self._update_buttons()
        if self.ui.pages.currentWidget() is self.ui.coachesPage:
            self.coaches.reload()
        else:
            self._coaches_stale = True

    def _page_shown(self, *_args) -> None:
        if self.ui.pages.currentWidget() is self.ui.coachesPage and self._coaches_stale:
            self._coaches_stale = False
            self.coaches.reload()

    # -- searching and filtering -----------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._show_count()

    def _apply_filters(self, *_args) -> None:
        coach, status, due = (
            self.ui.coachCombo.currentData(),
            self.ui.statusCombo.currentData(),
            self.ui.dueCombo.currentData(),
        )
        soon = clock.today() + dt.timedelta(days=DUE_SOON_DAYS)
        tests: list[Callable[[TrajectoryRow], bool]] = []
        if coach:
            tests.append(lambda r: r.coach_id == coach)
        if status == OPEN:
            tests.append(lambda r: r.is_open)
        elif status:
            tests.append(lambda r: r.status == status)
        if due == OVERDUE_STEPS:
            tests.append(lambda r: r.overdue)
        elif due == DUE_SOON:
            tests.append(lambda r: r.is_open and r.next_on is not None and r.next_on <= soon)
        self.model.set_filter((lambda r: all(test(r) for test in tests)) if tests else None)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} trajectory", "{shown} of {total} trajectories", total).format(
                shown=shown, total=total
            )
        )

    # -- selection -------------------------------------------------------------------------------------
    def selected_row(self) -> TrajectoryRow | None:
        return selected_object(self.ui.tableView)

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_trajectory(self, trajectory_id: int) -> bool:
        return select_where(self.ui.tableView, lambda r: r.id == trajectory_id)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_row() is not None
        for button in (self.ui.editButton, self.ui.deleteButton, self.ui.previewButton, self.ui.printButton):
            button.setEnabled(chosen)

    # -- editing ---------------------------------------------------------------------------------------
    def new_trajectory(self) -> None:
        self.open_trajectory(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_trajectory(row.id)

    def open_trajectory(self, trajectory_id: int | None) -> None:
        from desktop.views.coaching.trajectory_dialog import TrajectoryDialog

        dialog = TrajectoryDialog(self.main_window.undo_stack, trajectory_id, self, on_change=self.reload)
        run_dialog(dialog)
        self.reload()
        if dialog.trajectory_id is not None:
            self.select_trajectory(dialog.trajectory_id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desktop.services import coaching_trajectories

        if coaching_trajectories.ever_signed(row.id):
            QMessageBox.information(
                self,
                _("Trajectory not deleted"),
                _("The intake agreement of {name} has been signed, so the trajectory must be kept.").format(
                    name=row.name
                ),
            )
            return
        question = _("Delete the coaching trajectory of {name} (coach {coach}), with its steps and goals?").format(
            name=row.name, coach=row.coach
        )
        if not confirm(self, _("Delete trajectory"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        try:
            snapshot = coaching_trajectories.delete_trajectory(row.id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Trajectory not deleted"), error.message)
            self.reload()
            return
        self.main_window.undo_stack.push(DeleteTrajectoryCommand(snapshot, on_change=self.reload))
        self.reload()

    # -- the intake agreement -----------------------------------------------------------------------------
    def _pdf_of(self, row: TrajectoryRow) -> bytes | None:
        from desktop.services import coaching_printouts

        try:
            return coaching_printouts.intake_pdf(row.id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Intake agreement not printed"), error.message)
            self.reload()
            return None

    def preview_selected(self) -> None:
        row = self.selected_row()
        data = self._pdf_of(row) if row is not None else None
        if data is None:
            return
        from desktop.services import coaching_trajectories
        from desktop.views.coaching.trajectory_dialog import save_intake_pdf
        from desktop.views.kit.pdf_output import PdfPreviewDialog

        title = f"{coaching_trajectories.number_of(row.id)} {row.name}"
        run_dialog(PdfPreviewDialog(self, data, title, save=lambda: save_intake_pdf(self, row.id, data)))

    def print_selected(self) -> None:
        row = self.selected_row()
        data = self._pdf_of(row) if row is not None else None
        if data is not None:
            from desktop.services import coaching_trajectories
            from desktop.views.kit.pdf_output import print_pdfs

            print_pdfs(self, [data], f"{coaching_trajectories.number_of(row.id)} {row.name}")
