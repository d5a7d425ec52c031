"""The user manual in a window of its own: HTML shipped with the program (resources/manual/<language>/index.html,
its screenshots made by ``python -m desktop.devtools manual``), in the language the window speaks.

F1 opens it at the part about the tab on screen; the window stays open beside the main window while the person
works, and a second F1 brings the same window forward at the new part. In a modal dialog (a learner, a period, a
form, signing) F1 opens it at that dialog's part, as a window of the dialog's own: any other window would be blocked
by the dialog until it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import _, current_language
from desktop.paths import resources_dir

# The manual's part about each tab and dialog, by the page's or dialog's objectName; anything else opens at the start.
SECTIONS = {
    "tab.overview": "overview",
    "tab.learners": "main-job",
    "tab.coaching": "coaching",
    "tab.trainings": "trainings",
    "tab.forms": "forms",
    "learner.dialog": "learner-dialog",
    "period.dialog": "period-dialog",
    "assessment.dialog": "form-dialog",
    "assignment.dialog": "form-dialog",
    "sign_screen.dialog": "signing",
    "sign_paper.dialog": "signing",
}


def section_of(widget: QWidget | None) -> str:
    """The manual's part about `widget`: its own, else that of the nearest parent that has one; "" for the start."""
    while widget is not None:
        if widget.objectName() in SECTIONS:
            return SECTIONS[widget.objectName()]
        widget = widget.parentWidget()
    return ""


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


def open_manual_over(dialog: QWidget) -> ManualWindow:
    """The manual at `dialog`'s part, as a window of the dialog: a modal dialog lets only its own windows take input.
    It closes with the dialog; a second F1 brings the same window forward."""
    manual = dialog.findChild(ManualWindow, "help.manual", Qt.FindChildOption.FindDirectChildrenOnly)
    if manual is None:
        manual = ManualWindow(dialog)
    manual.open_at(section_of(dialog))
    return manual
