"""Updated strategy profiles reach every device as packs signed by the team leader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forebyg_desktop.paths import profiles_dir
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import open_session
from forebyg_desktop.services.team_sync import team_leader_service
from forebyg_desktop.services.team_sync.sync_service import quarantined
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.hub import pack_name
from forebyg_desktop.sync.profile_pack import make_pack
from tests.conftest import PASSPHRASE


def _topi_v2(tmp_path: Path) -> Path:
    data = json.loads((profiles_dir() / "topi.json").read_text(encoding="utf-8"))
    data["version"] = 2
    path = tmp_path / "topi-v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_leader_pack_reaches_members_and_records_keep_their_version(team, tmp_path: Path) -> None:
    leader, anna, bo = team
    old = anna.add_child("Ida Sørensen")
    from forebyg_desktop.services.plan.plan_service import quick_plan

    before = quick_plan(
        anna.session, child_id=old, template=_template(anna), goal="Trives", follow_up="2027-01-10"
    )
    assert team_leader_service.publish_profile(leader.session, _topi_v2(tmp_path)) == ("topi", 2)
    result = anna.sync()
    assert result.profiles == [("topi", 2)] and anna.session.profile.version == 2
    after = quick_plan(
        anna.session, child_id=old, template=_template(anna), goal="Leger", follow_up="2027-02-10"
    )
    assert anna.store.get("plan", before)["profile_version"] == 1
    assert anna.store.get("plan", after)["profile_version"] == 2
    # Reopening the store keeps using the adopted version.
    bo.sync()
    bo.session.close()
    reopened = open_session(tmp_path / "bo", PASSPHRASE)
    try:
        assert reopened.profile.version == 2
    finally:
        reopened.close()
        bo.session = open_session(tmp_path / "bo", PASSPHRASE)


def _template(device) -> str:
    return device.session.profile.plan_templates[0].key


def test_pack_not_signed_by_the_leader_is_quarantined(team, hub: Path, tmp_path: Path) -> None:
    leader, anna, bo = team
    path = _topi_v2(tmp_path)
    from forebyg_desktop.store.profile_repo import load_profile_file

    forged = make_pack(
        anna.state.team(), crypto.new_signing_key(), path.read_bytes(), load_profile_file(path)
    )
    (hub / pack_name("topi", 2)).write_bytes(forged)
    result = bo.sync()
    assert result.profiles == [] and bo.session.profile.version == 1
    assert "not signed by the team leader" in quarantined(bo.session)[0].reason


def test_only_the_leader_publishes_and_only_newer_versions(team, tmp_path: Path) -> None:
    leader, anna, bo = team
    with pytest.raises(ServiceError, match="Only the team leader"):
        team_leader_service.publish_profile(anna.session, _topi_v2(tmp_path))
    with pytest.raises(ServiceError, match="not newer"):
        team_leader_service.publish_profile(leader.session, profiles_dir() / "topi.json")


def test_a_leader_signed_profile_with_duplicate_keys_or_nan_is_refused(
    team, hub: Path, tmp_path: Path
) -> None:
    """Signed or not, the profile inside a pack is hub JSON: read strictly."""
    leader, anna, bo = team
    from forebyg_desktop.store.profile_repo import load_profile_file

    path = _topi_v2(tmp_path)
    profile = load_profile_file(path)
    text = path.read_text(encoding="utf-8")
    for version, raw in (
        (2, text.replace('"version": 2', '"version": 2, "version": 2', 1)),
        (3, text.replace('"version": 2', '"version": NaN, "version": 3', 1)),
    ):
        assert raw != text
        pack = make_pack(leader.state.team(), leader.state.signing_key(), raw.encode(), profile)
        (hub / pack_name("topi", version)).write_bytes(pack)
    result = anna.sync()
    assert result.profiles == [] and anna.session.profile.version == 1
    reasons = {q.file: q.reason for q in quarantined(anna.session)}
    assert set(reasons) == {pack_name("topi", 2), pack_name("topi", 3)}
    assert all("not valid" in r or "name does not match" in r for r in reasons.values())
