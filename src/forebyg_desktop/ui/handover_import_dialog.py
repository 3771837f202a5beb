"""The institution's handover key, and importing a handover file or a receipt.

Both are institution-wide (not about one child), so the main window opens them
from its menu; the handover dialog opens the key dialog when no key exists yet.
Their store work and file reading run on the StoreWorker (see WorkerDialog):
the key dialog loads the institution's current name before its form is enabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.handover_import import (
    ImportResult,
    ReceiptResult,
    import_file,
)
from forebyg_desktop.services.institution_service import institution_name, write_public_key
from forebyg_desktop.services.session import Session
from forebyg_desktop.sync.institution_key import PublicKeyFile
from forebyg_desktop.ui.dialog_parts import file_row
from forebyg_desktop.ui.store_worker import StoreWorker
from forebyg_desktop.ui.worker_dialog import WorkerDialog


class InstitutionKeyDialog(WorkerDialog):
    """Name the institution, write its public key file, show the fingerprint.

    `key_written(PublicKeyFile)` is sent, and `public` set, each time a key file is written.
    """

    key_written = Signal(object)

    def __init__(
        self, session: Session, worker: StoreWorker, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, worker, parent)
        self.public: PublicKeyFile | None = None
        self.setWindowTitle(self.tr("Institution key for handovers"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        body = self.body
        intro = QLabel(
            self.tr(
                "Other institutions need this key file to hand a child's record over to you. "
                "Only the public key is written; the private key stays in your encrypted store."
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(body)
        self.name.setAccessibleName(self.tr("Institution name"))
        form.addRow(self.tr("Institution &name:"), self.name)
        self.out_file = QLineEdit(body)
        self.out_file.setAccessibleName(self.tr("Key file to write"))
        form.addRow(
            self.tr("Save &as:"), file_row(body, self.out_file, self._pick, self.tr("Choose…"))
        )
        layout.addLayout(form)
        self.fingerprint = QLabel(body)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        layout.addWidget(self.fingerprint)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        buttons = QDialogButtonBox(self)
        self.write_button = buttons.addButton(
            self.tr("&Write key file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.clicked.connect(self.write)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._controls(self.write_button, self.close_button)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        outer.addLayout(bar)
        self._finish_layout(560)
        # The current name (the form waits for it: writing renames the institution).
        self.ready = False
        self.run(lambda s=session: institution_name(s), self._loaded, self.tr("Loading…"))

    def _loaded(self, name: str) -> None:
        self.ready = True
        if not self.name.text():
            self.name.setText(name)
        self._set_enabled()
        self.name.setFocus()

    def _pick(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Key file to write"))
        if path:
            self.out_file.setText(path)

    def write(self) -> None:
        out = self.out_file.text().strip()
        if not out:
            self.problems.show_problems([(self.tr("Choose where to save the key file."), None)])
            return
        s, name = self.session, self.name.text()
        self.fingerprint.clear()
        self.run(
            lambda: write_public_key(s, Path(out), name),
            self._written,
            self.tr("Writing the key file…"),
        )

    def _written(self, public: PublicKeyFile) -> None:
        self.public = public
        self.problems.show_problems([])
        self.fingerprint.setText(
            self.tr(
                "Written. Fingerprint of {name}: {fingerprint}. Read it aloud when a sender "
                "calls to compare it."
            ).format(name=public.institution, fingerprint=public.fingerprint)
        )
        self.key_written.emit(public)


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
        self.outcome = QLabel(body)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result of the import"))
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self.run_import)
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

    def run_import(self) -> None:
        path = self.file.text().strip()
        if not path:
            self.problems.show_problems([(self.tr("Choose the file to import."), None)])
            return
        s, group = self.session, self.group.text()
        sender_key = self.sender_key.text().strip()
        self.outcome.clear()
        self.run(
            lambda: import_file(
                s, Path(path), group=group, sender_key=Path(sender_key) if sender_key else None
            ),
            self._imported,
            self.tr("Importing…"),
        )

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
            if r.same_name_child:
                text += "\n" + self.tr(
                    "A child with the same name and birth date was already registered here; "
                    "the received record is kept separate."
                )
        self.outcome.setText(text)
        self.imported.emit(r)
