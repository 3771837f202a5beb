"""Record parents' written consent to share a child's record (who, what, to whom, why, until).

Nothing is loaded to open it; "Save consent" runs `record_consent` on the
StoreWorker (the form is disabled meanwhile) and each refused field is listed
in `problems`, Enter on a line going to the field.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.records import CONSENT_COVERS
from forebyg_desktop.services.handover.consent_service import record_consent
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import to_date, to_qdate
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


class ConsentDialog(WorkerDialog):
    """Records a consent for `child`; `consent_id` is set and `consent_recorded` sent on accept."""

    consent_recorded = Signal(str)  # the new consent's id

    def __init__(
        self, session: Session, child: dict, worker: StoreWorker, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, worker, parent)
        self.child = child
        self.consent_id: str | None = None
        self.setWindowTitle(self.tr("Consent to share"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        body = self.body
        intro = plain_label("", body, wrap=True)  # the child's name: never markup
        intro.setText(
            self.tr(
                "Record the parents' written consent for {name}: what may be shared, "
                "with whom, why and until when."
            ).format(name=child.get("name", ""))
        )
        self.intro = intro
        layout.addWidget(intro)

        form = QFormLayout()
        self.given_by = QLineEdit(body)
        self.given_by.setAccessibleName(self.tr("Given by"))
        form.addRow(self.tr("&Given by:"), self.given_by)
        self.recipient = QLineEdit(body)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr("The receiving institution's name"))
        form.addRow(self.tr("&Recipient:"), self.recipient)
        self.purpose = QPlainTextEdit(body)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(70)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        form.addRow(self.tr("&Purpose:"), self.purpose)

        covers_box = QGroupBox(self.tr("The consent covers"), body)
        covers_layout = QVBoxLayout(covers_box)
        labels = {
            "assessments": self.tr("&Assessments"),
            "plans": self.tr("Action p&lans"),
            "evaluations": self.tr("Plan &evaluations"),
        }
        self.covers: dict[str, QCheckBox] = {}
        for key in CONSENT_COVERS:
            box = QCheckBox(labels.get(key, key), covers_box)
            covers_layout.addWidget(box)
            self.covers[key] = box
        form.addRow(covers_box)

        today = session.today()
        self.given_date = QDateEdit(body)
        self.given_date.setCalendarPopup(True)
        self.given_date.setMaximumDate(to_qdate(today))
        self.given_date.setDate(to_qdate(today))
        self.given_date.setAccessibleName(self.tr("Date given"))
        form.addRow(self.tr("Date gi&ven:"), self.given_date)
        self.expires = QDateEdit(body)
        self.expires.setCalendarPopup(True)
        self.expires.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.expires.setDate(to_qdate(today + timedelta(days=365)))
        self.expires.setAccessibleName(self.tr("Valid until"))
        form.addRow(self.tr("Valid &until:"), self.expires)
        layout.addLayout(form)
        layout.addStretch(1)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save consent"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._controls(self.save_button, self.cancel_button)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        outer.addLayout(bar)
        self._finish_layout(560)
        self.given_by.setFocus()

    def _save(self) -> None:
        s, args = (
            self.session,
            {
                "child_id": self.child["id"],
                "given_by": self.given_by.text(),
                "covers": [k for k, box in self.covers.items() if box.isChecked()],
                "recipient": self.recipient.text(),
                "purpose": self.purpose.toPlainText(),
                "expires": to_date(self.expires.date()),
                "given_date": to_date(self.given_date.date()),
            },
        )
        self.run(
            lambda: record_consent(s, **args),
            self._saved,
            self.tr("Saving…"),
            refused=self._show_refusal,
        )

    def _saved(self, consent_id: str) -> None:
        self.consent_id = consent_id
        self.consent_recorded.emit(consent_id)
        self.accept()

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        first_cover = next(iter(self.covers.values()))
        fields: dict[str, tuple[str, QWidget | None]] = {
            "given_by": (self.tr("Given by"), self.given_by),
            "recipient": (self.tr("Recipient"), self.recipient),
            "purpose": (self.tr("Purpose"), self.purpose),
            "covers": (self.tr("The consent covers"), first_cover),
            "given_date": (self.tr("Date given"), self.given_date),
            "expires": (self.tr("Valid until"), self.expires),
        }
        return fields.get(where, (self.tr("Consent"), None))
