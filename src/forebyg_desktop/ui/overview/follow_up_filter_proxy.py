"""Which follow-ups the list shows: those whose status is chosen above it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from forebyg_desktop.ui.overview.follow_up_table_model import SORT_ROLE, STATUS_ROLE, Status

_Index = QModelIndex | QPersistentModelIndex


class FollowUpFilterProxy(QSortFilterProxyModel):
    """Shows the follow-ups whose status is in `statuses`; sorts by SORT_ROLE.

    The list is short (a team's due plans), so Qt's own sorting is fine here.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[Status] = frozenset((Status.OVERDUE, Status.DUE_SOON))
        self.setSortRole(SORT_ROLE)

    def set_statuses(self, statuses: frozenset[Status]) -> None:
        """Show only these statuses."""
        if statuses != self._statuses:
            self._statuses = statuses
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return Status(index.data(STATUS_ROLE)) in self._statuses
