"""Registering a child by hand: name, birth date, group.

The service validates (a real birth date of a child, no CPR-like text, a
name); every problem is listed with the field's name (Enter goes to the
field) and nothing is written. The write runs on the main window's
StoreWorker (WorkerDialog).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import to_date, to_qdate
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog

# A child in daycare is usually 0-6; start the date picker at a likely year.
_DEFAULT_AGE_YEARS = 3


class ChildDialog(WorkerDialog):
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
        super().__init__(session, worker, parent)
        self.child_id: str | None = None
        self.setWindowTitle(self.tr("Add a child"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)

        form = QFormLayout()
        self.name = QLineEdit(self.body)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name)

        today = session.today()
        self.birth_date = QDateEdit(self.body)
        self.birth_date.setAccessibleName(self.tr("Birth date"))
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("dd-MM-yyyy")
        self.birth_date.setMaximumDate(to_qdate(today))
        self.birth_date.setDate(
            to_qdate(today.replace(year=today.year - _DEFAULT_AGE_YEARS, day=1))
        )
        form.addRow(self.tr("&Birth date:"), self.birth_date)

        self.group = QComboBox(self.body)
        self.group.setEditable(True)
        self.group.setAccessibleName(self.tr("Group or class"))
        self.group.addItems(sorted(set(groups), key=str.casefold))
        self.group.setCurrentText("")
        self.group.lineEdit().setPlaceholderText(self.tr("e.g. Sommerfuglene or 2.B"))
        form.addRow(self.tr("&Group or class:"), self.group)
        layout.addLayout(form)

        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("&Add child"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._controls(self.add_button, self.cancel_button)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(self.status)
        outer.addWidget(buttons)
        self._finish_layout(440)
        self.name.setFocus()

    def values(self) -> tuple[str, str, str]:
        born = to_date(self.birth_date.date())
        return self.name.text(), born.isoformat(), self.group.currentText()

    def submit(self) -> None:
        """Store the child on the store thread; problems come back by field."""
        s, (name, born, group) = self.session, self.values()
        self.run(
            lambda: add_child(s, name, born, group),
            self._added,
            self.tr("Saving…"),
            refused=self._show_refusal,
        )

    def _added(self, child_id: str) -> None:
        self.child_id = child_id
        self.child_added.emit(child_id)
        self.accept()

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        fields: dict[str, tuple[str, QWidget | None]] = {
            "name": (self.tr("Name"), self.name),
            "birth_date": (self.tr("Birth date"), self.birth_date),
            "group": (self.tr("Group or class"), self.group),
        }
        return fields.get(where, (where, None))
