"""Keeping this device's view of the team current: rosters, keys, join requests.

Every sync first adopts the newest roster in the hub signed by the pinned
leader (never an older one), takes the team keys sealed to this device from
it, and - on the leader's device - turns valid join requests into a new
roster version. Removing a device starts a new key epoch the removed device
never receives, caps the sequence numbers of it that are still accepted, and
records what the leader held of every device when the old epoch ended.

The leader keeps every roster version it published, byte for byte, and at
every sync checks that each is in the hub: one that was deleted, or whose
name was taken by other content, is written again (under an alternative name
if need be). A roster that cannot be written is an error (`NotWritten`),
never a silent success.

Every roster the leader publishes carries the labels (whose device, role,
joined) of the version before, re-encrypted under the epoch key of the new
one, plus the leader's own label if an older roster lacked it.
"""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.sync import conflicts, crypto
from forebyg_desktop.sync.hub import (
    JOIN_MAX_BYTES,
    ROSTER_MAX_BYTES,
    holds,
    join_files,
    roster_files,
    roster_name,
    write_new_or_alternative,
)
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.invitation import InvitationRecord, open_join_request
from forebyg_desktop.sync.problems import NotWritten, Rejected, message
from forebyg_desktop.sync.roster import (
    MemberLabel,
    Roster,
    parse_roster,
    roster_bytes,
    sign_roster,
    today,
    verify_roster,
)
from forebyg_desktop.sync.state import SyncState


def current_roster(state: SyncState) -> Roster | None:
    """The roster this device last adopted (verified again: the meta is ours, but cheap)."""
    team, document = state.team(), state.roster_document()
    if team is None or document is None:
        return None
    return verify_roster(document, team)


def own_label(state: SyncState, joined: str) -> MemberLabel:
    """This device's person as its store knows them (name and role from first run)."""
    return MemberLabel.from_json(
        {"name": state.store.user, "role": state.store.meta_value("role"), "joined": joined}
    )


def adopt_newest_roster(state: SyncState, hub: Path, intake: Intake) -> Roster | None:
    """Adopt the newest valid roster from the hub and the keys it holds for this device."""
    team = state.team()
    if team is None:
        return None
    current = current_roster(state)
    known = current.version if current else 0
    for version, path in reversed(roster_files(hub)):
        if version <= known:
            break
        data = intake.read(path, ROSTER_MAX_BYTES)
        if data is None:
            continue

        def verified(data: bytes = data, version: int = version) -> tuple[Roster, dict]:
            roster = parse_roster(data, team)
            if roster.version != version:
                raise Rejected(
                    message(
                        QT_TRANSLATE_NOOP("Sync", "the roster's version does not match its name")
                    )
                )
            return roster, roster.unseal_keys(state.device, state.exchange_key())

        found = intake.guard(path, verified)
        if found is not None:
            _adopt(state, *found)
            return found[0]
    return current


def _adopt(state: SyncState, roster: Roster, keys: dict[int, bytes]) -> None:
    """Take `roster` and its keys; after a rotation, send again what the old key cannot carry.

    Operations this device exported under its newest key before it saw the
    rotation, past what the leader held when that key's epoch ended, are
    refused by everyone under that key: exporting resumes after the cap, so
    they go out again under the new key.
    """
    old_epoch = max(state.team_keys(), default=0)
    with state.store.transaction():
        if roster.epoch > old_epoch > 0:
            cap = roster.accepted_until(state.device, old_epoch)
            if cap is not None and state.exported_seq() > cap:
                state.set_exported_seq(cap)
        state.add_team_keys(keys)
        state.set_roster_document(roster.document)


def withdraw_refused(state: SyncState, roster: Roster | None) -> list[Message]:
    """Drop operations of removed devices made after their removal, if any were taken in.

    A device that imported a removed laptop's later bundles before it saw the
    roster of the removal (the roster was late, or withheld) holds changes the
    rest of the team refuses; they are taken out again, and the records they
    touched rebuilt from the rest of the log, so every device ends up the same.
    """
    if roster is None:
        return []
    store, withdrawn = state.store, []
    for device, entry in sorted(roster.devices.items()):
        cap = entry.get("removed_after")
        if cap is None or device == state.device:
            continue
        held = state.high_water_mark(device)
        if held <= cap:
            continue
        with store.transaction():
            children = _children_of(store, device, cap)
            dropped = oplog_repo.drop_after(store, device, cap)
            kinds: dict[tuple[str, str], list[str]] = {}
            for kind, entity, entity_id in dropped:
                kinds.setdefault((entity, entity_id), []).append(kind)
            conflicts.refresh(store, set(kinds))
            # "withdraw" entries name each operation taken out of the change log,
            # so `check` still finds the audit log and the change log agreeing.
            store.audit.record(
                store.user,
                [
                    AuditEvent(
                        "withdraw",
                        entity,
                        entity_id,
                        children.get((entity, entity_id)),
                        f"withdrawn: changes of device {device} made after its removal: "
                        + "; ".join(record_kinds),
                    )
                    for (entity, entity_id), record_kinds in kinds.items()
                ],
            )
        withdrawn.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Withdrew {count} changes that removed device {device} made after its "
                    "removal; the rest of the team refused them too.",
                ),
                count=held - cap,
                device=device,
            )
        )
    return withdrawn


