"""Export and import through a real hub folder: the basic round trips."""

from __future__ import annotations

import shutil
from pathlib import Path

from forebyg_desktop.sync.hub import bundle_files


def test_changes_reach_every_member_and_dumps_agree(team, hub: Path) -> None:
    leader, anna, bo = team
    ida = anna.add_child("Ida Sørensen")
    leader.add_child("Karl Jensen")
    for device in (anna, leader, bo, anna, leader):
        device.sync()
    dumps = [d.dump() for d in team]
    assert dumps[0] == dumps[1] == dumps[2]
    assert ida in {c["id"] for c in dumps[2]["children"]}


def test_import_twice_or_renamed_copy_changes_nothing(team, hub: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    assert anna.sync().exported == 1
    assert bo.sync().imported == 1
    before = bo.dump()
    (theirs,) = [b for b in bundle_files(hub) if b.device == anna.id]
    # A copy a sync engine made, and a copy renamed to another valid-looking name.
    shutil.copy(theirs.path, hub / (theirs.path.stem + " (1).fbundle"))
    shutil.copy(theirs.path, hub / theirs.path.name.replace(".0000000001-", ".0000000000-"))
    again = bo.sync()
    assert (again.imported, again.quarantined) == (0, 0)
    assert bo.dump() == before


def test_bundle_after_a_gap_waits_until_the_gap_is_filled(team, hub: Path, tmp_path: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    (first,) = [b.path for b in bundle_files(hub) if b.device == anna.id]
    aside = tmp_path / first.name
    shutil.move(first, aside)
    anna.add_child("Karl Jensen")
    anna.sync()
    result = bo.sync()
    assert result.imported == 0
    assert result.waiting and "from number 1" in result.waiting[0][1].english()
    assert bo.dump()["children"] == []
    shutil.move(aside, first)
    assert bo.sync().imported == 2
    assert bo.dump() == anna.dump()


def test_own_imported_operations_are_not_re_exported(team, hub: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    bo.sync()
    assert bo.sync().exported == 0
    assert {b.device for b in bundle_files(hub)} == {anna.id}
