"""The main window as a whole: its tabs, menus and settings, Qt's own translations, the error dialog."""
