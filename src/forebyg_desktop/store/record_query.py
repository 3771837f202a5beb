"""Reading the materialised record tables and the change log by condition.

Store-internal: the repositories (`*_repo.py`) and `Store` build their named
queries on these, so the SQL text for records stays in `store/`. Conditions
are on the tables' indexed columns (store.schema); a record comes back as its
fields with its "id".
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlite_utils

from forebyg_desktop.store.materialiser import ENTITY_TABLES
from forebyg_desktop.store.operation import OPLOG_COLUMNS, Operation


def select(
    db: sqlite_utils.Database,
    entity: str,
    where: str = "",
    params: Sequence[Any] = (),
    order_by: str = "id",
    *,
    include_deleted: bool = False,
) -> list[dict]:
    """Records of `entity` matching an SQL condition on its indexed columns."""
    spec = ENTITY_TABLES[entity]
    clauses = [c for c in (where, "" if include_deleted else "deleted = 0") if c]
    sql = f"SELECT id, data FROM {spec.table}"
    if clauses:
        sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
    sql += f" ORDER BY {order_by}"
    return [{"id": rid, **json.loads(data)} for rid, data in db.execute(sql, params)]


def one(
    db: sqlite_utils.Database, entity: str, entity_id: str, *, include_deleted: bool
) -> dict | None:
    """The record's fields (with "id"), or None when there is none (or it is deleted)."""
    spec = ENTITY_TABLES[entity]
    row = db.execute(f"SELECT data, deleted FROM {spec.table} WHERE id = ?", [entity_id]).fetchone()
    if row is None or (row[1] and not include_deleted):
        return None
    return {"id": entity_id, **json.loads(row[0])}


def operations(
    db: sqlite_utils.Database, where: str = "", params: Sequence[Any] = ()
) -> Iterator[Operation]:
    """Change-log operations matching an SQL condition, in (device, seq) order."""
    sql = f"SELECT {OPLOG_COLUMNS} FROM oplog"
    if where:
        sql += f" WHERE {where}"
    sql += " ORDER BY device, seq"
    for row in db.execute(sql, params):
        yield Operation.from_row(tuple(row))


def held_op_ids(db: sqlite_utils.Database, ops: Sequence[Operation]) -> dict[tuple[str, int], str]:
    """(device, seq) -> op id of the operations among `ops` already in the log."""
    held: dict[tuple[str, int], str] = {}
    by_device: dict[str, list[int]] = {}
    for op in ops:
        by_device.setdefault(op.device, []).append(op.seq)
    for device, seqs in by_device.items():
        for seq, op_id in op_ids(db, device, min(seqs), max(seqs)).items():
            held[(device, seq)] = op_id
    return held


def op_ids(db: sqlite_utils.Database, device: str, low: int, high: int) -> dict[int, str]:
    """seq -> op id of `device`'s operations numbered `low`..`high` held here."""
    cur = db.execute(
        "SELECT seq, op_id FROM oplog WHERE device = ? AND seq BETWEEN ? AND ?",
        [device, low, high],
    )
    return dict(cur.fetchall())


def child_of(db: sqlite_utils.Database, entity: str, entity_id: str) -> str | None:
    """The child a held record is about (None: not held, or about no child)."""
    spec = ENTITY_TABLES[entity]
    row = db.execute(f"SELECT child_id FROM {spec.table} WHERE id = ?", [entity_id]).fetchone()
    return row[0] if row else None
