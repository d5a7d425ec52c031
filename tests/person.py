"""A person at the keyboard and mouse, for tests that do a whole job as a coordinator would and count the steps.

Every action is a real input event (QTest) on a real widget: a click where the widget is on screen, a key press to
the widget that has the keyboard focus (or the open drop-down), as Qt itself would deliver it. Each action is
counted once, in one place (`Person.steps`): clicks, keys typed as text, and the other keys (Tab, Enter,
shortcuts; a chord such as Alt+P is one press).

A dialog that opens from a click runs its own event loop, so a job is a list of `Step`s, each naming the window it
acts in: `run_job` starts the next step once that window is the active one, also while an earlier step waits
inside a dialog it opened. A step therefore ends with the action that opens the next window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialog, QWidget


@dataclass
class Steps:
    clicks: int = 0
    typed: int = 0  # keys that put a character in a field
    keys: int = 0  # every other key press: Tab, Enter, arrows, shortcuts

    def __str__(self) -> str:
        return f"{self.clicks} clicks, {self.typed} keys typed, {self.keys} other keys"


@dataclass
class Person:
    steps: Steps = field(default_factory=Steps)
    log: list[str] = field(default_factory=list)  # what was done, in order: read it when a count changes

    # -- the mouse ------------------------------------------------------------------------------------
    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget} cannot be clicked"
        self._count("clicks", f"click {widget.objectName() or type(widget).__name__}")
        QTest.mouseClick(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at or widget.rect().center()
        )
        QApplication.processEvents()  # a drop-down closes, a page turns: what the person waits to see

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open the drop-down and click the choice: two clicks."""
        self.click(combo)
        view = combo.view()
        assert view.isVisible(), f"{combo.objectName()}: the drop-down did not open"
        row = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
        assert row >= 0, f"{combo.objectName()}: no {text!r}"
        at = view.visualRect(view.model().index(row, combo.modelColumn())).center()
        QTest.mouseMove(view.viewport(), at)  # the pointer goes to the choice, which lights up
        QTest.qWait(QApplication.doubleClickInterval() + 20)  # a drop-down ignores a click right after it opened
        self.click(view.viewport(), at)
        assert not view.isVisible(), f"{combo.objectName()}: the drop-down stayed open"

    def click_cell(self, view: QAbstractItemView, row: int, column: int) -> None:
        self.click(view.viewport(), view.visualRect(view.model().index(row, column)).center())

    def click_tab(self, tabs, page: QWidget) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(tabs.indexOf(page)).center())

    def sign(self, pad: QWidget) -> None:
        """One stroke across the pad: pressed, drawn, let go (counted as one click)."""
        box: QRect = pad.rect().adjusted(30, 30, -30, -30)
        self._count("clicks", "sign with the mouse")
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.bottomLeft())
        for step in range(1, 9):
            x = box.left() + box.width() * step // 8
            y = box.bottom() - box.height() * (step % 2)
            QTest.mouseMove(pad, QPoint(x, y))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.topRight())

    # -- the keyboard ---------------------------------------------------------------------------------
    def type(self, text: str) -> None:
        """Type `text` into whatever has the focus, one key press per character."""
        for character in text:
            self.steps.typed += 1
            QTest.keyClick(self.receiver(), character)
        self.log.append(f"type {text!r}")

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self._count("keys", f"press {key_name(key, modifiers)}")
        QTest.keyClick(self.receiver(), key, modifiers)
        QApplication.processEvents()

    def alt(self, text: str) -> None:
        """Alt and the underlined letter of `text` (a button's, a tab's or a field label's text, as shown)."""
        letter = mnemonic(text)
        self.press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)

    @staticmethod
    def receiver() -> QWindow:
        """The window on top (an open drop-down, else the active window): Qt gives its key events to the widget
        that has the focus there, and to the shortcuts, as it does for a real keyboard."""
        top = QApplication.activePopupWidget() or QApplication.activeWindow()
        assert top is not None and top.windowHandle() is not None, "no window has the keyboard"
        return top.windowHandle()

    def _count(self, kind: str, what: str) -> None:
        setattr(self.steps, kind, getattr(self.steps, kind) + 1)
        self.log.append(what)


def key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    from PySide6.QtGui import QKeySequence

    return QKeySequence(key.value | modifiers.value).toString()


def mnemonic(text: str) -> str:
    """The underlined letter of a text with an ampersand ("Periode &toevoegen…" -> "t")."""
    at = text.replace("&&", "").find("&")
    assert 0 <= at < len(text) - 1, f"{text!r} has no underlined letter"
    return text.replace("&&", "")[at + 1]


@dataclass
class Step:
    window: str  # the objectName of the window the step acts in, or a class name ("QFileDialog")
    act: Callable[[QWidget], None]


def active_window() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def _names(widget: QWidget) -> set[str]:
    return {widget.objectName(), type(widget).__name__}


def run_job(qtbot, steps: list[Step], timeout_ms: int = 10_000) -> None:
    """Do `steps` in turn, each once its window is the active one; fails with the step that never came (its wait
    ends inside the dialogs, which are closed, as the outer wait cannot return while they run)."""
    state = {"next": 0, "error": None, "waited": QElapsedTimer()}
    state["waited"].start()

    def give_up(error: BaseException) -> None:
        state["error"] = error
        while (modal := QApplication.activeModalWidget()) is not None:  # back to the test, which fails
            modal.reject() if isinstance(modal, QDialog) else modal.close()
            QApplication.processEvents()

    def tick() -> None:
        if state["error"] is not None or state["next"] >= len(steps):
            return
        step = steps[state["next"]]
        window = active_window()
        if window is not None and window.isVisible() and QApplication.activeWindow() is not window:
            window.activateWindow()  # as the desktop does when the dialog on top of it closes (offscreen does not)
        ready = window is not None and window.isVisible() and QApplication.activeWindow() is window
        if not ready or step.window not in _names(window):
            if state["waited"].hasExpired(timeout_ms):
                shown = window.objectName() or type(window).__name__ if window is not None else None
                give_up(AssertionError(f"step {state['next']}: {step.window!r} never came; {shown!r} is active"))
            else:
                QTimer.singleShot(10, tick)
            return
        state["next"] += 1
        state["waited"].restart()
        QTimer.singleShot(10, tick)  # keeps watching while this step waits inside a dialog it opened
        try:
            step.act(window)
        except BaseException as error:  # noqa: BLE001 - given back to the test, which raises it
            give_up(error)

    QTimer.singleShot(0, tick)
    qtbot.waitUntil(
        lambda: state["error"] is not None or state["next"] >= len(steps) and QApplication.activeModalWidget() is None,
        timeout=timeout_ms * (len(steps) + 1),
    )
    if state["error"] is not None:
        raise state["error"]
