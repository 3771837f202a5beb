"""Concurrent edits of one field on two devices: found, kept, resolved by a person.

Last-writer-wins (materialiser.py) decides what every device shows, the same
everywhere. Whether two writes *conflict* is decided from the operations
alone, so every device that holds the same operations finds the same
conflicts, whatever order they arrived in: a write is a "head" of a field
unless a later write replaced it knowingly (its `base` names the head's
stamp) or the same device wrote the field again. Two heads with different
values are a conflict. A delete replaces every field value it saw; an edit
on another device that the delete did not see is surfaced as a conflict of
the record's "_deleted" field (edit against a deleted record), never lost.
Finalised assessments are immutable and never conflict.

Work is limited to records an imported operation touches where another
device already wrote: the only way a second head can appear.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from forebyg_desktop.store import conflict_repo, oplog_repo
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.conflict_repo import StoredConflict
from forebyg_desktop.store.materialiser import DELETED
from forebyg_desktop.store.operation import Operation
from forebyg_desktop.store.record_store import Store


@dataclass(frozen=True)
class Head:
    """One competing value of a conflicted field."""

    stamp: str
    device: str
    actor: str
    kind: str  # "put", or "delete" for the deletion in an edit-vs-delete conflict
    value: object  # the field's value; for an edit against a deletion, the edited fields

    def as_json(self) -> dict:
        return dict(self.__dict__)


def candidates(store: Store, ops: Sequence[Operation]) -> set[tuple[str, str]]:
    """Records (before `ops` are applied) that other devices wrote too, or in conflict."""
    by_entity: dict[str, list[Operation]] = {}
    for op in ops:
        by_entity.setdefault(op.entity, []).append(op)
    open_records = conflict_repo.records_in_conflict(store)
    found: set[tuple[str, str]] = set()
    for entity, entity_ops in by_entity.items():
        ids = list(dict.fromkeys(op.entity_id for op in entity_ops))
        writers = conflict_repo.writers(store, entity, ids)
        for op in entity_ops:
            devices = writers.get(op.entity_id)
            if devices is None:
                continue
            key = (entity, op.entity_id)
            if key in open_records or any(d != op.device for d in devices):
                found.add(key)
    return found


def _value(op: Operation, name: str) -> str:
    return "true" if op.kind == "delete" else canonical_json(op.fields.get(name))


def heads(ops: Iterable[Operation]) -> dict[str, list[Operation]]:
    """Per field (and "_deleted"), the writes nobody has knowingly replaced.

    A write's base stamp replaces the write it names and every older write of
    the same value: its writer saw that value, whichever of the equal writes
    it happened to be stamped with. A device's later write replaces its own
    earlier ones.
    """
    ops = list(ops)
    writes: dict[str, dict[str, Operation]] = {}
    latest: dict[tuple[str, str], Operation] = {}
    for op in ops:
        for name in [DELETED] if op.kind == "delete" else list(op.fields):
            writes.setdefault(name, {})[op.stamp] = op
            key = (name, op.device)
            if key not in latest or op.seq > latest[key].seq:
                latest[key] = op
    replaced: set[tuple[str, str]] = set()
    for op in ops:
        for name, stamps in op.base.items():
            field_writes = writes.get(name, {})
            for stamp in stamps:
                replaced.add((name, stamp))
                seen = field_writes.get(stamp)
                if seen is not None:
                    value = _value(seen, name)
                    replaced.update(
                        (name, w.stamp)
                        for w in field_writes.values()
                        if w.stamp < stamp and _value(w, name) == value
                    )
    result: dict[str, list[Operation]] = {}
    for (name, _device), op in sorted(latest.items()):
        if (name, op.stamp) not in replaced:
            result.setdefault(name, []).append(op)
    return result


def _conflicts(ops: list[Operation]) -> dict[str, list[Head]]:
    """Field -> competing heads, for one record's operations."""
    if any(op.entity == "assessment" and op.fields.get("status") == "final" for op in ops):
        return {}  # finalised assessments are immutable: corrections are new records
    by_field = heads(ops)
    found: dict[str, list[Head]] = {}
    for name, field_heads in by_field.items():
        if name == DELETED:
            continue
        if len({canonical_json(op.fields[name]) for op in field_heads}) > 1:
            found[name] = [
                Head(op.stamp, op.device, op.actor, "put", op.fields[name]) for op in field_heads
            ]
    deletes = [op for op in by_field.get(DELETED, []) if op.kind == "delete"]
    if deletes:
        edits = {
            op.op_id: op
            for name, field_heads in by_field.items()
            if name != DELETED
            for op in field_heads
            if any(op.device != d.device for d in deletes)
        }
        if edits:
            found[DELETED] = [Head(d.stamp, d.device, d.actor, "delete", None) for d in deletes] + [
                Head(op.stamp, op.device, op.actor, "put", op.fields)
                for op in sorted(edits.values(), key=lambda o: o.stamp)
            ]
    return found


def record_operations(store: Store, entity: str, entity_id: str) -> list[Operation]:
    return oplog_repo.of_record(store, entity, entity_id)


def refresh(store: Store, records: Iterable[tuple[str, str]]) -> int:
    """Re-derive the conflict rows of `records` (in the caller's transaction); returns new ones."""
    added = 0
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for entity, entity_id in records:
        ops = record_operations(store, entity, entity_id)
        found = _conflicts(ops)
        held = conflict_repo.fields_of(store, entity, entity_id)
        for name in held.keys() - found.keys():
            conflict_repo.settle(store, entity, entity_id, name)
        child_id = entity_id if entity == "child" else _child_of(ops)
        for name, competing in found.items():
            encoded = canonical_json([h.as_json() for h in competing])
            if held.get(name) == encoded:
                continue
            added += name not in held
            conflict_repo.keep(
                store, StoredConflict(entity, entity_id, name, child_id, encoded, now)
            )
    return added


def _child_of(ops: list[Operation]) -> str | None:
    for op in ops:
        if op.fields.get("child_id"):
            return str(op.fields["child_id"])
    return None


@dataclass(frozen=True)
class ConflictRow:
    """An open conflict as stored."""

    entity: str
    entity_id: str
    field: str
    child_id: str | None
    heads: list[Head]
    detected: str

    @property
    def key(self) -> str:
        return f"{self.entity}/{self.entity_id}/{self.field}"


def open_conflicts(store: Store) -> list[ConflictRow]:
    return [
        ConflictRow(c.entity, c.entity_id, c.field, c.child_id, _heads(c.heads), c.detected)
        for c in conflict_repo.open_conflicts(store)
    ]


def _heads(encoded: str) -> list[Head]:
    return [Head(**h) for h in json.loads(encoded)]
