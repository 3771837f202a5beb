"""A passphrase change killed at any moment leaves the store under the old or the new one.

A subprocess changes the passphrase of a store of a few MB (with fresh,
uncheckpointed changes in its WAL and an upgrade backup beside it) and is
killed with SIGKILL at a random moment of the change. Every time, exactly one
of the two passphrases opens the store, nothing is lost, and `check` passes.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from forebyg_desktop.services.session import create_session
from forebyg_desktop.services.setup.demo_service import run_demo
from forebyg_desktop.store.connection import unlocks
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.store.schema import backup_path
from tests.conftest import PASSPHRASE

NEW = "blå hest spiser kage om natten"
KILLS = 24

# Opens the store, writes one more child (so the WAL holds frames under the old
# key), says "go", changes the passphrase, says "done".
CHILD = """
import sys
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.setup.passphrase_service import change_passphrase
from forebyg_desktop.services.session import open_session
with open_session(sys.argv[1], sys.argv[2]) as s:
    add_child(s, "Sidste Barn", "2021-01-01", "Bjørnene")
    print("go", flush=True)
    change_passphrase(s, sys.argv[2], sys.argv[3])
    print("done", flush=True)
"""


def _ops(path: Path, passphrase: str) -> tuple[int, list[str]]:
    with Store.open(path, passphrase) as store:
        count = store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]
        return count, check_store(store)


def _run(data: Path) -> tuple[subprocess.Popen, float]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), PASSPHRASE, NEW],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout.readline() == b"go\n"
    return child, time.monotonic()


@pytest.mark.slow
def test_kill_during_a_passphrase_change(tmp_path: Path) -> None:
    base = tmp_path / "base"
    with create_session(base, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        run_demo(s, 300, 3, seed=7)
        s.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store = base / "store.db"
    assert store.stat().st_size > 2_000_000
    shutil.copy(store, backup_path(store, 5))
    before, _ = _ops(store, PASSPHRASE)

    # How long the change takes here, unkilled: the kills land inside that window.
    data = tmp_path / "measure"
    shutil.copytree(base, data)
    child, started = _run(data)
    assert child.stdout.readline() == b"done\n"
    window = time.monotonic() - started
    assert child.wait(60) == 0

    rng = random.Random(20240611)
    outcomes = {"old": 0, "new": 0}
    for i in range(KILLS):
        data = tmp_path / f"kill{i % 2}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(base, data)
        child, started = _run(data)
        time.sleep(rng.uniform(0, window))
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        path = data / "store.db"
        opens = [p for p in (PASSPHRASE, NEW) if unlocks(path, p)]
        assert len(opens) == 1, f"kill {i}: opened with {len(opens)} passphrases"
        outcomes["old" if opens[0] == PASSPHRASE else "new"] += 1
        count, problems = _ops(path, opens[0])
        assert problems == [], f"kill {i}: {problems}"
        assert count == before + 1, f"kill {i}: {count} operations, expected {before + 1}"
        backup = backup_path(path, 5)
        assert unlocks(backup, PASSPHRASE) or unlocks(backup, NEW)
    print(f"passphrase change killed {KILLS} times: {outcomes}")
