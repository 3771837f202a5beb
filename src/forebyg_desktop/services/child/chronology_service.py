"""A child's chronology: everything recorded about the child, newest first.

Opening it is a read of the child's record and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import assessment_repo, child_repo
from forebyg_desktop.store.audit_repo import AuditEvent

# Entity types in a chronology, and the field holding each one's date.
_DATED = (
    ("assessment", "date"),
    ("plan", "created"),
    ("evaluation", "date"),
    ("consent", "given_date"),
)


@dataclass(frozen=True)
class ChronologyEntry:
    """One record in the chronology."""

    entity: str
    id: str
    date: str
    record: dict
    superseded_by: str | None = None
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        out = {"entity": self.entity, "id": self.id, "date": self.date, "record": self.record}
        if self.superseded_by:
            out["superseded_by"] = self.superseded_by
        return out


def chronology(
    session: Session, child_id: str, *, include_handovers: bool = False
) -> tuple[dict, list[ChronologyEntry]]:
    """The child and every record about them, newest first (audited as a read).

    Handovers (sent or received) are included on request: screens that do not
    show them yet leave them out.
    """
    store = session.store
    child = store.get("child", child_id)
    entries: list[ChronologyEntry] = []
    superseded = assessment_repo.corrected_in(store, child_id)
    dated = (*_DATED, ("handover", "date")) if include_handovers else _DATED
    for entity, date_field in dated:
        for record in child_repo.records_about(store, entity, child_id):
            # Plans from before `created` existed fall back to their follow-up date.
            date = record.get(date_field) or record.get("date") or record.get("follow_up", "")
            entries.append(
                ChronologyEntry(entity, record["id"], date, record, superseded.get(record["id"]))
            )
    # Newest first; a correction sorts before what it corrects on the same day.
    entries.sort(key=lambda e: (e.date, e.superseded_by is None, e.id), reverse=True)
    store.record_reads([AuditEvent("read", "child", child_id, child_id, "chronology")])
    return child, entries


def _position_label(profile: Profile, key: str | None) -> str:
    pos = profile.scale.position(key or "")
    return f"{pos.label.en} [{pos.symbol or key}]" if pos else str(key)


def _handover_text(r: dict) -> str:
    if r.get("direction") == "received":
        return f"received by handover from {r.get('counterpart')} (purpose: {r.get('purpose')})"
    receipt = r.get("receipt_date")
    status = f"received by them {receipt}" if receipt else "no receipt yet"
    return f"handed over to {r.get('counterpart')} ({status})"


def format_chronology(profile: Profile, child: dict, entries: list[ChronologyEntry]) -> str:
    """Plain-text chronology for the CLI."""
    lines = [f"{child['name']} (born {child['birth_date']}, {child['group']})", ""]
    if not entries:
        lines.append("Nothing recorded yet.")
    for e in entries:
        r = e.record
        if e.entity == "assessment":
            kind = "joint" if r.get("kind") == "joint" else "individual"
            text = f"{kind} assessment: {_position_label(profile, r.get('position'))}"
            if r.get("signs"):
                text += f"; signs: {', '.join(r['signs'])}"
            if r.get("status") != "final":
                text += " (draft)"
            if r.get("supersedes"):
                text += f"; corrects {r['supersedes']}"
        elif e.entity == "plan":
            goals = "; ".join(g.get("goal", "") for g in r.get("goals", []))
            text = f"action plan ({r.get('template')}, {r.get('status')}): {goals}; follow-up {r.get('follow_up')}"
        elif e.entity == "evaluation":
            text = f"plan evaluation: {r.get('decision')}"
        elif e.entity == "handover":
            text = _handover_text(r)
        else:
            text = f"consent to share with {r.get('recipient')} until {r.get('expires')}"
        if e.superseded_by:
            text += f"  [superseded by {e.superseded_by}]"
        lines.append(f"{e.date}  {text}  ({e.id})")
    return "\n".join(lines)
