"""Export this device's new operations to the hub, and make sure each bundle landed.

Export writes only this device's own operations (imported ones travel in
their own device's files), in bundles of at most BUNDLE_OPS operations and
about PAYLOAD_TARGET bytes, under the newest team key, and advances a mark in
meta after each file, so an interrupted export resumes where it stopped.

A bundle counts as exported only when the hub holds it: the file is read
back after writing. If its name is taken, the file there counts only if it
is this device's own valid bundle of the same operations under an accepted
key (we stopped after writing it, before recording it); otherwise the same
range is written under an alternative name readers accept too, and if that
fails as well the export stops with a message (`failed`), never a count of
operations that did not land.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.bundle import open_bundle, seal_bundle
from forebyg_desktop.sync.bundle_manifest import Manifest
from forebyg_desktop.sync.hub import (
    ALTERNATIVES,
    BUNDLE_MAX_BYTES,
    alternative_name,
    bundle_name,
    write_new,
)
from forebyg_desktop.sync.problems import NotWritten, SyncProblem, message
from forebyg_desktop.sync.roster import Roster
from forebyg_desktop.sync.state import SyncState
from forebyg_desktop.sync.untrusted import read_bounded

BUNDLE_OPS = 5000
PAYLOAD_TARGET = 8 * 2**20  # uncompressed bytes per bundle, well inside every reader's caps


@dataclass
class ExportResult:
    exported: int = 0  # own operations now in the hub
    problems: list[Message] = field(default_factory=list)  # worth telling, not failures
    failed: list[Message] = field(default_factory=list)  # what did not land


def export_new(state: SyncState, hub: Path, roster: Roster | None) -> ExportResult:
    """Write bundles of this device's operations not exported yet."""
    team, keys = state.team(), state.team_keys()
    assert team is not None and keys
    epoch = max(keys)
    result = ExportResult()
    start, high = state.exported_seq(), state.high_water_mark(state.device)
    while start < high:
        rows = _cut(oplog_repo.rows_after(state.store, state.device, start, BUNDLE_OPS))
        manifest, data = seal_bundle(
            state.device,
            rows,
            team=team.team_id,
            epoch=epoch,
            team_key=keys[epoch],
            signing_key=state.signing_key(),
            audit=state.store.audit.head(),
        )
        name = bundle_name(state.device, manifest.first, manifest.last)
        if not _place(state, hub, name, data, [r[0] for r in rows], roster, result):
            result.failed.append(NotWritten(name).message)
            break
        state.set_exported_seq(manifest.last)
        start = manifest.last
        result.exported += manifest.count
    return result


def _cut(rows: list[tuple]) -> list[tuple]:
    """The first rows that fit in one bundle's payload (at least one)."""
    size = 0
    for i, row in enumerate(rows):
        size += len(row[7]) + len(row[8]) + 200
        if size > PAYLOAD_TARGET and i:
            return rows[:i]
    return rows


def _place(
    state: SyncState,
    hub: Path,
    name: str,
    data: bytes,
    op_ids: list[str],
    roster: Roster | None,
    result: ExportResult,
) -> bool:
    """Whether the hub now holds these operations as a bundle of ours (see module doc)."""
    if write_new(hub / name, data):
        return True
    found = _already_there(state, hub / name, op_ids, roster)
    if found == "same":
        return True
    if found == "other":
        result.problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "the hub file {file} had been taken by a file this device did not write; "
                    "its changes went out under another name",
                ),
                file=name,
            )
        )
    return any(write_new(hub / alternative_name(name), data) for _ in range(ALTERNATIVES))


def _already_there(state: SyncState, path: Path, op_ids: list[str], roster: Roster | None) -> str:
    """ "same": our bundle of these operations under an accepted key; "ours": ours but not
    usable for them (an old key); "other": anything else."""
    team = state.team()
    assert team is not None
    own = crypto.signing_public_key(state.signing_key())
    try:
        manifest, ops = open_bundle(
            read_bounded(path, BUNDLE_MAX_BYTES),
            team=team.team_id,
            team_keys=state.team_keys(),
            device_key=lambda d: own if d == state.device else None,
        )
    except (OSError, SyncProblem, Exception):  # noqa: BLE001 - anything else there is not ours
        return "other"
    if manifest.device != state.device:
        return "other"
    if [op.op_id for op in ops] == op_ids and _accepted(roster, manifest):
        return "same"
    return "ours"


def _accepted(roster: Roster | None, manifest: Manifest) -> bool:
    if roster is None:
        return True
    cap = roster.accepted_until(manifest.device, manifest.epoch)
    return cap is None or cap >= manifest.last
