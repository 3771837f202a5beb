"""Whose laptop each device is: names and roles in the roster, readable by members only."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.team_sync import (
    team_leader_service,
    team_overview_service,
    team_service,
)
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto, membership
from forebyg_desktop.sync.hub import join_name, roster_files
from forebyg_desktop.sync.invitation import make_join_request, open_invitation
from forebyg_desktop.sync.problems import Rejected
from forebyg_desktop.sync.roster import parse_roster, roster_bytes, verify_roster
from tests.sync.conftest import Device, new_device

TODAY = date.today().isoformat()


def _people(device: Device) -> dict[str, tuple[str, str, str, bool]]:
    """Device id -> (person, role, joined, removed) as `device`'s team overview shows it."""
    overview = team_overview_service.team_overview(device.session)
    return {d.device: (d.person, d.role, d.joined, d.removed) for d in overview.devices}


def _resign(document: dict, leader: Device, **changes) -> dict:
    """`document` with its body changed and signed again with the leader's own key.

    What a leader (or an older version of the program) could publish: the
    signature is valid, so only the labels themselves can be at fault.
    """
    body = {**document["body"], **changes}
    signature = crypto.sign(
        leader.state.signing_key(), canonical_json(body).encode(), context="roster"
    )
    return {"body": body, "signature": base64.b64encode(signature).decode()}


def _old_format(document: dict, leader: Device) -> dict:
    """The same roster as the format 1 program wrote it: keys only, no labels."""
    devices = {
        d: {k: v for k, v in e.items() if k != "label"}
        for d, e in document["body"]["devices"].items()
    }
    return _resign(document, leader, format=1, devices=devices)


def test_names_reach_every_member_before_anyone_writes_and_the_hub_shows_none(
    team, hub: Path
) -> None:
    leader, anna, bo = team
    expected = {
        leader.id: ("User leader", "leader", TODAY, False),
        anna.id: ("User anna", "staff", TODAY, False),
        bo.id: ("User bo", "staff", TODAY, False),
    }
    for device in team:
        assert device.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0] == 0
        assert _people(device) == expected, device.name
    for path in hub.iterdir():
        content = path.read_bytes()
        for name in ("User leader", "User anna", "User bo"):
            assert name.encode() not in content, (path.name, name)
    body = leader.state.roster_document()["body"]
    assert body["format"] == 3 and "name" not in body
    # Padded: "User bo" and "User leader" give labels of one length.
    assert len({len(e["label"]) for e in body["devices"].values()}) == 1


def test_after_removal_and_key_rotation_the_others_still_see_names(team) -> None:
    leader, anna, bo = team
    team_leader_service.remove_device(leader.session, bo.id)
    anna.sync()
    roster = membership.current_roster(anna.state)
    assert roster.epoch == 2
    expected = {
        leader.id: ("User leader", "leader", TODAY, False),
        anna.id: ("User anna", "staff", TODAY, False),
        bo.id: ("User bo", "staff", TODAY, True),
    }
    assert _people(anna) == expected and _people(leader) == expected

    # The removed laptop gets the new roster but not the new key: it cannot read
    # who is in the team any more (bo wrote nothing, so there is no guess either).
    with pytest.raises(ServiceError, match="removed"):
        bo.sync()
    people = _people(bo)
    assert people[anna.id] == ("", "", "", False)
    assert people[bo.id] == ("User bo", "", "", True)  # its own store knows its user


def test_an_old_format_roster_loads_and_the_next_one_names_who_it_can(
    tmp_path: Path, hub: Path
) -> None:
    """A team made by the previous version: format 1 roster, a join request without a name."""
    leader = new_device(tmp_path, "leader", role="leader")
    anna = new_device(tmp_path, "anna")
    try:
        team_service.create_team(leader.session, "Solsikken", hub)
        [(_, first)] = roster_files(hub)
        old = _old_format(leader.state.roster_document(), leader)
        first.write_bytes(roster_bytes(old))
        leader.state.set_roster_document(old)

        roster = parse_roster(first.read_bytes(), leader.state.team())
        assert roster.version == 1 and roster.labels(leader.state.team_keys()) == {}
        # Without labels the leader's own laptop is still named from its store.
        assert _people(leader) == {leader.id: ("User leader", "", "", False)}

        invitation = tmp_path / "anna.fbinvite"
        code = team_service.invite(leader.session, invitation)
        team_service.join_team(anna.session, invitation, code, hub)
        team, _keys, invitation_id, key = open_invitation(invitation.read_bytes(), code)
        old_request = make_join_request(team, invitation_id, key, anna.id, anna.state.public_keys())
        (hub / join_name(anna.id)).write_bytes(old_request)  # as the old version wrote it
        anna.add_child("Ida Sørensen")
        anna.sync()
        assert leader.sync().admitted == [anna.id]

        # The leader labels itself (joined unknown) and anna: the invitation named no one, so
        # her writes are recorded as the device's (the actor her bundles claim is not taken).
        assert _people(leader) == {
            leader.id: ("User leader", "leader", "", False),
            anna.id: (f"device {anna.id}", "staff", TODAY, False),
        }
        anna.sync()
        assert _people(anna)[leader.id] == ("User leader", "leader", "", False)
    finally:
        anna.session.close()
        leader.session.close()


def test_a_label_from_another_team_or_tampered_is_unknown_not_a_crash(team, tmp_path: Path) -> None:
    leader, anna, bo = team
    document = leader.state.roster_document()
    roster = verify_roster(document, leader.state.team())
    keys = leader.state.team_keys()
    assert set(roster.labels(keys)) == {leader.id, anna.id, bo.id}

    # Another team's key for the same epoch opens nothing.
    assert roster.labels({e: crypto.new_symmetric_key() for e in keys}) == {}

    # The leader's signature is valid but anna's label was moved to bo's entry,
    # and the leader's own label was altered or replaced by garbage: unknown, all three.
    devices = {d: dict(e) for d, e in document["body"]["devices"].items()}
    devices[bo.id]["label"] = devices[anna.id]["label"]
    box = bytearray(base64.b64decode(devices[anna.id]["label"]))
    box[-1] ^= 1
    devices[anna.id]["label"] = base64.b64encode(bytes(box)).decode()
    devices[leader.id]["label"] = "not base64 at all!"
    tampered = _resign(document, leader, devices=devices)
    assert verify_roster(tampered, leader.state.team()).labels(keys) == {}
    anna.state.set_roster_document(tampered)
    people = _people(anna)
    assert people[leader.id] == ("", "", "", False)  # nothing written by the leader yet
    assert people[anna.id][0] == "User anna" and people[bo.id][0] == ""

    # Changed without the leader's key, the roster does not verify at all.
    forged = {**document, "body": {**document["body"], "devices": devices}}
    with pytest.raises(Rejected, match="not signed"):
        verify_roster(forged, leader.state.team())
