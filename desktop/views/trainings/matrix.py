"""The training matrix page: people against mandatory trainings, coloured and in words, sortable by any
column, filtered by role, location and team, exported to Excel and PDF exactly as shown.

The matrix is worked out once (a few queries) when the page is shown after a change; the filters and the
search then narrow the rows in the model without asking the database again.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QMessageBox, QWidget

from desktop.errors import LeerWerkError
from desktop.forms.ui_trainings_matrix import Ui_TrainingMatrixPage
from desktop.i18n import N_, _, ngettext
from desktop.services.training_matrix import (
    EXPIRED,
    EXPIRING,
    MISSING,
    STATE_COLOURS,
    STATE_LABELS,
    Matrix,
    MatrixPerson,
    cell_description,
    describe_filters,
    fast_cell_text,
    location_choices,
    set_warning_days,
    team_choices,
    training_matrix,
    warning_days,
)
from desktop.views.kit.files import save_document
from desktop.views.kit.table_model import DISPLAY, TOOLTIP, Column, RowTableModel
from desktop.views.kit.widgets import compact_rows, fill_combo

BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FIXED = 5  # name, team, location, role, gaps; the trainings follow
CELL_INK = QColor("#1f2933")
GAPS = (EXPIRED, MISSING, EXPIRING)


def _person_kind(person: MatrixPerson) -> str:
    return _("Staff member") if person.kind == "staff" else _("Learner")


class MatrixModel(RowTableModel):
    """One row per person; the columns after the fixed ones are the mandatory trainings."""

    FIXED_COLUMNS = (
        Column("name", N_("Name"), lambda p: p.name, sort=lambda p: p.sort_name, tooltip=_person_kind),
        Column("team", N_("Team"), lambda p: p.team),
        Column("location", N_("Location"), lambda p: p.location),
        Column("role", N_("Role"), lambda p: p.role_text()),
        Column(
            "gaps",
            N_("Gaps"),
            lambda p: str(p.problems or ""),
            sort=lambda p: -p.problems,  # most gaps first when sorted ascending
            searchable=False,
            align_right=True,
            tooltip=lambda p: ngettext(
                "{count} required training expired or missing",
                "{count} required trainings expired or missing",
                p.problems,
            ).format(count=p.problems),
        ),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = self.FIXED_COLUMNS
        self.titles: list[str] = []
        self._colours = {state: QColor(colour) for state, colour in STATE_COLOURS.items()}

    def set_matrix(self, matrix: Matrix) -> None:
        titles = [t.title for t in matrix.trainings]
        if titles != self.titles:
            self.titles = titles
            cells = []
            for i, training in enumerate(matrix.trainings):
                cells.append(
                    Column(
                        f"training{training.id}",
                        training.title,
                        lambda p, i=i: fast_cell_text(p.cells[i]),
                        sort=lambda p, i=i: p.cells[i].rank if p.cells[i] is not None else None,
                        searchable=False,
                        foreground=lambda p, i=i: CELL_INK if p.cells[i] is not None else None,
                        tooltip=lambda p, i=i, t=training.title: f"{t}: {cell_description(p.cells[i])}",
                    )
                )
            if self._sorted_by is not None and self._sorted_by[0] >= FIXED + len(cells):
                self._sorted_by = None
            self.columns = self.FIXED_COLUMNS + tuple(cells)
        self.set_rows(matrix.people)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and section >= FIXED and section < len(self.columns):
            title = self.columns[section].header  # a training's own title, not a message to translate
            if role == DISPLAY:
                return "\n".join(textwrap.wrap(title, 17, break_long_words=False)[:3])
            if role == TOOLTIP:
                return title
        return super().headerData(section, orientation, role)

    def data(self, index, role=DISPLAY):
        if role == BACKGROUND:
            column = index.column() - FIXED
            if column < 0 or not index.isValid():
                return None
            cell = self.row_object(index.row()).cells[column]
            return self._colours[cell.state] if cell is not None else None
        return super().data(index, role)


class TrainingMatrixPage(QWidget):
    def __init__(self, main_window, parent: QWidget | None = None):
        super().__init__(parent)
        self.main_window = main_window
        self.ui = Ui_TrainingMatrixPage()
        self.ui.setupUi(self)
        self.setObjectName("trainings.matrixPage")
        ui = self.ui
        ui.tableView.setObjectName("matrix.table")
        ui.filterEdit.setObjectName("matrix.filter")
        for name in ("audienceCombo", "locationCombo", "teamCombo"):
            combo = getattr(ui, name)
            combo.setObjectName(f"matrix.{name.removesuffix('Combo')}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.model = MatrixModel(self)
        table = ui.tableView
        table.setModel(self.model)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.matrix: Matrix | None = None
        self._locations: list[tuple[int, str]] = []
        self._teams: list[tuple[int, str, int, str]] = []
        self._dirty = True
        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(500)  # typing "90" is one change, not two
        self._days_timer.timeout.connect(self._store_days)
        ui.filterEdit.textChanged.connect(self._search)
        ui.audienceCombo.currentIndexChanged.connect(self._apply_filters)
        ui.locationCombo.currentIndexChanged.connect(self._location_changed)
        ui.teamCombo.currentIndexChanged.connect(self._apply_filters)
        ui.gapsCheck.toggled.connect(self._apply_filters)
        ui.daysSpin.valueChanged.connect(lambda _value: self._days_timer.start())
        ui.exportButton.clicked.connect(self.export_xlsx)
        ui.printButton.clicked.connect(self.export_pdf)
        self._sized = False

    # -- the page contract (driven by the Trainings tab) -----------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.daysSpin.setSuffix(" " + _("days"))
        from desktop.services.training_matrix import audience_choices

        fill_combo(self.ui.audienceCombo, audience_choices(), empty=_("Everyone"))
        self._fill_places()
        self._show_legend()
        self.model.retranslate()
        self._show_count()

    def invalidate(self) -> None:
        self._dirty = True

    def reload_if_needed(self) -> None:
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Work the matrix out again from the database (after a change, or when the page is shown)."""
        days = warning_days()
        self.ui.daysSpin.blockSignals(True)
        self.ui.daysSpin.setValue(days)
        self.ui.daysSpin.blockSignals(False)
        self._read_places()
        self._fill_places()
        self.matrix = training_matrix(days=days)
        self.model.set_matrix(self.matrix)
        self._apply_filters()
        if not self._sized:
            self._size_columns()
        self._dirty = False

    def _size_columns(self) -> None:
        table = self.ui.tableView
        for column, width in enumerate((170, 110, 120, 130, 72)):
            table.setColumnWidth(column, width)
        for column in range(FIXED, self.model.columnCount()):
            table.setColumnWidth(column, 124)
        self._sized = self.model.columnCount() > FIXED

    def focus_search(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    # -- filters ---------------------------------------------------------------------------------------------
    def _read_places(self) -> None:
        self._locations = location_choices()
        self._teams = team_choices()

    def _fill_places(self) -> None:
        """Fill the location and team filters from what `reload` read (no query: this also runs on a
        language change, when the database may be closed)."""
        fill_combo(self.ui.locationCombo, self._locations, empty=_("All locations"))
        self._fill_teams()

    def _fill_teams(self) -> None:
        location = self.ui.locationCombo.currentData()
        if location is None:
            teams = [(team, f"{place} – {name}") for team, name, _location, place in self._teams]
        else:
            teams = [(team, name) for team, name, at, _place in self._teams if at == location]
        fill_combo(self.ui.teamCombo, teams, empty=_("All teams"))

    def _location_changed(self, *_args) -> None:
        self._fill_teams()
        self._apply_filters()

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._show_count()

    def predicate(self) -> Callable[[MatrixPerson], bool] | None:
        audience = self.ui.audienceCombo.currentData()
        location, team = self.ui.locationCombo.currentData(), self.ui.teamCombo.currentData()
        tests: list[Callable[[MatrixPerson], bool]] = []
        if audience == "staff":
            tests.append(lambda p: p.kind == "staff")
        elif audience == "learners":
            tests.append(lambda p: p.kind == "learner")
        elif audience and audience.startswith("role:"):
            tests.append(lambda p, role=audience[5:]: role in p.roles)
        elif audience and audience.startswith("type:"):
            tests.append(lambda p, kind=audience[5:]: kind in p.learner_types)
        if team is not None:
            tests.append(lambda p: p.team_id == team)
        elif location is not None:
            tests.append(lambda p: p.location_id == location)
        if self.ui.gapsCheck.isChecked():
            tests.append(lambda p: any(c is not None and c.required and c.state in GAPS for c in p.cells))
        return (lambda p: all(test(p) for test in tests)) if tests else None

    def _apply_filters(self, *_args) -> None:
        self.model.set_filter(self.predicate())
        self._show_count()

    def _show_count(self) -> None:
        rows = [self.model.row_object(r) for r in range(self.model.rowCount())]
        gaps = sum(1 for p in rows if p.problems)
        text = ngettext("{shown} of {total} person", "{shown} of {total} people", self.model.total_count()).format(
            shown=len(rows), total=self.model.total_count()
        )
        if rows:
            text += " · " + ngettext(
                "{count} person not fully qualified", "{count} people not fully qualified", gaps
            ).format(count=gaps)
        if self.matrix is not None and not self.matrix.trainings:
            text = _("No active mandatory trainings: tick Mandatory for a training in the catalogue.")
        self.ui.countLabel.setText(text)

    def _show_legend(self) -> None:
        swatch = '<span style="background:{colour}; color:#1f2933">&nbsp;{label}&nbsp;</span>'
        parts = [swatch.format(colour=STATE_COLOURS[state], label=_(label)) for state, label in STATE_LABELS.items()]
        parts.append(_("empty: not required"))
        self.ui.legendLabel.setText(" ".join(parts))

    # -- the warning period ----------------------------------------------------------------------------------
    def _store_days(self) -> None:
        days = self.ui.daysSpin.value()
        try:
            before = set_warning_days(days)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not saved"), error.message)
            return
        if before != days:
            from desktop.views.trainings.commands import WarningDaysCommand  # with the services it needs

            self.main_window.undo_stack.push(
                WarningDaysCommand(before, days, _("Change the expiry warning"), on_change=self._days_undone)
            )
        self.reload()

    def _days_undone(self) -> None:
        from shiboken6 import isValid

        if isValid(self):
            self.reload()

    # -- export ------------------------------------------------------------------------------------------------
    def shown_matrix(self) -> Matrix:
        """The matrix as it is shown: filtered, searched and in the order of the table."""
        people = [self.model.row_object(r) for r in range(self.model.rowCount())]
        base = self.matrix or training_matrix()
        return Matrix(base.trainings, people, base.today, base.warning_days)

    def _filters_text(self) -> str:
        ui = self.ui
        location = ui.locationCombo.currentText() if ui.locationCombo.currentData() is not None else None
        team = ui.teamCombo.currentText() if ui.teamCombo.currentData() is not None else None
        text = describe_filters(ui.audienceCombo.currentData(), location, team)
        if ui.filterEdit.text().strip():
            text += " · " + _("search: {text}").format(text=ui.filterEdit.text().strip())
        if ui.gapsCheck.isChecked():
            text += " · " + _("only people with gaps")
        return text

    def export_xlsx(self) -> None:
        # The export modules (openpyxl, ReportLab) load when first used, not at start-up.
        from desktop.services.training_export import matrix_xlsx
        from desktop.services.training_printouts import letterhead, matrix_sheet

        sheet = matrix_sheet(self.shown_matrix(), self._filters_text())
        name = letterhead().name

        def work(progress, cancelled) -> bytes:
            return matrix_xlsx(sheet, name, progress, cancelled)

        save_document(
            self, _("Save training matrix"), _("Training matrix"), _("Excel workbook (*.xlsx)"), work=work,
            progress_label=_("Writing the training matrix…"),
        )  # fmt: skip

    def export_pdf(self) -> None:
        from desktop.services.training_printouts import letterhead, matrix_pdf, matrix_sheet

        sheet = matrix_sheet(self.shown_matrix(), self._filters_text())
        head = letterhead()

        def work(progress, cancelled) -> bytes:
            return matrix_pdf(sheet, head, progress, cancelled)

        save_document(
            self, _("Save training matrix"), _("Training matrix"), "PDF (*.pdf)", work=work,
            progress_label=_("Making the PDF of the training matrix…"),
        )  # fmt: skip
