"""Import other devices' bundles from the hub (export is in sync/export.py).

Import takes each device's bundles in sequence order and applies only
operations directly after what is held (the high-water mark is the highest
sequence number held), each bundle in one transaction with conflict
detection. A bundle after a gap waits until the gap is filled; a bad bundle
is quarantined with its reason and the next file covering the same numbers,
and the other devices' bundles, still import. A bundle under a team key whose
epoch has ended carries only what the leader held of its device when it
ended (see Roster.accepted_until); operations of a removed device after its
removal are refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.store import oplog_repo, quarantine_repo
from forebyg_desktop.store.connection import DbIntegrityError
from forebyg_desktop.store.errors import ImportFromFuture, ImportRefused
from forebyg_desktop.store.operation import Operation
from forebyg_desktop.store.record_store import Received
from forebyg_desktop.sync import conflicts, crypto
from forebyg_desktop.sync.bundle import open_bundle
from forebyg_desktop.sync.bundle_manifest import MAX_OPS, Manifest
from forebyg_desktop.sync.export import ExportResult, export_new
from forebyg_desktop.sync.hub import BUNDLE_MAX_BYTES, BundleFile, bundle_files
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.problems import Rejected, Waiting, message
from forebyg_desktop.sync.roster import Roster
from forebyg_desktop.sync.state import SyncState

__all__ = ["ExportResult", "ImportResult", "export_new", "import_bundles", "recover_own"]

# progress(done, total): operations handled so far out of those expected.
Progress = Callable[[int, int], None]

OLD_KEY = QT_TRANSLATE_NOOP(
    "Sync",
    "device {device} wrote operations {first} to {last} under a team key that was replaced "
    "after its operation {cap}; they are accepted only under the new key",
)


@dataclass
class ImportResult:
    imported: int = 0
    bundles: int = 0
    quarantined: int = 0
    conflicts: int = 0
    waiting: list[tuple[str, Message]] = field(default_factory=list)


def import_bundles(
    state: SyncState,
    hub: Path,
    roster: Roster | None,
    progress: Progress | None = None,
    intake: Intake | None = None,
) -> ImportResult:
    """Import every usable new bundle from the hub."""
    intake = intake or Intake(state)
    refused_before = intake.refused
    result = ImportResult()
    team = state.team()
    assert team is not None
    marks = state.high_water_marks()
    pending = [
        b for b in bundle_files(hub) if b.device != state.device and b.last > marks.get(b.device, 0)
    ]
    # A name is only a hint (and may be junk): count each file as at most a bundle's worth.
    total = sum(min(MAX_OPS, b.last - max(b.first - 1, marks.get(b.device, 0))) for b in pending)
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
                result.waiting.append((b.path.name, gap(device, mark)))
                break
            data = intake.read(b.path, BUNDLE_MAX_BYTES)
            if data is None:
                continue

            def verified(data: bytes = data, b: BundleFile = b) -> tuple[Manifest, list]:
                manifest, ops = open_bundle(
                    data, team=team.team_id, team_keys=keys, device_key=device_key
                )
                check_name(b, manifest)
                mark = state.high_water_mark(manifest.device)
                return manifest, acceptable(ops, mark, roster, manifest)

            try:
                opened = intake.guard(b.path, verified)
            except Waiting as problem:
                # Not usable yet (key, roster or gap): nor are this device's later files.
                result.waiting.append((b.path.name, problem.message))
                break
            if opened is None:
                continue
            manifest, new = opened
            label = people.get(manifest.device)
            received = Received(manifest.device, label.name if label else "")
            try:
                applied = intake.guard(
                    b.path, lambda new=new, b=b, r=received: apply(state, b.path, new, r)
                )
            except Waiting as problem:  # stamped ahead of our clock: may pass later
                result.waiting.append((b.path.name, problem.message))
                break
            if applied is not None:
                result.imported += applied[0]
                result.conflicts += applied[1]
                result.bundles += 1 if new else 0
            done += len(new)
            if progress:
                progress(min(done, total), total)
    result.quarantined = intake.refused - refused_before
    return result


def gap(device: str, mark: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Sync", "waiting for operations of device {device} from number {next} on"
        ),
        device=device,
        next=mark + 1,
    )


def check_name(b: BundleFile, manifest: Manifest) -> None:
    """The signed manifest must say what the file's name says (a renamed file is refused)."""
    if (manifest.device, manifest.first, manifest.last) != (b.device, b.first, b.last):
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the bundle's name does not match its content"))
        )


