"""Sync teams: create one, invite a device, join with an invitation, remove a device.

The leader's device creates the team and signs every roster; a new device
joins with the leader's invitation file plus a one-time code given in person
and is admitted at the leader's next sync; a lost laptop is removed, which
rotates the team key (see sync/membership.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.validation import validate_name
from forebyg_desktop.core.validation_rules import field_label
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.sync import crypto, membership
from forebyg_desktop.sync import hub as hub_files
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.invitation import (
    INVITATION_MAX_BYTES,
    InvitationRecord,
    expiry,
    make_invitation,
    make_join_request,
    open_invitation,
)
from forebyg_desktop.sync.problems import NotWritten, Rejected
from forebyg_desktop.sync.roster import MemberLabel, roster_bytes, sign_roster, today
from forebyg_desktop.sync.state import SyncState, TeamInfo
from forebyg_desktop.sync.untrusted import TooLarge, read_bounded

_CTX = "Team"
ROLES = ("staff", "leader")
MAX_PERSON_NAME = 200
# open_invitation's reason when the key from the code does not open the file.
_WRONG_CODE = "the code does not match this invitation"


class TeamRefused(ServiceError):
    """A refused team request in the "Team" context, naming the input it is about.

    `where` is "name", "hub", "file", "code", "out" or "device" ("" when it is
    about no one input), so the team dialogue can show it beside that field.
    """

    def __init__(self, text: str, where: str = "", **params: object) -> None:
        super().__init__(Message(_CTX, text, params), where)


@dataclass(frozen=True)
class TeamSummary:
    team_id: str
    name: str
    device: str
    leader: bool
    hub: str
    fingerprint: str  # of the leader's key, for people to compare

    def as_json(self) -> dict:
        return dict(self.__dict__)


def _summary(state: SyncState) -> TeamSummary:
    team = state.team()
    assert team is not None
    return TeamSummary(
        team.team_id,
        team.name,
        state.device,
        state.is_leader(),
        str(state.hub() or ""),
        crypto.fingerprint(team.leader_key),
    )


def _usable_hub(hub: Path) -> Path:
    hub = Path(hub).expanduser()
    if not hub_files.reachable(hub):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "The hub folder {hub} does not exist or cannot be written; nothing was changed.",
            ),
            "hub",
            hub=str(hub),
        )
    return hub.resolve()


def _not_in_team(state: SyncState) -> None:
    team = state.team()
    if team is not None:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", 'This device already belongs to the team "{name}".'),
            name=team.name,
        )


def _refuse_bad_name(value: str, where: str, label: str) -> None:
    """The name rules every name obeys (control and direction characters, CPR, length)."""
    errors = validate_name(where, value, label=field_label(label), required=False)
    if errors:
        raise ServiceError(errors[0].message, where)


def create_team(session: Session, name: str, hub: Path) -> TeamSummary:
    """Make this (leader's) device the leader of a new team syncing through `hub`."""
    state = SyncState(session.store)
    _not_in_team(state)
    if session.store.meta_value("role") != "leader":
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team", "Only a leader's store can create a team (see `forebyg init --role`)."
            )
        )
    if not name.strip():
        raise TeamRefused(QT_TRANSLATE_NOOP("Team", "The team name must not be empty."), "name")
    _refuse_bad_name(name.strip(), "name", QT_TRANSLATE_NOOP("Field", "The team name"))
    hub = _usable_hub(hub)
    sign_public, exchange_public = state.public_keys()
    team = TeamInfo(new_id(), name.strip(), state.device, sign_public)
    keys = {1: crypto.new_symmetric_key()}
    devices = {
        state.device: {
            "sign": sign_public.hex(),
            "exchange": exchange_public.hex(),
            "removed_after": None,
        }
    }
    document = sign_roster(
        team=team,
        version=1,
        epoch=1,
        devices=devices,
        keys=keys,
        leader_signing_key=state.signing_key(),
        labels={state.device: membership.own_label(state, today())},
    )
    data = roster_bytes(document)
    if not hub_files.write_new(hub / hub_files.roster_name(1), data):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team", "The hub folder {hub} already holds a team; choose an empty folder."
            ),
            "hub",
            hub=str(hub),
        )
    with session.store.transaction():
        state.set_team(team)
        state.add_team_keys(keys)
        state.set_roster_document(document)
        state.add_published_roster(1, data)
        state.set_hub(hub)
    return _summary(state)


