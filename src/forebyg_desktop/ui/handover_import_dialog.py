"""The institution's handover key, and importing a handover file or a receipt.

Both are institution-wide (not about one child), so the main window opens them
from its menu; the handover dialog opens the key dialog when no key exists yet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover_import import (
    ImportResult,
    ReceiptResult,
    import_file,
)
from forebyg_desktop.services.institution_service import institution, write_public_key
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.errors import StoreError
from forebyg_desktop.ui.dialog_parts import ProblemList, file_row


class InstitutionKeyDialog(QDialog):
    """Name the institution, write its public key file, show the fingerprint."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Institution key for handovers"))
        layout = QVBoxLayout(self)
        self.problems = ProblemList(self)
        layout.addWidget(self.problems)
        intro = QLabel(
            self.tr(
                "Other institutions need this key file to hand a child's record over to you. "
                "Only the public key is written; the private key stays in your encrypted store."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        current = institution(session)
        self.name = QLineEdit(current.name if current else "", self)
        self.name.setAccessibleName(self.tr("Institution name"))
        form.addRow(self.tr("Institution &name:"), self.name)
        self.out_file = QLineEdit(self)
        self.out_file.setAccessibleName(self.tr("Key file to write"))
        form.addRow(
            self.tr("Save &as:"), file_row(self, self.out_file, self._pick, self.tr("Choose…"))
        )
        layout.addLayout(form)
        self.fingerprint = QLabel(self)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        layout.addWidget(self.fingerprint)
        buttons = QDialogButtonBox(self)
        self.write_button = buttons.addButton(
            self.tr("&Write key file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.clicked.connect(self.write)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def _pick(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Key file to write"))
        if path:
            self.out_file.setText(path)

    def write(self) -> None:
        out = self.out_file.text().strip()
        if not out:
            self.problems.show_problems([(self.tr("Choose where to save the key file."), None)])
            return
        try:
            public = write_public_key(self.session, Path(out), self.name.text())
        except (ServiceError, StoreError) as exc:
            self.problems.show_problems([(str(exc), None)])
            return
        self.problems.show_problems([])
        self.fingerprint.setText(
            self.tr(
                "Written. Fingerprint of {name}: {fingerprint}. Read it aloud when a sender "
                "calls to compare it."
            ).format(name=public.institution, fingerprint=public.fingerprint)
        )


class HandoverImportDialog(QDialog):
    """Import a handover file from another institution, or a receipt for one we sent."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: ImportResult | ReceiptResult | None = None
        self.setWindowTitle(self.tr("Import a handover or a receipt"))
        layout = QVBoxLayout(self)
        self.problems = ProblemList(self)
        layout.addWidget(self.problems)
        form = QFormLayout()
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Handover or receipt file"))
        form.addRow(self.tr("&File:"), file_row(self, self.file, self._pick, self.tr("Choose…")))
        self.sender_key = QLineEdit(self)
        self.sender_key.setAccessibleName(self.tr("The sender's key file"))
        self.sender_key.setPlaceholderText(
            self.tr("Optional: refuse a handover from anyone else than this sender")
        )
        form.addRow(
            self.tr("&Sender's key file:"),
            file_row(self, self.sender_key, self._pick_sender, self.tr("Choose…")),
        )
        self.group = QLineEdit(self)
        self.group.setAccessibleName(self.tr("The child's group here"))
        self.group.setPlaceholderText(self.tr("For a handover: the child's class or group"))
        form.addRow(self.tr("&Group:"), self.group)
        layout.addLayout(form)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result of the import"))
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self.run_import)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Handover or receipt file"))
        if path:
            self.file.setText(path)

    def _pick_sender(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The sender's key file"))
        if path:
            self.sender_key.setText(path)

    def run_import(self) -> None:
        path = self.file.text().strip()
        if not path:
            self.problems.show_problems([(self.tr("Choose the file to import."), None)])
            return
        try:
            sender_key = self.sender_key.text().strip()
            self.result = import_file(
                self.session,
                Path(path),
                group=self.group.text(),
                sender_key=Path(sender_key) if sender_key else None,
            )
        except (ServiceError, StoreError) as exc:
            self.problems.show_problems([(str(exc), None)])
            self.outcome.clear()
            return
        self.problems.show_problems([])
        r = self.result
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
            if r.same_name_child:
                text += "\n" + self.tr(
                    "A child with the same name and birth date was already registered here; "
                    "the received record is kept separate."
                )
        self.outcome.setText(text)
