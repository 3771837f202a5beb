"""The lock screen hides everything and keeps typed text; one key blanks the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QWidget

from forebyg_desktop.services.session import create_session, verify_passphrase
from forebyg_desktop.ui.lock.lock_controller import LockController
from forebyg_desktop.ui.lock.lock_screen import LockScreen
from tests.conftest import PASSPHRASE


def test_lock_keeps_what_is_typed_and_needs_the_passphrase(qtbot, tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette") as session:
        stack = QStackedWidget()
        qtbot.addWidget(stack)
        work = QWidget()
        editor = QLineEdit(work)
        stack.addWidget(work)
        screen = LockScreen(lambda text: verify_passphrase(session, text))
        stack.addWidget(screen)
        controller = LockController(stack, minutes=0.002)  # ~120 ms for the test
        controller.lock_requested.connect(lambda: stack.setCurrentWidget(screen))
        screen.unlocked.connect(lambda: (stack.setCurrentWidget(work), controller.unlocked()))
        stack.show()
        qtbot.keyClicks(editor, "Halvskrevet observation")
        with qtbot.waitSignal(controller.lock_requested, timeout=3000):
            pass
        assert stack.currentWidget() is screen
        qtbot.keyClicks(screen.passphrase, "forkert kode")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        assert stack.currentWidget() is screen and screen.error.text()
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        assert stack.currentWidget() is work
        assert editor.text() == "Halvskrevet observation"
        controller.set_minutes(0)


def test_blank_screen_locks_at_once(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    controller = LockController(widget, minutes=5)
    with qtbot.waitSignal(controller.lock_requested, timeout=1000):
        controller.lock_now()
    assert controller.locked
