"""Compiled Designer forms (generated; see desktop.devtools.forms)."""
