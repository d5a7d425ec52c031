"""PDF printouts, rendered with ReportLab to bytes; no Qt and no database access in here.

This module itself imports no ReportLab, so a window can refer to `RenderCancelledError` without
loading the PDF machinery at start-up.
"""


class RenderCancelledError(Exception):
    """The person cancelled while the document was being made."""
