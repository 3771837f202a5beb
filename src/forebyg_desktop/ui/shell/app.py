"""Starting the desktop app: translations, first run or unlock, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from forebyg_desktop import paths
from forebyg_desktop.paths import store_file
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.settings.settings_dialog import saved_language, site_config_warning
from forebyg_desktop.ui.shell.main_window import MainWindow
from forebyg_desktop.ui.shell.sync_panel import sync_session_opener


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code.

    The first run asks for the profile, the user and a new passphrase. Later
    runs show the main window at once, locked: the passphrase opens the store.
    """
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Forebyg Desktop")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "forebyg.png")))
    install_translator(app, saved_language())
    if store_file(data_dir).exists():
        window = MainWindow(data_dir=data_dir)
    else:
        from forebyg_desktop.ui.settings.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog(data_dir)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
            return 0
        window = MainWindow(
            dialog.session,
            sync_opener=sync_session_opener(data_dir, dialog.passphrase.text()),
        )
        dialog.passphrase.clear()
        dialog.repeat.clear()
    window.show()
    site_config_warning(window)  # problems in IT's configuration file, once per start
    try:
        return app.exec()
    finally:
        if window.session is not None:
            window.session.close()
