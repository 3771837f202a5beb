"""The institution's handover key: name the institution, write its public key file.

Institution-wide, so the main window opens it from its menu; the handover
dialogue opens it when no key exists yet. A WorkerDialog (the dialog contract:
docs/architecture.md): it loads the institution's current name before its form
is enabled, and writes the key file on the StoreWorker.
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
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.handover.institution_service import institution_name, write_public_key
from forebyg_desktop.services.session import Session
from forebyg_desktop.sync.institution_key import PublicKeyFile
from forebyg_desktop.ui.kit.dialog_parts import file_row
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


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
        intro = plain_label(
            self.tr(
                "Other institutions need this key file to hand a child's record over to you. "
                "Only the public key is written; the private key stays in your encrypted store."
            ),
            body,
            wrap=True,
        )
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
        self.fingerprint = plain_label("", body, wrap=True)
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
