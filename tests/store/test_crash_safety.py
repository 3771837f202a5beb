"""A process killed in the middle of `demo` leaves a sound store of whole operations."""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.record_store import Store
from tests.conftest import PASSPHRASE

ASSESSMENTS = 4


def _forebyg(data_dir: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "FOREBYG_PASSPHRASE": PASSPHRASE, "FOREBYG_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "forebyg_desktop.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kw,
    )


def _op_count(store_file: Path) -> int:
    with Store.open(store_file, PASSPHRASE) as store:
        return store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]


@pytest.mark.slow
def test_kill_during_demo_leaves_whole_operations(tmp_path: Path) -> None:
    data = tmp_path / "data"
    init = _forebyg(data, "init", "--profile", "topi", "--user", "Mette Hansen")
    assert init.wait(60) == 0, init.stderr.read()
    demo = _forebyg(data, "demo", "--children", "20000", "--assessments", str(ASSESSMENTS))
    store_file = data / "store.db"
    # Kill only once a batch is committed (demo reports each one on stderr),
    # so the store is mid-demo with whole batches behind it.
    first = demo.stderr.readline()
    assert first.endswith(b"children written\n"), first
    assert demo.poll() is None, "demo finished before it could be killed; make it bigger"
    demo.send_signal(signal.SIGKILL)
    demo.wait(30)

    with Store.open(store_file, PASSPHRASE) as store:
        assert check_store(store) == []
        children = store.find("child")
        assert 0 < len(children) < 20000
        per_child = collections.Counter(r["child_id"] for r in store.find("assessment"))
        # Each batch is one transaction: every child present has all its assessments.
        assert set(per_child.values()) == {ASSESSMENTS}
        assert set(per_child) == {c["id"] for c in children}
        seqs = [op.seq for op in store.operations()]
        assert seqs == list(range(1, len(seqs) + 1))

    check = _forebyg(data, "--json", "check")
    out, err = check.communicate(timeout=300)
    assert check.returncode == 0, err
    assert json.loads(out)["ok"] is True
