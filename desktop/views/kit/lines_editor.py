"""A list of lines edited in the dialog itself (a trajectory's steps, its learning goals): a table
with the fields of the chosen line below it. Nothing is stored until the dialog saves them all at
once; the service then checks every line and names the one that is wrong.

Fields write into the chosen line as they are typed. A date field keeps what was typed when it is not
a date yet (the service says what is wrong with it on saving).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QWidget

from desktop.errors import ValidationError
from desktop.i18n import format_date
from desktop.services import validation as v
from desktop.views.kit.table_model import RowTableModel
from desktop.views.kit.widgets import compact_rows, prepare_date_edit, select


def date_text(value) -> str:
    """A line's date as the table shows it: formatted, or as typed when it is not a date yet."""
    if isinstance(value, dt.date):
        return format_date(value, "short")
    return str(value or "")


@dataclass(frozen=True)
class Field:
    attribute: str
    widget: QWidget  # QLineEdit (text or date), QPlainTextEdit or QComboBox (its item data)
    is_date: bool = False


class LinesEditor(QObject):
    """Edits `lines` (plain objects with the fields' attributes) in `model` shown by `table`."""

    changed = Signal()

    def __init__(
        self,
        table: QTableView,
        model: RowTableModel,
        fields: list[Field],
        add: QPushButton,
        remove: QPushButton,
        new_line: Callable[[], object],
    ):
        super().__init__(table)
        self.table, self.model, self.fields, self.new_line = table, model, fields, new_line
        self.add_button, self.remove_button = add, remove
        self.locked: set[str] = set()
        self.structure_locked = False
        self._showing = False
        table.setModel(model)
        compact_rows(table)
        table.selectionModel().currentRowChanged.connect(self._show)
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        for field in fields:
            widget = field.widget
            if field.is_date:
                prepare_date_edit(widget)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, f=field: self._write(f))
            else:
                widget.textChanged.connect(lambda *_a, f=field: self._write(f))
        self._show(QModelIndex())

    # -- lines ---------------------------------------------------------------------------------------
    def set_lines(self, lines: list) -> None:
        self.model.set_rows(lines)
        if lines:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show(QModelIndex())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def lines(self) -> list:
        return self.model.all_rows()

    def current(self):
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select_line(self, number: int) -> None:
        """Choose line `number` (1-based, as the service names it in an error)."""
        if 1 <= number <= self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(number - 1, 0))

    def add(self) -> None:
        lines = self.lines()
        current = self.current()
        line = self.new_line()
        at = lines.index(current) + 1 if current is not None else len(lines)
        lines.insert(at, line)
        self.model.set_rows(lines)
        self.table.setCurrentIndex(self.model.index(at, 0))
        self.fields[0].widget.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        current = self.current()
        if current is None:
            return
        lines = self.lines()
        at = lines.index(current)
        lines.remove(current)
        self.model.set_rows(lines)
        if lines:
            self.table.setCurrentIndex(self.model.index(min(at, len(lines) - 1), 0))
        else:
            self._show(QModelIndex())
        self.changed.emit()

    def set_locked(self, attributes: set[str], structure: bool) -> None:
        """Make the fields of `attributes` read-only; `structure`: no lines added or removed."""
        self.locked, self.structure_locked = set(attributes), structure
        self._show(self.table.currentIndex())

    # -- the fields ----------------------------------------------------------------------------------
    def _show(self, current: QModelIndex, _previous=None) -> None:
        line = self.model.row_object(current.row()) if current.isValid() else None
        self._showing = True
        try:
            for field in self.fields:
                widget, value = field.widget, getattr(line, field.attribute, None) if line is not None else None
                if isinstance(widget, QComboBox):
                    select(widget, value)
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value or "")
                elif field.is_date:
                    widget.setText(date_text(value))
                else:
                    widget.setText(value or "")
                locked = line is None or field.attribute in self.locked
                if isinstance(widget, QComboBox):
                    widget.setEnabled(not locked)
                else:
                    widget.setReadOnly(locked)
                    widget.setEnabled(line is not None)
        finally:
            self._showing = False
        self.add_button.setEnabled(not self.structure_locked)
        self.remove_button.setEnabled(line is not None and not self.structure_locked)

    def _write(self, field: Field) -> None:
        line = self.current()
        if self._showing or line is None:
            return
        widget = field.widget
        if isinstance(widget, QComboBox):
            value = widget.currentData()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        elif field.is_date:
            value = _typed_date(widget)
        else:
            value = widget.text()
        if getattr(line, field.attribute) != value:
            setattr(line, field.attribute, value)
            self.model.refresh_row(line)
            self.changed.emit()


def _typed_date(widget: QLineEdit):
    text = widget.text().strip()
    try:
        return v.date("date", text) if text else None
    except ValidationError:
        return text
