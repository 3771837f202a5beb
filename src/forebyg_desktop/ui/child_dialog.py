"""Registering a child by hand: name, birth date, group.

The service validates (a real birth date of a child, no CPR-like text, a
name); every problem is shown beside the field's name and nothing is written.
The write runs on the main window's StoreWorker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.child_service import add_child
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.draft_autosave import refusal_or_result
from forebyg_desktop.ui.i18n import tr_message
from forebyg_desktop.ui.store_worker import StoreWorker

# A child in daycare is usually 0-6; start the date picker at a likely year.
_DEFAULT_AGE_YEARS = 3


class ChildDialog(QDialog):
    """Add one child; emits `child_added(id)` and closes when it is stored."""

    child_added = Signal(str)

    def __init__(
        self,
        session: Session,
        worker: StoreWorker,
        *,
        groups: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.child_id: str | None = None
        self.setWindowTitle(self.tr("Add a child"))
        layout = QVBoxLayout(self)

        self.errors = QLabel(self)
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setStyleSheet(
            "QLabel#errors { color: #8B0000; background: #FDECEE; border: 2px solid #B00020;"
            " padding: 4px; }"
        )
        self.errors.setAccessibleName(self.tr("Problems"))
        self.errors.hide()
        layout.addWidget(self.errors)

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name)

        today = session.today()
        self.birth_date = QDateEdit(self)
        self.birth_date.setAccessibleName(self.tr("Birth date"))
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("dd-MM-yyyy")
        self.birth_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.birth_date.setDate(QDate(today.year - _DEFAULT_AGE_YEARS, today.month, 1))
        form.addRow(self.tr("&Birth date:"), self.birth_date)

        self.group = QComboBox(self)
        self.group.setEditable(True)
        self.group.setAccessibleName(self.tr("Group or class"))
        self.group.addItems(sorted(set(groups), key=str.casefold))
        self.group.setCurrentText("")
        self.group.lineEdit().setPlaceholderText(self.tr("e.g. Sommerfuglene or 2.B"))
        form.addRow(self.tr("&Group or class:"), self.group)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add child"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.setFocus()
        self.resize(440, self.sizeHint().height())

    def values(self) -> tuple[str, str, str]:
        born: date = self.birth_date.date().toPython()
        return self.name.text(), born.isoformat(), self.group.currentText()

    def submit(self) -> None:
        """Store the child on the store thread; problems come back by field."""
        if not self.add_button.isEnabled():
            return
        s, (name, born, group) = self.session, self.values()

        self.add_button.setEnabled(False)
        self.worker.submit(
            lambda: refusal_or_result(add_child, s, name, born, group), self._done, self._failed
        )

    def _done(self, result: str | ValidationFailed) -> None:
        self.add_button.setEnabled(True)
        if isinstance(result, ValidationFailed):
            labels = {
                "name": self.tr("Name"),
                "birth_date": self.tr("Birth date"),
                "group": self.tr("Group or class"),
            }
            widgets = {"name": self.name, "birth_date": self.birth_date, "group": self.group}
            self._show(
                [
                    f"{labels.get(p.where, p.where)}: {tr_message(p.message)}"
                    for p in result.problems
                ]
            )
            first = next((widgets[p.where] for p in result.problems if p.where in widgets), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.child_id = result
        self.child_added.emit(result)
        self.accept()

    def _failed(self, message: str) -> None:
        self.add_button.setEnabled(True)
        self._show([message])

    def _show(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(f"• {line}" for line in lines))
        self.errors.setVisible(bool(lines))
