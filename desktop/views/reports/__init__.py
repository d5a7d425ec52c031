"""The Rapportages window: the figures of `desktop.services.reports` as tables and a chart, saved to Excel or PDF.

Opened from the main window's menu (Overzicht › Rapportages…); QtCharts is imported with this package, so only
when the window first opens.
"""
