"""Start an action plan (handleplan) for a child from one of the profile's templates."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import PlanTemplate
from forebyg_desktop.services.errors import Problem, ServiceError, ValidationFailed
from forebyg_desktop.services.plan_flow_service import create_plan, plan_from_template
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.i18n import current_language, tr_message

_INDEXED = re.compile(r"^(goals|measures)\[(\d+)\]\.(\w+)$")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProblemList(QListWidget):
    """The problems of a refused save, one a line; Enter on a line goes to its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems to fix"))
        self.setMaximumHeight(110)
        self.hide()
        self.itemDoubleClicked.connect(self._go_to)
        self.targets: dict[int, QWidget | None] = {}

    def show_problems(self, lines: list[tuple[str, QWidget | None]]) -> None:
        self.clear()
        self.targets = {}
        for i, (text, target) in enumerate(lines):
            self.addItem(QListWidgetItem(text))
            self.targets[i] = target
        self.setVisible(bool(lines))
        if lines:
            self.setCurrentRow(0)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter goes to the field; it must not also press the dialog's default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._go_to(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _go_to(self, item: QListWidgetItem) -> None:
        target = self.targets.get(self.row(item))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def _text_edit(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab leaves the field: keyboard users are not trapped
    edit.setAccessibleName(name)
    edit.setMinimumHeight(56)
    edit.setMaximumHeight(90)
    return edit


class PlanDialog(QDialog):
    """Writes a new action plan for `child`; `plan_id` is set when accepted."""

    def __init__(self, session: Session, child: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.child = child
        self.plan_id: str | None = None
        self._assessment_id: str | None = None
        lang = current_language()
        self.setWindowTitle(self.tr("Action plan for {name}").format(name=child["name"]))

        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        self.problems = ProblemList(self)
        outer.insertWidget(0, self.problems)

        # Template
        form = QFormLayout()
        self.template = QComboBox(body)
        self.template.setAccessibleName(self.tr("Plan template"))
        self.template.addItem(self.tr("Choose a template…"), None)
        for tpl in session.profile.plan_templates:
            self.template.addItem(tpl.label.get(lang), tpl.key)
        form.addRow(self.tr("&Template:"), self.template)
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addLayout(form)
        layout.addWidget(self.description)

        # Goals
        goals_box = QGroupBox(self.tr("Goals"), body)
        goals_layout = QVBoxLayout(goals_box)
        goals_label = QLabel(self.tr("G&oals and how you will see they are reached:"), goals_box)
        self.goals = QTableWidget(0, 2, goals_box)
        self.goals.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Measurable indicator")])
        self.goals.setAccessibleName(self.tr("Goals"))
        goals_label.setBuddy(self.goals)
        self._setup_table(self.goals)
        self.add_goal = QPushButton(self.tr("&Add goal"), goals_box)
        self.remove_goal = QPushButton(self.tr("Remo&ve goal"), goals_box)
        self.add_goal.clicked.connect(self._add_goal_row)
        self.remove_goal.clicked.connect(lambda: self._remove_row(self.goals))
        goals_layout.addWidget(goals_label)
        goals_layout.addWidget(self.goals)
        goals_layout.addLayout(self._buttons(self.add_goal, self.remove_goal))
        layout.addWidget(goals_box)

        # Measures
        measures_box = QGroupBox(self.tr("Measures"), body)
        measures_layout = QVBoxLayout(measures_box)
        measures_label = QLabel(self.tr("&Measures, who is responsible and by when:"), measures_box)
        self.measures = QTableWidget(0, 3, measures_box)
        self.measures.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Responsible"), self.tr("Deadline")]
        )
        self.measures.setAccessibleName(self.tr("Measures"))
        measures_label.setBuddy(self.measures)
        self._setup_table(self.measures)
        self.measures.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_measure = QPushButton(self.tr("Add mea&sure"), measures_box)
        self.remove_measure = QPushButton(self.tr("Remove measu&re"), measures_box)
        self.add_measure.clicked.connect(self._add_measure_row)
        self.remove_measure.clicked.connect(lambda: self._remove_row(self.measures))
        measures_layout.addWidget(measures_label)
        measures_layout.addWidget(self.measures)
        measures_layout.addLayout(self._buttons(self.add_measure, self.remove_measure))
        layout.addWidget(measures_box)

        # Views, coordinator, follow-up
        views = QFormLayout()
        self.child_view = _text_edit(body, self.tr("The child's view"))
        views.addRow(self.tr("&Child's view:"), self.child_view)
        self.parents_view = _text_edit(body, self.tr("The parents' view"))
        views.addRow(self.tr("&Parents' view:"), self.parents_view)
        self.family_resources = _text_edit(body, self.tr("The family's resources"))
        views.addRow(self.tr("&Family resources:"), self.family_resources)
        self.coordinator = QLineEdit(session.user, body)
        self.coordinator.setAccessibleName(self.tr("Coordinator"))
        views.addRow(self.tr("Coor&dinator:"), self.coordinator)
        self.follow_up = QDateEdit(body)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setDate(to_qdate(session.today()))
        views.addRow(self.tr("Fo&llow-up date:"), self.follow_up)
        layout.addLayout(views)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create pla&n"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.template.currentIndexChanged.connect(self._template_chosen)
        self._template_chosen()
        self.resize(960, 700)  # fits 1366×768 with the taskbar; the body scrolls

    # --- layout helpers -------------------------------------------------------

    def _setup_table(self, table: QTableWidget) -> None:
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
        table.verticalHeader().setVisible(True)
        # Rows grow with wrapped text, so long indicators are read in full.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.setMinimumHeight(120)
        table.setMaximumHeight(180)

    def _buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row

    # --- template ----------------------------------------------------------------

    def selected_template(self) -> PlanTemplate | None:
        key = self.template.currentData()
        return self.session.profile.plan_template(key) if key else None

    def _template_chosen(self) -> None:
        tpl = self.selected_template()
        self.create_button.setEnabled(tpl is not None)
        lang = current_language()
        if tpl is None:
            self.description.setText(self.tr("Choose a template to prefill the plan."))
            for edit in (self.child_view, self.parents_view, self.family_resources):
                edit.setPlaceholderText("")
            return
        self.description.setText(tpl.description.get(lang))
        self.child_view.setPlaceholderText(tpl.child_view_prompt.get(lang))
        self.parents_view.setPlaceholderText(tpl.parents_view_prompt.get(lang))
        self.family_resources.setPlaceholderText(tpl.family_resources_prompt.get(lang))
        try:
            fields = plan_from_template(self.session, self.child["id"], tpl.key)
        except (ValidationFailed, ServiceError) as exc:
            self._show_error(exc)
            return
        self.goals.setRowCount(0)
        for g in fields["goals"]:
            self._add_goal_row(g["goal"], g["indicator"], focus=False)
        self.measures.setRowCount(0)
        for m in fields["measures"]:
            self._add_measure_row(m["text"], m["responsible"], m["deadline"], focus=False)
        if not self.coordinator.text().strip():
            self.coordinator.setText(fields["coordinator"])
        self.follow_up.setDate(to_qdate(fields["follow_up"]))
        self._assessment_id = fields["assessment_id"]
        self.problems.show_problems([])

    # --- rows ---------------------------------------------------------------------

    def _add_goal_row(self, goal: str = "", indicator: str = "", *, focus: bool = True) -> None:
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        self.goals.setItem(row, 0, QTableWidgetItem(goal))
        self.goals.setItem(row, 1, QTableWidgetItem(indicator))
        if focus:
            self._edit_cell(self.goals, row)

    def _add_measure_row(
        self,
        text: str = "",
        responsible: str = "",
        deadline: date | None = None,
        *,
        focus: bool = True,
    ) -> None:
        row = self.measures.rowCount()
        self.measures.insertRow(row)
        self.measures.setItem(row, 0, QTableWidgetItem(text))
        self.measures.setItem(row, 1, QTableWidgetItem(responsible))
        when = QTableWidgetItem()
        # A QDate as edit data: the table edits it with a date editor.
        when.setData(Qt.ItemDataRole.EditRole, to_qdate(deadline or self.session.today()))
        self.measures.setItem(row, 2, when)
        if focus:
            self._edit_cell(self.measures, row)

    def _edit_cell(self, table: QTableWidget, row: int) -> None:
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item is not None else ""

    def goal_rows(self) -> list[dict]:
        return [
            {"goal": self._cell(self.goals, r, 0), "indicator": self._cell(self.goals, r, 1)}
            for r in range(self.goals.rowCount())
        ]

    def measure_rows(self) -> list[dict]:
        rows = []
        for r in range(self.measures.rowCount()):
            item = self.measures.item(r, 2)
            when = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
            rows.append(
                {
                    "text": self._cell(self.measures, r, 0),
                    "responsible": self._cell(self.measures, r, 1),
                    "deadline": to_date(when) if isinstance(when, QDate) else self.session.today(),
                }
            )
        return rows

    # --- save ---------------------------------------------------------------------

    def _create(self) -> None:
        tpl = self.selected_template()
        if tpl is None:
            self.template.setFocus()
            return
        try:
            self.plan_id = create_plan(
                self.session,
                child_id=self.child["id"],
                template=tpl.key,
                goals=self.goal_rows(),
                measures=self.measure_rows(),
                child_view=self.child_view.toPlainText().strip(),
                parents_view=self.parents_view.toPlainText().strip(),
                family_resources=self.family_resources.toPlainText().strip(),
                coordinator=self.coordinator.text().strip(),
                follow_up=to_date(self.follow_up.date()),
                assessment_id=self._assessment_id,
            )
        except (ValidationFailed, ServiceError) as exc:
            self._show_error(exc)
            return
        self.accept()

    def _show_error(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationFailed):
            lines = [self._problem_line(p) for p in exc.problems]
        else:
            lines = [(str(exc), None)]
        self.problems.show_problems(lines)

    def _problem_line(self, problem: Problem) -> tuple[str, QWidget | None]:
        label, target = self._field(problem.where)
        text = tr_message(problem.message)
        return (self.tr("{field}: {problem}").format(field=label, problem=text), target)

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        match = _INDEXED.match(where)
        if match:
            kind, index, _part = match.group(1), int(match.group(2)), match.group(3)
            if kind == "goals":
                return self.tr("Goal {n}").format(n=index + 1), self.goals
            return self.tr("Measure {n}").format(n=index + 1), self.measures
        fields: dict[str, tuple[str, QWidget | None]] = {
            "template": (self.tr("Template"), self.template),
            "goals": (self.tr("Goals"), self.goals),
            "measures": (self.tr("Measures"), self.measures),
            "child_view": (self.tr("Child's view"), self.child_view),
            "parents_view": (self.tr("Parents' view"), self.parents_view),
            "family_resources": (self.tr("Family resources"), self.family_resources),
            "coordinator": (self.tr("Coordinator"), self.coordinator),
            "follow_up": (self.tr("Follow-up date"), self.follow_up),
            "assessment_id": (self.tr("Assessment"), None),
        }
        return fields.get(where, (self.tr("Plan"), None))
