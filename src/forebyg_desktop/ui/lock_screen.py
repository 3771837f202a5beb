"""The lock screen: covers everything until the passphrase is given again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockScreen(QWidget):
    """Shows no record content; emits `unlocked` when `check(passphrase)` accepts."""

    unlocked = Signal()

    def __init__(self, check: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Forebyg is locked"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hint = QLabel(self.tr("Enter your passphrase to continue."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)
        button = QPushButton(self.tr("Unlock"), self)
        button.setAccessibleName(self.tr("Unlock"))
        button.clicked.connect(self.try_unlock)
        layout.addWidget(button)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        if self._check(self.passphrase.text()):
            self.passphrase.clear()
            self.error.clear()
            self.unlocked.emit()
        else:
            self.passphrase.clear()
            self.error.setText(self.tr("The passphrase is not correct. Try again."))
