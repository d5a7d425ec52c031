"""The Trainings tab: the catalogue with each training's sessions and enrolments, and the training matrix.

Pick a training in the catalogue, then a session of it: the enrolments of that session show beside.
E-learnings and external courses have no sessions; their enrolments are under "Without a session".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableView, QVBoxLayout, QWidget

from desktop.errors import LeerWerkError
from desktop.forms.ui_trainings_tab import Ui_TrainingsTab
from desktop.i18n import _, ngettext
from desktop.services.training_lists import NO_SESSION, enrolment_rows, session_rows, training_rows
from desktop.settings import TRAININGS_LAYOUT, Settings
from desktop.storage import choices
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.lazy_page import LoadsWhenShown
from desktop.views.kit.role_limits import hide_writers, may_write, through
from desktop.views.kit.undo import DeleteCommand
from desktop.views.kit.widgets import confirm, fill_combo, fill_vocabulary, remember_header, select
from desktop.views.trainings.tables import EnrolmentsModel, SessionsModel, TrainingsModel, session_dates_text

if TYPE_CHECKING:
    from desktop.views.trainings.matrix import TrainingMatrixPage

PDF_FILES = "PDF (*.pdf)"


class TrainingsTab(LoadsWhenShown, QWidget):
    def __init__(self, main_window):
        super().__init__(main_window)
        self.main_window = main_window
        self.ui = Ui_TrainingsTab()
        self.ui.setupUi(self)
        self.setObjectName("tab.trainings")
        ui = self.ui
        ui.tableView.setObjectName("trainings.table")
        ui.filterEdit.setObjectName("trainings.filter")
        ui.sessionsTable.setObjectName("trainings.sessions")
        ui.enrolmentsTable.setObjectName("trainings.enrolments")
        for name in ("kindCombo", "mandatoryCombo", "activeCombo"):
            combo = getattr(ui, name)
            combo.setObjectName(f"trainings.{name.removesuffix('Combo')}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        self.model = TrainingsModel(self)
        self.sessions = SessionsModel(self)
        self.enrolments = EnrolmentsModel(self)
        self._sized: dict[QTableView, bool] = {}
        for table, model, key, column in (
            (ui.tableView, self.model, "header", 0),
            (ui.sessionsTable, self.sessions, "sessions", 0),
            (ui.enrolmentsTable, self.enrolments, "enrolments", 0),
        ):
            table.setModel(model)
            table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            self._sized[table] = remember_header(table, TRAININGS_LAYOUT.of(part=key))
        self._restore_splitters()

        ui.tableView.selectionModel().currentRowChanged.connect(self._training_changed)
        ui.sessionsTable.selectionModel().currentRowChanged.connect(self._session_changed)
        ui.enrolmentsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.tableView.doubleClicked.connect(through(ui.editButton, self.edit_training))
        ui.sessionsTable.doubleClicked.connect(through(ui.editSessionButton, self.edit_session))
        ui.enrolmentsTable.doubleClicked.connect(through(ui.editEnrolmentButton, self.edit_enrolment))
        ui.filterEdit.textChanged.connect(self._search)
        for combo in (ui.kindCombo, ui.mandatoryCombo, ui.activeCombo):
            combo.currentIndexChanged.connect(self._apply_filters)

        for button, slot in (
            (ui.newButton, self.new_training),
            (ui.editButton, self.edit_training),
            (ui.deleteButton, self.delete_training),
            (ui.importCompletionsButton, self.import_completions),
            (ui.newSessionButton, self.new_session),
            (ui.editSessionButton, self.edit_session),
            (ui.deleteSessionButton, self.delete_session),
            (ui.attendanceButton, self.record_attendance),
            (ui.attendanceListButton, self.print_attendance_list),
            (ui.enrolButton, self.enrol),
            (ui.editEnrolmentButton, self.edit_enrolment),
            (ui.cancelEnrolmentButton, self.cancel_enrolment),
            (ui.completeButton, self.complete_enrolments),
            (ui.certificateButton, self.print_certificate),
            (ui.deleteEnrolmentButton, self.delete_enrolment),
            (ui.promoteButton, self.fill_free_places),
        ):
            button.clicked.connect(slot)
        hide_writers(
            main_window, ui.newButton, ui.editButton, ui.deleteButton, ui.importCompletionsButton, ui.newSessionButton,
            ui.editSessionButton, ui.deleteSessionButton, ui.attendanceButton, ui.enrolButton, ui.editEnrolmentButton,
            ui.cancelEnrolmentButton, ui.completeButton, ui.deleteEnrolmentButton,
        )  # fmt: skip

        self._matrix: TrainingMatrixPage | None = None  # built when first shown (`matrix`), not at start-up
        ui.pages.currentChanged.connect(lambda _index: self._page_shown())

        self._shortcuts = [
            self._shortcut(QKeySequence.StandardKey.Find, self._focus_search),
            *(
                self._shortcut(QKeySequence(key), through(button, slot), table)
                for table, key, button, slot in (
                    (ui.tableView, Qt.Key.Key_Insert, ui.newButton, self.new_training),
                    (ui.tableView, Qt.Key.Key_Delete, ui.deleteButton, self.delete_training),
                    (ui.tableView, Qt.Key.Key_Return, ui.editButton, self.edit_training),
                    (ui.tableView, Qt.Key.Key_Enter, ui.editButton, self.edit_training),
                    (ui.sessionsTable, Qt.Key.Key_Insert, ui.newSessionButton, self.new_session),
                    (ui.sessionsTable, Qt.Key.Key_Delete, ui.deleteSessionButton, self.delete_session),
                    (ui.sessionsTable, Qt.Key.Key_Return, ui.editSessionButton, self.edit_session),
                    (ui.sessionsTable, Qt.Key.Key_Enter, ui.editSessionButton, self.edit_session),
                    (ui.enrolmentsTable, Qt.Key.Key_Insert, ui.enrolButton, self.enrol),
                    (ui.enrolmentsTable, Qt.Key.Key_Delete, ui.deleteEnrolmentButton, self.delete_enrolment),
                    (ui.enrolmentsTable, Qt.Key.Key_Return, ui.editEnrolmentButton, self.edit_enrolment),
                    (ui.enrolmentsTable, Qt.Key.Key_Enter, ui.editEnrolmentButton, self.edit_enrolment),
                )
            ),
        ]
        self.retranslate()
        select(ui.activeCombo, "active")  # retired trainings only when asked for

    def loaded(self) -> None:
        self._size_columns(self.ui.tableView)

    @property
    def matrix(self) -> TrainingMatrixPage:
        """The training matrix page, built the first time it is shown or asked for: a page not looked at
        costs the start-up nothing."""
        if self._matrix is None:
            from desktop.views.trainings.matrix import TrainingMatrixPage

            self._matrix = TrainingMatrixPage(self.main_window, self.ui.matrixPage)
            self._matrix.retranslate()  # its texts and filter choices, as the tab's retranslate gives them
            layout = self.ui.matrixPage.layout() or QVBoxLayout(self.ui.matrixPage)
            layout.addWidget(self._matrix)
            self._matrix.show()  # now, not queued: it may be built while its page is on screen
        return self._matrix

    def _shortcut(self, keys, slot: Callable[[], None], parent: QWidget | None = None) -> QShortcut:
        shortcut = QShortcut(keys, parent or self)
        # A table's keys work while it has focus; the page's (Ctrl+F) anywhere in the tab.
        context = (
            Qt.ShortcutContext.WidgetShortcut if parent is not None else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def _size_columns(self, table: QTableView) -> None:
        """Fit the columns to their text once, when the first rows are in, unless a layout was remembered."""
        if self._sized[table] or not table.model().rowCount():
            return
        table.resizeColumnsToContents()
        for column in range(table.model().columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), 280))
        self._sized[table] = True

    def _restore_splitters(self) -> None:
        settings = Settings()
        for splitter, key in ((self.ui.splitter, "splitter"), (self.ui.detailSplitter, "details")):
            state = settings.get(TRAININGS_LAYOUT.of(part=key))
            if state is None or not splitter.restoreState(state):
                # The catalogue and the enrolments get the room; the sessions are a few rows.
                for index, stretch in enumerate((1, 1) if splitter is self.ui.splitter else (2, 3)):
                    splitter.setStretchFactor(index, stretch)
            splitter.splitterMoved.connect(
                lambda *_args, s=splitter, k=key: Settings().set(TRAININGS_LAYOUT.of(part=k), s.saveState())
            )

    # -- the tab contract ----------------------------------------------------------------------------
    def title(self) -> str:
        return _("Trainings")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        fill_vocabulary(self.ui.kindCombo, choices.TRAINING_KINDS, empty=_("All kinds"))
        fill_combo(
            self.ui.mandatoryCombo,
            [("yes", _("Mandatory")), ("no", _("Not mandatory"))],
            empty=_("Mandatory or not"),
        )
        fill_combo(
            self.ui.activeCombo, [("active", _("Active")), ("retired", _("Retired"))], empty=_("Active and retired")
        )
        for model in (self.model, self.sessions, self.enrolments):
            model.retranslate()
        if self._matrix is not None:
            self._matrix.retranslate()
        self._show_count()
        self._show_titles()
        self._show_places()
        self._update_buttons()

    def reload(self) -> None:
        """Read the catalogue again, keeping the chosen training, session and enrolments."""
        training = self.selected_training_id()
        self.model.set_rows(training_rows())
        self._apply_filters()
        if training is None or not self.select_training(training):
            if training is None and self.model.rowCount():
                self.select_training(self.model.row_object(0).id)
            else:
                self._show_details()
        if self._matrix is not None:
            self._matrix.invalidate()
        if self.ui.pages.currentWidget() is self.ui.matrixPage:
            self.matrix.reload()
        self.mark_loaded()

    def _page_shown(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.matrixPage:
            self.matrix.reload_if_needed()

    # -- searching and filtering -----------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._show_count()

    def _apply_filters(self, *_args) -> None:
        kind = self.ui.kindCombo.currentData()
        mandatory = self.ui.mandatoryCombo.currentData()
        active = self.ui.activeCombo.currentData()
        tests = []
        if kind:
            tests.append(lambda r: r.kind == kind)
        if mandatory:
            tests.append(lambda r: r.mandatory == (mandatory == "yes"))
        if active:
            tests.append(lambda r: r.active == (active == "active"))
        self.model.set_filter((lambda r: all(test(r) for test in tests)) if tests else None)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} training", "{shown} of {total} trainings", total).format(
                shown=shown, total=total
            )
        )

    def _focus_search(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.matrixPage:
            self.matrix.focus_search()
            return
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    # -- selection -----------------------------------------------------------------------------------------
    def selected_training_id(self) -> int | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_object(index.row()).id if index.isValid() else None

    def selected_training(self):
        index = self.ui.tableView.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select_training(self, training_id: int) -> bool:
        row = self.model.row_of(lambda r: r.id == training_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.ui.tableView.setCurrentIndex(index)
        self.ui.tableView.scrollTo(index)
        self._show_details()
        return True

    def selected_session_id(self) -> int | None:
        index = self.ui.sessionsTable.currentIndex()
        return self.sessions.row_object(index.row()).id if index.isValid() else None

    def select_session(self, session_id: int) -> bool:
        row = self.sessions.row_of(lambda r: r.id == session_id)
        if row is None:
            return False
        self.ui.sessionsTable.setCurrentIndex(self.sessions.index(row, 0))
        return True

    def selected_enrolments(self) -> list:
        rows = self.ui.enrolmentsTable.selectionModel().selectedRows()
        return [self.enrolments.row_object(index.row()) for index in rows]

    def _training_changed(self, current: QModelIndex, _previous=None) -> None:
        self._show_details()

    def _session_changed(self, current: QModelIndex, _previous=None) -> None:
        self._show_enrolments()

    def _show_details(self) -> None:
        """The sessions of the chosen training, keeping the chosen session when it is still there."""
        training = self.selected_training()
        session = self.selected_session_id()
        self.sessions.set_rows(session_rows(training.id) if training else [])
        if session is None or not self.select_session(session):
            # The next session to come, else the last one held: what a coordinator looks at first.
            rows = [self.sessions.row_object(r) for r in range(self.sessions.rowCount())]
            if rows:
                self.ui.sessionsTable.setCurrentIndex(self.sessions.index(0, 0))
        self._size_columns(self.ui.sessionsTable)
        self._show_enrolments()

    def _show_titles(self) -> None:
        training, session = self.selected_training(), self._current_session_row()
        self.ui.sessionsGroup.setTitle(
            _("Sessions of {title}").format(title=training.title) if training else _("Sessions")
        )
        self.ui.enrolmentsGroup.setTitle(
            _("Enrolments: {session}").format(session=session_dates_text(session)) if session else _("Enrolments")
        )

    def _show_enrolments(self) -> None:
        training = self.selected_training()
        session = self.selected_session_id()
        chosen = {row.id for row in self.selected_enrolments()}
        self.enrolments.set_rows(enrolment_rows(training.id, session) if training and session is not None else [])
        selection = self.ui.enrolmentsTable.selectionModel()
        for row in range(self.enrolments.rowCount()):
            if self.enrolments.row_object(row).id in chosen:
                selection.select(
                    self.enrolments.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._size_columns(self.ui.enrolmentsTable)
        self._show_titles()
        self._show_places()
        self._update_buttons()

    def _current_session_row(self):
        index = self.ui.sessionsTable.currentIndex()
        return self.sessions.row_object(index.row()) if index.isValid() else None

    def _show_places(self) -> None:
        session = self._current_session_row()
        self.ui.promoteButton.hide()
        if session is None:
            self.ui.placesLabel.setText("")
            return
        if session.id == NO_SESSION:
            self.ui.placesLabel.setText(
                ngettext("{count} enrolment without a session", "{count} enrolments without a session",
                         self.enrolments.total_count()).format(count=self.enrolments.total_count())
            )  # fmt: skip
            return
        if session.capacity is None:
            text = _("{taken} places taken (no limit)").format(taken=session.taken)
        else:
            text = _("{taken} of {capacity} places taken").format(taken=session.taken, capacity=session.capacity)
        if session.waiting:
            text += ", " + ngettext("{count} waiting", "{count} waiting", session.waiting).format(count=session.waiting)
            free = None if session.capacity is None else session.capacity - session.taken
            if (free is None or free > 0) and not session.cancelled and may_write(self.main_window):
                self.ui.promoteButton.show()
        self.ui.placesLabel.setText(text)

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        training = self.selected_training()
        session = self._current_session_row()
        real_session = session is not None and session.id != NO_SESSION
        chosen = self.selected_enrolments()
        ui.editButton.setEnabled(training is not None)
        ui.deleteButton.setEnabled(training is not None)
        can_have_sessions = training is not None and training.kind != "elearning"
        ui.newSessionButton.setEnabled(can_have_sessions)
        ui.newSessionButton.setToolTip(
            _("Plan a session of the selected training (Ins)")
            if can_have_sessions
            else _("An e-learning has no sessions; enrol people in the training itself.")
        )
        for button in (ui.editSessionButton, ui.deleteSessionButton, ui.attendanceButton, ui.attendanceListButton):
            button.setEnabled(real_session)
        ui.enrolButton.setEnabled(session is not None and not (real_session and session.cancelled))
        ui.editEnrolmentButton.setEnabled(len(chosen) == 1)
        ui.deleteEnrolmentButton.setEnabled(len(chosen) == 1)
        ui.cancelEnrolmentButton.setEnabled(len(chosen) == 1 and chosen[0].status in ("enrolled", "waiting"))
        ui.completeButton.setEnabled(bool(chosen) and all(r.status in ("enrolled", "attended") for r in chosen))
        ui.certificateButton.setEnabled(len(chosen) == 1 and chosen[0].status == "completed")

    # -- trainings -------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.reload()

    def import_completions(self) -> None:
        from desktop.views.trainings.completions_dialog import run_completions_import

        if run_completions_import(self):
            self.reload()

    def new_training(self) -> None:
        self._open_training(None)

    def edit_training(self) -> None:
        training = self.selected_training_id()
        if training is not None:
            self._open_training(training)

    def _open_training(self, training_id: int | None) -> None:
        from desktop.views.trainings.training_dialog import TrainingDialog

        dialog = TrainingDialog(self.main_window.undo_stack, training_id, self, on_change=self._changed)
        run_dialog(dialog)
        self.reload()
        if dialog.training_id is not None:
            self.select_training(dialog.training_id)

    def delete_training(self) -> None:
        training = self.selected_training()
        if training is None:
            return
        question = _("Delete the training {title} with its sessions?").format(title=training.title)
        if not confirm(self, _("Delete training"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        from desktop.services import records  # the services load when first needed, not at start-up

        service = records.service("training")
        try:
            snapshot = service.delete_unchanged(training.id, training.version)
        except LeerWerkError as error:  # also when someone else changed or deleted it since the list was read
            QMessageBox.warning(self, _("Training not deleted"), error.message)
            self.reload()
            return
        self.main_window.undo_stack.push(
            DeleteCommand(service, snapshot, _("Delete training"), on_change=self._changed)
        )
        self.reload()

    # -- sessions ---------------------------------------------------------------------------------------------
    def new_session(self) -> None:
        training = self.selected_training()
        if training is not None and training.kind != "elearning":
            self._open_session(training.id, None)

    def edit_session(self) -> None:
        training, session = self.selected_training(), self.selected_session_id()
        if training is not None and session:
            self._open_session(training.id, session)

    def _open_session(self, training_id: int, session_id: int | None) -> None:
        from desktop.views.trainings.session_dialog import SessionDialog

        dialog = SessionDialog(self.main_window.undo_stack, training_id, session_id, self, on_change=self._changed)
        run_dialog(dialog)
        self.reload()
        if dialog.session_id is not None:
            self.select_session(dialog.session_id)

    def delete_session(self) -> None:
        session = self._current_session_row()
        if session is None or session.id == NO_SESSION:
            return
        question = _("Delete the session of {dates} with its dates?").format(dates=session_dates_text(session))
        if not confirm(self, _("Delete session"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        from desktop.services import records

        service = records.service("training_session")
        try:
            snapshot = service.delete_unchanged(session.id, session.version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Session not deleted"), error.message)
            self.reload()
            return
        self.main_window.undo_stack.push(DeleteCommand(service, snapshot, _("Delete session"), on_change=self._changed))
        self.reload()

    def record_attendance(self) -> None:
        session = self.selected_session_id()
        if not session:
            return
        from desktop.views.trainings.attendance_dialog import AttendanceDialog

        dialog = AttendanceDialog(self.main_window.undo_stack, session, self, on_change=self._changed)
        run_dialog(dialog)
        self.reload()

    def print_attendance_list(self) -> None:
        training, session = self.selected_training(), self._current_session_row()
        if training is None or session is None or session.id == NO_SESSION:
            return
        from desktop.services.training_printouts import attendance_list_pdf
        from desktop.views.kit.files import save_document

        name = _("Attendance list {title} {dates}").format(title=training.title, dates=session_dates_text(session))
        save_document(self, _("Save attendance list"), name, PDF_FILES, make=lambda: attendance_list_pdf(session.id))

    # -- enrolments --------------------------------------------------------------------------------------------
    def enrol(self) -> None:
        training, session = self.selected_training(), self.selected_session_id()
        if training is None or session is None:
            return
        from desktop.views.trainings.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.main_window.undo_stack, training.id, session or None, self, on_change=self._changed)
        run_dialog(dialog)
        self.reload()

    def edit_enrolment(self) -> None:
        chosen = self.selected_enrolments()
        if len(chosen) != 1:
            return
        from desktop.views.trainings.enrolment_dialog import EnrolmentDialog

        dialog = EnrolmentDialog(self.main_window.undo_stack, chosen[0].id, self, on_change=self._changed)
        run_dialog(dialog)
        self.reload()

    def cancel_enrolment(self) -> None:
        chosen = self.selected_enrolments()
        if len(chosen) != 1:
            return
        row = chosen[0]
        question = _("Cancel the enrolment of {name}?").format(name=row.name)
        if not confirm(self, _("Cancel enrolment"), question):
            return
        from desktop.services.training_enrolments import cancel_enrolment
        from desktop.views.trainings.commands import EnrolmentStatesCommand

        try:
            change = cancel_enrolment(row.id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Enrolment not cancelled"), error.message)
            return
        self.main_window.undo_stack.push(
            EnrolmentStatesCommand(change.before, change.after, _("Cancel enrolment"), on_change=self._changed)
        )
        self.reload()
        self._say_promoted(change.promoted, _("{name} is cancelled.").format(name=row.name))

    def _say_promoted(self, promoted: list[int], lead: str = "") -> None:
        """Tell who moved up from the waiting list: they have to be told they can come."""
        if not promoted:
            if lead:
                self.main_window.statusBar().showMessage(lead, 5000)
            return
        names = [self._name_of(i) for i in promoted]
        text = ngettext(
            "{names} moves up from the waiting list and now has a place.",
            "{names} move up from the waiting list and now have a place.",
            len(names),
        ).format(names=", ".join(names))
        QMessageBox.information(self, _("Waiting list"), f"{lead} {text}".strip())

    def _name_of(self, enrolment_id: int) -> str:
        row = self.enrolments.row_of(lambda r: r.id == enrolment_id)
        if row is not None:
            return self.enrolments.row_object(row).name
        return _("(number {id})").format(id=enrolment_id)

    def fill_free_places(self) -> None:
        session = self.selected_session_id()
        if not session:
            return
        from desktop.services.training_enrolments import promote_waiting
        from desktop.views.trainings.commands import EnrolmentStatesCommand

        try:
            change = promote_waiting(session)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Places not given"), error.message)
            return
        if change.promoted:
            self.main_window.undo_stack.push(
                EnrolmentStatesCommand(change.before, change.after, _("Give free places"), on_change=self._changed)
            )
        self.reload()
        self._say_promoted(change.promoted)

    def complete_enrolments(self) -> None:
        chosen = self.selected_enrolments()
        if not chosen:
            return
        from desktop.services.training_enrolments import set_status
        from desktop.views.trainings.commands import EnrolmentStatesCommand

        try:
            change = set_status([row.id for row in chosen], "completed")
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not marked completed"), error.message)
            return
        if change.before:
            count = len(change.before)
            text = ngettext("Mark {count} enrolment completed", "Mark {count} enrolments completed", count).format(
                count=count
            )
            self.main_window.undo_stack.push(
                EnrolmentStatesCommand(change.before, change.after, text, on_change=self._changed)
            )
        self.reload()

    def print_certificate(self) -> None:
        chosen = self.selected_enrolments()
        training = self.selected_training()
        if len(chosen) != 1 or training is None:
            return
        from desktop.services.training_printouts import certificate_pdf
        from desktop.views.kit.files import save_document

        row = chosen[0]
        name = _("Certificate {title} {name}").format(title=training.title, name=row.name)
        save_document(self, _("Save certificate"), name, PDF_FILES, make=lambda: certificate_pdf(row.id))

    def delete_enrolment(self) -> None:
        chosen = self.selected_enrolments()
        if len(chosen) != 1:
            return
        row = chosen[0]
        question = _("Delete the enrolment of {name}, with its attendance, learning goals and certificate?").format(
            name=row.name
        )
        hint = _("Only for an enrolment made by mistake: when someone no longer comes, cancel instead.")
        if not confirm(self, _("Delete enrolment"), f"{question}\n\n{hint}"):
            return
        from desktop.services import records

        service = records.service("enrolment")
        try:
            snapshot = service.delete_unchanged(row.id, row.version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Enrolment not deleted"), error.message)
            self.reload()
            return
        self.main_window.undo_stack.push(
            DeleteCommand(service, snapshot, _("Delete enrolment"), on_change=self._changed)
        )
        self.reload()
