"""The agreements of a BPV period (the Agreements tab of the period dialog): the POK and its siblings,
their progress and who signed them when, and the scan of each, kept in the database.

Each change is saved at once through the agreements service and is a step on the undo stack, the scan
included (undoing an attached scan puts the previous one back). The period dialog promotes this panel
in its Designer layout and binds it to a stored period with `bind`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, ValidationError
from desktop.forms.ui_agreements_panel import Ui_AgreementsPanel
from desktop.i18n import N_, _, format_date
from desktop.services import agreements, records, validation
from desktop.services.agreements import PARTY_FIELDS, AgreementRow
from desktop.services.base import transaction
from desktop.services.scans import read_scan
from desktop.settings import SCAN_FOLDER, Settings
from desktop.storage import choices
from desktop.storage.files import write_atomically
from desktop.views.kit.changed_since import offer_reload
from desktop.views.kit.field_errors import FieldErrors
from desktop.views.kit.files import open_file, save_document
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.undo import CreateCommand, DeleteCommand, ServiceCommand, UpdateCommand
from desktop.views.kit.widgets import compact_rows, confirm, fill_vocabulary, prepare_date_edit, select, set_date

DATE_EDITS = {
    "requested_on": "requestedOnEdit",
    "received_on": "receivedOnEdit",
    "learner_signed_on": "learnerSignedEdit",
    "school_signed_on": "schoolSignedEdit",
    "company_signed_on": "companySignedEdit",
    "signed_on": "signedOnEdit",
    "ended_on": "endedOnEdit",
}
LABELS = {
    "requested_on": "requestedOnLabel",
    "received_on": "receivedOnLabel",
    "learner_signed_on": "learnerSignedLabel",
    "school_signed_on": "schoolSignedLabel",
    "company_signed_on": "companySignedLabel",
    "signed_on": "signedOnLabel",
    "ended_on": "endedOnLabel",
    "kind": "kindLabel",
    "status": "statusLabel",
    "sbb_id": "sbbIdLabel",
    "notes": "notesLabel",
    "scan": "scanLabel",
}
PARTY_NAMES = {"learner": N_("learner"), "school": N_("school"), "company": N_("company")}
SCAN_PATTERNS = {
    ".pdf": N_("PDF files (*.pdf)"),
    ".png": N_("PNG pictures (*.png)"),
    ".jpg": N_("JPEG pictures (*.jpg)"),
}


def signed_by(row: AgreementRow) -> str:
    """Who has signed, in a few words: "learner, company"."""
    return ", ".join(_(PARTY_NAMES[party]) for party, field in PARTY_FIELDS.items() if getattr(row, field))


def _latest(row: AgreementRow):
    return row.ended_on or row.signed_on or row.received_on or row.requested_on


class AgreementsModel(RowTableModel):
    columns = (
        Column("kind", N_("Agreement"), lambda r: choices.label(choices.AGREEMENT_KINDS, r.kind)),
        Column(
            "status",
            N_("Status"),
            lambda r: choices.label(choices.AGREEMENT_STATUSES, r.status),
            sort=lambda r: list(choices.AGREEMENT_STATUSES).index(r.status),
        ),
        Column("since", N_("Since"), lambda r: format_date(_latest(r), "short"), sort=_latest),
        Column("signed_by", N_("Signed by"), signed_by),
        Column("sbb_id", N_("Leerbedrijf ID"), lambda r: r.sbb_id),
        Column("scan", N_("Scan"), lambda r: r.scan_kind or "", searchable=False),
    )


class AddMissingCommand(ServiceCommand):
    """Adding the agreements a period lacks, undone by deleting them all: refused, as a whole, once someone else
    changed one of them since."""

    def __init__(self, ids: list[int], text: str, on_change=None):
        super().__init__(text, on_change)
        self.service, self.ids, self.snapshots = records.service("agreement"), ids, []
        self.versions = [self.service.get(record_id).version for record_id in ids]

    def apply(self) -> None:
        with transaction():
            for snapshot in self.snapshots:
                self.service.restore(snapshot)

    def revert(self) -> None:
        with transaction():
            self.snapshots = [
                self.service.delete_unchanged(record_id, version)
                for record_id, version in zip(self.ids, self.versions, strict=True)
            ]


class AgreementsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgreementsPanel()
        self.ui.setupUi(self)
        self.setObjectName("agreements.panel")
        self.service = records.service("agreement")
        self.period_id: int | None = None
        self.learner_type = ""
        self.undo_stack: QUndoStack | None = None
        self._changed: Callable[[], Callable[[], None]] = lambda: lambda: None
        self.model = AgreementsModel(self)
        table = self.ui.tableView
        table.setModel(self.model)
        table.setObjectName("agreements.table")
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        compact_rows(table)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._show)
        self.dates = {field: getattr(self.ui, name) for field, name in DATE_EDITS.items()}
        for field, edit in self.dates.items():
            prepare_date_edit(edit)
            edit.setObjectName(f"agreements.{field}")
        for widget, name in (
            (self.ui.kindCombo, "kind"),
            (self.ui.statusCombo, "status"),
            (self.ui.sbbIdEdit, "sbb_id"),
            (self.ui.notesEdit, "notes"),
            (self.ui.scanNameLabel, "scan_name"),
            (self.ui.attachScanButton, "attach_scan"),
            (self.ui.openScanButton, "open_scan"),
            (self.ui.saveScanButton, "save_scan"),
            (self.ui.removeScanButton, "remove_scan"),
            (self.ui.newButton, "new"),
            (self.ui.saveButton, "save"),
            (self.ui.deleteButton, "delete"),
            (self.ui.addNeededButton, "add_needed"),
        ):
            widget.setObjectName(f"agreements.{name}")
        fill_vocabulary(self.ui.kindCombo, choices.AGREEMENT_KINDS)
        fill_vocabulary(self.ui.statusCombo, choices.AGREEMENT_STATUSES)
        self.ui.statusCombo.activated.connect(self._status_chosen)
        self.ui.kindCombo.currentIndexChanged.connect(self._show_parties)
        self.ui.newButton.clicked.connect(self.new)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.addNeededButton.clicked.connect(self.add_missing)
        self.ui.attachScanButton.clicked.connect(self.choose_scan)
        self.ui.openScanButton.clicked.connect(self.open_scan)
        self.ui.saveScanButton.clicked.connect(self.save_scan)
        self.ui.removeScanButton.clicked.connect(self.remove_scan)
        self.errors = FieldErrors(QLabel(self), {}, {})

    def bind(
        self,
        undo_stack: QUndoStack,
        error_label: QLabel,
        changed: Callable[[], Callable[[], None]],
    ) -> None:
        """Report changes on `undo_stack`, say errors in `error_label`; `changed()` makes each step's callback."""
        self.undo_stack, self._changed = undo_stack, changed
        widgets = {**self.dates, "kind": self.ui.kindCombo, "status": self.ui.statusCombo}
        widgets |= {"sbb_id": self.ui.sbbIdEdit, "notes": self.ui.notesEdit, "scan": self.ui.attachScanButton}
        captions = {field: _caption(getattr(self.ui, name)) for field, name in LABELS.items()}
        self.errors = FieldErrors(error_label, widgets, captions)

    def set_period(self, period_id: int | None, learner_type: str) -> None:
        self.period_id, self.learner_type = period_id, learner_type
        self.reload()
        self._show(QModelIndex())

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(agreements.agreements_of(self.period_id) if self.period_id else [])
        self.ui.tableView.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        self.ui.addNeededButton.setEnabled(bool(self.period_id and agreements.missing_kinds(self.period_id)))

    # -- selection and the form -------------------------------------------------------------------------
    def selected(self) -> AgreementRow | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select(self, agreement_id: int) -> None:
        row = self.model.row_of(lambda r: r.id == agreement_id)
        if row is not None:
            self.ui.tableView.setCurrentIndex(self.model.index(row, 0))
            self._show(self.model.index(row, 0))

    def _show(self, current: QModelIndex, _previous=None) -> None:
        row = self.model.row_object(current.row()) if current.isValid() else None
        select(self.ui.kindCombo, row.kind if row else agreements.first_kind(self.learner_type))
        select(self.ui.statusCombo, row.status if row else "to_request")
        for field, edit in self.dates.items():
            set_date(edit, getattr(row, field) if row else None)
        self.ui.sbbIdEdit.setText(row.sbb_id if row else agreements.organisation_sbb_id())
        self.ui.notesEdit.setPlainText(row.notes if row else "")
        self._show_scan(row)
        self._show_parties()
        self.ui.deleteButton.setEnabled(row is not None)

    def _show_scan(self, row: AgreementRow | None) -> None:
        if row is None or row.scan_kind is None:
            self.ui.scanNameLabel.setText(
                _("(no scan)") if row else _("Save the agreement first, then attach its scan.")
            )
        else:
            self.ui.scanNameLabel.setText(
                _("{name} ({kind})").format(name=row.scan_name or _("scan"), kind=row.scan_kind)
            )
        has_scan = row is not None and row.scan_kind is not None
        self.ui.attachScanButton.setEnabled(row is not None)
        for button in (self.ui.openScanButton, self.ui.saveScanButton, self.ui.removeScanButton):
            button.setEnabled(has_scan)

    def _show_parties(self, *_args) -> None:
        """A party that does not sign this kind (the school, on a leerarbeidsovereenkomst) cannot be filled in."""
        parties = choices.AGREEMENT_PARTIES.get(self.ui.kindCombo.currentData(), ())
        for party, field in PARTY_FIELDS.items():
            self.dates[field].setEnabled(party in parties)

    def _status_chosen(self, *_args) -> None:
        """Choosing a status fills in its date with today (or, for signed, the day the last party signed)."""
        field = agreements.STATUS_DATES.get(self.ui.statusCombo.currentData())
        if field is None or self.dates[field].text().strip():
            return
        day = clock.today()
        if field == "signed_on":
            signing = [self.dates[f] for f in PARTY_FIELDS.values() if self.dates[f].isEnabled()]
            days = [edit.text().strip() for edit in signing]
            if days and all(days):
                self.dates[field].setText(max(days, key=_day_key))
                return
        set_date(self.dates[field], day)

    def _values(self) -> dict:
        values = {field: edit.text() if edit.isEnabled() else None for field, edit in self.dates.items()}
        values.update(
            kind=self.ui.kindCombo.currentData(),
            status=self.ui.statusCombo.currentData(),
            sbb_id=self.ui.sbbIdEdit.text(),
            notes=self.ui.notesEdit.toPlainText(),
        )
        return values

    # -- actions ---------------------------------------------------------------------------------------
    def new(self) -> None:
        self.ui.tableView.setCurrentIndex(QModelIndex())
        self.ui.tableView.clearSelection()
        self._show(QModelIndex())
        self.ui.kindCombo.setFocus()

    def save(self) -> bool:
        if self.period_id is None or self.undo_stack is None:
            return False
        self.errors.clear()
        row = self.selected()
        try:
            if row is None:
                record = self.service.create(period=self.period_id, **self._values())
                self.undo_stack.push(CreateCommand(self.service, record.id, _("Add agreement"), self._changed()))
            else:
                record, previous = self.service.update(row.id, seen_version=row.version, **self._values())
                if previous:
                    new = self.service.values_of(record, previous)
                    text = _("Edit agreement")
                    self.undo_stack.push(UpdateCommand(self.service, row.id, new, previous, text, self._changed()))
        except ValidationError as error:
            self.errors.show(error)
            return False
        except ChangedSinceReadError as error:
            offer_reload(self.window(), self.errors, error, lambda: self._show_stored(row.id))
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Agreement not saved"), error.message)
            self._show_stored(row.id)
            return False
        self._after_change(record.id)
        return True

    def delete(self) -> None:
        row = self.selected()
        if row is None or self.undo_stack is None:
            return
        question = _("Delete this {kind}, with its scan?").format(kind=choices.label(choices.AGREEMENT_KINDS, row.kind))
        if not confirm(self, _("Delete agreement"), question + "\n\n" + _("You can undo this with Ctrl+Z.")):
            return
        try:
            snapshot = self.service.delete_unchanged(row.id, row.version)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Agreement not deleted"), error.message)
            self._show_stored(row.id)
            return
        self.undo_stack.push(DeleteCommand(self.service, snapshot, _("Delete agreement"), self._changed()))
        self._after_change(None)

    def add_missing(self) -> None:
        if self.period_id is None or self.undo_stack is None:
            return
        try:
            ids = agreements.add_missing(self.period_id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Agreements not added"), error.message)
            return
        if ids:
            self.undo_stack.push(AddMissingCommand(ids, _("Add the agreements needed"), self._changed()))
            self._after_change(ids[0])

    def _after_change(self, agreement_id: int | None) -> None:
        self._changed()()
        self.reload()
        if agreement_id is not None:
            self.select(agreement_id)
        else:
            self._show(QModelIndex())

    def _show_stored(self, agreement_id: int) -> None:
        """Show the agreements as stored now, after a change refused because someone else changed or deleted one."""
        self.reload()
        if self.model.row_of(lambda r: r.id == agreement_id) is not None:
            self.select(agreement_id)
        else:
            self._show(QModelIndex())

    # -- the scan --------------------------------------------------------------------------------------
    def choose_scan(self) -> None:
        settings = Settings()
        folder = settings.get(SCAN_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        pattern = _("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)")
        filename, _filter = QFileDialog.getOpenFileName(
            self, _("Attach the scan of the agreement"), str(folder), pattern
        )
        if filename:
            settings.set(SCAN_FOLDER, Path(filename).parent)
            self.attach_scan(Path(filename))

    def attach_scan(self, path: Path) -> bool:
        """Keep the scan at `path` with the selected agreement, or say beside the field why not."""
        row = self.selected()
        if row is None:
            return False
        self.errors.clear()
        try:
            data = read_scan(path, agreements.MAX_SCAN_BYTES)
        except ValidationError as error:
            self.errors.show(error)
            return False
        return self._set_scan(row, {"scan": data, "scan_name": path.name}, _("Attach scan"))

    def remove_scan(self) -> None:
        row = self.selected()
        if row is None or row.scan_kind is None:
            return
        if confirm(self, _("Remove scan"), _("Remove the scan from this agreement?")):
            self._set_scan(row, {"scan": None, "scan_name": ""}, _("Remove scan"))

    def _set_scan(self, row: AgreementRow, values: dict, text: str) -> bool:
        try:
            record, previous = self.service.update(row.id, seen_version=row.version, **values)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Agreement not saved"), error.message)
            self._show_stored(row.id)
            return False
        if previous:
            new = self.service.values_of(record, previous)
            self.undo_stack.push(UpdateCommand(self.service, row.id, new, previous, text, self._changed()))
        self._after_change(row.id)
        return True

    def _scan(self) -> tuple[bytes, str, str] | None:
        row = self.selected()
        if row is None:
            return None
        try:
            return agreements.scan_of(row.id)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Scan not shown"), error.message)
            return None

    def open_scan(self) -> Path | None:
        """Show the scan in the program Windows uses for it, from a copy in the temporary folder."""
        scan = self._scan()
        if scan is None:
            return None
        data, _name, suffix = scan
        folder = Path(tempfile.gettempdir()) / "LeerWerk"
        try:
            folder.mkdir(exist_ok=True)
            path = folder / f"agreement-{self.selected().id}{suffix}"
            write_atomically(path, data)
        except OSError as error:
            QMessageBox.warning(
                self, _("Scan not shown"), _("The scan cannot be written: {reason}").format(reason=error)
            )
            return None
        open_file(path)
        return path

    def save_scan(self) -> None:
        scan = self._scan()
        if scan is None:
            return
        data, name, suffix = scan
        pattern = _(SCAN_PATTERNS.get(suffix, N_("All files (*)")))
        save_document(self, _("Save scan"), Path(name).stem or _("agreement"), pattern, make=lambda: data)


def _caption(label) -> str:
    return label.text().replace("&", "").rstrip(":")


def _day_key(text: str):
    try:
        return validation.date("signed_on", text)
    except ValidationError:
        return clock.today()
