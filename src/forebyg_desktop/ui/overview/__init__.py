"""The group overview and the follow-ups (the main window's first tabs)."""
