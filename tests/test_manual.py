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
