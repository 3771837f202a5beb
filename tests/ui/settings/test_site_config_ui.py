"""Values IT set in the site configuration are locked in the app; a broken file never stops it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from forebyg_desktop.services.session import create_session
from forebyg_desktop.services.setup.profile_service import profile_summaries
from forebyg_desktop.site_config import load_site_config
from forebyg_desktop.ui.kit.i18n import current_language, install_translator
from forebyg_desktop.ui.settings.first_run_dialog import FirstRunDialog
from forebyg_desktop.ui.settings.settings_dialog import (
    LANGUAGE_KEY,
    LOCK_KEY,
    SettingsDialog,
    saved_language,
    saved_lock_minutes,
    settings,
)
from forebyg_desktop.ui.shell.app import run_app
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def user_settings(tmp_path: Path):
    """The user's QSettings in a temporary folder, not the developer's own."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    s = settings()
    s.clear()
    yield s
    s.clear()


def _lock_icons(widget) -> list[QLabel]:
    return widget.findChildren(QLabel, "lockIcon")


def test_settings_set_by_it_are_shown_locked_and_win(qtbot, user_settings, it_config) -> None:
    user_settings.setValue(LANGUAGE_KEY, "da")
    user_settings.setValue(LOCK_KEY, 30)
    it_config('language = "en"\nauto_lock_minutes = 2\n')
    assert saved_language() == "en" and saved_lock_minutes() == 2
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.language.isEnabled() and dialog.language.currentData() == "en"
    assert not dialog.lock_minutes.isEnabled() and dialog.lock_minutes.value() == 2
    icons = _lock_icons(dialog)
    assert len(icons) == 2
    assert all(i.toolTip() == "Set by your IT department" for i in icons)
    assert dialog.lock_minutes.toolTip() == "Set by your IT department"
    dialog.save()
    # The user's own choices are kept for when IT lifts the lock.
    assert user_settings.value(LANGUAGE_KEY) == "da" and int(user_settings.value(LOCK_KEY)) == 30


def test_without_it_config_the_settings_are_the_users(qtbot, user_settings) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.isEnabled() and dialog.lock_minutes.isEnabled()
    assert _lock_icons(dialog) == []
    dialog.lock_minutes.setValue(12)
    dialog.save()
    assert saved_lock_minutes() == 12


def test_the_lock_is_explained_in_danish(qtbot, qapp, user_settings, it_config) -> None:
    it_config("auto_lock_minutes = 7\n")
    install_translator(qapp, "da")
    try:
        dialog = SettingsDialog()
        qtbot.addWidget(dialog)
        assert [i.toolTip() for i in _lock_icons(dialog)] == ["Fastsat af din it-afdeling"]
    finally:
        install_translator(qapp, "en")


def test_only_the_value_it_set_is_locked(qtbot, user_settings, it_config) -> None:
    it_config("auto_lock_minutes = 7\n")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.isEnabled() and not dialog.lock_minutes.isEnabled()
    assert len(_lock_icons(dialog)) == 1


def test_the_main_window_locks_after_the_minutes_it_set(qtbot, tmp_path, it_config) -> None:
    it_config("auto_lock_minutes = 3\n")
    with create_session(tmp_path / "data", PASSPHRASE, profile_id="topi", user="Mette") as s:
        window = MainWindow(s)
        qtbot.addWidget(window)
        assert window.lock.minutes == 3
        window.close()


def test_the_other_values_it_set_are_shown_read_only(qtbot, user_settings, it_config) -> None:
    it_config(
        'profile = "horsens"\ninstitution_name = "Skolen ved Søen"\nretention_years = 5\n'
        "hub_folder = '/srv/forebyg-hub'\n"
    )
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    fields = [f for f in dialog.findChildren(QLineEdit) if f.isReadOnly()]
    shown = {f.accessibleName(): f.text() for f in fields}
    horsens = next(r for r in profile_summaries(current_language()) if r["id"] == "horsens")
    assert shown == {
        "Municipality profile": horsens["name"],
        "Institution": "Skolen ved Søen",
        "Shared folder for sync": "/srv/forebyg-hub",
        "Records kept for": "5 years",
    }
    assert not any(f.isEnabled() for f in fields)
    assert len(_lock_icons(dialog)) == 4


def test_settings_dialog_lists_problems_in_the_file(qtbot, user_settings, it_config) -> None:
    path = it_config('language = "sv"\n')
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.isEnabled()
    problems = dialog.findChild(QLabel, "siteConfigProblems")
    assert problems is not None and f"{path}:1: language must be one of da, en" in problems.text()


def test_first_run_chooses_and_locks_the_profile_it_set(qtbot, tmp_path: Path) -> None:
    config_file = tmp_path / "forebyg.toml"
    config_file.write_text('profile = "hedensted"\n', encoding="utf-8")
    dialog = FirstRunDialog(tmp_path / "data", config=load_site_config(config_file))
    qtbot.addWidget(dialog)
    assert dialog.profile.currentData() == "hedensted" and not dialog.profile.isEnabled()
    assert [i.toolTip() for i in _lock_icons(dialog)] == ["Set by your IT department"]
    qtbot.keyClicks(dialog.user, "Lars Holm")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.create()
    qtbot.waitUntil(
        lambda: dialog.session is not None, timeout=10000
    ) and dialog.session.profile.id == "hedensted"
    dialog.session.close()


def test_a_broken_config_file_never_stops_the_app(qtbot, tmp_path, it_config) -> None:
    path = it_config('profile = "topi"\nlanguage = "en\n')  # unterminated string on line 2
    data = tmp_path / "data"
    create_session(data, PASSPHRASE, profile_id="topi", user="Mette").close()
    seen: dict[str, str] = {}

    def unlock() -> None:
        # The main window opens locked; its lock screen takes the passphrase.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not (windows and windows[0].isVisible()):
            QTimer.singleShot(20, unlock)
            return
        windows[0].lock_screen.passphrase.setText(PASSPHRASE)
        windows[0].lock_screen.try_unlock()
        QTimer.singleShot(20, look_and_close)

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        boxes += [b for w in windows for b in w.findChildren(QMessageBox)]
        if not (windows and any(w.session is not None for w in windows)):
            QTimer.singleShot(20, look_and_close)
            return
        seen["warning"] = " ".join(b.informativeText() for b in boxes if b.isVisible())
        for w in windows:
            w.close()

    QTimer.singleShot(0, unlock)
    try:
        assert run_app(data) == 0
    finally:
        install_translator(QApplication.instance(), "en")  # run_app chose Danish
    # In Danish, the app's default language: "...:2: ikke gyldig TOML: ...".
    assert f"{path}:2: " in seen["warning"] and "TOML" in seen["warning"]
