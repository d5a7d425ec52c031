"""Logging to a rotating file in the per-user log folder.

Log lines name record ids and error types, never personal data: no names, birth dates or contact
details. Exceptions are logged with their type and stack (file, line, function) but without their
message, because a message may quote what a person typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from desktop import files, paths

LOG_FILENAME = "leerwerk.log"
_configured: dict[str, Path] = {}
# peewee logs every query with its parameters at DEBUG: the names, birth dates and e-mail addresses
# being saved. Those lines never reach the file, whatever level the log is set to.
QUERY_LOGGERS = ("peewee",)


def without_query_parameters(record: logging.LogRecord) -> bool:
    return not (record.levelno < logging.INFO and record.name.split(".")[0] in QUERY_LOGGERS)


class LogFile(logging.handlers.RotatingFileHandler):
    """The log file; on a full disk a line is lost without a word, where logging would print a traceback on stderr
    beside the sentence that tells the person what happened."""

    def handleError(self, record: logging.LogRecord) -> None:
        if files.is_disk_full(sys.exc_info()[1]):
            return
        super().handleError(record)


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the app's log to ``<log folder>/leerwerk.log`` (1 MB, 5 files kept). Returns its path."""
    path = paths.log_dir() / LOG_FILENAME
    if _configured.get("path") == path:
        return path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_leerwerk", False):
            root.removeHandler(handler)
            handler.close()
    handler = LogFile(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler._leerwerk = True
    handler.addFilter(without_query_parameters)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _configured["path"] = path
    return path


def scrubbed_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The stack of an exception without its message (the message may hold personal data)."""
    frames = traceback.extract_tb(tb)
    lines = [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in frames]
    return "\n".join(["Traceback (most recent call last):", *lines, f"{exc_type.__module__}.{exc_type.__qualname__}"])
