"""The signpost ("vejviser") beside an assessment: what to do now, and the duty.

Shows `core.guidance.Guidance` for the position and signs chosen so far: what
to do now, whom to involve and when to follow up; when the reporting duty
applies (Barnets Lov § 133) an unmissable red-bordered box with the
municipality's own wording, and on the abuse path that the parents must NOT be
informed first; when the signpost asks to consider a report, an amber box.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from forebyg_desktop.core.guidance import Guidance
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.ui.kit.i18n import current_language, tr_message
from forebyg_desktop.ui.kit.position_chip import chip_for

DUTY_STYLE = (
    "QFrame#dutyBox { border: 3px solid #B00020; border-radius: 4px; background: #FDECEE; }"
    " QFrame#dutyBox QLabel { color: #1A1A1A; }"
)
CONSIDER_STYLE = (
    "QFrame#considerBox { border: 3px solid #B26A00; border-radius: 4px; background: #FFF4E0; }"
    " QFrame#considerBox QLabel { color: #1A1A1A; }"
)


def _label(text: str = "", *, bold: bool = False, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class SignpostPanel(QWidget):
    """Live guidance for the assessment being written."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setAccessibleName(self.tr("Signpost"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.heading = _label(self.tr("Signpost"), bold=True, parent=self)
        self.position_label = _label(parent=self)
        self.hint = _label(
            self.tr("Choose a position to see what the signpost says to do."), parent=self
        )
        self.do_now_label = _label(parent=self)
        self.involve_label = _label(parent=self)
        self.follow_up_label = _label(parent=self)
        for w in (
            self.heading,
            self.position_label,
            self.hint,
            self.do_now_label,
            self.involve_label,
            self.follow_up_label,
        ):
            layout.addWidget(w)

        # The reporting duty: red border, heading, the municipality's own wording.
        self.duty_box = QFrame(self)
        self.duty_box.setObjectName("dutyBox")
        self.duty_box.setStyleSheet(DUTY_STYLE)
        self.duty_box.setAccessibleName(self.tr("Reporting duty"))
        duty = QVBoxLayout(self.duty_box)
        self.duty_heading = _label(
            "⚠ " + self.tr("Reporting duty (Barnets Lov § 133)"), bold=True, parent=self.duty_box
        )
        self.duty_reasons = _label(parent=self.duty_box)
        self.duty_text = _label(
            profile.reporting.duty_text.get(current_language()), parent=self.duty_box
        )
        self.how_to_report = _label(
            profile.reporting.how_to_report.get(current_language()), parent=self.duty_box
        )
        self.abuse_heading = _label(
            self.tr("Violence or abuse: do NOT inform the parents first"),
            bold=True,
            parent=self.duty_box,
        )
        self.abuse_text = _label(
            profile.reporting.abuse_path.get(current_language()), parent=self.duty_box
        )
        for w in (
            self.duty_heading,
            self.duty_reasons,
            self.duty_text,
            self.how_to_report,
            self.abuse_heading,
            self.abuse_text,
        ):
            duty.addWidget(w)
        layout.addWidget(self.duty_box)

        # The signpost asks to consider a report.
        self.consider_box = QFrame(self)
        self.consider_box.setObjectName("considerBox")
        self.consider_box.setStyleSheet(CONSIDER_STYLE)
        self.consider_box.setAccessibleName(self.tr("Consider a report"))
        consider = QVBoxLayout(self.consider_box)
        self.consider_heading = _label(
            self.tr("Consider a report (Barnets Lov § 133)"), bold=True, parent=self.consider_box
        )
        self.consider_text = _label(
            self.tr(
                "The signpost asks you to consider now whether there is reason to assume the "
                "child needs special support. If so, you must report it."
            ),
            parent=self.consider_box,
        )
        consider.addWidget(self.consider_heading)
        consider.addWidget(self.consider_text)
        consider.addWidget(
            _label(profile.reporting.how_to_report.get(current_language()), parent=self)
        )
        layout.addWidget(self.consider_box)
        layout.addStretch(1)
        self.show_guidance(None, date.today())

    # -- state ---------------------------------------------------------------

    def show_guidance(
        self,
        guidance: Guidance | None,
        assessment_date: date,
        *,
        duty_from_signs: bool = False,
        abuse_from_signs: bool = False,
    ) -> None:
        """Show `guidance` (None: no position yet).

        Without a position, `duty_from_signs` / `abuse_from_signs` still show
        the duty box: signs alone can bring the duty.
        """
        lang = current_language()
        self.guidance = guidance
        has = guidance is not None
        self.hint.setVisible(not has)
        for w in (self.position_label, self.do_now_label, self.involve_label):
            w.setVisible(has)
        self.follow_up_label.setVisible(has)
        if guidance is not None:
            sp = guidance.signpost
            self.position_label.setText(
                self.tr("Position: %1").replace("%1", chip_for(guidance.position).text)
            )
            self.do_now_label.setText(self.tr("Do now: %1").replace("%1", sp.do_now.get(lang)))
            self.involve_label.setText(self.tr("Involve: %1").replace("%1", sp.involve.get(lang)))
            when = guidance.follow_up_date(assessment_date)
            shown = QLocale().toString(
                QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat
            )
            self.follow_up_label.setText(
                self.tr("Follow up by %1 (in %n weeks)", "", sp.follow_up_weeks).replace(
                    "%1", shown
                )
            )
            duty, abuse, consider = (
                guidance.reporting_duty,
                guidance.abuse_path,
                guidance.consider_report,
            )
            reasons = "\n".join("• " + tr_message(m) for m in guidance.reasons)
        else:
            duty, abuse, consider = duty_from_signs or abuse_from_signs, abuse_from_signs, False
            reasons = ""
        self.duty_reasons.setText(reasons)
        self.duty_reasons.setVisible(bool(reasons))
        self.duty_box.setVisible(duty)
        self.abuse_heading.setVisible(abuse)
        self.abuse_text.setVisible(abuse)
        self.consider_box.setVisible(consider and not duty)
        self.reporting_duty, self.abuse_path, self.consider_report = duty, abuse, consider

    def visible_text(self) -> str:
        """Everything the panel shows now, top to bottom (for tests and screen readers)."""
        parts = []
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self) and label.text():
                parts.append(label.text())
        return "\n".join(parts)
