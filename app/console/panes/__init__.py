"""Detail and activity panes of the main window."""
