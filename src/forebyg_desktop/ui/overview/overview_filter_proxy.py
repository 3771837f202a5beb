"""Filtering and sorting the group picture.

Each filter change computes one boolean mask over the model's rows in plain
Python (a substring test per precomputed search key, a few comparisons per
row); `filterAcceptsRow` then only looks the answer up. Sorting is passed to
the model, which reorders itself with precomputed keys: Qt's own proxy sort
would call a Python `lessThan` n·log n times and again on every keystroke.
The proxy's own sort column stays -1, so it keeps the model's order.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from forebyg_desktop.services.overview.overview_rows import OverviewRow
from forebyg_desktop.ui.overview.overview_table_model import OverviewTableModel, fold

_Index = QModelIndex | QPersistentModelIndex

_HAS_FILTER_CHANGE = hasattr(QSortFilterProxyModel, "beginFilterChange")
NO_POSITION = "\x00no-position"  # position filter value: children without a position yet


def months_before(today: date, months: int) -> date:
    """The date `months` calendar months before `today` (day clamped to the month)."""
    total = today.year * 12 + today.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    last_day = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days
    return date(year, month, min(today.day, last_day))


class OverviewFilterProxy(QSortFilterProxyModel):
    """Filters an OverviewTableModel by group, position, age band, staleness and name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group: str | None = None
        self._position: str | None = None
        self._age_band: str | None = None
        self._stale_months: int | None = None
        self._today = date.today()
        self._needles: list[str] = []
        self._base: list[bool] = []  # group/position/age/stale, by original index
        self._accepted: list[bool] = []  # base and search, by original index
        self._order: list[int] = []  # the model's display order the masks were read with
        self._model: OverviewTableModel | None = None
        self._rows: list[OverviewRow] | None = None  # the model rows the base mask is of

    # --- the model ------------------------------------------------------

    def setSourceModel(self, model: OverviewTableModel) -> None:  # type: ignore[override]
        """Use `model`; only an OverviewTableModel (or None) is supported."""
        if self._model is not None:
            self._model.rows_replaced.disconnect(self._rows_replaced)
        self._model = model if isinstance(model, OverviewTableModel) else None
        self._rows = None
        super().setSourceModel(model)
        if self._model is not None:
            self._model.rows_replaced.connect(self._rows_replaced)
        self._recompute(base=True)

    # --- the filters ----------------------------------------------------

    @property
    def today(self) -> date:
        return self._today

    def set_today(self, today: date) -> None:
        """The date "not assessed for N months" counts back from."""
        if today != self._today:
            self._begin_change()
            self._today = today
            self._changed(base=True)

    def set_group(self, group: str | None) -> None:
        """Only children in `group` (None: every group)."""
        if group != self._group:
            self._begin_change()
            self._group = group
            self._changed(base=True)

    def set_position(self, key: str | None) -> None:
        """Only children at position `key`; NO_POSITION: none yet; None: any."""
        if key != self._position:
            self._begin_change()
            self._position = key
            self._changed(base=True)

    def set_age_band(self, key: str | None) -> None:
        """Only children in the profile's age band `key` (None: any age)."""
        if key != self._age_band:
            self._begin_change()
            self._age_band = key
            self._changed(base=True)

    def set_stale_months(self, months: int | None) -> None:
        """Only children with no finalised assessment for `months` months (None: off).

        A child never assessed counts as not assessed.
        """
        if months != self._stale_months:
            self._begin_change()
            self._stale_months = months
            self._changed(base=True)

    def set_search_text(self, text: str) -> None:
        """Only children whose name holds every word of `text` (case and accents ignored)."""
        needles = fold(text).split()
        if needles != self._needles:
            self._begin_change()
            self._needles = needles
            self._changed(base=False)

    def search_text_words(self) -> list[str]:
        return list(self._needles)

    def is_filtered(self) -> bool:
        """Whether any filter hides rows."""
        return bool(
            self._needles
            or self._group is not None
            or self._position is not None
            or self._age_band is not None
            or self._stale_months is not None
        )

    def source_total(self) -> int:
        """How many children the model holds, shown or not."""
        model = self.sourceModel()
        return model.rowCount() if model is not None else 0

    # --- computing the masks -------------------------------------------

    def _begin_change(self) -> None:
        if _HAS_FILTER_CHANGE:
            self.beginFilterChange()

    def _changed(self, *, base: bool) -> None:
        self._recompute(base=base)
        if _HAS_FILTER_CHANGE:  # Qt >= 6.9; invalidateRowsFilter is deprecated in 6.12
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def _recompute(self, *, base: bool) -> None:
        model = self._model
        if model is None:
            self._base, self._accepted, self._order, self._rows = [], [], [], None
            return
        rows = model.original_rows
        if base or rows is not self._rows:
            threshold = self._threshold()
            self._base = [self._keep(r, threshold) for r in rows]
            self._rows = rows
        needles, keys = self._needles, model.search_keys
        if not needles:
            self._accepted = self._base
        elif len(needles) == 1:
            n = needles[0]
            self._accepted = [b and n in k for b, k in zip(self._base, keys, strict=True)]
        else:
            self._accepted = [
                b and all(n in k for n in needles) for b, k in zip(self._base, keys, strict=True)
            ]
        self._order = model.order

    def _rows_replaced(self, originals: list[int]) -> None:
        """The model replaced or added these rows (by original index): their masks only."""
        model = self._model
        if model is None or model.original_rows is not self._rows:
            return  # not computed for these rows yet: `filterAcceptsRow` does it whole
        rows, keys, needles = model.original_rows, model.search_keys, self._needles
        base, accepted = self._base, self._accepted
        threshold = self._threshold()
        for i in originals:
            keep = self._keep(rows[i], threshold)
            if i < len(base):
                base[i] = keep
            else:
                base.append(keep)
            if accepted is not base:  # a search is on: its mask is a list of its own
                found = keep and all(n in keys[i] for n in needles)
                if i < len(accepted):
                    accepted[i] = found
                else:
                    accepted.append(found)

    def _threshold(self) -> date | None:
        """The date "not assessed for N months" counts back to (None: that filter is off)."""
        if self._stale_months is None:
            return None
        return months_before(self._today, self._stale_months)

    def _keep(self, r: OverviewRow, threshold: date | None) -> bool:
        if self._group is not None and r.group != self._group:
            return False
        if self._position is not None:
            want = None if self._position == NO_POSITION else self._position
            if r.position != want:
                return False
        if self._age_band is not None and r.age_band != self._age_band:
            return False
        return threshold is None or r.last_assessment is None or r.last_assessment <= threshold

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self._model
        if model is None:
            return True
        if model.order is not self._order:
            # The model was reset or re-sorted: masks are by original index, so
            # a re-sort only needs the new order; a reset needs new masks.
            self._recompute(base=model.original_rows is not self._rows)
        return self._accepted[self._order[source_row]]

    # --- sorting ----------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`: the model reorders itself; this proxy keeps its order."""
        model = self.sourceModel()
        if isinstance(model, OverviewTableModel):
            model.sort_rows(column, order)
