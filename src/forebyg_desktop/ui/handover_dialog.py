"""Hand a child's record over to another institution: consents, the export, past handovers.

The dialog only lays out and calls services (consent_service, handover_service,
institution_service); the rules (which consent applies, what travels) live there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.records import Consent
from forebyg_desktop.services.consent_service import list_consents, withdraw_consent
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover_service import (
    HandoverSummary,
    export_handover,
    list_handovers,
)
from forebyg_desktop.services.institution_service import institution, read_public_key
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.errors import StoreError
from forebyg_desktop.ui.consent_dialog import ConsentDialog
from forebyg_desktop.ui.dialog_parts import ProblemList, file_row
from forebyg_desktop.ui.handover_import_dialog import InstitutionKeyDialog
from forebyg_desktop.ui.i18n import tr_message


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


class HandoverDialog(QDialog):
    """The child's consents and handovers, and handing the record over under a consent."""

    def __init__(self, session: Session, child: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.child = child
        self.summary: HandoverSummary | None = None
        self._consents: list[Consent] = []
        self.setWindowTitle(self.tr("Handover of {name}").format(name=child.get("name", "")))
        layout = QVBoxLayout(self)
        self.problems = ProblemList(self)
        layout.addWidget(self.problems)

        consent_box = QGroupBox(self.tr("Consents"), self)
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

        export_box = QGroupBox(self.tr("Hand over"), self)
        form = QFormLayout(export_box)
        self.no_key = QLabel(
            self.tr("This institution has no handover key yet. Make one first."), export_box
        )
        self.no_key.setWordWrap(True)
        self.make_key_button = QPushButton(self.tr("Make institution &key…"), export_box)
        self.make_key_button.clicked.connect(self._make_key)
        form.addRow(self.no_key, self.make_key_button)
        self.key_file = QLineEdit(export_box)
        self.key_file.setAccessibleName(self.tr("The receiving institution's key file"))
        self.key_file.editingFinished.connect(self._show_recipient)
        form.addRow(
            self.tr("Receiver's &key file:"),
            file_row(export_box, self.key_file, self._pick_key, self.tr("Choose…")),
        )
        self.recipient = QLabel(export_box)
        self.recipient.setWordWrap(True)
        form.addRow(self.recipient)
        self.out_file = QLineEdit(export_box)
        self.out_file.setAccessibleName(self.tr("Handover file to write"))
        form.addRow(
            self.tr("Save &as:"),
            file_row(export_box, self.out_file, self._pick_out, self.tr("Choose…")),
        )
        self.export_button = QPushButton(self.tr("&Hand over"), export_box)
        self.export_button.clicked.connect(self.export)
        form.addRow(self.export_button)
        self.result = QLabel(export_box)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result of the handover"))
        form.addRow(self.result)
        layout.addWidget(export_box)

        handover_box = QGroupBox(self.tr("Handovers"), self)
        handover_layout = QVBoxLayout(handover_box)
        self.handover_table = _table(
            handover_box,
            [self.tr("Date"), self.tr("Direction"), self.tr("Institution"), self.tr("Status")],
            self.tr("Handovers"),
        )
        handover_layout.addWidget(self.handover_table)
        layout.addWidget(handover_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.refresh()

    # -- data ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload consents and handovers (each read is audited by the services)."""
        has_key = institution(self.session) is not None
        self.no_key.setVisible(not has_key)
        self.make_key_button.setVisible(not has_key)
        try:
            self._consents = list_consents(self.session, self.child["id"])
            handovers = list_handovers(self.session, self.child["id"])
        except (ServiceError, StoreError) as exc:
            self.problems.show_problems([(str(exc), None)])
            return
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
        self.handover_table.setRowCount(len(handovers))
        for i, h in enumerate(handovers):
            direction = self.tr("Sent to") if h.direction == "sent" else self.tr("Received from")
            status = statuses[h.status].format(date=self._date(h.receipt_date or ""))
            values = [self._date(h.date), direction, h.counterpart, status]
            for col, value in enumerate(values):
                self.handover_table.setItem(i, col, QTableWidgetItem(value))

    def _date(self, value: object) -> str:
        try:
            d = value if isinstance(value, date) else date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return self.locale().toString(d, "dd.MM.yyyy")

    # -- actions ---------------------------------------------------------------

    def _add_consent(self) -> None:
        dialog = ConsentDialog(self.session, self.child, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

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
        try:
            withdraw_consent(self.session, consent.id)
        except (ServiceError, StoreError) as exc:
            self.problems.show_problems([(str(exc), None)])
            return
        self.problems.show_problems([])
        self.refresh()

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _make_key(self) -> None:
        InstitutionKeyDialog(self.session, self).exec()
        self.refresh()

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
        """Name and fingerprint from the key file, to compare by phone before handing over."""
        text = self.key_file.text().strip()
        if not text:
            self.recipient.clear()
            return
        try:
            key = read_public_key(Path(text))
        except ServiceError as exc:
            self.recipient.setText(str(exc))
            return
        self.recipient.setText(
            self.tr(
                "Receiver: {name}. Fingerprint {fingerprint}: compare it with the receiving "
                "institution by phone before you hand over."
            ).format(name=key.institution, fingerprint=key.fingerprint)
        )

    def export(self) -> None:
        key, out = self.key_file.text().strip(), self.out_file.text().strip()
        if not key or not out:
            self.problems.show_problems(
                [(self.tr("Choose the receiver's key file and where to save the handover."), None)]
            )
            return
        try:
            self.summary = export_handover(self.session, self.child["id"], Path(key), Path(out))
        except (ServiceError, StoreError) as exc:
            self.problems.show_problems([(str(exc), None)])
            self.result.clear()
            return
        self.problems.show_problems([])
        s = self.summary
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
        self.result.setText("\n".join(lines))
        self.refresh()
