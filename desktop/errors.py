"""The error types a person can act on.

`ValidationError` is the one domain error: it names the field and carries a reason that is already
translated. `UnusableDatabaseError` says why a file cannot be used as a LeerWerk database.
"""


class LeerWerkError(Exception):
    """Base of the errors that carry a message meant for a person."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(LeerWerkError):
    """Input that breaks a rule. `field` names the model field (or form field) at fault."""

    def __init__(self, field: str, message: str, row: int | None = None):
        super().__init__(message)
        self.field = field
        self.row = row


class NotFoundError(LeerWerkError):
    """A record asked for by id does not exist."""


class ChangedSinceReadError(LeerWerkError):
    """A save or undo refused because someone else changed the record since it was read here; the message says
    who and when."""


class UnusableDatabaseError(LeerWerkError):
    """The file cannot be opened as a LeerWerk database (not SQLite, damaged, too new, ...)."""


class ProblemsFoundError(LeerWerkError):
    """The database opens, but a check found problems."""


class ReadOnlyDatabaseError(ValidationError):
    """A change refused because this LeerWerk may only read the database (another one writes in it)."""

    def __init__(self, message: str):
        super().__init__("", message)


class RefusedByServerError(ValidationError):
    """A read or change the database server refused because the login's role does not allow it."""

    def __init__(self, message: str):
        super().__init__("", message)


class ConnectionLostError(ValidationError):
    """The database server went away (restarted, the network down) or does not answer: what was being done was not
    saved; the next action connects again."""

    def __init__(self, message: str):
        super().__init__("", message)


class RecordBusyError(ConnectionLostError):
    """On a server: what was being saved waited too long for another session's unfinished change; not saved."""
