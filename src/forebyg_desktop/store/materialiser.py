"""Materialise the record tables from change-log operations.

Every field merges last-writer-wins by its stamp "hlc/device" (fixed-width
HLC first, then device id), so applying the same set of operations in any
order gives the same tables: what sync relies on. A row's `clocks` keep a
default stamp under "*" (the stamp of the op that first wrote the row) and
only the fields written later by another op, which keeps rows small when a
record is written once, as most are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.changed import Changed, changed_children, follow_up_entity
from forebyg_desktop.store.operation import Change, Operation

DELETED = "_deleted"


@dataclass(frozen=True)
class EntityTable:
    """Where an entity type is materialised and which fields get a column."""

    table: str
    # column name -> field name (columns exist for filtering and sorting)
    columns: tuple[tuple[str, str], ...]


ENTITY_TABLES: dict[str, EntityTable] = {
    "child": EntityTable(
        "children",
        (
            ("name", "name"),
            ("group_name", "group"),
            ("birth_date", "birth_date"),
            ("archived", "archived"),
        ),
    ),
    "assessment": EntityTable(
        "assessments",
        (
            ("child_id", "child_id"),
            ("date", "date"),
            ("position", "position"),
            ("kind", "kind"),
            ("status", "status"),
            ("supersedes", "supersedes"),
        ),
    ),
    "plan": EntityTable(
        "plans", (("child_id", "child_id"), ("follow_up", "follow_up"), ("status", "status"))
    ),
    "evaluation": EntityTable(
        "evaluations", (("child_id", "child_id"), ("plan_id", "plan_id"), ("date", "date"))
    ),
    "consent": EntityTable("consents", (("child_id", "child_id"), ("expires", "expires"))),
    "handover": EntityTable(
        "handovers", (("child_id", "child_id"), ("date", "date"), ("direction", "direction"))
    ),
}


@dataclass
class MaterialRow:
    """One record being merged: its fields, per-field stamps and tombstone."""

    data: dict[str, Any]
    clocks: dict[str, str]
    # The canonical JSON of `data` while it is exactly one op's fields (saves
    # encoding the same fields twice on the common write-once path).
    encoded: str | None = None

    @property
    def deleted(self) -> bool:
        return bool(self.data.get(DELETED))

    def stamp_of(self, field: str) -> str:
        stamp = self.clocks.get(field)
        if stamp is not None:
            return stamp
        return self.clocks.get("*", "") if field in self.data else ""


def apply_operation(row: MaterialRow | None, op: Operation) -> MaterialRow:
    """Merge `op` into `row` (None: not seen yet) by last-writer-wins per field."""
    stamp = op.stamp
    fields = {DELETED: True} if op.kind == "delete" else op.fields
    if row is None:
        encoded = op.fields_json if op.kind == "put" else None
        return MaterialRow(dict(fields), {"*": stamp}, encoded)
    row.encoded = None
    for name, value in fields.items():
        if stamp > row.stamp_of(name):
            row.data[name] = value
            if stamp != row.clocks.get("*"):
                row.clocks[name] = stamp
    return row


def chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    """`items` in slices small enough for one SQL `IN (...)` list."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_rows(db: sqlite_utils.Database, spec: EntityTable, ids: Sequence[str]) -> dict:
    """Existing rows for `ids` as MaterialRows."""
    found: dict[str, MaterialRow] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, data, clocks FROM {spec.table} WHERE id IN ({marks})"
        for rid, data, clocks in db.execute(sql, list(chunk)):
            found[rid] = MaterialRow(json.loads(data), json.loads(clocks))
    return found


def row_values(spec: EntityTable, rid: str, row: MaterialRow) -> tuple:
    """The table row for a merged record: id, data, clocks, columns..., deleted."""
    cols = tuple(row.data.get(field) for _, field in spec.columns)
    data = row.encoded if row.encoded is not None else canonical_json(row.data)
    clocks = row.clocks
    # Most rows were written once: {"*": stamp}, encoded without the JSON encoder.
    encoded_clocks = f'{{"*":"{clocks["*"]}"}}' if len(clocks) == 1 else canonical_json(clocks)
    return (rid, data, encoded_clocks, *cols, int(row.deleted))


Merged = dict[str, dict[str, MaterialRow]]  # entity -> record id -> row


def merge_rows(db: sqlite_utils.Database, ops: Sequence[Operation]) -> Merged:
    """The rows `ops` touch, loaded and with `ops` applied (nothing written yet)."""
    by_entity: dict[str, list[Operation]] = {}
    for op in ops:
        by_entity.setdefault(op.entity, []).append(op)
    merged: Merged = {}
    for entity, entity_ops in by_entity.items():
        ids = list(dict.fromkeys(op.entity_id for op in entity_ops))
        rows = load_rows(db, ENTITY_TABLES[entity], ids)
        for op in entity_ops:
            rows[op.entity_id] = apply_operation(rows.get(op.entity_id), op)
        merged[entity] = rows
    return merged


def write_rows(db: sqlite_utils.Database, merged: Merged) -> None:
    """Store merged rows in their tables (inside the caller's transaction)."""
    for entity, rows in merged.items():
        spec = ENTITY_TABLES[entity]
        names = ["id", "data", "clocks", *(c for c, _ in spec.columns), "deleted"]
        marks = ",".join("?" * len(names))
        db.conn.executemany(
            f"INSERT OR REPLACE INTO {spec.table} ({','.join(names)}) VALUES ({marks})",
            [row_values(spec, rid, row) for rid, row in rows.items()],
        )


def materialise(
    db: sqlite_utils.Database, ops: Sequence[Operation], merged: Merged | None = None
) -> Changed:
    """Apply `ops` to the record tables (inside the caller's transaction); what changed.

    `merged`: the rows `merge_rows` (or an import's checks, which merge the
    same way) already made for these operations.
    """
    merged = merged if merged is not None else merge_rows(db, ops)
    write_rows(db, merged)
    return changed_by(merged)


def changed_by(merged: Merged) -> Changed:
    """The children whose records `merged` holds (every entity but a child names its child)."""
    children: set[str] = set()
    for entity, rows in merged.items():
        if entity == "child":
            children.update(rows)
        else:
            children.update(
                str(r.data["child_id"]) for r in rows.values() if r.data.get("child_id")
            )
    return changed_children(children, follow_ups=any(follow_up_entity(e) for e in merged))


def seen_stamps(
    db: sqlite_utils.Database, changes: Sequence[Change]
) -> dict[tuple[str, str], dict]:
    """Per changed record, the stamps of the values each local change replaces.

    A put replaces the fields it sets; a delete everything the record holds.
    New records (the common case) have none. Changes that name their `base`
    are left out.
    """
    by_entity: dict[str, list[str]] = {}
    for change in changes:
        if change.base is None:
            by_entity.setdefault(change.entity, []).append(change.entity_id)
    seen: dict[tuple[str, str], dict] = {}
    for entity, ids in by_entity.items():
        rows = load_rows(db, ENTITY_TABLES[entity], list(dict.fromkeys(ids)))
        if not rows:
            continue
        for change in changes:
            row = rows.get(change.entity_id)
            if change.entity != entity or row is None:
                continue
            names = row.data if change.kind == "delete" else change.fields
            seen[(entity, change.entity_id)] = {
                name: [row.stamp_of(name)] for name in names if row.stamp_of(name)
            }
    return seen
