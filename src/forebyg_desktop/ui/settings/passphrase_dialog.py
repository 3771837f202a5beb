"""Choosing a passphrase: the strength meter under the field, and changing the passphrase.

The meter asks services.passphrase_service as the user types (a few
milliseconds, pure computation: fine on the GUI thread) and says in words how
strong the passphrase is and, while it is refused, why. The change itself
runs on the StoreWorker; the main window pauses its sync thread for it, since
that thread's connection still has the old key (see store/connection.py).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.i18n import Message, TranslatableError
from forebyg_desktop.services.session import Session
from forebyg_desktop.services.setup.passphrase_service import (
    PassphraseChanged,
    Strength,
    assess,
    change_passphrase,
    check_change,
    user_context,
)
from forebyg_desktop.store.connection import unlocks
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog

# Bar colours by score; the words beside the bar carry the meaning too.
_COLOURS = ("#b00020", "#b00020", "#c05600", "#8a6d00", "#1b6e20")


class StrengthMeter(QWidget):
    """A bar and a line of text under a new-passphrase field, updated as the user types."""

    def __init__(
        self, field: QLineEdit, context: Callable[[], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        layout.addWidget(self.bar)
        self.text = plain_label("", self, wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setAccessibleName(self.tr("Passphrase strength"))
        layout.addWidget(self.text)
        field.textChanged.connect(self.update_strength)
        self.update_strength()

    @property
    def strength(self) -> Strength:
        return assess(self.field.text(), context=self._context())

    def update_strength(self) -> None:
        """Show the strength of what the field holds now."""
        if not self.field.text():
            self.bar.setValue(0)
            self.text.setText("")
            return
        strength = self.strength
        self.bar.setValue(max(strength.score, 1))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[strength.score]}; }}")
        level = self.tr("Strength: {level}").format(level=tr_message(strength.level))
        if strength.problem is not None:
            level += " – " + tr_message(strength.problem)
        self.text.setText(level)
        self.bar.setAccessibleDescription(level)
        # After the label's new size has reached the layouts (next event loop turn).
        QTimer.singleShot(0, self._grow_window)

    def _grow_window(self) -> None:
        """Make the window tall enough for the advice, which can wrap to several lines.

        A window keeps its size when its content grows after it is shown, so the
        wrapped text would be squeezed over the bar; it grows (never shrinks).
        """
        if not shiboken6.isValid(self):
            return
        window = self.window()
        layout = window.layout()
        if layout is None or window is self:
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(window.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > window.height():
            window.resize(window.width(), needed)


class ChangePassphraseDialog(WorkerDialog):
    """The current passphrase, the new one twice, and the change on the store thread.

    `pause_sync()` is called once the current passphrase is confirmed, just
    before the store is re-encrypted; `resume_sync(passphrase)` after, with the
    passphrase that applies then (the new one, or the old one if the change
    failed). `result` holds the finished change.
    """

    def __init__(
        self,
        session: Session,
        worker: StoreWorker,
        parent: QWidget | None = None,
        *,
        pause_sync: Callable[[], None] = lambda: None,
        resume_sync: Callable[[str], None] = lambda _passphrase: None,
    ) -> None:
        super().__init__(session, worker, parent)
        self._pause_sync, self._resume_sync = pause_sync, resume_sync
        self.result: PassphraseChanged | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        body = self.body
        intro = plain_label(
            self.tr(
                "Your records are encrypted again under the new passphrase. The old one no "
                "longer opens them, and the new one cannot be recovered: keep it safe."
            ),
            body,
            wrap=True,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = self._secret(body, self.tr("Current passphrase"))
        form.addRow(self.tr("&Current passphrase:"), self.old)
        self.new = self._secret(body, self.tr("New passphrase"))
        form.addRow(self.tr("&New passphrase:"), self.new)
        context = user_context(session.user, session.profile)
        self.meter = StrengthMeter(self.new, lambda: context, body)
        form.addRow("", self.meter)
        self.repeat = self._secret(body, self.tr("Repeat the new passphrase"))
        form.addRow(self.tr("&Repeat the new passphrase:"), self.repeat)
        layout.addLayout(form)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        buttons = QDialogButtonBox(self)
        self.change_button = buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._controls(self.change_button, self.close_button)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        outer.addLayout(bar)
        self._finish_layout(520)
        self.old.setFocus()

    @staticmethod
    def _secret(parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def change(self) -> None:
        """Check what was typed, then confirm the current passphrase, then re-encrypt."""
        old, new = self.old.text(), self.new.text()
        if not old:
            self.problems.show_problems([(self.tr("Write your current passphrase."), self.old)])
            return
        strength = self.meter.strength
        if strength.problem is not None:
            self.problems.show_problems([(tr_message(strength.problem), self.new)])
            return
        if new != self.repeat.text():
            self.problems.show_problems([(self.tr("The two new passphrases differ."), self.repeat)])
            return
        self.problems.show_problems([])
        s = self.session
        self.run(
            lambda: check_change(s, old, new),
            lambda _: self._rekey(old, new),
            self.tr("Checking…"),
        )

    def _rekey(self, old: str, new: str) -> None:
        s = self.session
        self._pause_sync()

        def job() -> tuple[PassphraseChanged | Exception, str]:
            # Any outcome comes back as a value with the passphrase that opens
            # the store now, so the sync resumes with the right one in every case.
            try:
                outcome: PassphraseChanged | Exception = change_passphrase(s, old, new)
            except Exception as exc:  # noqa: BLE001 - shown as one line below
                outcome = exc
            path = s.store.path
            return outcome, new if path is not None and unlocks(path, new) else old

        self.run(job, self._done, self.tr("Encrypting your records under the new passphrase…"))

    def _done(self, result: tuple[PassphraseChanged | Exception, str]) -> None:
        outcome, applies = result
        self._resume_sync(applies)
        if isinstance(outcome, Exception):
            message = getattr(outcome, "message", None)
            if isinstance(message, Message):
                text = tr_message(message)
            elif isinstance(outcome, TranslatableError):
                text = str(outcome)
            else:
                text = f"internal error ({type(outcome).__name__})"
            self.problems.show_problems([(text, None)])
            return
        self.result = outcome
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.accept()
