"""Enrolling people: pick one or more staff members and learners; a full session puts them on the
waiting list, in the order picked. For a training without sessions the completion can be entered at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import LeerWerkError, ValidationError
from desktop.forms.ui_trainings_enrol_dialog import Ui_EnrolDialog
from desktop.i18n import _, ngettext
from desktop.services import validation as v
from desktop.services.training_enrolments import enrol_people, free_places
from desktop.services.training_lists import people_to_enrol
from desktop.services.trainings import get_training
from desktop.settings import ENROL_PEOPLE_HEADER
from desktop.storage import choices
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import fill_combo, prepare_date_edit, remember_header, set_date
from desktop.views.trainings.commands import EnrolManyCommand
from desktop.views.trainings.tables import PeopleModel, people_filter


class EnrolDialog(RememberedDialog):
    remembered_as = "enrol"

    def __init__(
        self,
        undo_stack: QUndoStack,
        training_id: int,
        session_id: int | None,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self.setObjectName("enrol.dialog")
        self.undo_stack = undo_stack
        self.training = get_training(training_id)
        self.session_id = session_id
        self._on_change = on_change or (lambda: None)
        self.enrolled_ids: list[int] = []
        ui = self.ui
        ui.filterEdit.setObjectName("enrol.filter")
        ui.peopleTable.setObjectName("enrol.people")
        ui.audienceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.audienceCombo.setMinimumContentsLength(8)
        fill_combo(ui.audienceCombo, [("staff", _("Staff")), ("learners", _("Learners"))], empty=_("Everyone"))
        self.people = PeopleModel(self)
        ui.peopleTable.setModel(self.people)
        ui.peopleTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        sized = remember_header(ui.peopleTable, ENROL_PEOPLE_HEADER)
        self.people.set_rows(people_to_enrol())
        if not sized:
            ui.peopleTable.resizeColumnsToContents()
        ui.filterEdit.textChanged.connect(self._search)
        ui.audienceCombo.currentIndexChanged.connect(self._filter)
        ui.peopleTable.selectionModel().selectionChanged.connect(self._show_selected)
        ui.peopleTable.doubleClicked.connect(lambda _index: self.enrol_and_close())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (ui.filterEdit.setFocus(), ui.filterEdit.selectAll()))
        self._find = find
        # Courses without sessions (e-learnings, external) are often entered after the fact, as completed.
        without_session = session_id is None
        ui.completedCheck.setVisible(without_session)
        ui.completedEdit.setVisible(without_session)
        prepare_date_edit(ui.completedEdit)
        set_date(ui.completedEdit, clock.today())
        ui.completedEdit.setEnabled(False)
        ui.completedCheck.toggled.connect(ui.completedEdit.setEnabled)
        captions = {"completed_on": _("Completed on")}
        self.errors = FieldErrors(ui.errorLabel, {"completed_on": ui.completedEdit}, captions)
        ui.buttonBox.accepted.connect(self.enrol_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_info()
        self._show_selected()
        ui.filterEdit.setFocus()
        self.restore_geometry()

    def _show_info(self) -> None:
        self.setWindowTitle(_("Enrol in {title}").format(title=self.training.title))
        if self.session_id is None:
            text = _("{title} — without a session ({kind})").format(
                title=self.training.title, kind=choices.label(choices.TRAINING_KINDS, self.training.kind).lower()
            )
        else:
            places = free_places(self.session_id)
            if places is None:
                room = _("no limit on places")
            elif places == 0:
                room = _("the session is full: new enrolments go on the waiting list")
            else:
                room = ngettext("{count} place free", "{count} places free", places).format(count=places)
            text = f"{self.training.title} — {room}"
        self.ui.infoLabel.setText(text)

    def _search(self, text: str) -> None:
        self.people.set_search(text)

    def _filter(self, *_args) -> None:
        self.people.set_filter(people_filter(self.ui.audienceCombo.currentData()))

    def chosen(self) -> list[tuple[str, int]]:
        rows = sorted(index.row() for index in self.ui.peopleTable.selectionModel().selectedRows())
        return [(self.people.row_object(row).kind, self.people.row_object(row).id) for row in rows]

    def _show_selected(self, *_args) -> None:
        count = len(self.chosen())
        self.ui.selectedLabel.setText(ngettext("{count} chosen", "{count} chosen", count).format(count=count))

    def enrol(self) -> bool:
        self.errors.clear()
        people = self.chosen()
        if not people:
            self.ui.errorLabel.setText(_("Choose one or more people in the list (Ctrl or Shift for several)."))
            return False
        completed_on = None
        if self.session_id is None and self.ui.completedCheck.isChecked():
            try:
                completed_on = v.date("completed_on", self.ui.completedEdit.text(), required=True)
            except ValidationError as error:
                self.errors.show(error)
                return False
        try:
            result = enrol_people(self.training.id, self.session_id, people, completed_on)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not enrolled"), error.message)
            return False
        if result.created:
            text = ngettext("Enrol {count} person", "Enrol {count} people", len(result.created)).format(
                count=len(result.created)
            )
            self.undo_stack.push(EnrolManyCommand(result.created, text, on_change=self._on_change))
        self.enrolled_ids = result.created
        self._on_change()
        self._report(result)
        return True

    def _report(self, result) -> None:
        """Say what happened when it is not simply "enrolled": a waiting list, or people already enrolled."""
        parts = []
        if result.waiting:
            parts.append(
                ngettext(
                    "{count} person is on the waiting list: the session is full.",
                    "{count} people are on the waiting list: the session is full.",
                    len(result.waiting),
                ).format(count=len(result.waiting))
            )
        if result.skipped:
            parts.append(
                ngettext(
                    "{count} person already had an enrolment and was skipped.",
                    "{count} people already had an enrolment and were skipped.",
                    len(result.skipped),
                ).format(count=len(result.skipped))
            )
        if parts:
            QMessageBox.information(self, _("Enrolled"), "\n".join(parts))

    def enrol_and_close(self) -> None:
        if self.enrol():
            self.accept()
