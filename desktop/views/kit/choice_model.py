"""A combo box's choices as one list of (value, text) pairs: for thousands of them (everyone responsible for
something on the overview), where a QStandardItem per choice took some 400 bytes each.

`widgets.fill_combo` fills a combo box that has one as it fills any other: the text is the display, the value
`currentData()`, and a searchable combo's completer looks through the same list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

# Plain ints: Qt hands the role over as one.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
EDIT = Qt.ItemDataRole.EditRole.value
VALUE = Qt.ItemDataRole.UserRole.value

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ChoiceListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._choices: list[tuple[Any, str]] = []

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        value, text = self._choices[index.row()]
        if role in (DISPLAY, EDIT):
            return text
        if role == VALUE:
            return value
        return None
