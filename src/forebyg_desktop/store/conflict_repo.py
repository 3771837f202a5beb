"""Open sync conflicts (device-local table `sync_conflicts`, schema version 4).

One row per field edited concurrently on two devices, holding every
competing value ("heads", JSON) until a person resolves it. Which fields
conflict is decided by `sync.conflicts` from the operations alone; this
module only keeps its findings. Writes join the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from forebyg_desktop.store.materialiser import ENTITY_TABLES, chunks
from forebyg_desktop.store.record_store import Store


@dataclass(frozen=True)
class StoredConflict:
    """One open conflict as kept: `heads` is the JSON list of competing values."""

    entity: str
    entity_id: str
    field: str
    child_id: str | None
    heads: str
    detected: str


def records_in_conflict(store: Store) -> set[tuple[str, str]]:
    """(entity, id) of every record with an open conflict."""
    return {tuple(row) for row in store.db.execute("SELECT entity, entity_id FROM sync_conflicts")}


def fields_of(store: Store, entity: str, entity_id: str) -> dict[str, str]:
    """Field -> heads JSON of the record's open conflicts."""
    rows = store.db.execute(
        "SELECT field, heads FROM sync_conflicts WHERE entity = ? AND entity_id = ?",
        [entity, entity_id],
    )
    return {field: heads for field, heads in rows}


def keep(store: Store, conflict: StoredConflict) -> None:
    """Record the conflict, or replace the one kept for the same field."""
    store.db.execute(
        "INSERT OR REPLACE INTO sync_conflicts "
        "(entity, entity_id, field, child_id, heads, detected) VALUES (?,?,?,?,?,?)",
        [
            conflict.entity,
            conflict.entity_id,
            conflict.field,
            conflict.child_id,
            conflict.heads,
            conflict.detected,
        ],
    )


def settle(store: Store, entity: str, entity_id: str, field: str) -> None:
    """Forget the conflict of one field (it no longer has competing values)."""
    store.db.execute(
        "DELETE FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND field = ?",
        [entity, entity_id, field],
    )


def open_conflicts(store: Store) -> list[StoredConflict]:
    """Every open conflict, oldest found first (then by record and field)."""
    rows = store.db.execute(
        "SELECT entity, entity_id, field, child_id, heads, detected FROM sync_conflicts "
        "ORDER BY detected, entity, entity_id, field"
    )
    return [StoredConflict(*row) for row in rows]


def count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]


def writers(store: Store, entity: str, ids: Sequence[str]) -> dict[str, set[str]]:
    """Record id -> the devices whose writes it holds now (records not held are left out).

    Read from each row's last-writer-wins stamps "hlc/device": a record only
    one device wrote cannot be in conflict.
    """
    table = ENTITY_TABLES[entity].table
    found: dict[str, set[str]] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, clocks FROM {table} WHERE id IN ({marks})"
        for rid, clocks in store.db.execute(sql, list(chunk)):
            found[rid] = {stamp.split("/", 1)[1] for stamp in json.loads(clocks).values()}
    return found
