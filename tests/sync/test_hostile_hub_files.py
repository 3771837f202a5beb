"""Each hub file stands alone: anything wrong with one file quarantines that file only.

Bundles (the clear header, the decrypted manifest, the payload rows), rosters,
join requests and profile packs with odd numbers (Infinity, NaN, 1e308, -1,
2**70, strings for numbers), lists for objects, deep nesting, duplicate or
unknown keys: the file is refused with a reason, and the sync goes on with
every other file. An unexpected error in one file is an internal error of
that file, never the end of the sync.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from forebyg_desktop.services.team_sync import team_leader_service
from forebyg_desktop.services.team_sync.sync_service import quarantined, sync_status
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.sync import conflicts
from forebyg_desktop.sync.hub import join_name, pack_name, roster_name
from tests.sync.hostile import (
    own_bundles,
    rows_payload,
    signed_payload,
    with_header,
    with_manifest_text,
)

DEEP = "[" * 5000 + "]" * 5000


def _setup(team, hub: Path) -> tuple[Path, bytes]:
    """Anna's genuine bundle (returned) and one of the leader's, both in the hub."""
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    leader.add_child("Karl Jensen")
    leader.sync()
    (path,) = own_bundles(anna, hub)
    return path, path.read_bytes()


def _refused_alone(team, path: Path) -> str:
    """Bo's sync: the file is refused with a reason, the leader's change still arrives."""
    leader, anna, bo = team
    result = bo.sync()
    assert result.imported == 1 and result.quarantined == 1
    assert [c["name"] for c in bo.dump()["children"]] == ["Karl Jensen"]
    (entry,) = quarantined(bo.session)
    assert entry.file == path.name
    assert "internal error" not in entry.reason and "Ida" not in entry.reason
    assert check_store(bo.store) == []
    return entry.reason


HEADERS = {
    "format-infinity": '{"epoch":1,"format":Infinity,"team":"T"}',
    "format-nan": '{"epoch":1,"format":NaN,"team":"T"}',
    "format-1e308": '{"epoch":1,"format":1e308,"team":"T"}',
    "epoch-negative": '{"epoch":-1,"format":2,"team":"T"}',
    "epoch-2**70": '{"epoch":' + str(2**70) + ',"format":2,"team":"T"}',
    "epoch-string": '{"epoch":"1","format":2,"team":"T"}',
    "team-list": '{"epoch":1,"format":2,"team":[]}',
    "header-list": '[1, 2, "T"]',
    "deep": DEEP[:400] + DEEP[-400:],
    "duplicate-key": '{"epoch":1,"epoch":2,"format":2,"team":"T"}',
    "unknown-key": '{"epoch":1,"format":2,"team":"T","x":1}',
    "bool-format": '{"epoch":1,"format":true,"team":"T"}',
}


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_a_bundle_header_with_odd_values_is_refused_alone(team, hub: Path, header: str) -> None:
    path, good = _setup(team, hub)
    team_id = team[0].state.team().team_id
    path.write_bytes(with_header(good, header.replace('"T"', json.dumps(team_id))))
    assert (
        "header" in _refused_alone(team, path)
        or "another team" in quarantined(team[2].session)[0].reason
    )
    path.write_bytes(good)  # the genuine file again: it imports
    assert team[2].sync().imported == 1


def test_a_stranger_file_over_a_huge_range_does_not_stop_the_real_bundle(team, hub: Path) -> None:
    """The reported case: `<device>.0000000001-9999999999.fbundle`, header format Infinity."""
    leader, anna, bo = team
    path, good = _setup(team, hub)
    junk = hub / f"{anna.id}.0000000001-9999999999.fbundle"
    junk.write_bytes(with_header(good, '{"epoch":1,"format":Infinity,"team":"x"}'))
    seen = []
    from forebyg_desktop.services.team_sync.sync_service import run_sync

    for _ in range(2):  # every sync, not only the first
        result = run_sync(bo.session, lambda done, total: seen.append((done, total)))
        assert result.imported in (2, 0)
    assert sorted(c["name"] for c in bo.dump()["children"]) == ["Ida Sørensen", "Karl Jensen"]
    assert [q.file for q in quarantined(bo.session)] == [junk.name]
    assert all(total < 2**31 for _done, total in seen)


MANIFESTS = {
    "first-infinity": (r'"first":1', '"first":Infinity'),
    "count-1e308": (r'"count":1', '"count":1e308'),
    "last-negative": (r'"last":1', '"last":-1'),
    "first-2**70": (r'"first":1', f'"first":{2**70}'),
    "epoch-string": (r'"epoch":1', '"epoch":"1"'),
    "device-list": (r'"device":"[^"]*"', '"device":[]'),
    "duplicate-key": (r'"first":1', '"first":1,"first":1'),
    "unknown-key": (r'"first":1', '"first":1,"zzz":1'),
    "whole-deep": (r"^.*$", DEEP),
    "not-json": (r"^.*$", "{not json"),
    "size-string": (r'"size":\d+', '"size":"12"'),
}


@pytest.mark.parametrize(("pattern", "replacement"), MANIFESTS.values(), ids=MANIFESTS.keys())
def test_a_manifest_changed_inside_the_encryption_is_refused_alone(
    team, hub: Path, pattern: str, replacement: str
) -> None:
    """What a holder of the team key (a removed laptop) can do: re-encrypt, not re-sign."""
    path, good = _setup(team, hub)
    key = team[1].state.team_keys()[1]
    path.write_bytes(
        with_manifest_text(good, key, lambda text: re.sub(pattern, replacement, text, count=1))
    )
    reason = _refused_alone(team, path)
    assert "manifest" in reason or "not signed" in reason


def test_a_manifest_length_past_the_content_is_refused(team, hub: Path) -> None:
    from tests.sync.hostile import reseal_inner

    path, good = _setup(team, hub)
    key = team[1].state.team_keys()[1]
    path.write_bytes(reseal_inner(good, key, lambda inner: b"\xff\xff\xff\xff" + inner[4:]))
    assert "manifest" in _refused_alone(team, path)


def _row(anna, **changes) -> list:
    row = {
        "op_id": "0190c0de-0000-7000-8000-0000000000aa",
        "seq": 1,
        "hlc": "000001764000000-000000",
        "actor": "x",
        "entity": "child",
        "entity_id": "0190c0de-0000-7000-8000-0000000000bb",
        "kind": "put",
        "fields": json.dumps({"name": "Ida", "birth_date": "2021-04-12", "group": "A"}),
        "base": "{}",
    }
    row.update(changes)
    return list(row.values())


PAYLOADS = {
    "object-not-list": lambda a: {"rows": 1},
    "row-too-short": lambda a: [_row(a)[:8]],
    "seq-string": lambda a: [_row(a, seq="1")],
    "seq-2**70": lambda a: [_row(a, seq=2**70)],
    "seq-bool": lambda a: [_row(a, seq=True)],
    "fields-list": lambda a: [_row(a, fields="[]")],
    "fields-nan": lambda a: [_row(a, fields='{"name": NaN}')],
    "fields-duplicate": lambda a: [_row(a, fields='{"name":"a","name":"b"}')],
    "fields-deep": lambda a: [_row(a, fields='{"a":' + DEEP + "}")],
    "fields-object": lambda a: [_row(a, fields={"name": "a"})],
    "base-list": lambda a: [_row(a, base="[1]")],
    "entity-unknown": lambda a: [_row(a, entity="secret")],
    "clock-garbage": lambda a: [_row(a, hlc="soon")],
    "two-rows-count-one": lambda a: [_row(a), _row(a, seq=2)],
}


@pytest.mark.parametrize("make", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_a_rogue_members_malformed_rows_are_refused_alone(team, hub: Path, make) -> None:
    """Signed by anna's own key, so only the rows themselves can be at fault."""
    path, good = _setup(team, hub)
    payload = rows_payload(make(team[1]))
    path.write_bytes(signed_payload(team[1], payload, 1, 1, 1))
    assert (
        "malformed" in _refused_alone(team, path)
        or "range" in quarantined(team[2].session)[0].reason
    )


