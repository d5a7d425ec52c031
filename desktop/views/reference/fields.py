"""Binding a record's fields to the widgets of a Designer form, and knowing when the form was changed.

A binding puts a stored value into its widget and reads back what the service takes: text as typed
(the service parses dates and numbers, so its error names the field), a code from a vocabulary, a
record number from a list of choices, or yes/no.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from desktop.i18n import _, format_date
from desktop.storage.choices import field_label, label
from desktop.views.kit.field_errors import FieldErrors


class Binding:
    def __init__(self, name: str, widget: QWidget):
        self.name, self.widget = name, widget

    def set(self, value: Any) -> None:
        raise NotImplementedError

    def get(self) -> Any:
        raise NotImplementedError

    def on_edit(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError


class TextBinding(Binding):
    widget: QLineEdit

    def set(self, value) -> None:
        self.widget.setText("" if value is None else str(value))
        self.widget.setCursorPosition(0)

    def get(self) -> str:
        return self.widget.text()

    def on_edit(self, slot) -> None:
        self.widget.textChanged.connect(slot)


class DateBinding(TextBinding):
    """A date as the person writes it (09-03-2026); empty means no date."""

    def set(self, value) -> None:
        super().set(format_date(value, "short") if value else "")


class CheckBinding(Binding):
    widget: QCheckBox

    def set(self, value) -> None:
        self.widget.setChecked(bool(value))

    def get(self) -> bool:
        return self.widget.isChecked()

    def on_edit(self, slot) -> None:
        self.widget.toggled.connect(slot)


class ComboBinding(Binding):
    """A choice from a list of (value, text) pairs; the first entry may stand for "none"."""

    widget: QComboBox

    def __init__(self, name: str, widget: QComboBox, options: Callable[[], list[tuple[Any, str]]]):
        super().__init__(name, widget)
        self._options = options
        self.refresh()

    def refresh(self) -> None:
        """Fill the list again (e.g. after teams changed), keeping the current choice."""
        current = self.widget.currentData()
        blocked = self.widget.blockSignals(True)
        self.widget.clear()
        for value, text in self._options():
            self.widget.addItem(text, value)
        self._select(current)
        self.widget.blockSignals(blocked)

    def _select(self, value) -> None:
        index = self.widget.findData(value)
        if index < 0 and value is not None:
            # A stored value the list no longer offers stays visible rather than silently changing.
            self.widget.addItem(str(value), value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(max(index, 0))

    def set(self, value) -> None:
        self._select(value)

    def get(self):
        return self.widget.currentData()

    def on_edit(self, slot) -> None:
        self.widget.currentIndexChanged.connect(slot)


def vocabulary_options(vocabulary: dict[str, str], blank: bool = False) -> Callable[[], list[tuple[Any, str]]]:
    def options():
        items = [(code, label(vocabulary, code)) for code in vocabulary]
        return [(None, _("(none)")), *items] if blank else items

    return options


def caption_of(widget: QWidget) -> str:
    """The text a person sees beside a field, without mnemonic and colon, for error messages."""
    if isinstance(widget, QCheckBox):
        return widget.text().replace("&", "")
    parent = widget.parentWidget()
    for candidate in parent.findChildren(QLabel) if parent else []:
        if candidate.buddy() is widget:
            return candidate.text().replace("&", "").rstrip(": ")
    return ""


class RecordForm:
    """The fields of one record: load, read back, and whether the person changed anything since."""

    def __init__(self, bindings: list[Binding], error_label: QLabel, on_edit: Callable[[], None]):
        self.bindings = {binding.name: binding for binding in bindings}
        self.errors = FieldErrors(
            error_label,
            {binding.name: binding.widget for binding in bindings},
            {binding.name: caption_of(binding.widget) or field_label(binding.name) for binding in bindings},
        )
        self._loaded: dict[str, Any] = {}
        self._on_edit = on_edit
        self._loading = False
        for binding in bindings:
            binding.on_edit(self._edited)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._on_edit()

    def load(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name, binding in self.bindings.items():
                binding.set(values.get(name))
        finally:
            self._loading = False
        self.errors.clear()
        self.mark_clean()

    def refresh_choices(self) -> None:
        self._loading = True
        try:
            for binding in self.bindings.values():
                if isinstance(binding, ComboBinding):
                    binding.refresh()
        finally:
            self._loading = False

    def values(self) -> dict[str, Any]:
        return {name: binding.get() for name, binding in self.bindings.items()}

    def changed_values(self) -> dict[str, Any]:
        return {name: value for name, value in self.values().items() if value != self._loaded.get(name)}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def mark_clean(self) -> None:
        self._loaded = self.values()

    def widgets(self) -> list[QWidget]:
        return [binding.widget for binding in self.bindings.values()]

    def contains(self, widget: QWidget | None) -> bool:
        return any(widget is own or (widget is not None and own.isAncestorOf(widget)) for own in self.widgets())
