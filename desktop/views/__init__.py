"""The Qt views: main window, dialogs and the tab pages. Views call services; they never run SQL."""
