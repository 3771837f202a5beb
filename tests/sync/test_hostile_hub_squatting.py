"""A write to the hub that did not land is an error; squatted names and restores lose nothing.

Junk under a device's next bundle names: the bundles go out under
alternative names, members get every change, and the device says what
happened. A share that does not keep what was written: the export stops with
a message, and nothing is counted as exported. A store restored from a
backup finds its own changes made after the backup in the hub, takes them
back and numbers new changes after them: nothing is lost in either direction.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from forebyg_desktop.cli import main
from forebyg_desktop.services.session import open_session
from forebyg_desktop.services.team_sync.sync_service import quarantined, sync_status
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.sync import hub as hub_module
from forebyg_desktop.sync.hub import bundle_name
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device
from tests.sync.hostile import own_bundles


def _names(device) -> list[str]:
    return sorted(c["name"] for c in device.dump()["children"])


def test_squatted_bundle_names_lose_no_change(team, hub: Path) -> None:
    leader, anna, bo = team
    for seq in range(1, 6):  # empty files named like anna's next bundles
        (hub / bundle_name(anna.id, seq, seq)).write_bytes(b"")
    anna.add_child("Ida Sørensen")
    result = anna.sync()
    assert result.exported == 1 and result.failed == []
    assert any("taken by a file this device did not write" in m.english() for m in result.problems)
    status = sync_status(anna.session)
    assert status.outgoing == 0
    assert any("did not write" in m.english() for m in status.problems)

    assert bo.sync().imported == 1 and _names(bo) == ["Ida Sørensen"]
    anna.add_child("Karl Jensen")  # the next number is squatted too: no gap waits forever
    assert anna.sync().exported == 1
    assert bo.sync().imported == 1
    assert _names(bo) == ["Ida Sørensen", "Karl Jensen"]
    # The junk under the numbers bo has reached so far is refused, once each.
    assert {q.file for q in quarantined(bo.session)} == {
        bundle_name(anna.id, seq, seq) for seq in (1, 2, 3)
    }


def test_a_write_that_does_not_land_is_an_error_not_an_export(
    team, hub: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    leader, anna, bo = team
    real = hub_module.create_atomic
    monkeypatch.setattr(
        hub_module, "create_atomic", lambda path, content: real(path, content[:-1] + b"?")
    )
    anna.add_child("Ida Sørensen")
    result = anna.sync()
    assert result.exported == 0
    assert any("could not be written" in m.english() for m in result.failed)
    assert sync_status(anna.session).outgoing == 1
    assert any("could not be written" in m.english() for m in sync_status(anna.session).problems)
    capsys.readouterr()
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(tmp_path / "anna"), "sync"]) == 1
    captured = capsys.readouterr()
    assert "Exported 0 operations" in captured.out and "could not be written" in captured.err

    monkeypatch.setattr(hub_module, "create_atomic", real)
    assert anna.sync().exported == 1
    assert bo.sync().imported == 1


def test_a_bundle_written_but_not_recorded_counts_once(team, hub: Path) -> None:
    """Stopped after the file was written, before the mark was saved: no second copy."""
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    anna.state.set_exported_seq(0)  # what a crash at that moment leaves
    result = anna.sync()
    assert (result.exported, result.recovered) == (0, 0)
    assert len(own_bundles(anna, hub)) == 1
    assert sync_status(anna.session).outgoing == 0
    assert bo.sync().imported == 1


def _backup(device: Device, root: Path, where: Path) -> Device:
    """Copy the store folder as the IT guide says (program closed), then open it again."""
    device.session.close()
    shutil.copytree(root / device.name, where)
    return Device(device.name, open_session(root / device.name, PASSPHRASE))


def _restore(device: Device, root: Path, backup: Path) -> Device:
    device.session.close()
    shutil.rmtree(root / device.name)
    shutil.copytree(backup, root / device.name)
    return Device(device.name, open_session(root / device.name, PASSPHRASE))


def test_a_store_restored_from_a_backup_loses_nothing_in_either_direction(
    team, hub: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.sync()
    anna = _backup(anna, tmp_path, tmp_path / "anna-backup")

    anna.add_child("Karl Jensen")  # after the backup: in the hub, lost with the laptop
    anna.sync()
    leader.add_child("Lea Holm")  # the team's change after the backup
    leader.sync()
    bo.sync()

    anna = _restore(anna, tmp_path, tmp_path / "anna-backup")
    assert _names(anna) == ["Ida Sørensen"]
    anna.add_child("Mads Berg")  # takes the number Karl's operation had
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "anna"), "sync"]) == 0
    out = capsys.readouterr().out
    assert "recovered 1 of this device's own operations" in out

    assert _names(anna) == ["Ida Sørensen", "Karl Jensen", "Lea Holm", "Mads Berg"]
    assert check_store(anna.store) == []
    seqs = [op.seq for op in oplog_repo.of_device(anna.store, anna.id)]
    assert seqs == [1, 2, 3]  # Mads now after Karl
    assert sync_status(anna.session).outgoing == 0
    for device in (bo, leader):
        device.sync()
        assert _names(device) == _names(anna)
        assert quarantined(device.session) == []
    assert anna.dump() == bo.dump() == leader.dump()
    anna.session.close()
