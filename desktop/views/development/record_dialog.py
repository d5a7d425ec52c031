"""One staff member's development record: who they are, their POAPs and development talks (recorded here, a
refusal said beside the date), and, as printed, their enrolments, certificates, coaching, leertraject and
praktijkopleider's figures; printed or saved as an A4 PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QMessageBox,
    QTableView,
    QWidget,
)

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_development_record_dialog import Ui_DevelopmentRecordDialog
from desktop.i18n import _
from desktop.storage import choices
from desktop.views.development.tables import SectionModel, TalksModel
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.dialogs import RememberedDialog
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.widgets import (
    compact_rows,
    confirm,
    fill_combo,
    give_room_to,
    make_searchable,
    prepare_date_edit,
    set_date,
)


class RecordDialog(RememberedDialog):
    remembered_as = "development_record"

    def __init__(self, staff_id: int, parent: QWidget | None = None):
        from desktop.services.coaching_trajectories import manager_choices

        super().__init__(parent)
        self.ui = Ui_DevelopmentRecordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        # Designer names are identifiers; the dotted names are the ones the app and its tests find widgets by.
        self.setObjectName("development.record")
        for widget, name in (
            (ui.heading, "heading"), (ui.details, "details"), (ui.talks, "talks"), (ui.kind, "kind"),
            (ui.held, "held_on"), (ui.error, "error"), (ui.manager, "manager"), (ui.notes, "notes"),
            (ui.newButton, "new"), (ui.saveButton, "save"), (ui.deleteButton, "delete"), (ui.nextDue, "next_due"),
            (ui.sections, "sections"),
        ):  # fmt: skip
            widget.setObjectName(f"development.record.{name}")
        self.staff_id = staff_id
        self.talk_id: int | None = None
        self.talk_version: int | None = None  # as the talk shown was read, for its save or delete to state
        self.changed = False  # whether a talk was saved or deleted: the lists behind reload then
        self.heading, self.details, self.talks, self.sections = ui.heading, ui.details, ui.talks, ui.sections
        self.kind, self.held, self.error, self.manager, self.notes = ui.kind, ui.held, ui.error, ui.manager, ui.notes
        self.new_button, self.save_button, self.delete_button = ui.newButton, ui.saveButton, ui.deleteButton
        self.next_due = ui.nextDue
        # Larger than the system font, whatever that is: a point size in Designer would be absolute.
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        compact_rows(self.talks)
        self.talk_model = TalksModel(self)
        self.talks.setModel(self.talk_model)
        give_room_to(self.talks, 3)
        fill_combo(self.kind, ((code, _(label)) for code, label in choices.DEVELOPMENT_KINDS.items()))
        prepare_date_edit(self.held)
        fill_combo(self.manager, manager_choices(), empty=_("(not recorded)"))
        make_searchable(self.manager)
        self.errors = FieldErrors(
            self.error, {"held_on": self.held, "kind": self.kind, "manager": self.manager, "notes": self.notes}, {}
        )
        # A button of our own role in a standard button box cannot be drawn in Designer.
        self.print_button = ui.buttonBox.addButton(_("&Print or save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("development.record.print")
        self.print_button.setAutoDefault(False)
        ui.buttonBox.rejected.connect(self.reject)

        self.talks.selectionModel().currentRowChanged.connect(self._talk_chosen)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.print_button.clicked.connect(self.print_record)
        self.reload()
        self.restore_geometry()

    def reload(self, select: int | None = None) -> None:
        from desktop.services import development_record

        found = development_record.record(self.staff_id)
        person = found.person
        self.setWindowTitle(_("Development record of {name}").format(name=person.name))
        self.heading.setText(person.name)
        document = development_record.document_of(found)
        # The name is the heading and what is due stands beside the talks: the rest of the printed details.
        person_details = document.details[1 : len(document.details) - len(found.due)]
        self.details.setText("\n".join(f"{label}: {value}" for label, value in person_details))
        self.talk_model.set_rows(found.talks)
        self.talks.resizeColumnsToContents()
        give_room_to(self.talks, 3)
        self.next_due.setText("\n".join(f"{row.kind_label}: {development_record.due_text(row)}" for row in found.due))
        current = self.sections.currentIndex()
        self.sections.clear()
        for section in document.sections[1:]:  # the talks are above, to edit
            table = QTableView(self.sections)
            table.setObjectName("development.record.section")
            compact_rows(table)
            table.setModel(SectionModel(section, table))
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.resizeColumnsToContents()
            give_room_to(table, 0)
            if not section.rows:
                table.setToolTip(document.empty)
            title = f"{section.heading} ({len(section.rows)})" if section.counted else section.heading
            self.sections.addTab(table, title)
        self.sections.setCurrentIndex(max(0, current))
        row = self.talk_model.row_of(lambda talk: talk.id == select) if select is not None else None
        if row is None:
            self.start_new()
        else:
            self.talks.selectRow(row)

    def _talk_chosen(self, current, _previous=None) -> None:
        talk = self.talk_model.row_object(current.row()) if current.isValid() else None
        if talk is None:
            return
        self.talk_id, self.talk_version = talk.id, talk.version
        fill_combo(self.kind, ((code, _(label)) for code, label in choices.DEVELOPMENT_KINDS.items()))
        self.kind.setCurrentIndex(max(0, self.kind.findData(talk.kind)))
        set_date(self.held, talk.held_on)
        if talk.manager_id is not None and self.manager.findData(talk.manager_id) < 0:
            self.manager.addItem(talk.manager, talk.manager_id)  # no longer a manager, still the one who held it
        self.manager.setCurrentIndex(max(0, self.manager.findData(talk.manager_id)))
        self.notes.setText(talk.notes)
        self.errors.clear()
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.talk_id = self.talk_version = None
        self.talks.clearSelection()
        set_date(self.held, clock.today())
        self.notes.clear()
        self.errors.clear()
        self.delete_button.setEnabled(False)

    def save(self) -> bool:
        from desktop.services import development

        try:
            saved = development.save_talk(
                self.staff_id,
                self.kind.currentData(),
                self.held.text(),
                self.manager.currentData(),
                self.notes.text(),
                talk_id=self.talk_id,
                seen_version=self.talk_version,
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self, self.errors, error, lambda: self.reload(select=self.talk_id))
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not saved"), error.message)
            return False
        self.changed = True
        self.reload(select=saved)
        return True

    def delete(self) -> None:
        from desktop.services import development

        if self.talk_id is None or not confirm(self, _("Delete"), _("Delete this POAP or development talk?")):
            return
        try:
            development.delete_talk(self.talk_id, self.talk_version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not deleted"), error.message)
            self.reload(select=self.talk_id)  # what is stored now
            return
        self.changed = True
        self.reload()

    def print_record(self) -> None:
        from desktop.services import development_record
        from desktop.views.kit.pdf_output import preview_pdf

        preview_pdf(
            self,
            lambda: development_record.record_pdf(self.staff_id),
            title=self.windowTitle(),
            not_printed=_("Not printed"),
            save_title=_("Save the development record as PDF"),
            file_name=lambda: development_record.file_name(self.staff_id),
        )