def _children_of(store, device: str, cap: int) -> dict[tuple[str, str], str | None]:
    """The child each record touched by `device` after `cap` is about (for the audit)."""
    found: dict[tuple[str, str], str | None] = {}
    for op in oplog_repo.of_device(store, device, after=cap):
        key = (op.entity, op.entity_id)
        if op.entity == "child":
            found[key] = op.entity_id
        else:
            row = store.lookup(op.entity, op.entity_id, include_deleted=True)
            found[key] = op.fields.get("child_id") or (row.get("child_id") if row else None)
    return found


def publish_roster(
    state: SyncState,
    hub: Path,
    devices: dict[str, dict],
    *,
    new_labels: dict[str, MemberLabel] | None = None,
    new_epoch_key: bytes | None = None,
) -> Roster:
    """Leader: sign and write the next roster version (with a new team key if given).

    Raises NotWritten (and changes nothing here) when the file did not land.
    """
    team, current = state.team(), current_roster(state)
    assert team is not None and current is not None
    keys = state.team_keys()
    labels = {**current.labels(keys), **(new_labels or {})}
    if state.device not in labels:  # a roster from before labels: the leader knows itself
        labels[state.device] = own_label(state, "")
    epoch, rotations = current.epoch, dict(current.rotations)
    if new_epoch_key is not None:
        # What is held of each device now is all a bundle under the old key may carry.
        rotations[str(epoch)] = {d: state.high_water_mark(d) for d in devices}
        epoch = max(keys) + 1
        keys[epoch] = new_epoch_key
    version = current.version + 1
    document = sign_roster(
        team=team,
        version=version,
        epoch=epoch,
        devices=devices,
        keys=keys,
        leader_signing_key=state.signing_key(),
        labels=labels,
        rotations=rotations,
    )
    data = roster_bytes(document)
    # The file first: if we stop before the meta is updated, the next sync
    # adopts this very file from the hub (and the new key sealed in it).
    if write_new_or_alternative(hub, roster_name(version), data) is None:
        raise NotWritten(roster_name(version))
    with state.store.transaction():
        state.add_team_keys(keys)
        state.set_roster_document(document)
        state.add_published_roster(version, data)
    return verify_roster(document, team)


def republish_rosters(state: SyncState, hub: Path) -> list[int]:
    """Leader: put back every published roster missing from the hub; returns their versions.

    A roster counts as there only if a file named for its version holds its
    exact bytes. Raises NotWritten for one that cannot be written.
    """
    current = current_roster(state)
    if current is None or not state.is_leader():
        return []
    published = state.published_rosters()
    if current.version not in published:  # published before the leader kept them
        published[current.version] = roster_bytes(current.document)
        state.add_published_roster(current.version, published[current.version])
    in_hub: dict[int, list[Path]] = {}
    for version, path in roster_files(hub):
        in_hub.setdefault(version, []).append(path)
    restored = []
    for version, data in sorted(published.items()):
        if any(holds(path, data) for path in in_hub.get(version, [])):
            continue
        if write_new_or_alternative(hub, roster_name(version), data) is None:
            raise NotWritten(roster_name(version))
        restored.append(version)
    return restored


def admit_join_requests(state: SyncState, hub: Path, intake: Intake) -> list[str]:
    """Leader: add devices whose join requests prove the invitation code; returns them."""
    team, roster = state.team(), current_roster(state)
    if team is None or roster is None or not state.is_leader():
        return []
    invitations = {i: InvitationRecord.from_json(r) for i, r in state.invitations().items()}
    devices = {d: dict(e) for d, e in roster.devices.items()}
    admitted, labels, used = [], {}, {}
    day = today()
    for device, path in join_files(hub):
        if device in devices:
            continue
        data = intake.read(path, JOIN_MAX_BYTES)
        if data is None:
            continue
        opened = intake.guard(
            path,
            lambda data=data, device=device: open_join_request(
                data, team, device, invitations, day
            ),
        )
        if opened is None:
            continue
        invitation, entry, labels[device] = opened
        devices[device] = entry
        invitations[invitation] = used[invitation] = _used(invitations[invitation], device)
        admitted.append(device)
    if admitted:
        publish_roster(state, hub, devices, new_labels=labels)
        stored = state.invitations()
        for invitation, record in used.items():
            stored[invitation] = record.as_json()
        state.set_invitations(stored)
    return admitted


def _used(record: InvitationRecord, device: str) -> InvitationRecord:
    return InvitationRecord(record.key, record.expires, record.name, record.role, device)


def remove_device(state: SyncState, hub: Path, device: str) -> Roster:
    """Leader: remove `device` and rotate the team key; its later operations are refused.

    The cap is what the leader holds of the device (team_leader_service syncs first,
    so that is everything in the hub at that moment). A member that imported
    more of the device's bundles before it saw the new roster keeps them, and
    sync_status reports that as a problem rather than hiding the difference.
    Raises NotWritten when the new roster did not land in the hub.
    """
    roster = current_roster(state)
    assert roster is not None
    devices = {d: dict(e) for d, e in roster.devices.items()}
    # Everything of it this device already holds stays accepted, nothing after.
    devices[device]["removed_after"] = state.high_water_mark(device)
    return publish_roster(state, hub, devices, new_epoch_key=crypto.new_symmetric_key())
