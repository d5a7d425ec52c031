"""Small widget helpers shared by the forms: choice lists, date fields and remembered table headers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QWidget,
)

from desktop.i18n import _, format_date
from desktop.settings import Setting, Settings
from desktop.views.kit.choice_model import ChoiceListModel


def confirm(parent: QWidget | None, title: str, question: str, *, default_yes: bool = False) -> bool:
    """Ask Yes or No before something is deleted or replaced; No is the safe default."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, question, buttons.Yes | buttons.No, buttons.Yes if default_yes else buttons.No
    )
    return answer == buttons.Yes


def fill_combo(combo: QComboBox, items: Iterable[tuple[Any, str]], *, empty: str | None = None) -> None:
    """Fill `combo` with (value, translated label) pairs, keeping the current value when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    model = combo.model()
    if isinstance(model, ChoiceListModel):
        model.set_choices([(None, empty), *items] if empty is not None else items)
    else:
        combo.clear()
        if empty is not None:
            combo.addItem(empty, None)
        for value, text in items:
            combo.addItem(text, value)
    select(combo, current)
    combo.blockSignals(False)


def fill_vocabulary(combo: QComboBox, vocabulary: dict[str, str], *, empty: str | None = None) -> None:
    fill_combo(combo, ((code, _(label)) for code, label in vocabulary.items()), empty=empty)


def select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def set_date(edit: QLineEdit, value: dt.date | None) -> None:
    """Dates are typed as text (dd-mm-jjjj) so a field can be empty; the service reads them back."""
    edit.setText(format_date(value, "short"))


def make_searchable(combo: QComboBox) -> None:
    """Let the coordinator type part of an entry (a learner's name) and pick from what matches."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def prepare_date_edit(edit: QLineEdit) -> None:
    edit.setPlaceholderText(_("dd-mm-yyyy"))
    edit.setMaxLength(20)


def compact_rows(table: QTableView) -> None:
    """One line per row, as high as the text needs, and no row numbers."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.hide()


def share_filter_row(row: QBoxLayout, search: QWidget, *combos: QComboBox) -> None:
    """Filter boxes share the row's width with the search field, so that on a laptop screen each shows its
    whole first choice ("Alle praktijkopleiders"), while on a narrow window they give way (down to eight
    characters) rather than push the window off the screen."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
        row.setStretchFactor(combo, 2)
    row.setStretchFactor(search, 3)


def give_room_to(table: QTableView, column: int) -> None:
    """The text column (a task, a goal, a programme) takes the width the other columns leave, instead of
    the last column taking it whether or not it holds anything; the others keep the width they have."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def remember_header(table: QTableView, setting: Setting, *, fixed: Iterable[int] = (0,)) -> bool:
    """Restore the column order, widths and hidden columns of `table`, save them when they change,
    and let a right click on the header choose which columns are shown (never the `fixed` ones).

    Returns False when nothing was remembered yet: the caller sizes the columns once rows are in."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(100)  # size columns on the first rows, not all 10,000
    compact_rows(table)
    state = Settings().get(setting)
    restored = state is not None and header.restoreState(state)
    if not restored:
        table.resizeColumnsToContents()
    never_hidden = set(fixed)
    # Dragging a column edge resizes it many times a second; write the settings once it settles.
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(400)
    timer.timeout.connect(lambda: Settings().set(setting, header.saveState()))

    def save(*_args) -> None:
        timer.start()

    def menu(position: QPoint) -> None:
        chooser = QMenu(header)
        model = table.model()
        for column in range(model.columnCount()):
            action = chooser.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in never_hidden)
            action.toggled.connect(lambda shown, c=column: (header.setSectionHidden(c, not shown), save()))
        chooser.exec(header.mapToGlobal(position))

    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(menu)
    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    return restored


def tab_shortcut(owner: QWidget, keys, slot: Callable[[], None], parent: QWidget | None = None) -> QShortcut:
    """A key of a tab page: it works while focus is anywhere inside `parent` (a table), else the page."""
    shortcut = QShortcut(keys, parent or owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def focus_search(edit: QLineEdit) -> None:
    """Ctrl+F: into the search field, its text selected so typing replaces it."""
    edit.setFocus()
    edit.selectAll()


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    """A BPV period in a table cell: "01-09-2026 – 30-06-2027", or from the start only when open-ended."""
    if start is None:
        return ""
    return f"{format_date(start, 'short')} – {format_date(end, 'short')}".rstrip(" –")


def selected_object(table: QTableView) -> Any:
    """The row object of the selected row of a table that shows a `RowTableModel`; None when none is."""
    rows = table.selectionModel().selectedRows()
    return table.model().row_object(rows[0].row()) if rows else None


def select_where(table: QTableView, predicate: Callable[[Any], bool]) -> bool:
    """Choose and show the first shown row whose object passes `predicate`; False when there is none."""
    return select_row(table, table.model().row_of(predicate))


def select_row(table: QTableView, row: int | None) -> bool:
    """Choose and show `row` of the table; False when there is none (`None`: the row sought is not shown)."""
    if row is None:
        return False
    index = table.model().index(row, 0)
    table.setCurrentIndex(index)
    table.scrollTo(index)
    return True


def scroll_when_small(window: QWidget, content: QWidget) -> QScrollArea:
    """`content` (a part of `window`'s layout) scrolls when the window is smaller than it needs: a 1366x768 laptop at
    150% Windows scaling offers 910x512 points, less than a period's pages need, and a window that cannot shrink runs
    off the screen with its buttons. The window opens at the size it had before (its layout's, or larger as designed),
    as far as the screen allows."""
    wanted = window.size().expandedTo(window.sizeHint())
    area = QScrollArea(window)
    area.setObjectName(f"{content.objectName()}.scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    window.layout().replaceWidget(content, area)
    area.setWidget(content)
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.resize(wanted.boundedTo(screen.availableGeometry().size()) if screen is not None else wanted)
    return area
