"""Auto-lock after idle time, and blanking the screen on one key.

The controller watches the application's input events; after `minutes`
without any, or when the user presses the blank-screen shortcut, it emits
`lock_requested`. The window then covers its content with the lock screen;
nothing is closed or discarded, so text being typed survives a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockController(QObject):
    """Emits `lock_requested` after `minutes` of no keyboard or mouse input."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None, minutes: float) -> None:
        """`minutes` of no input before locking (0: never); see Settings for the default."""
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_requested)
        self.locked = False
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.lock_requested.connect(self._on_lock)

    def set_minutes(self, minutes: float) -> None:
        """Idle time before locking; 0 turns auto-lock off."""
        self.minutes = minutes
        self._restart()

    def _restart(self) -> None:
        if self.minutes > 0 and not self.locked:
            self._timer.start(int(self.minutes * 60_000))
        else:
            self._timer.stop()

    def _on_lock(self) -> None:
        self.locked = True
        self._timer.stop()

    def unlocked(self) -> None:
        """Call when the user has unlocked again."""
        self.locked = False
        self._restart()

    def lock_now(self) -> None:
        """Lock at once (the blank-screen key)."""
        if not self.locked:
            self.lock_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and not self.locked:
            self._timer.start()
        return False
