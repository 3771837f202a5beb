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
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import PlanTemplate
from forebyg_desktop.services.plan.plan_flow_service import (
    PlanStart,
    create_plan,
    start_plan,
    suits_position,
    template_prefill,
)
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import (
    ask,
    fit_to_screen,
    iso_date,
    text_edit,
    to_date,
    to_qdate,
)
from forebyg_desktop.ui.kit.draft_dialog import DraftDialog
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.position_chip import chip_for
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.plan.plan_tables import GoalsBox, MeasuresBox

_INDEXED = re.compile(r"^(goals|measures)\[(\d+)\]\.(\w+)$")
VIEW_FIELDS = ("child_view", "parents_view", "family_resources")


class PlanDialog(DraftDialog):
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
        self.child = child
        self.plan_id: str | None = None
        self.position: str | None = None
        self._assessment_id: str | None = None
        self._template_key: str | None = None
        self._edited = False  # goals, measures or follow-up changed since the template filled them
        self._filling = True
        super().__init__(session, worker, "plan", child["id"], draft_id, parent)
        self._build()
        self._set_enabled()
        s, child_id = session, child["id"]
        self._load(lambda: start_plan(s, child_id, draft_id), self._started)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Action plan for {name}").format(name=self.child["name"]))
        outer = QVBoxLayout(self)
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

        outer.addLayout(self._button_bar(self.tr("Create pla&n"), self.tr("Create plan")))
        self.create_button = self.accept_button
        self.buttons.accepted.connect(self._create)

        self.template.currentIndexChanged.connect(self._template_chosen)
        self.show_all.toggled.connect(self._show_all_toggled)
        self.goals_box.edited.connect(lambda: self._edit(replaceable=True))
        self.measures_box.edited.connect(lambda: self._edit(replaceable=True))
        self.follow_up.dateChanged.connect(lambda *_: self._edit(replaceable=True))
        for edit in (self.child_view, self.parents_view, self.family_resources):
            edit.textChanged.connect(self._edit)
        self.coordinator.textChanged.connect(self._edit)
        fit_to_screen(self, 960, 700)

    # --- opening ----------------------------------------------------------------------

    def _started(self, start: PlanStart) -> None:
        self.position = start.position
        self._assessment_id = start.assessment_id
        fields = dict(start.draft.fields) if start.draft is not None else {}
        if start.draft is not None:
            self._use_draft(start.draft.id)
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
        self._opened(restored=bool(fields), missing=start.draft_missing)
        self.template.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def _can_submit(self) -> bool:
        return self._template_key is not None

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
        # Screen readers hear why the list is short when they reach it.
        self.template.setAccessibleDescription(self.position_note.text())

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

    # --- create -------------------------------------------------------------------------

    def _create(self) -> None:
        tpl = self.selected_template()
        if tpl is None:
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
        self._finalise(lambda: create_plan(s, **args, draft_id=draft_id), self._created)

    def _created(self, plan_id: str) -> None:
        self.plan_id = plan_id

    # --- problems ---------------------------------------------------------------------

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
