"""The learning climate (Extra › Leerklimaat, Ctrl+Shift+K): the team scan's rounds, their answers typed in or
imported, the results per team and location (radar chart, each statement's mean and spread, the change since
the previous round) printed for the team meeting or saved as XLSX, the actions each team agreed, and the
register of learning together with its groups.

The figures come from `climate_report`, which shows nothing for fewer than 5 responses; this window only
draws them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.forms.ui_climate_window import Ui_ClimateWindow
from desktop.i18n import _, format_date, ngettext
from desktop.views.kit.dialogs import RememberedDialog, listed, run_dialog
from desktop.views.kit.report_views import report_table_view, show_chart
from desktop.views.kit.role_limits import hide_writers, main_window_of, read_only_choices, read_only_fields
from desktop.views.kit.widgets import confirm

GROUP_KEY = Qt.ItemDataRole.UserRole


class ClimateWindow(RememberedDialog):
    remembered_as = "climate"

    def __init__(self, parent: QWidget | None = None, on_change=None):
        from desktop.views.climate.actions import ActionsPage
        from desktop.views.climate.register import GroupsPage, RegisterPage

        super().__init__(parent)
        self.ui = Ui_ClimateWindow()
        self.ui.setupUi(self)
        self.setObjectName("climate.window")
        self.outer_change = on_change or (lambda: None)
        self.results = None
        self.report = None
        self.chart_view = None
        self.groups = QStandardItemModel(self)
        self.ui.groupList.setModel(self.groups)
        self.ui.groupList.setEditTriggers(self.ui.groupList.EditTrigger.NoEditTriggers)
        self.ui.groupList.setWordWrap(True)
        self.ui.resultsSplitter.setStretchFactor(1, 3)
        self.ui.resultsSplitter.setSizes([330, 770])
        self.ui.scanLayout.setStretch(self.ui.scanLayout.indexOf(self.ui.resultsSplitter), 1)
        self.ui.resultsLayout.setStretch(1, 3)  # the chart above the tables gets the most room
        self.ui.resultsLayout.setStretch(2, 2)
        self.ui.roundCombo.currentIndexChanged.connect(self.show_round)
        self.ui.groupList.selectionModel().currentChanged.connect(self.show_group)
        self.ui.newRoundButton.clicked.connect(lambda: self.edit_round(None))
        self.ui.editRoundButton.clicked.connect(lambda: self.edit_round(self.round_id()))
        self.ui.deleteRoundButton.clicked.connect(self.delete_round)
        self.ui.typeButton.clicked.connect(self.type_answers)
        self.ui.importButton.clicked.connect(self.import_form)
        self.ui.pdfButton.clicked.connect(lambda: self.save_group(".pdf"))
        self.ui.xlsxButton.clicked.connect(lambda: self.save_group(".xlsx"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.actions = ActionsPage(self)
        self.register_page = RegisterPage(self)
        self.groups_page = GroupsPage(self)
        ui = self.ui
        main_window = main_window_of(parent)
        hide_writers(
            main_window, ui.newRoundButton, ui.editRoundButton, ui.deleteRoundButton, ui.typeButton,
            ui.importButton, ui.newActionButton, ui.saveActionButton, ui.deleteActionButton, ui.newEntryButton,
            ui.saveEntryButton, ui.deleteEntryButton, ui.newGroupButton, ui.saveGroupButton,
        )  # fmt: skip
        read_only_fields(
            main_window, ui.whatEdit, ui.whoEdit, ui.dueEdit, ui.doneEdit, ui.heldEdit, ui.topicEdit, ui.notesEdit,
            ui.groupNameEdit, ui.rhythmEdit,
        )  # fmt: skip
        read_only_choices(
            main_window, ui.entryKindCombo, ui.groupCombo, ui.facilitatorCombo, ui.participantsList, ui.groupKindCombo,
            ui.groupActiveCheck,
        )  # fmt: skip
        self.reload_rounds()
        self.restore_geometry()

    def show_action(self, action_id: int) -> None:
        """Open on the agreed actions, with this one chosen (from the overview's agenda)."""
        from desktop.services import climate

        self.ui.pageTabs.setCurrentWidget(self.ui.actionsTab)
        action = climate.get_action(action_id)
        self.actions.show_team(action.team_id)
        self.actions.choose(action_id)

    def show_group_due(self, group_id: int) -> None:
        """Open on the groups, with this one chosen (from the overview's agenda)."""
        from desktop.views.kit.widgets import select_where

        self.ui.pageTabs.setCurrentWidget(self.ui.groupsTab)
        select_where(self.ui.groupsTable, lambda group: group.id == group_id)

    def on_change(self) -> None:
        self.outer_change()

    def round_id(self) -> int | None:
        return self.ui.roundCombo.currentData()

    # -- rounds ------------------------------------------------------------------------------------------------
    def reload_rounds(self, chosen: int | None = None) -> None:
        from desktop.services import climate

        chosen = chosen if chosen is not None else self.round_id()
        self.ui.roundCombo.blockSignals(True)
        self.ui.roundCombo.clear()
        for item in climate.rounds():
            self.ui.roundCombo.addItem(item.name, item.id)
        self.ui.roundCombo.setCurrentIndex(max(0, self.ui.roundCombo.findData(chosen)))
        self.ui.roundCombo.blockSignals(False)
        self.show_round()

    def show_round(self, *_args) -> None:
        from desktop.services import climate, climate_report

        round_id = self.round_id()
        for button in (self.ui.editRoundButton, self.ui.deleteRoundButton, self.ui.typeButton, self.ui.importButton):
            button.setEnabled(round_id is not None)
        selection = self.ui.groupList.selectionModel()
        selection.blockSignals(True)  # one drawing of the chosen group below, not one per row cleared or added
        self.groups.clear()
        if round_id is None:
            selection.blockSignals(False)
            self.results = None
            self.ui.roundInfoLabel.setText(
                _("No scan round yet.")  # a read-only login has no New round to start one with
                if self.ui.newRoundButton.isHidden()
                else _("No scan round yet. Start one with New round.")
            )
            self.show_group()
            return
        rnd = climate.get_round(round_id)
        self.results = climate_report.round_results(round_id)
        teams = ngettext("{count} team", "{count} teams", len(rnd.team_ids)).format(count=len(rnd.team_ids))
        responses = ngettext("{count} response", "{count} responses", rnd.responses).format(count=rnd.responses)
        previous = self.results.previous.round.name if self.results.previous else _("none")
        self.ui.roundInfoLabel.setText(
            _("{start} – {end} · {teams} · {responses} · compared with: {previous}").format(
                start=format_date(rnd.starts_on, "short"),
                end=format_date(rnd.ends_on, "short"),
                teams=teams,
                responses=responses,
                previous=previous,
            )
        )
        for group in self.results.ordered():
            if group.shown:
                text = _("{name} ({count})").format(name=group.label, count=group.responses)
            elif group.withheld:
                text = _("{name}: no figures, to protect a small team").format(name=group.label)
            else:
                text = _("{name}: too few responses").format(name=group.label)
            item = QStandardItem(text if group.kind == "team" else _("Location {name}").format(name=text))
            item.setData((group.kind, group.id), GROUP_KEY)
            self.groups.appendRow(item)
        if self.groups.rowCount():
            self.ui.groupList.setCurrentIndex(self.groups.index(0, 0))
        selection.blockSignals(False)
        self.show_group()

    def edit_round(self, round_id: int | None) -> None:
        from desktop.views.climate.round_dialog import ScanRoundDialog

        dialog = ScanRoundDialog(self, round_id)
        if run_dialog(dialog):
            self.reload_rounds(dialog.saved_id)
            self.on_change()

    def delete_round(self) -> None:
        from desktop.services import climate

        rnd = climate.get_round(self.round_id())
        question = ngettext(
            "Delete the round “{name}” with its {count} response? Agreed actions stay with their teams.",
            "Delete the round “{name}” with its {count} responses? Agreed actions stay with their teams.",
            rnd.responses,
        ).format(name=rnd.name, count=rnd.responses)
        if not confirm(self, _("Delete round"), question):
            return
        try:
            climate.delete_round(rnd.id, rnd.version)  # as read when the delete was asked
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not deleted"), error.message)
            self.reload_rounds()  # what is stored now
            return
        self.reload_rounds()
        self.on_change()

    def type_answers(self) -> None:
        from desktop.views.climate.answers_dialog import ScanAnswersDialog

        run_dialog(ScanAnswersDialog(self.round_id(), self))
        self.reload_rounds(self.round_id())

    # -- results -----------------------------------------------------------------------------------------------
    def show_group(self, *_args) -> None:
        from desktop.services import climate_report
        from desktop.views.climate.radar import radar_chart

        index = self.ui.groupList.currentIndex()
        key = index.data(GROUP_KEY) if index.isValid() else None
        self.report = climate_report.group_report(self.results, key) if key and self.results else None
        self.ui.tables.clear()
        if self.report is None:
            self.ui.notesLabel.clear()
        else:
            self.ui.notesLabel.setText(
                "\n".join([*([self.report.empty] if self.report.empty else []), *self.report.notes])
            )
            for table in self.report.tables:
                view = report_table_view(table, self.ui.tables, f"climate.table.{self.ui.tables.count()}")
                self.ui.tables.addTab(view, table.title)
        chart = radar_chart(self.report.chart if self.report is not None else None)
        self.chart_view = show_chart(
            self.ui.chartLayout, self.chart_view, chart, "climate.chart", _("Radar chart of the four capacities"), 300
        )
        shown = self.report is not None and self.report.empty is None
        self.ui.pdfButton.setEnabled(shown)
        self.ui.xlsxButton.setEnabled(shown)

    def save_group(self, suffix: str) -> None:
        from desktop.services import climate_report
        from desktop.views.kit.files import ask_path, write_file

        if self.report is None or self.report.empty:
            return
        pattern = "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)"
        path = ask_path(self, _("Save results"), self.report.title, pattern)
        if path is not None:
            write_file(self, path, climate_report.group_file(self.report, suffix))

    def import_form(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self, _("Import online form"), "", _("Spreadsheets (*.xlsx *.csv)")
        )
        if filename:
            self.import_file(Path(filename))

    def import_file(self, path: Path) -> int:
        """Import an online form's export into the chosen round: all of it, or nothing with every problem said."""
        from desktop.services import climate_import, tabular
        from desktop.views.kit.jobs import Job, wait_for

        # Reading the file is the long part and needs no database; matching and writing stay on this thread.
        ended = wait_for(Job(lambda _job: tabular.read_sheet(path), log_line="Reading a team scan export failed"))
        if ended.failure is not None:
            QMessageBox.warning(self, _("Nothing imported"), ended.failure)
            return 0
        try:
            plan = climate_import.plan_scan(ended.result, self.round_id())
            if plan.problems:
                lines = listed([str(problem) for problem in plan.problems])
                QMessageBox.warning(self, _("Nothing imported"), "\n".join([_("Nothing was imported:"), *lines]))
                return 0
            count = climate_import.apply_scan(plan)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Nothing imported"), error.message)
            return 0
        message = ngettext("{count} response imported.", "{count} responses imported.", count).format(count=count)
        if note := climate_import.before_note(plan):
            message += "\n\n" + note
        QMessageBox.information(self, _("Imported"), message)
        self.reload_rounds(self.round_id())
        self.on_change()
        return count