def invite(session: Session, out: Path, name: str = "", role: str = "staff") -> str:
    """Write an invitation for `name` (as `role`); returns the one-time code to give in person.

    The roster will name the new device's person as given here, whatever the
    joining device says. The invitation is used once and expires after the
    days IT set (`invitation_days`, 14 by default).
    """
    state = SyncState(session.store)
    if not state.is_leader():
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "Only the team leader's device can invite a device.")
        )
    name = " ".join(name.split())
    _refuse_bad_name(name, "person", QT_TRANSLATE_NOOP("Field", "The person's name"))
    if len(name) > MAX_PERSON_NAME:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "The name must be at most {n} characters."),
            "person",
            n=MAX_PERSON_NAME,
        )
    if role not in ROLES:
        raise TeamRefused(QT_TRANSLATE_NOOP("Team", "The role must be staff or leader."), "role")
    out = Path(out)
    if out.exists():
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file} already exists; it was not changed."),
            "out",
            file=str(out),
        )
    team = state.team()
    assert team is not None
    expires = expiry(invitation_days())
    code, invitation, key, data = make_invitation(team, state.team_keys(), expires)
    with session.store.transaction():
        invitations = state.invitations()
        invitations[invitation] = InvitationRecord(key, expires, name, role).as_json()
        state.set_invitations(invitations)
        write_atomic(out, data)
    return code


def invitation_days() -> int:
    """How many days an invitation is valid: IT's `invitation_days`, else 14."""
    from forebyg_desktop.site_config import site_config
    from forebyg_desktop.sync.invitation import DEFAULT_DAYS

    return site_config().invitation_days or DEFAULT_DAYS


def join_team(session: Session, invitation_file: Path, code: str, hub: Path) -> TeamSummary:
    """Join the team of an invitation; the leader's next sync admits this device."""
    state = SyncState(session.store)
    _not_in_team(state)
    hub = _usable_hub(hub)
    try:
        data = read_bounded(Path(invitation_file), INVITATION_MAX_BYTES)
    except TooLarge as exc:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file}: the file is not a Forebyg invitation."),
            "file",
            file=str(invitation_file),
        ) from exc
    except OSError as exc:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file}: cannot be read ({reason})."),
            "file",
            file=str(invitation_file),
            reason=exc.strerror,
        ) from exc
    try:
        team, keys, invitation, key = open_invitation(data, code)
    except Rejected as problem:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file}: {reason}."),
            "code" if problem.message.text == _WRONG_CODE else "file",
            file=str(invitation_file),
            reason=problem.message,
        ) from problem
    request = make_join_request(team, invitation, key, state.device, state.public_keys())
    with session.store.transaction():
        state.set_team(team)
        state.add_team_keys(keys)
        state.set_hub(hub)
        if (
            hub_files.write_new_or_alternative(hub, hub_files.join_name(state.device), request)
            is None
        ):
            raise TeamRefused(
                QT_TRANSLATE_NOOP(
                    "Team",
                    "The join request could not be written to the hub folder {hub}; "
                    "nothing was changed.",
                ),
                "hub",
                hub=str(hub),
            )
    membership.adopt_newest_roster(state, hub, Intake(state))
    return _summary(state)


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
    return _summary(state)


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


def team_summary(session: Session) -> TeamSummary | None:
    state = SyncState(session.store)
    return _summary(state) if state.team() else None


@dataclass(frozen=True)
class TeamDevice:
    """One device of the roster, as the team dialogue and `forebyg team show` list it."""

    device: str
    fingerprint: str  # of its signing key; the leader's equals TeamSummary.fingerprint
    person: str  # whose device: from the roster, else who last wrote from it ("" not known)
    leader: bool
    this_device: bool
    removed: bool
    role: str = ""  # the person's role from the roster ("leader", "staff"; "" not known)
    joined: str = ""  # ISO date the leader admitted it ("" not known)

    def as_json(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class TeamOverview:
    """This device's team (None when in none), its roster and what this store may do."""

    leader_store: bool  # a leader's store: may create a team
    summary: TeamSummary | None
    devices: list[TeamDevice]
    admitted: bool  # this device is in the roster it holds
    removed: bool  # this device was removed from the team


def _last_actor(session: Session, device: str) -> str:
    """Who last wrote from `device` as far as this store knows: a guess for older rosters."""
    return oplog_repo.last_actor(session.store, device)


def team_overview(session: Session) -> TeamOverview:
    """Everything the team dialogue shows; nothing of any child's record."""
    state = SyncState(session.store)
    leader_store = session.store.meta_value("role") == "leader"
    if state.team() is None:
        return TeamOverview(leader_store, None, [], False, False)
    try:
        roster = membership.current_roster(state)
    except Rejected:
        roster = None  # shown as "waiting for the roster"; sync status names the problem
    entries = roster.devices if roster else {}
    labels = roster.labels(state.team_keys()) if roster else {}
    devices = []
    for device, entry in sorted(entries.items()):
        this = device == state.device
        label = labels.get(device) or MemberLabel("", "", "")
        person = label.name or (session.store.user if this else _last_actor(session, device))
        devices.append(
            TeamDevice(
                device,
                crypto.fingerprint(bytes.fromhex(entry["sign"])),
                person,
                roster is not None and device == roster.leader,
                this,
                entry.get("removed_after") is not None,
                label.role,
                label.joined,
            )
        )
    return TeamOverview(
        leader_store,
        _summary(state),
        devices,
        state.device in entries,
        roster is not None and roster.removed_after(state.device) is not None,
    )
