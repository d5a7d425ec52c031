"""The Overview tab: everything due or overdue across the organisation, where the coordinator's week starts.

The agenda is read once when the tab is first shown (`LoadsWhenShown`) and again when the database changed
(the tab is shown again after a change elsewhere, a dialog opened from here saved, the day changed); every
filter, count and search works on what was read, in memory. A period that reaches further than what was
read (a chosen range, the rest of the month) reads again up to its end.

The phase tasks, the staff's POAPs and talks and the certificates (`LATER_KINDS`: more than half of the reading
with 10,000 learners) are read on a worker once the rest is on screen; meanwhile the counts they may change say
they are still being worked out, and a line says what is still being read.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QWidget

from desktop import clock
from desktop.errors import LeerWerkError
from desktop.forms.ui_overview_tab import Ui_OverviewTab
from desktop.i18n import N_, _, format_number, ngettext
from desktop.settings import OVERVIEW_HEADER
from desktop.textsearch import fold
from desktop.views.kit import jobs
from desktop.views.kit.choice_model import ChoiceListModel
from desktop.views.kit.dialogs import alive
from desktop.views.kit.lazy_page import LoadsWhenShown
from desktop.views.kit.role_limits import hide_writers, through
from desktop.views.kit.undo import UpdateCommand
from desktop.views.kit.widgets import (
    fill_combo,
    focus_search,
    make_searchable,
    remember_header,
    select_where,
    selected_object,
    tab_shortcut,
)
from desktop.views.overview.model import AgendaModel

if TYPE_CHECKING:
    from desktop.services.agenda import AgendaItem

PERIODS = {
    "this_week": N_("This week"),
    "two_weeks": N_("Next two weeks"),
    "this_month": N_("This month"),
    "overdue": N_("Overdue only"),
    "range": N_("Chosen dates"),
}
SHORTCUT_BUTTONS = {
    "overdue": "overdueButton",
    "this_week": "thisWeekButton",
    "awaiting_signature": "signatureButton",
    "certificates_expiring": "certificatesButton",
}
SHORTCUT_LABELS = {
    "overdue": N_("Overdue: {count}"),
    "this_week": N_("Due this week: {count}"),
    "awaiting_signature": N_("Awaiting signature: {count}"),
    "certificates_expiring": N_("Certificates expiring: {count}"),
}
DONE_TEXTS = {"meeting": N_("Mark meeting held"), "phase_task": N_("Mark task done")}
SEARCH_DELAY_MS = 150  # one search after a burst of keystrokes, not one per key


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


class OverviewTab(LoadsWhenShown, QWidget):
    def __init__(self, main_window):
        super().__init__(main_window)
        self.main_window = main_window
        self.ui = ui = Ui_OverviewTab()
        ui.setupUi(self)
        self.setObjectName("tab.overview")
        ui.tableView.setObjectName("overview.table")
        ui.filterEdit.setObjectName("overview.filter")
        # Thousands of werkbegeleiders, coaches and praktijkopleiders: typed to find, held as one list.
        ui.responsibleCombo.setModel(ChoiceListModel(ui.responsibleCombo))
        make_searchable(ui.responsibleCombo)
        for name in ("periodCombo", "responsibleCombo", "locationCombo", "teamCombo", "kindCombo"):
            combo = getattr(ui, name)
            combo.setObjectName(f"overview.{name.removesuffix('Combo')}")
            # A long name (a location, a person) must not make the window wider than the screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        ui.fromEdit.setObjectName("overview.from")
        ui.toEdit.setObjectName("overview.to")
        self.count_buttons: dict[str, QPushButton] = {}
        for shortcut, name in SHORTCUT_BUTTONS.items():
            button = getattr(ui, name)
            button.setObjectName(f"overview.count.{shortcut}")
            button.clicked.connect(lambda checked, chosen=shortcut: self.choose_shortcut(chosen if checked else None))
            self.count_buttons[shortcut] = button
        self.shortcut: str | None = None
        self._marks = None  # the database's change marks when the agenda was read
        self._dialog_open = False
        self._stale = False
        self._people: list[tuple[int, str]] | None = None  # who is responsible for something, by name
        self._problem = ""  # what is wrong with the filters (a backwards range), shown above the list
        self._counted = None  # what the counts shown were worked out for
        self._later_job: jobs.Job | None = None  # reading what the agenda left for later
        self._later_failure = ""  # why that did not succeed

        self.model = AgendaModel(self)
        table = ui.tableView
        table.setModel(self.model)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._header_restored = remember_header(table, OVERVIEW_HEADER)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.prepare_timer = QTimer(self, interval=0)  # search texts worked out while the window is idle
        self.prepare_timer.timeout.connect(self._prepare_search)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        ui.filterEdit.textChanged.connect(lambda _text: self.search_timer.start())
        today = QDate(clock.today())
        ui.fromEdit.setDate(today)
        ui.toEdit.setDate(today.addDays(13))
        ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        ui.fromEdit.dateChanged.connect(self._period_changed)
        ui.toEdit.dateChanged.connect(self._period_changed)
        for combo in (ui.responsibleCombo, ui.locationCombo, ui.teamCombo, ui.kindCombo):
            combo.currentIndexChanged.connect(self._apply_filters)
        ui.openButton.clicked.connect(self.open_selected)
        ui.doneButton.clicked.connect(self.mark_done)
        hide_writers(main_window, ui.doneButton)
        ui.weekListButton.clicked.connect(self.save_week_list)
        ui.calendarButton.clicked.connect(self.save_calendar)
        self._shortcuts = [
            tab_shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_search(ui.filterEdit)),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Return), self.open_selected, table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Enter), self.open_selected, table),
            tab_shortcut(self, QKeySequence("Ctrl+D"), through(ui.doneButton, self.mark_done)),
        ]
        self.retranslate()
        self._period_changed()
        ui.statusLabel.setText(_("Loading…"))
        self._update_buttons()

    def loaded(self) -> None:
        if not self._header_restored:
            table = self.ui.tableView
            table.resizeColumnsToContents()
            # A long task title must not push the person responsible and the location off the screen.
            widest = max(240, table.viewport().width() // 3)
            for column in range(self.model.columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), widest))
            # The first screenful may hold one kind only: the kind column fits every kind the filter can show.
            from desktop.services.agenda import KINDS

            kind = next(i for i, column in enumerate(self.model.columns) if column.key == "kind")
            metrics = table.fontMetrics()
            needed = (
                max(metrics.horizontalAdvance(_(label)) for label in KINDS.values()) + 2 * metrics.averageCharWidth()
            )
            table.setColumnWidth(kind, max(table.columnWidth(kind), needed))

    # -- the tab contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return _("Overview")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        # Typed into, the searchable combo's own field is what a screen reader announces.
        self.ui.responsibleCombo.lineEdit().setAccessibleName(self.ui.responsibleCombo.accessibleName())
        fill_combo(self.ui.periodCombo, ((code, _(label)) for code, label in PERIODS.items()))
        self._fill_filters()
        self.model.retranslate()
        if self.model.agenda is not None:
            self._counted = None  # the buttons got their bare titles back
            self._show_counts(self._person_test())
        self._show_state()

    def reload(self) -> None:
        """Read the agenda again (as far as the period asks), keeping the selection, search and filters."""
        from desktop.services.agenda import LATER_KINDS, load_agenda
        from desktop.services.connection import change_marks

        chosen = selected_object(self.ui.tableView)
        self._marks = change_marks()
        self._stale = False
        self.model.set_agenda(load_agenda(self._needed_until(), later=LATER_KINDS))
        self._people = None
        self._counted = None
        self._later_failure = ""
        self.mark_loaded()
        self._fill_filters()
        self._apply_filters()
        if chosen is not None:
            self._select(chosen.table, chosen.record_id)
        self._update_buttons()
        if self.isVisible():
            # The rows on screen now: a timer of 0 ms below may otherwise run before the window paints them. The
            # counts' new texts laid out first, or they would be painted clipped to the widths they had.
            self.layout().activate()
            self.repaint()
        # Then, while the window is idle: the later kinds on a worker; the people responsible to choose from
        # (thousands, sorted by name); and, bit by bit, what a search looks through, once the worker is done (both
        # are Python: side by side, each would wait for the other).
        QTimer.singleShot(0, alive(self, self._read_later))
        QTimer.singleShot(0, alive(self, self._fill_people))
        if not self.model.agenda.pending:
            self.prepare_timer.start()

    def _read_later(self) -> None:
        from desktop.services.connection import change_marks, on_own_connection

        agenda = self.model.agenda
        # Not while the window is between two databases (its encryption changes): the next reading starts again.
        # Nor once it has closed (a smoke start closes it as soon as the rows are painted): nobody would see it.
        if agenda is None or not agenda.pending or change_marks() is None or not self.window().isVisible():
            return
        # Signals without a parent, to bound methods: should the tab go while the job runs, Qt drops the call.
        job = jobs.Job(
            lambda _job: on_own_connection(agenda.read_later),
            log_line="Reading the rest of the agenda failed",
            signals=jobs.JobSignals(),
        )
        job.signals.finished.connect(self._later_read)
        job.signals.failed.connect(self._later_failed)
        self._later_job = jobs.start(job)

    def _later_read(self, later) -> None:
        if later.agenda is not self.model.agenda:
            return  # read for an agenda read again since
        self.model.add_later(later)
        self._apply_filters()  # the counts too: there are more items now
        self.prepare_timer.start()

    def _later_failed(self, message: str) -> None:
        if self.sender() is not (self._later_job.signals if self._later_job else None):
            return
        self._later_failure = message
        self.prepare_timer.start()  # a search goes through what was read
        self._show_counts(self._person_test())
        self._show_state()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload_if_changed()

    def reload_if_changed(self) -> bool:
        """Back on this tab: read again when the database changed meanwhile (in another tab, a dialog)."""
        from desktop.services.connection import change_marks

        if not self._loaded or (change_marks() == self._marks and change_marks() is not None):
            return False
        self.reload()
        return True

    # -- filters ---------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        """The choices of the person, place and kind filters, from what the agenda read (nothing is read here:
        a change of language fills them too); before the first reading only "all"."""
        agenda = self.model.agenda
        combos = self._filter_combos()
        if agenda is None:
            for combo, empty in combos:
                fill_combo(combo, (), empty=empty)
            return
        from desktop.services.agenda import KINDS

        names = agenda.names
        places = sorted(names.locations.items(), key=lambda place: fold(place[1]))
        teams = [
            (number, f"{names.locations.get(place, '')} – {name}") for number, (name, place) in names.teams.items()
        ]
        teams.sort(key=lambda team: fold(team[1]))
        kinds = [(code, _(label)) for code, label in KINDS.items()]
        for (combo, empty), items in zip(combos, (self._people or (), places, teams, kinds), strict=True):
            fill_combo(combo, items, empty=empty)

    def _fill_people(self) -> None:
        agenda = self.model.agenda
        if agenda is None or self._people is not None or not self.window().isVisible():
            return
        self._people = agenda.responsible_people()
        combo, empty = self._filter_combos()[0]
        fill_combo(combo, self._people, empty=empty)

    def _filter_combos(self) -> list[tuple[QComboBox, str]]:
        ui = self.ui
        return [
            (ui.responsibleCombo, _("Everyone responsible")),
            (ui.locationCombo, _("All locations")),
            (ui.teamCombo, _("All teams")),
            (ui.kindCombo, _("All kinds")),
        ]

    def _needed_until(self) -> dt.date:
        """How far the agenda must be read for the period chosen (at least the next two weeks)."""
        from desktop.services.agenda import default_until

        today = clock.today()
        period = self.ui.periodCombo.currentData()
        until = default_until(today)
        if period == "this_month":
            until = max(until, month_end(today))
        elif period == "range":
            until = max(until, self.ui.toEdit.date().toPython())
        return until

    def _period_changed(self, *_args) -> None:
        ranged = self.ui.periodCombo.currentData() == "range"
        for widget in (self.ui.fromEdit, self.ui.toLabel, self.ui.toEdit):
            widget.setVisible(ranged)
        if self.shortcut is not None:
            self.choose_shortcut(None, apply=False)  # a period chosen replaces a count clicked
        agenda = self.model.agenda
        if agenda is not None and not agenda.covers(self._needed_until()):
            self.reload()
        else:
            self._apply_filters()

    def choose_shortcut(self, shortcut: str | None, apply: bool = True) -> None:
        """Show what one of the counts counts (or, with None, the period again)."""
        self.shortcut = shortcut
        for name, button in self.count_buttons.items():
            button.setChecked(name == shortcut)
        if apply:
            self._apply_filters()

    def _person_filters(self) -> tuple:
        return tuple(combo.currentData() for combo, _empty in self._filter_combos())

    def _person_test(self):
        """The test of the person, place and kind filters, or None when they keep everything."""
        person, location, team, kind = self._person_filters()
        if person is None and location is None and team is None and kind is None:
            return None

        def test(item: AgendaItem) -> bool:
            subject = item.subject
            return (
                (kind is None or item.kind == kind)
                and (team is None or subject.team_id == team)
                and (location is None or subject.location_id == location)
                and (person is None or item.responsible_id == person)
            )

        return test

    def _period_test(self):
        """The test of the period, or of the count clicked; a message instead when the range is backwards."""
        agenda = self.model.agenda
        if self.shortcut is not None:
            return agenda.shortcut(self.shortcut), ""
        today, period = agenda.today, self.ui.periodCombo.currentData()
        if period == "overdue":
            return (lambda item: item.overdue), ""
        if period == "range":
            first, last = self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()
            if last < first:
                return (lambda item: False), _("The end date lies before the start date.")
            return (lambda item: first <= item.due <= last), ""
        last = {"this_week": agenda.week_end(), "this_month": month_end(today)}.get(period, agenda.until)
        return (lambda item: item.overdue or today <= item.due <= last), ""

    def _apply_filters(self, *_args) -> None:
        if self.model.agenda is None:
            return
        person = self._person_test()
        period, self._problem = self._period_test()
        if person is None:
            self.model.set_filter(period)
        else:
            self.model.set_filter(lambda item: person(item) and period(item))
        self._show_counts(person)
        self._show_state()

    def _prepare_search(self) -> None:
        from desktop.services.connection import change_marks

        # Not while the window is between two databases (its encryption changes): the next reading starts again.
        if change_marks() is None or self.model.prepare_search():
            self.prepare_timer.stop()

    def _search(self) -> None:
        self.model.set_search(self.ui.filterEdit.text())
        self._show_state()

    # -- what is shown ---------------------------------------------------------------------------------
    def _show_counts(self, person=None) -> None:
        """The counts of what the person, place and kind filters keep, whatever the period: worked out again only
        when those filters or the items (or what is still to be read) changed, not when the period or a count is
        chosen."""
        agenda = self.model.agenda
        key = (id(agenda), len(agenda.items), agenda.pending, self._later_failure, self._person_filters())
        if key == self._counted:
            return
        self._counted = key
        counts = agenda.counts(None if person is None else [item for item in agenda.items if person(item)])
        waiting = agenda.counts_waiting()
        unknown = "?" if self._later_failure else _("busy…")
        for shortcut, button in self.count_buttons.items():
            count = unknown if shortcut in waiting else format_number(getattr(counts, _field(shortcut)))
            button.setText(_(SHORTCUT_LABELS[shortcut]).format(count=count))

    def _show_state(self) -> None:
        agenda = self.model.agenda
        if agenda is None:
            return
        still = ""
        if agenda.pending:
            from desktop.services.agenda import KINDS

            kinds = ", ".join(sorted((_in_sentence(_(KINDS[kind])) for kind in agenda.pending), key=str.casefold))
            still = self._later_failure or _("Still reading: {kinds}…").format(kinds=kinds)
        self.ui.statusLabel.setText(" ".join(text for text in (self._problem, still) if text))
        shown, total = self.model.rowCount(), self.model.total_count()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} item", "{shown} of {total} items", total).format(
                shown=format_number(shown), total=format_number(total)
            )
        )

    def _select(self, table: str, record_id: int | None) -> bool:
        return select_where(self.ui.tableView, lambda item: item.table == table and item.record_id == record_id)

    def _update_buttons(self, *_args) -> None:
        item = selected_object(self.ui.tableView)
        self.ui.openButton.setEnabled(item is not None)
        self.ui.doneButton.setEnabled(item is not None and item.table in DONE_TEXTS)
        if item is not None and item.table == "meeting":
            self.ui.doneButton.setText(_("Mark as &held"))
        else:
            self.ui.doneButton.setText(_("Mark as &done"))

    # -- acting on an item -----------------------------------------------------------------------------
    def open_selected(self) -> None:
        item = selected_object(self.ui.tableView)
        if item is None:
            return
        self._dialog_open = True
        try:
            self.main_window.open_record(item.table, item.record_id, on_change=alive(self, self._changed))
        finally:
            self._dialog_open = False
        if self._stale:
            self.main_window.reload_tabs()  # this list, and the tabs that show the same records

    def _changed(self) -> None:
        """A dialog opened from here saved, or its change was undone: read again (once the dialog is closed)."""
        self._stale = True
        if not self._dialog_open:
            self.reload()

    def mark_done(self) -> None:
        """Mark the chosen meeting held or task done today; Ctrl+Z puts it back."""
        item = selected_object(self.ui.tableView)
        if item is None:
            return
        from desktop.services import service_for
        from desktop.services.agenda import mark_done
        from desktop.services.connection import change_marks

        try:
            change = mark_done(item.table, item.record_id, seen_version=item.version)
        except LeerWerkError as error:  # also when someone else changed or deleted it since the list was read
            QMessageBox.warning(self, _("Not saved"), error.message)
            self.reload()
            return
        command = UpdateCommand(
            service_for(change.model), change.record_id, change.new, change.previous, _(DONE_TEXTS[item.table]),
            on_change=alive(self, self.reload), version=change.version,
        )  # fmt: skip
        self.main_window.undo_stack.push(command)
        row = self.ui.tableView.currentIndex().row()
        self.model.remove_item(item)
        self._marks = change_marks()  # what changed is shown: no need to read everything again
        self._show_counts(self._person_test())
        self._show_state()
        if self.model.rowCount():
            self.ui.tableView.selectRow(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    # -- a praktijkopleider's week ---------------------------------------------------------------------
    def _trainer(self):
        from desktop.views.overview.exports import choose_practice_trainer

        return choose_practice_trainer(self, self.ui.responsibleCombo.currentData())

    def save_week_list(self) -> None:
        from desktop.views.overview.exports import save_week_list

        trainer = self._trainer()
        if trainer is not None:
            save_week_list(self, trainer)

    def save_calendar(self) -> None:
        from desktop.views.overview.exports import save_calendar

        trainer = self._trainer()
        if trainer is not None:
            save_calendar(self, trainer)


def _field(shortcut: str) -> str:
    """The `AgendaCounts` field of a count."""
    return {"this_week": "due_this_week"}.get(shortcut, shortcut)


def _in_sentence(label: str) -> str:
    """A kind's label inside a sentence: "Fasetaak" as "fasetaak", but "POAP of ontwikkelgesprek" keeps its POAP."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]
