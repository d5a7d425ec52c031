"""The main window: tabs, menus, one undo stack, the database path in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from desktop import __version__, collector
from desktop.errors import LeerWerkError, UnusableDatabaseError
from desktop.forms.ui_main_window import Ui_MainWindow
from desktop.i18n import _, format_datetime
from desktop.paths import DB_FILENAME, resources_dir
from desktop.services.roles import current_permissions
from desktop.settings import Settings
from desktop.storage import unfinished
from desktop.storage.database import (
    close_database,
    current_address,
    current_database,
    current_location,
    current_path,
    open_database,
    open_read_only,
)
from desktop.storage.lock import DatabaseInUseError
from desktop.storage.recovery import open_checked
from desktop.storage.server import is_server_address
from desktop.views.database.access import ask_read_only, show_access
from desktop.views.database.backups import BackupController, recover_from_backup
from desktop.views.database.passphrase import PassphraseCancelled, open_asking_passphrase
from desktop.views.database.server_dialog import ConnectionCancelled, ask_server_address, open_server_asking
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.jobs import Job, start
from desktop.views.kit.undo import redo_step, report_refusal, undo_step
from desktop.views.window.day_watch import DayWatcher
from desktop.views.window.help_key import ModalHelpKey
from desktop.views.window.tabs import TAB_FACTORIES, forms_tab

log = logging.getLogger(__name__)
DATABASE_FILTER = "*.sqlite3 *.db *.sqlite"


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setObjectName("main.window")
        icon = resources_dir() / "icons" / "leerwerk.png"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.tabs = self.ui.mainTabs
        self.tabs.setObjectName("main.tabs")

        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("main.undoStack")
        self.action_undo = QAction(self, objectName="action.undo", shortcut=QKeySequence.StandardKey.Undo)
        self.action_redo = QAction(self, objectName="action.redo", shortcut=QKeySequence.StandardKey.Redo)
        self.action_undo.triggered.connect(self.undo)
        self.action_redo.triggered.connect(self.redo)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.undo_stack.cleanChanged.connect(self._update_undo_actions)
        self.ui.menuEdit.addAction(self.action_undo)
        self.ui.menuEdit.addAction(self.action_redo)

        self.db_label = QLabel(self, objectName="main.dbPath")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.statusBar.addPermanentWidget(self.db_label, 1)
        # What interrupted work was finished as the database opened, and what is left to a person.
        self.unfinished_label = QLabel(self, objectName="main.unfinished")
        self.unfinished_label.setWordWrap(True)
        self.unfinished_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unfinished_label.hide()
        self.ui.statusBar.addWidget(self.unfinished_label, 2)
        self._unfinished_job: Job | None = None

        self.ui.actionNewDatabase.triggered.connect(self.new_database)
        self.ui.actionOpenDatabase.triggered.connect(self.choose_database)
        self.ui.actionConnectServer.setObjectName("action.connectServer")
        self.ui.actionConnectServer.triggered.connect(self.connect_to_server)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionOrganisation.triggered.connect(self.edit_organisation)
        self.ui.actionReferenceData.triggered.connect(self.edit_reference_data)
        self.ui.actionAuditLog.triggered.connect(self.show_audit_log)
        self.ui.actionReports.setObjectName("action.reports")
        self.ui.actionReports.triggered.connect(self.show_reports)
        self._reports: QWidget | None = None
        self.ui.actionBudget.setObjectName("action.budget")
        self.ui.actionBudget.triggered.connect(self.show_budget)
        self._budget: QWidget | None = None
        self.action_waardering = QAction(self, objectName="action.waardering")
        self.action_waardering.triggered.connect(self.show_waardering)
        self.ui.menuTools.insertAction(self.ui.actionAuditLog, self.action_waardering)
        self.action_school_reviews = QAction(self, objectName="action.school_reviews")
        self.action_school_reviews.triggered.connect(self.show_school_reviews)
        self.ui.menuTools.insertAction(self.ui.actionAuditLog, self.action_school_reviews)
        self.action_development = QAction(self, objectName="action.development", shortcut=QKeySequence("Ctrl+Shift+O"))
        self.action_development.triggered.connect(self.show_development)
        self.ui.menuTools.insertAction(self.ui.actionAuditLog, self.action_development)
        self.action_climate = QAction(self, objectName="action.climate")
        self.action_climate.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.action_climate.triggered.connect(self.show_climate)
        self.ui.menuTools.insertAction(self.ui.actionAuditLog, self.action_climate)
        self.action_privacy = QAction(self, objectName="action.privacy")
        self.action_privacy.triggered.connect(self.show_privacy)
        self.ui.menuTools.insertAction(self.ui.actionSettings, self.action_privacy)
        self.action_encryption = QAction(self, objectName="action.encryption")
        self.action_encryption.triggered.connect(self.show_encryption)
        self.ui.menuTools.insertAction(self.ui.actionSettings, self.action_encryption)
        self.ui.actionSettings.triggered.connect(self.edit_settings)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionManual.triggered.connect(self.show_manual)
        self.manual = None  # the manual's window, made when first asked for
        self._help_key = ModalHelpKey(self)
        QApplication.instance().installEventFilter(self._help_key)

        self.backups = BackupController(self.ui.statusBar, self)
        self.action_backup, self.action_restore = self.backups.add_actions(self.ui.menuFile, self.ui.actionQuit, self)
        self.action_restore.triggered.connect(self.restore_backup)
        # Why a disabled item does not apply to a server database shows as its tooltip (`_show_file_actions`).
        self.ui.menuFile.setToolTipsVisible(True)
        self.ui.menuTools.setToolTipsVisible(True)

        self.remember_layout = True
        # Periods move on by date before the first page reads them, and again when the day changes.
        self.day_watcher = DayWatcher(self, self.reload_tabs)
        self.day_watcher.catch_up()
        # The first page now, the others when their tab is first shown (`_build_page`): a start builds
        # and imports only what it paints.
        # A tab the login's role may not use is hidden, and never built: it would only read what the server refuses.
        self.permissions = current_permissions()
        shown = [self._shows(factory) for factory in TAB_FACTORIES]
        first = shown.index(True)
        self._tab_pages: list[QWidget | None] = []
        for index, factory in enumerate(TAB_FACTORIES):
            built = shown[index] and (index == first or not hasattr(factory, "title"))
            page = factory(self) if built else None
            self._tab_pages.append(page)
            self.tabs.addTab(page if page is not None else QWidget(), self._tab_title(index))
            self.tabs.setTabVisible(index, shown[index])
        self.tabs.setCurrentIndex(first)
        self.tabs.currentChanged.connect(self._build_page)
        self.role_label = QLabel(self, objectName="main.role")
        self.role_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.ui.statusBar.addPermanentWidget(self.role_label)
        self._apply_permissions()
        self.retranslate()
        self._restore_layout()
        self.say_unfinished_work()

    # -- the login's role ----------------------------------------------------------------------------
    def _shows(self, factory) -> bool:
        return getattr(factory, "name", None) is None or self.permissions.shows_tab(factory.name)

    def _apply_permissions(self) -> None:
        """Hide the menus the role may not use (the server refuses what they would do anyway) and say the role."""
        administers, reports = self.permissions.administers, self.permissions.reads_reports
        for action in (
            self.ui.actionOrganisation,
            self.ui.actionReferenceData,
            self.ui.actionAuditLog,
            self.action_development,
            self.action_privacy,
            self.action_encryption,
            self.action_backup,
            self.action_restore,
        ):
            action.setVisible(administers)
        for action in (
            self.ui.actionReports,
            self.ui.actionBudget,
            self.action_waardering,
            self.action_school_reviews,
            self.action_climate,
            self.ui.menuOverview.menuAction(),  # holds only reports
        ):
            action.setVisible(reports)
        self.role_label.setText(self.permissions.note())
        self.role_label.setVisible(bool(self.role_label.text()))

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(_("Main sections"))
        self.tabs.tabBar().setAccessibleName(_("Main sections"))
        for index, page in enumerate(self._tab_pages):
            self.tabs.setTabText(index, self._tab_title(index))
            if page is not None:
                page.retranslate()
        self.db_label.setAccessibleName(_("Database file"))
        self.action_waardering.setText(_("Student&waardering…"))
        self.action_school_reviews.setText(_("School e&valuations…"))
        self.action_school_reviews.setStatusTip(
            _("The yearly evaluation of the cooperation with each school, beside the school's figures")
        )
        self.action_waardering.setStatusTip(
            _("Results of the studentwaardering per location, trainer, school or quarter; import an online form")
        )
        self.action_development.setText(_("&Development of staff…"))
        self.action_development.setStatusTip(
            _("POAPs and development talks due, the leertraject vakmanschap, the practice trainers; a person's record")
        )
        self.action_climate.setText(_("&Learning climate…"))
        self.action_climate.setStatusTip(
            _("The yearly team scan of the learning climate per team, and the actions each team agreed")
        )
        self.action_privacy.setText(_("&Privacy (AVG)…"))
        self.action_encryption.setText(_("&Encryption…"))
        self.action_encryption.setStatusTip(
            _("Encrypt the database and its backups with a passphrase, or change or remove it")
        )
        BackupController.retranslate_actions(self.action_backup, self.action_restore)
        self.role_label.setText(self.permissions.note())
        self._update_undo_actions()
        self._show_database_path()

    # -- tab pages ---------------------------------------------------------------------------------
    @property
    def pages(self) -> list[QWidget]:
        """The tab pages built so far, in tab order (a page not yet shown reads when it is built)."""
        return [page for page in self._tab_pages if page is not None]

    def build_pages(self) -> list[QWidget]:
        """Build every page not built yet, for whoever reaches into a tab not shown; returns them all."""
        for index in range(len(self._tab_pages)):
            self._build_page(index)
        return self.pages

    def _tab_title(self, index: int) -> str:
        page = self._tab_pages[index]
        return page.title() if page is not None else _(TAB_FACTORIES[index].title)

    def _build_page(self, index: int) -> None:
        if not 0 <= index < len(self._tab_pages) or self._tab_pages[index] is not None:
            return
        if not self._shows(TAB_FACTORIES[index]):
            return
        page = TAB_FACTORIES[index](self)
        self._tab_pages[index] = page
        shown = self.tabs.currentWidget()
        with QSignalBlocker(self.tabs):  # the page takes its placeholder's place; what is shown stays shown
            self.tabs.insertTab(index, page, page.title())
            placeholder = self.tabs.widget(index + 1)
            self.tabs.setCurrentWidget(page if shown is placeholder else shown)
            self.tabs.removeTab(index + 1)
        placeholder.deleteLater()

    def undo(self) -> None:
        self._after_step(undo_step(self.undo_stack))

    def redo(self) -> None:
        self._after_step(redo_step(self.undo_stack))

    def _after_step(self, refused) -> None:
        # A command whose record changed or vanished since cannot be undone; Qt drops it from the stack.
        if refused is not None:
            report_refusal(self, refused)
            self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.action_undo.setText(_("&Undo {action}").format(action=undo_text) if undo_text else _("&Undo"))
        self.action_redo.setText(_("&Redo {action}").format(action=redo_text) if redo_text else _("&Redo"))
        self.action_undo.setEnabled(self.undo_stack.canUndo())
        self.action_redo.setEnabled(self.undo_stack.canRedo())

    def _show_database_path(self) -> None:
        path, address = current_path(), current_address()
        self.db_label.setText(
            _("Database: {path}").format(path=path or address) if path or address else _("No database open")
        )
        show_access(self, path)  # the title, and "read-only" or "network drive" in the status bar
        if address is not None:
            self.setWindowTitle(
                _("{database} on {server} — LeerWerk").format(
                    database=urlsplit(address).path.lstrip("/"), server=urlsplit(address).hostname or "localhost"
                )
            )
        self._show_file_actions(on_server=address is not None)
        from desktop.services.wipe import wipe_owed

        if path is not None and wipe_owed():
            self.ui.statusBar.showMessage(
                _("An erase has not been wiped from the database file yet; finish it under Tools > Privacy (AVG).")
            )

    def _show_file_actions(self, *, on_server: bool) -> None:
        """Backups and encryption are a file's: on a server they are the server's (its IT supplier's)."""
        backups = _("A database on a server is backed up by the server's IT supplier (pg_dump), not by LeerWerk.")
        encryption = _(
            "A database on a server is protected by the server (an encrypted disk and connection), not by a "
            "LeerWerk passphrase."
        )
        for action, why in (
            (self.action_backup, backups),
            (self.action_restore, backups),
            (self.action_encryption, encryption),
        ):
            action.setEnabled(not on_server)
            action.setToolTip(why if on_server else "")  # empty: the item's own text, as Qt shows by default

    # -- layout ------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = Settings().window_state("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        collector.start_done()  # closed before the first tab read its rows
        self.backups.stop()
        if self.remember_layout:
            Settings().set_window_state("main", self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    # -- database ----------------------------------------------------------------------------------
    def switch_database(self, path: Path | str) -> bool:
        """Open `path` (or a server's address) instead of the current database; on failure say why and keep the
        current one."""
        if is_server_address(path):
            return self._switch_to_server(path)
        previous = current_path()
        self.backups.stop()
        try:
            try:
                open_asking_passphrase(open_checked, path, self)
            except DatabaseInUseError as error:
                if not ask_read_only(self, error):
                    return False
                open_asking_passphrase(open_read_only, path, self)
        except PassphraseCancelled:
            if previous is not None:
                self.backups.resume(previous)
            return False
        except UnusableDatabaseError as error:
            refuse = lambda message: QMessageBox.warning(self, _("Database not opened"), message)  # noqa: E731
            if recover_from_backup(error, Path(path), self, refuse):
                return self.switch_database(path)
            if previous is not None:
                self.backups.resume(previous)
            return False
        self.backups.start(Path(path))
        Settings().set_last_database(Path(path).absolute())
        self._opened()
        return True

    def _switch_to_server(self, address: str) -> bool:
        previous = current_path()
        self.backups.stop()
        try:
            address = open_server_asking(open_database, address, self)
        except (ConnectionCancelled, UnusableDatabaseError) as error:
            if isinstance(error, UnusableDatabaseError):
                QMessageBox.warning(self, _("Database not opened"), error.message)
            if previous is not None:
                self.backups.resume(previous)
            return False
        Settings().set_last_database(address)
        self._opened()
        return True

    def _opened(self) -> None:
        """The window on the database just opened: nothing to undo from the previous one, every tab read anew."""
        self.undo_stack.clear()
        self.day_watcher.catch_up()
        self.reload_tabs()
        self._show_database_path()
        self.say_unfinished_work()

    def connect_to_server(self) -> None:
        """File > Connect to server: the address, tested, then the window on it."""
        try:
            address = ask_server_address(self, current_address())
        except ConnectionCancelled:
            return
        self.switch_database(address)

    def say_unfinished_work(self) -> None:
        """Show what interrupted work was finished as the database opened, then what is left to a person and
        the command that finishes it (found on a worker: comparing passphrases derives a key per backup)."""
        path, database = current_path(), current_database()
        done = list(database.finished_work) if database is not None else []
        self._show_unfinished(done)
        if path is None:
            return
        job = Job(lambda _job: unfinished.describe(path), log_line="Looking for unfinished work failed", parent=self)
        job.signals.finished.connect(lambda found: self._show_unfinished(done + [sentence for sentence, _f in found]))
        self._unfinished_job = start(job)

    def _show_unfinished(self, sentences: list[str]) -> None:
        self.unfinished_label.setText(" ".join(sentences))
        self.unfinished_label.setVisible(bool(sentences))

    def restore_backup(self) -> None:
        """Choose a backup of the open database, confirm, put it back and reopen the window on it."""
        from desktop.storage.recovery import restore_backup
        from desktop.views.database.restore_dialog import RestoreBackupDialog
        from desktop.views.kit.widgets import confirm

        path = current_path()
        if path is None:
            return
        dialog = RestoreBackupDialog(path, self)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.selected() is None:
            return
        chosen = dialog.selected()
        question = _(
            "Put the backup of {when} back? The database as it is now is kept beside it under another name."
        ).format(when=format_datetime(chosen.made))
        if not confirm(self, _("Restore a backup"), question):
            return
        self.backups.stop(last_backup=False)
        close_database()
        try:
            aside = restore_backup(chosen.path, path, encrypt=dialog.encrypt)
        except LeerWerkError as error:
            QMessageBox.warning(self, _("Backup not restored"), error.message)
            aside = None
        if not self.switch_database(path):
            return
        if aside is not None:
            self.ui.statusBar.showMessage(
                _("Backup restored; the previous file was kept as {name}.").format(name=aside.name)
            )

    def _start_folder(self) -> str:
        path = current_path()
        return str(path.parent) if path else ""

    def choose_database(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self,
            _("Open database"),
            self._start_folder(),
            _("LeerWerk databases ({patterns})").format(patterns=DATABASE_FILTER),
        )
        if filename:
            self.switch_database(Path(filename))

    def new_database(self) -> None:
        filename, _filter = QFileDialog.getSaveFileName(
            self,
            _("New database"),
            str(Path(self._start_folder()) / DB_FILENAME),
            _("LeerWerk databases ({patterns})").format(patterns=DATABASE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not filename:
            return
        path = Path(filename)
        if path.exists():
            QMessageBox.warning(
                self,
                _("Database not created"),
                _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(path=path),
            )
            return
        self.switch_database(path)

    # -- what one feature asks of another (desktop.views.kit.links) ---------------------------------
    def open_form(
        self,
        parent: QWidget,
        kind: str,
        form_id: int | None = None,
        *,
        period_id: int | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> tuple[str, int] | None:
        from desktop.views.bpv_forms.dialog import open_form_dialog

        def changed() -> None:
            self._reload_forms_tab()
            if on_change is not None:
                on_change()

        return open_form_dialog(parent, self.undo_stack, kind, form_id, period_id=period_id, on_change=changed)

    def _reload_forms_tab(self) -> None:
        from desktop.views.bpv_forms.tab import FormsTab

        for page in self.pages:
            if isinstance(page, FormsTab):
                page.reload()

    def show_forms_of(self, learner_id: int) -> None:
        index = TAB_FACTORIES.index(forms_tab)
        self._build_page(index)
        page = self._tab_pages[index]
        self.tabs.setCurrentWidget(page)
        page.show_learner(learner_id)

    # -- dialogs -----------------------------------------------------------------------------------
    def edit_organisation(self) -> None:
        from desktop.views.reference.organisation_dialog import OrganisationDialog  # dialogs load when first opened

        run_dialog(OrganisationDialog(self.undo_stack, self))

    def edit_reference_data(self) -> None:
        from desktop.views.reference.dialog import ReferenceDialog

        dialog = ReferenceDialog(self.undo_stack, self, on_change=self.reload_tabs)
        dialog.data_changed.connect(self.reload_tabs)
        run_dialog(dialog)

    def show_waardering(self) -> None:
        from desktop.views.quality.results import WaarderingResults

        run_dialog(WaarderingResults(self, on_change=self.reload_tabs))

    def show_climate(self) -> None:
        from desktop.views.climate.window import ClimateWindow

        run_dialog(ClimateWindow(self, on_change=self.reload_tabs))

    def show_school_reviews(self) -> None:
        from desktop.views.quality.school_reviews import SchoolReviewsDialog

        run_dialog(SchoolReviewsDialog(self))

    def show_development(self) -> None:
        from desktop.views.development.lists import DevelopmentDialog

        run_dialog(DevelopmentDialog(self, on_change=self.reload_tabs))

    def reload_tabs(self) -> None:
        """Let every tab, and the reports when open, show data changed elsewhere (a renamed school, a new team)."""
        for page in self.pages:
            page.reload()
        if (reports := self._open_reports()) is not None:
            reports.refresh()
        if (budget := self._open_budget()) is not None:
            budget.refresh()

    def open_record(self, table: str, record_id: int | None, on_change=None) -> bool:
        """Open a record where it is handled (see `opening`), for a page that shows other features' records."""
        from desktop.views.window.opening import open_record

        return open_record(self.undo_stack, table, record_id, self, on_change or self.reload_tabs)

    def show_audit_log(self) -> None:
        from desktop.views.database.audit_log_dialog import AuditLogDialog

        run_dialog(AuditLogDialog(self))

    def show_reports(self) -> QWidget:
        """The Rapportages window, opened beside this one (or brought to the front when it is open); also what an
        Overview tab's button calls."""
        from desktop.views.reports.window import ReportsWindow  # QtCharts loads with it, not at start-up

        reports = self._open_reports()
        if reports is None:
            reports = self._reports = ReportsWindow(self)
            reports.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reports.show()
        reports.raise_()
        reports.activateWindow()
        return reports

    def _open_reports(self) -> QWidget | None:
        from shiboken6 import isValid

        return self._reports if self._reports is not None and isValid(self._reports) else None

    def show_budget(self) -> QWidget:
        """The budget window (spend against the budget, external requests, the yearly plan), opened beside this one
        or brought to the front when it is open."""
        from desktop.views.budget.window import BudgetWindow

        budget = self._open_budget()
        if budget is None:
            budget = self._budget = BudgetWindow(self)
            budget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        budget.show()
        budget.raise_()
        budget.activateWindow()
        return budget

    def _open_budget(self) -> QWidget | None:
        from shiboken6 import isValid

        return self._budget if self._budget is not None and isValid(self._budget) else None

    def show_privacy(self) -> None:
        from desktop.views.database.privacy_dialog import PrivacyDialog

        run_dialog(PrivacyDialog(self, on_change=self.reload_tabs))

    def show_encryption(self) -> None:
        from desktop.views.database.encryption_dialog import change_encryption_of

        change_encryption_of(self)

    def edit_settings(self) -> None:
        from desktop.views.window.settings_dialog import SettingsDialog

        run_dialog(SettingsDialog(self))

    def show_manual(self) -> None:
        """The manual, at the part about the tab on screen."""
        from desktop.views.help.manual import SECTIONS, ManualWindow

        if self.manual is None:
            self.manual = ManualWindow(self)
        self.manual.open_at(SECTIONS.get(self.tabs.currentWidget().objectName(), ""))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            _("About LeerWerk"),
            _(
                "<h3>LeerWerk {version}</h3><p>Placements, coaching and trainings for the training "
                "coordinator of a care organisation.</p><p>Database: {path}</p>"
            ).format(version=__version__, path=current_location() or "-"),
        )