def acceptable(
    ops: list[Operation], mark: int, roster: Roster | None, manifest: Manifest
) -> list[Operation]:
    """The operations of a verified bundle to apply: after the mark, within the caps."""
    if ops and ops[0].seq > mark + 1:
        raise Waiting(gap(ops[0].device, mark))
    new = [op for op in ops if op.seq > mark]
    if roster is None or not new:
        return new
    device = manifest.device
    cap = roster.accepted_until(device, manifest.epoch)
    if cap is None or new[-1].seq <= cap:
        return new
    if new[0].seq > cap:
        removed = roster.removed_after(device)
        if removed is not None and new[0].seq > removed:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the bundle was made by device {device} after it was removed from the team",
                    ),
                    device=device,
                )
            )
        raise Rejected(message(OLD_KEY, device=device, first=new[0].seq, last=new[-1].seq, cap=cap))
    return [op for op in new if op.seq <= cap]


def apply(
    state: SyncState, path: Path, ops: list[Operation], received: Received
) -> tuple[int, int]:
    """Apply one bundle's new operations and find conflicts, in one transaction.

    Returns (operations applied, new conflicts); ImportRefused (operations that
    break the store's rules, e.g. another operation under a held number) is a
    refusal of the file.
    """
    store = state.store
    if not ops:  # valid, nothing new: at least no longer refused
        quarantine_repo.clear(store, path.name)
        return 0, 0
    try:
        with store.transaction():
            touched = conflicts.candidates(store, ops)
            imported = store.import_operations(ops, received=received, profile=state.profile)
            added = conflicts.refresh(store, touched)
            quarantine_repo.clear(store, path.name)
    except ImportFromFuture as ahead:  # a wrong clock here or there: retried at every sync
        assert ahead.message is not None
        raise Waiting(ahead.message) from ahead
    except ImportRefused as refused:  # e.g. a forked device: other operations, same numbers
        assert refused.message is not None
        raise Rejected(refused.message) from refused
    except DbIntegrityError as exc:  # a constraint the store's own checks did not foresee
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the bundle's operations clash with operations already held"
                )
            )
        ) from exc
    return imported, added


def recover_own(state: SyncState, hub: Path, roster: Roster | None, intake: Intake) -> int:
    """Take back this device's own operations found in the hub beyond what it exported.

    A store restored from a backup, or an old store file on a re-installed
    laptop, has lost operations it had already exported: they are in the hub,
    signed with this device's own key. They are imported again, numbering
    continues after them, and operations made here since the restore that
    took the same numbers (never exported, so no one else holds them) move
    after them. Returns how many operations were taken back.
    """
    exported = state.exported_seq()
    files = [b for b in bundle_files(hub) if b.device == state.device and b.last > exported]
    team = state.team()
    if not files or team is None:
        return 0
    keys = state.team_keys()
    own = crypto.signing_public_key(state.signing_key())
    found: list[Operation] = []
    for b in files:
        after = found[-1].seq if found else exported
        if b.last <= after:
            continue
        if b.first > after + 1:
            break
        data = intake.read(b.path, BUNDLE_MAX_BYTES)
        if data is None:
            continue

        def verified(data: bytes = data, b: BundleFile = b) -> tuple[Manifest, list]:
            manifest, ops = open_bundle(
                data,
                team=team.team_id,
                team_keys=keys,
                device_key=lambda d: own if d == state.device else None,
            )
            check_name(b, manifest)
            return manifest, ops

        try:
            opened = intake.guard(b.path, verified)
            if opened is not None:
                found += acceptable(opened[1], after, roster, opened[0])
        except Waiting:
            break
        except Rejected:
            continue  # our own bundle under a replaced key: sent again under the new one
    return _take_back(state, found) if found else 0


def _take_back(state: SyncState, found: list[Operation]) -> int:
    store, device = state.store, state.device
    last = found[-1].seq
    held = oplog_repo.op_ids(store, device, found[0].seq, last)
    clash = next((op.seq for op in found if held.get(op.seq, op.op_id) != op.op_id), None)
    with store.transaction():
        if clash is not None:
            oplog_repo.renumber(store, device, clash, last + 1)
        touched = conflicts.candidates(store, found)
        taken = store.import_operations(
            found, received=Received(device, store.user), profile=state.profile
        )
        conflicts.refresh(store, touched)
        state.set_exported_seq(last)
    return taken
