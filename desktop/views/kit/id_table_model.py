"""A table of tens of thousands of rows that holds ids, not rows (as Anki's browser does).

The database searches, filters and sorts, and gives the ids in order (`read_ids`); the model reads the
full rows only around those the view asks for (`read_rows`, a page at a time) and forgets them once it
holds more than a few pages. Columns are those of every table (`table_model.Column`); a column sorts by
its key, which `read_ids` understands. Selected rows stay selected when the order or the filter changes:
persistent indexes follow their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.i18n import _
from desktop.views.kit.table_model import (
    ALIGNMENT,
    DISPLAY,
    FOREGROUND,
    NO_PARENT,
    OBJECT_ROLE,
    RIGHT_ALIGNED,
    SELECTABLE,
    TOOLTIP,
    Column,
    Index,
)

PAGE = 60  # rows read at once: a full-height window shows some 35
KEEP = 20 * PAGE  # rows kept read before the model starts afresh

FEW = 16  # ids looked up one by one when the order changes; more are found in one pass over every id

_ANSWERED = frozenset({DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, int(OBJECT_ROLE)})


class IdTableModel(QAbstractTableModel):
    columns: Sequence[Column] = ()

    def __init__(
        self,
        read_ids: Callable[[Any, str, bool], Sequence[int]],
        read_rows: Callable[[list[int]], dict[int, Any]],
        parent=None,
    ):
        super().__init__(parent)
        self._read_ids, self._read_rows = read_ids, read_rows
        self._ids: Sequence[int] = []
        self._rows: dict[int, tuple[Any, tuple[str, ...]]] = {}
        self._shown: Any = None  # what `read_ids` is asked to select; None until the first `show`
        self._sort_key, self._descending = self.columns[0].key if self.columns else "", False

    # -- content -----------------------------------------------------------------------------------
    def show(self, shown: Any, fresh: bool = False) -> None:
        """Show the rows `shown` selects (search words and filters, as `read_ids` understands them),
        keeping selected rows selected; `fresh` forgets the rows read, as they may have changed."""
        self._shown = shown
        if fresh:
            self._rows = {}
        self._relayout(self._read_ids(shown, self._sort_key, self._descending))

    def retranslate(self) -> None:
        self._rows = {}
        if self._ids and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))

    def ids(self) -> Sequence[int]:
        """The ids shown, in their order, as `read_ids` gave them."""
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, item_id: int) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def row_object(self, row: int) -> Any:
        """The full row shown at `row`; None when it is gone from the database since the last reading."""
        entry = self._entry(row)
        return entry[0] if entry else None

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def _entry(self, row: int) -> tuple[Any, tuple[str, ...]] | None:
        if not 0 <= row < len(self._ids):
            return None
        entry = self._rows.get(self._ids[row])
        if entry is None:
            self._read_page(row)
            entry = self._rows.get(self._ids[row])
        return entry

    def _read_page(self, row: int) -> None:
        """Read the rows around `row`: more below than above, the way a list is scrolled."""
        if len(self._rows) > KEEP:
            self._rows = {}
        start = max(0, row - PAGE // 4)
        wanted = [item for item in self._ids[start : start + PAGE] if item not in self._rows]
        for item_id, item in self._read_rows(wanted).items():
            self._rows[item_id] = (item, tuple(column.display(item) for column in self.columns))

    # -- order and selection -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_key, self._descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if self._shown is not None:
            self._relayout(self._read_ids(self._shown, self._sort_key, self._descending))

    def _relayout(self, ids: Sequence[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = [self.id_at(index.row()) for index in persistent]
        self._ids = ids
        if persistent:
            row_at = _rows_of(set(old) - {None}, ids)
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(row_at[item], index.column()) if item in row_at else QModelIndex()
                    for item, index in zip(old, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    # -- Qt model API --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY):
        if role not in _ANSWERED:
            return None
        entry = self._entry(index.row())
        if entry is None:
            return None
        item, texts = entry
        column = self.columns[index.column()]
        if role == DISPLAY:
            return texts[index.column()]
        if role == TOOLTIP:
            return column.tooltip(item) if column.tooltip else texts[index.column()]
        if role == FOREGROUND:
            return column.foreground(item) if column.foreground else None
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if column.align_right else None
        return item  # OBJECT_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return _(self.columns[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags


def _rows_of(wanted: set[int], ids: list[int]) -> dict[int, int]:
    """The rows of the `wanted` ids in `ids` (those still there). Usually the current row and a selected one: each is
    found by a search in C, where a map of every id costs a tenth of a keystroke at 50,000 rows."""
    if len(wanted) > FEW:
        return {item: row for row, item in enumerate(ids) if item in wanted}
    found = {}
    for item in wanted:
        try:
            found[item] = ids.index(item)
        except ValueError:
            continue
    return found
