"""A removed laptop stays removed, whatever is squatted, deleted or reordered in the hub.

The new roster of a removal reaches the members even when its name was taken
beforehand or the file is deleted later (the leader puts it back at every
sync); a member that sees a roster missing, or a colleague still writing
under the replaced key, says so; nobody accepts a bundle under the old key
past what was held at the rotation, yet an honest member that wrote under
the old key before it saw the new roster loses nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.team_sync import team_leader_service
from forebyg_desktop.services.team_sync.sync_service import quarantined, sync_status
from forebyg_desktop.sync import hub as hub_module
from forebyg_desktop.sync.bundle import open_bundle
from forebyg_desktop.sync.hub import roster_files
from forebyg_desktop.sync.membership import current_roster
from forebyg_desktop.sync.problems import Waiting
from tests.sync.hostile import own_bundles


def _epoch(device) -> int:
    return current_roster(device.state).epoch


def _can_read(device, path: Path) -> bool:
    """Whether `device`'s keys open the bundle at `path`."""
    state = device.state
    try:
        open_bundle(
            path.read_bytes(),
            team=state.team().team_id,
            team_keys=state.team_keys(),
            device_key=lambda d: current_roster(state).signing_key(d),
        )
    except Waiting:
        return False
    return True


def _problems(device) -> list[str]:
    return [m.english() for m in sync_status(device.session).problems]


def test_squatted_roster_names_do_not_keep_a_lost_laptop_in(team, hub: Path) -> None:
    leader, anna, bo = team
    newest = roster_files(hub)[-1][0]
    for version in range(newest + 1, newest + 9):  # put there before the removal
        (hub / hub_module.roster_name(version)).write_bytes(b"")
    team_leader_service.remove_device(leader.session, bo.id)
    assert _epoch(leader) == 2

    assert anna.sync().quarantined >= 1  # the junk rosters
    assert _epoch(anna) == 2 and 2 in anna.state.team_keys()
    anna.add_child("Lea Holm")
    anna.sync()
    (lea,) = own_bundles(anna, hub)
    assert _can_read(leader, lea) and not _can_read(bo, lea)

    # What the lost laptop writes now is refused by everyone who has the new roster.
    bo.add_child("Karl Jensen")
    with pytest.raises(ServiceError, match="removed"):
        bo.sync()  # it learns it was removed, and exports nothing
    from forebyg_desktop.sync.export import export_new

    export_new(bo.state, hub, None)  # a tampered program would still write
    leader.sync()
    anna.sync()
    for device in (leader, anna):
        assert [c["name"] for c in device.dump()["children"]] == ["Lea Holm"]
        assert any("removed from the team" in q.reason for q in quarantined(device.session))


def test_a_deleted_roster_is_put_back_by_the_leader_and_its_absence_is_shown(
    team, hub: Path, tmp_path: Path
) -> None:
    leader, anna, bo = team
    team_leader_service.remove_device(leader.session, bo.id)
    leader.add_child("Karl Jensen")
    leader.sync()
    newest = roster_files(hub)[-1][1]
    newest.unlink()  # deleted after a clean removal

    result = anna.sync()
    assert result.imported == 0 and _epoch(anna) == 1
    assert any("has not received" in m.english() for _f, m in result.waiting)
    assert any("has not received" in p for p in _problems(anna))
    # An older roster missing is shown too.
    first = roster_files(hub)[0][1]
    shutil.move(first, tmp_path / first.name)
    assert any("lacks team roster version(s) 1" in p for p in _problems(anna))

    leader.sync()  # puts back every roster it published, byte for byte
    assert {v for v, _p in roster_files(hub)} == {1, 2, 3, 4}
    assert anna.sync().imported == 1 and _epoch(anna) == 2
    assert _problems(anna) == []


def test_a_roster_squatted_after_publication_is_put_back_under_another_name(
    team, hub: Path
) -> None:
    leader, anna, bo = team
    team_leader_service.remove_device(leader.session, bo.id)
    version, path = roster_files(hub)[-1]
    path.write_bytes(b"junk from the share")  # replaced by a stranger
    leader.sync()
    files = [p for v, p in roster_files(hub) if v == version]
    assert len(files) == 2
    anna.sync()
    assert _epoch(anna) == 2


def test_old_key_bundles_past_the_rotation_are_refused_and_the_honest_member_resends(
    team, hub: Path, tmp_path: Path
) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    team_leader_service.remove_device(leader.session, bo.id)  # holds anna's operation 1
    newest = roster_files(hub)[-1][1]
    shutil.move(newest, tmp_path / newest.name)  # anna has not seen the new roster yet

    anna.add_child("Lea Holm")  # operation 2, written under the old key
    anna.sync()
    assert _epoch(anna) == 1
    shutil.move(tmp_path / newest.name, newest)
    leader.sync()
    assert [c["name"] for c in leader.dump()["children"]] == ["Ida Sørensen"]
    (refused,) = quarantined(leader.session)
    assert "replaced" in refused.reason
    assert any(f"Device {anna.id} still writes under a team key" in p for p in _problems(leader))

    # Anna adopts the new roster and sends operation 2 again, under the new key.
    result = anna.sync()
    assert result.exported == 1 and _epoch(anna) == 2
    resent = [p for p in own_bundles(anna, hub) if p.name.count(".") == 3]
    assert len(resent) == 1 and not _can_read(bo, resent[0])
    leader.sync()
    assert sorted(c["name"] for c in leader.dump()["children"]) == ["Ida Sørensen", "Lea Holm"]
    assert not any("still writes" in p for p in _problems(leader))
    assert leader.dump() == anna.dump()


def test_a_removal_whose_roster_does_not_land_fails_loudly_and_changes_nothing(
    team, hub: Path, monkeypatch
) -> None:
    leader, anna, bo = team
    real = hub_module.create_atomic

    def share_that_garbles(path: Path, content: bytes) -> None:
        real(path, content[:-1] + b"?")  # what lands is not what was written

    monkeypatch.setattr(hub_module, "create_atomic", share_that_garbles)
    with pytest.raises(ServiceError, match="not removed yet"):
        team_leader_service.remove_device(leader.session, bo.id)
    assert _epoch(leader) == 1 and current_roster(leader.state).removed_after(bo.id) is None
    assert max(leader.state.team_keys()) == 1

    monkeypatch.setattr(hub_module, "create_atomic", real)
    team_leader_service.remove_device(leader.session, bo.id)
    assert _epoch(leader) == 2
