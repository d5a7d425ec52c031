"""The colours of a report's chart, on paper (`desktop.pdf.reports`) and on screen (the Rapportages window) alike;
plain hex strings, so the window loads no ReportLab to know them."""

SERIES = ("#1f6f8b", "#e07a1f", "#5b8c3a")
TARGET = "#b3261e"  # the norm a figure is held against
