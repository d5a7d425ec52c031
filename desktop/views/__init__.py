"""The Qt views: a package per feature, the kit they share, the window that holds them. Views call services, not SQL.

Importing the package stops PySide6 from reading the source of every module imported after it. PySide6 replaces
Python's import with its own: after each import it asks of a module it has not seen whether its source says "PySide6"
(such a module may switch on one of PySide6's optional features, `from __feature__ import snake_case`), and reads that
source whole into `linecache` to find out. For the window's modules that took 40 to 100 ms of the start and kept
7.5 MiB of source lines for as long as the program ran. An installed LeerWerk has no source beside its bytecode, so
PySide6 reads nothing there; run from source, it did all of this.

LeerWerk switches on no feature (`tests/test_pyside_scan.py` keeps it so), so every module is taken as one that
selects none, unread: "ignore" instead of "no feature", which is the same for a program that never selects one.
"""

from __future__ import annotations

import sys

import PySide6  # noqa: F401 - its import hook, whose scan is skipped below, exists once PySide6 is imported


def skip_source_scan() -> None:
    """From now on PySide6 takes every module it has not seen as one without features, unread. Nothing happens before
    PySide6 is imported, or where a PySide6 without this scan is installed."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(_module) -> bool:
    return False


skip_source_scan()  # before any view is imported
