"""Keeping this device's view of the team current: rosters, keys, join requests.

Every sync first adopts the newest roster in the hub signed by the pinned
leader (never an older one), takes the team keys sealed to this device from
it, and - on the leader's device - turns valid join requests into a new
roster version. Removing a device starts a new key epoch the removed device
never receives, and caps the sequence numbers of it that are still accepted.

Every roster the leader publishes carries the labels (whose device, role,
joined) of the version before, re-encrypted under the epoch key of the new
one, plus the leader's own label if an older roster lacked it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.hub import join_files, roster_files, roster_name, write_new
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.roster import (
    MemberLabel,
    Roster,
    open_join_request,
    parse_roster,
    roster_bytes,
    sign_roster,
    verify_roster,
)
from forebyg_desktop.sync.state import SyncState

Quarantine = Callable[[Path, Message], None]


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


def adopt_newest_roster(state: SyncState, hub: Path, quarantine: Quarantine) -> Roster | None:
    """Adopt the newest valid roster from the hub and the keys it holds for this device."""
    team = state.team()
    if team is None:
        return None
    current = current_roster(state)
    known = current.version if current else 0
    for version, path in reversed(roster_files(hub)):
        if version <= known:
            break
        try:
            roster = parse_roster(path.read_bytes(), team)
            if roster.version != version:
                raise Rejected(
                    message(
                        QT_TRANSLATE_NOOP("Sync", "the roster's version does not match its name")
                    )
                )
            keys = roster.unseal_keys(state.device, state.exchange_key())
        except OSError:
            continue  # still arriving or unreadable right now: try again next time
        except Rejected as problem:
            quarantine(path, problem.message)
            continue
        with state.store.transaction():
            state.add_team_keys(keys)
            state.set_roster_document(roster.document)
        return roster
    return current


def publish_roster(
    state: SyncState,
    hub: Path,
    devices: dict[str, dict],
    *,
    new_labels: dict[str, MemberLabel] | None = None,
    new_epoch_key: bytes | None = None,
) -> Roster:
    """Leader: sign and write the next roster version (with a new team key if given)."""
    team, current = state.team(), current_roster(state)
    assert team is not None and current is not None
    keys = state.team_keys()
    labels = {**current.labels(keys), **(new_labels or {})}
    if state.device not in labels:  # a roster from before labels: the leader knows itself
        labels[state.device] = own_label(state, "")
    epoch = current.epoch
    if new_epoch_key is not None:
        epoch = max(keys) + 1
        keys[epoch] = new_epoch_key
    document = sign_roster(
        team=team,
        version=current.version + 1,
        epoch=epoch,
        devices=devices,
        keys=keys,
        leader_signing_key=state.signing_key(),
        labels=labels,
    )
    # The file first: if we stop before the meta is updated, the next sync
    # adopts this very file from the hub (and the new key sealed in it).
    write_new(hub / roster_name(current.version + 1), roster_bytes(document))
    with state.store.transaction():
        state.add_team_keys(keys)
        state.set_roster_document(document)
    return verify_roster(document, team)


def admit_join_requests(state: SyncState, hub: Path, quarantine: Quarantine) -> list[str]:
    """Leader: add devices whose join requests prove the invitation code; returns them."""
    team, roster = state.team(), current_roster(state)
    if team is None or roster is None or not state.is_leader():
        return []
    invitations = state.invitations()
    devices = {d: dict(e) for d, e in roster.devices.items()}
    admitted, labels = [], {}
    for device, path in join_files(hub):
        if device in devices:
            continue
        try:
            invitation, entry, labels[device] = open_join_request(
                path.read_bytes(), team, invitations
            )
        except OSError:
            continue
        except Rejected as problem:
            quarantine(path, problem.message)
            continue
        devices[device] = entry
        invitations[invitation] = {**invitations[invitation], "used_by": device}
        admitted.append(device)
    if admitted:
        publish_roster(state, hub, devices, new_labels=labels)
        state.set_invitations(invitations)
    return admitted


def remove_device(state: SyncState, hub: Path, device: str) -> Roster:
    """Leader: remove `device` and rotate the team key; its later operations are refused.

    The cap is what the leader holds of the device (team_service syncs first,
    so that is everything in the hub at that moment). A member that imported
    more of the device's bundles before it saw the new roster keeps them, and
    sync_status reports that as a problem rather than hiding the difference.
    """
    roster = current_roster(state)
    assert roster is not None
    devices = {d: dict(e) for d, e in roster.devices.items()}
    # Everything of it this device already holds stays accepted, nothing after.
    devices[device]["removed_after"] = state.high_water_mark(device)
    return publish_roster(state, hub, devices, new_epoch_key=crypto.new_symmetric_key())
