"""First run: choose the municipality's profile, your name and role, and a passphrase.

When IT set the profile in the site configuration it is chosen and locked. A
WorkerDialog (the dialog contract: docs/architecture.md) with a store worker of
its own: creating the store derives the key, a noticeable fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.services.setup.passphrase_service import MIN_LENGTH, context_words
from forebyg_desktop.services.setup.profile_service import profile_summaries
from forebyg_desktop.site_config import SiteConfig, site_config
from forebyg_desktop.ui.kit.i18n import current_language, tr_message
from forebyg_desktop.ui.kit.locked_field import with_lock
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog
from forebyg_desktop.ui.settings.passphrase_dialog import StrengthMeter


class FirstRunDialog(WorkerDialog):
    """Creates the user's encrypted store; `session` is set when accepted."""

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, *, config: SiteConfig | None = None
    ) -> None:
        super().__init__(None, None, parent)
        self.data_dir = data_dir
        config = config or site_config()
        self.setWindowTitle(self.tr("Welcome to Forebyg"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)
        intro = QLabel(
            self.tr(
                "Your records are kept encrypted on this computer. Choose your "
                "municipality's strategy, your name as it appears in records, and a "
                "passphrase of at least {n} characters. The passphrase cannot be "
                "recovered: keep it safe."
            ).format(n=MIN_LENGTH),
            self.body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.profile = QComboBox(self.body)
        self._profile_words: dict[str, tuple[str, str]] = {}
        for row in profile_summaries(current_language()):
            self.profile.addItem(row["name"], row["id"])
            self._profile_words[row["id"]] = (row["name"], row["municipality"])
        self.profile.setAccessibleName(self.tr("Municipality profile"))
        if config.profile:
            self.profile.setCurrentIndex(self.profile.findData(config.profile))
        form.addRow(
            self.tr("&Municipality profile:"),
            with_lock(self.profile, bool(config.profile), self.body),
        )
        self.user = QLineEdit(self.body)
        self.user.setAccessibleName(self.tr("Your name"))
        form.addRow(self.tr("Your &name:"), self.user)
        self.role = QComboBox(self.body)
        self.role.addItem(self.tr("Staff"), "staff")
        self.role.addItem(self.tr("Leader"), "leader")
        self.role.setAccessibleName(self.tr("Role"))
        form.addRow(self.tr("&Role:"), self.role)
        self.passphrase = QLineEdit(self.body)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        # How strong, as the user types: guessable from their name or municipality too.
        self.meter = StrengthMeter(self.passphrase, self._context, self.body)
        self.user.textChanged.connect(self.meter.update_strength)
        self.profile.currentIndexChanged.connect(self.meter.update_strength)
        form.addRow("", self.meter)
        self.repeat = QLineEdit(self.body)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        form.addRow(self.tr("R&epeat passphrase:"), self.repeat)
        layout.addLayout(form)
        outer.addWidget(self.status)  # what is going on: creating the store
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        create = buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._controls(create, buttons.button(QDialogButtonBox.StandardButton.Cancel))

    def create(self) -> None:
        """Create the store, or say exactly what is wrong."""
        if self.passphrase.text() != self.repeat.text():
            self.problems.show_problems([(self.tr("The two passphrases differ."), self.repeat)])
            return
        if not self.user.text().strip():
            self.problems.show_problems([(self.tr("Write your name."), self.user)])
            return
        problem = self.meter.strength.problem
        if problem is not None:
            self.problems.show_problems([(tr_message(problem), self.passphrase)])
            return
        self.problems.show_problems([])
        data, passphrase = self.data_dir, self.passphrase.text()
        profile_id, user, role = (
            self.profile.currentData(),
            self.user.text(),
            self.role.currentData(),
        )
        self.run(
            lambda: create_session(data, passphrase, profile_id=profile_id, user=user, role=role),
            self._created,
            self.tr("Creating your encrypted store…"),
        )

    def _context(self) -> list[str]:
        """The words a guesser would try first for this user (see passphrase_service)."""
        from forebyg_desktop.site_config import site_config

        name, municipality = self._profile_words.get(self.profile.currentData(), ("", ""))
        return context_words(self.user.text(), name, municipality, site_config().institution_name)

    def _created(self, session: Session) -> None:
        self.session = session
        self.accept()
