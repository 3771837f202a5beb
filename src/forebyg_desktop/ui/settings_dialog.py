"""Settings: the UI language and the auto-lock time (device-local, not sensitive)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop import APP_AUTHOR, APP_NAME
from forebyg_desktop.ui.i18n import DEFAULT_LANGUAGE
from forebyg_desktop.ui.lock_controller import DEFAULT_MINUTES

LANGUAGE_KEY = "ui/language"
LOCK_KEY = "security/auto_lock_minutes"


def settings() -> QSettings:
    return QSettings(APP_AUTHOR, APP_NAME)


def saved_language() -> str:
    value = settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in ("da", "en") else DEFAULT_LANGUAGE


def saved_lock_minutes() -> int:
    try:
        minutes = int(settings().value(LOCK_KEY, DEFAULT_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if 1 <= minutes <= 60 else DEFAULT_MINUTES


class SettingsDialog(QDialog):
    """Language (applies at the next start) and minutes before auto-lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(saved_language()))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(1, 60)
        self.lock_minutes.setValue(saved_lock_minutes())
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        form.addRow(self.tr("Lock &after:"), self.lock_minutes)
        layout.addLayout(form)
        note = QLabel(self.tr("A new language is used from the next start."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        s = settings()
        s.setValue(LANGUAGE_KEY, self.language.currentData())
        s.setValue(LOCK_KEY, self.lock_minutes.value())
        s.sync()
        self.accept()
