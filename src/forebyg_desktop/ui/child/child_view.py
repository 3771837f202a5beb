"""The child page: who the child is, the progression chart and the chronology."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.child.chronology_service import ChronologyEntry
from forebyg_desktop.ui.child.child_details_button import ChildDetailsButton
from forebyg_desktop.ui.child.chronology_table_model import ENTRY_ROLE, ChronologyTableModel
from forebyg_desktop.ui.child.progression_chart import ChartPoint, ProgressionChart
from forebyg_desktop.ui.kit.plain_text import plain_label


class ChildView(QWidget):
    """Shows one child's record; it only displays what it is given."""

    back_requested = Signal()
    # (entity, record id, "pdf" or "print") for the selected assessment or plan
    report_requested = Signal(str, str, str)
    # "individual" or "joint"
    assessment_requested = Signal(str)
    plan_requested = Signal()
    evaluation_requested = Signal()
    correction_requested = Signal(str)  # a finalised assessment's id
    handover_requested = Signal()  # consents and handover to another institution
    child_action_requested = Signal(str)  # "edit", "move", "archive" or "unarchive"

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child_id: str | None = None
        self.child: dict | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back = QPushButton(self.tr("← &Overview"), self)
        self.back.setAccessibleName(self.tr("Back to the overview"))
        self.back.clicked.connect(self.back_requested)
        top.addWidget(self.back)
        self.heading = plain_label("", self)  # name and group: entered or received
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setAccessibleName(self.tr("Child"))
        top.addWidget(self.heading, 1)
        # Beside the name it corrects; the heading wraps so a long name never widens the page.
        self.heading.setWordWrap(True)
        self.details = ChildDetailsButton(self)
        self.details.requested.connect(self.child_action_requested)
        top.addWidget(self.details)
        layout.addLayout(top)
        work = QHBoxLayout()
        for text, name, slot in (
            (
                self.tr("New &individual assessment…"),
                self.tr("New individual assessment"),
                lambda: self.assessment_requested.emit("individual"),
            ),
            (
                self.tr("New &joint assessment…"),
                self.tr("New joint assessment"),
                lambda: self.assessment_requested.emit("joint"),
            ),
            (self.tr("New action &plan…"), self.tr("New action plan"), self.plan_requested.emit),
            (
                self.tr("&Evaluate the plan…"),
                self.tr("Evaluate the open action plan"),
                self.evaluation_requested.emit,
            ),
            (
                self.tr("Consent and &handover…"),
                self.tr("Consents and handover to another institution"),
                self.handover_requested.emit,
            ),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            work.addWidget(button)
        work.addStretch(1)
        layout.addLayout(work)
        self.chart = ProgressionChart(self)
        layout.addWidget(self.chart)
        self.model = ChronologyTableModel(profile, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Chronology"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.save_pdf = QPushButton(self.tr("Save for parents as &PDF…"), self)
        self.save_pdf.setAccessibleName(self.tr("Save the selected assessment or plan as PDF"))
        self.save_pdf.clicked.connect(lambda: self._request("pdf"))
        self.print_button = QPushButton(self.tr("P&rint for parents…"), self)
        self.print_button.setAccessibleName(self.tr("Print the selected assessment or plan"))
        self.print_button.clicked.connect(lambda: self._request("print"))
        self.correct_button = QPushButton(self.tr("&Correct the assessment…"), self)
        self.correct_button.setAccessibleName(
            self.tr("Correct the selected assessment (a new version; the original stays)")
        )
        self.correct_button.clicked.connect(self._request_correction)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        actions.addWidget(self.save_pdf)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self._update_actions()
        self.profile = profile

    def selected_entry(self) -> ChronologyEntry | None:
        index = self.table.currentIndex()
        return self.model.data(index, ENTRY_ROLE) if index.isValid() else None

    def _update_actions(self, *_: object) -> None:
        entry = self.selected_entry()
        printable = entry is not None and entry.entity in ("assessment", "plan")
        self.save_pdf.setEnabled(printable)
        self.print_button.setEnabled(printable)
        self.correct_button.setEnabled(self._correctable(entry))

    @staticmethod
    def _correctable(entry: ChronologyEntry | None) -> bool:
        """A finalised assessment that has not been corrected already."""
        return (
            entry is not None
            and entry.entity == "assessment"
            and entry.superseded_by is None
            and entry.record.get("status") == "final"
        )

    def _request_correction(self) -> None:
        entry = self.selected_entry()
        if self._correctable(entry):
            self.correction_requested.emit(entry.id)

    def _request(self, how: str) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.entity in ("assessment", "plan"):
            self.report_requested.emit(entry.entity, entry.id, how)

    def show_child(self, child: dict, entries: list[ChronologyEntry]) -> None:
        """Display `child` and its chronology (newest first)."""
        self.child_id = child["id"]
        self.child = child
        born = QLocale().toString(date.fromisoformat(child["birth_date"]), "dd.MM.yyyy")
        heading = self.tr("{name} — born {born}, {group}").format(
            name=child["name"], born=born, group=child["group"]
        )
        if child.get("archived"):
            left = QLocale().toString(date.fromisoformat(child["archived"]), "dd.MM.yyyy")
            heading += " " + self.tr("(archived {day})").format(day=left)
        self.heading.setText(heading)
        self.details.show_child(child)
        self.model.set_entries(entries)
        points = [
            ChartPoint(
                date.fromisoformat(e.record["date"]),
                e.record.get("position", ""),
                e.record.get("kind") == "joint",
            )
            for e in entries
            if e.entity == "assessment"
            and not e.superseded_by
            and e.record.get("status") == "final"
        ]
        self.chart.set_data(self.profile.scale, points)
        if entries:
            self.table.selectRow(0)
        self._update_actions()
        self.table.setFocus()
