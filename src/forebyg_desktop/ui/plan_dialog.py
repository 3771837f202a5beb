"""Start an action plan (handleplan) for a child from one of the profile's templates.

The store is only ever touched on the StoreWorker: when the dialogue opens it
loads the child's position and the plan draft to resume (`start_plan`; the
form stays disabled until it arrives), every edit is autosaved as a draft of
kind "plan" (DraftAutosaver), "Create plan" writes the plan and deletes the
draft in one job, "Close" waits for the last autosave. Picking a template
fills the form from the profile alone (`template_prefill`, no store), and
asks first when that would replace what the user wrote.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.profile import PlanTemplate
from forebyg_desktop.services.draft_service import discard_draft
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.plan_flow_service import (
    PlanStart,
    create_plan,
    start_plan,
    suits_position,
    template_prefill,
)
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.dialog_parts import (
    ProblemList,
    ask,
    fit_to_screen,
    iso_date,
    text_edit,
    to_date,
    to_qdate,
)
from forebyg_desktop.ui.draft_autosave import DraftAutosaver, refusal_or_result
from forebyg_desktop.ui.i18n import current_language, tr_message
from forebyg_desktop.ui.plan_tables import GoalsBox, MeasuresBox
from forebyg_desktop.ui.position_chip import chip_for
from forebyg_desktop.ui.store_worker import StoreWorker

_INDEXED = re.compile(r"^(goals|measures)\[(\d+)\]\.(\w+)$")
VIEW_FIELDS = ("child_view", "parents_view", "family_resources")


class PlanDialog(QDialog):
    """Writes a new action plan for `child`; `plan_id` is set when accepted.

    `draft_id` resumes that draft; without one the child's newest plan draft
    (left by a crash or a "Close") is resumed, else a new one is started.
    """

    def __init__(
        self,
        session: Session,
        child: dict,
        worker: StoreWorker,
        *,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.child = child
        self.worker = worker
        self.plan_id: str | None = None
        self.position: str | None = None
        self.ready = False  # the opening job has come back
        self._assessment_id: str | None = None
        self._template_key: str | None = None
        self._edited = False  # goals, measures or follow-up changed since the template filled them
        self._filling = True
        self._busy = False
        self.draft_id = draft_id or new_id()
        self.autosaver = DraftAutosaver(
            worker, session, "plan", child["id"], self.draft_id, self.fields, self
        )
        self._build()
        self.autosaver.status.connect(self.status.setText)
        self._set_enabled()
        self.status.setText(self.tr("Loading…"))
        s, child_id = session, child["id"]
        worker.submit(lambda: start_plan(s, child_id, draft_id), self._started, self._start_failed)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Action plan for {name}").format(name=self.child["name"]))
        outer = QVBoxLayout(self)
        self.problems = ProblemList(self)
        outer.addWidget(self.problems)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self.scroll)
        layout = QVBoxLayout(self.body)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        body = self.body

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.template = QComboBox(body)
        self.template.setAccessibleName(self.tr("Plan template"))
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(24)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        self.show_all = QCheckBox(self.tr("Sho&w all templates"), body)
        self.show_all.setAccessibleName(self.tr("Show all templates"))
        self.show_all.hide()
        template_row.addWidget(self.show_all)
        template_label = QLabel(self.tr("&Template:"), body)
        template_label.setBuddy(self.template)
        form.addRow(template_label, template_row)
        layout.addLayout(form)
        self.position_note = QLabel(body)
        self.position_note.setWordWrap(True)
        self.position_note.hide()
        layout.addWidget(self.position_note)
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.description)

        self.goals_box = GoalsBox(body)
        self.goals = self.goals_box.table
        self.add_goal, self.remove_goal = self.goals_box.add_button, self.goals_box.remove_button
        layout.addWidget(self.goals_box)
        self.measures_box = MeasuresBox(self.session.today(), body)
        self.measures = self.measures_box.table
        self.add_measure = self.measures_box.add_button
        self.remove_measure = self.measures_box.remove_button
        layout.addWidget(self.measures_box)

        views = QFormLayout()
        views.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.child_view = text_edit(body, self.tr("The child's view"))
        self._add_row(views, self.tr("&Child's view:"), self.child_view)
        self.parents_view = text_edit(body, self.tr("The parents' view"))
        self._add_row(views, self.tr("&Parents' view:"), self.parents_view)
        self.family_resources = text_edit(body, self.tr("The family's resources"))
        self._add_row(views, self.tr("&Family resources:"), self.family_resources)
        self.coordinator = QLineEdit(self.session.user, body)
        self.coordinator.setAccessibleName(self.tr("Coordinator"))
        self._add_row(views, self.tr("Coor&dinator:"), self.coordinator)
        self.follow_up = QDateEdit(body)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setDate(to_qdate(self.session.today()))
        self._add_row(views, self.tr("Fo&llow-up date:"), self.follow_up)
        layout.addLayout(views)
        layout.addStretch(1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create pla&n"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create plan"))
        self.discard_button = self.buttons.addButton(
            self.tr("D&iscard draft"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setAutoDefault(False)
        self.discard_button.setAccessibleName(self.tr("Discard draft"))
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Close (the draft is kept)"))
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self._discard)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        self.template.currentIndexChanged.connect(self._template_chosen)
        self.show_all.toggled.connect(self._show_all_toggled)
        self.goals_box.edited.connect(lambda: self._edit(replaceable=True))
        self.measures_box.edited.connect(lambda: self._edit(replaceable=True))
        self.follow_up.dateChanged.connect(lambda *_: self._edit(replaceable=True))
        for edit in (self.child_view, self.parents_view, self.family_resources):
            edit.textChanged.connect(self._edit)
        self.coordinator.textChanged.connect(self._edit)
        fit_to_screen(self, 960, 700)

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)

    # --- opening ----------------------------------------------------------------------

    def _started(self, start: PlanStart) -> None:
        self.position = start.position
        self._assessment_id = start.assessment_id
        fields = dict(start.draft.fields) if start.draft is not None else {}
        if start.draft is not None:
            self.draft_id = self.autosaver.draft_id = start.draft.id
        self._template_key = fields.get("template") or None
        templates = self.session.profile.plan_templates
        suited = [t for t in templates if suits_position(t, self.position)]
        self.show_all.setVisible(len(suited) < len(templates))
        # Nothing suits the position: offer everything rather than nothing.
        self.show_all.setChecked(bool(fields.get("show_all")) or not suited)
        self.position_note.setVisible(self.position is not None and len(suited) < len(templates))
        self._update_position_note()
        self._fill_templates()
        self._show_template_texts(self.selected_template())
        if fields:
            self._restore(fields)
        self._filling = False
        self.ready = True
        self.status.setText(self.tr("Draft restored") if fields else "")
        if start.draft_missing:
            self.problems.show_problems(
                [
                    (
                        self.tr(
                            "The draft was not found: it was finalised or discarded. "
                            "A new draft is started."
                        ),
                        None,
                    )
                ]
            )
        self._set_enabled()
        self.template.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_failed(self, message: str) -> None:
        self.status.setText("")
        self.problems.show_problems([(message, None)])
        self._set_enabled()

    def _restore(self, f: dict[str, Any]) -> None:
        self.goals_box.set_rows([g for g in f.get("goals") or [] if isinstance(g, dict)])
        self.measures_box.set_rows([m for m in f.get("measures") or [] if isinstance(m, dict)])
        for key in VIEW_FIELDS:
            getattr(self, key).setPlainText(str(f.get(key) or ""))
        self.coordinator.setText(str(f.get("coordinator") or ""))
        when = iso_date(f.get("follow_up"))
        if when is not None:
            self.follow_up.setDate(to_qdate(when))
        if f.get("assessment_id"):
            self._assessment_id = str(f["assessment_id"])
        self._edited = bool(f.get("edited", True))

    def _set_enabled(self) -> None:
        self.body.setEnabled(self.ready and not self._busy)
        self.create_button.setEnabled(
            self.ready and not self._busy and self._template_key is not None
        )
        self.discard_button.setEnabled(self.ready and not self._busy)
        self.close_button.setEnabled(not self._busy)

    # --- template ---------------------------------------------------------------------

    def selected_template(self) -> PlanTemplate | None:
        key = self.template.currentData()
        return self.session.profile.plan_template(key) if key else None

    def _fill_templates(self) -> None:
        """The templates on offer: those for the child's position, or all; and the chosen one."""
        lang = current_language()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("Choose a template…"), None)
        for tpl in self.session.profile.plan_templates:
            if (
                self.show_all.isChecked()
                or suits_position(tpl, self.position)
                or tpl.key == self._template_key
            ):
                self.template.addItem(tpl.label.get(lang), tpl.key)
        self.template.setCurrentIndex(max(0, self.template.findData(self._template_key)))
        self.template.blockSignals(False)

    def _show_all_toggled(self) -> None:
        self._fill_templates()
        self._update_position_note()
        self._edit()

    def _update_position_note(self) -> None:
        if self.position is None:
            return
        spec = chip_for(self.session.profile.scale.position(self.position), self.position)
        if self.show_all.isChecked():
            text = self.tr("All templates are offered; the child's latest position is {position}.")
        else:
            text = self.tr(
                "Only templates for the child's latest position ({position}) are offered."
            )
        self.position_note.setText(text.format(position=spec.text))

    def _show_template_texts(self, tpl: PlanTemplate | None) -> None:
        lang = current_language()
        if tpl is None:
            self.description.setText(self.tr("Choose a template to prefill the plan."))
        else:
            self.description.setText(tpl.description.get(lang))
        prompts = (
            (tpl.child_view_prompt, tpl.parents_view_prompt, tpl.family_resources_prompt)
            if tpl is not None
            else (None, None, None)
        )
        for key, prompt in zip(VIEW_FIELDS, prompts, strict=True):
            getattr(self, key).setPlaceholderText(prompt.get(lang) if prompt is not None else "")

    def _template_chosen(self) -> None:
        key = self.template.currentData()
        if key == self._template_key:
            return
        has_rows = self.goals.rowCount() or self.measures.rowCount()
        if key is not None and self._edited and has_rows and not self._confirm_replace():
            self.template.blockSignals(True)
            self.template.setCurrentIndex(max(0, self.template.findData(self._template_key)))
            self.template.blockSignals(False)
            return
        self._template_key = key
        tpl = self.selected_template()
        self._show_template_texts(tpl)
        if tpl is not None:
            s = self.session
            prefill = template_prefill(s.profile, tpl.key, today=s.today(), user=s.user)
            self._filling = True
            self.goals_box.set_rows(prefill["goals"])
            self.measures_box.set_rows(prefill["measures"])
            if not self.coordinator.text().strip():
                self.coordinator.setText(prefill["coordinator"])
            self.follow_up.setDate(to_qdate(prefill["follow_up"]))
            self._filling = False
            self._edited = False
        self.problems.show_problems([])
        self._set_enabled()
        self._edit()

    def _confirm_replace(self) -> bool:
        """Ask before a template replaces the goals, measures and follow-up the user wrote."""
        return ask(
            self,
            self.tr("Replace with the template?"),
            self.tr("Replace what you have written with the template?"),
            self.tr(
                "The goals, measures and follow-up date are replaced by the template's. "
                "The views you have written are kept."
            ),
            self.tr("&Yes, replace"),
            self.tr("&No, keep what I wrote"),
        )

    # --- edits and draft --------------------------------------------------------------

    def _edit(self, *_: object, replaceable: bool = False) -> None:
        if self._filling or not self.ready:
            return
        if replaceable:
            self._edited = True
        self.autosaver.changed()

    def goal_rows(self) -> list[dict]:
        return self.goals_box.rows()

    def measure_rows(self) -> list[dict]:
        return self.measures_box.rows()

    def fields(self) -> dict[str, Any]:
        """Everything the form holds, as the draft's fields (`create_plan`'s names)."""
        return {
            "child_id": self.child["id"],
            "template": self._template_key or "",
            "goals": self.goal_rows(),
            "measures": self.measure_rows(),
            **{key: getattr(self, key).toPlainText() for key in VIEW_FIELDS},
            "coordinator": self.coordinator.text(),
            "follow_up": to_date(self.follow_up.date()),
            "assessment_id": self._assessment_id or "",
            "show_all": self.show_all.isChecked(),
            "edited": self._edited,
        }

    # --- create, close, discard -------------------------------------------------------

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status.setText(text)
        self._set_enabled()

    def _create(self) -> None:
        tpl = self.selected_template()
        if tpl is None or self._busy or not self.ready:
            self.template.setFocus()
            return
        s, draft_id = self.session, self.draft_id
        args = {
            "child_id": self.child["id"],
            "template": tpl.key,
            "goals": self.goal_rows(),
            "measures": self.measure_rows(),
            **{key: getattr(self, key).toPlainText().strip() for key in VIEW_FIELDS},
            "coordinator": self.coordinator.text().strip(),
            "follow_up": to_date(self.follow_up.date()),
            "assessment_id": self._assessment_id,
        }
        self.autosaver.pause()
        self._set_busy(True, self.tr("Saving…"))
        self.worker.submit(
            lambda: refusal_or_result(create_plan, s, **args, draft_id=draft_id),
            self._created,
            self._create_failed,
        )

    def _created(self, result: object) -> None:
        if isinstance(result, ValidationFailed):
            self._create_failed(result)
            return
        self.plan_id = str(result)
        self.autosaver.finish()  # the draft went with the plan's write
        self._set_busy(False)
        self.accept()

    def _create_failed(self, error: ValidationFailed | str) -> None:
        self._set_busy(False)
        self.autosaver.resume()
        if isinstance(error, ValidationFailed):
            self.problems.show_problems([self._problem_line(p) for p in error.problems])
        else:
            self.problems.show_problems([(error, None)])

    def reject(self) -> None:
        """Close: wait until the draft is saved (it is kept), then close."""
        if self._busy:
            return
        if not self.autosaver.has_unsaved:
            super().reject()
            return
        self._set_busy(True, self.tr("Saving…"))
        self.autosaver.flush(self._closed, self._close_failed)

    def _closed(self) -> None:
        self._set_busy(False)
        super().reject()

    def _close_failed(self, message: str) -> None:
        self._set_busy(False)
        self.problems.show_problems(
            [(self.tr("The draft could not be saved: {reason}").format(reason=message), None)]
        )

    def _discard(self) -> None:
        if not ask(
            self,
            self.tr("Discard the draft?"),
            self.tr("Discard this draft?"),
            self.tr("What you have written in this plan is deleted."),
            self.tr("&Discard"),
            self.tr("&Keep"),
        ):
            return
        self.autosaver.finish()
        self._set_busy(True, self.tr("Discarding…"))
        s, draft_id = self.session, self.draft_id
        self.worker.submit(lambda: discard_draft(s, draft_id), self._discarded, self._close_failed)

    def _discarded(self, _gone: object) -> None:
        self._set_busy(False)
        super().reject()

    # --- problems ---------------------------------------------------------------------

    def _problem_line(self, problem: Problem) -> tuple[str, QWidget | None]:
        label, target = self._field(problem.where)
        text = tr_message(problem.message)
        return (self.tr("{field}: {problem}").format(field=label, problem=text), target)

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        match = _INDEXED.match(where)
        if match:
            kind, index = match.group(1), int(match.group(2))
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
