"""Importing a handover file or a receipt, and asking about an institution's new key.

Institution-wide (not about one child), so the main window opens it from its
menu. Its store work and file reading run on the StoreWorker (the dialog
contract: docs/architecture.md).

A handover from an institution known here by another key is refused until a
person, asked by `NewKeyQuestion` with both fingerprints, has compared the new
one by phone and accepts it (the default answer refuses). Everything a file
or a person entered is shown as plain text: a name holding markup shows the
markup, and cannot hide or fake a fingerprint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.handover.handover_import_service import (
    ImportResult,
    ReceiptResult,
    import_file,
)
from forebyg_desktop.services.handover.institution_pins import KeyChanged
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import file_row
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import make_plain, plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


class NewKeyQuestion(QMessageBox):
    """Accept an institution's new key? Both fingerprints, plain text; Enter and Escape refuse."""

    def __init__(self, parent: QWidget, refusal: KeyChanged) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Another key"))
        make_plain(self)  # names come from files: never markup
        self.setText(
            self.tr(
                "{name} is known here by another key. Call {name} on a number you already "
                "know, and ask them to read their fingerprint aloud."
            ).format(name=refusal.institution)
        )
        self.setInformativeText(
            self.tr(
                "Known key: {known}\nNew key: {fingerprint}\n\nAccept the new key only if "
                "they read exactly the new fingerprint. Otherwise the file may be forged."
            ).format(known=refusal.known, fingerprint=refusal.fingerprint)
        )
        self.accept_button = self.addButton(
            self.tr("&Accept the new key"), QMessageBox.ButtonRole.YesRole
        )
        self.refuse_button = self.addButton(self.tr("&Refuse"), QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self.refuse_button)
        self.setEscapeButton(self.refuse_button)

    def accepted_new_key(self) -> bool:
        """Ask (modal); True only when "Accept the new key" was chosen."""
        self.exec()
        return self.clickedButton() is self.accept_button


def ask_new_key(parent: QWidget, refusal: KeyChanged) -> bool:
    """Whether a person accepts the new key of `refusal` (see NewKeyQuestion)."""
    return NewKeyQuestion(parent, refusal).accepted_new_key()


def refusal_text(refusal: KeyChanged) -> str:
    """The refusal in the UI language (shown when the new key is not accepted)."""
    return tr_message(refusal.message) if refusal.message else str(refusal)


class HandoverImportDialog(WorkerDialog):
    """Import a handover file from another institution, or a receipt for one we sent.

    `imported(result)` is sent, and `import_result` set, after each import that
    went through (an ImportResult for a handover, a ReceiptResult for a receipt).
    """

    imported = Signal(object)

    def __init__(
        self, session: Session, worker: StoreWorker, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, worker, parent)
        self.import_result: ImportResult | ReceiptResult | None = None
        self.setWindowTitle(self.tr("Import a handover or a receipt"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        body = self.body
        form = QFormLayout()
        self.file = QLineEdit(body)
        self.file.setAccessibleName(self.tr("Handover or receipt file"))
        form.addRow(self.tr("&File:"), file_row(body, self.file, self._pick, self.tr("Choose…")))
        self.sender_key = QLineEdit(body)
        self.sender_key.setAccessibleName(self.tr("The sender's key file"))
        self.sender_key.setPlaceholderText(
            self.tr("Optional: refuse a handover from anyone else than this sender")
        )
        form.addRow(
            self.tr("&Sender's key file:"),
            file_row(body, self.sender_key, self._pick_sender, self.tr("Choose…")),
        )
        self.group = QLineEdit(body)
        self.group.setAccessibleName(self.tr("The child's group here"))
        self.group.setPlaceholderText(self.tr("For a handover: the child's class or group"))
        form.addRow(self.tr("&Group:"), self.group)
        layout.addLayout(form)
        self.outcome = plain_label("", body, wrap=True)
        self.outcome.setAccessibleName(self.tr("Result of the import"))
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(lambda: self.run_import())  # not with `checked`
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._controls(self.import_button, self.close_button)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        outer.addLayout(bar)
        self._finish_layout(640)
        self.file.setFocus()

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Handover or receipt file"))
        if path:
            self.file.setText(path)

    def _pick_sender(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The sender's key file"))
        if path:
            self.sender_key.setText(path)

    def run_import(self, accept_new_key: str | None = None) -> None:
        """Import the file; with `accept_new_key`, a person confirmed that sender key."""
        path = self.file.text().strip()
        if not path:
            self.problems.show_problems([(self.tr("Choose the file to import."), None)])
            return
        s, group = self.session, self.group.text()
        sender_key = self.sender_key.text().strip()
        self.outcome.clear()
        self.run(
            lambda: import_file(
                s,
                Path(path),
                group=group,
                sender_key=Path(sender_key) if sender_key else None,
                accept_new_key=accept_new_key,
            ),
            self._imported,
            self.tr("Importing…"),
            refused=self._key_changed,
            refusal=KeyChanged,
        )

    def confirm_new_key(self, refusal: KeyChanged) -> bool:
        """Ask whether to accept the sender's new key (tests replace this)."""
        return ask_new_key(self, refusal)

    def _key_changed(self, refusal: KeyChanged) -> None:
        """The sender is known here by another key: import only if a person accepts it."""
        if self.confirm_new_key(refusal):
            self.run_import(accept_new_key=refusal.fingerprint)
        else:
            self.problems.show_problems([(refusal_text(refusal), None)])

    def _imported(self, r: ImportResult | ReceiptResult) -> None:
        self.import_result = r
        self.problems.show_problems([])
        if isinstance(r, ReceiptResult):
            text = self.tr("{name} confirmed receiving the handover on {date}.").format(
                name=r.receiver, date=r.received
            )
        elif r.already_imported:
            text = self.tr(
                "This handover was already imported; nothing changed. The receipt was written "
                "again: {file}"
            ).format(file=str(r.receipt))
        else:
            text = self.tr(
                "Received from {name} (fingerprint {fingerprint}) for: {purpose}. "
                "Send the receipt back to the sender: {file}"
            ).format(
                name=r.sender,
                fingerprint=r.sender_fingerprint,
                purpose=r.purpose,
                file=str(r.receipt),
            )
            if r.first_from_sender:
                text += "\n" + self.tr(
                    "This is the first handover from {name}: call them and compare the "
                    "fingerprint {fingerprint} with the one they read to you."
                ).format(name=r.sender, fingerprint=r.sender_fingerprint)
            if r.key_changed_from:
                text += "\n" + self.tr(
                    "The new key of {name} is now known here instead of {known}."
                ).format(name=r.sender, known=r.key_changed_from)
            if r.same_name_child:
                text += "\n" + self.tr(
                    "A child with the same name and birth date was already registered here; "
                    "the received record is kept separate."
                )
        self.outcome.setText(text)
        self.imported.emit(r)
