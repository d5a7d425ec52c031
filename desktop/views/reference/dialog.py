"""Reference data (Extra › Basisgegevens): schools and their BPV supervisors, programmes and their
werkprocessen, locations and their teams, staff and their roles, the organisation's SBB recognitions per crebo
and the studentwaardering's questions, one page each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.forms.ui_reference_dialog import Ui_ReferenceDialog
from desktop.settings import REFERENCE_TAB, Settings
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.undo import redo_step, report_refusal, undo_step
from desktop.views.reference.kinds import PAGES
from desktop.views.reference.page import ReferencePage


class ReferenceDialog(RememberedDialog):
    remembered_as = "reference"
    # Emitted once on closing when anything was changed, so the main window's tabs can reload.
    data_changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None, on_change=None):
        """`on_change` is called whenever an undo or redo of a change made here alters data."""
        super().__init__(parent)
        self.ui = Ui_ReferenceDialog()
        self.ui.setupUi(self)
        self.setObjectName("reference.dialog")
        self.ui.pageTabs.tabBar().setAccessibleName(self.ui.pageTabs.accessibleName())
        self.undo_stack = undo_stack
        self._changed = False
        hosts = [
            self.ui.schoolsLayout,
            self.ui.programmesLayout,
            self.ui.locationsLayout,
            self.ui.staffLayout,
            self.ui.recognitionsLayout,
            self.ui.questionsLayout,
        ]
        self.pages: dict[str, ReferencePage] = {}
        for kind, host in zip(PAGES, hosts, strict=True):
            page = ReferencePage(kind, undo_stack, self, on_change)
            host.addWidget(page)
            self.pages[kind.key] = page
        undo_stack.indexChanged.connect(self._stack_moved)
        self._add_undo_actions()
        self.ui.buttonBox.rejected.connect(self.reject)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        self._finished = False
        self._restore_layout()

    def page(self, key: str) -> ReferencePage:
        return self.pages[key]

    def keyPressEvent(self, event) -> None:
        # Enter saves a form or opens a list entry (see ReferencePage); it never closes the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _stack_moved(self, *_args) -> None:
        self._changed = True

    def _add_undo_actions(self) -> None:
        # Ctrl+Z here undoes the last saved change; inside a text field it still undoes typing there.
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo), (QKeySequence.StandardKey.Redo, self.redo)):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)

    def undo(self) -> None:
        report_refusal(self, undo_step(self.undo_stack))

    def redo(self) -> None:
        report_refusal(self, redo_step(self.undo_stack))

    # -- layout --------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        self.restore_geometry()
        tab = Settings().get(REFERENCE_TAB)
        if tab is not None:
            self.ui.pageTabs.setCurrentIndex(tab)

    def done(self, result: int) -> None:
        if self._finished:
            super().done(result)
            return
        for index, page in enumerate(self.pages.values()):
            if page.has_unsaved_input():  # show the page whose question is asked
                self.ui.pageTabs.setCurrentIndex(index)
            if not page.resolve_unsaved():
                return  # the person chose to stay and finish the input
        Settings().set(REFERENCE_TAB, self.ui.pageTabs.currentIndex())  # its geometry: RememberedDialog.done
        for page in self.pages.values():
            page.save_state()
            page.detach()
        self.undo_stack.indexChanged.disconnect(self._stack_moved)
        self._finished = True
        if self._changed:
            self.data_changed.emit()
        super().done(result)
