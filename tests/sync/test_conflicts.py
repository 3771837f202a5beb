"""Concurrent edits of one field are kept as a conflict for a person; nothing is lost."""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.services.team_sync.conflict_service import list_conflicts, resolve_conflict
from forebyg_desktop.services.team_sync.sync_service import sync_status
from forebyg_desktop.store import child_repo
from forebyg_desktop.store.operation import Change


def _everyone_syncs(devices, rounds: int = 2) -> None:
    for _ in range(rounds):
        for device in devices:
            device.sync()


def test_concurrent_edits_conflict_same_shown_value_and_resolution_reaches_all(team) -> None:
    leader, anna, bo = team
    child = anna.add_child("Ida Sørensen")
    _everyone_syncs(team)
    anna.put("child", child, group="Mariehønen")
    bo.put("child", child, group="Bierne")
    _everyone_syncs(team)

    shown = {d.store.get("child", child)["group"] for d in team}
    assert len(shown) == 1  # last writer wins, the same everywhere
    for device in team:
        (conflict,) = list_conflicts(device.session)
        assert conflict.field == "group" and conflict.child_id == child
        assert sorted(o.value for o in conflict.options) == ["Bierne", "Mariehønen"]
        assert sync_status(device.session).conflicts == 1

    (conflict,) = list_conflicts(leader.session)
    keep = [o.value for o in conflict.options].index("Mariehønen")
    resolve_conflict(leader.session, conflict.key, keep)
    _everyone_syncs(team)
    for device in team:
        assert list_conflicts(device.session) == []
        assert device.store.get("child", child)["group"] == "Mariehønen"


def test_an_edit_made_after_seeing_the_other_is_no_conflict(team) -> None:
    leader, anna, bo = team
    child = anna.add_child("Ida Sørensen")
    _everyone_syncs(team)
    anna.put("child", child, group="Mariehønen")
    _everyone_syncs(team)
    bo.put("child", child, group="Bierne")
    _everyone_syncs(team)
    assert all(list_conflicts(d.session) == [] for d in team)
    assert {d.store.get("child", child)["group"] for d in team} == {"Bierne"}


def test_edit_against_a_deleted_record_is_surfaced_and_can_be_kept(team) -> None:
    leader, anna, bo = team
    child = anna.add_child("Ida Sørensen")
    _everyone_syncs(team)
    anna.store.write([Change("child", child, {}, kind="delete")])
    bo.put("child", child, group="Bierne")
    _everyone_syncs(team)
    for device in team:
        (conflict,) = list_conflicts(device.session)
        assert conflict.is_deletion
        assert {o.kind for o in conflict.options} == {"delete", "put"}
    (conflict,) = list_conflicts(anna.session)
    keep_edit = [o.kind for o in conflict.options].index("put")
    resolve_conflict(anna.session, conflict.key, keep_edit)
    _everyone_syncs(team)
    for device in team:
        assert list_conflicts(device.session) == []
        assert device.store.get("child", child)["group"] == "Bierne"


def test_finalised_assessments_never_conflict(team, hub: Path) -> None:
    leader, anna, bo = team
    child = anna.add_child("Ida Sørensen")
    _everyone_syncs(team)
    from forebyg_desktop.services.assessment.assessment_service import quick_assessment

    a = quick_assessment(
        anna.session,
        child_id=child,
        position="yellow",
        signs=[],
        protective=[],
        note="",
        joint=False,
    )
    b = quick_assessment(
        bo.session, child_id=child, position="green", signs=[], protective=[], note="", joint=False
    )
    _everyone_syncs(team)
    for device in team:
        assert list_conflicts(device.session) == []
        held = {r["id"] for r in child_repo.records_about(device.store, "assessment", child)}
        assert {a.id, b.id} <= held
