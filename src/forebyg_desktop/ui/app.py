"""Starting the desktop app: translations, unlocking the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from forebyg_desktop.services.child_service import count_children
from forebyg_desktop.services.session import Session, open_session, store_path
from forebyg_desktop.store.errors import StoreError, WrongPassphrase
from forebyg_desktop.ui.i18n import install_translator
from forebyg_desktop.ui.main_window import MainWindow


def _unlock(data_dir: Path) -> Session | None:
    """Ask for the passphrase until the store opens or the user cancels."""
    while True:
        text, ok = QInputDialog.getText(
            None,
            QApplication.translate("Unlock", "Unlock Forebyg"),
            QApplication.translate("Unlock", "Passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        try:
            return open_session(data_dir, text)
        except WrongPassphrase:
            QMessageBox.warning(
                None,
                QApplication.translate("Unlock", "Unlock Forebyg"),
                QApplication.translate("Unlock", "The passphrase is not correct. Try again."),
            )
        except StoreError as exc:
            QMessageBox.critical(None, QApplication.translate("Unlock", "Unlock Forebyg"), str(exc))
            return None


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Forebyg Desktop")
    install_translator(app)
    session = None
    children = 0
    if store_path(data_dir).exists():
        session = _unlock(data_dir)
        if session is None:
            return 0
        children = count_children(session)
    window = MainWindow(session, children=children)
    window.show()
    try:
        return app.exec()
    finally:
        if session is not None:
            session.close()