def test_a_payload_that_inflates_past_its_cap_is_refused_unread(team, hub: Path) -> None:
    import zlib

    path, good = _setup(team, hub)
    bomb = zlib.compress(b"[" + b" " * (64 * 2**20) + b"]", 9)  # 64 MiB from ~64 KiB
    assert len(bomb) < 100_000
    path.write_bytes(signed_payload(team[1], bomb, 1, 1, 1))
    assert "inflates" in _refused_alone(team, path)


JUNK_ROSTERS = {
    "empty": b"",
    "not-json": b"{",
    "body-list": b'{"body":[],"signature":"AAAA"}',
    "nan": b'{"body":{"version":NaN},"signature":"AAAA"}',
    "deep": DEEP.encode(),
    "duplicate": b'{"body":{},"body":{},"signature":"AAAA"}',
    "huge-int": b'{"body":{"version":' + str(2**70).encode() + b'},"signature":"AAAA"}',
}


@pytest.mark.parametrize("content", JUNK_ROSTERS.values(), ids=JUNK_ROSTERS.keys())
def test_a_junk_roster_is_refused_and_the_sync_goes_on(team, hub: Path, content: bytes) -> None:
    leader, anna, bo = team
    leader.add_child("Karl Jensen")
    leader.sync()
    junk = hub / roster_name(99)
    junk.write_bytes(content)
    result = anna.sync()
    assert result.imported == 1 and result.quarantined == 1
    (entry,) = quarantined(anna.session)
    assert entry.file == junk.name and "roster" in entry.reason
    assert "internal error" not in entry.reason
    assert anna.sync().quarantined == 0  # refused once


