"""PDF printouts, rendered with ReportLab to bytes; no Qt and no database access in here."""
