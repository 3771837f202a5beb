"""The assessment dialogue: one staff member's individual assessment, or the joint one.

A view: it lays out the form (sections in assessment_sections.py) beside the
signpost, and leaves every decision to its `AssessmentController` (what it
opened with, the draft's fields, the signpost, the finalise job). It is a
DraftDialog (the dialog contract: docs/architecture.md): every change is
autosaved as a draft of kind "assessment", so a crash loses at most the last
keystrokes; "Finalise" validates completely and shows every problem at once;
"Close" saves what was typed and keeps the draft. What it opens with
(`AssessmentStart`) was loaded on the store worker before it is built.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.records import ReportDecision
from forebyg_desktop.services.assessment.assessment_flow_service import AssessmentStart
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.assessment.assessment_controller import (
    TEXT_FIELDS,
    AssessmentController,
    FormState,
)
from forebyg_desktop.ui.assessment.assessment_sections import (
    DescriptionsBox,
    JointPanel,
    ParentsBox,
    PositionsBox,
    ReportBox,
    line_edit,
)
from forebyg_desktop.ui.assessment.signpost_panel import SignpostPanel
from forebyg_desktop.ui.assessment.signs_checklist import ProtectiveChecklist, SignsChecklist
from forebyg_desktop.ui.kit.dialog_parts import to_date, to_qdate
from forebyg_desktop.ui.kit.draft_dialog import DraftDialog
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.plain_text import keep_plain, plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker


class AssessmentDialog(DraftDialog):
    """Write, autosave and finalise an individual or joint assessment for one child."""

    # The form is long: a refusal puts the keyboard in the first field to fix.
    problems_go_to_field = True

    def __init__(
        self,
        session: Session,
        child: dict,
        worker: StoreWorker,
        *,
        start: AssessmentStart,
        parent: QWidget | None = None,
    ) -> None:
        self.controller = AssessmentController(session, child, start)
        self.child = child
        self.profile = session.profile
        self.individuals = self.controller.individuals
        self.corrects = self.controller.corrects  # a correction of this finalised assessment
        self.finalised_id: str | None = None
        self._loading = True
        super().__init__(session, worker, "assessment", child["id"], start.draft_id, parent)
        self._build()
        keep_plain(self)  # profile texts arrive in profile packs too
        self._restore(self.controller.restored())
        self._loading = False
        self.ready = True  # what it opens with came with `start`
        self._set_enabled()
        self._update_guidance()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        c = self.controller
        title = self.tr("Joint assessment") if c.joint else self.tr("Individual assessment")
        if c.corrects:
            title = self.tr("Correction: %1").replace("%1", title.lower())
        name = self.child.get("name", "")
        self.setWindowTitle(f"{title} – {name}")
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)

        months = c.age_in_months()
        heading = f"{title}: {name}"
        if months is not None:
            heading += " " + self.tr("(%n years)", "", months // 12)
        self.heading = plain_label(heading, self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        outer.addWidget(self.problems)

        # The form and the side panel; disabled together while a job runs.
        self.body = QWidget(self)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body, 1)

        # Left: the long form, scrolled.
        form_widget = QWidget()
        form = QVBoxLayout(form_widget)
        if c.joint:
            self.joint_panel = JointPanel(c.individuals, self.profile, self._changed, self)
            self.individual_cards = self.joint_panel.cards
            self.individual_checks = self.joint_panel.checks
            self.agreed_reason = self.joint_panel.agreed_reason
            form.addWidget(self.joint_panel)
        form.addWidget(self._build_assessors())
        positions = PositionsBox(self.profile, self._changed, self)
        self.position_buttons = positions.buttons
        form.addWidget(positions)
        form.addWidget(self._build_signs())
        descriptions = DescriptionsBox(
            TEXT_FIELDS, c.questions(current_language()), self._changed, self
        )
        self.texts, self.answers = descriptions.texts, descriptions.answers
        form.addWidget(descriptions)
        form.addStretch(1)
        self.form_scroll = self._scroll(form_widget, self.tr("Assessment"))
        body.addWidget(self.form_scroll, 3)

        # Right: the signpost, the report decision and the parents.
        side_widget = QWidget()
        side = QVBoxLayout(side_widget)
        self.signpost = SignpostPanel(self.profile, side_widget)
        side.addWidget(self.signpost)
        self.report_box = report = ReportBox(c.today, self._changed, self)
        self.report_reported, self.report_not = report.reported, report.not_reported
        self.report_date, self.report_by, self.report_reason = report.date, report.by, report.reason
        side.addWidget(report)
        parents = ParentsBox(self._changed, self)
        self.parents_informed, self.parents_how = parents.informed, parents.how
        side.addWidget(parents)
        side.addStretch(1)
        self.side_scroll = self._scroll(side_widget, self.tr("Signpost and report"))
        body.addWidget(self.side_scroll, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        if c.corrects:
            self.finalise_button = QPushButton(self.tr("&Save the correction"), self)
            self.finalise_button.setAccessibleName(self.tr("Save the correction"))
        else:
            self.finalise_button = QPushButton(self.tr("&Finalise"), self)
            self.finalise_button.setAccessibleName(self.tr("Finalise"))
        self.finalise_button.setAutoDefault(False)
        self.finalise_button.clicked.connect(self.finalise)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close (the draft is kept)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self._controls(self.finalise_button, self.close_button)

        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 720
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    def _scroll(self, content: QWidget, name: str) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Text wraps to the width there is: never a sideways scrollbar.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setAccessibleName(name)
        return scroll

    def _build_assessors(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.assessors = line_edit(self, "assessors", self.tr("Assessors"), self._changed)
        self.assessors.setPlaceholderText(self.tr("Names, separated by commas"))
        label = QLabel(self.tr("&Assessors:"), box)
        label.setBuddy(self.assessors)
        form.addRow(label, self.assessors)
        return box

    def _build_signs(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        signs_box = QGroupBox(self.tr("Signs"), box)
        signs_box.setAccessibleName(signs_box.title())
        signs_layout = QVBoxLayout(signs_box)
        self.signs = SignsChecklist(self.controller.sign_domains(), signs_box)
        self.signs.changed.connect(self._changed)
        signs_layout.addWidget(self.signs)
        row.addWidget(signs_box, 3)
        self.protective = ProtectiveChecklist(
            self.profile.protective_factors, self.tr("Protective factors"), box
        )
        self.protective.changed.connect(self._changed)
        row.addWidget(self.protective, 2, Qt.AlignmentFlag.AlignTop)
        return box

    # -- the form's values ---------------------------------------------------

    def _state(self) -> FormState:
        """What the form shows now."""
        if self.report_reported.isChecked():
            choice = ReportDecision.REPORTED.value
        elif self.report_not.isChecked():
            choice = ReportDecision.NOT_REPORTED.value
        else:
            choice = ""
        return FormState(
            assessors=self.assessors.text(),
            position=next((k for k, b in self.position_buttons.items() if b.isChecked()), ""),
            signs=self.signs.selected(),
            protective=self.protective.selected(),
            texts={k: e.toPlainText() for k, e in self.texts.items()},
            answers={k: e.toPlainText() for k, e in self.answers.items()},
            agreed_reason=self.agreed_reason.toPlainText() if self.controller.joint else "",
            based_on=[
                a.id
                for a, check in zip(self.individuals, self.individual_checks, strict=True)
                if check.isChecked()
            ]
            if self.controller.joint
            else None,
            parents_informed=self.parents_informed.currentData(),
            parents_how=self.parents_how.text(),
            report_choice=choice,
            report_date=to_date(self.report_date.date()),
            report_by=self.report_by.text(),
            report_reason=self.report_reason.text(),
        )

    def _restore(self, state: FormState) -> None:
        self.assessors.setText(state.assessors)
        button = self.position_buttons.get(state.position)
        if button is not None:
            button.setChecked(True)
        self.signs.set_selected(state.signs)
        self.protective.set_selected(state.protective)
        for key, edit in self.texts.items():
            edit.setPlainText(state.texts.get(key, ""))
        for key, edit in self.answers.items():
            edit.setPlainText(state.answers.get(key, ""))
        if self.controller.joint:
            self.agreed_reason.setPlainText(state.agreed_reason)
            for a, check in zip(self.individuals, self.individual_checks, strict=True):
                check.setChecked(state.based_on is None or a.id in state.based_on)
        self.parents_informed.setCurrentIndex(
            max(0, self.parents_informed.findData(state.parents_informed))
        )
        self.parents_how.setText(state.parents_how)
        self.report_reported.setChecked(state.report_choice == ReportDecision.REPORTED.value)
        self.report_not.setChecked(state.report_choice == ReportDecision.NOT_REPORTED.value)
        if state.report_date is not None:
            self.report_date.setDate(to_qdate(state.report_date))
        self.report_by.setText(state.report_by)
        self.report_reason.setText(state.report_reason)

    def _report_applies(self) -> bool:
        return self.signpost.reporting_duty or self.signpost.consider_report

    def fields(self) -> dict[str, Any]:
        """Everything the dialogue holds, as the draft's fields."""
        return self.controller.fields(self._state(), self._report_applies())

    def has_unsaved_changes(self) -> bool:
        return self.autosaver.has_unsaved

    # -- live behaviour ------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self._update_guidance()
        self.autosaver.changed()

    def _update_guidance(self) -> None:
        signpost = self.controller.signpost(self.fields())
        self.signpost.show_guidance(
            signpost.guidance,
            signpost.assessment_date,
            duty_from_signs=signpost.duty_from_signs,
            abuse_from_signs=signpost.abuse_from_signs,
        )
        self.report_box.setVisible(self._report_applies())
        reported = self.report_reported.isChecked()
        not_reported = self.report_not.isChecked()
        report = self.report_box
        for w in (report.date, report.date_label, report.by, report.by_label):
            w.setVisible(reported)
        for w in (report.reason, report.reason_label):
            w.setVisible(not_reported)
        if reported and not self.report_by.text() and not self._loading:
            self.report_by.setText(self.controller.user)
        # "Withheld" only on the abuse path.
        withheld = ParentsBox.WITHHELD_INDEX
        abuse = self.signpost.abuse_path
        self.parents_informed.model().item(withheld).setEnabled(abuse)
        if not abuse and self.parents_informed.currentIndex() == withheld:
            self.parents_informed.setCurrentIndex(0)
        self.parents_how.setEnabled(self.parents_informed.currentData() != "withheld")

    # -- finishing -------------------------------------------------------------

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        key = where.split(".")[0].split("[")[0]
        names = {
            "position": self.tr("Position on the scale"),
            "assessors": self.tr("Assessors"),
            "signs": self.tr("Signs"),
            "protective": self.tr("Protective factors"),
            "observations": self.tr("Observations"),
            "child_view": self.tr("The child's own view"),
            "parents_view": self.tr("The parents' view"),
            "family_resources": self.tr("The family's resources"),
            "answers": self.tr("Questions"),
            "agreed_reason": self.tr("Why this agreed position"),
            "based_on": self.tr("Individual assessments"),
            "parents_informed": self.tr("Parents informed"),
            "parents_informed_how": self.tr("How the parents were informed"),
            "report_decision": self.tr("Report decision"),
            "report_date": self.tr("Report date"),
            "report_by": self.tr("Reported by"),
            "report_reason": self.tr("Why no report was made"),
            "date": self.tr("Date"),
        }
        widgets: dict[str, QWidget | None] = {
            "position": next(iter(self.position_buttons.values()), None),
            "assessors": self.assessors,
            "agreed_reason": self.agreed_reason if self.controller.joint else None,
            "report_decision": self.report_reported,
            "report_date": self.report_date,
            "report_by": self.report_by,
            "report_reason": self.report_reason,
            "parents_informed": self.parents_informed,
            "parents_informed_how": self.parents_how,
            **self.texts,
        }
        return names.get(key, where), widgets.get(key)

    def finalise(self) -> None:
        """Validate and finalise; on problems show them all and stay open."""
        job = self.controller.finalise_job(self.draft_id, self.fields())
        self._finalise(job, self._finalised)

    def _finalised(self, assessment_id: str) -> None:
        self.finalised_id = assessment_id

    def _show_refusal(self, refusal: ValidationFailed) -> None:
        super()._show_refusal(refusal)
        self.status.setText(self.tr("Draft saved"))  # the finalise job saved it first
