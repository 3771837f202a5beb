"""A Danish user sees the sync, team and handover services' refusals in Danish.

Each refusal is made by the real services on real encrypted stores and files,
and arrives the way the GUI gets it: through the StoreWorker's `on_error`, or
the sync runner's outcome shown in the status bar. The CLI keeps the English.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from forebyg_desktop.cli import main
from forebyg_desktop.services.handover.handover_import_service import import_file
from forebyg_desktop.services.handover.handover_service import export_handover
from forebyg_desktop.services.session import open_session
from forebyg_desktop.services.team_sync import team_leader_service, team_service
from forebyg_desktop.services.team_sync.sync_service import run_sync
from forebyg_desktop.ui.team_sync.sync_controller import SyncController
from forebyg_desktop.ui.team_sync.sync_status_widget import SyncStatusWidget
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device, enroll, new_device
from tests.sync.handover_fixtures import RECEIVER, make_institutions
from tests.ui.dialog_checks import refusal

pytestmark = pytest.mark.usefixtures("danish")


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


@pytest.fixture
def leader(tmp_path: Path, hub: Path) -> Iterator[Device]:
    device = new_device(tmp_path, "leader", role="leader")
    team_service.create_team(device.session, "Børnehuset Solsikken", hub)
    yield device
    device.session.close()


def test_a_wrong_invitation_code(qtbot, tmp_path, hub, leader, worker) -> None:
    invitation = tmp_path / "anna.fbinvite"
    code = team_service.invite(leader.session, invitation)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    anna = new_device(tmp_path, "anna").session
    try:
        shown = refusal(qtbot, worker, lambda: team_service.join_team(anna, invitation, wrong, hub))
    finally:
        worker.stop()
        anna.close()
    assert shown == f"{invitation}: koden passer ikke til denne invitation."


def test_an_unreachable_hub(qtbot, hub, leader, worker) -> None:
    shutil.rmtree(hub)
    shown = refusal(qtbot, worker, lambda: run_sync(leader.session))
    assert shown == f"Delingsmappen {hub.resolve()} kan ikke nås; intet blev synkroniseret."


def test_an_expired_consent_on_handover_export(qtbot, tmp_path, worker) -> None:
    inst = make_institutions(tmp_path)
    today = inst.sender.today()
    inst.consent(given_date=today - timedelta(days=365), expires=today)
    out = inst.folder / "zainab.handover"
    try:
        shown = refusal(
            qtbot,
            worker,
            lambda: export_handover(inst.sender, inst.child_id, inst.receiver_key, out),
        )
    finally:
        worker.stop()
        inst.sender.close()
        inst.receiver.close()
    assert shown == (
        f'Samtykket for barn {inst.child_id} til deling med "{RECEIVER}" udløb den {today}; '
        "intet blev overleveret."
    )
    assert not out.exists()


def test_a_file_that_is_no_handover(qtbot, tmp_path, worker) -> None:
    """The reason inside the sentence (from the file format) is Danish too."""
    inst = make_institutions(tmp_path)
    wrong = tmp_path / "referat.docx"
    wrong.write_bytes(b"PK\x03\x04 not a handover")
    try:
        shown = refusal(qtbot, worker, lambda: import_file(inst.receiver, wrong))
    finally:
        worker.stop()
        inst.sender.close()
        inst.receiver.close()
    assert shown == (
        f"{wrong}: filen er ikke en Forebyg-overlevering eller -kvittering; intet blev indlæst."
    )


def test_the_status_bar_says_in_danish_why_a_removed_laptop_cannot_sync(
    qtbot, tmp_path, hub, leader
) -> None:
    anna = new_device(tmp_path, "anna")
    enroll(leader, anna, hub, tmp_path)
    anna.sync()
    team_leader_service.remove_device(leader.session, anna.id)
    anna.session.close()
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    controller = SyncController(lambda: open_session(tmp_path / "anna", PASSPHRASE), status)
    try:
        qtbot.waitUntil(lambda: controller.last is not None, timeout=20000)
    finally:
        controller.stop()
    assert controller.last.result is None
    assert (
        status.label.toolTip()
        == "Denne enhed er fjernet fra teamet; den kan ikke længere synkronisere."
    )


def test_the_cli_keeps_the_english_sentence(tmp_path, hub, leader, capsys, monkeypatch) -> None:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    invitation = tmp_path / "anna.fbinvite"
    code = team_service.invite(leader.session, invitation)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    new_device(tmp_path, "anna").session.close()
    argv = ["--data-dir", str(tmp_path / "anna"), "team", "join", str(invitation)]
    argv += ["--code", wrong, "--hub", str(hub)]
    code_out = main(argv)
    assert code_out == 1
    assert f"{invitation}: the code does not match this invitation." in capsys.readouterr().err
