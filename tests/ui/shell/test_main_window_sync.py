"""Automatic sync in the main window: runner thread, status bar, records from a colleague."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.sync.conftest import copy_team, team_template  # noqa: F401 - fixture

__all__ = ["team_template"]


def test_colleagues_child_arrives_and_my_change_goes_out(
    qtbot,
    team_template,  # noqa: F811
    tmp_path: Path,
) -> None:
    install_translator(QCoreApplication.instance(), "da")
    (tmp_path / "hub").mkdir()
    leader, anna, bo = copy_team(team_template, tmp_path)
    for device in (leader, bo):
        device.session.close()
    anna.add_child("Freja Mølgaard")
    anna.sync()

    # The leader starts the app: locked, the passphrase opens the store and the sync.
    window = MainWindow(data_dir=tmp_path / "leader", lock_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen.passphrase.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15000)
    # The sync starts once the overview shows.
    qtbot.waitUntil(lambda: window.sync_panel.controller is not None, timeout=15000)
    # The first sync runs at once and brings Anna's child into the overview.
    qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 1, timeout=30000)
    qtbot.waitUntil(lambda: "Synkroniseret" in window.sync_panel.status.label.text(), timeout=30000)
    assert "Freja" not in window.sync_panel.status.label.text()  # counts only, never names

    # A child added here goes out by itself shortly after (the change nudges a sync).
    window.launcher.add_child()
    qtbot.waitUntil(lambda: window.launcher.active_dialog is not None, timeout=10000)
    dialog = window.launcher.active_dialog
    dialog.name.setText("Oskar Lund")
    dialog.birth_date.setText("02.01.2020")
    dialog.group.setCurrentText("Bjørnene")
    dialog.submit()
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)

    def anna_has_oskar() -> bool:
        anna.sync()
        return any(c["name"] == "Oskar Lund" for c in anna.store.find("child"))

    qtbot.waitUntil(anna_has_oskar, timeout=30000)
    window.close()
    qtbot.waitUntil(
        lambda: window.sync_panel.controller is None or not window.isVisible(), timeout=30000
    )
    window.session.close()
    anna.session.close()
