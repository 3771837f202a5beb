"""Bounded reads, and less in clear: what a hub file may cost a reader and what it reveals.

Files are refused by size before they are read; a refused file is not read
again until its size or time changes. The team name is in no roster, bundle
sizes tell only a bucket, and an invitation is for the person the leader
named, used once, and expires.
"""

from __future__ import annotations

import os
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.team_sync import team_leader_service, team_service
from forebyg_desktop.services.team_sync.sync_service import quarantined
from forebyg_desktop.sync import intake as intake_module
from forebyg_desktop.sync import invitation as invitation_module
from forebyg_desktop.sync.bundle import padded_size
from forebyg_desktop.sync.hub import bundle_name, join_name, roster_name
from forebyg_desktop.sync.invitation import open_invitation
from forebyg_desktop.sync.membership import current_roster
from forebyg_desktop.sync.roster import b64
from tests.sync.conftest import new_device
from tests.sync.hostile import own_bundles


def test_an_oversize_file_is_refused_by_its_size_without_being_read(team, hub: Path) -> None:
    leader, anna, bo = team
    huge = hub / bundle_name(anna.id, 1, 1)
    with open(huge, "wb") as out:
        out.truncate(2 * 2**30)  # 2 GiB (sparse: no disk used)
    (hub / roster_name(50)).write_bytes(b"{" * (5 * 2**20))
    leader.add_child("Karl Jensen")
    leader.sync()
    tracemalloc.start()
    try:
        result = bo.sync()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 2**20
    assert result.imported == 1 and result.quarantined == 2
    reasons = {q.file: q.reason for q in quarantined(bo.session)}
    assert "too large (2147483648 bytes" in reasons[huge.name]
    assert "too large" in reasons[roster_name(50)]


