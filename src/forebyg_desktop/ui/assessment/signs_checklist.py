"""Checklists of the profile's signs (per domain) and protective factors.

Plain widgets: they know the profile's keys and labels, emit `changed` when a
box is ticked or cleared, and know nothing about drafts or the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from forebyg_desktop.core.profile import ProtectiveFactor, SignDomain
from forebyg_desktop.ui.kit.i18n import current_language


class _BoxLabel(QLabel):
    """A check box's text that wraps to the width there is; a click ticks the box.

    QCheckBox cannot wrap its text, and long Danish sign texts would otherwise
    widen the form beyond a 1366-pixel screen (or any screen at 150%).
    """

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


class _Checklist(QWidget):
    """Check boxes keyed by profile key, in group boxes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, QCheckBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._extra: list[str] = []  # ticked keys with no box (e.g. another age band)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _add_group(self, title: str, items: Iterable[tuple[str, str]]) -> QGroupBox:
        group = QGroupBox(title, self)
        group.setAccessibleName(title)
        inner = QVBoxLayout(group)
        for key, label in items:
            row = QHBoxLayout()
            box = QCheckBox(group)
            box.setAccessibleName(label)
            box.setObjectName(f"check_{key}")
            box.toggled.connect(self.changed)
            text = _BoxLabel(label, box, group)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            inner.addLayout(row)
            self._boxes[key] = box
            self._labels[key] = text
        self._layout.addWidget(group)
        return group

    def checkbox(self, key: str) -> QCheckBox:
        return self._boxes[key]

    def label(self, key: str) -> QLabel:
        """The (wrapping) text shown beside the check box."""
        return self._labels[key]

    def keys(self) -> list[str]:
        return list(self._boxes)

    def selected(self) -> list[str]:
        """Ticked keys in display order, then kept keys that have no box here."""
        ticked = [k for k, b in self._boxes.items() if b.isChecked()]
        return ticked + [k for k in self._extra if k not in self._boxes]

    def set_selected(self, keys: Iterable[str]) -> None:
        """Tick exactly `keys` without emitting `changed`; unknown keys are kept."""
        wanted = [k for k in keys if isinstance(k, str)]
        self._extra = [k for k in wanted if k not in self._boxes]
        for key, box in self._boxes.items():
            old = box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(old)


class SignsChecklist(_Checklist):
    """The signs for the child's age, one group box per domain."""

    def __init__(self, domains: Sequence[SignDomain], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.groups: list[QGroupBox] = []
        for domain in domains:
            items = [(s.key, s.label.get(lang)) for s in domain.signs]
            self.groups.append(self._add_group(domain.label.get(lang), items))
        self._layout.addStretch(1)


class ProtectiveChecklist(_Checklist):
    """The profile's protective factors in one group box."""

    def __init__(
        self, factors: Sequence[ProtectiveFactor], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        lang = current_language()
        self.group = self._add_group(title, [(f.key, f.label.get(lang)) for f in factors])
        self._layout.addStretch(1)
