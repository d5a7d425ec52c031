"""The BPV forms tab: every practice assignment and assessment form, with preview, print and PDF.

Forms are listed with their learner, kind, title, period, status, due date and who has signed. The
batch "Due forms…" prints or saves every form that waits for someone and is due within two weeks
(or overdue); it reads and renders on a worker thread with its own database connection, with
progress and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QPushButton, QWidget

from desktop.errors import LeerWerkError
from desktop.forms.ui_forms_tab import Ui_FormsTab
from desktop.i18n import _, ngettext
from desktop.services.connection import on_own_connection
from desktop.settings import FORMS_FOLDER, FORMS_HEADER, Settings
from desktop.storage import choices
from desktop.views.bpv_forms.printing import FormPrinting
from desktop.views.kit import form_columns
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.id_table_model import PAGE, IdTableModel
from desktop.views.kit.lazy_page import LoadsWhenShown
from desktop.views.kit.role_limits import hide_writers, through
from desktop.views.kit.undo import DeleteCommand
from desktop.views.kit.widgets import (
    confirm,
    fill_combo,
    fill_vocabulary,
    focus_search,
    remember_header,
    select_row,
    share_filter_row,
    tab_shortcut,
)

if TYPE_CHECKING:  # the forms services load with the first reading, after the window is painted
    from desktop.services.form_lists import FormRow
    from desktop.services.form_order import FormFilter, FormIds

DUE, OVERDUE_ONLY, WAITING, CHANGED = "due", "overdue", "waiting", "changed"


class DeleteFormCommand(DeleteCommand):
    """Redo deletes through the forms service, so a form signed after the undo is kept."""

    def __init__(self, kind: str, snapshot, text: str, on_change=None):
        from desktop.services import forms

        super().__init__(forms.service(kind), snapshot, text, on_change)
        self.kind = kind

    def apply(self) -> None:
        from desktop.services import forms, step_versions

        # Put back by the undo with the version it had: a redo refuses to delete what someone changed since.
        form_id = self.snapshot.row["id"]
        seen = step_versions.expected(self.service, form_id, self.snapshot.row["version"])
        self.snapshot = forms.delete_form(self.kind, form_id, seen)


def _lines(ids: list[int]) -> dict[int, FormRow]:
    from desktop.services.form_order import lines

    return lines(ids)


class FormsModel(IdTableModel):
    """The forms in the order and selection the database works out (`services.form_order`, which knows each
    column by its key and what a search looks in); a form is known by its list id there."""

    DUE = 6
    everyone = 0  # the forms at the last reading, whatever is shown

    def total_count(self) -> int:
        return self.everyone

    columns = (
        form_columns.NUMBER,
        form_columns.LEARNER,
        form_columns.KIND,
        form_columns.TITLE,
        form_columns.PERIOD,
        form_columns.STATUS,
        form_columns.DUE,
        form_columns.SIGNED,
        form_columns.SCHOOL,
    )


class FormsTab(LoadsWhenShown, QWidget):
    def __init__(self, main_window):
        super().__init__(main_window)
        self.main_window = main_window
        self.ui = Ui_FormsTab()
        self.ui.setupUi(self)
        self.setObjectName("tab.forms")
        self.ui.tableView.setObjectName("forms.table")
        self.ui.filterEdit.setObjectName("forms.filter")
        combos = [getattr(self.ui, name) for name in ("kindCombo", "statusCombo", "dueCombo")]
        for combo in combos:
            combo.setObjectName(f"forms.{combo.objectName().removesuffix('Combo')}")
        share_filter_row(self.ui.filterLayout, self.ui.filterEdit, *combos)
        # Nine buttons and three filters would make the window at least a thousand pixels wide; let
        # them give way on a small screen rather than push the window off it.
        for button in self.findChildren(QPushButton):
            button.setMinimumWidth(40)
        self.ui.filterEdit.setMinimumWidth(80)
        self._afresh = False  # the next reading reads every form again (`reload`)
        self.model = FormsModel(self._form_ids, _lines, self)
        self.printing = FormPrinting(self, on_refused=self.reload)
        table = self.ui.tableView
        table.setModel(self.model)
        table.sortByColumn(FormsModel.DUE, Qt.SortOrder.AscendingOrder)
        self._header_restored = remember_header(table, FORMS_HEADER)
        table.doubleClicked.connect(through(self.ui.editButton, self.edit_selected))
        table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.ui.filterEdit.textChanged.connect(self._search)
        for combo in (self.ui.kindCombo, self.ui.statusCombo, self.ui.dueCombo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.ui.newAssignmentButton.clicked.connect(lambda: self.new_form("assignment"))
        self.ui.newAssessmentButton.clicked.connect(lambda: self.new_form("assessment"))
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.previewButton.clicked.connect(self.preview_selected)
        self.ui.printButton.clicked.connect(self.print_selected)
        self.ui.saveButton.clicked.connect(self.save_selected)
        self.ui.batchButton.clicked.connect(self.due_forms)
        self.ui.schoolButton.clicked.connect(self.send_to_school)
        ui = self.ui
        hide_writers(
            main_window, ui.newAssignmentButton, ui.newAssessmentButton, ui.editButton, ui.deleteButton, ui.schoolButton
        )
        self._learner: tuple[int, str] | None = None  # only this learner's forms: (id, name)
        self.ui.learnerFilterButton.setObjectName("forms.learner")
        self.ui.learnerFilterButton.clicked.connect(lambda: self.show_learner(None))
        self._shortcuts = [
            tab_shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_search(self.ui.filterEdit)),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Insert), through(ui.newAssignmentButton, self.new_assignment)),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Delete), through(ui.deleteButton, self.delete_selected), table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Return), through(ui.editButton, self.edit_selected), table),
            tab_shortcut(self, QKeySequence(Qt.Key.Key_Enter), through(ui.editButton, self.edit_selected), table),
            tab_shortcut(self, QKeySequence.StandardKey.Print, self.print_selected),
            tab_shortcut(self, QKeySequence("Ctrl+Shift+P"), self.preview_selected),
        ]
        self.retranslate()
        self._update_buttons()

    def loaded(self) -> None:
        if not self._header_restored:
            # Sized to the rows on screen: Qt would otherwise measure a hundred rows, each read to be measured.
            self.ui.tableView.horizontalHeader().setResizeContentsPrecision(PAGE)
            self.ui.tableView.resizeColumnsToContents()
        self.show_today()

    def show_today(self) -> None:
        """Listed by due date, the list opens on the first form due today or later, in the middle of the
        view: what is due soon below it, what is overdue or recently done just above."""
        table = self.ui.tableView
        if table.horizontalHeader().sortIndicatorSection() != FormsModel.DUE or self.selected_row() is not None:
            return
        row = self.model.ids().first_from_today()
        if row is None:
            return
        index = self.model.index(row, 0)
        table.setCurrentIndex(index)
        table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_learner(self, learner_id: int | None) -> None:
        """Show only the forms of this learner (None: of everyone again)."""
        if not self._loaded:
            self.reload()
        if learner_id is None:
            self._learner = None
        else:
            from desktop.services.learners import find_learner

            learner = find_learner(learner_id)
            if learner is None:
                return
            self._learner = (learner_id, learner.display_name)
        self._apply_filters()
        self.show_today()

    # -- the tab contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return _("BPV forms")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        fill_vocabulary(self.ui.kindCombo, choices.FORM_KINDS, empty=_("All kinds"))
        statuses = {**choices.ASSIGNMENT_STATUSES, **choices.ASSESSMENT_STATUSES}
        fill_combo(
            self.ui.statusCombo,
            [(code, _(statuses[code])) for code in form_columns.STATUS_ORDER],
            empty=_("All statuses"),
        )
        fill_combo(
            self.ui.dueCombo,
            [
                (DUE, _("Due within two weeks or overdue")),
                (OVERDUE_ONLY, _("Overdue")),
                (WAITING, _("Waiting for signatures")),
                (CHANGED, _("Changed after signing")),
            ],
            empty=_("Any due date"),
        )
        self.model.retranslate()
        if self._loaded:  # the order of kinds, titles and statuses is that of their labels in the new language
            self._apply_filters()
        self._show_count()

    def reload(self) -> None:
        """Read every form again, keeping the selection, search and filters."""
        from desktop.services.form_order import form_count

        selected = self.selected_key()
        self.model.everyone = form_count()
        self._afresh = True
        try:
            self.model.show(self._form_filter(), fresh=True)
        finally:
            self._afresh = False
        self._show_count()
        if selected is not None:
            self.select_form(selected)
        self.mark_loaded()
        self._update_buttons()

    # -- searching and filtering -----------------------------------------------------------------------
    def _form_ids(self, shown: FormFilter, sort: str, descending: bool) -> FormIds:
        from desktop.services.form_order import form_ids

        # A keystroke that narrows the search is cut from the list shown (`form_order.form_ids`).
        return form_ids(shown, sort, descending, previous=None if self._afresh else self.model.ids())

    def _form_filter(self) -> FormFilter:
        from desktop.services.form_order import FormFilter

        return FormFilter(
            search=self.ui.filterEdit.text(),
            learner_id=self._learner[0] if self._learner is not None else None,
            kind=self.ui.kindCombo.currentData() or None,
            status=self.ui.statusCombo.currentData() or None,
            due=self.ui.dueCombo.currentData() or None,
        )

    def _search(self, _text: str) -> None:
        self._apply_filters()

    def _apply_filters(self, *_args) -> None:
        if not self._loaded:  # the first reading applies them
            self._show_count()
            return
        self.model.show(self._form_filter())
        self._show_count()

    def _show_count(self) -> None:
        button = self.ui.learnerFilterButton
        button.setVisible(self._learner is not None)
        if self._learner is not None:
            button.setText(_("Only {name} ✕").format(name=self._learner[1]))
        shown, total = self.model.rowCount(), self.model.total_count()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} form", "{shown} of {total} forms", total).format(shown=shown, total=total)
        )

    # -- selection -------------------------------------------------------------------------------------
    def selected_row(self) -> FormRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def selected_key(self) -> tuple[str, int] | None:
        from desktop.services.form_order import key_of

        rows = self.ui.tableView.selectionModel().selectedRows()
        item = self.model.id_at(rows[0].row()) if rows else None
        return key_of(item) if item is not None else None

    def select_form(self, key: tuple[str, int]) -> bool:
        """Choose and show the form's row; False when the form is not shown."""
        from desktop.services.form_order import list_id

        return select_row(self.ui.tableView, self.model.row_of_id(list_id(*key)))

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_row() is not None
        for button in (
            self.ui.editButton,
            self.ui.deleteButton,
            self.ui.previewButton,
            self.ui.printButton,
            self.ui.saveButton,
        ):
            button.setEnabled(chosen)

    # -- editing ---------------------------------------------------------------------------------------
    def new_form(self, kind: str) -> None:
        self._open_dialog(kind, None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row.kind, row.id)

    def _open_dialog(self, kind: str, form_id: int | None) -> None:
        from desktop.views.bpv_forms.dialog import FormDialog

        dialog = FormDialog(self.main_window.undo_stack, kind, form_id, self, on_change=self.reload)
        run_dialog(dialog)
        self.reload()
        if dialog.form_id is not None:
            self.select_form((kind, dialog.form_id))

    def new_assignment(self) -> None:
        self.new_form("assignment")

    def delete_selected(self) -> None:
        from desktop.services import forms

        shown = self.selected_row()
        if shown is None:
            return
        try:
            # The list holds ids and lines read when they were painted: the question shows the form as it is now,
            # and the delete states the version read with it, the one the person confirms.
            row, version = forms.read_for_delete(shown.kind, shown.id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Form not deleted"), error.message)
            self.reload()
            return
        if row.signed:
            QMessageBox.information(
                self,
                _("Form not deleted"),
                _("{number} has been signed and must be kept. Reopen it first if it was made by mistake.").format(
                    number=row.number
                ),
            )
            return
        question = _("Delete {number} ({title}) of {name}?").format(
            number=row.number, title=form_columns.title_text(row), name=row.name
        )
        if not confirm(self, _("Delete form"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        try:
            snapshot = forms.delete_form(row.kind, row.id, version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Form not deleted"), error.message)
            self.reload()
            return
        command = DeleteFormCommand(row.kind, snapshot, _("Delete form"), on_change=self.reload)
        self.main_window.undo_stack.push(command)
        self.reload()

    # -- one form: preview, print, save ------------------------------------------------------------------
    def preview_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.printing.preview(row.kind, row.id, row.number, row.name)

    def print_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.printing.print(row.kind, row.id, row.number, row.name)

    def save_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.printing.save_pdf(row.kind, row.id, row.number, row.name)

    # -- to the school ----------------------------------------------------------------------------------------
    def send_to_school(self) -> list[Path]:
        """Every signed form in the list that has not gone to the school yet, one e-mail draft per bpv-begeleider."""
        from desktop.services.form_order import school_waiting

        keys = school_waiting(list(self.model.ids()))
        if not keys:
            QMessageBox.information(
                self, _("To the school"), _("No signed form in the list waits to be handed to the school.")
            )
            return []
        question = ngettext(
            "Make an e-mail draft to the bpv-begeleider with the {count} signed form in the list that has not "
            "gone to the school yet?",
            "Make e-mail drafts to the bpv-begeleiders, one each, with the {count} signed forms in the list that "
            "have not gone to the school yet?",
            len(keys),
        ).format(count=len(keys))
        if not confirm(self, _("To the school"), question, default_yes=True):
            return []
        from desktop.views.bpv_forms.printing import send_to_school

        written = send_to_school(self, keys)
        self.reload()
        return written

    # -- the batch: every form that is due ---------------------------------------------------------------
    def due_forms(self) -> None:
        from desktop.services import form_lists

        due = form_lists.due_forms()
        if not due:
            QMessageBox.information(self, _("Due forms"), _("No form is due within two weeks or overdue."))
            return
        from desktop.views.bpv_forms.due_dialog import PRINT, SAVE, DueFormsDialog

        choice = run_dialog(DueFormsDialog(self, due))
        keys = [row.key for row in due]
        if choice == SAVE:
            self.save_batch(keys)
        elif choice == PRINT:
            self.print_batch(keys)

    def save_batch(self, keys: list[tuple[str, int]], folder: Path | None = None) -> list[Path]:
        if folder is None:
            start = str(Settings().get(FORMS_FOLDER) or "") or QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen = QFileDialog.getExistingDirectory(self, _("Folder for the forms"), start)
            if not chosen:
                return []
            folder = Path(chosen)
            Settings().set(FORMS_FOLDER, folder)
        from desktop.services import form_printouts  # here, not first on the worker thread
        from desktop.views.kit.files import run_with_progress

        def work(progress, cancelled) -> list[Path]:
            try:
                return on_own_connection(
                    lambda: form_printouts.save_forms(
                        keys, folder, progress=lambda done, total: progress(done / total), cancelled=cancelled
                    )
                )
            except OSError as error:  # a full disk or a read-only folder is the coordinator's to solve: say why
                from desktop.services.output import cannot_write

                raise LeerWerkError(cannot_write(folder, error) + form_printouts.saved_before(error)) from error

        written = run_with_progress(self, _("Saving the due forms…"), work, failure_title=_("Forms not saved"))
        if written is None:  # refused: run_with_progress has said why
            return []
        QMessageBox.information(
            self,
            _("Due forms"),
            ngettext("{count} form saved in {folder}.", "{count} forms saved in {folder}.", len(written)).format(
                count=len(written), folder=folder
            ),
        )
        return written

    def print_batch(self, keys: list[tuple[str, int]]) -> int:
        from desktop.services import form_printouts
        from desktop.views.kit.files import run_with_progress

        def work(progress, cancelled) -> list[bytes]:
            def render_all() -> list[bytes]:
                documents = []
                for done, (kind, form_id) in enumerate(keys, start=1):
                    if cancelled():
                        return []
                    documents.append(form_printouts.form_pdf(kind, form_id))
                    progress(done / len(keys))
                return documents

            return on_own_connection(render_all)

        documents = run_with_progress(self, _("Preparing the due forms…"), work)
        if not documents:
            return 0
        from desktop.views.kit.pdf_output import print_pdfs

        return print_pdfs(self, documents, _("Due forms"))
