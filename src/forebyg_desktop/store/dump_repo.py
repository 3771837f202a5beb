"""Every shared record, table by table, for `forebyg dump`.

Only the record tables the change log makes (never device-local data such as
the audit log, drafts, conflicts or meta), tables by name and records by id,
so two stores holding the same operations read the same. Records are read
one at a time from the cursor, so a store of any size is read in little memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from forebyg_desktop.store.materialiser import DELETED, ENTITY_TABLES
from forebyg_desktop.store.record_store import Store


def tables() -> list[str]:
    """The names of the shared record tables, sorted."""
    return sorted(spec.table for spec in ENTITY_TABLES.values())


def records(store: Store, table: str) -> Iterator[dict]:
    """The table's records by id, each with its "id"; a deleted one only says so."""
    if table not in tables():
        raise ValueError(f"{table} is not a shared record table")
    for rid, data in store.db.execute(f"SELECT id, data FROM {table} ORDER BY id"):
        record = json.loads(data)
        if record.pop(DELETED, False):
            record = {"deleted": True}  # a tombstone keeps only that it was deleted
        record["id"] = rid
        yield record
