"""File › Connect to server…: the address of a LeerWerk database on a PostgreSQL server, tested before the window
opens on it, and the password a server asks when the window opens on one.

The dialog builds the address (``postgresql://login@server:port/database?sslmode=…``) from its fields; the password
goes to the connection only (`server.use_password`, in memory for this run) and, when the person ticks it, to the
system's credential store (`credentials`), never into the address, the settings or a log. The connection is tested
on a pool thread (a server that does not answer takes ten seconds to say so), and the window opens only on one
that answered.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.i18n import N_, _
from desktop.settings import LAST_SERVER, Settings
from desktop.storage import credentials, server
from desktop.storage.server_errors import PasswordNeededError, WrongPasswordError
from desktop.views.kit.dialogs import run_dialog
from desktop.views.kit.jobs import Job, start

DEFAULT_PORT = 5432
# libpq's sslmode values the person chooses from, with what each means for them.
SSL_MODES = (
    ("prefer", N_("Encrypted when the server can (prefer)")),
    ("require", N_("Always encrypted (require)")),
    ("verify-full", N_("Encrypted, certificate checked (verify-full)")),
    ("disable", N_("Not encrypted (disable): only inside a trusted network")),
)


class ConnectionCancelled(Exception):  # noqa: N818 - not an error: the person chose not to connect
    """The person closed the dialog without connecting; nothing needs saying."""


class ConnectServerDialog(QDialog):
    """The fields of a server address, filled from `address` (or the one used last); `reason` says why it is shown
    again (a password asked or refused)."""

    def __init__(self, address: str | None = None, parent: QWidget | None = None, *, reason: str = ""):
        super().__init__(parent)
        # Its Designer class when the dialog is asked for: a start on a file imports this module, not the layout.
        from desktop.forms.ui_connect_server_dialog import Ui_ConnectServerDialog

        self.ui = Ui_ConnectServerDialog()
        self.ui.setupUi(self)
        self.setObjectName("server.connect")
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_("&Connect"))
        self.ui.buttonBox.accepted.connect(self.try_connection)
        self.ui.buttonBox.rejected.connect(self.reject)
        for mode, words in SSL_MODES:
            self.ui.sslCombo.addItem(_(words), mode)
        self.ui.introLabel.setText(
            _(
                "A LeerWerk database on a PostgreSQL server, shared with colleagues. The IT supplier gives you the "
                "server's name, the database and your login."
            )
        )
        self._fill(address or Settings().get(LAST_SERVER) or "")
        self._offer_remembering()
        self.ui.errorLabel.setText(reason)
        self.ui.errorLabel.setVisible(bool(reason))
        self.opened_address: str | None = None
        self._job: Job | None = None
        # The wrapped sentences need the height their width gives them; the form layout does not ask for it itself.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        (self.ui.passwordEdit if self.ui.hostEdit.text() else self.ui.hostEdit).setFocus()

    def _fill(self, address: str) -> None:
        if not server.is_server_address(address):
            return
        parts = urlsplit(address)
        self.ui.hostEdit.setText(parts.hostname or "")
        self.ui.portSpin.setValue(parts.port or DEFAULT_PORT)
        self.ui.databaseEdit.setText(parts.path.lstrip("/"))
        self.ui.userEdit.setText(parts.username or "")
        mode = dict(parse_qsl(parts.query)).get("sslmode", "prefer")
        index = self.ui.sslCombo.findData(mode)
        self.ui.sslCombo.setCurrentIndex(max(index, 0))

    def _offer_remembering(self) -> None:
        if credentials.usable():
            self.ui.rememberNote.hide()
            return
        self.ui.rememberCheck.setChecked(False)
        self.ui.rememberCheck.setEnabled(False)
        why = _(
            "This computer has no credential store LeerWerk can use, so the password is asked each time (it is "
            "never saved in LeerWerk's own settings)."
        )
        self.ui.rememberCheck.setToolTip(why)
        self.ui.rememberNote.setText(why)

    def address(self) -> str:
        """The address the fields make, without the password."""
        host = self.ui.hostEdit.text().strip()
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        query = urlencode({"sslmode": self.ui.sslCombo.currentData()})
        login = quote(self.ui.userEdit.text().strip(), safe="")
        database = quote(self.ui.databaseEdit.text().strip(), safe="")
        return f"postgresql://{login}@{host}:{self.ui.portSpin.value()}/{database}?{query}"

    def _missing(self) -> str | None:
        for edit, sentence in (
            (self.ui.hostEdit, _("Fill in the server: its name or address, as the IT supplier gave it.")),
            (self.ui.databaseEdit, _("Fill in the database: its name on the server.")),
            (self.ui.userEdit, _("Fill in your login on the server.")),
        ):
            if not edit.text().strip():
                edit.setFocus()
                return sentence
        return None

    def try_connection(self) -> None:
        """Test the address on a pool thread; the dialog is accepted when the server answered."""
        if (missing := self._missing()) is not None:
            self._say(missing)
            return
        address, password = self.address(), self.ui.passwordEdit.text()
        if password:
            server.use_password(address, password)
        self._say(_("Connecting to {address}…").format(address=address), error=False)
        self.ok_button.setEnabled(False)
        job = Job(
            lambda _job: server.check_connection(address), log_line="Testing a server connection failed", parent=self
        )
        job.signals.finished.connect(lambda _version: self._connected(address, password))
        job.signals.failed.connect(self._refused)
        self._job = start(job)

    def _connected(self, address: str, password: str) -> None:
        if self.ui.rememberCheck.isChecked() and password:
            credentials.remember(address, password)
        elif password:
            credentials.forget(address)  # unticked: a password remembered before is not kept
        self.ui.passwordEdit.clear()
        self.opened_address = address
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.ok_button.setEnabled(True)
        self._say(sentence)
        self.ui.passwordEdit.setFocus()

    def _say(self, sentence: str, *, error: bool = True) -> None:
        self.ui.errorLabel.setStyleSheet("color: #b00020;" if error else "")
        self.ui.errorLabel.setText(sentence)
        self.ui.errorLabel.setVisible(True)

    def reject(self) -> None:
        self.ui.passwordEdit.clear()
        super().reject()


def ask_server_address(parent: QWidget | None, address: str | None = None, reason: str = "") -> str:
    """The address of a server that answered, chosen in the dialog; `ConnectionCancelled` when the person closed it."""
    dialog = ConnectServerDialog(address, parent, reason=reason)
    if run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.opened_address is None:
        raise ConnectionCancelled
    return dialog.opened_address


def open_server_asking(opener, address: str, parent: QWidget | None = None) -> str:
    """`opener(address)`, with the password remembered in the credential store, else asked in the dialog until the
    server takes it or the person cancels (`ConnectionCancelled`); returns the address opened."""
    if not server.has_password(address) and (remembered := credentials.stored(address)):
        server.use_password(address, remembered)
    while True:
        try:
            opener(address)
            return address
        except (PasswordNeededError, WrongPasswordError) as error:
            address = ask_server_address(parent, address, error.message)
