"""What only the team leader's device does once a team runs: remove a device, publish a profile.

Removing a lost laptop rotates the team key (see sync/membership.py); a
published strategy profile reaches every device as a signed pack. Creating
the team and inviting devices are in `team_service`.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.services.team_sync.team_service import TeamRefused, TeamSummary, summary
from forebyg_desktop.sync import hub as hub_files
from forebyg_desktop.sync import membership
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.problems import NotWritten
from forebyg_desktop.sync.state import SyncState


def _leader_at_hub(session: Session, not_leader: str) -> tuple[SyncState, Path]:
    """The leader's sync state and its reachable hub; TeamRefused (`not_leader`) otherwise."""
    state = SyncState(session.store)
    if not state.is_leader():
        raise TeamRefused(not_leader)
    hub = state.hub()
    assert hub is not None
    if not hub_files.reachable(hub):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team", "The hub folder {hub} cannot be reached; nothing was changed."
            ),
            hub=str(hub),
        )
    return state, hub


def remove_device(session: Session, device: str) -> TeamSummary:
    """Leader: remove a (lost) device; the team key is rotated and its later bundles refused."""
    state, hub = _leader_at_hub(
        session, QT_TRANSLATE_NOOP("Team", "Only the team leader's device can remove a device.")
    )
    roster = membership.adopt_newest_roster(state, hub, Intake(state))
    assert roster is not None
    if device == state.device:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "The leader's own device cannot be removed."), "device"
        )
    if device not in roster.devices:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "Device {device} is not in the team."),
            "device",
            device=device,
        )
    if roster.removed_after(device) is not None:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "Device {device} was already removed."),
            "device",
            device=device,
        )
    # Take in everything the hub holds first: the removed device's operations
    # up to here stay accepted everywhere, so members who already imported
    # them keep the same data as everyone else.
    # A sync that stops short (a store or hub problem) must not keep a lost
    # laptop in the team: the removal goes ahead with what is held.
    from forebyg_desktop.services.team_sync.sync_service import run_sync

    with contextlib.suppress(ServiceError):
        run_sync(session)
    try:
        membership.remove_device(state, hub, device)
    except NotWritten as problem:
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "The new roster could not be written to the hub folder {hub}, so device "
                "{device} is not removed yet: {reason}. Check that the folder can be "
                "written to, then try again.",
            ),
            hub=str(hub),
            device=device,
            reason=problem.message,
        ) from problem
    return summary(state)


def publish_profile(session: Session, path: Path) -> tuple[str, int]:
    """Leader: send an updated strategy profile to every device of the team (a signed pack)."""
    from forebyg_desktop.core.profile_loader import ProfileError
    from forebyg_desktop.store.profile_repo import load_profile_file
    from forebyg_desktop.sync import profile_pack

    state, hub = _leader_at_hub(
        session,
        QT_TRANSLATE_NOOP("Team", "Only the team leader's device can publish a profile."),
    )
    try:
        profile = load_profile_file(path)
    except ProfileError as exc:
        raise ServiceError(str(exc)) from exc
    in_use = max(
        profile_pack.adopted_version(session.store, profile.id),
        session.profile.version if session.profile.id == profile.id else 0,
    )
    if profile.version <= in_use:
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "{file}: profile {profile} version {version} is not newer than "
                "version {in_use} in use; raise its version.",
            ),
            "file",
            file=str(path),
            profile=profile.id,
            version=profile.version,
            in_use=in_use,
        )
    try:
        profile_pack.publish_pack(state, hub, Path(path).read_bytes(), profile)
    except NotWritten as problem:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "The profile was not published: {reason}."),
            reason=problem.message,
        ) from problem
    if profile.id == session.store.profile_id:
        session.profile = profile
    return profile.id, profile.version
