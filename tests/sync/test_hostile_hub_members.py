"""A team member gone rogue: what its validly signed bundles can and cannot do.

A far-future clock never crashes anyone; reusing a colleague's operation ids
erases nothing; the actor a bundle claims is not taken (the roster names the
person); a leader's signature for one kind of file never passes as another.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from forebyg_desktop.services.team_sync.sync_service import quarantined
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.sync.hub import pack_name, roster_name
from forebyg_desktop.sync.membership import current_roster
from forebyg_desktop.sync.roster import roster_bytes
from tests.sync.hostile import inner_of, next_ops, operation_rows, own_bundles, signed_by


def _child(name: str) -> dict:
    return {"name": name, "birth_date": "2021-04-12", "group": "Sommerfuglene"}


def test_an_operation_stamped_far_in_the_future_crashes_no_one(team, hub: Path) -> None:
    leader, anna, bo = team
    (op,) = next_ops(anna, [_child("Ida Sørensen")])
    row = operation_rows([op])[0]
    row[2] = "999999999999999-999999"
    name, data = signed_by(anna, [row])
    (hub / name).write_bytes(data)
    leader.add_child("Karl Jensen")
    leader.sync()

    for device in (bo, leader):
        for _ in range(2):
            device.sync()  # completes, every time
        names = [c["name"] for c in device.dump()["children"]]
        assert "Karl Jensen" in names and "Ida Sørensen" not in names
        assert [q.file for q in quarantined(device.session)] == [name]
        device.add_child(f"Lea {device.name}")  # the clock was not pushed to its end
        assert check_store(device.store) == []
        device.sync()
    assert bo.sync().imported == 1 and bo.dump() == leader.dump()


def test_reusing_a_colleagues_operation_ids_erases_nothing(team, hub: Path) -> None:
    leader, anna, bo = team
    bo.add_child("Ida Sørensen")
    bo.sync()
    (theirs,) = oplog_repo.of_device(bo.store, bo.id)
    (mine,) = next_ops(anna, [_child("Falsk")])
    row = operation_rows([mine])[0]
    row[0] = theirs.op_id  # bo's op id, in anna's bundle
    name, data = signed_by(anna, [row])
    (hub / name).write_bytes(data)
    assert anna.id != bo.id
    result = leader.sync()
    assert result.imported == 2 and result.waiting == []
    assert sorted(c["name"] for c in leader.dump()["children"]) == ["Falsk", "Ida Sørensen"]
    held = [op.op_id for op in oplog_repo.of_device(leader.store, bo.id)]
    assert held == [theirs.op_id]
    bo.add_child("Karl Jensen")  # bo's later changes do not wait on a gap
    bo.sync()
    assert leader.sync().imported == 1


def test_an_imported_change_is_by_the_rosters_person_whatever_the_bundle_claims(
    team, hub: Path
) -> None:
    leader, anna, bo = team
    (op,) = next_ops(anna, [_child("Ida Sørensen")])
    row = operation_rows([op])[0]
    row[3] = "Mette Hansen (leder)"  # a claimed actor
    name, data = signed_by(anna, [row])
    (hub / name).write_bytes(data)
    leader.sync()
    (held,) = oplog_repo.of_device(leader.store, anna.id)
    assert held.actor == "User anna"
    entry = leader.store.audit.entries(op.entity_id)[-1]
    assert entry["actor"] == "User anna"
    assert entry["detail"].startswith(f"received from device {anna.id} (User anna)")


def _leader_manifest(leader, hub: Path) -> tuple[bytes, bytes]:
    """(manifest bytes, the leader's signature over them) from the leader's own bundle."""
    leader.add_child("Karl Jensen")
    leader.sync()
    (path,) = own_bundles(leader, hub)
    _header, inner = inner_of(path.read_bytes(), leader.state.team_keys()[1])
    size = int.from_bytes(inner[:4], "big")
    return inner[4 : 4 + size], inner[4 + size : 4 + size + 64]


def test_a_leader_signature_for_one_kind_of_file_never_passes_as_another(team, hub: Path) -> None:
    leader, anna, bo = team
    manifest, signature = _leader_manifest(leader, hub)
    before = current_roster(anna.state).version
    # A bundle manifest the leader signed, offered as a roster body and as a profile pack.
    forged = {"body": json.loads(manifest), "signature": base64.b64encode(signature).decode()}
    (hub / roster_name(before + 1)).write_bytes(roster_bytes(forged))
    (hub / pack_name("topi", 9)).write_bytes(roster_bytes(forged))
    # The leader's real roster, offered as a profile pack.
    (hub / pack_name("topi", 10)).write_bytes(roster_bytes(leader.state.roster_document()))
    result = anna.sync()
    assert current_roster(anna.state).version == before and result.profiles == []
    reasons = {q.file: q.reason for q in quarantined(anna.session)}
    assert "not signed by the team leader" in reasons[roster_name(before + 1)]
    assert "not signed by the team leader" in reasons[pack_name("topi", 9)]
    assert "not signed by the team leader" in reasons[pack_name("topi", 10)]
    assert result.imported == 1  # the leader's bundle itself is fine
