"""Teams of real devices (encrypted stores in their own folders) syncing through a real hub."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from forebyg_desktop.services.reports.dump_service import dump_records
from forebyg_desktop.services.session import Session, create_session, open_session
from forebyg_desktop.services.team_sync import team_service
from forebyg_desktop.services.team_sync.sync_service import SyncResult, run_sync
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
        from forebyg_desktop.services.child.child_service import add_child

        return add_child(self.session, name, "2021-04-12", group)

    def put(self, entity: str, entity_id: str, **fields) -> None:
        self.store.write([Change(entity, entity_id, fields)])


def new_device(root: Path, name: str, role: str = "staff") -> Device:
    session = create_session(
        root / name, PASSPHRASE, profile_id="topi", user=f"User {name}", role=role
    )
    return Device(name, session)


def enroll(leader: Device, device: Device, hub: Path, tmp: Path) -> None:
    """Invite (naming the person as its store does) and join, then let the leader admit it."""
    invitation = tmp / f"invite-{device.name}.fbinvite"
    role = device.store.meta_value("role") or "staff"
    code = team_service.invite(leader.session, invitation, device.store.user, role)
    team_service.join_team(device.session, invitation, code, hub)
    leader.sync()


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


TEAM = ("leader", "anna", "bo")


@pytest.fixture(scope="session")
def team_template(tmp_path_factory) -> Path:
    """A leader and two members enrolled through the real services, once per run."""
    root = tmp_path_factory.mktemp("team")
    hub = root / "hub"
    hub.mkdir()
    leader = new_device(root, "leader", role="leader")
    team_service.create_team(leader.session, "Børnehuset Solsikken", hub)
    members = [new_device(root, name) for name in TEAM[1:]]
    for member in members:
        enroll(leader, member, hub, root)
    devices = [leader, *members]
    for device in devices:
        device.sync()
    for device in devices:
        device.session.close()
    return root


def copy_team(template: Path, root: Path) -> list[Device]:
    """Fresh copies of the template's stores and hub under `root`, hub re-pointed."""
    shutil.copytree(template / "hub", root / "hub", dirs_exist_ok=True)
    devices = []
    for name in TEAM:
        shutil.copytree(template / name, root / name)
        device = Device(name, open_session(root / name, PASSPHRASE))
        device.state.set_hub(root / "hub")
        devices.append(device)
    return devices


@pytest.fixture
def team(team_template: Path, tmp_path: Path, hub: Path):
    """A leader and two members (fresh copies for this test), all synced once."""
    devices = copy_team(team_template, tmp_path)
    yield devices
    for device in devices:
        device.session.close()
