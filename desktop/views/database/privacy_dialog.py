"""Privacy (AVG), under Extra: export or erase one person, the retention periods, and the review list.

Erasing and anonymising ask first and cannot be undone: the point is that the data is gone, also
from the database file (it is rewritten), so there is no undo step for them. When that rewrite could
not be done, the dialog says so and offers to finish it (as ``leerwerk privacy wipe`` does).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QSpinBox, QWidget

from desktop import clock, files
from desktop.cli.privacy import describe_drafts, describe_kept
from desktop.errors import LeerWerkError
from desktop.forms.ui_privacy_dialog import Ui_PrivacyDialog
from desktop.i18n import N_, _, format_date, ngettext
from desktop.paths import NOT_IN_FILE_NAMES
from desktop.services import retention
from desktop.services.privacy import PersonRef, people_choices
from desktop.services.retention_periods import KINDS, MAX_YEARS, MIN_YEARS, all_retention_years, set_retention_years
from desktop.services.wipe import finish_wipe, not_wiped_message, wipe_owed
from desktop.storage.database import current_path
from desktop.views.kit.table_model import Column, RowTableModel
from desktop.views.kit.widgets import confirm, fill_combo


class ReviewModel(RowTableModel):
    columns = (
        Column("kind", N_("Kind"), lambda i: i.kind_label),
        Column("record", N_("Record"), lambda i: i.label),
        Column("ended", N_("Ended on"), lambda i: format_date(i.ended_on), sort=lambda i: i.ended_on),
        Column(
            "past",
            N_("Past by"),
            lambda i: ngettext("{n} day", "{n} days", i.past_by(clock.today())).format(n=i.past_by(clock.today())),
            sort=lambda i: i.past_by(clock.today()),
            align_right=True,
        ),
    )


class PrivacyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, on_change=None):
        super().__init__(parent)
        self.ui = Ui_PrivacyDialog()
        self.ui.setupUi(self)
        self.setObjectName("privacy.dialog")
        self.on_change = on_change or (lambda: None)
        fill_combo(self.ui.kindCombo, [("learner", _("Learner")), ("staff", _("Staff member"))])
        self.ui.kindCombo.currentIndexChanged.connect(self._fill_people)
        self.ui.personCombo.setInsertPolicy(self.ui.personCombo.InsertPolicy.NoInsert)
        completer = self.ui.personCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        self.spins: dict[str, QSpinBox] = {}
        years = all_retention_years()
        for kind in KINDS:
            spin = QSpinBox(self, objectName=f"privacy.years.{kind.code}")
            spin.setRange(MIN_YEARS, MAX_YEARS)
            spin.setMaximumWidth(140)
            spin.setValue(years[kind.code])
            spin.setSuffix(" " + _("years"))
            spin.setAccessibleName(_(kind.label))
            label = _("{kind} ({counted_from}):").format(kind=_(kind.label), counted_from=_(kind.counted_from))
            self.ui.periodsForm.addRow(label, spin)
            self.spins[kind.code] = spin
        self.model = ReviewModel(self)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.exportButton.clicked.connect(self.export_person)
        self.ui.eraseButton.clicked.connect(self.erase_person)
        self.ui.savePeriodsButton.clicked.connect(self.save_periods)
        self.ui.anonymiseButton.clicked.connect(self.anonymise_selected)
        self.ui.wipeButton.clicked.connect(self.finish_wiping)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill_people()
        self.reload()
        self._show_wipe_owed()

    # -- one person ----------------------------------------------------------------------------------
    def _fill_people(self, *_args) -> None:
        kind = self.ui.kindCombo.currentData()
        fill_combo(self.ui.personCombo, people_choices(kind))
        self._update_buttons()

    def selected_person(self) -> PersonRef | None:
        index = self.ui.personCombo.findText(self.ui.personCombo.currentText())
        if index < 0:
            return None
        return PersonRef(self.ui.kindCombo.currentData(), self.ui.personCombo.itemData(index))

    def _ask_target(self, ref: PersonRef) -> Path | None:
        name = NOT_IN_FILE_NAMES.sub(" ", self.ui.personCombo.currentText().split(" (")[0]).strip()
        filename, _filter = QFileDialog.getSaveFileName(
            self, _("Export data (AVG)"), f"{ref.kind}-{ref.id} {name}.zip", _("ZIP files (*.zip)")
        )
        return Path(filename) if filename else None

    def export_person(self) -> None:
        from desktop.services.privacy_export import export_person

        ref = self.selected_person()
        if ref is None:
            return
        target = self._ask_target(ref)
        if target is None:
            return
        try:
            counts = export_person(ref, target)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Data not exported"), error.message)
            return
        except OSError as error:
            reason = files.os_reason(error)
            message = _("{path} cannot be written: {reason}").format(path=target, reason=reason)
            QMessageBox.warning(self, _("Data not exported"), message)
            return
        QMessageBox.information(
            self,
            _("Data exported"),
            _("{rows} rows, {files} signature files and {forms} form PDFs exported to {path}.").format(
                rows=counts["rows"], files=counts["files"], forms=counts["forms"], path=target
            ),
        )

    def erase_person(self) -> None:
        from desktop.services.erasure import erase_person

        ref = self.selected_person()
        if ref is None:
            return
        question = _(
            "Erase {name}? Everything about this person is deleted or anonymised; signed BPV forms inside their "
            "retention period are kept. This cannot be undone."
        ).format(name=self.ui.personCombo.currentText())
        if not confirm(self, _("Erase data (AVG)"), question):
            return
        try:
            report = erase_person(ref)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Data not erased"), error.message)
            return
        deleted, anonymised = sum(report.deleted.values()), sum(report.anonymised.values())
        lines = [
            _("{deleted} rows deleted, {anonymised} emptied or anonymised.").format(
                deleted=deleted, anonymised=anonymised
            ),
            *describe_kept(report.kept),
            *describe_drafts(report.drafts_removed),
        ]
        if report.not_wiped is None:
            QMessageBox.information(self, _("Data erased"), "\n".join(lines))
        else:
            lines.append(not_wiped_message(report.not_wiped, current_path()))
            QMessageBox.warning(self, _("Data erased, not yet wiped from the file"), "\n".join(lines))
        self._fill_people()
        self.reload()
        self._show_wipe_owed()
        self.on_change()

    def _show_wipe_owed(self) -> None:
        owed = wipe_owed()
        self.ui.wipeLabel.setVisible(owed)
        self.ui.wipeButton.setVisible(owed)

    def finish_wiping(self) -> None:
        try:
            reason = finish_wipe()
        except LeerWerkError as error:  # a database open read-only: another LeerWerk must finish it
            QMessageBox.warning(self, _("Not yet wiped"), error.message)
            return
        self._show_wipe_owed()
        if reason is not None:
            QMessageBox.warning(self, _("Not yet wiped"), not_wiped_message(reason, current_path()))
            return
        QMessageBox.information(
            self, _("Wiped"), _("The database file is rewritten: nothing that was erased is left in it.")
        )

    # -- retention -----------------------------------------------------------------------------------
    def save_periods(self) -> None:
        try:
            set_retention_years({code: spin.value() for code, spin in self.spins.items()})
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Periods not saved"), error.message)
            return
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(retention.review())
        count = self.model.rowCount()
        text = ngettext("{count} record past its period", "{count} records past their period", count)
        self.ui.countLabel.setText(text.format(count=count))
        self._update_buttons()

    def selected_items(self) -> list[retention.ReviewItem]:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return [self.model.row_object(index.row()) for index in rows]

    def _update_buttons(self, *_args) -> None:
        self.ui.anonymiseButton.setEnabled(bool(self.selected_items()))
        has_person = self.ui.personCombo.count() > 0
        self.ui.exportButton.setEnabled(has_person)
        self.ui.eraseButton.setEnabled(has_person)

    def anonymise_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        question = ngettext(
            "Anonymise {count} record past its retention period? This cannot be undone.",
            "Anonymise {count} records past their retention period? This cannot be undone.",
            len(items),
        ).format(count=len(items))
        if not confirm(self, _("Anonymise"), question):
            return
        try:
            result = retention.anonymise(items)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Not anonymised"), error.message)
            return
        self.ui.countLabel.setText(
            ngettext(
                "{count} record anonymised; {backups} old backups removed.",
                "{count} records anonymised; {backups} old backups removed.",
                result.items,
            ).format(count=result.items, backups=result.backups_removed)
        )
        if result.not_wiped is not None:
            QMessageBox.warning(self, _("Not yet wiped"), not_wiped_message(result.not_wiped, current_path()))
        self._fill_people()
        self.model.set_rows(retention.review())
        self._update_buttons()
        self._show_wipe_owed()
        self.on_change()
