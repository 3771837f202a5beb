"""The lock screen: covers everything until the passphrase is given.

It is also the first screen of a normal start: the main window opens locked,
and the passphrase given here opens the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from forebyg_desktop.ui.kit.plain_text import plain_label

# Runs `fn` somewhere (the store worker) and calls back on the GUI thread:
# run(fn, on_done, on_error). The key derivation of the check takes a
# noticeable fraction of a second, so it must not block the GUI thread.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str], None]], Any]


class LockScreen(QWidget):
    """Shows no record content; emits `unlocked` when `check(passphrase)` accepts.

    With a `run`ner the check runs off the GUI thread and the screen shows it is
    busy meanwhile; without one it runs at once (for simple embeddings).
    """

    unlocked = Signal()

    def __init__(
        self,
        check: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        run: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._run = run
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Forebyg is locked"), self)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.hint = QLabel(self.tr("Enter your passphrase to continue."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase)
        self.error = plain_label("", self)  # store errors quote the file's path
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.clicked.connect(self.try_unlock)
        layout.addWidget(self.button)

    def set_texts(self, title: str, hint: str) -> None:
        self.title.setText(title)
        self.hint.setText(hint)

    def set_check(self, check: Callable[[str], bool]) -> None:
        self._check = check

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()

    @property
    def busy(self) -> bool:
        return not self.passphrase.isEnabled()

    def try_unlock(self) -> None:
        if self.busy:
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        if self._run is None:
            self._checked(self._check(text))
            return
        self._set_busy(True)
        self.error.setText(self.tr("Opening…"))
        self._run(lambda: self._check(text), self._checked, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.button.setEnabled(not busy)
        if not busy:
            self.passphrase.setFocus()

    def _checked(self, ok: bool) -> None:
        self._set_busy(False)
        if ok:
            self.error.clear()
            self.unlocked.emit()
        else:
            self.error.setText(self.tr("The passphrase is not correct. Try again."))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)
