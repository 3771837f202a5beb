"""Change-log queries sync needs beyond Store's own: export ranges, held op ids,
renumbering, and withdrawing a removed device's refused operations.

Renumbering exists for one case only: a store restored from a backup (or an
old store file on a re-installed laptop) made new local operations under
numbers its device had already used and exported before the restore. Those
new operations were never exported (exports resume after the restored mark),
so no other device holds them under these numbers, and moving them after the
operations recovered from the hub keeps every number meaning one operation.
"""

from __future__ import annotations

import sqlite_utils

from forebyg_desktop.store.materialiser import ENTITY_TABLES, apply_operation, row_values
from forebyg_desktop.store.operation import OPLOG_COLUMNS, Operation

# The payload's row layout (sync/bundle.py): the oplog columns minus device.
ROW_COLUMNS = "op_id, seq, hlc, actor, entity, entity_id, kind, fields, base"


def rows_after(db: sqlite_utils.Database, device: str, after: int, limit: int) -> list[tuple]:
    """Up to `limit` operation rows of `device` numbered after `after`, in order."""
    cur = db.execute(
        f"SELECT {ROW_COLUMNS} FROM oplog WHERE device = ? AND seq > ? ORDER BY seq LIMIT ?",
        [device, after, limit],
    )
    return [tuple(row) for row in cur]


def op_ids(db: sqlite_utils.Database, device: str, low: int, high: int) -> dict[int, str]:
    """seq -> op id of `device`'s operations numbered `low`..`high` held here."""
    cur = db.execute(
        "SELECT seq, op_id FROM oplog WHERE device = ? AND seq BETWEEN ? AND ?",
        [device, low, high],
    )
    return dict(cur.fetchall())


def renumber(db: sqlite_utils.Database, device: str, start: int, first_new: int) -> int:
    """Move `device`'s operations numbered `start` and up to `first_new`, `first_new`+1, ...

    Order is kept. Call inside a transaction; returns how many were moved.
    """
    moved = db.execute(
        "SELECT count(*) FROM oplog WHERE device = ? AND seq >= ?", [device, start]
    ).fetchone()[0]
    if moved and first_new != start:
        # Through negative numbers: the key (device, seq) must stay unique at each row.
        db.execute(
            "UPDATE oplog SET seq = -(seq - ? + ?) WHERE device = ? AND seq >= ?",
            [start, first_new, device, start],
        )
        db.execute("UPDATE oplog SET seq = -seq WHERE device = ? AND seq < 0", [device])
    return moved


def drop_after(db: sqlite_utils.Database, device: str, cap: int) -> list[tuple[str, str, str]]:
    """Remove `device`'s operations numbered after `cap` and rebuild the records they touched.

    For one case only: operations of a device removed from the team that were
    imported here before this device learnt of the removal, which every other
    device refuses. Call inside a transaction; returns (kind, entity, id) of
    every operation removed, for the audit log.
    """
    dropped = [
        (kind, entity, entity_id)
        for kind, entity, entity_id in db.execute(
            "SELECT kind, entity, entity_id FROM oplog WHERE device = ? AND seq > ? ORDER BY seq",
            [device, cap],
        )
    ]
    db.execute("DELETE FROM oplog WHERE device = ? AND seq > ?", [device, cap])
    rebuild(db, list(dict.fromkeys((entity, entity_id) for _k, entity, entity_id in dropped)))
    return dropped


def rebuild(db: sqlite_utils.Database, records: list[tuple[str, str]]) -> None:
    """Materialise `records` afresh from the operations the log holds for them."""
    for entity, entity_id in records:
        spec = ENTITY_TABLES[entity]
        row = None
        for op_row in db.execute(
            f"SELECT {OPLOG_COLUMNS} FROM oplog WHERE entity = ? AND entity_id = ? "
            "ORDER BY hlc, device",
            [entity, entity_id],
        ):
            row = apply_operation(row, Operation.from_row(tuple(op_row)))
        if row is None:
            db.execute(f"DELETE FROM {spec.table} WHERE id = ?", [entity_id])
            continue
        names = ["id", "data", "clocks", *(c for c, _ in spec.columns), "deleted"]
        db.execute(
            f"INSERT OR REPLACE INTO {spec.table} ({','.join(names)}) "
            f"VALUES ({','.join('?' * len(names))})",
            list(row_values(spec, entity_id, row)),
        )
