"""The table model of the group picture: one row per child, no widget per row.

The model keeps the rows in the order `set_rows` gave them ("original index"),
with rows `update_rows` added after them, plus a display order. Everything a keystroke or a header click needs is
precomputed per original index when the rows arrive: a folded search key
(case- and accent-insensitive) and a Danish collation rank of the name. Sorting
reorders the display order in Python with those keys (see `sort_rows`); the
filter proxy asks the model which original index a row has, so its filter
masks survive a re-sort.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from functools import cmp_to_key

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.overview.overview_rows import OverviewRow
from forebyg_desktop.ui.kit.plain_text import plain_tooltip
from forebyg_desktop.ui.kit.position_chip import ChipSpec, chip_for, chip_icon

_Index = QModelIndex | QPersistentModelIndex

CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the child's id (any column)
POSITION_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # str | None: the position key (any column)
CHIP_ROLE = Qt.ItemDataRole.UserRole + 3  # ChipSpec (position column)
ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # the OverviewRow itself (any column)

# Letters NFKD does not split into a base letter and an accent.
_FOLD_SIMPLE = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "ß": "ss"})
# The Danish spellings without the letters æ, ø and å: "Soerensen", "Aagaard".
_FOLD_DANISH = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """`text` for matching: lower case, accents dropped, ø as o, æ as ae.

    "Sørensen" -> "sorensen", "Öztürk" -> "ozturk", "Åse" -> "ase".
    """
    return " ".join(_strip_accents(text.casefold().translate(_FOLD_SIMPLE)).split())


def search_key(name: str) -> str:
    """The precomputed key a name is searched in.

    Holds the plain fold and, when it differs, the Danish transliteration,
    so "soren", "soeren" and "sør" all find "Sørensen", and "aase" finds "Åse".
    The two parts are separated by a character no folded query contains.
    """
    plain = fold(name)
    danish = fold(name.casefold().translate(_FOLD_DANISH))
    return plain if danish == plain else f"{plain}\n{danish}"


def danish_collator() -> QCollator:
    """A collator ordering names as Danish does: ... z, æ, ø, å (aa as å)."""
    collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def collation_ranks(texts: Sequence[str]) -> list[int]:
    """For each text, its rank in Danish order (equal texts share a rank)."""
    unique = sorted(set(texts), key=cmp_to_key(danish_collator().compare))
    rank = {t: i for i, t in enumerate(unique)}
    return [rank[t] for t in texts]


def format_date(value: date | None) -> str:
    """A date in the UI locale's short format ("12.04.2025" in Danish), or ""."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


class Column(IntEnum):
    """The overview's columns, left to right."""

    NAME = 0
    GROUP = 1
    AGE = 2
    POSITION = 3
    POSITION_DATE = 4
    LAST_ASSESSMENT = 5
    OPEN_PLAN = 6
    NEXT_FOLLOW_UP = 7


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value is not None else 0


# What each column sorts by (ties by name): a changed row moves only if this changed.
_SORT_FIELDS: dict[int, Callable[[OverviewRow], object]] = {
    Column.NAME: lambda r: r.name,
    Column.GROUP: lambda r: r.group,
    Column.AGE: lambda r: r.age_months,
    Column.POSITION: lambda r: r.position,
    Column.POSITION_DATE: lambda r: r.position_date,
    Column.LAST_ASSESSMENT: lambda r: r.last_assessment,
    Column.OPEN_PLAN: lambda r: r.open_plan_id is not None,
    Column.NEXT_FOLLOW_UP: lambda r: r.next_follow_up,
}


