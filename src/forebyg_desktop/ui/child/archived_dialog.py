"""The archived children: those who left, still readable, and can be brought back.

Opening the list is an audited read (the service records it); it loads as the
dialogue's first job. Bringing a child back is a write like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.child.child_edit_service import unarchive_child
from forebyg_desktop.services.child.child_service import list_children
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.child.child_dialog import shown_date
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


class ArchivedChildrenDialog(WorkerDialog):
    """A table of the archived children; Open shows a child's page, Bring back un-archives."""

    child_opened = Signal(str)

    def __init__(self, session: Session, worker: StoreWorker, parent: QWidget | None = None):
        super().__init__(session, worker, parent)
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Archived children"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Children who have left. They are not in the overview or the follow-ups; "
                    "what was recorded about them stays readable until the retention rules "
                    "delete it."
                ),
                self.body,
                wrap=True,
            )
        )
        self.table = QTableWidget(0, 4, self.body)
        self.table.setAccessibleName(self.tr("Archived children"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Born"), self.tr("Group"), self.tr("Archived")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = plain_label(self.tr("No child is archived."), self.body)
        self.empty.hide()
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Open the child's page"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_button = buttons.addButton(
            self.tr("&Bring back to the overview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(self.open_selected)
        self.back_button.clicked.connect(self.bring_back)
        buttons.rejected.connect(self.reject)
        self._controls(None, self.close_button, self.open_button, self.back_button)
        outer.addWidget(self.status)
        outer.addWidget(buttons)
        self._finish_layout(640, 420)
        self.ready = False
        self._load()

    def _load(self) -> None:
        s = self.session
        self.ready = False
        self.run(lambda: list_children(s, archived=True), self._show, self.tr("Loading…"))

    def _show(self, rows: list[dict]) -> None:
        self.ready = True
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, child in enumerate(rows):
            cells = (
                child.get("name", ""),
                shown_date(child.get("birth_date", "")),
                child.get("group", ""),
                shown_date(child.get("archived") or ""),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_enabled()

    def _set_enabled(self) -> None:
        super()._set_enabled()
        chosen = self.idle and bool(self.rows)
        self.open_button.setEnabled(chosen)
        self.back_button.setEnabled(chosen)

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def open_selected(self) -> None:
        """Show the selected child's page (read-only use; it stays archived)."""
        child_id = self.selected_id()
        if child_id and self.idle:
            self.child_opened.emit(child_id)
            self.accept()

    def bring_back(self) -> None:
        """Un-archive the selected child; the list reloads."""
        child_id, s = self.selected_id(), self.session
        if child_id:
            self.run(
                lambda: unarchive_child(s, child_id), lambda _: self._load(), self.tr("Saving…")
            )
