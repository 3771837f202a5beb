"""Sync conflicts for a person to resolve: list them, pick the value to keep.

The value shown meanwhile is the last writer's (the same on every device);
resolving writes a new operation that knowingly replaces every competing
value, so the conflict closes on every device once it has synced.
"""

from __future__ import annotations

from dataclasses import dataclass

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.materialiser import DELETED
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync import conflicts
from forebyg_desktop.sync.conflicts import Head

_CTX = "Conflict"


@dataclass(frozen=True)
class Conflict:
    """One open conflict. `options` are the competing values, index = choice."""

    key: str  # "entity/entity_id/field": pass to resolve_conflict
    entity: str
    entity_id: str
    field: str  # "_deleted": an edit made on one device to a record deleted on another
    child_id: str | None
    options: list[Head]
    detected: str

    @property
    def is_deletion(self) -> bool:
        return self.field == DELETED


def list_conflicts(session: Session) -> list[Conflict]:
    """Open conflicts, oldest first (reading them is audited per child)."""
    store = session.store
    with store.transaction():
        # Local edits since the last sync may have settled some: derive them afresh.
        conflicts.refresh(store, {(r.entity, r.entity_id) for r in conflicts.open_conflicts(store)})
    rows = conflicts.open_conflicts(store)
    children = sorted({r.child_id for r in rows if r.child_id})
    if children:
        session.store.record_reads(
            AuditEvent("read", "child", cid, cid, "sync conflict") for cid in children
        )
    return [
        Conflict(r.key, r.entity, r.entity_id, r.field, r.child_id, r.heads, r.detected)
        for r in rows
    ]


def resolve_conflict(session: Session, key: str, choice: int) -> None:
    """Keep option `choice` of conflict `key`; one new operation, synced like any other."""
    store = session.store
    try:
        entity, entity_id, field = key.split("/", 2)
    except ValueError as exc:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Conflict", "{key} is not a conflict key."),
                {"key": repr(key)},
            )
        ) from exc
    current = {c.key: c for c in conflicts.open_conflicts(store)}.get(key)
    if current is None:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Conflict",
                    "That conflict is no longer open (resolved here or on another device).",
                ),
            )
        )
    if not 0 <= choice < len(current.heads):
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Conflict", "Choose an option from 0 to {last}."),
                {"last": len(current.heads) - 1},
            )
        )
    chosen = current.heads[choice]
    stamps = [h.stamp for h in current.heads]
    with store.transaction():
        if field != DELETED:
            change = Change(entity, entity_id, {field: chosen.value}, base={field: stamps})
        elif chosen.kind == "delete":
            # Keep it deleted: the new tombstone replaces every value now held.
            ops = conflicts.record_operations(store, entity, entity_id)
            seen = {name: [op.stamp for op in hs] for name, hs in conflicts.heads(ops).items()}
            change = Change(entity, entity_id, {}, kind="delete", base=seen)
        else:
            # Keep the edit: restore the record; the edited values are already held.
            deletions = [h.stamp for h in current.heads if h.kind == "delete"]
            change = Change(entity, entity_id, {DELETED: False}, base={DELETED: deletions})
        store.write([change])
        conflicts.refresh(store, [(entity, entity_id)])
