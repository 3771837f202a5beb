"""The store: an encrypted SQLite file holding the change log, the tables
materialised from it, device-local metadata and the audit log.

Every write goes through `write()`: operations are appended to the log,
materialised and audited in one transaction, so a crash leaves either the
whole logical change or none of it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from forebyg_desktop.core.hlc import HybridClock, Timestamp
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.profile_loader import ProfileError
from forebyg_desktop.store import record_query
from forebyg_desktop.store.audit_repo import AuditEvent, AuditLog, write_events
from forebyg_desktop.store.changed import NOTHING, Changed
from forebyg_desktop.store.connection import (
    DbError,
    DbIntegrityError,
    create_database,
    open_database,
)
from forebyg_desktop.store.errors import (
    ImportRefused,
    RecordNotFound,
    StoreCorrupt,
    store_message,
)
from forebyg_desktop.store.import_rules import (
    check_and_merge,
    observe_stamps,
    refuse_malformed,
)
from forebyg_desktop.store.materialiser import Merged, materialise, seen_stamps
from forebyg_desktop.store.operation import OPLOG_COLUMNS, Change, Operation
from forebyg_desktop.store.profile_repo import load_bundled_profile
from forebyg_desktop.store.schema import SCHEMA_VERSION, migrate

# How far ahead of this computer's clock a received change may be stamped. Laptop
# clocks can be off by days; a stamp further ahead is a wrong clock or a forgery
# that would pin everyone's clock to the future (issue 9, point 4).
CLOCK_MARGIN_MS = 14 * 86_400_000  # 14 days


@dataclass(frozen=True)
class Received:
    """Where imported operations came from: the signing device and its roster person."""

    device: str
    person: str = ""  # the name the team roster gives the device's person; "" unknown

    def actor(self) -> str:
        """Who made the change, as this store records it: the roster's person."""
        return self.person or f"device {self.device}"

    def detail(self) -> str:
        """The audit detail's start: which device (and person) it was received from."""
        who = f" ({self.person})" if self.person else ""
        return f"received from device {self.device}{who}"


