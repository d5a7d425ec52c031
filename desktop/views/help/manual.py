"""The user manual in a window of its own: HTML shipped with the program (resources/manual/<language>/index.html,
its screenshots made by ``python -m desktop.devtools manual``), in the language the window speaks.

F1 opens it at the part about the tab on screen; the window stays open beside the main window while the person
works, and a second F1 brings the same window forward at the new part.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import _, current_language
from desktop.paths import resources_dir

# The manual's part about each tab, by the tab page's objectName; anything else opens at the start.
SECTIONS = {
    "tab.overview": "overview",
    "tab.learners": "main-job",
    "tab.coaching": "coaching",
    "tab.trainings": "trainings",
    "tab.forms": "forms",
}


def manual_file(language: str | None = None) -> Path:
    """The manual's start page in `language` (the window's own when None), Dutch when there is none in it."""
    folder = resources_dir() / "manual"
    own = folder / (language or current_language()) / "index.html"
    return own if own.is_file() else folder / "nl" / "index.html"


class ManualWindow(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help.manual")
        self.setWindowTitle(_("LeerWerk manual"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help.browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(_("Manual"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(980, 760)
        self.language = ""

    def open_at(self, section: str = "") -> None:
        """Show the manual in the window's language, at `section` (an anchor; the start when empty)."""
        language = current_language()
        if language != self.language:
            self.language = language
            self.browser.setSource(QUrl.fromLocalFile(str(manual_file(language))))
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()
