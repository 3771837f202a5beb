"""Settings: the UI language and the auto-lock time (device-local, not sensitive).

Values IT set in the site configuration (forebyg_desktop.site_config) win over
the user's own and are shown locked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop import APP_AUTHOR, APP_NAME
from forebyg_desktop.site_config import SiteConfig, site_config
from forebyg_desktop.ui.kit.i18n import DEFAULT_LANGUAGE, current_language, tr_message
from forebyg_desktop.ui.kit.locked_field import with_lock
from forebyg_desktop.ui.kit.plain_text import message_box, plain_label

LANGUAGE_KEY = "ui/language"
LOCK_KEY = "security/auto_lock_minutes"
DEFAULT_MINUTES = 5  # before the screen locks itself, unless the user or IT chose otherwise


def settings() -> QSettings:
    return QSettings(APP_AUTHOR, APP_NAME)


def saved_language() -> str:
    if site_config().language:
        return site_config().language
    value = settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in ("da", "en") else DEFAULT_LANGUAGE


def saved_lock_minutes() -> int:
    if site_config().auto_lock_minutes:
        return site_config().auto_lock_minutes
    try:
        minutes = int(settings().value(LOCK_KEY, DEFAULT_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if 1 <= minutes <= 60 else DEFAULT_MINUTES


class SettingsDialog(QDialog):
    """Language (applies at the next start) and minutes before auto-lock."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        config: SiteConfig | None = None,
        change_passphrase: Callable[[QWidget], object] | None = None,
    ) -> None:
        """`change_passphrase(parent)` opens that dialogue; None (no store open): no button."""
        super().__init__(parent)
        self.config = config or site_config()
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(saved_language()))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(
            self.tr("&Language:"), with_lock(self.language, bool(self.config.language), self)
        )
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(1, 60)
        self.lock_minutes.setValue(saved_lock_minutes())
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        form.addRow(
            self.tr("Lock &after:"),
            with_lock(self.lock_minutes, bool(self.config.auto_lock_minutes), self),
        )
        self._add_it_values(form)
        layout.addLayout(form)
        self.passphrase_button: QPushButton | None = None
        if change_passphrase is not None:
            self.passphrase_button = QPushButton(self.tr("Change &passphrase…"), self)
            self.passphrase_button.setAccessibleName(self.tr("Change passphrase"))
            self.passphrase_button.setAutoDefault(False)
            self.passphrase_button.clicked.connect(lambda: change_passphrase(self))
            layout.addWidget(self.passphrase_button, 0, Qt.AlignmentFlag.AlignLeft)
        if self.config.language or self.config.auto_lock_minutes:
            it_note = plain_label(
                self.tr("Settings with a lock are set by your IT department in {file}.").format(
                    file=self.config.path
                ),
                self,
                wrap=True,
            )
            layout.addWidget(it_note)
        if self.config.problems:
            # They quote the configuration file's values: shown literally.
            problems = plain_label(
                "\n".join(tr_message(p) for p in self.config.problems), self, wrap=True
            )
            problems.setObjectName("siteConfigProblems")
            problems.setStyleSheet("color: #9b1c1c;")
            layout.addWidget(problems)
        note = QLabel(self.tr("A new language is used from the next start."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_it_values(self, form: QFormLayout) -> None:
        """What else IT set for this machine: shown read-only, so users know where it comes from."""
        c = self.config
        rows = []
        if c.profile:
            from forebyg_desktop.services.setup.profile_service import profile_summaries

            names = {r["id"]: r["name"] for r in profile_summaries(current_language())}
            rows.append((self.tr("Municipality profile:"), names.get(c.profile, c.profile)))
        if c.institution_name:
            rows.append((self.tr("Institution:"), c.institution_name))
        if c.hub_folder:
            rows.append((self.tr("Shared folder for sync:"), str(c.hub_folder)))
        if c.retention_months:
            rows.append((self.tr("Records kept for:"), self._period(c.retention_months)))
        for label, value in rows:
            field = QLineEdit(value, self)
            field.setReadOnly(True)
            field.setCursorPosition(0)  # show the start of a long name
            field.setAccessibleName(label.rstrip(":"))
            form.addRow(label, with_lock(field, True, self))

    def _period(self, months: int) -> str:
        if months % 12 == 0:
            return self.tr("%n years", "", months // 12)
        return self.tr("%n months", "", months)

    def save(self) -> None:
        s = settings()
        # A locked value is not the user's choice: keep theirs for when IT lifts the lock.
        if not self.config.language:
            s.setValue(LANGUAGE_KEY, self.language.currentData())
        if not self.config.auto_lock_minutes:
            s.setValue(LOCK_KEY, self.lock_minutes.value())
        s.sync()
        self.accept()


def site_config_warning(
    parent: QWidget | None, config: SiteConfig | None = None
) -> QMessageBox | None:
    """A non-modal warning listing the problems in IT's configuration file, if any.

    Shown once per start; the program goes on without the bad values.
    """
    config = config or site_config()
    if not config.problems:
        return None
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SiteConfig", "Configuration file problems"),
        QCoreApplication.translate(
            "SiteConfig",
            "The configuration file from your IT department has problems. Forebyg works "
            "without the values concerned. Please tell your IT department:",
        ),
        "\n".join(tr_message(p) for p in config.problems),  # they quote the file's values
    )
    box.setModal(False)
    box.show()
    return box
