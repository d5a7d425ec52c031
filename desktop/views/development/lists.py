"""The development lists (Extra › Ontwikkeling): who is due for a POAP or development talk, who has not started
or not finished the leertraject vakmanschap, and the praktijkopleiders with their certification and caseload.
Each list filters by location and team (the POAPs also by manager and kind), sorts by any column and
searches as you type; Enter or a double click opens the person's record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.forms.ui_development_dialog import Ui_DevelopmentDialog
from desktop.forms.ui_development_due_page import Ui_DevelopmentDuePage
from desktop.forms.ui_development_progress_page import Ui_DevelopmentProgressPage
from desktop.forms.ui_development_trainers_page import Ui_DevelopmentTrainersPage
from desktop.i18n import _, ngettext
from desktop.views.development.tables import DueModel, ProgressModel, TrainersModel
from desktop.views.kit.dialogs import RememberedDialog, run_dialog
from desktop.views.kit.table_model import RowTableModel
from desktop.views.kit.widgets import (
    compact_rows,
    fill_combo,
    focus_search,
    selected_object,
    share_filter_row,
    tab_shortcut,
)


class _ListPage(QWidget):
    """A filter row (search, location, team and what a page adds), a count and a sortable table."""

    # The Designer name of each widget and the last part of its dotted object name.
    NAMED = {"search": "search", "location": "location", "team": "team", "count": "count", "table": "table"}

    def __init__(self, name: str, ui, open_person: Callable[[int], None], parent=None):
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        # Designer names are identifiers; the dotted names are the ones the app and its tests find widgets by.
        self.setObjectName(f"development.{name}")
        for attribute, suffix in self.NAMED.items():
            getattr(ui, attribute).setObjectName(f"development.{name}.{suffix}")
        self.open_person = open_person
        self.filters = ui.filters
        self.search, self.location, self.team, self.count, self.table = (
            ui.search, ui.location, ui.team, ui.count, ui.table
        )  # fmt: skip
        compact_rows(self.table)
        self.model: RowTableModel | None = None
        self.search.textChanged.connect(self._searched)
        self.location.currentIndexChanged.connect(self._location_chosen)
        self.team.currentIndexChanged.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.shortcuts = [
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Return), self.open_selected, self.table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Enter), self.open_selected, self.table),
            tab_shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_search(self.search)),
        ]

    def fill_places(self) -> None:
        from desktop.services.training_matrix import location_choices, team_choices

        self.teams = team_choices()
        fill_combo(self.location, location_choices(), empty=_("All locations"))
        self._fill_teams()

    def _fill_teams(self) -> None:
        location = self.location.currentData()
        teams = [(team, name if location else f"{name} ({place})") for team, name, at, place in self.teams
                 if location is None or at == location]  # fmt: skip
        fill_combo(self.team, teams, empty=_("All teams"))

    def _location_chosen(self, *_args) -> None:
        self._fill_teams()
        self.apply_filters()

    def set_model(self, model: RowTableModel, sort_column: int = 0) -> None:
        self.model = model
        self.table.setModel(model)
        self.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        # Column widths from the first rows: measuring thousands would hold up the opening. A long title (a
        # module's) is cut short rather than push the location and team off the screen.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(60)
        header.setMaximumSectionSize(self.fontMetrics().horizontalAdvance("x") * 28)

    def show_rows(self, rows: list) -> None:
        """New rows, filtered as chosen: the places first, so that thousands of rows are filtered once."""
        self.fill_places()
        self.model.set_rows([])
        self.model.set_filter(self.predicate())
        self.model.set_rows(rows)
        self.show_count()
        if self.search.text():
            self.model.set_search(self.search.text())  # a new set of rows starts unsearched
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _searched(self, text: str) -> None:
        if self.model is not None:
            self.model.set_search(text)
            self.show_count()

    def tests(self) -> list[Callable]:
        location, team = self.location.currentData(), self.team.currentData()
        tests = []
        if location is not None:
            tests.append(lambda row: row.location_id == location)
        if team is not None:
            tests.append(lambda row: row.team_id == team)
        return tests

    def predicate(self, tests: list[Callable] | None = None) -> Callable | None:
        tests = self.tests() if tests is None else tests
        if len(tests) <= 1:
            return tests[0] if tests else None
        return lambda row: all(test(row) for test in tests)

    def apply_filters(self, *_args) -> None:
        if self.model is None:
            return
        self.model.set_filter(self.predicate())
        self.show_count()

    def show_count(self) -> None:
        shown = self.model.rowCount() if self.model is not None else 0
        self.count.setText(self.count_text(shown))

    def count_text(self, shown: int) -> str:
        return ngettext("{count} person shown", "{count} people shown", shown).format(count=shown)

    def open_selected(self) -> None:
        row = selected_object(self.table)
        if row is not None:
            self.open_person(row.staff_id)


class DuePage(_ListPage):
    NAMED = {**_ListPage.NAMED, "kind": "kind", "manager": "manager", "onlyDue": "only_due", "interval": "interval"}

    def __init__(self, open_person, parent=None):
        from desktop.services import development

        super().__init__("due", Ui_DevelopmentDuePage(), open_person, parent)
        self.kind, self.manager, self.only_due = self.ui.kind, self.ui.manager, self.ui.onlyDue
        self.interval = self.ui.interval
        share_filter_row(self.filters, self.search, self.location, self.team, self.kind, self.manager)
        for widget in (self.kind, self.manager):
            widget.currentIndexChanged.connect(self.apply_filters)
        self.only_due.toggled.connect(lambda _checked: self.reload())
        # The organisation's own interval (two years unless set), kept in the database like the warning days.
        self.interval.setValue(development.interval_months())
        self.interval.editingFinished.connect(self._interval_changed)
        # By next due: never recorded first, then the most overdue (the status's order, with a cheaper key).
        self.set_model(DueModel(self), sort_column=3)
        self.reload()

    def _interval_changed(self) -> None:
        from desktop.services import development

        if self.interval.value() != development.interval_months():
            development.set_interval_months(self.interval.value())
            self.reload()

    def reload(self) -> None:
        from desktop.services import development
        from desktop.storage import choices

        # Only what is due unless every one is asked for: in a year most are not, and need not be read at all.
        rows = development.newest_talks(only_due=self.only_due.isChecked())
        fill_combo(self.kind, ((code, _(label)) for code, label in choices.DEVELOPMENT_KINDS.items()),
                   empty=_("POAP and talk"))  # fmt: skip
        fill_combo(self.manager, development.due_manager_choices(rows), empty=_("All managers"))
        self.show_rows(rows)

    def count_text(self, shown: int) -> str:
        return ngettext("{count} POAP or talk shown", "{count} POAPs and talks shown", shown).format(count=shown)

    def tests(self) -> list[Callable]:
        tests = super().tests()
        kind, manager = self.kind.currentData(), self.manager.currentData()
        if kind is not None:
            tests.append(lambda row: row.kind == kind)
        if manager is not None:
            tests.append(lambda row: row.manager_id == manager)
        return tests


class ProgressPage(_ListPage):
    NAMED = {**_ListPage.NAMED, "state": "state", "summary": "summary"}

    def __init__(self, open_person, parent=None):
        from desktop.services import vakmanschap

        super().__init__("vakmanschap", Ui_DevelopmentProgressPage(), open_person, parent)
        self.state, self.summary = self.ui.state, self.ui.summary
        share_filter_row(self.filters, self.search, self.location, self.team, self.state)
        fill_combo(self.state, [("unfinished", _("Not started or not finished")), ("not_started", _("Not started")),
                                ("in_progress", _("Not finished")), ("complete", _("Complete"))],
                   empty=_("Everyone"))  # fmt: skip
        self.state.setCurrentIndex(1)
        self.state.currentIndexChanged.connect(self.apply_filters)
        self.traject = vakmanschap.traject()
        if self.traject is None:
            self.summary.setText(_("No training made of modules exists; add the leertraject under Basisgegevens."))
        # Not started first, by status (a number to compare): sorting fifteen thousand names the Dutch way on
        # every opening would take longer than reading them.
        self.set_model(ProgressModel(self.traject.modules if self.traject else (), self), sort_column=1)
        self.reload()

    def reload(self) -> None:
        from desktop.services import vakmanschap

        self.show_rows(vakmanschap.progress(self.traject.id) if self.traject else [])

    def tests(self) -> list[Callable]:
        tests = super().tests()
        state = self.state.currentData()
        if state == "unfinished":
            tests.append(lambda row: row.state != "complete")
        elif state is not None:
            tests.append(lambda row: row.state == state)
        return tests

    def show_count(self) -> None:
        super().show_count()
        if self.traject is None or self.model is None:
            return
        # The counts of the place chosen, whatever the status filter.
        place = self.predicate(_ListPage.tests(self))
        rows = self.model.all_rows()
        states = Counter(row.state for row in (rows if place is None else filter(place, rows)))
        self.summary.setText(
            _("{traject}: {not_started} not started, {unfinished} not finished, {complete} complete.").format(
                traject=self.traject.title, not_started=states["not_started"], unfinished=states["in_progress"],
                complete=states["complete"],
            )
        )  # fmt: skip


class TrainersPage(_ListPage):
    def __init__(self, open_person, parent=None):
        super().__init__("practice_trainers", Ui_DevelopmentTrainersPage(), open_person, parent)
        share_filter_row(self.filters, self.search, self.location, self.team)
        self.set_model(TrainersModel(self), sort_column=1)
        self.reload()

    def reload(self) -> None:
        from desktop.services import practice_trainers

        self.show_rows(practice_trainers.practice_trainers())


class DevelopmentDialog(RememberedDialog):
    remembered_as = "development"

    def __init__(self, parent: QWidget | None = None, on_change: Callable[[], None] | None = None):
        super().__init__(parent)
        self.ui = Ui_DevelopmentDialog()
        self.ui.setupUi(self)
        self.setObjectName("development.dialog")
        self.ui.tabs.setObjectName("development.tabs")
        self.on_change = on_change
        self.tabs = self.ui.tabs
        # The pages are added here, not drawn in Designer: each takes the way to open a record, and the
        # leertraject's tab is named after the training of modules in the database.
        self.due = DuePage(self.open_person, self)
        self.progress = ProgressPage(self.open_person, self)
        self.trainers = TrainersPage(self.open_person, self)
        self.tabs.addTab(self.due, _("POAP and development talks"))
        self.tabs.addTab(self.progress, self.progress.traject.title if self.progress.traject else _("Leertraject"))
        self.tabs.addTab(self.trainers, _("Practice trainers"))
        # The form makes the Close button before the pages exist; Tab should still reach it after them.
        QWidget.setTabOrder(self.trainers.table, self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()

    def open_person(self, staff_id: int) -> None:
        from desktop.views.development.record_dialog import RecordDialog

        dialog = RecordDialog(staff_id, self)
        run_dialog(dialog)
        if dialog.changed:
            for page in (self.due, self.progress, self.trainers):
                page.reload()
            if self.on_change is not None:
                self.on_change()
