"""Help › Manual (F1): the manual shipped in resources/manual opens in a window of the program, in the window's
language, at the part about the tab on screen; every screenshot it shows is there, and small."""

from __future__ import annotations

import re

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument

from desktop import i18n
from desktop.devtools.manual import WIDTH
from desktop.paths import resources_dir
from desktop.views.help.manual import SECTIONS, manual_file

MANUAL = resources_dir() / "manual"


def press_f1(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.manual is not None and window.manual.isVisible())
    return window.manual


def test_f1_opens_the_dutch_manual_at_the_part_about_the_tab(qtbot, main_window):
    assert main_window.ui.actionManual.shortcut() == QKeySequence("F1")
    assert main_window.ui.actionManual.text() == "&Handleiding"
    main_window.show()
    main_window.tabs.setCurrentWidget(main_window.findChild(type(main_window.tabs.widget(0)), "tab.overview"))
    manual = press_f1(qtbot, main_window)
    assert manual.browser.source().toLocalFile() == str(MANUAL / "nl" / "index.html")
    assert "Het hoofdwerk stap voor stap" in manual.browser.toPlainText()
    shown = manual.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("images/assessment.png"))
    assert not QImage.fromData(shown).isNull()  # the pictures are found beside the page, as the window shows them
    at_overview = manual.browser.verticalScrollBar().value()
    assert at_overview > 0  # the overview is far down the page
    pages = [main_window.tabs.widget(index).objectName() for index in range(main_window.tabs.count())]
    main_window.tabs.setCurrentIndex(pages.index("tab.learners"))
    assert press_f1(qtbot, main_window) is manual  # one window, brought forward at the new part
    assert 0 < manual.browser.verticalScrollBar().value() < at_overview


def test_in_english_the_manual_is_english(qtbot, main_window, english):
    main_window.show()
    manual = press_f1(qtbot, main_window)
    assert manual.browser.source().toLocalFile() == str(MANUAL / "en" / "index.html")
    assert "The main job step by step" in manual.browser.toPlainText()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_part_and_screenshot_of_the_manual_is_there_and_small(language):
    html = manual_file(language).read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    assert set(SECTIONS.values()) <= anchors
    assert set(re.findall(r'href="#([^"]+)"', html)) <= anchors
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 6
    for picture in pictures:
        path = manual_file(language).parent / picture
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width <= WIDTH, picture
        assert path.stat().st_size < 150_000, picture
    assert i18n.normalise_language(language) == language


def _main_job_dialogs(window, period):
    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.learners.learner_dialog import LearnerDialog
    from desktop.views.learners.period_dialog import PeriodDialog
    from desktop.views.signing.dialogs import SignOnPaperDialog, SignOnScreenDialog

    stack = window.undo_stack
    signing = {"role_label": "Lerende", "signer_name": "Zoë Çelik", "form_label": "BF-2026-00001"}
    return {
        "learner.dialog": lambda: LearnerDialog(stack, period.learner_id, window),
        "period.dialog": lambda: PeriodDialog(stack, period.learner_id, period.id, window),
        "assessment.dialog": lambda: FormDialog(stack, "assessment", None, window, period_id=period.id),
        "assignment.dialog": lambda: FormDialog(stack, "assignment", None, window, period_id=period.id),
        "sign_screen.dialog": lambda: SignOnScreenDialog(window, **signing),
        "sign_paper.dialog": lambda: SignOnPaperDialog(window, **signing),
    }


HEADINGS = {
    "learner-dialog": "Het venster van een lerende",
    "period-dialog": "Het venster van een bpv-periode",
    "form-dialog": "Een formulier invullen",
    "signing": "Ondertekenen",
}


@pytest.mark.parametrize(
    "name",
    [
        "learner.dialog",
        "period.dialog",
        "assessment.dialog",
        "assignment.dialog",
        "sign_screen.dialog",
        "sign_paper.dialog",
    ],
)
def test_f1_in_a_dialog_of_the_main_job_opens_the_manual_at_its_part_and_the_dialog_does_not_block_it(
    qtbot, main_window, period, name
):
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.views.help.manual import ManualWindow, section_of

    main_window.show()
    dialog = _main_job_dialogs(main_window, period)[name]()
    assert dialog.objectName() == name
    seen = {}

    def in_the_dialog() -> None:
        if QApplication.activeModalWidget() is not dialog or QApplication.activeWindow() is not dialog:
            dialog.activateWindow()
            QTimer.singleShot(10, in_the_dialog)
            return
        try:
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_F1)  # as the keyboard gives it, through the window
            manual = dialog.findChild(ManualWindow)
            seen["shown"] = manual is not None and manual.isVisible() and manual.parent() is dialog
            if manual is None:
                return
            browser = manual.browser
            seen["top line"] = browser.cursorForPosition(QPoint(4, 4)).block().text()
            manual.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is manual, timeout=2000)
            QTest.keyClick(manual.windowHandle(), Qt.Key.Key_Escape)  # a window the dialog blocked would not get it
            seen["closed by its own key"] = not manual.isVisible()
            seen["dialog still open"] = dialog.isVisible()
        finally:
            dialog.reject()  # also when something above failed: the test then fails instead of waiting

    QTimer.singleShot(0, in_the_dialog)
    dialog.exec()
    section = section_of(dialog)
    assert seen == {
        "shown": True,
        "top line": HEADINGS[section],
        "closed by its own key": True,
        "dialog still open": True,
    }
