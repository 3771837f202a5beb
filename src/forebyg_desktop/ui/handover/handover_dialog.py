"""Hand a child's record over to another institution: consents, the export, past handovers.

The dialog only lays out and calls services (consent_service, handover_service,
institution_service); the rules (which consent applies, what travels) live there.
Every call runs on the StoreWorker (see WorkerDialog): the form stays disabled
until `handover_page` has loaded, and the consent and key dialogs it opens are
window-modal (`open()`, no nested event loop) and share the worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.records import Consent
from forebyg_desktop.services.handover.consent_service import withdraw_consent
from forebyg_desktop.services.handover.handover_service import (
    HandoverPage,
    HandoverSummary,
    RecipientKey,
    export_handover,
    handover_page,
    recipient_key,
)
from forebyg_desktop.services.handover.institution_pins import KeyChanged
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.handover.consent_dialog import ConsentDialog
from forebyg_desktop.ui.handover.handover_import_dialog import ask_new_key, refusal_text
from forebyg_desktop.ui.handover.institution_key_dialog import InstitutionKeyDialog
from forebyg_desktop.ui.kit.dialog_parts import ask, file_row
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HandoverDialog(WorkerDialog):
    """The child's consents and handovers, and handing the record over under a consent.

    `changed` is sent when the child's record changed here (a consent recorded
    or withdrawn, a handover made); `summary` is the last handover made.
    """

    changed = Signal()

    def __init__(
        self, session: Session, child: dict, worker: StoreWorker, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, worker, parent)
        self.child = child
        self.summary: HandoverSummary | None = None
        self.nested: QDialog | None = None  # the consent or key dialog open over this one
        self._consents: list[Consent] = []
        self.setWindowTitle(self.tr("Handover of {name}").format(name=child.get("name", "")))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        body = self.body

        consent_box = QGroupBox(self.tr("Consents"), body)
        consent_layout = QVBoxLayout(consent_box)
        self.consent_table = _table(
            consent_box,
            [self.tr("Recipient"), self.tr("Covers"), self.tr("Valid until"), self.tr("Status")],
            self.tr("Consents"),
        )
        consent_layout.addWidget(self.consent_table)
        row = QHBoxLayout()
        self.add_consent_button = QPushButton(self.tr("&Record consent…"), consent_box)
        self.add_consent_button.clicked.connect(self._add_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent"), consent_box)
        self.withdraw_button.clicked.connect(self._withdraw)
        row.addWidget(self.add_consent_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        consent_layout.addLayout(row)
        layout.addWidget(consent_box)

        export_box = QGroupBox(self.tr("Hand over"), body)
        form = QFormLayout(export_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.no_key = plain_label(
            self.tr("This institution has no handover key yet. Make one first."),
            export_box,
            wrap=True,
        )
        self.make_key_button = QPushButton(self.tr("&Make institution key…"), export_box)
        self.make_key_button.clicked.connect(self._make_key)
        form.addRow(self.no_key, self.make_key_button)
        self.no_key.hide()
        self.make_key_button.hide()
        self.key_file = QLineEdit(export_box)
        self.key_file.setAccessibleName(self.tr("The receiving institution's key file"))
        self.key_file.editingFinished.connect(self._show_recipient)
        form.addRow(
            self.tr("Receiver's &key file:"),
            file_row(export_box, self.key_file, self._pick_key, self.tr("Choose…")),
        )
        self.recipient = plain_label("", export_box, wrap=True)  # the key file's name: never markup
        form.addRow(self.recipient)
        self.out_file = QLineEdit(export_box)
        self.out_file.setAccessibleName(self.tr("Handover file to write"))
        form.addRow(
            self.tr("Save &as:"),
            file_row(export_box, self.out_file, self._pick_out, self.tr("Choose…")),
        )
        self.export_button = QPushButton(self.tr("&Hand over"), export_box)
        self.export_button.clicked.connect(lambda: self.export())  # not with `checked`
        form.addRow(self.export_button)
        self.outcome = plain_label("", export_box, wrap=True)
        self.outcome.setAccessibleName(self.tr("Result of the handover"))
        form.addRow(self.outcome)
        layout.addWidget(export_box)

        handover_box = QGroupBox(self.tr("Handovers"), body)
        handover_layout = QVBoxLayout(handover_box)
        self.handover_table = _table(
            handover_box,
            [self.tr("Date"), self.tr("Direction"), self.tr("Institution"), self.tr("Status")],
            self.tr("Handovers"),
        )
        handover_layout.addWidget(self.handover_table)
        layout.addWidget(handover_box)
        for table in (self.consent_table, self.handover_table):
            table.setMinimumHeight(110)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        outer.addLayout(bar)
        self._finish_layout(760, 640)
        self.ready = False
        self.refresh()

    # -- data ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload consents and handovers (each read is audited by the services)."""
        s, child_id = self.session, self.child["id"]
        self.when_idle(
            lambda: self.run(lambda: handover_page(s, child_id), self._show, self.tr("Loading…"))
        )

    def _show(self, page: HandoverPage) -> None:
        first = not self.ready
        self.ready = True
        self.no_key.setVisible(not page.has_key)
        self.make_key_button.setVisible(not page.has_key)
        self._consents = page.consents
        today = self.session.today()
        labels = {
            "assessments": self.tr("assessments"),
            "plans": self.tr("plans"),
            "evaluations": self.tr("evaluations"),
        }
        self.consent_table.setRowCount(len(self._consents))
        for i, c in enumerate(self._consents):
            if c.withdrawn is not None and c.withdrawn <= today:
                status = self.tr("Withdrawn {date}").format(date=self._date(c.withdrawn))
            elif c.is_active(today):
                status = self.tr("Active")
            else:
                status = self.tr("Expired")
            values = [
                c.recipient,
                ", ".join(labels.get(k, k) for k in c.covers),
                self._date(c.expires),
                status,
            ]
            for col, value in enumerate(values):
                self.consent_table.setItem(i, col, QTableWidgetItem(value))
        statuses = {
            "sent": self.tr("Sent, waiting for the receipt"),
            "receipt_received": self.tr("Receipt received {date}"),
            "received": self.tr("Received"),
        }
        self.handover_table.setRowCount(len(page.handovers))
        for i, h in enumerate(page.handovers):
            direction = self.tr("Sent to") if h.direction == "sent" else self.tr("Received from")
            status = statuses[h.status].format(date=self._date(h.receipt_date or ""))
            values = [self._date(h.date), direction, h.counterpart, status]
            for col, value in enumerate(values):
                self.handover_table.setItem(i, col, QTableWidgetItem(value))
        if first:
            self._set_enabled()
            first_field = self.make_key_button if not page.has_key else self.consent_table
            first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_enabled(self) -> None:
        # The fields stay usable during a job (what a job needs was taken when it
        # started); only what would submit another job waits for it.
        self.body.setEnabled(self.ready)
        for button in (
            self.add_consent_button,
            self.withdraw_button,
            self.make_key_button,
            self.export_button,
        ):
            button.setEnabled(self.idle)
        self.close_button.setEnabled(not self.busy)

    def _date(self, value: object) -> str:
        try:
            d = value if isinstance(value, date) else date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return self.locale().toString(d, "dd.MM.yyyy")

    # -- actions ---------------------------------------------------------------

    def _open_nested(self, dialog: QDialog) -> None:
        """Show `dialog` over this one (window-modal); reload when it closes."""
        self.nested = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._nested_closed)
        dialog.open()

    def _nested_closed(self) -> None:
        self.nested = None
        if shiboken6.isValid(self):
            self.refresh()

    def _add_consent(self) -> None:
        dialog = ConsentDialog(self.session, self.child, self.worker, self)
        dialog.consent_recorded.connect(lambda _id: self.changed.emit())
        self._open_nested(dialog)

    def _make_key(self) -> None:
        self._open_nested(InstitutionKeyDialog(self.session, self.worker, self))

    def selected_consent(self) -> Consent | None:
        rows = self.consent_table.selectionModel().selectedRows()
        return self._consents[rows[0].row()] if rows else None

    def _withdraw(self) -> None:
        consent = self.selected_consent()
        if consent is None:
            self.problems.show_problems([(self.tr("Choose the consent to withdraw."), None)])
            return
        question = self.tr("Record that the consent to share with {recipient} was withdrawn today?")
        if not self.confirm(question.format(recipient=consent.recipient)):
            return
        s, consent_id = self.session, consent.id
        self.run(lambda: withdraw_consent(s, consent_id), self._withdrawn, self.tr("Saving…"))

    def _withdrawn(self, _result: object) -> None:
        self.problems.show_problems([])
        self.changed.emit()
        self.refresh()

    def confirm(self, text: str) -> bool:
        """Ask before withdrawing; Enter and Escape keep the consent."""
        return ask(
            self,
            self.windowTitle(),
            text,
            self.tr("From then on nothing can be handed over under this consent."),
            self.tr("&Withdraw"),
            self.tr("&Keep the consent"),
        )

    def _pick_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The receiving institution's key file"))
        if path:
            self.key_file.setText(path)
            self._show_recipient()

    def _pick_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Handover file to write"))
        if path:
            self.out_file.setText(path)

    def _show_recipient(self) -> None:
        """Name and fingerprint from the key file, to compare by phone before handing over.

        Read on the worker (the file may be on a slow share) without blocking
        the buttons; an answer for a file name no longer in the field is dropped.
        """
        text = self.key_file.text().strip()
        if not text:
            self.recipient.clear()
            return

        def show(answer: RecipientKey | str) -> None:
            if not shiboken6.isValid(self) or self.key_file.text().strip() != text:
                return
            self.recipient.setText(answer if isinstance(answer, str) else self._key_text(answer))

        s = self.session
        self.worker.submit(lambda: recipient_key(s, Path(text)), show, show)

    def _key_text(self, key: RecipientKey) -> str:
        name, fingerprint = key.public.institution, key.public.fingerprint
        if key.status == "known":
            return self.tr(
                "Receiver: {name}. Fingerprint {fingerprint}, the key used with {name} before."
            ).format(name=name, fingerprint=fingerprint)
        if key.status == "changed":
            assert key.known is not None
            return self.tr(
                "Receiver: {name}. Fingerprint {fingerprint}. Warning: {name} is known here by "
                "another key, {known}. Call them and compare before you hand over."
            ).format(name=name, fingerprint=fingerprint, known=key.known.fingerprint)
        return self.tr(
            "Receiver: {name}. Fingerprint {fingerprint}: a key not used here before. Call the "
            "receiving institution and compare it before you hand over."
        ).format(name=name, fingerprint=fingerprint)

    def export(self, accept_new_key: str | None = None) -> None:
        """Hand over; with `accept_new_key`, a person confirmed the receiver's new key."""
        key, out = self.key_file.text().strip(), self.out_file.text().strip()
        if not key or not out:
            self.problems.show_problems(
                [(self.tr("Choose the receiver's key file and where to save the handover."), None)]
            )
            return
        s, child_id = self.session, self.child["id"]
        self.outcome.clear()
        self.run(
            lambda: export_handover(
                s, child_id, Path(key), Path(out), accept_new_key=accept_new_key
            ),
            self._exported,
            self.tr("Handing over…"),
            refused=self._key_changed,
            refusal=KeyChanged,
        )

    def confirm_new_key(self, refusal: KeyChanged) -> bool:
        """Ask whether to accept the receiver's new key (tests replace this)."""
        return ask_new_key(self, refusal)

    def _key_changed(self, refusal: KeyChanged) -> None:
        """The receiver is known here by another key: hand over only if a person accepts it."""
        if self.confirm_new_key(refusal):
            self.export(accept_new_key=refusal.fingerprint)
        else:
            self.problems.show_problems([(refusal_text(refusal), None)])

    def _exported(self, summary: HandoverSummary) -> None:
        self.summary = s = summary
        self.problems.show_problems([])
        lines = [
            self.tr(
                "Handed over to {name}: the name and birth date; assessments: {assessments}, "
                "plans: {plans}, evaluations: {evaluations}. Send the file to the receiver."
            ).format(
                name=s.recipient,
                assessments=s.included.get("assessment", 0),
                plans=s.included.get("plan", 0),
                evaluations=s.included.get("evaluation", 0),
            ),
            *(tr_message(n) for n in s.notes),
        ]
        if s.first_use:
            lines.append(
                self.tr(
                    "First handover to {name}: call them and compare the fingerprint "
                    "{fingerprint} before you send the file."
                ).format(name=s.recipient, fingerprint=s.recipient_fingerprint)
            )
        if s.key_changed_from:
            lines.append(
                self.tr("The new key of {name} is now known here instead of {known}.").format(
                    name=s.recipient, known=s.key_changed_from
                )
            )
        self.outcome.setText("\n".join(lines))
        self.changed.emit()
        self.refresh()
