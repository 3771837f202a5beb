"""Change-log queries sync needs beyond Store's own: export ranges, held op ids, renumbering.

Renumbering exists for one case only: a store restored from a backup (or an
old store file on a re-installed laptop) made new local operations under
numbers its device had already used and exported before the restore. Those
new operations were never exported (exports resume after the restored mark),
so no other device holds them under these numbers, and moving them after the
operations recovered from the hub keeps every number meaning one operation.
"""

from __future__ import annotations

import sqlite_utils

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
