"""The sections of the assessment dialogue's form; layout only (see assessment_dialog.py).

Each section builds its fields and calls `changed` on every edit; the dialogue
reads and sets their values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.records import Assessment, ParentsInformed
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.position_chip import ChipLabel, chip_for, chip_icon

Changed = Callable[..., None]


def line_edit(parent: QWidget, name: str, accessible: str, changed: Changed) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.textChanged.connect(changed)
    return edit


def text_box(parent: QWidget, name: str, accessible: str, changed: Changed) -> QPlainTextEdit:
    """A multi-line field that Tab leaves."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(60)
    edit.setMaximumHeight(110)
    edit.textChanged.connect(changed)
    return edit


class JointPanel(QGroupBox):
    """A joint assessment: the individual ones side by side, which it rests on, and why."""

    def __init__(
        self,
        individuals: list[Assessment],
        profile: Profile,
        changed: Changed,
        parent: QWidget,
    ) -> None:
        super().__init__(self.tr("Individual assessments"), parent)
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.cards: list[QFrame] = []
        self.checks: list[QCheckBox] = []
        locale = QLocale()
        for a in individuals:
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            who = ", ".join(a.assessors)
            when = locale.toString(
                QDate(a.date.year, a.date.month, a.date.day), QLocale.FormatType.ShortFormat
            )
            spec = chip_for(profile.scale.position(a.position), a.position or None)
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
            check.setChecked(True)
            check.toggled.connect(changed)
            inner.addWidget(check)
            self.checks.append(check)
            row.addWidget(card)
            self.cards.append(card)
        if not individuals:
            row.addWidget(
                QLabel(self.tr("No individual assessments since the last joint one."), self)
            )
        row.addStretch(1)
        layout.addLayout(row)
        need = profile.practice.min_individual_assessors
        if need > 1:
            note = QLabel(
                self.tr(
                    "The profile asks for at least %n individual assessments by different staff.",
                    "",
                    need,
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.agreed_reason = text_box(
            self, "agreed_reason", self.tr("Why this agreed position"), changed
        )
        label = QLabel(self.tr("&Why this agreed position (required):"), self)
        label.setBuddy(self.agreed_reason)
        layout.addWidget(label)
        layout.addWidget(self.agreed_reason)


class PositionsBox(QGroupBox):
    """The scale's positions as radio buttons: chip, label and the profile's description."""

    def __init__(self, profile: Profile, changed: Changed, parent: QWidget) -> None:
        super().__init__(self.tr("Position on the scale"), parent)
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        lang = current_language()
        for p in profile.scale.positions:
            spec = chip_for(p)
            radio = QRadioButton(spec.text, self)
            radio.setIcon(chip_icon(spec, 16, self.palette()))
            radio.setAccessibleName(spec.text)
            description = p.description.get(lang)
            radio.setAccessibleDescription(description)
            radio.setObjectName(f"position_{p.key}")
            radio.toggled.connect(changed)
            self.group.addButton(radio)
            desc = QLabel(description, self)
            desc.setWordWrap(True)
            desc.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(radio)
            layout.addWidget(desc)
            self.buttons[p.key] = radio


class DescriptionsBox(QGroupBox):
    """What was seen, the child's and the parents' views, resources, the profile's questions."""

    def __init__(
        self,
        text_fields: tuple[str, ...],
        questions: list[tuple[str, str]],
        changed: Changed,
        parent: QWidget,
    ) -> None:
        super().__init__(self.tr("Descriptions"), parent)
        self.setAccessibleName(self.title())
        form = QFormLayout(self)
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
        for key in text_fields:
            shown, accessible = labels[key]
            edit = text_box(self, key, accessible, changed)
            label = QLabel(shown, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.texts[key] = edit
        self.answers: dict[str, QPlainTextEdit] = {}
        for key, text in questions:
            edit = text_box(self, f"answer_{key}", text, changed)
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.answers[key] = edit


class ReportBox(QGroupBox):
    """The report decision: reported (when, by whom) or not (why)."""

    def __init__(self, today: date, changed: Changed, parent: QWidget) -> None:
        super().__init__(self.tr("Report decision"), parent)
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.reported = QRadioButton(self.tr("&Reported to the municipality"), self)
        self.reported.setAccessibleName(self.tr("Reported"))
        self.not_reported = QRadioButton(self.tr("&Not reported"), self)
        self.not_reported.setAccessibleName(self.tr("Not reported"))
        for radio in (self.reported, self.not_reported):
            self.group.addButton(radio)
            radio.toggled.connect(changed)
            layout.addWidget(radio)
        form = QFormLayout()
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.setAccessibleName(self.tr("Report date"))
        self.date.dateChanged.connect(changed)
        self.date_label = QLabel(self.tr("Report &date:"), self)
        self.date_label.setBuddy(self.date)
        form.addRow(self.date_label, self.date)
        self.by = line_edit(self, "report_by", self.tr("Reported by"), changed)
        self.by_label = QLabel(self.tr("Reported &by:"), self)
        self.by_label.setBuddy(self.by)
        form.addRow(self.by_label, self.by)
        self.reason = line_edit(self, "report_reason", self.tr("Why no report was made"), changed)
        self.reason_label = QLabel(self.tr("Wh&y not:"), self)
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        layout.addLayout(form)


class ParentsBox(QGroupBox):
    """Whether and how the parents were told ("withheld" only on the abuse path)."""

    WITHHELD_INDEX = 3

    def __init__(self, changed: Changed, parent: QWidget) -> None:
        super().__init__(self.tr("The parents"), parent)
        self.setAccessibleName(self.title())
        form = QFormLayout(self)
        self.informed = QComboBox(self)
        self.informed.setAccessibleName(self.tr("Parents informed"))
        for text, value in (
            (self.tr("Not yet"), ParentsInformed.NOT_YET),
            (self.tr("Yes"), ParentsInformed.YES),
            (self.tr("No"), ParentsInformed.NO),
            (self.tr("Withheld (abuse path: not before the report)"), ParentsInformed.WITHHELD),
        ):
            self.informed.addItem(text, value.value)
        self.informed.currentIndexChanged.connect(changed)
        # The longest choice must not widen the side panel (1366 px, 150 %).
        self.informed.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.informed.setMinimumContentsLength(12)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        label = QLabel(self.tr("Parents &informed:"), self)
        label.setBuddy(self.informed)
        form.addRow(label, self.informed)
        self.how = line_edit(
            self, "parents_informed_how", self.tr("How the parents were informed"), changed
        )
        how_label = QLabel(self.tr("&How:"), self)
        how_label.setBuddy(self.how)
        form.addRow(how_label, self.how)
