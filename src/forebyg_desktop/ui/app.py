"""Starting the desktop app: translations, first run or unlock, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout

from forebyg_desktop import paths
from forebyg_desktop.services.session import Session, open_session, store_path
from forebyg_desktop.store.errors import StoreError, WrongPassphrase
from forebyg_desktop.ui.first_run_dialog import FirstRunDialog
from forebyg_desktop.ui.i18n import install_translator
from forebyg_desktop.ui.lock_screen import LockScreen
from forebyg_desktop.ui.main_window import MainWindow
from forebyg_desktop.ui.settings_dialog import saved_language, site_config_warning


class UnlockDialog(QDialog):
    """Asks for the passphrase until the store opens; `session` is set when accepted."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Unlock Forebyg"))
        layout = QVBoxLayout(self)
        self.screen = LockScreen(self._try, self)
        self.screen.unlocked.connect(self.accept)
        layout.addWidget(self.screen)
        self.resize(480, 260)

    def _try(self, passphrase: str) -> bool:
        try:
            self.session = open_session(self.data_dir, passphrase)
        except WrongPassphrase:
            return False
        except StoreError as exc:
            self.screen.error.setText(str(exc))
            return False
        return True


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Forebyg Desktop")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "forebyg.png")))
    install_translator(app, saved_language())
    first_run = not store_path(data_dir).exists()
    dialog = FirstRunDialog(data_dir) if first_run else UnlockDialog(data_dir)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return 0
    session = dialog.session
    window = MainWindow(session)
    window.show()
    site_config_warning(window)  # problems in IT's configuration file, once per start
    try:
        return app.exec()
    finally:
        session.close()