JOINS = {
    "invitation-list": {"invitation": []},
    "device-number": {"device": 7},
    "box-object": {"box": {}},
    "kind-nan": "NaN",
}


@pytest.mark.parametrize("change", JOINS.values(), ids=JOINS.keys())
def test_a_broken_join_request_neither_stops_the_leader_nor_a_removal(
    team, hub: Path, change
) -> None:
    """`"invitation": []` used to end the leader's sync (TypeError) and so block a removal."""
    leader, anna, bo = team
    device = "0190c0de-0000-4000-8000-00000000beef"
    document = {
        "kind": "forebyg-join",
        "format": 1,
        "team": leader.state.team().team_id,
        "invitation": "x",
        "device": device,
        "box": "AAAA",
    }
    if isinstance(change, dict):
        document.update(change)
        text = json.dumps(document)
    else:
        text = json.dumps(document).replace('"forebyg-join"', change)
    (hub / join_name(device)).write_text(text)
    anna.add_child("Ida Sørensen")
    anna.sync()
    result = leader.sync()
    assert result.imported == 1 and result.admitted == [] and result.quarantined == 1
    assert "join request" in quarantined(leader.session)[0].reason
    team_leader_service.remove_device(leader.session, bo.id)  # does not depend on a clean sync
    assert membership_epoch(leader) == 2


def membership_epoch(device) -> int:
    from forebyg_desktop.sync.membership import current_roster

    return current_roster(device.state).epoch


def test_a_junk_profile_pack_is_refused_and_the_sync_goes_on(team, hub: Path) -> None:
    leader, anna, bo = team
    (hub / pack_name("topi", 2)).write_bytes(
        b'{"body":{"version":1e400,"profile":"x"},"signature":"AAAA"}'
    )
    leader.add_child("Karl Jensen")
    leader.sync()
    result = anna.sync()
    assert result.imported == 1 and result.profiles == [] and result.quarantined == 1
    assert "profile pack" in quarantined(anna.session)[0].reason


def test_an_unexpected_error_in_one_file_is_that_files_internal_error(
    team, hub: Path, monkeypatch
) -> None:
    leader, anna, bo = team
    path, good = _setup(team, hub)
    real = conflicts.candidates

    def fails_for_anna(store, ops):
        if ops and ops[0].device == anna.id:
            raise RuntimeError("a bug")
        return real(store, ops)

    monkeypatch.setattr(conflicts, "candidates", fails_for_anna)
    result = bo.sync()
    assert result.imported == 1 and result.quarantined == 1
    (entry,) = quarantined(bo.session)
    assert entry.reason == f"internal error in file {path.name}: RuntimeError"
    assert check_store(bo.store) == []
    assert sync_status(bo.session).quarantined == 1

    # Not the file's fault for good: tried again at the next sync, and imported.
    monkeypatch.setattr(conflicts, "candidates", real)
    assert bo.sync().imported == 1
    assert quarantined(bo.session) == []
    anna.sync()
    leader.sync()
    assert bo.dump() == anna.dump() == leader.dump()
