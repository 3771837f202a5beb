"""The service side the app wires in: status, problems, progress, the background runner."""

from __future__ import annotations

import queue
from pathlib import Path

from forebyg_desktop.services.session import open_session
from forebyg_desktop.services.team_sync import sync_service
from forebyg_desktop.services.team_sync.sync_runner import SyncRunner
from tests.conftest import PASSPHRASE


def test_status_counts_outgoing_and_names_no_child(team, hub: Path, tmp_path: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    anna.add_child("Karl Jensen")
    status = sync_service.sync_status(anna.session)
    assert (status.in_team, status.reachable, status.outgoing) == (True, True, 2)
    anna.sync()
    status = sync_service.sync_status(anna.session)
    assert status.outgoing == 0 and status.last_sync and status.problems == []
    assert "Ida" not in repr(status.as_json())

    hub.rename(tmp_path / "hub-away")
    status = sync_service.sync_status(anna.session)
    assert not status.reachable
    assert "cannot be reached" in status.problems[0].english()


def test_progress_reaches_the_total(team) -> None:
    leader, anna, bo = team
    for i in range(3):
        anna.add_child(f"Barn {i}")
    anna.sync()
    seen = []
    result = sync_service.run_sync(bo.session, lambda done, total: seen.append((done, total)))
    assert result.imported == 3 and seen[-1] == (3, 3)


def test_runner_syncs_at_start_and_when_nudged(team, tmp_path: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    outcomes: queue.Queue = queue.Queue()
    runner = SyncRunner(
        lambda: open_session(tmp_path / "anna", PASSPHRASE),
        on_outcome=outcomes.put,
        interval_s=3600,
        settle_s=0.05,
    )
    runner.start()
    try:
        first = outcomes.get(timeout=30)
        assert first.error is None and first.result.exported == 1
        assert first.status.outgoing == 0
        anna.add_child("Karl Jensen")
        runner.nudge()
        second = outcomes.get(timeout=30)
        assert second.result.exported == 1
    finally:
        runner.stop()
    assert bo.sync().imported == 2


def test_closing_the_app_stops_a_long_import_between_bundles(team, tmp_path: Path) -> None:
    import threading

    from forebyg_desktop.store.integrity import check_store

    leader, anna, bo = team
    for i in range(5):  # five bundles in the hub
        anna.add_child(f"Barn {i}")
        anna.sync()
    bo.session.close()
    outcomes: queue.Queue = queue.Queue()
    stopper: list[threading.Thread] = []

    def progress(done: int, total: int) -> None:
        if not stopper:  # the app closes while the first bundle is being imported
            stopper.append(threading.Thread(target=runner.stop))
            stopper[0].start()
            stopper[0].join(0.5)  # the flag is set; stop() then waits for the runner

    runner = SyncRunner(
        lambda: open_session(tmp_path / "bo", PASSPHRASE),
        on_outcome=outcomes.put,
        on_progress=progress,
        interval_s=3600,
    )
    runner.start()
    stopped = outcomes.get(timeout=60)
    assert stopped.result is None and stopped.error is None  # stopped, not failed
    stopper[0].join(30)
    with open_session(tmp_path / "bo", PASSPHRASE) as s:
        assert check_store(s.store) == []
        assert 1 <= len(s.store.find("child")) < 5  # imported bundles stay, whole
        sync_service.run_sync(s)  # the next start takes in the rest
        assert len(s.store.find("child")) == 5
