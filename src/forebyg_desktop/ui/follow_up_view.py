"""Plans due for follow-up: overdue first, then those due in the coming week.

A view only: rows come in through `set_rows`, and opening a plan is reported
through `plan_activated`. Overdue plans say so in words ("Overdue by 5 days"),
in bold and with a warning sign, so the colour is never the only cue.
"The coming week" is the same window as `overview_service.follow_ups`
(today and the next `within_days` days), so everything it returns is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.overview_rows import FollowUpRow
from forebyg_desktop.ui.i18n import current_language
from forebyg_desktop.ui.overview_table_model import collation_ranks, format_date
from forebyg_desktop.ui.overview_view import ActivatingTableView

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


class FollowUpView(QWidget):
    """Plans to follow up, with a choice of which to show.

    Signals:
        plan_activated(str): the user opened a plan (Enter or double-click).
    """

    plan_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FollowUpTableModel(self)
        self.proxy = FollowUpFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.show_filter = QComboBox(self)
        self.show_filter.setAccessibleName(self.tr("Which follow-ups to show"))
        self.show_filter.setToolTip(self.show_filter.accessibleName())
        choices = [
            (self.tr("Overdue and due within a week"), (Status.OVERDUE, Status.DUE_SOON)),
            (self.tr("Overdue"), (Status.OVERDUE,)),
            (self.tr("Due within a week"), (Status.DUE_SOON,)),
            (self.tr("All planned follow-ups"), tuple(Status)),
        ]
        self._choices = [frozenset(statuses) for _, statuses in choices]
        for text, _ in choices:
            self.show_filter.addItem(text)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)

        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Follow-ups due"))

        self.table = ActivatingTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Follow-ups"))
        header = self.table.horizontalHeader()
        header.setSortIndicator(FollowUpColumn.STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.row_activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.show_filter)
        top.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.show_filter, self.table)
        self._update_summary()

    def set_rows(
        self,
        rows: Sequence[FollowUpRow],
        profile: Profile | None,
        today: date,
        within_days: int = DEFAULT_WITHIN_DAYS,
    ) -> None:
        """Show `rows`; "due soon" is today and the next `within_days` days."""
        self.model.set_rows(rows, profile, today, within_days)
        self._size_columns()
        self._update_summary()

    def shown_plan_ids(self) -> list[str]:
        """The ids of the plans shown, top to bottom."""
        proxy = self.proxy
        return [proxy.index(r, 0).data(PLAN_ID_ROLE) for r in range(proxy.rowCount())]

    def _filter_changed(self, index: int) -> None:
        self.proxy.set_statuses(self._choices[index])

    def _activated(self, index: QModelIndex) -> None:
        plan_id = index.data(PLAN_ID_ROLE)
        if plan_id:
            self.plan_activated.emit(plan_id)

    def _update_summary(self) -> None:
        counts = self.model.counts()
        locale = QLocale()
        self.summary_label.setText(
            self.tr("Overdue: {overdue}. Due within a week: {due}.").format(
                overdue=locale.toString(counts[Status.OVERDUE]),
                due=locale.toString(counts[Status.DUE_SOON]),
            )
        )

    def _size_columns(self) -> None:
        """Column widths from the titles and the widest status text."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        texts = [self.model.status_text(r) for r in range(min(self.model.rowCount(), 500))]
        status_width = max((bold_metrics.horizontalAdvance(t) for t in texts), default=0)
        plan_texts = {self.model.index(r, FollowUpColumn.PLAN).data() for r in range(len(texts))}
        plans = max((metrics.horizontalAdvance(t) for t in plan_texts), default=0)
        pad = 24
        date_width = metrics.horizontalAdvance(format_date(date(2088, 12, 28)))
        wanted = {
            FollowUpColumn.STATUS: status_width + pad,
            FollowUpColumn.FOLLOW_UP: max(date_width, bold_metrics.horizontalAdvance("88.88.8888"))
            + pad,
            FollowUpColumn.NAME: metrics.horizontalAdvance("M" * 18),
            FollowUpColumn.GROUP: metrics.horizontalAdvance("Mælkebøtterne 2") + pad,
            FollowUpColumn.PLAN: min(max(plans, metrics.horizontalAdvance("M" * 8)), 320) + pad,
        }
        for column, width in wanted.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
