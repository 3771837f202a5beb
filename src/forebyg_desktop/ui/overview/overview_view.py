"""The group picture: search, filters and one table of children.

A view only: it receives rows through `set_rows` and reports what the user
opens through `child_activated`; it never reads or writes the store.
Keyboard: Ctrl+F goes to the search field; Down or Enter there moves to the
table; Enter on a row opens the child.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.overview.overview_rows import OverviewRow
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.position_chip import chip_for, chip_icon, chip_size, no_position_label
from forebyg_desktop.ui.kit.position_chip_delegate import PositionChipDelegate
from forebyg_desktop.ui.overview.overview_filter_proxy import NO_POSITION, OverviewFilterProxy
from forebyg_desktop.ui.overview.overview_table_model import (
    CHILD_ID_ROLE,
    CHIP_ROLE,
    Column,
    OverviewTableModel,
    collation_ranks,
    format_date,
)

STALE_MONTHS = (3, 6, 12)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ActivatingTableView(QTableView):
    """A read-only, row-selecting table: Enter or a double-click activates a row.

    Emits `row_activated(index)` once per Enter or double-click, on every
    platform (QAbstractItemView.activated does not fire on Enter on macOS).
    Tab leaves the table instead of walking its cells.
    """

    row_activated = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Uniform row heights: the view never measures rows it does not show.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setHighlightSections(False)

    def select_first_row_if_none(self) -> None:
        """Make the first row current, if there is one and no row is."""
        model = self.model()
        if model is not None and not self.currentIndex().isValid() and model.rowCount() > 0:
            self.selectRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self.row_activated.emit(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.select_first_row_if_none()


class OverviewView(QWidget):
    """The children of the user's groups, searchable and filterable.

    Signals:
        child_activated(str): the user opened a child (Enter or double-click).
    """

    child_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self.model = OverviewTableModel(self)
        self.proxy = OverviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # Keystrokes queued while a filter runs are applied together, once.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._apply_search)

        self.search_field = QLineEdit(self)
        find = QKeySequence(QKeySequence.StandardKey.Find)
        self.search_field.setPlaceholderText(
            self.tr("Search by name ({shortcut})").format(
                shortcut=find.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.search_field.setAccessibleName(self.tr("Search children by name"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
        self.search_field.installEventFilter(self)

        self.group_filter = self._combo(self.tr("Filter by group"))
        self.position_filter = self._combo(self.tr("Filter by position"))
        self.age_filter = self._combo(self.tr("Filter by age"))
        self.stale_filter = self._combo(self.tr("Filter by time since the last assessment"))
        self.stale_filter.addItem(self.tr("Any assessment date"), None)
        for months in STALE_MONTHS:
            self.stale_filter.addItem(self.tr("Not assessed for %n months", "", months), months)

        self.table = ActivatingTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Children"))
        self.table.setItemDelegateForColumn(Column.POSITION, PositionChipDelegate(CHIP_ROLE, self))
        self.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.row_activated.connect(self._activated)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of children shown"))

        # One row on a wide window; two when narrow (1366 px at 150 % is 910 px),
        # so every filter shows its whole Danish text (see _arrange_filters).
        self._filters = QGridLayout()
        self._filter_columns = 0
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters)
        self._arrange_filters()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search_field, self.group_filter)
        self.setTabOrder(self.group_filter, self.position_filter)
        self.setTabOrder(self.position_filter, self.age_filter)
        self.setTabOrder(self.age_filter, self.stale_filter)
        self.setTabOrder(self.stale_filter, self.table)

        self._find = QShortcut(find, self)
        self._find.activated.connect(self.focus_search)
        self.search_field.textChanged.connect(self._search_changed)
        self.group_filter.currentIndexChanged.connect(self._filters_changed)
        self.position_filter.currentIndexChanged.connect(self._filters_changed)
        self.age_filter.currentIndexChanged.connect(self._filters_changed)
        self.stale_filter.currentIndexChanged.connect(self._filters_changed)
        # Filter changes update the count in _apply_filters/_search_changed, not
        # per rowsRemoved range (a scattered filter removes thousands of ranges).
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._fill_combos([])
        self._update_count()

    def _arrange_filters(self) -> None:
        widgets = (
            self.search_field,
            self.group_filter,
            self.position_filter,
            self.age_filter,
            self.stale_filter,
        )
        # Columns are equally wide: each must hold the longest current text,
        # plus the arrow and the frame.
        widest = max(c.fontMetrics().horizontalAdvance(c.currentText()) for c in widgets[1:])
        needed = 5 * (widest + 48)
        columns = 5 if self.width() >= needed or self.width() == 0 else 3
        if columns == self._filter_columns:
            return
        self._filter_columns = columns
        for w in widgets:
            self._filters.removeWidget(w)
        for i, w in enumerate(widgets):
            self._filters.addWidget(w, i // columns, i % columns)
        for c in range(5):
            self._filters.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        self._arrange_filters()

    def _combo(self, accessible_name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible_name)
        combo.setToolTip(accessible_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    # --- public interface ---------------------------------------------

    def set_rows(self, rows: Sequence[OverviewRow], profile: Profile, today: date) -> None:
        """Show `rows` under `profile`; "not assessed for" counts back from `today`.

        Filters, search text, sort order and the selected child are kept.
        """
        selected = self.current_child_id()
        self._profile = profile
        self.proxy.set_today(today)
        self.model.set_rows(rows, profile)
        self._fill_combos(rows)
        self._apply_filters()
        self._size_columns(rows)
        if selected is not None:
            self.select_child(selected)
        self._update_count()

    def update_rows(self, rows: Sequence[OverviewRow]) -> None:
        """Replace or add the rows of children a write changed; the other rows,
        filters, search text, sort order and the selected child stay."""
        self.model.update_rows(rows)
        if any(self.group_filter.findData(r.group) < 0 for r in rows):
            self._fill_combos(self.model.original_rows)  # a new group to filter by
        self._update_count()

    def has_child(self, child_id: str) -> bool:
        """Whether the overview holds a row for `child_id` (shown or filtered out)."""
        return self.model.has_child(child_id)

    def focus_search(self) -> None:
        """Put the keyboard focus in the search field, its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_filters(self) -> None:
        """Show every child: empty search, every filter back to "all"."""
        for combo in (self.group_filter, self.position_filter, self.age_filter, self.stale_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_field.clear()
        self._apply_filters()

    def shown_child_ids(self) -> list[str]:
        """The ids of the children shown, top to bottom."""
        proxy = self.proxy
        return [proxy.index(r, 0).data(CHILD_ID_ROLE) for r in range(proxy.rowCount())]

    def current_child_id(self) -> str | None:
        """The id of the selected child, or None."""
        index = self.table.currentIndex()
        return index.data(CHILD_ID_ROLE) if index.isValid() else None

    def select_child(self, child_id: str) -> bool:
        """Select and show the row of `child_id`; False when it is not shown."""
        model = self.model
        for display, original in enumerate(model.order):
            if model.original_rows[original].child_id == child_id:
                index = self.proxy.mapFromSource(model.index(display, 0))
                if not index.isValid():
                    return False
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False

    # --- events ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down or key in _ENTER_KEYS:
                if self._search_timer.isActive():
                    self._search_timer.stop()
                    self._apply_search()
                if self.proxy.rowCount() > 0:
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.table.select_first_row_if_none()
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        child_id = index.data(CHILD_ID_ROLE)
        if child_id:
            self.child_activated.emit(child_id)

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self.proxy.set_search_text(self.search_field.text())
        self._update_count()

    def _filters_changed(self, _index: int = 0) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        proxy = self.proxy
        proxy.set_group(self.group_filter.currentData())
        proxy.set_position(self.position_filter.currentData())
        proxy.set_age_band(self.age_filter.currentData())
        proxy.set_stale_months(self.stale_filter.currentData())
        proxy.set_search_text(self.search_field.text())
        self._update_count()

    def _update_count(self, *args: object) -> None:
        locale = QLocale()
        total = self.proxy.source_total()
        shown = locale.toString(self.proxy.rowCount())
        self.count_label.setText(
            self.tr("Showing {shown} of %Ln children", "", total).format(shown=shown)
        )

    # --- building -------------------------------------------------------

    def _fill_combos(self, rows: Sequence[OverviewRow]) -> None:
        lang = current_language()
        groups = sorted({r.group for r in rows})
        ranks = collation_ranks(groups)
        groups = [g for _, g in sorted(zip(ranks, groups, strict=True))]
        group_items: list[tuple[str, object]] = [(self.tr("All groups"), None)]
        group_items += [(g, g) for g in groups]
        self._refill(self.group_filter, group_items)

        position_items: list[tuple[str, object]] = [(self.tr("All positions"), None)]
        icons = []
        if self._profile is not None:
            for p in self._profile.scale.positions:
                position_items.append((p.label.get(lang), p.key))
                icons.append(chip_icon(chip_for(p), palette=self.palette()))
        position_items.append((no_position_label(), NO_POSITION))
        icons.append(chip_icon(chip_for(None), palette=self.palette()))
        self._refill(self.position_filter, position_items)
        for i, icon in enumerate(icons, start=1):
            self.position_filter.setItemIcon(i, icon)

        age_items: list[tuple[str, object]] = [(self.tr("All ages"), None)]
        if self._profile is not None:
            age_items += [(b.label.get(lang), b.key) for b in self._profile.age_bands]
        self._refill(self.age_filter, age_items)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Replace the items, keeping the chosen one when it is still offered."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        combo.blockSignals(False)

    def _size_columns(self, rows: Sequence[OverviewRow]) -> None:
        """Column widths from the titles, the chips and the widest names and groups.

        Names and groups are measured once per distinct text (a few thousand at
        most); very long ones are capped and elided, the rest are shown whole.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 24
        date_width = metrics.horizontalAdvance(format_date(date(2088, 12, 28))) + pad
        chips = [self.model.chip(None)]
        if self._profile is not None:
            chips += [self.model.chip(p.key) for p in self._profile.scale.positions]
        chip_width = max(chip_size(c, metrics).width() for c in chips) + pad
        names = max((metrics.horizontalAdvance(n) for n in {r.name for r in rows}), default=0)
        groups = max((metrics.horizontalAdvance(g) for g in {r.group for r in rows}), default=0)
        yes_no = max(metrics.horizontalAdvance(t) for t in self.model.open_plan_texts())
        wanted = {
            Column.NAME: min(max(names, metrics.horizontalAdvance("M" * 12)), 360) + pad,
            Column.GROUP: min(groups, 240) + pad,
            Column.AGE: metrics.horizontalAdvance("88") + pad,
            Column.POSITION: min(chip_width, 400),
            Column.POSITION_DATE: date_width,
            Column.LAST_ASSESSMENT: date_width,
            Column.OPEN_PLAN: yes_no + pad,
            Column.NEXT_FOLLOW_UP: date_width,
        }
        for column, width in wanted.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
