"""Two devices in two processes, each with its own data folder, syncing through one folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from forebyg_desktop.cli import main
from forebyg_desktop.services.session import open_session
from forebyg_desktop.services.setup.demo_service import run_demo
from forebyg_desktop.services.team_sync import team_service
from forebyg_desktop.store.integrity import check_store
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device, enroll, new_device

CHILD, NOTE = "Ida Sørensen", "Ida græder ofte ved aflevering"


def _forebyg(data: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "FOREBYG_PASSPHRASE": PASSPHRASE, "FOREBYG_DATA_DIR": str(data)}
    return subprocess.Popen(
        [sys.executable, "-m", "forebyg_desktop.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run(data: Path, *args: str) -> str:
    proc = _forebyg(data, *args)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return out.strip()


def _pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    hub, leader, member = tmp_path / "hub", tmp_path / "leader", tmp_path / "member"
    hub.mkdir()
    _run(leader, "init", "--profile", "topi", "--user", "Mette Hansen", "--role", "leader")
    _run(member, "init", "--profile", "topi", "--user", "Jonas Berg")
    _run(leader, "team", "create", "--name", "Børnehuset Solsikken", "--hub", str(hub))
    invitation = tmp_path / "jonas.fbinvite"
    code = _run(leader, "team", "invite", "--out", str(invitation), "--name", "Jonas Berg")
    _run(member, "team", "join", str(invitation), "--code", code, "--hub", str(hub))
    return hub, leader, member


def test_two_processes_converge_through_one_folder_and_the_hub_reveals_nothing(
    tmp_path: Path,
) -> None:
    hub, leader, member = _pair(tmp_path)
    child = _run(
        member,
        "child",
        "add",
        "--name",
        CHILD,
        "--birth-date",
        "2021-04-12",
        "--group",
        "Sommerfuglene",
    )
    _run(member, "assess", "add", "--child", child, "--position", "yellow", "--note", NOTE)
    _run(member, "sync")  # exported before the leader admitted it
    first = json.loads(_run(leader, "--json", "sync"))
    assert first["admitted"] and first["imported"] == 2
    _run(
        leader,
        "child",
        "add",
        "--name",
        "Karl Jensen",
        "--birth-date",
        "2020-01-02",
        "--group",
        "Sommerfuglene",
    )
    _run(leader, "sync")
    _run(member, "sync")
    assert _run(leader, "dump") == _run(member, "dump")
    status = json.loads(_run(member, "--json", "sync", "status"))
    assert status["outgoing"] == 0 and status["problems"] == [] and status["reachable"]
    # Each laptop lists every device with its person, from the (encrypted) roster.
    shown = json.loads(_run(member, "--json", "team", "show"))
    people = {d["person"]: (d["role"], d["removed"]) for d in shown["devices"]}
    assert people == {"Mette Hansen": ("leader", False), "Jonas Berg": ("staff", False)}
    listing = _run(leader, "team", "show").splitlines()
    jonas = next(d for d in shown["devices"] if d["person"] == "Jonas Berg")
    assert f"  {jonas['device']}  Jonas Berg  role staff  joined {jonas['joined']}" in listing

    # Nothing readable in the hub: bundles, roster, join request - and the invitation.
    files = [*hub.iterdir(), tmp_path / "jonas.fbinvite"]
    assert len(files) >= 5
    for path in files:
        content = path.read_bytes()
        for secret in (CHILD, NOTE, "Ida", "Karl Jensen", "Mette Hansen", "Jonas Berg"):
            for encoded in (secret.encode(), secret.encode("unicode_escape")):
                assert encoded not in content, (path.name, secret)


def test_wrong_code_is_refused_in_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    hub, leader, member = tmp_path / "hub", tmp_path / "leader", tmp_path / "member"
    hub.mkdir()
    main(
        ["--data-dir", str(leader), "init", "--profile", "topi", "--user", "M", "--role", "leader"]
    )
    main(["--data-dir", str(member), "init", "--profile", "topi", "--user", "J"])
    main(["--data-dir", str(leader), "team", "create", "--name", "Solsikken", "--hub", str(hub)])
    main(
        ["--data-dir", str(leader), "team", "invite", "--out", str(tmp_path / "inv")]
        + ["--name", "J"]
    )
    capsys.readouterr()
    code = main(
        [
            "--data-dir",
            str(member),
            "team",
            "join",
            str(tmp_path / "inv"),
            "--code",
            "AAAA-BBBB-CCCC",
        ]
        + ["--hub", str(hub)]
    )
    assert code == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"forebyg: {tmp_path / 'inv'}: the code does not match this invitation."
    ]
    assert main(["--data-dir", str(member), "sync"]) == 1  # still not in a team


@pytest.mark.slow
def test_sync_killed_during_import_leaves_a_sound_store_and_the_next_sync_completes(
    tmp_path: Path,
) -> None:
    hub = tmp_path / "hub"
    hub.mkdir()
    leader = new_device(tmp_path, "leader", role="leader")
    team_service.create_team(leader.session, "Solsikken", hub)
    member = new_device(tmp_path, "member")
    enroll(leader, member, hub, tmp_path)
    run_demo(leader.session, 2000, 4, seed=7)
    leader.sync()
    member.session.close()
    assert len(list(hub.glob("*.fbundle"))) >= 3

    store_file = tmp_path / "member" / "store.db"
    wal = Path(f"{store_file}-wal")
    sync = _forebyg(tmp_path / "member", "sync")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and sync.poll() is None:
        if wal.exists() and wal.stat().st_size > 3_000_000:
            break
        time.sleep(0.05)
    assert sync.poll() is None, "the import finished before it could be killed; make it bigger"
    sync.send_signal(signal.SIGKILL)
    sync.wait(30)

    member = Device("member", open_session(tmp_path / "member", PASSPHRASE))
    try:
        assert check_store(member.store) == []
        held = member.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]
        assert member.sync().imported > 0
        assert check_store(member.store) == []
        assert member.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0] > held
        assert member.dump() == leader.dump()
    finally:
        member.session.close()
        leader.session.close()
