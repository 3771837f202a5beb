"""End to end: a rogue team member's bundles through a real hub are refused by everyone.

A leader and two members (real encrypted stores enrolled through the real
services) sync through a real hub folder. Bo goes rogue: with his passphrase he
writes raw changes past the services (or edits his own change log) and his
device exports and signs them as usual. Every other member's sync ends
normally, the bundle is quarantined with a reason naming Bo's device and the
operation, and their data stays exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.team_sync.sync_service import quarantined
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.operation import Change


def _final_assessment(device, child_id: str) -> str:
    result = quick_assessment(
        device.session,
        child_id=child_id,
        position="yellow",
        signs=["withdrawn"],
        protective=[],
        note="Trækker sig fra legen om formiddagen",
    )
    return result.id


def _everyone_synced(devices) -> None:
    for device in (*devices, *devices):
        device.sync()


def test_a_rogue_edit_of_a_finalised_assessment_changes_nobodys_data(team, hub: Path) -> None:
    leader, anna, bo = team
    ida = anna.add_child("Ida Sørensen")
    assessment = _final_assessment(anna, ida)
    _everyone_synced(team)
    before = {d.name: d.dump() for d in (leader, anna)}

    # Point 5: yellow -> green and the note replaced, by a raw put from Bo's device.
    bo.store.write(
        [Change("assessment", assessment, {"position": "green", "observations": "Alt er fint"})]
    )
    assert bo.sync().exported == 1
    results = [leader.sync(), anna.sync()]

    for device, result in zip((leader, anna), results, strict=True):
        assert result.quarantined == 1 and result.imported == 0
        assert device.dump() == before[device.name]
        (refusal,) = quarantined(device.session)
        reason = refusal.reason
        assert f"Operation 1 of device {bo.id} was refused" in reason
        assert "finalised" in reason and "Alt er fint" not in reason
        assert check_store(device.store) == []
    stored = leader.store.get("assessment", assessment)
    assert (stored["position"], stored["observations"]) == (
        "yellow",
        "Trækker sig fra legen om formiddagen",
    )


def test_a_forged_clock_stamp_stops_nobodys_sync(team, hub: Path) -> None:
    leader, anna, bo = team
    # Point 4: one operation stamped 999999999999999-999999 broke every member's sync.
    bo.add_child("Karl Jensen")
    bo.store.db.execute(
        "UPDATE oplog SET hlc = '999999999999999-999999' WHERE device = ? AND entity = 'child'",
        [bo.id],
    )
    ida = anna.add_child("Ida Sørensen")
    results = [d.sync() for d in (bo, anna, leader, anna)]
    assert results[2].quarantined == 1
    assert [c["id"] for c in leader.dump()["children"]] == [ida]  # Anna's change came through
    assert "clock stamp is not valid" in quarantined(leader.session)[0].reason
    assert anna.dump() == leader.dump()
    # The leader's clock was not pushed into the far future.
    assert leader.store.meta_value("hlc") < "0030"


def test_a_cpr_number_or_terminal_escape_in_a_received_name_is_refused(team, hub: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    _everyone_synced(team)
    before = leader.dump()
    bo.store.write(
        [
            Change(
                "child",
                "0190c0de-0000-7000-8000-0000000000c9",
                {"name": "Noah 01.02.03 - 1234", "birth_date": "2021-04-12", "group": "X"},
            )
        ]
    )
    assert bo.sync().exported == 1
    assert leader.sync().quarantined == 1
    assert leader.dump() == before
    assert "name of child" in quarantined(leader.session)[0].reason
    assert "CPR" in quarantined(leader.session)[0].reason
