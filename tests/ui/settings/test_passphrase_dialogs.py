"""Choosing a passphrase in the app: the strength meter at first run, and changing it in Settings."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.session import create_session
from forebyg_desktop.store.connection import unlocks
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.settings.first_run_dialog import FirstRunDialog
from forebyg_desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from forebyg_desktop.ui.settings.settings_dialog import SettingsDialog
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE

NEW = "blå hest spiser kage om natten"


def test_first_run_meter_says_why_and_refuses_a_guessable_passphrase(qtbot, tmp_path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    dialog = FirstRunDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "Lars Holm")
    qtbot.keyClicks(dialog.passphrase, "lars holm 2024")
    assert "dit eget navn" in dialog.meter.text.text()  # updated as the user types
    qtbot.keyClicks(dialog.repeat, "lars holm 2024")
    dialog.create()
    assert dialog.session is None and "dit eget navn" in dialog.problems.text()
    assert not (tmp_path / "store.db").exists()
    for field in (dialog.passphrase, dialog.repeat):
        field.clear()
        qtbot.keyClicks(field, "sommerfugl2024")
    assert "let at gætte" in dialog.meter.text.text()
    for field in (dialog.passphrase, dialog.repeat):
        field.clear()
        qtbot.keyClicks(field, NEW)
    assert dialog.meter.text.text() == "Styrke: Stærk"
    dialog.create()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10000)
    dialog.session.close()


def test_the_meters_advice_is_never_squeezed_over_the_bar(qtbot, tmp_path) -> None:
    """The advice wraps to several lines; the dialogue grows so all of it shows."""
    install_translator(QCoreApplication.instance(), "da")
    dialog = FirstRunDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(560, dialog.sizeHint().height())
    dialog.show()
    qtbot.keyClicks(dialog.user, "Mette Hansen")
    qtbot.keyClicks(dialog.passphrase, "sommerfugl2024")
    label = dialog.meter.text
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().lineSpacing()
    assert label.geometry().top() >= dialog.meter.bar.geometry().bottom()


def test_settings_offer_the_change_only_with_a_store_open(qtbot) -> None:
    closed = SettingsDialog(None)
    qtbot.addWidget(closed)
    assert closed.passphrase_button is None
    opened = SettingsDialog(None, change_passphrase=lambda parent: None)
    qtbot.addWidget(opened)
    assert opened.passphrase_button is not None


def _unlocked(qtbot, data: Path) -> MainWindow:
    window = MainWindow(data_dir=data)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.session is not None and window.overview.shown_child_ids() != [],
        timeout=10000,
    )
    qtbot.waitUntil(lambda: window.sync_panel.controller is not None, timeout=10000)
    return window


def _change(qtbot, window: MainWindow, old: str, new: str, repeat: str | None = None):
    settings = SettingsDialog(window, change_passphrase=window.launcher.change_passphrase)
    qtbot.addWidget(settings)
    settings.show()
    settings.passphrase_button.click()
    dialog = next(w for w in settings.findChildren(ChangePassphraseDialog) if w.isVisible())
    qtbot.keyClicks(dialog.old, old)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.repeat, new if repeat is None else repeat)
    return settings, dialog


def test_change_passphrase_in_settings(qtbot, tmp_path: Path, monkeypatch) -> None:
    from forebyg_desktop.store import connection

    rekeyed_on: list[int] = []
    rekey = connection.rekey_database

    def recorded(*args: object) -> None:
        rekeyed_on.append(threading.get_ident())
        rekey(*args)

    monkeypatch.setattr(connection, "rekey_database", recorded)
    install_translator(QCoreApplication.instance(), "da")
    data = tmp_path / "data"
    with create_session(data, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    window = _unlocked(qtbot, data)
    first_sync = window.sync_panel.controller
    store = data / "store.db"

    # A wrong current passphrase: refused, nothing changed, the sync never stopped.
    settings, dialog = _change(qtbot, window, "forkert kodeord her", NEW)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=10000)
    assert "nuværende adgangskode er forkert" in dialog.problems.texts()[0]
    assert window.sync_panel.controller is first_sync and unlocks(store, PASSPHRASE)
    # The repeat differs: said at once, nothing submitted.
    dialog.old.clear()
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW + " x")
    dialog.change_button.click()
    assert "ikke ens" in dialog.problems.texts()[0] and not dialog.busy

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    # The store was re-encrypted on the store thread, never the GUI thread.
    assert rekeyed_on and threading.get_ident() not in rekeyed_on
    settings.reject()
    assert unlocks(store, NEW) and not unlocks(store, PASSPHRASE)
    # The sync runs again, on a connection opened with the new passphrase.
    assert (
        window.sync_panel.controller is not None and window.sync_panel.controller is not first_sync
    )
    qtbot.waitUntil(lambda: window.sync_panel.controller.last is not None, timeout=10000)
    assert window.sync_panel.controller.last.error is None

    # The window goes on working, and the lock now wants the new passphrase.
    window.open_child(ida)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
    window.lock.lock_now()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock_screen.busy, timeout=10000)
    assert window.is_locked
    qtbot.keyClicks(window.lock_screen.passphrase, NEW)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
    window.close()
    window.session.close()


def test_a_weak_new_passphrase_is_refused_in_the_dialog(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.show()
        dialog = window.launcher.change_passphrase()
        qtbot.keyClicks(dialog.old, PASSPHRASE)
        qtbot.keyClicks(dialog.new, "Lone Madsen 2024")
        qtbot.keyClicks(dialog.repeat, "Lone Madsen 2024")
        assert "dit eget navn" in dialog.meter.text.text()
        dialog.change_button.click()
        assert "dit eget navn" in dialog.problems.texts()[0] and not dialog.busy
        dialog.reject()
        window.close()
    assert unlocks(tmp_path / "store.db", PASSPHRASE)
