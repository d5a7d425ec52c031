"""Alt and a letter does one thing in a window: no two widgets shown at once share an underlined letter, in Dutch and
in English. When two do, Alt+letter only cycles between them, and a person who learnt "Alt+T is the tussenvoegsel"
lands somewhere else.

Walked: every Designer layout (ui/*.ui) on a window of its own, each page of each of its tab widgets in turn; the
main window with its menus, its tabs and each tab's page; and the windows of the main job as the program opens them,
with the buttons their code adds.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from desktop import i18n

UI = Path(__file__).resolve().parents[1] / "ui"
LANGUAGES = ("nl", "en")


def underlined(text: str) -> str | None:
    """The letter Alt goes with in `text` ("Periode &toevoegen…" -> "t"), if any."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def _owned(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisible()


def shown_letters(window: QWidget) -> dict[str, list[str]]:
    """Each underlined letter of the widgets `window` shows now, with what carries it."""
    letters: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = underlined(text)
        if letter is not None:
            letters[letter].append(f"{what} {text.replace('&&', '').replace('&', '')!r}")

    for button in window.findChildren(QAbstractButton):
        if _owned(button, window) and not isinstance(button.parent(), QTabBar):  # a tab bar's scroll arrows
            add(button.text(), type(button).__name__)
    for label in window.findChildren(QLabel):
        if _owned(label, window) and label.buddy() is not None:  # without a buddy the letter does nothing
            add(label.text(), "label")
    for group in window.findChildren(QGroupBox):
        if _owned(group, window):
            add(group.title(), "group")
    for bar in window.findChildren(QTabBar):
        if _owned(bar, window):
            for index in range(bar.count()):
                if bar.isTabVisible(index):
                    add(bar.tabText(index), "tab")
    for menu_bar in window.findChildren(QMenuBar):
        if _owned(menu_bar, window):
            for action in menu_bar.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return letters


def clashes(letters: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: carriers for letter, carriers in letters.items() if len(carriers) > 1}


def every_page(window: QWidget):
    """Yield once for the window as it opens, and once with each page of each visible tab widget on top."""
    yield "as opened"
    for tabs in window.findChildren(QTabWidget):
        if not _owned(tabs, window):
            continue
        opened = tabs.currentIndex()
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                yield f"page {tabs.tabText(index).replace('&', '')!r}"
        tabs.setCurrentIndex(opened)


def window_clashes(qtbot, window: QWidget) -> dict[str, dict[str, list[str]]]:
    window.show()
    qtbot.waitExposed(window)
    found = {}
    for state in every_page(window):
        if found_here := clashes(shown_letters(window)):
            found[state] = found_here
    return found


def menu_clashes(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    """Within one open menu, Alt is not needed: the letter alone; two items with the same letter only cycle."""
    found = {}
    for menu in window.findChildren(QMenu):
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isVisible() and not action.isSeparator():
                letter = underlined(action.text())
                if letter is not None:
                    letters[letter].append(action.text().replace("&", ""))
        if found_here := clashes(letters):
            found[menu.title().replace("&", "")] = found_here
    return found


# -- every Designer layout ----------------------------------------------------------------------------------------


def _host_for(form_class) -> QWidget:
    top = form_class.setupUi.__code__.co_varnames[1]  # the generated name of the top widget, e.g. "LearnerDialog"
    if top.endswith("Window") and "MainWindow" in top:
        return QMainWindow()
    return QDialog() if "Dialog" in top or top.endswith("Window") else QWidget()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("layout", sorted(path.stem for path in UI.glob("*.ui")))
def test_no_two_widgets_of_a_designed_window_share_an_alt_letter(qtbot, database, layout, language):
    i18n.set_language(language)
    module = importlib.import_module(f"desktop.forms.ui_{layout}")
    (form_class,) = [value for name, value in vars(module).items() if name.startswith("Ui_")]
    host = _host_for(form_class)
    qtbot.addWidget(host)
    form_class().setupUi(host)
    host.resize(1366, 768)
    assert window_clashes(qtbot, host) == {}


# -- the windows as the program opens them --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_widgets_of_the_main_window_or_one_of_its_menus_share_an_alt_letter(
    qtbot, monkeypatch, db_path, language
):
    from desktop.app import open_main_window

    monkeypatch.setenv("LEERWERK_LANG", language)  # the window takes its language from here
    i18n.set_language(language)
    window = open_main_window(db_path, remember=False)
    qtbot.addWidget(window)
    window.build_pages()
    window.resize(1366, 768)
    assert window_clashes(qtbot, window) == {}
    assert menu_clashes(window) == {}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name",
    ["learner", "new learner", "period", "new period", "assessment", "assignment", "sign_screen", "sign_paper"],
)
def test_no_two_widgets_of_a_window_of_the_main_job_share_an_alt_letter(qtbot, main_window, period, name, language):
    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.learners.learner_dialog import LearnerDialog
    from desktop.views.learners.period_dialog import PeriodDialog
    from desktop.views.signing.dialogs import SignOnPaperDialog, SignOnScreenDialog

    i18n.set_language(language)
    stack, learner = main_window.undo_stack, period.learner_id
    signing = {"role_label": "Lerende", "signer_name": "Zoë Çelik", "form_label": "BF-2026-00001"}
    opens = {
        "learner": lambda: LearnerDialog(stack, learner, main_window),
        "new learner": lambda: LearnerDialog(stack, None, main_window),
        "period": lambda: PeriodDialog(stack, learner, period.id, main_window),
        "new period": lambda: PeriodDialog(stack, learner, None, main_window),
        "assessment": lambda: FormDialog(stack, "assessment", None, main_window, period_id=period.id),
        "assignment": lambda: FormDialog(stack, "assignment", None, main_window, period_id=period.id),
        "sign_screen": lambda: SignOnScreenDialog(main_window, **signing),
        "sign_paper": lambda: SignOnPaperDialog(main_window, **signing),
    }
    dialog = opens[name]()
    qtbot.addWidget(dialog)
    assert window_clashes(qtbot, dialog) == {}


def test_a_clash_is_found(qtbot):
    """The walk sees what Alt sees: two buttons with one letter on the page shown, not a third on a hidden page."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QDialog()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("&Opslaan"))
    tabs = QTabWidget()
    layout.addWidget(tabs)
    first, second = QWidget(), QWidget()
    QVBoxLayout(first).addWidget(QPushButton("&Openen"))
    QVBoxLayout(second).addWidget(QPushButton("Sl&uiten"))
    tabs.addTab(first, "&Eerste")
    tabs.addTab(second, "&Tweede")
    found = window_clashes(qtbot, window)
    assert found == {
        "as opened": {"o": ["QPushButton 'Opslaan'", "QPushButton 'Openen'"]},
        "page 'Eerste'": {"o": ["QPushButton 'Opslaan'", "QPushButton 'Openen'"]},
    }
