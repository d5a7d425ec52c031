"""User preferences; the language applies at once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop import i18n
from desktop.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop.settings import Settings
from desktop.views.window.qt_i18n import apply_language


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settings.dialog")
        self.ui.languageCombo.setObjectName("settings.language")
        for code, name in i18n.language_names().items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(i18n.current_language()))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        language = self.ui.languageCombo.currentData()
        Settings().set_language(language)
        if language != i18n.current_language():
            apply_language(language)
        super().accept()
