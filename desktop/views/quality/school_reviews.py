"""The yearly evaluations of the cooperation with each school (SBB's fourth stage): per school its
evaluations, the newest first, each with what was agreed and when to look again, beside the school's
figures of that year; printed with those figures for the school."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_school_reviews_dialog import Ui_SchoolReviewsDialog
from desktop.i18n import _, format_date
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.role_limits import hide_writers, main_window_of, read_only_fields
from desktop.views.kit.widgets import confirm

REVIEW_ID = Qt.ItemDataRole.UserRole


class SchoolReviewsDialog(RememberedDialog):
    remembered_as = "school_reviews"

    def __init__(self, parent: QWidget | None = None, school_id: int | None = None):
        from desktop.services import evaluations

        super().__init__(parent)
        self.ui = Ui_SchoolReviewsDialog()
        self.ui.setupUi(self)
        self.setObjectName("school_reviews.dialog")
        self.review_id: int | None = None
        self.review_version: int | None = None  # as the evaluation shown was read, for its save or delete to state
        self.model = QStandardItemModel(self)
        self.ui.reviewList.setModel(self.model)
        self.ui.reviewList.setEditTriggers(self.ui.reviewList.EditTrigger.NoEditTriggers)
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {
                "held_on": self.ui.heldEdit,
                "participants": self.ui.participantsEdit,
                "agreements": self.ui.agreementsEdit,
                "follow_up_on": self.ui.followUpEdit,
            },
            {},
        )
        for choice_id, name in evaluations.school_choices():
            self.ui.schoolCombo.addItem(name, choice_id)
        if school_id is not None:
            self.ui.schoolCombo.setCurrentIndex(max(0, self.ui.schoolCombo.findData(school_id)))
        self.ui.schoolCombo.currentIndexChanged.connect(self.reload)
        self.ui.reviewList.selectionModel().currentChanged.connect(self._review_chosen)
        self.ui.newButton.clicked.connect(self.start_new)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.printButton.clicked.connect(self.print_review)
        self.ui.heldEdit.editingFinished.connect(self._show_figures)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        main_window = main_window_of(parent)
        hide_writers(main_window, self.ui.newButton, self.ui.saveButton, self.ui.deleteButton)
        ui = self.ui
        read_only_fields(main_window, ui.heldEdit, ui.participantsEdit, ui.agreementsEdit, ui.followUpEdit)
        self.reload()
        self.restore_geometry()

    @property
    def school_id(self) -> int | None:
        return self.ui.schoolCombo.currentData()

    def reload(self, *_args, select: int | None = None) -> None:
        from desktop.services import evaluations

        self.model.clear()
        reviews = evaluations.school_reviews(self.school_id) if self.school_id is not None else []
        for review in reviews:
            item = QStandardItem(format_date(review.held_on, "long"))
            item.setData(review.id, REVIEW_ID)
            self.model.appendRow(item)
        chosen = select if select is not None else (reviews[0].id if reviews else None)
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(REVIEW_ID) == chosen:
                self.ui.reviewList.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return
        self.start_new()

    def _review_chosen(self, current, _previous=None) -> None:
        from desktop.services import evaluations

        if not current.isValid():
            return
        review = evaluations.school_review(current.data(REVIEW_ID))
        self.review_id, self.review_version = review.id, review.version
        self.ui.heldEdit.setText(format_date(review.held_on, "short"))
        self.ui.participantsEdit.setText(review.participants)
        self.ui.agreementsEdit.setPlainText(review.agreements)
        self.ui.followUpEdit.setText(format_date(review.follow_up_on, "short") if review.follow_up_on else "")
        self._after_change()

    def start_new(self) -> None:
        self.review_id = self.review_version = None
        self.ui.reviewList.selectionModel().clearCurrentIndex()
        self.ui.reviewList.clearSelection()
        self.ui.heldEdit.setText(format_date(clock.today(), "short"))
        self.ui.participantsEdit.clear()
        self.ui.agreementsEdit.clear()
        self.ui.followUpEdit.clear()
        self._after_change()

    def _after_change(self) -> None:
        self.errors.clear()
        stored = self.review_id is not None
        self.ui.deleteButton.setEnabled(stored)
        self.ui.printButton.setEnabled(stored)
        for widget in (self.ui.newButton, self.ui.saveButton, self.ui.heldEdit, self.ui.participantsEdit):
            widget.setEnabled(self.school_id is not None)
        self._show_figures()

    def _show_figures(self) -> None:
        """The figures of the year the evaluation is dated in."""
        from desktop.services import evaluation_printouts, evaluations

        if self.school_id is None:
            self.ui.figuresLabel.setText(_("Add a school under Basisgegevens first."))
            return
        year = evaluations.year_of(self.ui.heldEdit.text())
        lines = evaluation_printouts.figure_lines(evaluations.school_figures(self.school_id, year))
        self.ui.figuresLabel.setText("\n".join(f"{label}: {value}" for label, value in lines))

    def save(self) -> bool:
        from desktop.services import evaluations

        if self.school_id is None:
            return False
        try:
            saved = evaluations.save_school_review(
                self.school_id,
                self.ui.heldEdit.text(),
                self.ui.participantsEdit.text(),
                self.ui.agreementsEdit.toPlainText(),
                self.ui.followUpEdit.text(),
                review_id=self.review_id,
                seen_version=self.review_version,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, lambda: self.reload(select=self.review_id))
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Evaluation not saved"), error.message)
            return False
        self.reload(select=saved)
        return True

    def delete(self) -> None:
        from desktop.services import evaluations

        if self.review_id is None or not confirm(
            self, _("Delete evaluation"), _("Delete this evaluation of the cooperation with the school?")
        ):
            return
        try:
            evaluations.delete_school_review(self.review_id, self.review_version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Evaluation not deleted"), error.message)
            self.reload(select=self.review_id)  # what is stored now
            return
        self.reload()

    def print_review(self) -> None:
        from desktop.services import evaluation_printouts
        from desktop.views.kit.pdf_output import preview_pdf

        review_id = self.review_id
        if review_id is None:
            return
        preview_pdf(
            self,
            lambda: evaluation_printouts.school_pdf(review_id),
            title=_("Evaluation of the cooperation with {school}").format(school=self.ui.schoolCombo.currentText()),
            not_printed=_("Evaluation not printed"),
            save_title=_("Save school evaluation as PDF"),
            file_name=lambda: evaluation_printouts.school_file_name(review_id),
        )
