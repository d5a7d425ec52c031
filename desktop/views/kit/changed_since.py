"""When a dialog's save is refused because someone else saved the record since the dialog read it: the dialog says
who and when, and offers to reload. Reloading shows what is stored now, and what the person had typed stays visible
beside the dialog, field by field, to copy from: nothing typed is lost, and nothing of the other's work is
overwritten without being seen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ChangedSinceReadError
from desktop.i18n import _
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import confirm


def shown_values(errors: FieldErrors) -> dict[str, str]:
    """What each field of a dialog shows, by its caption (the fields its `FieldErrors` knows)."""
    values = {}
    for field, widget in errors.widgets.items():
        caption = errors.captions.get(field) or _label_of(widget) or field
        if isinstance(widget, QLineEdit):
            values[caption] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[caption] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[caption] = widget.currentText()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values[caption] = _("yes") if widget.isChecked() else _("no")
    return values


def _label_of(widget: QWidget) -> str:
    """The words of the label beside `widget` (its buddy), as the person reads them: a caption the dialog did not
    give the field otherwise."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")
    return ""


def offer_reload(
    dialog: QWidget, errors: FieldErrors, error: ChangedSinceReadError, reload: Callable[[], None]
) -> bool:
    """Say who changed the record and when; when the person chooses to reload, `reload` shows the stored values and
    what they typed (where it differs) is kept beside the dialog. True when reloaded."""
    question = _(
        "{reason}\n\nShow what is stored now? What you typed stays visible beside this window, so that you can "
        "copy it over."
    ).format(reason=error.message)
    if not confirm(dialog, _("Changed by someone else"), question, default_yes=True):
        return False
    typed = shown_values(errors)
    reload()
    stored = shown_values(errors)
    differing = {caption: text for caption, text in typed.items() if stored.get(caption) != text}
    if differing:
        TypedValuesPanel(dialog, differing).show()
    return True


class TypedValuesPanel(QDialog):
    """What the person had typed in the fields that now show other, stored values: a small window beside the dialog,
    each value in a field of its own to select and copy."""

    def __init__(self, dialog: QWidget, typed: dict[str, str]):
        super().__init__(dialog, Qt.WindowType.Tool)
        self.setObjectName("typed.values")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_("What you typed"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _("Not saved. The window beside this one shows what is stored now; this is what you had typed:"), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.values: dict[str, QWidget] = {}
        for caption, text in typed.items():
            if "\n" in text:
                field: QWidget = QPlainTextEdit(text, self)
                field.setReadOnly(True)
                field.setMaximumHeight(90)
            else:
                field = QLineEdit(text, self)
                field.setReadOnly(True)
                field.setCursorPosition(0)
            form.addRow(_("{field}:").format(field=caption), field)
            self.values[caption] = field
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)  # the sentence above on two lines, not five
        self.adjustSize()
        frame = dialog.frameGeometry()
        self.move(frame.right() + 8, frame.top())

    def typed(self) -> dict[str, str]:
        """The values shown, by caption."""
        return {
            caption: field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            for caption, field in self.values.items()
        }
