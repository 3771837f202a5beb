"""What the team dialogue and `forebyg team show` list: the team, its devices and their people.

Read only; nothing of any child's record.
"""

from __future__ import annotations

from dataclasses import dataclass

from forebyg_desktop.services.session import Session
from forebyg_desktop.services.team_sync.team_service import TeamSummary, summary
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.sync import crypto, membership
from forebyg_desktop.sync.problems import Rejected
from forebyg_desktop.sync.roster import MemberLabel
from forebyg_desktop.sync.state import SyncState


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
        summary(state),
        devices,
        state.device in entries,
        roster is not None and roster.removed_after(state.device) is not None,
    )
