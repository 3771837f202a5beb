"""`forebyg check`: the store's file integrity, the change log against the
materialised tables, and the audit chain.

The comparison streams the log ordered by (entity, id) beside each table
ordered by id, so it runs in constant memory on a store of any size.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator

from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.materialiser import ENTITY_TABLES, MaterialRow, apply_operation
from forebyg_desktop.store.operation import OPLOG_COLUMNS, Operation
from forebyg_desktop.store.record_store import Store

_MAX_REPORTED = 20


def _file_problems(store: Store) -> list[str]:
    problems = [
        f"encrypted page check: {r[0]}" for r in store.db.execute("PRAGMA cipher_integrity_check")
    ]
    result = [r[0] for r in store.db.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems += [f"database integrity: {r}" for r in result]
    return problems


def _sequence_problems(store: Store) -> list[str]:
    problems = []
    for device, count, low, high in store.db.execute(
        "SELECT device, count(*), min(seq), max(seq) FROM oplog GROUP BY device"
    ):
        if low != 1 or high != count:
            problems.append(
                f"change log of device {device} has gaps: {count} operations numbered {low}..{high}"
            )
    return problems


def _replayed(store: Store, entity: str) -> Iterator[tuple[str, MaterialRow]]:
    cur = store.db.execute(
        f"SELECT {OPLOG_COLUMNS} FROM oplog WHERE entity = ? ORDER BY entity_id", [entity]
    )
    ops = (Operation.from_row(tuple(r)) for r in cur)
    for entity_id, group in itertools.groupby(ops, key=lambda op: op.entity_id):
        row = None
        for op in group:
            row = apply_operation(row, op)
        assert row is not None
        yield entity_id, row


def _table_problems(store: Store, entity: str) -> list[str]:
    spec = ENTITY_TABLES[entity]
    problems: list[str] = []
    table = iter(store.db.execute(f"SELECT id, data, deleted FROM {spec.table} ORDER BY id"))
    current = next(table, None)
    for entity_id, row in _replayed(store, entity):
        while current is not None and current[0] < entity_id:
            problems.append(f"{spec.table}: row {current[0]} has no operations in the change log")
            current = next(table, None)
        if current is None or current[0] != entity_id:
            problems.append(f"{spec.table}: {entity} {entity_id} from the change log is missing")
            continue
        if json.loads(current[1]) != row.data or bool(current[2]) != row.deleted:
            problems.append(f"{spec.table}: {entity} {entity_id} differs from its change log")
        current = next(table, None)
        if len(problems) >= _MAX_REPORTED:
            return problems
    while current is not None:
        problems.append(f"{spec.table}: row {current[0]} has no operations in the change log")
        current = next(table, None)
    return problems


def check_store(store: Store, witnesses: Iterable[AuditWitness] = ()) -> list[str]:
    """Every problem found (an empty list means the store is sound).

    `witnesses` are heads of this device's audit chain held outside the store
    (sync gathers them from the device's own signed bundles in the hub).
    """
    problems = _file_problems(store)
    problems += _sequence_problems(store)
    for entity in ENTITY_TABLES:
        problems += _table_problems(store, entity)
    problems += store.audit.verify()
    problems += store.audit.verify_witnesses(witnesses)
    return problems
