"""Change-log queries beyond Store's own: one device's or one record's operations,
high-water marks, export ranges, held op ids, renumbering, and withdrawing a
removed device's refused operations.

High-water marks need no table of their own: a device's operations are
applied in contiguous sequence order only, so the highest number held for a
device is its mark, moved in the same transaction that imports them.

Renumbering exists for one case only: a store restored from a backup (or an
old store file on a re-installed laptop) made new local operations under
numbers its device had already used and exported before the restore. Those
new operations were never exported (exports resume after the restored mark),
so no other device holds them under these numbers, and moving them after the
operations recovered from the hub keeps every number meaning one operation.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlite_utils

from forebyg_desktop.store import record_query
from forebyg_desktop.store.changed import EVERYTHING
from forebyg_desktop.store.materialiser import ENTITY_TABLES, apply_operation, row_values
from forebyg_desktop.store.operation import OPLOG_COLUMNS, Operation
from forebyg_desktop.store.record_store import Store

# The payload's row layout (sync/bundle_payload.py): the oplog columns minus device.
ROW_COLUMNS = "op_id, seq, hlc, actor, entity, entity_id, kind, fields, base"


def of_device(store: Store, device: str, *, after: int = 0) -> Iterator[Operation]:
    """`device`'s operations held here, numbered after `after`, in order."""
    return record_query.operations(store.db, "device = ? AND seq > ?", [device, after])


def of_record(store: Store, entity: str, entity_id: str) -> list[Operation]:
    """Every operation on one record, in (device, seq) order."""
    return list(
        record_query.operations(store.db, "entity = ? AND entity_id = ?", [entity, entity_id])
    )


def high_water_marks(store: Store) -> dict[str, int]:
    """Per device, the highest sequence number held (contiguous from 1)."""
    return dict(store.db.execute("SELECT device, max(seq) FROM oplog GROUP BY device").fetchall())


def high_water_mark(store: Store, device: str) -> int:
    """The highest sequence number of `device` held here (0: none)."""
    row = store.db.execute("SELECT max(seq) FROM oplog WHERE device = ?", [device])
    return row.fetchone()[0] or 0


def last_actor(store: Store, device: str) -> str:
    """Who made `device`'s newest operation held here ("" when none is)."""
    row = store.db.execute(
        "SELECT actor FROM oplog WHERE device = ? ORDER BY seq DESC LIMIT 1", (device,)
    ).fetchone()
    return row[0] if row else ""


def rows_after(store: Store, device: str, after: int, limit: int) -> list[tuple]:
    """Up to `limit` operation rows of `device` numbered after `after`, in order."""
    cur = store.db.execute(
        f"SELECT {ROW_COLUMNS} FROM oplog WHERE device = ? AND seq > ? ORDER BY seq LIMIT ?",
        [device, after, limit],
    )
    return [tuple(row) for row in cur]


def op_ids(store: Store, device: str, low: int, high: int) -> dict[int, str]:
    """seq -> op id of `device`'s operations numbered `low`..`high` held here."""
    return record_query.op_ids(store.db, device, low, high)


def renumber(store: Store, device: str, start: int, first_new: int) -> int:
    """Move `device`'s operations numbered `start` and up to `first_new`, `first_new`+1, ...

    Order is kept. Call inside a transaction; returns how many were moved.
    """
    db = store.db
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


def drop_after(store: Store, device: str, cap: int) -> list[tuple[str, str, str]]:
    """Remove `device`'s operations numbered after `cap` and rebuild the records they touched.

    For one case only: operations of a device removed from the team that were
    imported here before this device learnt of the removal, which every other
    device refuses. Call inside a transaction; returns (kind, entity, id) of
    every operation removed, for the audit log.
    """
    db = store.db
    dropped = [
        (kind, entity, entity_id)
        for kind, entity, entity_id in db.execute(
            "SELECT kind, entity, entity_id FROM oplog WHERE device = ? AND seq > ? ORDER BY seq",
            [device, cap],
        )
    ]
    db.execute("DELETE FROM oplog WHERE device = ? AND seq > ?", [device, cap])
    rebuild(db, list(dict.fromkeys((entity, entity_id) for _k, entity, entity_id in dropped)))
    if dropped:
        store.note_changed(EVERYTHING)  # rare: the screens reload rather than trace each record
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
