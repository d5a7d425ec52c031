"""The Learners tab: every learner with their current BPV period, searchable and filterable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop import clock
from desktop.errors import LeerWerkError
from desktop.forms.ui_learners_tab import Ui_LearnersTab
from desktop.i18n import N_, _, format_date, ngettext
from desktop.settings import LEARNERS_HEADER
from desktop.storage import choices
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.frozen_column import FrozenColumn
from desktop.views.kit.id_table_model import PAGE, IdTableModel
from desktop.views.kit.lazy_page import LoadsWhenShown
from desktop.views.kit.links import links_of
from desktop.views.kit.role_limits import hide_writers, menu_entry, through
from desktop.views.kit.table_model import Column
from desktop.views.kit.undo import DeleteCommand
from desktop.views.kit.widgets import (
    confirm,
    fill_combo,
    fill_vocabulary,
    focus_search,
    period_text,
    remember_header,
    select_row,
    share_filter_row,
    tab_shortcut,
)

if TYPE_CHECKING:  # the learners services load with the first reading, after the window is painted
    from desktop.services.learner_list import LineFilter
    from desktop.services.learners import LearnerRow

OVERDUE = QColor("#b00020")
NO_PERIOD = "-"  # status filter value for learners without any period
FIRST_COLUMNS = ("name", "type", "programme", "phase", "status", "next_meeting")
FORMS_KEYS = "Ctrl+Shift+F"  # the selected learner's BPV forms


def _overdue(row: LearnerRow) -> bool:
    return row.next_meeting is not None and row.next_meeting < clock.today()


ATTENTION = QColor("#b00020")


def _attention(row: LearnerRow) -> str:
    return " · ".join(dict.fromkeys(concern.short() for concern in row.concerns))


def _attention_reasons(row: LearnerRow) -> str:
    return "\n".join(concern.text() for concern in row.concerns)


def _line_ids(shown: LineFilter, sort: str, descending: bool) -> list[int]:
    from desktop.services.learner_list import line_ids

    return line_ids(shown, sort, descending)


def _lines(learner_ids: list[int]) -> dict[int, LearnerRow]:
    from desktop.services.learner_list import lines

    return lines(learner_ids)


class LearnersModel(IdTableModel):
    """The learners in the order and selection the database works out (`services.learner_list`, which
    knows each column by its key and what a search looks in)."""

    everyone = 0  # the learners at the last reading, archived ones too

    def total_count(self) -> int:
        return self.everyone

    columns = (
        Column("name", N_("Name"), lambda r: r.name),
        Column(
            "attention",
            N_("Needs attention"),
            _attention,
            foreground=lambda r: ATTENTION if r.concerns else None,
            tooltip=_attention_reasons,
        ),
        Column("type", N_("Type"), lambda r: choices.label(choices.LEARNER_TYPES, r.learner_type)),
        Column("programme", N_("Programme"), lambda r: r.programme),
        Column("crebo", N_("Crebo"), lambda r: r.crebo),
        Column("level", N_("Level"), lambda r: choices.label(choices.LEVELS, r.level) if r.level else ""),
        Column("pathway", N_("Pathway"), lambda r: r.pathway),
        Column("school", N_("School"), lambda r: r.school),
        Column("location", N_("Location"), lambda r: r.location),
        Column("team", N_("Team"), lambda r: r.team),
        Column("practice_trainer", N_("Practice trainer"), lambda r: r.practice_trainer),
        Column("work_supervisor", N_("Work supervisor"), lambda r: r.work_supervisor),
        Column(
            "period",
            N_("BPV period"),
            lambda r: period_text(r.start_date, r.end_date),
        ),
        Column(
            "phase",
            N_("Phase"),
            lambda r: choices.label(choices.PHASES, r.phase) if r.phase else "",
        ),
        Column(
            "status",
            N_("Status"),
            lambda r: choices.label(choices.PERIOD_STATUSES, r.status) if r.status else _("No BPV period"),
        ),
        Column(
            "next_meeting",
            N_("Next meeting"),
            lambda r: format_date(r.next_meeting, "short"),
            foreground=lambda r: OVERDUE if _overdue(r) else None,
            tooltip=lambda r: _("Overdue since {date}").format(date=format_date(r.next_meeting)) if _overdue(r) else "",
        ),
        Column(
            "waardering",
            N_("Studentwaardering"),
            lambda r: (
                _("due since {date}").format(date=format_date(r.waardering_due_since, "short"))
                if r.waardering_due_since
                else ""
            ),
            tooltip=lambda r: (
                _("The BPV period that ended on {date} has no studentwaardering yet.").format(
                    date=format_date(r.waardering_due_since)
                )
                if r.waardering_due_since
                else ""
            ),
        ),
    )


class LearnersTab(LoadsWhenShown, QWidget):
    _listed = False  # whether the learners' list has been read (it is, right after the first paint)

    def __init__(self, main_window):
        super().__init__(main_window)
        self.main_window = main_window
        self.ui = Ui_LearnersTab()
        self.ui.setupUi(self)
        self.setObjectName("tab.learners")
        self.ui.tableView.setObjectName("learners.table")
        self.ui.filterEdit.setObjectName("learners.filter")
        combos = [getattr(self.ui, name) for name in ("statusCombo", "typeCombo", "locationCombo", "trainerCombo")]
        for combo in combos:
            combo.setObjectName(f"learners.{combo.objectName().removesuffix('Combo')}")
        share_filter_row(self.ui.filterLayout, self.ui.filterEdit, *combos)
        self.model = LearnersModel(_line_ids, _lines, self)
        table = self.ui.tableView
        table.setModel(self.model)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._header_restored = remember_header(table, LEARNERS_HEADER)
        if not self._header_restored:
            # What a coordinator looks for first, on a 1366-pixel screen without scrolling: the rest follows.
            header = table.horizontalHeader()
            for place, key in enumerate(FIRST_COLUMNS):
                header.moveSection(header.visualIndex(self.model.column_index(key)), place)
        self.frozen = FrozenColumn(table)
        table.doubleClicked.connect(through(self.ui.editButton, self.edit_selected))
        table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.ui.filterEdit.textChanged.connect(self._search)
        for combo in (self.ui.statusCombo, self.ui.typeCombo, self.ui.locationCombo, self.ui.trainerCombo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.ui.archivedCheck.toggled.connect(self._apply_filters)
        self.ui.attentionCheck.setObjectName("learners.attention")
        self.ui.attentionCheck.toggled.connect(self._apply_filters)
        self.ui.waarderingCheck.setObjectName("learners.waardering_due")
        self.ui.waarderingCheck.toggled.connect(self._apply_filters)
        self.ui.waarderingButton.clicked.connect(self.open_waardering)
        self.ui.newButton.clicked.connect(self.new_learner)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.importButton.clicked.connect(self.import_learners)
        self.ui.exportButton.clicked.connect(self.export_learners)
        ui = self.ui
        hide_writers(main_window, ui.newButton, ui.editButton, ui.deleteButton, ui.importButton, ui.waarderingButton)
        self._shortcuts = [
            tab_shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_search(self.ui.filterEdit)),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Insert), through(ui.newButton, self.new_learner)),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Delete), through(ui.deleteButton, self.delete_selected), table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Return), through(ui.editButton, self.edit_selected), table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Enter), through(ui.editButton, self.edit_selected), table),
            tab_shortcut(self, QKeySequence(FORMS_KEYS), self.show_forms_of_selected, table),
        ]
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.retranslate()

    def loaded(self) -> None:
        if not self._header_restored:
            # Sized to the rows on screen: Qt would otherwise measure a thousand rows, each read to be measured.
            self.ui.tableView.horizontalHeader().setResizeContentsPrecision(PAGE)
            self.ui.tableView.resizeColumnsToContents()

    # -- the tab contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return _("Learners")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        fill_combo(
            self.ui.statusCombo,
            [*((code, _(label)) for code, label in choices.PERIOD_STATUSES.items()), (NO_PERIOD, _("No BPV period"))],
            empty=_("All statuses"),
        )
        fill_vocabulary(self.ui.typeCombo, choices.LEARNER_TYPES, empty=_("All types"))
        self.model.retranslate()
        self._show_count()

    def reload(self) -> None:
        """Read every learner again, keeping the selection, search and filters."""
        from desktop.services.learner_list import refresh

        selected = self.selected_id()
        self.model.everyone = refresh()
        self._listed = True
        self._fill_people_filters()
        self.model.show(self._line_filter(), fresh=True)
        self.mark_loaded()  # after the rows are there: the first reading sizes the columns to them
        self._show_count()
        if selected is not None:
            self.select_learner(selected)
        self._update_buttons()

    # -- searching and filtering -----------------------------------------------------------------------
    def _fill_people_filters(self) -> None:
        locations: list[tuple[int, str]] = []
        trainers: list[tuple[int, str]] = []
        if self._listed:  # nothing is read while the window is being built
            from desktop.services.learner_list import filter_choices

            locations, trainers = filter_choices()
        fill_combo(self.ui.locationCombo, locations, empty=_("All locations"))
        fill_combo(self.ui.trainerCombo, trainers, empty=_("All trainers"))

    def _line_filter(self) -> LineFilter:
        from desktop.services.learner_list import LineFilter

        ui = self.ui
        return LineFilter(
            search=ui.filterEdit.text(),
            archived=ui.archivedCheck.isChecked(),
            attention=ui.attentionCheck.isChecked(),
            status=ui.statusCombo.currentData() or None,
            learner_type=ui.typeCombo.currentData() or None,
            location_id=ui.locationCombo.currentData() or None,
            practice_trainer_id=ui.trainerCombo.currentData() or None,
            waardering_due=ui.waarderingCheck.isChecked(),
        )

    def _search(self, _text: str) -> None:
        self._apply_filters()

    def _apply_filters(self, *_args) -> None:
        if not self._listed:  # the first reading applies them
            return
        self.model.show(self._line_filter())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} learner", "{shown} of {total} learners", total).format(
                shown=shown, total=total
            )
        )

    # -- selection -------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_learner(self, learner_id: int) -> bool:
        """Choose and show the learner's row; False when the learner is not shown."""
        return select_row(self.ui.tableView, self.model.row_of_id(learner_id))

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_id() is not None
        self.ui.editButton.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(chosen)
        self.ui.waarderingButton.setEnabled(self._waardering_period() is not None)

    def _waardering_period(self) -> int | None:
        """The period whose studentwaardering the button opens: the one that owes it, else the current period
        once it has ended (to look at or correct what came in)."""
        rows = self.ui.tableView.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_object(rows[0].row())
        if row is None:
            return None
        if row.waardering_period_id is not None:
            return row.waardering_period_id
        return row.period_id if row.status in ("completed", "ended_early") else None

    # -- actions ---------------------------------------------------------------------------------------
    def new_learner(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        learner_id = self.selected_id()
        if learner_id is not None:
            self._open_dialog(learner_id)

    def _open_dialog(self, learner_id: int | None) -> None:
        from desktop.views.learners.learner_dialog import LearnerDialog

        dialog = LearnerDialog(self.main_window.undo_stack, learner_id, self, on_change=self.reload)
        run_dialog(dialog)
        self.reload()
        if dialog.learner_id is not None:
            self.select_learner(dialog.learner_id)

    def delete_selected(self) -> None:
        learner_id = self.selected_id()
        if learner_id is None:
            return
        from desktop.services.learners import find_learner, signed_form_count

        learner = find_learner(learner_id)
        if learner is None:
            self.reload()
            return
        if signed_form_count(learner_id):
            self._offer_to_end_period(learner_id)
            return
        question = _("Delete {name} with all BPV periods, tasks, meetings and learning goals?").format(
            name=learner.display_name
        )
        if not confirm(self, _("Delete learner"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        from desktop.services import records  # the catalogue loads when first needed, not at start-up

        service = records.service("learner")
        try:
            snapshot = service.delete_unchanged(learner_id, learner.version)  # as read for the question
        except LeerWerkError as error:  # also when someone else changed or deleted the learner meanwhile
            QMessageBox.warning(self, _("Learner not deleted"), error.message)
            self.reload()
            return
        self.main_window.undo_stack.push(DeleteCommand(service, snapshot, _("Delete learner"), on_change=self.reload))
        self.reload()

    def _offer_to_end_period(self, learner_id: int) -> None:
        question = _("This learner has signed forms, which must be kept. End the current BPV period early instead?")
        if not confirm(self, _("Learner not deleted"), question, default_yes=True):
            return
        from desktop.views.learners.period_dialog import PeriodDialog

        row = self.model.row_of_id(learner_id)
        line = self.model.row_object(row) if row is not None else None
        period_id = line.period_id if line is not None else None
        if period_id is None:
            return
        dialog = PeriodDialog(self.main_window.undo_stack, learner_id, period_id, self, end_early=True)
        run_dialog(dialog)
        self.reload()

    def open_waardering(self) -> None:
        period_id = self._waardering_period()
        if period_id is None:
            return
        from desktop.views.learners.waardering_dialog import open_waardering

        learner_id = self.selected_id()
        if open_waardering(self, period_id):
            self.reload()
            self.select_learner(learner_id)

    def _context_menu(self, position: QPoint) -> None:
        if self.selected_id() is None:
            return
        menu = QMenu(self)
        menu.setObjectName("learners.menu")
        menu_entry(menu, _("&Edit…"), self.ui.editButton, self.edit_selected)
        forms = menu.addAction(_("BPV &forms of this learner"), self.show_forms_of_selected)
        forms.setShortcut(QKeySequence(FORMS_KEYS))
        forms.setEnabled(links_of(self) is not None)
        if not self.ui.deleteButton.isHidden():
            menu.addSeparator()
        menu_entry(menu, _("&Delete…"), self.ui.deleteButton, self.delete_selected)
        menu.exec(self.ui.tableView.viewport().mapToGlobal(position))

    def show_forms_of_selected(self) -> None:
        learner_id, links = self.selected_id(), links_of(self)
        if learner_id is not None and links is not None:
            links.show_forms_of(learner_id)

    def import_learners(self) -> None:
        from desktop.views.learners.import_dialog import run_import

        if run_import(self):
            self.reload()

    def export_learners(self) -> None:
        from desktop.views.learners.import_dialog import export_learners_interactive

        export_learners_interactive(self)


def learners_tab(main_window) -> LearnersTab:
    return LearnersTab(main_window)