class OverviewTableModel(QAbstractTableModel):
    """The children of the group picture; read-only."""

    # Original indexes whose rows `update_rows` replaced or added, emitted before
    # the views hear of it, so the filter proxy's masks are right when it asks.
    rows_replaced = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._rows: list[OverviewRow] = []  # by original index
        self._index_of: dict[str, int] = {}  # child id -> original index
        self._order: list[int] = []  # display row -> original index
        self._search_keys: list[str] = []  # by original index
        self._name_rank: list[int] = []  # by original index
        self._chips: dict[str | None, ChipSpec] = {}
        self._icons: dict[str | None, QIcon] = {}
        self._dates: dict[date, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (Column.NAME, Qt.SortOrder.AscendingOrder)
        self._yes = self._no = ""

    # --- filling --------------------------------------------------------

    def set_rows(self, rows: Sequence[OverviewRow], profile: Profile | None = None) -> None:
        """Replace every row (a model reset), keeping the current sort order."""
        self.beginResetModel()
        if profile is not None:
            self._profile = profile
        self._rows = list(rows)
        self._index_of = {r.child_id: i for i, r in enumerate(self._rows)}
        self._search_keys = [search_key(r.name) for r in self._rows]
        self._name_rank = collation_ranks([r.name for r in self._rows])
        self._chips = {None: chip_for(None)}
        self._icons = {}
        if self._profile is not None:
            for p in self._profile.scale.positions:
                self._chips[p.key] = chip_for(p)
        self._add_chips(self._rows)
        self._dates = {}
        self._yes, self._no = self.open_plan_texts()
        self._order = self._sorted_order(*self._sort)
        self.endResetModel()

    def update_rows(self, rows: Sequence[OverviewRow]) -> None:
        """Replace the rows of these children and add the new ones, keeping the sort
        order and the selection: a few rows changed, the rest stay as they are."""
        if not rows:
            return
        changed: list[int] = []
        added: list[OverviewRow] = []
        renamed = moved = False
        sort_key = _SORT_FIELDS[self._sort[0]]
        for row in rows:
            i = self._index_of.get(row.child_id)
            if i is None:
                added.append(row)
                continue
            old = self._rows[i]
            renamed = renamed or row.name != old.name
            moved = moved or sort_key(row) != sort_key(old)
            self._rows[i] = row  # in place: the proxy's masks stay by original index
            self._search_keys[i] = search_key(row.name)
            changed.append(i)
        start = len(self._rows)
        for row in added:
            self._index_of[row.child_id] = len(self._rows)
            self._rows.append(row)
            self._search_keys.append(search_key(row.name))
        if renamed or added:
            self._name_rank = collation_ranks([r.name for r in self._rows])
        self._add_chips(rows)
        self.rows_replaced.emit(changed + list(range(start, len(self._rows))))
        last = len(Column) - 1
        for i in changed:
            display = self._order.index(i)  # a few rows: cheaper than mapping all of them
            self.dataChanged.emit(self.index(display, 0), self.index(display, last))
        if added:
            end = len(self._order)
            self.beginInsertRows(QModelIndex(), end, end + len(added) - 1)
            self._order.extend(range(start, len(self._rows)))
            self.endInsertRows()
        if added or renamed or moved:
            self.sort_rows(*self._sort)  # to their places under the current sort

    def _add_chips(self, rows: Sequence[OverviewRow]) -> None:
        """A chip for each position key the profile does not know."""
        for r in rows:
            if r.position not in self._chips:
                self._chips[r.position] = chip_for(None, r.position)

    @property
    def profile(self) -> Profile | None:
        return self._profile

    @property
    def original_rows(self) -> list[OverviewRow]:
        """Every row in the order `set_rows` gave them (do not modify)."""
        return self._rows

    @property
    def search_keys(self) -> list[str]:
        """The folded search key of each row, by original index (do not modify)."""
        return self._search_keys

    @property
    def order(self) -> list[int]:
        """Display row -> original index; replaced (not changed) on each sort."""
        return self._order

    def has_child(self, child_id: str) -> bool:
        """Whether a row of `child_id` is held (shown or filtered out)."""
        return child_id in self._index_of

    def row_at(self, row: int) -> OverviewRow:
        """The child shown in display row `row` of this model."""
        return self._rows[self._order[row]]

    def open_plan_texts(self) -> tuple[str, str]:
        """What the "open plan" column says: yes and no, in the UI language."""
        return self.tr("Yes"), self.tr("No")

    def chip(self, key: str | None) -> ChipSpec:
        """The chip of position `key` (None: no position yet)."""
        return self._chips.get(key) or chip_for(None, key)

    # --- sorting --------------------------------------------------------

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by `column`; ties by name in Danish order. Keeps selections."""
        if column < 0 or column >= len(Column):
            return
        self._sort = (column, order)
        new_order = self._sorted_order(column, order)
        if new_order == self._order:
            return  # already in that order (a row changed where the sort does not look)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        where = [0] * len(new_order)
        for display, original in enumerate(new_order):
            where[original] = display
        moved = [self.index(where[self._order[i.row()]], i.column()) for i in old]
        self._order = new_order
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_rows(column, order)

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows, name = self._rows, self._name_rank
        if column == Column.NAME:
            primary = name
        elif column == Column.GROUP:
            primary = collation_ranks([r.group for r in rows])
        elif column == Column.AGE:
            primary = [r.age_months for r in rows]
        elif column == Column.POSITION:
            rank = {}
            if self._profile is not None:
                rank = {k: i for i, k in enumerate(self._profile.scale.keys)}
            unknown = len(rank)
            primary = [-1 if r.position is None else rank.get(r.position, unknown) for r in rows]
        elif column == Column.POSITION_DATE:
            primary = [_ordinal(r.position_date) for r in rows]
        elif column == Column.LAST_ASSESSMENT:
            primary = [_ordinal(r.last_assessment) for r in rows]
        elif column == Column.OPEN_PLAN:
            primary = [r.open_plan_id is not None for r in rows]
        else:
            primary = [_ordinal(r.next_follow_up) for r in rows]
        sign = -1 if order == Qt.SortOrder.DescendingOrder else 1
        return sorted(range(len(rows)), key=lambda i: (sign * primary[i], name[i]))

    # --- the model interface -------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_labels()[section] if 0 <= section < len(Column) else None

    def header_labels(self) -> list[str]:
        """The column titles in the UI language."""
        return [
            self.tr("Name"),
            self.tr("Group"),
            self.tr("Age"),
            self.tr("Position"),
            self.tr("Position since"),
            self.tr("Last assessment"),
            self.tr("Open plan"),
            self.tr("Next follow-up"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or row >= len(self._order):
            return None
        r = self._rows[self._order[row]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(r, col, role)
        if role == CHILD_ID_ROLE:
            return r.child_id
        if role == POSITION_KEY_ROLE:
            return r.position
        if role == ROW_ROLE:
            return r
        if col == Column.POSITION:
            if role == CHIP_ROLE:
                return self.chip(r.position)
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(r.position)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self.chip(r.position).label)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: OverviewRow, col: int, role: int) -> str:
        if col == Column.NAME:
            return r.name
        if col == Column.GROUP:
            return r.group
        if col == Column.AGE:
            return str(r.age_months // 12)
        if col == Column.POSITION:
            chip = self.chip(r.position)
            return chip.text if role == Qt.ItemDataRole.AccessibleTextRole else chip.label
        if col == Column.OPEN_PLAN:
            return self._yes if r.open_plan_id is not None else self._no
        value = (
            r.position_date
            if col == Column.POSITION_DATE
            else r.last_assessment
            if col == Column.LAST_ASSESSMENT
            else r.next_follow_up
        )
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = format_date(value)
        return text

    def _icon(self, key: str | None) -> QIcon:
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = chip_icon(self.chip(key))
        return icon
