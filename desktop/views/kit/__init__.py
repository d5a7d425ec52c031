"""What features share: table model, widgets, dialog base and run_dialog, undo, field errors, PDF, files, lazy page."""
