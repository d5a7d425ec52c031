"""``leerwerk-gui``: the command line without a console window, for a Windows shortcut.

Without a console there is no stderr, so what would be printed there is shown in a message box.
"""

from __future__ import annotations

import io
import multiprocessing
import sys

from desktop.cli import main as run_command_line


def main() -> int:
    """The ``leerwerk-gui`` entry point: the same arguments as ``leerwerk``."""
    multiprocessing.freeze_support()  # a frozen worker process of a batch of forms becomes that worker here
    if sys.stderr is not None:
        return run_command_line()
    captured = io.StringIO()
    sys.stderr = captured
    try:
        code = run_command_line()
    finally:
        sys.stderr = None
    if code != 0 and captured.getvalue().strip():
        from PySide6.QtWidgets import QMessageBox

        from desktop.app import ensure_application

        ensure_application()
        QMessageBox.critical(None, "LeerWerk", captured.getvalue().strip())
    return code
