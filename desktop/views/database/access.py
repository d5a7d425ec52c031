"""What the window says about who may write: "in use by ... since ...", read-only, a network drive.

A second LeerWerk on a database is asked whether to open it read-only or not at all; while it reads
only, the title and the status bar say so and name who has the database. A database on a network
drive gets a warning in the status bar for as long as it is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from desktop.i18n import _
from desktop.storage.database import current_database, current_path
from desktop.storage.lock import DatabaseInUseError, describe_holder
from desktop.storage.network import network_warning

STATE_REFRESH_MS = 30_000  # a lock taken over by another LeerWerk shows within half a minute


def in_use_box(parent: QWidget | None, error: DatabaseInUseError) -> QMessageBox:
    """The question for a second LeerWerk: open read-only, or not at all."""
    box = QMessageBox(parent)
    box.setObjectName("database.inUse")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Database in use"))
    box.setText(
        _("The database {name} is in use by {holder}.").format(
            name=error.db_path.name, holder=describe_holder(error.owner)
        )
    )
    box.setInformativeText(
        _(
            "Only one LeerWerk at a time can change a database. You can open it read-only, to look things up "
            "and print, but not to save anything; or not open it now."
        )
    )
    box.setDetailedText(str(error.db_path))
    read_only = box.addButton(_("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("database.inUse.readOnly")
    cancel = box.addButton(_("Do not open"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("database.inUse.cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_read_only(parent: QWidget | None, error: DatabaseInUseError) -> bool:
    """True when the person chose to open the database read-only."""
    box = in_use_box(parent, error)
    box.exec()
    return box.clickedButton() is box.findChild(QWidget, "database.inUse.readOnly")


def access_texts(path: Path | None) -> tuple[str, str, str]:
    """(title suffix, status text, tooltip) for the bound database; empty strings when all is normal."""
    database = current_database()
    if database is None or path is None:
        return "", "", ""
    if not database.may_write:
        holder = describe_holder(database.other_writer)
        if database.read_only:
            status = _("Read-only: in use by {holder}").format(holder=holder)
        else:
            status = _("Read-only: {holder} has taken over this database").format(holder=holder)
        return _("read-only"), status, database.refusal() or ""
    if database.on_network:
        return "", _("On a network drive"), network_warning(path)
    return "", "", ""


def show_access(window: QMainWindow, path: Path | None) -> None:
    """Put the read-only or network state of the database in `window`'s title and status bar."""
    label = window.findChild(QLabel, "main.access")
    if label is None:
        label = QLabel(window, objectName="main.access")
        label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        window.statusBar().addPermanentWidget(label)
        timer = QTimer(window, objectName="main.accessTimer", interval=STATE_REFRESH_MS)
        timer.timeout.connect(lambda: show_access(window, current_path()))
        timer.start()
    suffix, status, tooltip = access_texts(path)
    label.setText(status)
    label.setToolTip(tooltip)
    label.setAccessibleName(status)
    label.setVisible(bool(status))
    if path is None:
        window.setWindowTitle("LeerWerk")
    elif suffix:
        window.setWindowTitle(f"{path.name} — {suffix} — LeerWerk")
    else:
        window.setWindowTitle(f"{path.name} — LeerWerk")
