"""Starting the GUI: the application object, the language, the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME, __version__, collector, i18n
from desktop.errors import UnusableDatabaseError
from desktop.storage.lock import DatabaseInUseError


def _needs_offscreen() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _qt_message(mode, context, message: str) -> None:
    # Qt's own warnings go to our log instead of the console (where a windowed app has none).
    import logging

    from PySide6.QtCore import QtMsgType

    level = logging.WARNING if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) else logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


def ensure_application():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop.views import skip_source_scan

    skip_source_scan()  # before the window's modules are imported (`desktop.views`)
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_message)
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName("")
        collector.collect_on_gui_thread()  # never on a worker, where it could free a Qt object (`desktop.collector`)
    return app


def open_main_window(
    db_path: str | os.PathLike, remember: bool = False, read_only: bool = False, ask_passphrase: bool = True
):
    """Build and show the main window on `db_path` without starting the event loop; returns it.

    With `remember`, the next start without ``--db`` opens this database again. Raises
    `UnusableDatabaseError` when the file cannot be used (nothing is changed then), and its
    `DatabaseInUseError` when another LeerWerk has it open; `read_only` then opens it to read only.
    An encrypted file whose passphrase was not given is asked for it (with `ask_passphrase`, else its
    `PassphraseError` is raised); `PassphraseCancelled` when the person cancels that question. A server's
    address (``postgresql://…``) opens that database, with its password remembered or asked (`ConnectionCancelled`
    when the person cancels).
    """
    collector.pause_for_start()  # until the first tab reads its rows (`desktop.collector`)
    try:
        return _open_main_window(db_path, remember, read_only, ask_passphrase)
    except BaseException:
        collector.start_done()  # no window: nothing will read rows
        raise


def _open_main_window(db_path: str | os.PathLike, remember: bool, read_only: bool, ask_passphrase: bool):
    from desktop.storage.server import is_server_address

    on_server = is_server_address(db_path)
    from desktop.settings import Settings
    from desktop.storage.database import open_database, open_read_only
    from desktop.storage.recovery import open_checked
    from desktop.views.database.passphrase import open_asking_passphrase
    from desktop.views.window.main import MainWindow
    from desktop.views.window.qt_i18n import apply_language

    ensure_application()
    apply_language(i18n.initial_language())
    if on_server:
        from desktop.views.database.server_dialog import open_server_asking

        db_path = open_server_asking(open_database, db_path) if ask_passphrase else open_database(db_path).address
    else:
        opener = open_read_only if read_only else open_checked
        if ask_passphrase:
            open_asking_passphrase(opener, Path(db_path))
        else:
            opener(Path(db_path))
    if remember:
        Settings().set_last_database(db_path if on_server else Path(db_path).absolute())
    window = MainWindow()
    if remember and not on_server:  # the coordinator's own database file: not a demo, not a smoke run
        window.backups.start(Path(db_path))
    window.show()
    return window


def run_gui(db_path: Path | str, smoke: bool = False, remember: bool = True) -> int:
    """Open the main window and run until it closes; with `smoke`, return 0 once the first tab has painted its
    rows (a start as a person sees it: the window, then the rows read after its first paint).

    A smoke run or a demo leaves no trace in the settings: not the database, not the window layout.
    """
    if _needs_offscreen():
        if not smoke:
            print(i18n._("LeerWerk needs a screen: no display was found."), file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    collector.pause_for_start()
    app = ensure_application()
    from desktop.services import school_drafts
    from desktop.storage.server import is_server_address
    from desktop.views.database.passphrase import PassphraseCancelled
    from desktop.views.database.server_dialog import ConnectionCancelled

    school_drafts.remove_stale()  # 'Naar school' drafts hold personal data; the mail program has them by now

    try:
        try:
            window = open_main_window(db_path, remember=remember and not smoke, ask_passphrase=not smoke)
        except DatabaseInUseError as error:
            from desktop.views.database.access import ask_read_only

            if smoke:
                print(error.message, file=sys.stderr)
                return 2
            if not ask_read_only(None, error):
                return 0  # the person's own choice, not a failure to report again
            window = open_main_window(db_path, remember=remember, read_only=True)
    except (PassphraseCancelled, ConnectionCancelled):
        return 0  # the person chose not to open the encrypted database or connect: nothing to report
    except UnusableDatabaseError as error:
        print(error.message, file=sys.stderr)
        if smoke:
            return 2
        if is_server_address(db_path):  # no backup of LeerWerk's to offer: the server's are its IT supplier's
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, i18n._("LeerWerk cannot open the database"), error.message)
            return 2
        window = _open_good_backup(error, Path(db_path), remember)
        if window is None:
            return 2
    from PySide6.QtCore import QThreadPool

    from desktop.storage.database import close_database

    if smoke:
        app.processEvents()
        window.grab()  # the first paint: the first tab plans the reading of its rows
        app.processEvents()  # the reading
        window.grab()  # the rows painted
        window.remember_layout = False
        window.close()
        app.processEvents()  # what painting planned runs before the database goes
        QThreadPool.globalInstance().waitForDone()  # and what the tab reads on in the background (its own connection)
        close_database()
        return 0
    result = app.exec()
    if not window.isVisible():  # the coordinator closed the window: close the database cleanly, so the
        close_database()  # next start need not check every page again
    return result


def _open_good_backup(error: UnusableDatabaseError, db_path: Path, remember: bool):
    """Offer the newest good backup of a damaged database; the window on it, or None."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.database.backups import recover_from_backup
    from desktop.views.database.passphrase import PassphraseCancelled

    if not recover_from_backup(error, db_path):
        return None
    try:
        return open_main_window(db_path, remember=remember)
    except PassphraseCancelled:
        return None
    except UnusableDatabaseError as again:
        QMessageBox.critical(None, i18n._("LeerWerk cannot open the database"), again.message)
        return None