class Store:
    """One user's encrypted store on one device."""

    # Received changes stamped further ahead of this computer's clock are refused
    # (ImportFromFuture) until the clock catches up; IT may set another margin.
    clock_margin_ms: int = CLOCK_MARGIN_MS

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.migration_backup: Path | None = None
        self._in_tx = False
        self._changed = NOTHING  # what writes changed since `take_changed`
        meta = self.meta()
        if "device_id" not in meta:
            raise StoreCorrupt(
                store_message(
                    QT_TRANSLATE_NOOP("Store", "{path} is not a Forebyg store (no device id)."),
                    path=str(path),
                )
            )
        self.device_id: str = meta["device_id"]
        self.user: str = meta.get("user", "")
        self.profile_id: str = meta.get("profile_id", "")
        self.audit = AuditLog(db, self.device_id)

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, user: str, profile_id: str, role: str = "staff"
    ) -> Store:
        """Create a new store at `path` (refuses to overwrite an existing one)."""
        db = create_database(path, passphrase)
        try:
            migrate(db, None)
            with _transaction(db):
                db.conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("device_id", str(uuid.uuid4())),
                        ("user", user),
                        ("role", role),
                        ("profile_id", profile_id),
                        ("hlc", Timestamp(0, 0).encode()),
                    ],
                )
        except BaseException:
            db.conn.close()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
            raise
        return cls(db, path)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Store:
        """Open and unlock `path`, migrating an older schema (after a backup)."""
        db = open_database(path, passphrase)
        try:
            backup = migrate(db, path)
            store = cls(db, path)
        except DbError as exc:
            db.conn.close()
            raise StoreCorrupt(
                store_message(
                    QT_TRANSLATE_NOOP("Store", "The store {path} is damaged: {reason}"),
                    path=str(path),
                    reason=str(exc),
                )
            ) from exc
        except BaseException:
            db.conn.close()
            raise
        store.migration_backup = backup
        return store

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- metadata -------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    # -- transactions ------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction per logical change; nested use joins the outer one."""
        if self._in_tx:
            yield
            return
        self._in_tx = True
        try:
            with _transaction(self.db):
                yield
        finally:
            self._in_tx = False

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Many transactions in a row (demo data, large imports).

        WAL checkpoints are held back until the end: on large stores the
        checkpoint would otherwise re-encrypt and rewrite the same B-tree pages
        after every batch. Each transaction stays atomic and durable.
        """
        self.db.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.db.execute("PRAGMA wal_autocheckpoint = 1000")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- writing ---------------------------------------------------------------

    def write(self, changes: Sequence[Change], *, actor: str | None = None) -> Changed:
        """Append `changes` as operations, materialise and audit them, atomically.

        Returns what changed (store/changed.py), which is also kept for `take_changed`.
        """
        actor = actor or self.user
        with self.transaction():
            seq = self.db.execute(
                "SELECT coalesce(max(seq), 0) FROM oplog WHERE device = ?", [self.device_id]
            ).fetchone()[0]
            clock = HybridClock(Timestamp.decode(self.meta_value("hlc")))
            seen = seen_stamps(self.db, changes)
            ops = []
            for change in changes:
                seq += 1
                ops.append(
                    Operation(
                        op_id=new_id(),
                        device=self.device_id,
                        seq=seq,
                        hlc=clock.tick().encode(),
                        actor=actor,
                        entity=change.entity,
                        entity_id=change.entity_id,
                        kind=change.kind,
                        fields=change.fields,
                        base=change.base
                        if change.base is not None
                        else seen.get((change.entity, change.entity_id), {}),
                    )
                )
            changed = self._append(ops, actor)
        self._changed |= changed  # once committed
        return changed

    def import_operations(
        self,
        ops: Sequence[Operation],
        *,
        received: Received | None = None,
        profile: Profile | None = None,
    ) -> int:
        """Apply operations made elsewhere; returns how many were new.

        An operation is identified by (device, seq): one already held is
        skipped, so importing twice changes nothing, while an operation that
        takes the place of a different one held (same device and number, or
        the same device's op id at another number) raises ImportRefused and
        nothing is written. `received` names the device the operations came
        from and its person: the audit log says so, and the actor stored is
        that person. The clock observes the newest operation so later local
        changes sort after it. Sync builds on this.

        New operations obey the rules local input obeys (store.import_rules):
        a clock stamp that is malformed or more than `clock_margin_ms` ahead
        of this computer's clock (ImportFromFuture, which a later try may
        accept), a change of a finalised assessment, or a field that breaks
        the input rules raises ImportRefused for the whole batch, naming the
        device, operation and field. `profile` is this device's profile, for
        the keys of records made with it (default: the bundled profile of the
        store's profile id; pass the adopted one when a pack made it newer).
        """
        refuse_malformed(ops)
        with self.transaction():
            held = record_query.held_op_ids(self.db, ops)
            new = []
            for op in ops:
                other = held.get((op.device, op.seq))
                if other is None:
                    new.append(op)
                elif other != op.op_id:
                    raise ImportRefused(
                        store_message(
                            QT_TRANSLATE_NOOP(
                                "Store",
                                "Operation {seq} of device {device} differs from the one "
                                "already held under that number.",
                            ),
                            seq=op.seq,
                            device=op.device,
                        )
                    )
            if not new:
                return 0
            newest = self._observe(new)
            merged = check_and_merge(
                self.db,
                new,
                profile if profile is not None else self._own_profile(),
                check_actor=received is None,
            )
            if received is not None:
                actor = received.actor()
                new = [_with_actor(op, actor) for op in new]
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", [newest.encode()])
            try:
                changed = self._append(new, self.user, received, merged)
            except DbIntegrityError as exc:  # the device's op id reused at another number
                raise ImportRefused(
                    store_message(
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "Operations of device {device} reuse operation ids it already used.",
                        ),
                        device=new[0].device,
                    )
                ) from exc
        self._changed |= changed  # once committed
        return len(new)

    def _observe(self, ops: Sequence[Operation]) -> Timestamp:
        """The clock after observing `ops`; ImportRefused if a stamp is out of bounds."""
        clock = HybridClock(
            Timestamp.decode(self.meta_value("hlc")), max_forward_ms=self.clock_margin_ms
        )
        return observe_stamps(ops, clock)

    def _own_profile(self) -> Profile | None:
        """The bundled profile of the store's profile id (None if there is none)."""
        try:
            return load_bundled_profile(self.profile_id)
        except ProfileError:
            return None

    def _append(
        self,
        ops: Sequence[Operation],
        actor: str,
        received: Received | None = None,
        merged: Merged | None = None,
    ) -> Changed:
        if not ops:
            return NOTHING
        self.db.conn.executemany(
            f"INSERT INTO oplog ({OPLOG_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [op.row() for op in ops],
        )
        last = max(op.hlc for op in ops)
        if last > self.meta_value("hlc"):
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", [last])
        changed = materialise(self.db, ops, merged)
        if received is None:
            self.audit.record(actor, write_events(self.db, ops))
        else:
            self.audit.record(received.actor(), write_events(self.db, ops, received.detail()))
        return changed

    def note_changed(self, changed: Changed) -> None:
        """Add what a write outside `write`/`import_operations` changed (a repository's)."""
        self._changed |= changed

    def take_changed(self) -> Changed:
        """What the writes since the last call changed (theirs and imported), then forget it.

        The screens' refresh path (store/changed.py): a dialogue's writes, taken
        when it closes, refresh only those children.
        """
        changed, self._changed = self._changed, NOTHING
        return changed

    def meta_value(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    # -- reading ---------------------------------------------------------------

    def get(self, entity: str, entity_id: str, *, include_deleted: bool = False) -> dict:
        """The record's fields (with "id"); raises RecordNotFound."""
        found = record_query.one(self.db, entity, entity_id, include_deleted=include_deleted)
        if found is None:
            raise RecordNotFound.of(entity, entity_id)
        return found

    def lookup(self, entity: str, entity_id: str, *, include_deleted: bool = False) -> dict | None:
        """The record's fields (with "id"), or None when there is no such record."""
        return record_query.one(self.db, entity, entity_id, include_deleted=include_deleted)

    def find(self, entity: str, *, include_deleted: bool = False) -> list[dict]:
        """Every record of `entity`, by id (named queries for fewer: the *_repo modules)."""
        return record_query.select(self.db, entity, include_deleted=include_deleted)

    def operations(self) -> Iterator[Operation]:
        """Every change-log operation in (device, seq) order (fewer: store.oplog_repo)."""
        return record_query.operations(self.db)

    def record_reads(self, events: Iterable[AuditEvent], *, actor: str | None = None) -> None:
        """Audit reads of children's records (in their own small transaction)."""
        with self.transaction():
            self.audit.record(actor or self.user, events)


def _with_actor(op: Operation, actor: str) -> Operation:
    """`op` as made by `actor`, keeping its fields' canonical encoding (not encoded again)."""
    changed = dataclasses.replace(op, actor=actor)
    if "fields_json" in op.__dict__:
        changed.__dict__["fields_json"] = op.__dict__["fields_json"]
    return changed


@contextlib.contextmanager
def _transaction(db: sqlite_utils.Database) -> Iterator[None]:
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
