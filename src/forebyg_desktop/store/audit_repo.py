"""The append-only, hash-chained audit log of every read and write of a child's record.

Each entry's hash covers the previous entry's hash and the entry itself, and
the head (hash and count) is kept in `meta` in the same transaction, so an
edited, removed, reordered or truncated entry is detected by `verify()`.
The audit log is device-local: it is never synced or dumped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from forebyg_desktop.store.operation import Operation
from forebyg_desktop.store.record_query import child_of

GENESIS = "0" * 64
_COLUMNS = ("seq", "ts", "actor", "device", "action", "entity", "entity_id", "child_id", "detail")


@dataclass(frozen=True)
class AuditWitness:
    """A point of a device's audit chain held outside its store: entry `count` had `head`.

    Sync carries the head in the device's signed bundles, so the team and the
    hub keep witnesses a person with the passphrase cannot rewrite.
    """

    count: int
    head: str


@dataclass(frozen=True)
class AuditEvent:
    """What happened: `action` is "read", "write", "export", ..."""

    action: str
    entity: str
    entity_id: str
    child_id: str | None
    detail: str = ""


def _entry_hash(prev_hash: str, values: tuple) -> str:
    # Fields joined by the ASCII unit separator, None as "\x00": unambiguous for
    # the values stored here and far cheaper than JSON on bulk writes.
    payload = "\x1f".join("\x00" if v is None else str(v) for v in values)
    return hashlib.sha256(f"{prev_hash}\x1e{payload}".encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class AuditLog:
    """Append and verify audit entries; call `record` inside a transaction."""

    def __init__(self, db: sqlite_utils.Database, device: str) -> None:
        self.db = db
        self.device = device

    def head(self) -> AuditWitness:
        """The chain's current head: how many entries, and the last entry's hash."""
        count, head = self._head()
        return AuditWitness(count, head)

    def _head(self) -> tuple[int, str]:
        rows = dict(
            self.db.execute(
                "SELECT key, value FROM meta WHERE key IN ('audit_count', 'audit_head')"
            ).fetchall()
        )
        return int(rows.get("audit_count", 0)), rows.get("audit_head", GENESIS)

    def record(self, actor: str, events: Iterable[AuditEvent]) -> int:
        """Append `events` by `actor`; returns how many were written."""
        count, prev = self._head()
        ts = _now()
        rows = []
        for ev in events:
            count += 1
            values = (
                count,
                ts,
                actor,
                self.device,
                ev.action,
                ev.entity,
                ev.entity_id,
                ev.child_id,
                ev.detail,
            )
            digest = _entry_hash(prev, values)
            rows.append((*values, prev, digest))
            prev = digest
        if not rows:
            return 0
        self.db.conn.executemany(
            f"INSERT INTO audit ({', '.join(_COLUMNS)}, prev_hash, hash) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("audit_count", str(count)), ("audit_head", prev)],
        )
        return len(rows)

    def verify(self) -> list[str]:
        """Problems with the chain (empty when intact)."""
        problems: list[str] = []
        prev = GENESIS
        expected_seq = 0
        cols = ", ".join(_COLUMNS)
        for row in self.db.execute(f"SELECT {cols}, prev_hash, hash FROM audit ORDER BY seq"):
            values, prev_hash, digest = tuple(row[:9]), row[9], row[10]
            expected_seq += 1
            if values[0] != expected_seq:
                problems.append(f"audit entry {expected_seq} is missing (found {values[0]})")
                expected_seq = values[0]
            if prev_hash != prev or _entry_hash(prev, values) != digest:
                problems.append(f"audit entry {values[0]} was altered (hash chain broken)")
                return problems
            prev = digest
        count, head = self._head()
        if count != expected_seq or head != prev:
            problems.append(
                f"audit log ends at entry {expected_seq} but {count} were written "
                "(entries removed from the end)"
            )
        return problems

    def verify_witnesses(self, witnesses: Iterable[AuditWitness]) -> list[str]:
        """Problems where the chain disagrees with heads witnessed outside the store."""
        problems: list[str] = []
        for witness in sorted(set(witnesses), key=lambda w: w.count):
            if witness.count == 0:
                continue
            row = self.db.execute(
                "SELECT hash FROM audit WHERE seq = ?", [witness.count]
            ).fetchone()
            if row is None:
                problems.append(
                    f"audit entry {witness.count} is missing, but the team holds its hash "
                    "(the audit log was cut short)"
                )
            elif row[0] != witness.head:
                problems.append(
                    f"audit entry {witness.count} differs from the hash the team holds "
                    "(the audit log was rewritten)"
                )
            if len(problems) >= 20:
                break
        return problems

    def entries(self, child_id: str | None = None) -> list[dict]:
        """Audit entries, oldest first, optionally for one child."""
        cols = ", ".join(_COLUMNS)
        if child_id is None:
            cur = self.db.execute(f"SELECT {cols} FROM audit ORDER BY seq")
        else:
            cur = self.db.execute(
                f"SELECT {cols} FROM audit WHERE child_id = ? ORDER BY seq", [child_id]
            )
        return [dict(zip(_COLUMNS, row, strict=True)) for row in cur]


def write_events(
    db: sqlite_utils.Database, ops: Sequence[Operation], origin: str = ""
) -> Iterator[AuditEvent]:
    """One audit entry per child per logical change, naming every record written.

    `origin` ("received from device ...") starts the detail of imported writes.
    (store.integrity reads these details back to compare with the change log.)
    """
    prefix = f"{origin}: " if origin else ""
    by_child: dict[str | None, list[Operation]] = {}
    for op in ops:
        child_id = op.entity_id if op.entity == "child" else op.fields.get("child_id")
        if child_id is None:
            child_id = child_of(db, op.entity, op.entity_id)
        by_child.setdefault(child_id, []).append(op)
    for child_id, group in by_child.items():
        if len(group) == 1:
            op = group[0]
            yield AuditEvent("write", op.entity, op.entity_id, child_id, prefix + op.kind)
        else:
            detail = "; ".join(f"{op.kind} {op.entity} {op.entity_id}" for op in group)
            yield AuditEvent("write", "records", "*", child_id, prefix + detail)
