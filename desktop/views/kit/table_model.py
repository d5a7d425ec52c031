"""The table convention of every tab: a row model with column definitions, and a sort/filter proxy.

A column has a key, a translatable header, how it is displayed and how it sorts (native values: dates
sort as dates, names by last name). The model gives each role its own data: DisplayRole the text,
`SORT_ROLE` the native value, `OBJECT_ROLE` the row object.

Sorting and filtering happen in the model, each as one Python pass over its rows: a proxy calling a
Python `lessThan` or `filterAcceptsRow` per row costs a virtual call each time (seconds to sort,
tens of milliseconds to filter 10,000 rows). The folded search text per row is built once, at the
first search.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.i18n import _
from desktop.textsearch import fold, matches, search_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints and prebuilt flags: comparing and combining Qt enums in Python costs more than the work.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_ANSWERED = frozenset({DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, int(SORT_ROLE), int(OBJECT_ROLE)})
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
DISPLAY_CACHE_ROWS = 5000  # rows whose texts are kept: many screens' worth, not every row scrolled past

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def _sortable(value):
    """Text sorts the Dutch way: case and diacritics folded ("Çelik" under C), also inside tuples."""
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, tuple):
        return tuple(_sortable(part) for part in value)
    return value


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # an msgid, marked with N_ where it is defined
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    searchable: bool = True
    align_right: bool = False
    foreground: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """Rows of any kind of object, shown through `columns`; sorted and filtered in the model.

    The model keeps every row (`_all`, in sort order) and the positions of the rows that pass the
    search and the filter (`_visible`, None when all do). A keystroke is one Python pass over the
    folded search texts, narrowed to the rows still shown when the search only grew.
    """

    columns: Sequence[Column] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Any] = []
        self._display_cache: dict[int, tuple[str, ...]] = {}
        self._search: list[str] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._visible: array | None = None
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None

    # -- content -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._display_cache = {}
        self._search = None
        if self._sorted_by is not None:
            self._all = [self._all[i] for i in self._sorted_order(*self._sorted_by)]
        self._visible = self._filtered(None)
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts are cached per row; after a language change they are worked out again."""
        self._display_cache = {}
        self._search = None
        if self.rowCount() and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))

    def refresh_row(self, item: Any) -> None:
        """`item` (one of the rows) was changed in place: show its new texts."""
        self._display_cache.pop(id(item), None)
        self._search = None
        row = self.row_of(lambda other: other is item)
        if row is not None and self.columns:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_object(self, row: int) -> Any:
        return self._all[row if self._visible is None else self._visible[row]]

    def all_rows(self) -> list[Any]:
        return list(self._all)

    def total_count(self) -> int:
        return len(self._all)

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        """The shown row of the first object for which `predicate` holds, if it is shown."""
        positions = range(len(self._all)) if self._visible is None else self._visible
        return next((row for row, i in enumerate(positions) if predicate(self._all[i])), None)

    def _texts(self) -> list[str]:
        if self._search is None:
            self._search = [self._search_text(item) for item in self._all]
        return self._search

    def search_text(self, row: int) -> str:
        return self._texts()[row if self._visible is None else self._visible[row]]

    # -- search and filter -------------------------------------------------------------------------
    def set_search(self, query: str) -> None:
        words = search_words(query)
        if words == self._words:
            return
        narrower = bool(self._words) and all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._refilter(self._visible if narrower else None)

    def set_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only rows for which `predicate` holds (besides the search); None shows all."""
        self._predicate = predicate
        self._refilter(None)

    def _filtered(self, within: Sequence[int] | None) -> array | None:
        words, predicate = self._words, self._predicate
        if not words and predicate is None:
            return None
        candidates = range(len(self._all)) if within is None else within
        if words:
            candidates = self._matching(words, candidates)
        if predicate is not None:
            rows = self._all
            candidates = [i for i in candidates if predicate(rows[i])]
        if len(candidates) == len(self._all):
            return None  # all rows shown: no list of every position
        return array("q", candidates)  # 8 bytes a position: as a list, 40 (with 250,000 rows, some 9 MB)

    def _matching(self, words: list[str], candidates: Sequence[int]) -> list[int]:
        """The positions among `candidates` whose rows hold every search word."""
        texts = self._texts()
        if len(words) == 1:
            word = words[0]
            return [i for i in candidates if word in texts[i]]
        return [i for i in candidates if matches(words, texts[i])]

    def _refilter(self, within: Sequence[int] | None) -> None:
        self._relayout(lambda: self._filtered(within))

    def _relayout(
        self, change: Callable[[], Sequence[int] | None], reorder: Sequence[int | None] | None = None
    ) -> None:
        """Change what is shown while keeping selected rows selected (persistent indexes follow). `reorder` gives,
        for each position of `_all` after the change, the one its row had before (None or negative: a new row).
        Only the positions of the few persistent indexes are looked up: no table of every row."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_positions = [self._position(index.row()) for index in persistent]
        wanted = {p for p in old_positions if p is not None}
        if reorder is not None:
            moved = {old: new for new, old in enumerate(reorder) if old in wanted}  # a row left out is gone
            old_positions = [moved.get(p) if p is not None else None for p in old_positions]
            wanted = {p for p in old_positions if p is not None}
        self._visible = change()
        if self._visible is None:
            row_at = {p: p for p in wanted}
        else:
            row_at = {p: row for row, p in enumerate(self._visible) if p in wanted} if wanted else {}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(row_at[p], index.column()) if p in row_at else QModelIndex()
                for p, index in zip(old_positions, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _position(self, row: int) -> int | None:
        if row < 0:
            return None
        return row if self._visible is None else self._visible[row]

    # -- sorting -----------------------------------------------------------------------------------
    def _sort_value(self, row: Any, column: Column):
        return _sortable(column.sort(row) if column.sort else column.display(row))

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        spec = self.columns[column]
        values = [self._sort_value(row, spec) for row in self._all]
        blank = [value is None or value == "" for value in values]
        filled = [i for i, is_blank in enumerate(blank) if not is_blank]
        empty = [i for i, is_blank in enumerate(blank) if is_blank]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            filled.sort(key=values.__getitem__, reverse=descending)
        except TypeError:
            filled.sort(key=lambda i: str(values[i]), reverse=descending)
        return filled + empty  # empty cells last, whichever way

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        new_order = self._sorted_order(column, order)

        def reorder() -> list[int] | None:
            self._all = [self._all[i] for i in new_order]
            if self._search is not None:
                self._search = [self._search[i] for i in new_order]
            return self._filtered(None)

        self._relayout(reorder, new_order)
        self._sorted_by = (column, order)

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def _search_text(self, row: Any) -> str:
        return fold(" ".join(column.display(row) for column in self.columns if column.searchable))

    # -- Qt model API --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid():
            return 0
        return len(self._all) if self._visible is None else len(self._visible)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY):
        # Called for every role of every painted cell: the common "no answer" leaves first.
        if role not in _ANSWERED:
            return None
        position = index.row()
        if position < 0:
            return None
        try:
            row = self._all[position if self._visible is None else self._visible[position]]
        except IndexError:
            return None
        column = self.columns[index.column()]
        if role == DISPLAY:
            return self._displayed(row)[index.column()]
        if role == TOOLTIP:
            return column.tooltip(row) if column.tooltip else self._displayed(row)[index.column()]
        if role == FOREGROUND:
            return column.foreground(row) if column.foreground else None
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if column.align_right else None
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        return row  # OBJECT_ROLE

    def _displayed(self, row: Any) -> tuple[str, ...]:
        """The texts of a row, worked out once per row while the rows stay the same."""
        key = id(row)
        cache = self._display_cache
        texts = cache.get(key)
        if texts is None:
            if len(cache) >= DISPLAY_CACHE_ROWS:
                cache.clear()  # scrolled through thousands of rows: those on screen are quickly worked out again
            texts = cache[key] = tuple(column.display(row) for column in self.columns)
        return texts

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return _(self.columns[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags


class SearchProxyModel(QSortFilterProxyModel):
    """A pass-through for views that want a proxy: search and sort are done by the row model."""

    def set_search(self, query: str) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.set_search(query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)
