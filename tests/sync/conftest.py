"""Teams of real devices (encrypted stores in their own folders) syncing through a real hub."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from forebyg_desktop.services import team_service
from forebyg_desktop.services.dump_service import dump_records
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.services.sync_service import SyncResult, run_sync
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync.state import SyncState
from tests.conftest import PASSPHRASE


@dataclass
class Device:
    name: str
    session: Session

    @property
    def store(self):
        return self.session.store

    @property
    def id(self) -> str:
        return self.store.device_id

    @property
    def state(self) -> SyncState:
        return SyncState(self.store)

    def sync(self) -> SyncResult:
        return run_sync(self.session)

    def dump(self) -> dict:
        return dump_records(self.session)

    def add_child(self, name: str, group: str = "Sommerfuglene") -> str:
        from forebyg_desktop.services.child_service import add_child

        return add_child(self.session, name, "2021-04-12", group)

    def put(self, entity: str, entity_id: str, **fields) -> None:
        self.store.write([Change(entity, entity_id, fields)])


def new_device(root: Path, name: str, role: str = "staff") -> Device:
    session = create_session(
        root / name, PASSPHRASE, profile_id="topi", user=f"User {name}", role=role
    )
    return Device(name, session)


def enroll(leader: Device, device: Device, hub: Path, tmp: Path) -> None:
    """Invite and join through the real services, then let the leader admit it."""
    invitation = tmp / f"invite-{device.name}.fbinvite"
    code = team_service.invite(leader.session, invitation)
    team_service.join_team(device.session, invitation, code, hub)
    leader.sync()


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


@pytest.fixture
def team(tmp_path: Path, hub: Path):
    """A leader and two members, enrolled, all synced once."""
    leader = new_device(tmp_path, "leader", role="leader")
    team_service.create_team(leader.session, "Børnehuset Solsikken", hub)
    members = [new_device(tmp_path, name) for name in ("anna", "bo")]
    for member in members:
        enroll(leader, member, hub, tmp_path)
    devices = [leader, *members]
    for device in devices:
        device.sync()
    yield devices
    for device in devices:
        device.session.close()
