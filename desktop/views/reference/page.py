"""One page of the reference-data dialog: a searchable list, the form of the selected record, and the
list of what belongs to it (supervisors, werkprocessen, teams, roles), each change undoable.

Changes go through the services and onto the main window's undo stack as already done. A page
reloads whenever that stack moves, so what it shows follows its own changes, undo and redo alike.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QMessageBox, QPushButton, QTableView, QWidget

from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_reference_child_dialog import Ui_ReferenceChildDialog
from desktop.forms.ui_reference_page import Ui_ReferencePage
from desktop.i18n import _, ngettext
from desktop.services import records, reference
from desktop.settings import REFERENCE_PAGE_INACTIVE, REFERENCE_PAGE_LAYOUT, Setting, Settings
from desktop.storage.choices import TABLE_LABELS, field_label, label
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.table_model import OBJECT_ROLE, SearchProxyModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, UpdateCommand, UpdateManyCommand
from desktop.views.kit.widgets import confirm
from desktop.views.reference.fields import RecordForm
from desktop.views.reference.kinds import Kind

MAX_COLUMN_WIDTH = 260
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def build_form(kind: Kind, host_layout, error_label, on_edit, parent: QWidget) -> tuple[QWidget, Any, RecordForm]:
    widget = QWidget(parent)
    ui = kind.form()
    ui.setupUi(widget)
    widget.setObjectName(f"reference.{kind.key}.form")
    host_layout.addWidget(widget)
    bindings = [spec.make(spec.name, getattr(ui, spec.widget)) for spec in kind.fields]
    for binding in bindings:
        binding.widget.setObjectName(f"reference.{kind.key}.{binding.name}")
    return widget, ui, RecordForm(bindings, error_label, on_edit)


def record_values(kind: Kind, record) -> dict[str, Any]:
    return records.service(kind.table_name).values_of(record, [spec.name for spec in kind.fields])


def uses_text(uses: Counter) -> str:
    return ", ".join(f"{label(TABLE_LABELS, table)} ({count})" for table, count in sorted(uses.items()))


def fit_columns(view: QTableView) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > MAX_COLUMN_WIDTH:
            header.resizeSection(section, MAX_COLUMN_WIDTH)


def compact_rows(view: QTableView) -> None:
    # Qt's default row height fits a touch screen; a list of a hundred staff should fit a laptop.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


class KeyRouter(QObject):
    """Enter on a list opens what is selected instead of passing the key on to the dialog."""

    def __init__(self, view: QTableView, on_enter):
        super().__init__(view)
        self._on_enter = on_enter
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in RETURN_KEYS:
            self._on_enter()
            return True
        return False


class ChildDialog(QDialog):
    """Adding or changing one supervisor, werkproces, team or role; stays open until it saves."""

    def __init__(self, kind: Kind, title: str, intro: str, values: dict, version, write, parent: QWidget):
        super().__init__(parent)
        self.ui = Ui_ReferenceChildDialog()
        self.ui.setupUi(self)
        self.setObjectName(f"reference.{kind.key}.dialog")
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        _widget, _ui, self.form = build_form(kind, self.ui.formHost, self.ui.errorLabel, lambda: None, self)
        self.form.load(values)
        self.version = version  # of the record as the form shows it, stated by its save
        self._write = write
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        if self._write(self):
            self.accept()


class ReferencePage(QWidget):
    def __init__(self, kind: Kind, undo_stack: QUndoStack, parent: QWidget | None = None, on_change=None):
        super().__init__(parent)
        self.kind, self.undo_stack = kind, undo_stack
        # Called when undo or redo changes data, also after the dialog closed (the main window's tabs).
        self.on_change = on_change
        self.service = records.service(kind.table_name)
        self.ui = Ui_ReferencePage()
        self.ui.setupUi(self)
        self.setObjectName(f"reference.{kind.key}")
        self.current_id: int | None = None
        self._version: int | None = None  # of the record as the form shows it, stated by its save and delete
        self.mode = "empty"  # "empty": nothing shown, "edit": a saved record, "new": one being made
        self._rows: list = []
        self._quiet = False  # selection changes made by the page itself are not the person's choice

        self._setup_list()
        self.form_widget, self.form_ui, self.form = build_form(
            kind, self.ui.formHost, self.ui.errorLabel, self._update_buttons, self
        )
        self._setup_children()
        self._setup_actions()
        self._setup_tab_order()
        self.reload()
        self.restore_state()
        if self.mode == "empty" and self.proxy.rowCount():
            self.ui.tableView.selectRow(0)
        undo_stack.indexChanged.connect(self.reload)

    def detach(self) -> None:
        """Stop following the undo stack, which outlives the dialog."""
        self.undo_stack.indexChanged.disconnect(self.reload)

    # -- construction ------------------------------------------------------------------------------
    def _setup_list(self) -> None:
        ui, key = self.ui, self.kind.key
        ui.tableView.setObjectName(f"reference.{key}.table")
        ui.filterEdit.setObjectName(f"reference.{key}.filter")
        ui.inactiveCheck.setObjectName(f"reference.{key}.inactive")
        ui.tableView.setAccessibleName(_(self.kind.words.plural))
        ui.filterEdit.setAccessibleName(_(self.kind.words.search))
        ui.filterEdit.setPlaceholderText(_(self.kind.words.search))
        self.model = self.kind.table(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        ui.tableView.setModel(self.proxy)
        ui.tableView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        compact_rows(ui.tableView)
        ui.tableView.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.tableView.doubleClicked.connect(self.edit_current)
        KeyRouter(ui.tableView, self.edit_current)
        ui.filterEdit.textChanged.connect(self.search)
        ui.filterEdit.returnPressed.connect(self._to_list)
        ui.inactiveCheck.toggled.connect(self._show_rows)
        ui.inactiveCheck.setVisible(self.kind.has_active)  # a recognition is not retired, it ends
        ui.newButton.clicked.connect(self.start_new)
        ui.deleteButton.clicked.connect(self.delete_current)
        self.record_button: QPushButton | None = None
        if self.kind.record_table:
            self.record_button = QPushButton(_(self.kind.record_button), self)
            self.record_button.setObjectName(f"reference.{key}.record")
            self.record_button.clicked.connect(self.open_full_record)
            ui.listButtons.insertWidget(2, self.record_button)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)

    def _setup_children(self) -> None:
        child, ui = self.kind.child, self.ui
        if child is None:
            ui.childGroup.hide()
            return
        ui.childGroup.setTitle(_(child.words.plural))
        ui.childTable.setObjectName(f"reference.{self.kind.key}.children")
        ui.childTable.setAccessibleName(_(child.words.plural))
        self.child_model = child.table(self)
        self.child_proxy = SearchProxyModel(self)
        self.child_proxy.setSourceModel(self.child_model)
        ui.childTable.setModel(self.child_proxy)
        header = ui.childTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.child_model.column_index(child.table.stretch), QHeaderView.ResizeMode.Stretch)
        compact_rows(ui.childTable)
        if child.orderable:
            ui.childTable.setSortingEnabled(False)  # the list is the order; moving is done with buttons
        else:
            ui.childTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.childUpButton.setVisible(child.orderable)
        ui.childDownButton.setVisible(child.orderable)
        ui.childTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.childTable.doubleClicked.connect(self.edit_child)
        KeyRouter(ui.childTable, self.edit_child)
        ui.childAddButton.clicked.connect(self.add_child)
        ui.childEditButton.clicked.connect(self.edit_child)
        ui.childDeleteButton.clicked.connect(self.delete_child)
        ui.childUpButton.clicked.connect(lambda: self.move_child(-1))
        ui.childDownButton.clicked.connect(lambda: self.move_child(1))

    def _action(self, widget: QWidget, keys, slot, context=Qt.ShortcutContext.WidgetShortcut) -> QAction:
        action = QAction(widget)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def _setup_actions(self) -> None:
        ui = self.ui
        # Ctrl+N anywhere on the page; Ins and Del only on a list, so they never act on a text field.
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._action(self, ["Ctrl+N"], self.start_new, page_wide)
        self._action(self, [QKeySequence.StandardKey.Find], self.focus_search, page_wide)
        self._action(ui.tableView, [Qt.Key.Key_Insert], self.start_new)
        self._action(ui.tableView, [Qt.Key.Key_Delete], self.delete_current)
        ui.newButton.setToolTip(_("New record (Ctrl+N or Ins)"))
        ui.deleteButton.setToolTip(_("Delete the selected record (Del)"))
        if self.kind.child is not None:
            self._action(ui.childTable, [Qt.Key.Key_Insert], self.add_child)
            self._action(ui.childTable, [Qt.Key.Key_Delete], self.delete_child)
            self._action(ui.childTable, ["Ctrl+Up"], lambda: self.move_child(-1))
            self._action(ui.childTable, ["Ctrl+Down"], lambda: self.move_child(1))
            ui.childAddButton.setToolTip(_("Add (Ins)"))
            ui.childEditButton.setToolTip(_("Change the selected one (Enter)"))
            ui.childDeleteButton.setToolTip(_("Remove the selected one (Del)"))
            ui.childUpButton.setToolTip(_("Move up (Ctrl+Up)"))
            ui.childDownButton.setToolTip(_("Move down (Ctrl+Down)"))

    def _setup_tab_order(self) -> None:
        ui = self.ui
        chain = [ui.filterEdit, ui.inactiveCheck, ui.tableView, ui.newButton, ui.deleteButton]
        chain += [*self.form.widgets(), ui.revertButton, ui.saveButton]
        if self.kind.child is not None:
            chain += [ui.childTable, ui.childAddButton, ui.childEditButton, ui.childDeleteButton]
            chain += [ui.childUpButton, ui.childDownButton]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- reading -----------------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        """Show what the database holds now, keeping the selection and any unsaved input."""
        self._rows = self.kind.rows()
        self.form.refresh_choices()
        self._show_rows()
        record = self._record(self.current_id)
        if self.mode == "edit":
            if record is None:
                self._show_empty()
            elif not self.form.is_dirty():
                self._show_record(record)
            else:
                self._reload_children()
        self._update_buttons()

    def _show_rows(self) -> None:
        every = self.ui.inactiveCheck.isChecked() or not self.kind.has_active
        shown = self._rows if every else [r for r in self._rows if r.active]
        self._quiet = True
        try:
            self.model.set_rows(shown)
            self._select_id(self.current_id if self.mode == "edit" else None)
        finally:
            self._quiet = False
        self._show_count()

    def _record(self, record_id: int | None):
        return next((row for row in self._rows if row.id == record_id), None)

    def _select_id(self, record_id: int | None) -> None:
        view = self.ui.tableView
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if record_id is not None and index.data(OBJECT_ROLE).id == record_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                view.selectionModel().setCurrentIndex(index, flags)
                view.scrollTo(index)
                return
        view.selectionModel().clearSelection()
        view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)

    def search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        if self.kind.words.count:
            total = self.model.rowCount()
            text = self.kind.words.count(total).format(shown=self.proxy.rowCount(), total=total)
            self.ui.countLabel.setText(text)

    def focus_search(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def _to_list(self) -> None:
        self.ui.tableView.setFocus()
        if self.proxy.rowCount() and not self.ui.tableView.currentIndex().isValid():
            self.ui.tableView.selectRow(0)

    # -- showing a record ----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return  # a search that hides the record keeps its form open
        record = current.data(OBJECT_ROLE)
        if self.mode == "edit" and record.id == self.current_id:
            return
        if not self.resolve_unsaved():
            self._select_quietly(self.current_id if self.mode == "edit" else None)
            return
        self._show_record(self._record(record.id) or record)
        self._select_quietly(record.id)  # saving first reloaded the list

    def _select_quietly(self, record_id: int | None) -> None:
        self._quiet = True
        try:
            self._select_id(record_id)
        finally:
            self._quiet = False

    def _show_record(self, record) -> None:
        self.mode, self.current_id = "edit", record.id
        self._version = getattr(record, "version", None)
        self.ui.detailGroup.setTitle(self.kind.describe(record))
        self.form_widget.setEnabled(True)
        self.form.load(record_values(self.kind, record))
        self._reload_children()
        self._update_buttons()

    def _show_empty(self) -> None:
        self.mode, self.current_id = "empty", None
        self.ui.detailGroup.setTitle("")
        self.form.load(self.kind.defaults)
        self.form_widget.setEnabled(False)
        self._reload_children()
        self._update_buttons()

    def edit_current(self) -> None:
        """Enter on the list: go to the form of the selected record."""
        if self.mode == "edit":
            self.form.widgets()[0].setFocus()

    def start_new(self) -> None:
        if not self.resolve_unsaved():
            return
        self.mode, self.current_id = "new", None
        self._select_quietly(None)
        self.ui.detailGroup.setTitle(_(self.kind.words.new))
        self.form_widget.setEnabled(True)
        self.form.load(self.kind.defaults)
        self._reload_children()
        self._update_buttons()
        self.form.widgets()[0].setFocus()

    def revert(self) -> None:
        record = self._record(self.current_id)
        if self.mode == "new" or record is None:
            self._show_empty()
            self._to_list()
        else:
            self._show_record(record)

    def open_full_record(self) -> None:
        """Ask the main window (a feature does not open another's dialogs itself) to show the whole record."""
        window = self.parentWidget()
        while window is not None and not hasattr(window, "open_record"):
            window = window.parentWidget()
        if window is not None and self.current_id is not None:
            window.open_record(self.kind.record_table, self.current_id, on_change=self.reload)

    def _update_buttons(self, *_args) -> None:
        ui, dirty = self.ui, self.form.is_dirty()
        if self.record_button is not None:
            self.record_button.setEnabled(self.mode == "edit")
        ui.saveButton.setEnabled(self.mode == "new" or (self.mode == "edit" and dirty))
        ui.revertButton.setEnabled(self.mode == "new" or dirty)
        ui.deleteButton.setEnabled(self.mode == "edit")
        if self.kind.child is None:
            return
        ui.childGroup.setEnabled(self.mode == "edit")
        row = ui.childTable.currentIndex().row() if ui.childTable.currentIndex().isValid() else -1
        ui.childEditButton.setEnabled(row >= 0)
        ui.childDeleteButton.setEnabled(row >= 0)
        ui.childUpButton.setEnabled(row > 0)
        ui.childDownButton.setEnabled(0 <= row < self.child_proxy.rowCount() - 1)

    # -- writing a record ----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        # Enter in a field saves the record (a line edit passes Enter on to its parents).
        if event.key() in RETURN_KEYS and self.form.contains(QApplication.focusWidget()):
            self.save()
            return
        super().keyPressEvent(event)

    def has_unsaved_input(self) -> bool:
        return self.form.is_dirty() and self.mode in ("edit", "new")

    def resolve_unsaved(self) -> bool:
        """Before the form shows something else: save, forget or keep the unsaved input (False)."""
        if not self.has_unsaved_input():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            _("Unsaved changes"),
            _("“{name}” has changes that are not saved yet. Save them?").format(name=self.ui.detailGroup.title()),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self.form.load(self.form.values() if self.mode == "new" else self._current_values())
            return True
        return False

    def _current_values(self) -> dict:
        record = self._record(self.current_id)
        return record_values(self.kind, record) if record is not None else {}

    def save(self) -> bool:
        words = self.kind.words
        try:
            if self.mode == "new":
                record = self.service.create(**self.form.values())
                previous = None
            elif self.mode == "edit":
                changed = self.form.changed_values()
                record, previous = self.service.update(self.current_id, seen_version=self._version, **changed)
            else:
                return True
        except ValidationError as error:
            self.form.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self.window(), self.form.errors, error, self._show_stored)
            return False
        except LeerWerkError as error:  # someone else deleted it
            QMessageBox.warning(self, _("Not saved"), error.message)
            self.form.mark_clean()
            self.reload()
            return False
        self.mode, self.current_id = "edit", record.id
        self._version = getattr(record, "version", None)
        self.form.mark_clean()  # the reload that follows the push refills the form from the database
        if previous is None:
            self.undo_stack.push(CreateCommand(self.service, record.id, _(words.create), self.on_change))
        elif previous:
            new = self.service.values_of(record, previous)
            command = UpdateCommand(self.service, record.id, new, previous, _(words.update), self.on_change)
            self.undo_stack.push(command)
        else:
            self.reload()
        return True

    def _show_stored(self) -> None:
        """Show the record as stored now (someone else saved it since the form read it)."""
        self._rows = self.kind.rows()
        self._show_rows()
        record = self._record(self.current_id)
        if record is None:
            self._show_empty()
        else:
            self._show_record(record)

    def delete_current(self) -> None:
        record = self._record(self.current_id)
        if self.mode != "edit" or record is None:
            return
        row = self.ui.tableView.currentIndex().row()
        if self._delete(self.kind, record, self._version):
            self._show_empty()
            if self.proxy.rowCount():
                self.ui.tableView.selectRow(min(max(row, 0), self.proxy.rowCount() - 1))

    def _delete(self, kind: Kind, record, version: int | None) -> bool:
        """Ask, then delete `record` undoably; say what stands in the way when it is still in use, or when someone
        else changed it since `version` (the one shown) or deleted it."""
        name = kind.describe(record)
        uses = reference.blocking_uses_of(kind.table_name, record.id)
        if uses:
            self._refuse_delete(kind, name, uses)
            return False
        service = records.service(kind.table_name)
        try:
            snapshot = service.snapshot(service.get(record.id))
        except LeerWerkError:
            return self._refuse_stale(service.changed_since_read(record.id))
        text = _(kind.words.confirm).format(name=name)
        taken = reference.deleted_along(snapshot)
        if taken:
            text += "\n\n" + _("This also deletes what belongs to it: {items}.").format(items=uses_text(taken))
            if kind.has_active:
                text += " " + _("To keep that history, untick “Active” instead.")
        if snapshot.detached:
            count = len(snapshot.detached)
            text += "\n\n" + ngettext(
                "{count} other record will no longer refer to it.",
                "{count} other records will no longer refer to it.",
                count,
            ).format(count=count)
        text += "\n\n" + _("You can undo this with Ctrl+Z.")
        if not confirm(self, _("Delete"), text):
            return False
        try:
            snapshot = service.delete_unchanged(record.id, version)
        except ValidationError as error:
            self._refuse_delete(kind, name, Counter(), error.message)
            return False
        except LeerWerkError as error:
            return self._refuse_stale(error)
        self.undo_stack.push(DeleteCommand(service, snapshot, _(kind.words.delete), self.on_change))
        return True

    def _refuse_stale(self, error: LeerWerkError) -> bool:
        """Say that someone else changed or deleted the record since it was shown here, and show it as stored."""
        QMessageBox.warning(self, _("Cannot delete"), error.message)
        if self.mode == "edit":
            self._show_stored()
        else:
            self.reload()
        return False

    def _refuse_delete(self, kind: Kind, name: str, uses: Counter, reason: str = "") -> None:
        if uses:
            reason = _("“{name}” cannot be deleted: it is still used by {uses}.").format(
                name=name, uses=uses_text(uses)
            )
        if kind.has_active:
            reason += "\n\n" + _(
                "Untick “Active” instead: it then shows as inactive and stays in the records that use it."
            )
        QMessageBox.warning(self, _("Cannot delete"), reason)

    # -- the child list ------------------------------------------------------------------------------
    def _reload_children(self) -> None:
        child = self.kind.child
        if child is None:
            return
        selected = self._selected_child()
        keep = selected.id if selected is not None else None
        rows = child.rows(self.current_id) if self.mode == "edit" else []
        self.child_model.set_rows(rows)
        self._select_child(keep)
        self.ui.childGroup.setTitle(_(child.words.plural))

    def _select_child(self, child_id: int | None) -> None:
        view = self.ui.childTable
        for row in range(self.child_proxy.rowCount()):
            index = self.child_proxy.index(row, 0)
            if index.data(OBJECT_ROLE).id == child_id:
                view.setCurrentIndex(index)
                view.scrollTo(index)
                break
        self._update_buttons()

    def _selected_child(self):
        index = self.ui.childTable.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def add_child(self) -> None:
        if self.mode == "edit":
            self._open_child(None)

    def edit_child(self) -> None:
        child = self._selected_child()
        if self.mode == "edit" and child is not None:
            self._open_child(child)

    def _open_child(self, child_record) -> None:
        child = self.kind.child
        parent = self.kind.describe(self._record(self.current_id))
        if child_record is None:
            title, values = _(child.words.new), dict(child.defaults)
        else:
            title, values = _(child.words.edit), record_values(child, child_record)
        write = lambda dialog: self._write_child(child_record, dialog)  # noqa: E731 - a one-line callback
        intro = _("{kind}: {name}").format(kind=field_label(child.parent_field), name=parent)
        version = getattr(child_record, "version", None)
        dialog = ChildDialog(child, title, intro, values, version, write, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _write_child(self, child_record, dialog: ChildDialog) -> bool:
        child, form = self.kind.child, dialog.form
        service = records.service(child.table_name)
        try:
            if child_record is None:
                record = service.create(**form.values(), **{child.parent_field: self.current_id})
                command = CreateCommand(service, record.id, _(child.words.create), self.on_change)
            else:
                changed = form.changed_values()
                record, previous = service.update(child_record.id, seen_version=dialog.version, **changed)
                new = service.values_of(record, previous)
                text = _(child.words.update)
                command = UpdateCommand(service, record.id, new, previous, text, self.on_change) if previous else None
        except ValidationError as error:
            form.errors.show(error)
            return False
        except ChangedSinceReadError as error:

            def show_stored() -> None:
                stored = service.get(child_record.id)
                form.load(record_values(child, stored))
                dialog.version = stored.version

            offer_reload(dialog, form.errors, error, show_stored)
            return False
        except LeerWerkError as error:  # someone else deleted it
            QMessageBox.warning(dialog, _("Not saved"), error.message)
            dialog.reject()
            self.reload()
            return False
        if command is not None:
            self.undo_stack.push(command)
        self._select_child(record.id)
        return True

    def delete_child(self) -> None:
        child = self._selected_child()
        if self.mode == "edit" and child is not None:
            self._delete(self.kind.child, child, getattr(child, "version", None))

    def move_child(self, step: int) -> None:
        """Move the selected werkproces up or down; positions are renumbered 1..n in one undo step."""
        child, selected = self.kind.child, self._selected_child()
        if child is None or not child.orderable or selected is None:
            return
        order = [self.child_model.row_object(row) for row in range(self.child_model.rowCount())]
        here = order.index(selected)
        there = here + step
        if not 0 <= there < len(order):
            return
        order[here], order[there] = order[there], order[here]
        service = records.service(child.table_name)
        moved = [(record, position) for position, record in enumerate(order, start=1) if record.position != position]
        moves = [(record.id, {"position": position}) for record, position in moved]
        # One transaction: a crash halfway must not leave two werkprocessen with the same number. Each states the
        # version shown, so that a list someone else renumbered since is not numbered over.
        try:
            previous = service.update_many(
                [(record.id, {"position": position, "seen_version": record.version}) for record, position in moved]
            )
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not moved"), error.message)
            self._reload_children()
            return
        changes = [(record_id, new, old) for (record_id, new), old in zip(moves, previous, strict=True) if old]
        self.undo_stack.push(UpdateManyCommand(service, changes, _(child.words.move), self.on_change))
        self._select_child(selected.id)

    # -- remembering the layout ----------------------------------------------------------------------
    def _layout(self, part: str) -> Setting:
        return REFERENCE_PAGE_LAYOUT.of(kind=self.kind.key, part=part)

    def restore_state(self) -> None:
        settings, view = Settings(), self.ui.tableView
        header = view.horizontalHeader()
        state = settings.get(self._layout("header"))
        if state is None or not header.restoreState(state):
            fit_columns(view)
        else:
            view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        splitter = settings.get(self._layout("splitter"))
        if splitter is None or not self.ui.splitter.restoreState(splitter):
            self.ui.splitter.setSizes([720, 440])
        inactive = settings.get(REFERENCE_PAGE_INACTIVE.of(kind=self.kind.key))
        if inactive is not None:
            self.ui.inactiveCheck.setChecked(inactive)

    def save_state(self) -> None:
        settings = Settings()
        settings.set(self._layout("header"), self.ui.tableView.horizontalHeader().saveState())
        settings.set(self._layout("splitter"), self.ui.splitter.saveState())
        settings.set(REFERENCE_PAGE_INACTIVE.of(kind=self.kind.key), self.ui.inactiveCheck.isChecked())
