"""Refused hub files (device-local): which file, why, and its size and time when refused.

A file is not read again while its size and modification time are the ones
recorded (a sync engine or a person changing it changes them); a file refused
for a reason that may pass (an internal error) is recorded without them, so
the next sync tries it again.
"""

from __future__ import annotations

from forebyg_desktop.store.record_store import Store


def unchanged_refused(store: Store) -> dict[str, tuple[int, int]]:
    """File name -> (size, mtime_ns) of refused files not to be read again unchanged."""
    rows = store.db.execute(
        "SELECT file, size, mtime_ns FROM sync_quarantine "
        "WHERE size IS NOT NULL AND mtime_ns IS NOT NULL"
    )
    return {file: (size, mtime) for file, size, mtime in rows}


def record(
    store: Store,
    file: str,
    reason: str,
    detected: str,
    size: int | None,
    mtime_ns: int | None,
) -> bool:
    """Record (or update) a refused file; True if it was not refused before."""
    known = store.db.execute("SELECT 1 FROM sync_quarantine WHERE file = ?", [file]).fetchone()
    store.db.execute(
        "INSERT INTO sync_quarantine (file, reason, detected, size, mtime_ns) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (file) DO UPDATE SET reason = excluded.reason, "
        "size = excluded.size, mtime_ns = excluded.mtime_ns",
        [file, reason, detected, size, mtime_ns],
    )
    return known is None


def clear(store: Store, file: str) -> None:
    store.db.execute("DELETE FROM sync_quarantine WHERE file = ?", [file])


def refused(store: Store) -> list[tuple[str, str, str]]:
    """(file, reason JSON, detected) of every refused file, newest first."""
    rows = store.db.execute(
        "SELECT file, reason, detected FROM sync_quarantine ORDER BY detected DESC, file"
    )
    return [tuple(row) for row in rows]


def count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
