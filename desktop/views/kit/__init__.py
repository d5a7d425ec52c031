"""What every feature's views share: table model, widgets, dialog base, undo, field errors, PDF output, files."""
