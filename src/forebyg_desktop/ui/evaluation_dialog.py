"""Follow up an action plan: progress per indicator, new position and what happens next."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import EvaluationDecision
from forebyg_desktop.core.records import ActionPlan
from forebyg_desktop.services.errors import Problem, ServiceError, ValidationFailed
from forebyg_desktop.services.plan_flow_service import evaluate_plan
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.i18n import current_language, tr_message
from forebyg_desktop.ui.plan_dialog import ProblemList, to_date, to_qdate
from forebyg_desktop.ui.position_chip import chip_for, chip_icon

_PROGRESS = "progress["


class EvaluationDialog(QDialog):
    """Records a follow-up of `plan`; `evaluation_id` is set when accepted."""

    def __init__(self, session: Session, plan: ActionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.evaluation_id: str | None = None
        lang = current_language()
        template = session.profile.plan_template(plan.template)
        self.setWindowTitle(self.tr("Evaluation of the action plan"))

        outer = QVBoxLayout(self)
        self.problems = ProblemList(self)
        outer.addWidget(self.problems)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        title = template.label.get(lang) if template is not None else plan.template
        when = self.locale().toString(to_qdate(plan.follow_up), "dd.MM.yyyy")
        self.summary = QLabel(
            self.tr("{template} – follow-up due {date}").format(template=title, date=when), body
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        # Progress per indicator
        progress_box = QGroupBox(self.tr("Progress on the indicators"), body)
        grid = QGridLayout(progress_box)
        grid.addWidget(QLabel(self.tr("Goal and indicator"), progress_box), 0, 0)
        grid.addWidget(QLabel(self.tr("Progress"), progress_box), 0, 1)
        grid.addWidget(QLabel(self.tr("Met?"), progress_box), 0, 2)
        self.progress_edits: list[QLineEdit] = []
        self.met_combos: list[QComboBox] = []
        for i, goal in enumerate(plan.goals):
            n = i + 1
            label = QLabel(
                self.tr("{n}. {goal}\nIndicator: {indicator}").format(
                    n=n,
                    goal=goal.goal.replace("&", "&&"),
                    indicator=goal.indicator.replace("&", "&&"),
                ),
                progress_box,
            )
            label.setWordWrap(True)
            edit = QLineEdit(progress_box)
            edit.setAccessibleName(self.tr("Progress on indicator {n}").format(n=n))
            edit.setAccessibleDescription(goal.indicator)
            label.setBuddy(edit)
            met = QComboBox(progress_box)
            met.addItem(self.tr("Not judged"), None)
            met.addItem(self.tr("Yes"), True)
            met.addItem(self.tr("No"), False)
            met.setAccessibleName(self.tr("Indicator {n} met?").format(n=n))
            grid.addWidget(label, n, 0)
            grid.addWidget(edit, n, 1)
            grid.addWidget(met, n, 2)
            self.progress_edits.append(edit)
            self.met_combos.append(met)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        layout.addWidget(progress_box)

        form = QFormLayout()
        self.position = QComboBox(body)
        self.position.setAccessibleName(self.tr("New position"))
        self.position.addItem(self.tr("Unchanged"), None)
        for pos in session.profile.scale.positions:
            spec = chip_for(pos)
            self.position.addItem(chip_icon(spec), spec.text, pos.key)
        form.addRow(self.tr("New &position:"), self.position)

        decision_box = QGroupBox(self.tr("Decision"), body)
        decision_box.setAccessibleName(self.tr("Decision"))
        decision_layout = QVBoxLayout(decision_box)
        self.decisions = QButtonGroup(self)
        self.decision_buttons: dict[EvaluationDecision, QRadioButton] = {}
        texts = {
            EvaluationDecision.CONTINUE: self.tr("C&ontinue the plan"),
            EvaluationDecision.STEP_UP: self.tr("Step &up"),
            EvaluationDecision.STEP_DOWN: self.tr("Step &down"),
            EvaluationDecision.CLOSE: self.tr("&Close the plan"),
        }
        offered = template.decisions if template is not None else tuple(EvaluationDecision)
        for decision in EvaluationDecision:
            if decision not in offered:
                continue
            button = QRadioButton(texts[decision], decision_box)
            self.decisions.addButton(button)
            self.decision_buttons[decision] = button
            decision_layout.addWidget(button)
            button.toggled.connect(self._decision_changed)
        form.addRow(decision_box)

        self.note = QPlainTextEdit(body)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("&Note:"), self.note)

        self.next_follow_up = QDateEdit(body)
        self.next_follow_up.setCalendarPopup(True)
        self.next_follow_up.setAccessibleName(self.tr("Next follow-up date"))
        today = session.today()
        # The earliest date stands for "no follow-up": a next follow-up must come after today.
        self.next_follow_up.setMinimumDate(to_qdate(today))
        self.next_follow_up.setSpecialValueText(self.tr("No follow-up"))
        weeks = template.follow_up_weeks if template is not None else 8
        self._chosen_follow_up = to_qdate(today + timedelta(weeks=weeks))
        self.next_follow_up.setDate(self._chosen_follow_up)
        form.addRow(self.tr("Ne&xt follow-up:"), self.next_follow_up)
        layout.addLayout(form)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save evaluation"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        first = self.decision_buttons.get(EvaluationDecision.CONTINUE) or next(
            iter(self.decision_buttons.values()), None
        )
        if first is not None:
            first.setChecked(True)
        self.resize(900, 680)  # fits 1366×768; the body scrolls

    def decision(self) -> EvaluationDecision | None:
        for decision, button in self.decision_buttons.items():
            if button.isChecked():
                return decision
        return None

    def choose(self, decision: EvaluationDecision) -> None:
        self.decision_buttons[decision].setChecked(True)

    def _decision_changed(self) -> None:
        closing = self.decision() is EvaluationDecision.CLOSE
        edit = self.next_follow_up
        if closing and edit.isEnabled():
            if edit.date() != edit.minimumDate():
                self._chosen_follow_up = edit.date()
            edit.setDate(edit.minimumDate())  # shows "No follow-up"
            edit.setEnabled(False)
        elif not closing and not edit.isEnabled():
            edit.setEnabled(True)
            edit.setDate(self._chosen_follow_up)

    def next_follow_up_date(self) -> date | None:
        edit = self.next_follow_up
        if not edit.isEnabled() or edit.date() == edit.minimumDate():
            return None
        return to_date(edit.date())

    def _save(self) -> None:
        decision = self.decision()
        progress = [
            {
                "indicator": goal.indicator,
                "progress": edit.text().strip(),
                "met": met.currentData(),
            }
            for goal, edit, met in zip(
                self.plan.goals, self.progress_edits, self.met_combos, strict=True
            )
        ]
        try:
            self.evaluation_id = evaluate_plan(
                self.session,
                plan_id=self.plan.id,
                progress=progress,
                new_position=self.position.currentData(),
                decision=decision.value if decision is not None else "",
                note=self.note.toPlainText().strip(),
                next_follow_up=self.next_follow_up_date(),
            )
        except (ValidationFailed, ServiceError) as exc:
            if isinstance(exc, ValidationFailed):
                lines = [self._problem_line(p) for p in exc.problems]
            else:
                lines = [(str(exc), None)]
            self.problems.show_problems(lines)
            return
        self.accept()

    def _problem_line(self, problem: Problem) -> tuple[str, QWidget | None]:
        label, target = self._field(problem.where)
        text = tr_message(problem.message)
        return (self.tr("{field}: {problem}").format(field=label, problem=text), target)

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        if where.startswith(_PROGRESS):
            index = int(where[len(_PROGRESS) :].split("]", 1)[0])
            target = self.progress_edits[index] if index < len(self.progress_edits) else None
            return self.tr("Indicator {n}").format(n=index + 1), target
        first_decision = next(iter(self.decision_buttons.values()), None)
        fields: dict[str, tuple[str, QWidget | None]] = {
            "progress": (
                self.tr("Progress"),
                self.progress_edits[0] if self.progress_edits else None,
            ),
            "new_position": (self.tr("New position"), self.position),
            "decision": (self.tr("Decision"), first_decision),
            "note": (self.tr("Note"), self.note),
            "next_follow_up": (self.tr("Next follow-up date"), self.next_follow_up),
        }
        return fields.get(where, (self.tr("Evaluation"), None))
