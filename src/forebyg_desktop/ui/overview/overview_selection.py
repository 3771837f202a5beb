"""Choosing several children in the overview, to move them to another group at once.

Every August whole groups move on: with the group filter set, Ctrl+A selects
every child shown; Shift and Ctrl add rows as in any list. The table's context
menu (right click, or the Menu key) and the Children menu then offer "Move to
another group…". Enter and a double-click still open the current child.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QMenu

from forebyg_desktop.ui.overview.overview_table_model import CHILD_ID_ROLE, Column
from forebyg_desktop.ui.overview.overview_view import OverviewView


def selected_children(view: OverviewView) -> dict[str, str]:
    """id -> name of the children selected in the overview (top to bottom)."""
    rows = sorted(view.table.selectionModel().selectedRows(Column.NAME), key=lambda i: i.row())
    return {i.data(CHILD_ID_ROLE): i.data() for i in rows if i.data(CHILD_ID_ROLE)}


class OverviewSelection(QObject):
    """Lets the overview's table select several rows and asks to move them (`move_requested`)."""

    move_requested = Signal()

    def __init__(self, view: OverviewView) -> None:
        super().__init__(view)
        self.view = view
        table = view.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        self.menu = QMenu(table)
        self.menu.addAction(self.tr("&Move to another group…"), self.move_requested.emit)

    def _menu(self, where: QPoint) -> None:
        if selected_children(self.view):
            self.menu.popup(self.view.table.viewport().mapToGlobal(where))
