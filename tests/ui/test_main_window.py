"""The minimal main window, offscreen, in Danish by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forebyg_desktop.services.child_service import add_child, count_children
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.i18n import install_translator
from forebyg_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


def test_main_window_shows_profile_and_children(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="hedensted", user="Lone Madsen") as s:
        add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = MainWindow(s, children=count_children(s))
        qtbot.addWidget(window)
        window.show()
        text = window.info.text()
        assert "Hedensted" in text and "Lone Madsen" in text and "1" in text
        assert "Børn registreret" in text  # Danish is the default language


def test_main_window_without_a_store_explains_what_to_do(qtbot) -> None:
    install_translator(QCoreApplication.instance(), "en")
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert "forebyg init" in window.info.text()
    install_translator(QCoreApplication.instance(), "da")