def test_a_refused_file_is_read_again_only_when_it_changes(team, hub: Path, monkeypatch) -> None:
    leader, anna, bo = team
    junk = hub / bundle_name(anna.id, 1, 1)
    junk.write_bytes(b"not a bundle")
    reads: list[str] = []
    real = intake_module.read_bounded

    def counting(path: Path, limit: int) -> bytes:
        reads.append(path.name)
        return real(path, limit)

    monkeypatch.setattr(intake_module, "read_bounded", counting)
    assert bo.sync().quarantined == 1 and reads.count(junk.name) == 1
    bo.sync()
    bo.sync()
    assert reads.count(junk.name) == 1  # unchanged: not read again
    stat = junk.stat()
    os.utime(junk, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    bo.sync()
    assert reads.count(junk.name) == 2


def test_the_team_name_is_in_no_hub_file(team, hub: Path) -> None:
    leader, anna, bo = team
    team_leader_service.remove_device(leader.session, bo.id)
    anna.add_child("Ida Sørensen")
    anna.sync()
    name = leader.state.team().name
    assert name == "Børnehuset Solsikken"
    files = list(hub.iterdir())
    assert any(p.suffix == ".fbroster" for p in files)
    for path in files:
        content = path.read_bytes()
        for form in (name.encode(), name.encode("unicode_escape"), b"Solsikken"):
            assert form not in content, path.name
    assert "name" not in leader.state.roster_document()["body"]


def test_bundle_sizes_tell_only_their_bucket(team, hub: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida")
    anna.sync()
    for i in range(6):
        bo.add_child(f"Barn med et meget længere navn nummer {i}")
    bo.sync()
    sizes = {p.stat().st_size for p in own_bundles(anna, hub) + own_bundles(bo, hub)}
    assert len(sizes) == 1
    assert [padded_size(n) for n in (1, 4096, 4097, 2**20, 2**20 + 1)] == [
        4096,
        4096,
        8192,
        2**20,
        2 * 2**20,
    ]


def test_an_invitation_names_its_person_and_the_join_request_cannot(
    hub: Path, tmp_path: Path
) -> None:
    leader = new_device(tmp_path, "leader", role="leader")
    anna = new_device(tmp_path, "anna")
    try:
        team_service.create_team(leader.session, "Solsikken", hub)
        invitation = tmp_path / "anna.fbinvite"
        code = team_service.invite(leader.session, invitation, "Anna Holm", "staff")
        team_service.join_team(anna.session, invitation, code, hub)
        # What an older or tampered program would claim inside the request: ignored.
        from forebyg_desktop.store.canonical import canonical_json
        from forebyg_desktop.sync import crypto

        team, _keys, invitation_id, key = open_invitation(invitation.read_bytes(), code)
        sign, exchange = anna.state.public_keys()
        claim = {
            "device": anna.id,
            "sign": sign.hex(),
            "exchange": exchange.hex(),
            "name": "Mette Hansen",
            "role": "leader",
        }
        box = crypto.encrypt(
            key,
            canonical_json(claim).encode(),
            f"{team.team_id}|{invitation_id}|{anna.id}".encode(),
        )
        request = {
            "kind": "forebyg-join",
            "format": 1,
            "team": team.team_id,
            "invitation": invitation_id,
            "device": anna.id,
            "box": b64(box),
        }
        (hub / join_name(anna.id)).write_text(canonical_json(request))
        assert leader.sync().admitted == [anna.id]
        labels = current_roster(leader.state).labels(leader.state.team_keys())
        assert (labels[anna.id].name, labels[anna.id].role) == ("Anna Holm", "staff")
    finally:
        anna.session.close()
        leader.session.close()


def test_an_invitation_is_used_once(hub: Path, tmp_path: Path) -> None:
    leader = new_device(tmp_path, "leader", role="leader")
    anna, bo = new_device(tmp_path, "anna"), new_device(tmp_path, "bo")
    try:
        team_service.create_team(leader.session, "Solsikken", hub)
        invitation = tmp_path / "x.fbinvite"
        code = team_service.invite(leader.session, invitation, "Anna Holm")
        team_service.join_team(anna.session, invitation, code, hub)
        team_service.join_team(bo.session, invitation, code, hub)  # the same file, copied
        result = leader.sync()
        assert len(result.admitted) == 1 and result.quarantined == 1
        assert "already used" in quarantined(leader.session)[0].reason
        assert leader.sync().admitted == []
    finally:
        for device in (anna, bo, leader):
            device.session.close()


def test_an_invitation_expires(hub: Path, tmp_path: Path, it_config, monkeypatch) -> None:
    it_config("invitation_days = 3\n")
    leader = new_device(tmp_path, "leader", role="leader")
    anna, bo = new_device(tmp_path, "anna"), new_device(tmp_path, "bo")
    try:
        team_service.create_team(leader.session, "Solsikken", hub)
        invitation = tmp_path / "anna.fbinvite"
        code = team_service.invite(leader.session, invitation, "Anna Holm")
        (record,) = leader.state.invitations().values()
        assert record["expires"] == (date.today() + timedelta(days=3)).isoformat()
        later = (date.today() + timedelta(days=4)).isoformat()
        with pytest.raises(Exception, match="expired"):
            open_invitation(invitation.read_bytes(), code, today=later)

        # Joined in time, but the leader syncs only after the invitation expired.
        team_service.join_team(anna.session, invitation, code, hub)
        records = leader.state.invitations()
        for value in records.values():
            value["expires"] = (date.today() - timedelta(days=1)).isoformat()
        leader.state.set_invitations(records)
        assert leader.sync().admitted == []
        assert "expired" in quarantined(leader.session)[0].reason

        # The joiner is told at once when the file is already too old.
        old = tmp_path / "bo.fbinvite"
        code = team_service.invite(leader.session, old, "Bo Berg")

        class FourDaysLater(date):
            @classmethod
            def today(cls) -> date:
                return date.today() + timedelta(days=4)

        monkeypatch.setattr(invitation_module, "date", FourDaysLater)
        with pytest.raises(ServiceError, match="expired"):
            team_service.join_team(bo.session, old, code, hub)
    finally:
        for device in (anna, bo, leader):
            device.session.close()
