"""Plans due for follow-up: overdue first, then those due in the coming week.

A view only: rows come in through `set_rows`, and opening a plan is reported
through `plan_activated`. The rows are held by `FollowUpTableModel`
(follow_up_table_model.py) and chosen by status by `FollowUpFilterProxy`
(follow_up_filter_proxy.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.overview.overview_rows import FollowUpRow
from forebyg_desktop.ui.overview.follow_up_filter_proxy import FollowUpFilterProxy
from forebyg_desktop.ui.overview.follow_up_table_model import (
    DEFAULT_WITHIN_DAYS,
    PLAN_ID_ROLE,
    FollowUpColumn,
    FollowUpTableModel,
    Status,
)
from forebyg_desktop.ui.overview.overview_table_model import format_date
from forebyg_desktop.ui.overview.overview_view import ActivatingTableView


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
