"""The table model of the follow-ups: one row per plan due, no widget per row.

Overdue plans say so in words ("Overdue by 5 days"), in bold and with a
warning sign, so the colour is never the only cue. "Due soon" is the same window as
`overview_service.follow_ups` (today and the next `within_days` days), so
everything it returns is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.overview.overview_rows import FollowUpRow
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.overview.overview_table_model import collation_ranks, format_date

_Index = QModelIndex | QPersistentModelIndex

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the plan's id
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # str: the child's id
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # int: the Status
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # the column's sort key
OVERDUE_COLOUR = QColor("#B71C1C")  # dark red: 6.6:1 on white


DEFAULT_WITHIN_DAYS = 7  # as overview_service.follow_ups


class Status(IntEnum):
    """Where a follow-up stands relative to today."""

    OVERDUE = 0
    DUE_SOON = 1  # today or within the coming `within_days` days
    LATER = 2


class FollowUpColumn(IntEnum):
    """The follow-up list's columns, left to right."""

    STATUS = 0
    FOLLOW_UP = 1
    NAME = 2
    GROUP = 3
    PLAN = 4
    COORDINATOR = 5


def status_of(row: FollowUpRow, today: date, within_days: int = DEFAULT_WITHIN_DAYS) -> Status:
    """Overdue as the service decided; else due within `within_days` days, or later."""
    if row.overdue:
        return Status.OVERDUE
    return Status.DUE_SOON if (row.follow_up - today).days <= within_days else Status.LATER


class FollowUpTableModel(QAbstractTableModel):
    """The follow-ups, one row per plan; read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._status: list[Status] = []
        self._name_rank: list[int] = []
        self._group_rank: list[int] = []
        self._plan_labels: dict[str, str] = {}
        self._today = date.today()

    def set_rows(
        self,
        rows: Sequence[FollowUpRow],
        profile: Profile | None,
        today: date,
        within_days: int = DEFAULT_WITHIN_DAYS,
    ) -> None:
        """Replace every row; plan templates are named from `profile`."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._status = [status_of(r, today, within_days) for r in self._rows]
        self._name_rank = collation_ranks([r.name for r in self._rows])
        self._group_rank = collation_ranks([r.group for r in self._rows])
        lang = current_language()
        self._plan_labels = {}
        if profile is not None:
            self._plan_labels = {t.key: t.label.get(lang) for t in profile.plan_templates}
        self.endResetModel()

    def row_at(self, row: int) -> FollowUpRow:
        """The follow-up in model row `row`."""
        return self._rows[row]

    def counts(self) -> dict[Status, int]:
        """How many follow-ups are overdue, due soon and later."""
        return {s: self._status.count(s) for s in Status}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FollowUpColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Status"),
            self.tr("Follow-up"),
            self.tr("Name"),
            self.tr("Group"),
            self.tr("Plan"),
            self.tr("Coordinator"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def status_text(self, row: int) -> str:
        """The status in words: "⚠ Overdue by 3 days", "Due today", "Due in 2 days"."""
        days = (self._rows[row].follow_up - self._today).days
        if self._status[row] == Status.OVERDUE:
            if days <= -1:
                return "⚠ " + self.tr("Overdue by %n days", "", -days)
            return "⚠ " + self.tr("Overdue")
        if days <= 0:
            return self.tr("Due today")
        return self.tr("Due in %n days", "", days)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        i, col = index.row(), index.column()
        r = self._rows[i]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == FollowUpColumn.STATUS:
                return self.status_text(i)
            if col == FollowUpColumn.FOLLOW_UP:
                return format_date(r.follow_up)
            if col == FollowUpColumn.NAME:
                return r.name
            if col == FollowUpColumn.GROUP:
                return r.group
            if col == FollowUpColumn.PLAN:
                return self._plan_labels.get(r.template, r.template)
            return r.coordinator
        if role == PLAN_ID_ROLE:
            return r.plan_id
        if role == CHILD_ID_ROLE:
            return r.child_id
        if role == STATUS_ROLE:
            return int(self._status[i])
        if role == SORT_ROLE:
            return self._sort_key(i, col)
        overdue = self._status[i] == Status.OVERDUE
        if overdue and col in (FollowUpColumn.STATUS, FollowUpColumn.FOLLOW_UP):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _sort_key(self, i: int, col: int) -> object:
        r = self._rows[i]
        tie = r.follow_up.toordinal() * 100_000 + self._name_rank[i]
        if col == FollowUpColumn.STATUS:
            return int(self._status[i]) * 10**12 + tie
        if col == FollowUpColumn.FOLLOW_UP:
            return tie
        if col == FollowUpColumn.NAME:
            return self._name_rank[i]
        if col == FollowUpColumn.GROUP:
            return self._group_rank[i] * 100_000 + self._name_rank[i]
        if col == FollowUpColumn.PLAN:
            return self._plan_labels.get(r.template, r.template).casefold()
        return r.coordinator.casefold()
