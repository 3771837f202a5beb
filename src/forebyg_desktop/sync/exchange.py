"""Export this device's new operations to the hub; import other devices' bundles.

Export writes only this device's own operations (imported ones travel in
their own device's files), in bundles of at most BUNDLE_OPS, and advances a
mark in meta after each file, so an interrupted export resumes where it
stopped. Import takes each device's bundles in sequence order and applies
only operations directly after what is held (the high-water mark is the
highest sequence number held), each bundle in one transaction with conflict
detection. A bundle after a gap waits until the gap is filled; a bad bundle
is quarantined with its reason and the other devices' bundles still import.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.store.connection import DbIntegrityError
from forebyg_desktop.store.errors import ImportRefused
from forebyg_desktop.store.record_store import Received
from forebyg_desktop.sync import conflicts
from forebyg_desktop.sync.bundle import ROW_COLUMNS, open_bundle, seal_bundle
from forebyg_desktop.sync.hub import BundleFile, bundle_files, bundle_name, write_new
from forebyg_desktop.sync.problems import Rejected, Waiting, message
from forebyg_desktop.sync.roster import Roster
from forebyg_desktop.sync.state import SyncState

BUNDLE_OPS = 5000

# progress(done, total): operations handled so far out of those expected.
Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    imported: int = 0
    bundles: int = 0
    quarantined: int = 0
    conflicts: int = 0
    waiting: list[tuple[str, Message]] = field(default_factory=list)


def export_new(state: SyncState, hub: Path, roster: Roster | None) -> int:
    """Write bundles of this device's operations not exported yet; returns how many ops."""
    team, keys = state.team(), state.team_keys()
    assert team is not None and keys
    epoch = max(keys)
    start, high = state.exported_seq(), state.high_water_mark(state.device)
    written = 0
    while start < high:
        rows = state.store.db.execute(
            f"SELECT {ROW_COLUMNS} FROM oplog WHERE device = ? AND seq > ? AND seq <= ? "
            "ORDER BY seq",
            [state.device, start, start + BUNDLE_OPS],
        ).fetchall()
        manifest, data = seal_bundle(
            state.device,
            rows,
            team=team.team_id,
            epoch=epoch,
            team_key=keys[epoch],
            signing_key=state.signing_key(),
        )
        write_new(hub / bundle_name(state.device, manifest.first, manifest.last), data)
        state.set_exported_seq(manifest.last)
        start = manifest.last
        written += manifest.count
    return written


def quarantine_file(state: SyncState, path: Path, reason: Message) -> bool:
    """Record a refused hub file (device-local) with its reason; True if newly refused."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    known = state.store.db.execute(
        "SELECT 1 FROM sync_quarantine WHERE file = ?", [path.name]
    ).fetchone()
    state.store.db.execute(
        "INSERT INTO sync_quarantine (file, reason, detected) VALUES (?, ?, ?) "
        "ON CONFLICT (file) DO UPDATE SET reason = excluded.reason",
        [
            path.name,
            json.dumps({"context": reason.context, "text": reason.text, "params": reason.params}),
            now,
        ],
    )
    return known is None


def import_bundles(
    state: SyncState, hub: Path, roster: Roster | None, progress: Progress | None = None
) -> ImportResult:
    """Import every usable new bundle from the hub."""
    result = ImportResult()
    team = state.team()
    assert team is not None
    marks = state.high_water_marks()
    pending = [
        b for b in bundle_files(hub) if b.device != state.device and b.last > marks.get(b.device, 0)
    ]
    total = sum(b.last - max(b.first - 1, marks.get(b.device, 0)) for b in pending)
    done = 0
    keys = state.team_keys()
    device_key = roster.signing_key if roster else (lambda _d: None)
    people = roster.labels(keys) if roster else {}
    by_device: dict[str, list[BundleFile]] = {}
    for b in pending:
        by_device.setdefault(b.device, []).append(b)
    for device, files in sorted(by_device.items()):
        for b in files:
            mark = state.high_water_mark(device)
            if b.last <= mark:
                continue
            if b.first > mark + 1:
                result.waiting.append((b.path.name, _gap(device, mark)))
                break
            try:
                data = b.path.read_bytes()
            except OSError:
                continue  # a sync engine may still be writing it: next time
            try:
                manifest, ops = open_bundle(
                    data, team=team.team_id, team_keys=keys, device_key=device_key
                )
                new = _acceptable(ops, state.high_water_mark(manifest.device), roster)
            except Waiting as problem:
                # Not usable yet (key, roster or gap): nor are this device's later files.
                result.waiting.append((b.path.name, problem.message))
                break
            except Rejected as problem:
                result.quarantined += quarantine_file(state, b.path, problem.message)
                continue
            label = people.get(manifest.device)
            received = Received(manifest.device, label.name if label else "")
            result.conflicts += _apply(state, b.path, new, received, result)
            done += len(ops)
            if progress:
                progress(min(done, total), total)
    return result


def _gap(device: str, mark: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Sync", "waiting for operations of device {device} from number {next} on"
        ),
        device=device,
        next=mark + 1,
    )


def _acceptable(ops, mark: int, roster: Roster | None) -> list:
    """The operations of a verified bundle to apply: after the mark, within a removal cap."""
    if ops and ops[0].seq > mark + 1:
        raise Waiting(_gap(ops[0].device, mark))
    cap = roster.removed_after(ops[0].device) if roster and ops else None
    new = [op for op in ops if op.seq > mark]
    if cap is not None:
        if new and new[0].seq > cap:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the bundle was made by device {device} after it was removed from the team",
                    ),
                    device=ops[0].device,
                )
            )
        new = [op for op in new if op.seq <= cap]
    return new


def _apply(
    state: SyncState, path: Path, ops: list, received: Received, result: ImportResult
) -> int:
    """Apply one bundle's new operations and find conflicts, in one transaction."""
    store = state.store
    if not ops:  # valid, nothing new: at least no longer refused
        store.db.execute("DELETE FROM sync_quarantine WHERE file = ?", [path.name])
        return 0
    try:
        with store.transaction():
            touched = conflicts.candidates(store, ops)
            result.imported += store.import_operations(ops, received=received)
            added = conflicts.refresh(store, touched)
            store.db.execute("DELETE FROM sync_quarantine WHERE file = ?", [path.name])
    except ImportRefused as refused:  # e.g. a forked device: other operations, same numbers
        assert refused.message is not None
        result.quarantined += quarantine_file(state, path, refused.message)
        return 0
    except DbIntegrityError:  # a constraint the store's own checks did not foresee
        reason = message(
            QT_TRANSLATE_NOOP("Sync", "the bundle's operations clash with operations already held")
        )
        result.quarantined += quarantine_file(state, path, reason)
        return 0
    result.bundles += 1
    return added
