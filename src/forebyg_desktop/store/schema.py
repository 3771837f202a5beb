"""Schema versions of the store and the ordered steps that migrate between them.

The version lives in `PRAGMA user_version`. Each step moves the schema up by
one and runs in its own transaction; before the first step on an existing
store a backup copy is written next to it (`store.db.v{N}.bak`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from forebyg_desktop.atomic_file import copy_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.errors import StoreTooNew, store_message

# Materialised record tables: (table, extra indexed columns taken from the fields).
# `data` holds every field as canonical JSON, `clocks` the per-field
# last-writer-wins stamps "hlc/device" (see materialiser.py).
_RECORD_COLUMNS = "id TEXT PRIMARY KEY, data TEXT NOT NULL, clocks TEXT NOT NULL"


def _v1(db: sqlite_utils.Database) -> None:
    """Initial schema: meta, change log, children, assessments, plans, audit."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE oplog (
            op_id TEXT PRIMARY KEY,
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hlc TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('put', 'delete')),
            fields TEXT NOT NULL,
            UNIQUE (device, seq)
        )"""
    )
    db.execute(
        f"""CREATE TABLE children ({_RECORD_COLUMNS},
            name TEXT, group_name TEXT, birth_date TEXT, deleted INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        f"""CREATE TABLE assessments ({_RECORD_COLUMNS},
            child_id TEXT, date TEXT, position TEXT, kind TEXT, status TEXT,
            supersedes TEXT, deleted INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        f"""CREATE TABLE plans ({_RECORD_COLUMNS},
            child_id TEXT, follow_up TEXT, status TEXT, deleted INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            ts TEXT NOT NULL,
            actor TEXT NOT NULL,
            device TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            child_id TEXT,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )


def _v2(db: sqlite_utils.Database) -> None:
    """Plan evaluations and consents; indexes for per-child reads and the log."""
    db.execute(
        f"""CREATE TABLE evaluations ({_RECORD_COLUMNS},
            child_id TEXT, plan_id TEXT, date TEXT, deleted INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute(
        f"""CREATE TABLE consents ({_RECORD_COLUMNS},
            child_id TEXT, expires TEXT, deleted INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute("CREATE INDEX oplog_entity ON oplog (entity, entity_id)")
    db.execute("CREATE INDEX oplog_hlc ON oplog (hlc, device)")
    for table in ("assessments", "plans", "evaluations", "consents"):
        db.execute(f"CREATE INDEX {table}_child ON {table} (child_id)")
    db.execute("CREATE INDEX assessments_supersedes ON assessments (supersedes)")
    db.execute("CREATE INDEX children_group ON children (group_name)")
    db.execute("CREATE INDEX audit_child ON audit (child_id)")


def _v3(db: sqlite_utils.Database) -> None:
    """Device-local drafts; partial covering indexes for the overview and follow-ups.

    `drafts` holds what a dialogue autosaves before it is finalised. It is not
    in the change log, so it is never synced or dumped, but it lives in the
    encrypted file like every record. The two partial indexes hold exactly the
    columns `store.overview_repo` reads, so the group picture of 20,000
    children reads small index pages instead of decrypting every record.
    """
    db.execute(
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            child_id TEXT,
            data TEXT NOT NULL,
            updated TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX drafts_child ON drafts (child_id)")
    db.execute(
        """CREATE INDEX assessments_final ON assessments (child_id, date, id, kind, position)
            WHERE status = 'final' AND deleted = 0"""
    )
    db.execute(
        """CREATE INDEX plans_open ON plans (follow_up, child_id, id)
            WHERE status = 'open' AND deleted = 0"""
    )


def _v4(db: sqlite_utils.Database) -> None:
    """Sync: the stamps each operation's writer saw, conflicts, quarantined bundles.

    `oplog.base` holds, per field, the stamps of the values an operation
    replaced (see Operation.base); older operations have none, which only
    means they are never reported as conflicting. `sync_conflicts` holds one
    row per field edited concurrently on two devices, with every competing
    value, until a person resolves it; `sync_quarantine` the hub files that
    were refused, with the reason shown to the user. Both are device-local.
    """
    db.execute("ALTER TABLE oplog ADD COLUMN base TEXT NOT NULL DEFAULT '{}'")
    db.execute(
        """CREATE TABLE sync_conflicts (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            child_id TEXT,
            heads TEXT NOT NULL,
            detected TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id, field)
        )"""
    )
    db.execute(
        """CREATE TABLE sync_quarantine (
            file TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            detected TEXT NOT NULL
        )"""
    )


def _v5(db: sqlite_utils.Database) -> None:
    """Handovers of a child's record between institutions (sent and received)."""
    db.execute(
        f"""CREATE TABLE handovers ({_RECORD_COLUMNS},
            child_id TEXT, date TEXT, direction TEXT, deleted INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute("CREATE INDEX handovers_child ON handovers (child_id)")


def _v6(db: sqlite_utils.Database) -> None:
    """Operations are identified per device; refused hub files remember their size and time.

    An operation is the pair (device, seq); its op id is unique only within its
    own device, so a device reusing another device's op ids can never make an
    import skip that device's operation as "already held". The table is
    rebuilt because SQLite cannot change a primary key in place.

    `sync_quarantine` keeps the size and modification time a refused file had,
    so a sync does not read it again until either changes.
    """
    db.execute(
        """CREATE TABLE oplog_v6 (
            op_id TEXT NOT NULL,
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hlc TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('put', 'delete')),
            fields TEXT NOT NULL,
            base TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (device, seq),
            UNIQUE (device, op_id)
        )"""
    )
    db.execute(
        "INSERT INTO oplog_v6 (op_id, device, seq, hlc, actor, entity, entity_id, kind, "
        "fields, base) SELECT op_id, device, seq, hlc, actor, entity, entity_id, kind, "
        "fields, base FROM oplog"
    )
    db.execute("DROP TABLE oplog")
    db.execute("ALTER TABLE oplog_v6 RENAME TO oplog")
    db.execute("CREATE INDEX oplog_entity ON oplog (entity, entity_id)")
    db.execute("CREATE INDEX oplog_hlc ON oplog (hlc, device)")
    db.execute("ALTER TABLE sync_quarantine ADD COLUMN size INTEGER")
    db.execute("ALTER TABLE sync_quarantine ADD COLUMN mtime_ns INTEGER")


def _v7(db: sqlite_utils.Database) -> None:
    """Children can be archived (they left): the day, as a column the overview filters on.

    Archived children leave the overview and the follow-ups; the partial index
    holds exactly the columns the overview reads of the children still here.
    Records written before this version have no `archived` field (NULL).
    """
    db.execute("ALTER TABLE children ADD COLUMN archived TEXT")
    db.execute("UPDATE children SET archived = json_extract(data, '$.archived')")
    db.execute(
        """CREATE INDEX children_present ON children (group_name, name, id, birth_date)
            WHERE archived IS NULL AND deleted = 0"""
    )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def backup_path(store_path: Path, version: int) -> Path:
    return store_path.with_name(f"{store_path.name}.v{version}.bak")


def _backup(db: sqlite_utils.Database, store_path: Path, version: int) -> Path:
    """Copy the (encrypted) store file aside before migrating; atomic and private."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = backup_path(store_path, version)
    copy_atomic(store_path, target)
    return target


def migrate(db: sqlite_utils.Database, store_path: Path | None) -> Path | None:
    """Bring the schema to SCHEMA_VERSION; returns the backup written, if any."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise StoreTooNew(
            store_message(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "This store was written by a newer version of Forebyg (schema {found}; "
                    "this program knows up to {known}). Update the program.",
                ),
                found=current,
                known=SCHEMA_VERSION,
            )
        )
    backup = None
    if 0 < current < SCHEMA_VERSION and store_path is not None:
        backup = _backup(db, store_path, current)
    conn = db.conn
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](db)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return backup
