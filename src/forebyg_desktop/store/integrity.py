"""`forebyg check`: the store's file integrity, the change log against the
materialised tables, the audit chain, and the change log against the audit log.

The comparison streams the log ordered by (entity, id) beside each table
ordered by id, so it runs in constant memory on a store of any size.

Every write the store makes is audited in the same transaction, naming each
operation's kind, record type and id. So the operations the audit log records
and those the change log holds must be the same (multi)set: operations deleted
from the log (with or without their table rows) or slipped into it show up as a
difference. The sets are compared by a sum of hashes and counts in one streaming
pass; only when they differ is a second, partitioned pass made to name the
records (memory bounded by the partition size).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.materialiser import ENTITY_TABLES, MaterialRow, apply_operation
from forebyg_desktop.store.operation import OPLOG_COLUMNS, Operation
from forebyg_desktop.store.record_store import Store

_MAX_REPORTED = 20
_PARTITION = 50_000  # operations held in memory at once when naming the records that differ
_MASK = (1 << 64) - 1
# One operation in an audit entry's detail: "put child <id>" (see audit_repo.write_events).
_AUDITED_OP = re.compile(r"(put|delete) ([a-z]+) (\S+)")

Audited = tuple[str, str, str]  # kind, entity, record id


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


def _audited_ops(store: Store) -> Iterator[tuple[int, Audited]]:
    """(+1 or -1, (kind, entity, id)) of every operation the audit log records.

    +1 for an operation written: a single operation's entry names its record in
    the entity columns and its kind at the end of the detail ("put", or
    "received from device X (P): put"); several operations of one change share
    an entry "records *" whose detail lists them ("put child <id>; put
    assessment <id>"), after the same prefix when imported. The list is read
    from the end, so a prefix holding odd characters (a person's name) cannot
    add or hide an operation. -1 for each operation a "withdraw" entry says was
    taken out of the change log again (a removed device's refused changes):
    its detail ends with their kinds ("...: put; put").
    """
    cur = store.db.execute(
        "SELECT action, entity, entity_id, detail FROM audit "
        "WHERE action IN ('write', 'withdraw') ORDER BY seq"
    )
    for action, entity, entity_id, detail in cur:
        if action == "withdraw":
            if entity in ENTITY_TABLES:
                for kind in detail.rsplit(": ", 1)[-1].split("; "):
                    yield -1, (kind, entity, entity_id)
        elif entity in ENTITY_TABLES:
            yield 1, (detail.rsplit(": ", 1)[-1], entity, entity_id)
        elif (entity, entity_id) == ("records", "*"):
            yield from ((1, op) for op in _listed_ops(detail))


def _listed_ops(detail: str) -> list[Audited]:
    items = detail.split("; ")
    found: list[Audited] = []
    while items:
        item = items.pop()
        match = _AUDITED_OP.fullmatch(item)
        if match is None:
            # The first operation, after the "received from ...: " prefix.
            match = _AUDITED_OP.fullmatch(item.rsplit(": ", 1)[-1])
            if match is not None:
                found.append((match[1], match[2], match[3]))
            break
        found.append((match[1], match[2], match[3]))
    found.reverse()
    return found


def _logged_ops(store: Store) -> Iterator[tuple[int, Audited]]:
    cur = store.db.execute("SELECT kind, entity, entity_id FROM oplog")
    return ((1, (kind, entity, entity_id)) for kind, entity, entity_id in cur)


def _fingerprint(ops: Iterable[tuple[int, Audited]]) -> tuple[int, int]:
    """How many (net), and a signed sum of hashes that does not depend on the order."""
    count = total = 0
    for sign, op in ops:
        count += sign
        total = (total + sign * hash(op)) & _MASK
    return count, total


def _audit_log_problems(store: Store) -> list[str]:
    """Where the operations the audit log records and those the change log holds differ."""
    audited, logged = _fingerprint(_audited_ops(store)), _fingerprint(_logged_ops(store))
    if audited == logged:
        return []
    problems: list[str] = []
    parts = max(1, -(-max(audited[0], logged[0], 1) // _PARTITION))
    for part in range(parts):
        diff: Counter[Audited] = Counter()
        for sign, op in _audited_ops(store):
            if hash(op) % parts == part:
                diff[op] += sign
        for _sign, op in _logged_ops(store):
            if hash(op) % parts == part:
                diff[op] -= 1
        for (kind, entity, entity_id), n in sorted(diff.items()):
            if n > 0:
                problems.append(
                    f"the audit log records {n} more {kind} operation(s) on {entity} "
                    f"{entity_id} than the change log holds (operations were deleted)"
                )
            elif n < 0:
                problems.append(
                    f"the change log holds {-n} {kind} operation(s) on {entity} {entity_id} "
                    "that the audit log does not record (operations were added outside "
                    "the program)"
                )
            if len(problems) >= _MAX_REPORTED:
                return problems
    if not problems:  # a hash collision would be needed; say so rather than nothing
        problems.append("the change log and the audit log disagree about the operations written")
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
    problems += _audit_log_problems(store)
    return problems
