"""The assessment dialogue: one staff member's individual assessment, or the joint one.

Every change is autosaved as a draft (kind "assessment", 400 ms after the last
change, and on close), so a crash loses at most the last keystrokes; opening
with the draft's id restores every field. "Finalise" validates completely and
shows every problem at once; "Close" keeps the draft.

Every service call runs on the main window's StoreWorker, never on the GUI
thread; what the dialogue opens with (`AssessmentStart`: a draft to resume, the
individual assessments for a joint one) is loaded there before it is built.
Closing waits for the last save, and a save that fails keeps the dialogue open.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.guidance import (
    age_in_months,
    answer_keys,
    is_abuse_path,
    known_signs,
    signs_for_age,
)
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import Assessment, ParentsInformed, ReportDecision
from forebyg_desktop.services.assessment_flow_service import (
    AssessmentStart,
    finalise_individual,
    finalise_joint,
    guidance_for_draft,
)
from forebyg_desktop.services.correction_flow_service import finalise_correction
from forebyg_desktop.services.draft_service import save_draft
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.dialog_parts import iso_date
from forebyg_desktop.ui.draft_autosave import DraftAutosaver, refusal_or_result
from forebyg_desktop.ui.i18n import current_language, tr_message
from forebyg_desktop.ui.plain_text import keep_plain, plain_label, plain_tooltip
from forebyg_desktop.ui.position_chip import ChipSpec, chip_for, chip_icon, chip_size, paint_chip
from forebyg_desktop.ui.signpost_panel import SignpostPanel
from forebyg_desktop.ui.signs_checklist import ProtectiveChecklist, SignsChecklist
from forebyg_desktop.ui.store_worker import StoreWorker

TEXT_FIELDS = ("observations", "child_view", "parents_view", "family_resources")


class ChipLabel(QWidget):
    """A position chip as a widget (symbol and label; colour never alone)."""

    def __init__(self, spec: ChipSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setAccessibleName(spec.text)
        self.setToolTip(plain_tooltip(spec.text))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.spec.text

    def sizeHint(self):  # noqa: N802 - Qt API
        return chip_size(self.spec, self.fontMetrics())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        paint_chip(painter, self.rect(), self.spec, self.font(), self.palette())
        painter.end()


class AssessmentDialog(QDialog):
    """Write, autosave and finalise an individual or joint assessment for one child."""

    def __init__(
        self,
        session: Session,
        child: dict,
        worker: StoreWorker,
        *,
        start: AssessmentStart,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.profile = session.profile
        self.child = child
        self.finalised_id: str | None = None
        self._loading = True
        self._draft_fields: dict[str, Any] = dict(start.fields)
        self.kind = start.kind
        self.draft_id = start.draft_id or new_id()
        self.individuals: list[Assessment] = list(start.individuals)
        self.corrects = start.corrects  # a correction of this finalised assessment
        self.today = session.today()
        self.assessment_date = iso_date(self._draft_fields.get("date")) or self.today

        self.autosaver = DraftAutosaver(
            worker, session, "assessment", child["id"], self.draft_id, self.fields, self
        )

        self._build()
        keep_plain(self)  # profile texts arrive in profile packs too
        self._restore(self._draft_fields)
        self._loading = False
        self._update_guidance()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        joint = self.kind == "joint"
        title = self.tr("Joint assessment") if joint else self.tr("Individual assessment")
        if self.corrects:
            title = self.tr("Correction: %1").replace("%1", title.lower())
        name = self.child.get("name", "")
        self.setWindowTitle(f"{title} – {name}")
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)

        birth = iso_date(self.child.get("birth_date"))
        months = age_in_months(birth, self.today) if birth and birth <= self.today else None
        heading = f"{title}: {name}"
        if months is not None:
            heading += " " + self.tr("(%n years)", "", months // 12)
        self.heading = plain_label(heading, self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errors")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(
            "QLabel#errors { color: #8B0000; background: #FDECEE; border: 2px solid #B00020;"
            " padding: 4px; }"
        )
        self.error_label.setAccessibleName(self.tr("Problems to fix before finalising"))
        self.error_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.error_label.hide()
        outer.addWidget(self.error_label)

        body = QHBoxLayout()
        outer.addLayout(body, 1)

        # Left: the long form, scrolled.
        form_widget = QWidget()
        form = QVBoxLayout(form_widget)
        if joint:
            form.addWidget(self._build_joint_panel())
        form.addWidget(self._build_assessors())
        form.addWidget(self._build_positions())
        form.addWidget(self._build_signs(months))
        form.addWidget(self._build_texts())
        form.addStretch(1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        # Text wraps to the width there is: never a sideways scrollbar.
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(form_widget)
        self.form_scroll.setAccessibleName(self.tr("Assessment"))
        body.addWidget(self.form_scroll, 3)

        # Right: the signpost, the report decision and the parents.
        side_widget = QWidget()
        side = QVBoxLayout(side_widget)
        self.signpost = SignpostPanel(self.profile, side_widget)
        side.addWidget(self.signpost)
        side.addWidget(self._build_report())
        side.addWidget(self._build_parents())
        side.addStretch(1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidgetResizable(True)
        # Text wraps to the width there is: never a sideways scrollbar.
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side_widget)
        self.side_scroll.setAccessibleName(self.tr("Signpost and report"))
        body.addWidget(self.side_scroll, 2)

        buttons = QHBoxLayout()
        self.saved_label = QLabel(self)
        self.autosaver.status.connect(self.saved_label.setText)
        buttons.addWidget(self.saved_label, 1)
        if self.corrects:
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

        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 720
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self._changed)
        return edit

    def _text(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(110)
        edit.textChanged.connect(self._changed)
        return edit

    def _build_joint_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Individual assessments"), self)
        box.setAccessibleName(box.title())
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.individual_cards: list[QFrame] = []
        self.individual_checks: list[QCheckBox] = []
        chosen = self._draft_fields.get("based_on")
        lang_locale = QLocale()
        for a in self.individuals:
            card = QFrame(box)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            who = ", ".join(a.assessors)
            when = lang_locale.toString(
                QDate(a.date.year, a.date.month, a.date.day), QLocale.FormatType.ShortFormat
            )
            spec = chip_for(self.profile.scale.position(a.position), a.position or None)
            who_label = plain_label(who, card, wrap=True)
            font = who_label.font()
            font.setBold(True)
            who_label.setFont(font)
            inner.addWidget(who_label)
            inner.addWidget(plain_label(when, card))
            inner.addWidget(ChipLabel(spec, card))
            card.setAccessibleName(f"{who}, {when}, {spec.text}")
            # Which individual assessments the agreement rests on; all by default.
            check = QCheckBox(self.tr("Part of this joint assessment"), card)
            check.setAccessibleName(
                self.tr("Part of this joint assessment: %1").replace("%1", card.accessibleName())
            )
            check.setChecked(not isinstance(chosen, list) or a.id in chosen)
            check.toggled.connect(self._changed)
            inner.addWidget(check)
            self.individual_checks.append(check)
            row.addWidget(card)
            self.individual_cards.append(card)
        if not self.individuals:
            row.addWidget(
                QLabel(
                    self.tr("No individual assessments since the last joint one."),
                    box,
                )
            )
        row.addStretch(1)
        layout.addLayout(row)
        need = self.profile.practice.min_individual_assessors
        if need > 1:
            note = QLabel(
                self.tr(
                    "The profile asks for at least %n individual assessments by different staff.",
                    "",
                    need,
                ),
                box,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.agreed_reason = self._text("agreed_reason", self.tr("Why this agreed position"))
        label = QLabel(self.tr("&Why this agreed position (required):"), box)
        label.setBuddy(self.agreed_reason)
        layout.addWidget(label)
        layout.addWidget(self.agreed_reason)
        return box

    def _build_assessors(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.assessors = self._line("assessors", self.tr("Assessors"))
        self.assessors.setPlaceholderText(self.tr("Names, separated by commas"))
        label = QLabel(self.tr("&Assessors:"), box)
        label.setBuddy(self.assessors)
        form.addRow(label, self.assessors)
        return box

    def _build_positions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Position on the scale"), self)
        box.setAccessibleName(box.title())
        layout = QVBoxLayout(box)
        self.position_group = QButtonGroup(self)
        self.position_buttons: dict[str, QRadioButton] = {}
        lang = current_language()
        for p in self.profile.scale.positions:
            spec = chip_for(p)
            radio = QRadioButton(spec.text, box)
            radio.setIcon(chip_icon(spec, 16, self.palette()))
            radio.setAccessibleName(spec.text)
            description = p.description.get(lang)
            radio.setAccessibleDescription(description)
            radio.setObjectName(f"position_{p.key}")
            radio.toggled.connect(self._changed)
            self.position_group.addButton(radio)
            desc = QLabel(description, box)
            desc.setWordWrap(True)
            desc.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(radio)
            layout.addWidget(desc)
            self.position_buttons[p.key] = radio
        return box

    def _build_signs(self, months: int | None) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        domains = (
            signs_for_age(self.profile, months) if months is not None else self.profile.sign_domains
        )
        signs_box = QGroupBox(self.tr("Signs"), box)
        signs_box.setAccessibleName(signs_box.title())
        signs_layout = QVBoxLayout(signs_box)
        self.signs = SignsChecklist(domains, signs_box)
        self.signs.changed.connect(self._changed)
        signs_layout.addWidget(self.signs)
        row.addWidget(signs_box, 3)
        self.protective = ProtectiveChecklist(
            self.profile.protective_factors, self.tr("Protective factors"), box
        )
        self.protective.changed.connect(self._changed)
        row.addWidget(self.protective, 2, Qt.AlignmentFlag.AlignTop)
        return box

    def _build_texts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Descriptions"), self)
        box.setAccessibleName(box.title())
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labels = {
            "observations": (self.tr("&Observations:"), self.tr("Observations")),
            "child_view": (self.tr("The child's own &view:"), self.tr("The child's own view")),
            "parents_view": (self.tr("The &parents' view:"), self.tr("The parents' view")),
            "family_resources": (
                self.tr("The family's r&esources:"),
                self.tr("The family's resources"),
            ),
        }
        self.texts: dict[str, QPlainTextEdit] = {}
        for key in TEXT_FIELDS:
            shown, accessible = labels[key]
            edit = self._text(key, accessible)
            label = QLabel(shown, box)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.texts[key] = edit
        self.answers: dict[str, QPlainTextEdit] = {}
        lang = current_language()
        questions = {f"q{i}": q.get(lang) for i, q in enumerate(self.profile.practice.questions, 1)}
        questions.update(
            {f.key: f.label.get(lang) for f in self.profile.framework if f.kind == "question"}
        )
        for key in answer_keys(self.profile):
            text = questions.get(key, key)
            edit = self._text(f"answer_{key}", text)
            label = QLabel(text, box)
            label.setWordWrap(True)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.answers[key] = edit
        return box

    def _build_report(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report decision"), self)
        box.setAccessibleName(box.title())
        self.report_box = box
        layout = QVBoxLayout(box)
        self.report_group = QButtonGroup(self)
        self.report_reported = QRadioButton(self.tr("&Reported to the municipality"), box)
        self.report_reported.setAccessibleName(self.tr("Reported"))
        self.report_not = QRadioButton(self.tr("&Not reported"), box)
        self.report_not.setAccessibleName(self.tr("Not reported"))
        for radio in (self.report_reported, self.report_not):
            self.report_group.addButton(radio)
            radio.toggled.connect(self._changed)
            layout.addWidget(radio)
        form = QFormLayout()
        self.report_date = QDateEdit(self)
        self.report_date.setCalendarPopup(True)
        self.report_date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.report_date.setAccessibleName(self.tr("Report date"))
        self.report_date.dateChanged.connect(self._changed)
        self.report_date_label = QLabel(self.tr("Report &date:"), box)
        self.report_date_label.setBuddy(self.report_date)
        form.addRow(self.report_date_label, self.report_date)
        self.report_by = self._line("report_by", self.tr("Reported by"))
        self.report_by_label = QLabel(self.tr("Reported &by:"), box)
        self.report_by_label.setBuddy(self.report_by)
        form.addRow(self.report_by_label, self.report_by)
        self.report_reason = self._line("report_reason", self.tr("Why no report was made"))
        self.report_reason_label = QLabel(self.tr("Wh&y not:"), box)
        self.report_reason_label.setBuddy(self.report_reason)
        form.addRow(self.report_reason_label, self.report_reason)
        layout.addLayout(form)
        return box

    def _build_parents(self) -> QGroupBox:
        box = QGroupBox(self.tr("The parents"), self)
        box.setAccessibleName(box.title())
        form = QFormLayout(box)
        self.parents_informed = QComboBox(self)
        self.parents_informed.setAccessibleName(self.tr("Parents informed"))
        for text, value in (
            (self.tr("Not yet"), ParentsInformed.NOT_YET),
            (self.tr("Yes"), ParentsInformed.YES),
            (self.tr("No"), ParentsInformed.NO),
            (self.tr("Withheld (abuse path: not before the report)"), ParentsInformed.WITHHELD),
        ):
            self.parents_informed.addItem(text, value.value)
        self.parents_informed.currentIndexChanged.connect(self._changed)
        # The longest choice must not widen the side panel (1366 px, 150 %).
        self.parents_informed.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.parents_informed.setMinimumContentsLength(12)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        label = QLabel(self.tr("Parents &informed:"), box)
        label.setBuddy(self.parents_informed)
        form.addRow(label, self.parents_informed)
        self.parents_how = self._line(
            "parents_informed_how", self.tr("How the parents were informed")
        )
        how_label = QLabel(self.tr("&How:"), box)
        how_label.setBuddy(self.parents_how)
        form.addRow(how_label, self.parents_how)
        return box

    # -- fields --------------------------------------------------------------

    def _report_applies(self) -> bool:
        return self.signpost.reporting_duty or self.signpost.consider_report

    def fields(self) -> dict[str, Any]:
        """Everything the dialog holds, as the draft's fields."""
        position = next((k for k, b in self.position_buttons.items() if b.isChecked()), "")
        assessors = [n.strip() for n in self.assessors.text().split(",") if n.strip()]
        if self.report_reported.isChecked():
            decision = ReportDecision.REPORTED
        elif self.report_not.isChecked():
            decision = ReportDecision.NOT_REPORTED
        else:
            decision = ReportDecision.PENDING
        qd = self.report_date.date()
        fields: dict[str, Any] = {
            "kind": self.kind,
            **({"supersedes": self.corrects} if self.corrects else {}),
            "child_id": self.child["id"],
            "date": self.assessment_date.isoformat(),
            "assessors": assessors,
            "position": position,
            "signs": self.signs.selected(),
            "protective": self.protective.selected(),
            **{k: self.texts[k].toPlainText() for k in TEXT_FIELDS},
            "answers": {k: e.toPlainText() for k, e in self.answers.items() if e.toPlainText()},
            "agreed_reason": self.agreed_reason.toPlainText() if self.kind == "joint" else "",
            "parents_informed": self.parents_informed.currentData(),
            "parents_informed_how": self.parents_how.text(),
            "report_choice": decision.value,  # what was chosen, even while not applicable
            "report_decision": decision.value,
            "report_date": date(qd.year(), qd.month(), qd.day()).isoformat()
            if decision is ReportDecision.REPORTED
            else "",
            "report_by": self.report_by.text() if decision is ReportDecision.REPORTED else "",
            "report_reason": self.report_reason.text(),
            "status": "draft",
            "profile_id": self.profile.id,
            "profile_version": self.profile.version,
        }
        if self.kind == "joint":
            fields["based_on"] = [
                a.id
                for a, check in zip(self.individuals, self.individual_checks, strict=True)
                if check.isChecked()
            ]
        if not self._report_applies() and decision is ReportDecision.PENDING:
            fields["report_decision"] = ReportDecision.NOT_APPLICABLE.value
        return fields

    def _restore(self, f: dict[str, Any]) -> None:
        names = f.get("assessors")
        if isinstance(names, list) and names:
            self.assessors.setText(", ".join(str(n) for n in names))
        elif not f:
            self.assessors.setText(self.session.user)
        button = self.position_buttons.get(f.get("position") or "")
        if button is not None:
            button.setChecked(True)
        self.signs.set_selected(f.get("signs") or [])
        self.protective.set_selected(f.get("protective") or [])
        for key in TEXT_FIELDS:
            self.texts[key].setPlainText(str(f.get(key) or ""))
        answers = f.get("answers") if isinstance(f.get("answers"), dict) else {}
        for key, edit in self.answers.items():
            edit.setPlainText(str(answers.get(key) or ""))
        if self.kind == "joint":
            self.agreed_reason.setPlainText(str(f.get("agreed_reason") or ""))
        index = self.parents_informed.findData(f.get("parents_informed") or "not_yet")
        self.parents_informed.setCurrentIndex(max(0, index))
        self.parents_how.setText(str(f.get("parents_informed_how") or ""))
        choice = f.get("report_choice") or f.get("report_decision")
        self.report_reported.setChecked(choice == ReportDecision.REPORTED.value)
        self.report_not.setChecked(choice == ReportDecision.NOT_REPORTED.value)
        when = iso_date(f.get("report_date"))
        if when is not None:
            self.report_date.setDate(QDate(when.year, when.month, when.day))
        self.report_by.setText(str(f.get("report_by") or ""))
        self.report_reason.setText(str(f.get("report_reason") or ""))

    # -- live behaviour ------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self._update_guidance()
        self.autosaver.changed()

    def _update_guidance(self) -> None:
        fields = self.fields()
        guidance = guidance_for_draft(self.session, fields)
        signs = known_signs(self.profile, fields["signs"])
        self.signpost.show_guidance(
            guidance,
            self.assessment_date,
            duty_from_signs=any(s.indicates_abuse or s.triggers_reporting_duty for s in signs),
            abuse_from_signs=is_abuse_path(self.profile, fields["signs"]),
        )
        self.report_box.setVisible(self._report_applies())
        reported = self.report_reported.isChecked()
        not_reported = self.report_not.isChecked()
        for w in (self.report_date, self.report_date_label, self.report_by, self.report_by_label):
            w.setVisible(reported)
        for w in (self.report_reason, self.report_reason_label):
            w.setVisible(not_reported)
        if reported and not self.report_by.text() and not self._loading:
            self.report_by.setText(self.session.user)
        # "Withheld" only on the abuse path.
        item = self.parents_informed.model().item(3)
        abuse = self.signpost.abuse_path
        item.setEnabled(abuse)
        if not abuse and self.parents_informed.currentIndex() == 3:
            self.parents_informed.setCurrentIndex(0)
        self.parents_how.setEnabled(self.parents_informed.currentData() != "withheld")

    def has_unsaved_changes(self) -> bool:
        return self.autosaver.has_unsaved

    # -- finishing -------------------------------------------------------------

    def _field_name(self, where: str) -> str:
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
        return names.get(where.split(".")[0].split("[")[0], where)

    def _field_widget(self, where: str) -> QWidget | None:
        key = where.split(".")[0].split("[")[0]
        first_position = next(iter(self.position_buttons.values()), None)
        widgets: dict[str, QWidget | None] = {
            "position": first_position,
            "assessors": self.assessors,
            "agreed_reason": self.agreed_reason if self.kind == "joint" else None,
            "report_decision": self.report_reported,
            "report_date": self.report_date,
            "report_by": self.report_by,
            "report_reason": self.report_reason,
            "parents_informed": self.parents_informed,
            "parents_informed_how": self.parents_how,
            **self.texts,
        }
        return widgets.get(key)

    def _show_errors(self, lines: list[str]) -> None:
        self.error_label.setText("\n".join(f"• {line}" for line in lines))
        self.error_label.setVisible(bool(lines))

    def _set_busy(self, busy: bool) -> None:
        self.finalise_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def finalise(self) -> None:
        """Validate and finalise; on problems show them all and stay open."""
        if not self.finalise_button.isEnabled():
            return
        self._set_busy(True)
        self.autosaver.pause()  # the job saves the fields itself, then finalises
        self.saved_label.setText(self.tr("Saving…"))
        s, draft_id, child_id, fields = self.session, self.draft_id, self.child["id"], self.fields()
        if self.corrects:
            finalise = finalise_correction
        else:
            finalise = finalise_joint if self.kind == "joint" else finalise_individual

        def job() -> str:
            save_draft(s, "assessment", draft_id, child_id, fields)
            return finalise(s, draft_id)

        self.worker.submit(lambda: refusal_or_result(job), self._finalised, self._final_failed)

    def _finalised(self, result: str | ValidationFailed) -> None:
        self._set_busy(False)
        if isinstance(result, ValidationFailed):
            self.autosaver.resume()
            self.saved_label.setText(self.tr("Draft saved"))
            self._show_problems(result)
            return
        self.autosaver.finish()
        self.finalised_id = result
        self._show_errors([])
        self.accept()

    def _final_failed(self, message: str) -> None:
        self._set_busy(False)
        self.autosaver.resume()
        self.saved_label.clear()
        self._show_errors([message])

    def _show_problems(self, exc: ValidationFailed) -> None:
        lines = []
        for p in exc.problems:
            text = tr_message(p.message)
            lines.append(f"{self._field_name(p.where)}: {text}" if p.where else text)
        self._show_errors(lines or [str(exc)])
        target = next(
            (w for p in exc.problems if (w := self._field_widget(p.where)) is not None), None
        )
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form_scroll.ensureWidgetVisible(target)
            self.side_scroll.ensureWidgetVisible(target)

    def done(self, result: int) -> None:  # noqa: D102 - Qt API
        # Close only once what was typed is saved; a failed save keeps the dialogue open.
        if self.finalised_id is None and self.has_unsaved_changes():
            self._set_busy(True)
            self.autosaver.flush(
                lambda: QDialog.done(self, result), lambda _message: self._set_busy(False)
            )
            return
        super().done(result)
