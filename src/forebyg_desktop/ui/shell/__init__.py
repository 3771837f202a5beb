"""Start-up, the main window, the dialog launcher and the sync panel it holds, the self-test."""
