"""Showing a `ValidationError` next to the field it names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.storage.choices import field_label

INVALID_STYLE = "border: 1px solid #b00020;"


class FieldErrors:
    """Maps model field names to widgets; marks the widget, says why in `label`, and focuses it."""

    def __init__(self, label: QLabel, widgets: dict[str, QWidget], captions: dict[str, str]):
        self.label, self.widgets, self.captions = label, widgets, captions
        self._marked: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked.clear()
        self.label.clear()

    def show(self, error: ValidationError) -> None:
        self.clear()
        caption = self.captions.get(error.field) or field_label(error.field)
        # An error of no one field (the database is read-only) is shown as it is.
        message = _("{field}: {reason}").format(field=caption, reason=error.message) if caption else error.message
        self.label.setText(message)
        widget = self.widgets.get(error.field)
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(error.message)
            widget.setFocus()
            self._marked.append(widget)
