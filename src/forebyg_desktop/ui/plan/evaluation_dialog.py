"""Follow up an action plan: progress per indicator, new position and what happens next.

Like the plan dialogue, it touches the store only on the StoreWorker: on
opening it looks for an evaluation draft of this plan to resume (the form is
disabled until the answer comes), edits are autosaved as a draft of kind
"evaluation", "Save evaluation" writes it and deletes the draft in one job,
and "Close" waits for the last autosave (the draft is kept).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import EvaluationDecision
from forebyg_desktop.core.records import ActionPlan
from forebyg_desktop.services.drafts.draft_service import Draft, resume_draft
from forebyg_desktop.services.plan.plan_flow_service import evaluate_plan
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import (
    fit_to_screen,
    iso_date,
    text_edit,
    to_date,
    to_qdate,
)
from forebyg_desktop.ui.kit.draft_dialog import DraftDialog
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.position_chip import chip_for, chip_icon
from forebyg_desktop.ui.kit.store_worker import StoreWorker

_PROGRESS = "progress["


class EvaluationDialog(DraftDialog):
    """Records a follow-up of `plan`; `evaluation_id` is set when accepted.

    `draft_id` resumes that draft; without one the newest evaluation draft of
    this plan (left by a crash or a "Close") is resumed, else one is started.
    """

    def __init__(
        self,
        session: Session,
        plan: ActionPlan,
        worker: StoreWorker,
        *,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.plan = plan
        self.evaluation_id: str | None = None
        self._loading = True
        super().__init__(session, worker, "evaluation", plan.child_id, draft_id, parent)
        self._build()
        self._set_enabled()
        s, child_id, plan_id = session, plan.child_id, plan.id

        def start() -> Draft | None:
            return resume_draft(s, "evaluation", child_id, draft_id, match={"plan_id": plan_id})

        self._load(start, lambda draft: self._started(draft, bool(draft_id)))

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        session, plan = self.session, self.plan
        lang = current_language()
        template = session.profile.plan_template(plan.template)
        self.setWindowTitle(self.tr("Evaluation of the action plan"))

        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        self.body = body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

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
            edit.textChanged.connect(self._changed)
            met.currentIndexChanged.connect(self._changed)
            self.progress_edits.append(edit)
            self.met_combos.append(met)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        layout.addWidget(progress_box)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.position = QComboBox(body)
        self.position.setAccessibleName(self.tr("New position"))
        self.position.addItem(self.tr("Unchanged"), None)
        for pos in session.profile.scale.positions:
            spec = chip_for(pos)
            self.position.addItem(chip_icon(spec), spec.text, pos.key)
        self.position.currentIndexChanged.connect(self._changed)
        self._add_row(form, self.tr("New &position:"), self.position)

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
            button.setAccessibleName(texts[decision].replace("&", ""))
            self.decisions.addButton(button)
            self.decision_buttons[decision] = button
            decision_layout.addWidget(button)
            button.toggled.connect(self._decision_changed)
        form.addRow(decision_box)

        self.note = text_edit(body, self.tr("Note"))
        self.note.textChanged.connect(self._changed)
        self._add_row(form, self.tr("&Note:"), self.note)

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
        self.next_follow_up.dateChanged.connect(self._changed)
        self._add_row(form, self.tr("Ne&xt follow-up:"), self.next_follow_up)
        layout.addLayout(form)
        layout.addStretch(1)

        outer.addLayout(self._button_bar(self.tr("&Save evaluation"), self.tr("Save evaluation")))
        self.save_button = self.accept_button
        self.buttons.accepted.connect(self._save)

        first = self.decision_buttons.get(EvaluationDecision.CONTINUE) or next(
            iter(self.decision_buttons.values()), None
        )
        if first is not None:
            first.setChecked(True)
        fit_to_screen(self, 900, 680)

    # --- opening and draft --------------------------------------------------------------

    def _started(self, draft: Draft | None, asked_for_one: bool) -> None:
        if draft is not None:
            self._use_draft(draft.id)
            self._restore(draft.fields)
        self._loading = False
        self._opened(restored=draft is not None, missing=asked_for_one and draft is None)
        if self.progress_edits:
            self.progress_edits[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self, f: dict[str, Any]) -> None:
        saved = f.get("progress") if isinstance(f.get("progress"), list) else []
        for row, edit, met in zip(saved, self.progress_edits, self.met_combos, strict=False):
            if isinstance(row, dict):
                edit.setText(str(row.get("progress") or ""))
                met.setCurrentIndex(max(0, met.findData(row.get("met"))))
        self.position.setCurrentIndex(max(0, self.position.findData(f.get("new_position"))))
        self.note.setPlainText(str(f.get("note") or ""))
        chosen = iso_date(f.get("chosen_follow_up"))
        if chosen is not None:
            self._chosen_follow_up = to_qdate(chosen)
            self.next_follow_up.setDate(self._chosen_follow_up)
        try:
            decision = EvaluationDecision(f.get("decision"))
        except ValueError:
            decision = None
        if decision in self.decision_buttons:
            self.choose(decision)
        if f.get("next_follow_up") == "" and decision is not EvaluationDecision.CLOSE:
            self.next_follow_up.setDate(self.next_follow_up.minimumDate())

    def fields(self) -> dict[str, Any]:
        """Everything the form holds, as the draft's fields (`evaluate_plan`'s names)."""
        decision = self.decision()
        following = self.next_follow_up_date()
        return {
            "plan_id": self.plan.id,
            "progress": self.progress_rows(),
            "new_position": self.position.currentData() or "",
            "decision": decision.value if decision is not None else "",
            "note": self.note.toPlainText(),
            "next_follow_up": following.isoformat() if following else "",
            "chosen_follow_up": to_date(self._chosen_follow_up).isoformat(),
        }

    def progress_rows(self) -> list[dict[str, Any]]:
        return [
            {"indicator": goal.indicator, "progress": edit.text().strip(), "met": met.currentData()}
            for goal, edit, met in zip(
                self.plan.goals, self.progress_edits, self.met_combos, strict=True
            )
        ]

    def _changed(self, *_: object) -> None:
        if not self._loading and self.ready:
            self.autosaver.changed()

    # --- decision -----------------------------------------------------------------------

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
        self._changed()

    def next_follow_up_date(self) -> date | None:
        edit = self.next_follow_up
        if not edit.isEnabled() or edit.date() == edit.minimumDate():
            return None
        return to_date(edit.date())

    # --- save ---------------------------------------------------------------------------

    def _save(self) -> None:
        decision = self.decision()
        s, draft_id = self.session, self.draft_id
        args = {
            "plan_id": self.plan.id,
            "progress": self.progress_rows(),
            "new_position": self.position.currentData(),
            "decision": decision.value if decision is not None else "",
            "note": self.note.toPlainText().strip(),
            "next_follow_up": self.next_follow_up_date(),
        }
        self._finalise(lambda: evaluate_plan(s, **args, draft_id=draft_id), self._saved)

    def _saved(self, evaluation_id: str) -> None:
        self.evaluation_id = evaluation_id

    # --- problems -----------------------------------------------------------------------

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
            "plan_id": (self.tr("Plan"), None),
        }
        return fields.get(where, (self.tr("Evaluation"), None))
