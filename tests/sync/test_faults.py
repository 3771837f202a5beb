"""Bad bundles are refused with a clear reason and change nothing; the rest still imports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.team_sync import team_leader_service
from forebyg_desktop.services.team_sync.sync_service import quarantined, sync_status
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.sync import conflicts, crypto
from forebyg_desktop.sync.bundle import MAGIC, seal_bundle
from forebyg_desktop.sync.bundle_payload import operation_rows
from forebyg_desktop.sync.hub import bundle_files, bundle_name, roster_files


def _oplog(device) -> int:
    return device.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]


def _anna_bundle(anna, hub: Path) -> Path:
    anna.add_child("Ida Sørensen")
    anna.sync()
    (path,) = [b.path for b in bundle_files(hub) if b.device == anna.id]
    return path


def _stranger_signed(anna) -> bytes:
    ops = list(oplog_repo.of_device(anna.store, anna.id))
    keys = anna.state.team_keys()
    team = anna.state.team()
    return seal_bundle(
        anna.id,
        operation_rows(ops),
        team=team.team_id,
        epoch=max(keys),
        team_key=keys[max(keys)],
        signing_key=crypto.new_signing_key(),
    )[1]


def _other_team(anna) -> bytes:
    ops = list(oplog_repo.of_device(anna.store, anna.id))
    return seal_bundle(
        anna.id,
        operation_rows(ops),
        team="0190c0de-0000-7000-8000-000000000000",
        epoch=1,
        team_key=crypto.new_symmetric_key(),
        signing_key=anna.state.signing_key(),
    )[1]


def _newer_format(good: bytes) -> bytes:
    end = good.index(b"\n", len(MAGIC))
    header = json.loads(good[len(MAGIC) : end])
    header["format"] = 99
    return MAGIC + json.dumps(header).encode() + good[end:]


def _flip(good: bytes) -> bytes:
    bad = bytearray(good)
    bad[len(bad) // 2] ^= 0x04
    return bytes(bad)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda good, anna: b"", "the file is empty"),
        (lambda good, anna: good[: len(good) // 2], "altered or damaged"),
        (lambda good, anna: _flip(good), "altered or damaged"),
        (lambda good, anna: b"PK\x03\x04 not a bundle", "not a Forebyg bundle"),
        (lambda good, anna: _stranger_signed(anna), "not signed by device"),
        (lambda good, anna: _other_team(anna), "belongs to another team"),
        (lambda good, anna: _newer_format(good), "update the program"),
    ],
    ids=["zero-byte", "truncated", "bit-flipped", "foreign", "stranger", "wrong-team", "newer"],
)
def test_bad_bundle_is_quarantined_and_the_rest_imports(team, hub: Path, make, reason) -> None:
    leader, anna, bo = team
    good = _anna_bundle(anna, hub)
    content = good.read_bytes()
    good.write_bytes(make(content, anna))  # what a damaged copy in the hub would hold
    leader.add_child("Karl Jensen")
    leader.sync()
    before_ops = _oplog(bo)

    result = bo.sync()

    assert result.quarantined == 1
    assert result.imported == 1  # the leader's bundle still came in
    assert _oplog(bo) == before_ops + 1
    assert [c["name"] for c in bo.dump()["children"]] == ["Karl Jensen"]
    (entry,) = quarantined(bo.session)
    assert entry.file == good.name and reason in entry.reason
    assert "Ida" not in entry.reason
    assert sync_status(bo.session).quarantined == 1
    assert check_store(bo.store) == []
    assert bo.sync().quarantined == 0  # refused once, not reported anew every sync

    # The genuine file arrives after all: imported, and no longer quarantined.
    good.write_bytes(content)
    assert bo.sync().imported == 1
    assert quarantined(bo.session) == []
    anna.sync()
    assert bo.dump() == anna.dump()


def test_temporary_partial_and_conflict_copies_are_ignored(team, hub: Path) -> None:
    leader, anna, bo = team
    good = _anna_bundle(anna, hub)
    content = good.read_bytes()
    good.unlink()
    for name in (
        f".{good.name}.x7a2.tmp",
        f"{good.stem} (1).fbundle",
        f"{good.stem}-conflict-20261123.fbundle",
        f"{good.stem}.sync-conflict-20261123-101010-ABCDEFG.fbundle",
        f"{good.stem}-LAPTOP-42.fbundle",
        f"{good.name}.partial",
        f"~{good.name}",
    ):
        (hub / name).write_bytes(content[:100])
    result = bo.sync()
    assert (result.imported, result.quarantined) == (0, 0)
    assert quarantined(bo.session) == []


def test_crash_inside_an_import_leaves_a_sound_store_and_the_next_sync_completes(
    team, hub: Path, monkeypatch
) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    leader.add_child("Karl Jensen")
    leader.sync()
    before = bo.dump()
    calls = []
    real_refresh = conflicts.refresh

    def crash_on_second_bundle(store, records):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process dies between applying and committing
        return real_refresh(store, records)

    monkeypatch.setattr(conflicts, "refresh", crash_on_second_bundle)
    with pytest.raises(KeyboardInterrupt):
        bo.sync()
    assert check_store(bo.store) == []
    assert len(bo.dump()["children"]) == len(before["children"]) + 1  # first bundle only

    monkeypatch.setattr(conflicts, "refresh", real_refresh)
    bo.sync()
    assert check_store(bo.store) == []
    anna.sync()
    leader.sync()
    assert bo.dump() == anna.dump() == leader.dump()


def test_removed_device_cannot_read_new_bundles_and_its_new_bundles_are_refused(
    team, hub: Path, tmp_path: Path
) -> None:
    leader, anna, bo = team
    bo.add_child("Ida Sørensen")
    bo.sync()
    leader.sync()  # the leader holds bo's first operation
    team_leader_service.remove_device(leader.session, bo.id)
    assert max(leader.state.team_keys()) == 2

    # The lost laptop has not seen the new roster and keeps writing.
    newest = roster_files(hub)[-1][1]
    aside = tmp_path / newest.name
    shutil.move(newest, aside)
    bo.add_child("Karl Jensen")
    bo.sync()
    shutil.move(aside, newest)

    anna.sync()
    names = sorted(c["name"] for c in anna.dump()["children"])
    assert names == ["Ida Sørensen"]  # before the removal: kept; after: refused
    refused = quarantined(anna.session)
    assert [q.file for q in refused] == [bundle_name(bo.id, 2, 2)]
    assert "removed from the team" in refused[0].reason

    # New bundles use a key bo never received; bo itself now refuses to sync.
    anna.add_child("Lea Holm")
    anna.sync()
    assert 2 in anna.state.team_keys() and 2 not in bo.state.team_keys()
    with pytest.raises(ServiceError, match="removed from the team"):
        bo.sync()


def test_a_member_that_took_in_changes_refused_after_a_removal_withdraws_them(
    team, hub: Path, tmp_path: Path
) -> None:
    leader, anna, bo = team
    bo.add_child("Ida Sørensen")
    bo.sync()
    (late,) = [b.path for b in bundle_files(hub) if b.device == bo.id]
    shutil.move(late, tmp_path / late.name)  # not yet at the leader when it removes bo
    team_leader_service.remove_device(leader.session, bo.id)
    newest = roster_files(hub)[-1][1]
    shutil.move(newest, tmp_path / newest.name)  # nor the new roster at anna
    shutil.move(tmp_path / late.name, late)
    anna.sync()
    assert [c["name"] for c in anna.dump()["children"]] == ["Ida Sørensen"]
    shutil.move(tmp_path / newest.name, newest)
    result = anna.sync()
    # Everyone else refuses them: taken out again here too, so the team agrees.
    assert any("Withdrew 1 changes that removed device" in m.english() for m in result.problems)
    problems = [m.english() for m in sync_status(anna.session).problems]
    assert any("Withdrew 1 changes" in p for p in problems), problems
    assert "Ida" not in " ".join(problems)
    assert anna.dump()["children"] == [] and check_store(anna.store) == []
    assert any(
        e["detail"].startswith(f"withdrawn: changes of device {bo.id}")
        for e in anna.store.audit.entries()
    )
    leader.sync()
    assert anna.dump() == leader.dump()
