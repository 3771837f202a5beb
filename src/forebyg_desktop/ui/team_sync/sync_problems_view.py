"""Sync problems: open conflicts to resolve, and hub files that were refused.

Model/view: `ConflictTableModel` and `QuarantineTableModel` hold rows from
conflict_service.list_conflicts and sync_service.quarantined; the view lays
them out and reports a choice through `resolve_requested(key, option)`. The
window runs the resolution off the GUI thread and refreshes the rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.i18n import Message
from forebyg_desktop.services.team_sync.conflict_service import Conflict
from forebyg_desktop.services.team_sync.sync_service import QuarantinedFile
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the conflict key


def option_text(model: QObject, conflict: Conflict, index: int) -> str:
    """One competing value in words, with who wrote it."""
    head = conflict.options[index]
    if head.kind == "delete":
        text = model.tr("Deleted")
    elif conflict.is_deletion:
        text = model.tr("Edited: {fields}").format(
            fields=", ".join(k for k in head.value if not k.startswith("_"))  # type: ignore[union-attr]
        )
    elif isinstance(head.value, str):
        text = head.value
    else:
        text = json.dumps(head.value, ensure_ascii=False)
    return model.tr("{value} (by {actor})").format(value=text, actor=head.actor)


class ConflictTableModel(QAbstractTableModel):
    """Open conflicts: the record, the field, the competing values."""

    COLUMNS = 3  # record, field, values

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []
        self._names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[Conflict], names: dict[str, str] | None = None) -> None:
        """`names`: child id -> name, read by the caller through the services (audited)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names or {})
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Record"), self.tr("What"), self.tr("Competing values"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == KEY_ROLE:
            return c.key
        if role == Qt.ItemDataRole.ToolTipRole:  # names and values in full, never as markup
            return plain_tooltip(self.data(index))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            entity = self._entity_label(c.entity)
            name = self._names.get(c.child_id or "", "")
            if not name:
                return entity
            return self.tr("{entity} of {name}").format(entity=entity, name=name)
        if index.column() == 1:
            if c.is_deletion:
                return self.tr("edited after it was deleted")
            return self._field_label(c.field)
        return " | ".join(option_text(self, c, i) for i in range(len(c.options)))

    def _entity_label(self, entity: str) -> str:
        labels = {
            "child": self.tr("Child"),
            "assessment": self.tr("Assessment"),
            "plan": self.tr("Action plan"),
            "evaluation": self.tr("Plan evaluation"),
            "consent": self.tr("Consent"),
        }
        return labels.get(entity, entity)

    def _field_label(self, field: str) -> str:
        labels = {
            "name": self.tr("Name"),
            "group": self.tr("Group"),
            "birth_date": self.tr("Date of birth"),
            "status": self.tr("Status"),
            "follow_up": self.tr("Follow-up date"),
        }
        return labels.get(field, field)


class QuarantineTableModel(QAbstractTableModel):
    """Refused hub files with the reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuarantinedFile] = []

    def set_rows(self, rows: Sequence[QuarantinedFile]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Why it was refused"), self.tr("Found"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        q = self._rows[index.row()]
        text = (q.file, tr_message(q.message), q.detected)[index.column()]
        return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text


class SyncProblemsView(QWidget):
    """What is wrong in the team (from the sync status), conflicts (pick the value to
    keep) and refused files."""

    resolve_requested = Signal(str, int)  # conflict key, option index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts = ConflictTableModel(self)
        self.quarantine = QuarantineTableModel(self)
        self.conflict_table = self._table(self.conflicts, self.tr("Conflicts"))
        self.quarantine_table = self._table(self.quarantine, self.tr("Refused files"))
        self.options = QComboBox(self)
        self.options.setAccessibleName(self.tr("Value to keep"))
        self.keep_button = QPushButton(self.tr("&Keep this value"), self)
        self.keep_button.clicked.connect(self._keep)
        self.conflict_table.selectionModel().currentRowChanged.connect(self._show_options)
        conflicts_label = QLabel(self.tr("Edits made on two devices at once:"), self)
        conflicts_label.setBuddy(self.conflict_table)
        refused_label = QLabel(self.tr("Files in the hub that were refused:"), self)
        refused_label.setBuddy(self.quarantine_table)
        # A missing roster, a colleague on a replaced key, a write that did not land.
        self.team_problems = QLabel(self)
        self.team_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.team_problems.setWordWrap(True)
        self.team_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.team_problems.setAccessibleName(self.tr("Problems with the team's sync"))
        self.team_problems.hide()
        choose = QHBoxLayout()
        choose.addWidget(self.options, 1)
        choose.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.team_problems)
        for item in (conflicts_label, self.conflict_table):
            layout.addWidget(item)
        layout.addLayout(choose)
        layout.addWidget(refused_label)
        layout.addWidget(self.quarantine_table)
        self._show_options()

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def set_conflicts(self, rows: Sequence[Conflict], names: dict[str, str] | None = None) -> None:
        self.conflicts.set_rows(rows, names)
        if rows:
            self.conflict_table.selectRow(0)
        self._show_options()

    def set_quarantined(self, rows: Sequence[QuarantinedFile]) -> None:
        self.quarantine.set_rows(rows)

    def set_problems(self, problems: Sequence[Message]) -> None:
        """The sync status's problems, one per line, with a warning sign; hidden when none."""
        self.team_problems.setText("\n".join(f"⚠ {tr_message(m)}" for m in problems))
        self.team_problems.setVisible(bool(problems))

    def _current(self) -> Conflict | None:
        index = self.conflict_table.currentIndex()
        return self.conflicts.conflict(index.row()) if index.isValid() else None

    def _show_options(self, *_args: object) -> None:
        self.options.clear()
        conflict = self._current()
        if conflict is not None:
            for i in range(len(conflict.options)):
                self.options.addItem(option_text(self.conflicts, conflict, i))
        self.options.setEnabled(conflict is not None)
        self.keep_button.setEnabled(conflict is not None)

    def _keep(self) -> None:
        conflict = self._current()
        if conflict is not None and self.options.currentIndex() >= 0:
            self.resolve_requested.emit(conflict.key, self.options.currentIndex())
