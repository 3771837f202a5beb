"""Registering a child by hand, or correcting one: name, birth date, group.

The birth date is typed (31.12.2021; 31-12-2021, 31/12/2021 and 2021-12-31
work too) and empty until typed: a date filled in for the user is a date
nobody checked. The service validates (a real birth date of a child, not in
the future, no CPR-like text, a name, a group); every problem is listed with
the field's name, the keyboard goes to the first wrong field, the dialogue
grows rather than squeezing the form, and nothing is written. The write runs
on the main window's StoreWorker (WorkerDialog).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.child.child_edit_service import edit_child
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import fit_to_screen
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


def group_box(parent: QWidget, groups: Sequence[str], name: str) -> QComboBox:
    """An editable list of the groups known, empty until one is chosen or typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setAccessibleName(name)
    box.addItems(sorted(set(groups), key=str.casefold))
    box.setCurrentText("")
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


def shown_date(iso: str) -> str:
    """An ISO date as the user types it here (dd.mm.yyyy)."""
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


class ChildDialog(WorkerDialog):
    """Add one child (or, given `child`, correct it); emits `child_added(id)` and closes
    when it is stored."""

    child_added = Signal(str)
    problems_go_to_field = True  # a short form: straight to the first wrong field

    def __init__(
        self,
        session: Session,
        worker: StoreWorker,
        *,
        groups: Sequence[str] = (),
        child: dict | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.editing = child
        self._grown = False  # by the problem list, once
        self.child_id: str | None = child["id"] if child else None
        self.setWindowTitle(
            self.tr("Correct the child's details") if child else self.tr("Add a child")
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)

        form = QFormLayout()
        self.name = QLineEdit(self.body)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name)

        self.birth_date = QLineEdit(self.body)
        self.birth_date.setAccessibleName(self.tr("Birth date (day.month.year)"))
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy, e.g. 31.01.2021"))
        self.birth_date.setMaxLength(10)
        form.addRow(self.tr("&Birth date:"), self.birth_date)

        self.group = group_box(self.body, groups, self.tr("Group or class"))
        self.group.lineEdit().setPlaceholderText(self.tr("e.g. Sommerfuglene or 2.B"))
        form.addRow(self.tr("&Group or class:"), self.group)
        layout.addLayout(form)
        layout.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("&Save") if child else self.tr("&Add child"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.add_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._controls(self.add_button, self.cancel_button)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(self.status)
        outer.addWidget(buttons)
        if child:
            self.name.setText(child.get("name", ""))
            self.birth_date.setText(shown_date(child.get("birth_date", "")))
            self.group.setCurrentText(child.get("group", ""))
        self._finish_layout(460)
        self.name.setFocus()

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.birth_date.text(), self.group.currentText()

    def submit(self) -> None:
        """Store the child on the store thread; problems come back by field."""
        s, (name, born, group) = self.session, self.values()
        editing = self.editing

        def job() -> str | None:
            if editing is None:
                return add_child(s, name, born, group)
            edit_child(s, editing["id"], name=name, birth_date=born, group=group)
            return None

        self.run(job, self._added, self.tr("Saving…"), refused=self._show_refusal)

    def _added(self, child_id: str | None) -> None:
        if child_id:
            self.child_id = child_id
            self.child_added.emit(child_id)
        self.accept()

    def _show_refusal(self, refusal: ValidationFailed) -> None:
        super()._show_refusal(refusal)
        # The problem list takes room above the form: grow (once) instead of squeezing it.
        if not self._grown:
            self._grown = True
            extra = min(self.problems.sizeHint().height(), self.problems.maximumHeight())
            fit_to_screen(self, self.width(), self.height() + extra + self.layout().spacing())

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        fields: dict[str, tuple[str, QWidget | None]] = {
            "name": (self.tr("Name"), self.name),
            "birth_date": (self.tr("Birth date"), self.birth_date),
            "group": (self.tr("Group or class"), self.group),
        }
        return fields.get(where, (where, None))
