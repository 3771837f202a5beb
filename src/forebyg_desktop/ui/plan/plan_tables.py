"""The goals and measures of an action plan: editable tables with add and remove buttons."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.ui.kit.dialog_parts import iso_date, to_date, to_qdate


class RowsBox(QGroupBox):
    """A titled table of rows the user edits in place, with "add" and "remove" buttons.

    `edited` is emitted for every change a user makes (cell edits, rows added
    or removed); `set_rows` fills the table without emitting it.
    """

    edited = Signal()

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        layout = QVBoxLayout(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, columns, self)
        self.caption.setBuddy(self.table)
        self._setup_table(self.table)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _texts(
        self,
        title: str,
        caption: str,
        headers: list[str],
        add: tuple[str, str],
        remove: tuple[str, str],
    ) -> None:
        """The visible texts; `add` and `remove` are (button text, accessible name)."""
        self.setTitle(title)
        self.caption.setText(caption)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(title)
        self.add_button.setText(add[0])
        self.add_button.setAccessibleName(add[1])
        self.remove_button.setText(remove[0])
        self.remove_button.setAccessibleName(remove[1])

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows grow with wrapped text, so long indicators are read in full.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        table.setMinimumHeight(120)
        table.setMaximumHeight(180)

    def _changed(self, *_: object) -> None:
        if not self._filling:
            self.edited.emit()

    # -- rows (subclasses say what a row holds) ---------------------------------

    def _items(self, values: dict[str, Any]) -> list[QTableWidgetItem]:
        raise NotImplementedError

    def _values(self, row: int) -> dict[str, Any]:
        raise NotImplementedError

    def add_row(self, values: dict[str, Any] | None = None, *, focus: bool = False) -> None:
        self._filling = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, item in enumerate(self._items(values or {})):
            self.table.setItem(row, col, item)
        self._filling = False
        if focus:  # a new row from the button: typing goes straight into it
            self.edited.emit()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.edited.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def rows(self) -> list[dict[str, Any]]:
        return [self._values(r) for r in range(self.table.rowCount())]

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""


class GoalsBox(RowsBox):
    """Goals with their measurable indicators: rows of {"goal", "indicator"}."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(2, parent)
        self._texts(
            self.tr("Goals"),
            self.tr("G&oals and how you will see they are reached:"),
            [self.tr("Goal"), self.tr("Measurable indicator")],
            (self.tr("&Add goal"), self.tr("Add goal")),
            (self.tr("Remo&ve goal"), self.tr("Remove goal")),
        )

    def _items(self, values: dict[str, Any]) -> list[QTableWidgetItem]:
        return [
            QTableWidgetItem(str(values.get("goal") or "")),
            QTableWidgetItem(str(values.get("indicator") or "")),
        ]

    def _values(self, row: int) -> dict[str, Any]:
        return {"goal": self._text(row, 0), "indicator": self._text(row, 1)}


class MeasuresBox(RowsBox):
    """Measures: rows of {"text", "responsible", "deadline"} (a date)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(3, parent)
        self.today = today
        self._texts(
            self.tr("Measures"),
            self.tr("&Measures, who is responsible and by when:"),
            [self.tr("Measure"), self.tr("Responsible"), self.tr("Deadline")],
            (self.tr("Add mea&sure"), self.tr("Add measure")),
            (self.tr("Remove measu&re"), self.tr("Remove measure")),
        )
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )

    def _items(self, values: dict[str, Any]) -> list[QTableWidgetItem]:
        when = QTableWidgetItem()
        # A QDate as edit data: the table edits it with a date editor.
        deadline = iso_date(values.get("deadline")) or self.today
        when.setData(Qt.ItemDataRole.EditRole, to_qdate(deadline))
        return [
            QTableWidgetItem(str(values.get("text") or "")),
            QTableWidgetItem(str(values.get("responsible") or "")),
            when,
        ]

    def _values(self, row: int) -> dict[str, Any]:
        item = self.table.item(row, 2)
        when = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
        return {
            "text": self._text(row, 0),
            "responsible": self._text(row, 1),
            "deadline": to_date(when) if isinstance(when, QDate) else self.today,
        }
