"""BPV forms: the tab, the form dialog and what it shows, the scores table, the form's undo steps."""
