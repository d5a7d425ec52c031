"""Workaround for a crash of PySide6 6.12.0 on CPython 3.11: "Fatal Python error: none_dealloc".

Every call of a Qt method that returns nothing (`combo.clear()`, `label.setText(...)`) drops one reference
to `None` that it never took: the generated wrappers return `None` the way only CPython 3.12+ allows,
where `None` is immortal. On 3.11 `None` starts with a few thousand references, so a loop of ~5,000
`QComboBox.clear()` calls aborts the interpreter, and so does a long working session or test run.

Until LeerWerk requires Python 3.12 (or a PySide6 without the fault), `keep_none_alive` gives `None` a
reserve of references so large that a session can never use it up. It changes nothing on 3.12 and later.
It belongs at application start-up (`desktop.app`) and in `tests/conftest.py`; the Trainings tab calls it
because it is the part that makes the most such calls.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # references; a billion calls a day would take three years to use it up


def keep_none_alive() -> None:
    """Give None (and True and False, which some overrides lose the same way) their reserve, once."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        count = sys.getrefcount(singleton)
        if count < RESERVE // 2:
            # The reference count is the first field of every CPython object (`ob_refcnt`).
            ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE - count
