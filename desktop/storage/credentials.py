"""A server password the person asked LeerWerk to remember: kept only in the system's credential store (the Windows
Credential Manager, through `keyring`), under the server's address without password, never in LeerWerk's settings or
files. Where the system has no store keyring can use (a Linux machine without a Secret Service), nothing is
remembered and the window says why.
"""

from __future__ import annotations

import logging

from desktop.storage.server import without_password

SERVICE = "LeerWerk"
log = logging.getLogger(__name__)


def _keyring():
    try:
        import keyring
    except ImportError:  # a build without it: the same as a system without a store
        return None
    return keyring


def usable() -> bool:
    """Whether the system has a credential store keyring can write to."""
    keyring = _keyring()
    if keyring is None:
        return False
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken store is no store
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def stored(address: str) -> str | None:
    """The password remembered for `address`, or None."""
    if not usable():
        return None
    try:
        return _keyring().get_password(SERVICE, without_password(address))
    except Exception as error:  # noqa: BLE001 - the store refused: ask the person instead
        log.warning("Reading a remembered password failed: %s", type(error).__name__)
        return None


def remember(address: str, password: str) -> None:
    _keyring().set_password(SERVICE, without_password(address), password)


def forget(address: str) -> None:
    """Remove a password remembered for `address` (nothing when there is none)."""
    if not usable():
        return
    from keyring.errors import PasswordDeleteError

    try:
        _keyring().delete_password(SERVICE, without_password(address))
    except PasswordDeleteError:
        pass
