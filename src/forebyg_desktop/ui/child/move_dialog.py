"""Moving children to another group or class (every August): one child, several, or a
whole group at once.

The move is one write on the main window's StoreWorker (WorkerDialog); it
syncs like any edit, and the overview shows the children in their new group.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from forebyg_desktop.services.child.child_edit_service import move_children
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.child.child_dialog import group_box
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog

_NAMES_SHOWN = 8


class MoveChildrenDialog(WorkerDialog):
    """Move the children `names` (id -> name) to a group chosen or typed."""

    problems_go_to_field = True

    def __init__(
        self,
        session: Session,
        worker: StoreWorker,
        names: dict[str, str],
        *,
        groups: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.child_ids = list(names)
        self.moved: int | None = None
        self.setWindowTitle(self.tr("Move to another group"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        shown = sorted(names.values(), key=str.casefold)
        listed = ", ".join(shown[:_NAMES_SHOWN])
        if len(shown) > _NAMES_SHOWN:
            listed += " " + self.tr("and {count} more").format(count=len(shown) - _NAMES_SHOWN)
        self.who = plain_label(
            self.tr("Move %n child(ren): {names}", "", len(shown)).format(names=listed),
            self.body,
            wrap=True,
        )
        layout.addWidget(self.who)
        form = QFormLayout()
        self.group = group_box(self.body, groups, self.tr("New group or class"))
        self.group.lineEdit().setPlaceholderText(self.tr("e.g. Store Bjørne or 1.B"))
        form.addRow(self.tr("&New group or class:"), self.group)
        layout.addLayout(form)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Everything recorded about the children moves with them; colleagues see "
                    "the new group after their next sync."
                ),
                self.body,
                wrap=True,
            )
        )
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.move_button = buttons.addButton(
            self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.move_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._controls(self.move_button, self.cancel_button)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(self.status)
        outer.addWidget(buttons)
        self._finish_layout(480)
        self.group.setFocus()

    def submit(self) -> None:
        """Move them on the store thread; a refused group name comes back by field."""
        s, ids, group = self.session, self.child_ids, self.group.currentText()
        self.run(
            lambda: move_children(s, ids, group),
            self._moved,
            self.tr("Moving…"),
            refused=self._show_refusal,
        )

    def _moved(self, count: int) -> None:
        self.moved = count
        self.accept()

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        if where == "group":
            return self.tr("New group or class"), self.group
        return where, None
