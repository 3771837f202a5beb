"""Table model of a child's chronology (newest first, as the service returns it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.child.chronology_service import ChronologyEntry
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.plain_text import plain_tooltip

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class ChronologyTableModel(QAbstractTableModel):
    """Columns: date, what, details; superseded entries say so in words."""

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.entries: list[ChronologyEntry] = []
        self._headers = (self.tr("Date"), self.tr("What"), self.tr("Details"))

    def set_entries(self, entries: list[ChronologyEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._date, self._what, self._details)[index.column()](entry)
        if role == Qt.ItemDataRole.ToolTipRole:  # notes in full, never rendered as markup
            return plain_tooltip((self._date, self._what, self._details)[index.column()](entry))
        return None

    def _date(self, e: ChronologyEntry) -> str:
        try:
            return QLocale().toString(date.fromisoformat(e.date), "dd.MM.yyyy")
        except ValueError:
            return e.date

    def _position(self, key: str | None) -> str:
        pos = self.profile.scale.position(key or "")
        if pos is None:
            return key or "–"
        return f"{pos.label.get(current_language())} {pos.symbol}".strip()

    def _what(self, e: ChronologyEntry) -> str:
        r = e.record
        if e.entity == "assessment":
            text = (
                self.tr("Joint assessment: {position}")
                if r.get("kind") == "joint"
                else self.tr("Individual assessment: {position}")
            ).format(position=self._position(r.get("position")))
            if r.get("supersedes"):
                text += " " + self.tr("(correction)")
            if e.superseded_by:
                text += " " + self.tr("(superseded by a correction)")
            return text
        if e.entity == "plan":
            tpl = self.profile.plan_template(r.get("template", ""))
            name = tpl.label.get(current_language()) if tpl else r.get("template", "")
            status = self.tr("closed") if r.get("status") == "closed" else self.tr("open")
            return self.tr("Action plan: {name} ({status})").format(name=name, status=status)
        if e.entity == "evaluation":
            decisions = {
                "continue": self.tr("continue"),
                "step_up": self.tr("step up"),
                "step_down": self.tr("step down"),
                "close": self.tr("close"),
            }
            return self.tr("Plan evaluation: {decision}").format(
                decision=decisions.get(r.get("decision", ""), r.get("decision", ""))
            )
        return self.tr("Consent to share with {recipient}").format(recipient=r.get("recipient", ""))

    def _details(self, e: ChronologyEntry) -> str:
        r = e.record
        lang = current_language()
        if e.entity == "assessment":
            signs = [self.profile.sign(k) for k in r.get("signs", [])]
            labels = [s.label.get(lang) for s in signs if s is not None]
            text = ", ".join(labels) or self.tr("No signs ticked")
            assessors = ", ".join(r.get("assessors", []))
            return f"{text} — {assessors}" if assessors else text
        if e.entity == "plan":
            goals = "; ".join(g.get("goal", "") for g in r.get("goals", []))
            return self.tr("Goals: {goals}. Follow-up {date}").format(
                goals=goals, date=r.get("follow_up", "")
            )
        if e.entity == "evaluation":
            return r.get("note", "")
        return r.get("purpose", "")
