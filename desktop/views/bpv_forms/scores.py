"""The score per werkproces on an assessment form: a small editable table model and the choice of
score as a drop-down in its cell. The lines are kept here until the dialog saves them all at once."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QComboBox, QStyledItemDelegate, QWidget

from desktop.i18n import N_, _
from desktop.services.form_views import ScoreLine
from desktop.storage import choices
from desktop.views.kit.widgets import fill_vocabulary, select

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
DISPLAY, EDIT, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole


class ScoresModel(QAbstractTableModel):
    CODE, TITLE, SCORE, REMARKS = range(4)
    HEADERS = (N_("Code"), N_("Work process"), N_("Score"), N_("Remarks"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[ScoreLine] = []
        self.read_only = False

    def set_lines(self, lines: list[ScoreLine]) -> None:
        self.beginResetModel()
        self._lines = [dataclasses.replace(line) for line in lines]
        self.endResetModel()

    def lines(self) -> list[ScoreLine]:
        return [dataclasses.replace(line) for line in self._lines]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, self.REMARKS))

    # -- the model -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return _(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == DISPLAY:
            return (line.code, line.title, choices.label(choices.SCORES, line.score), line.remarks)[column]
        if role == EDIT:
            return (line.code, line.title, line.score, line.remarks)[column]
        if role == TOOLTIP and column in (self.TITLE, self.REMARKS):
            return line.title if column == self.TITLE else line.remarks or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (self.SCORE, self.REMARKS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or self.read_only:
            return False
        line = self._lines[index.row()]
        if index.column() == self.SCORE:
            if value is not None and value not in choices.SCORES:
                return False
            line.score = value or None
        elif index.column() == self.REMARKS:
            line.remarks = str(value or "")
        else:
            return False
        self.dataChanged.emit(index, index, [DISPLAY, EDIT, TOOLTIP])
        return True


class ScoreDelegate(QStyledItemDelegate):
    """A drop-down of the scores (and "not scored") for the score column; a choice is kept at once and the
    next line's score is next, and after the last line the field after the table: scoring eleven werkprocessen is
    eleven letters ("g", "v", …) or clicks."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("assessment.score_editor")
        fill_vocabulary(combo, choices.SCORES, empty=_("(not scored)"))
        editing = QPersistentModelIndex(index)
        combo.activated.connect(lambda _row: self._commit(combo, editing))
        return combo

    def _commit(self, combo: QComboBox, editing: QPersistentModelIndex) -> None:
        self.commitData.emit(combo)
        table = self.parent()
        if not isinstance(table, QAbstractItemView) or not editing.isValid():
            return
        following = editing.model().index(editing.row() + 1, editing.column())
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)
        if following.isValid():
            table.setCurrentIndex(following)  # its drop-down opens there (the table edits on CurrentChanged)
        else:
            field_after(table).setFocus(Qt.FocusReason.TabFocusReason)  # the last line scored: the form goes on

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        select(editor, index.data(EDIT))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.currentData(), EDIT)


def field_after(widget: QWidget) -> QWidget:
    """The next field Tab would go to from `widget` (itself when there is none)."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        takes_tab = bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and candidate.isVisible() and candidate.isEnabled() and not widget.isAncestorOf(candidate):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget
