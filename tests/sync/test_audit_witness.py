"""The hub keeps witnesses of each device's audit chain, so a rewritten log is found.

Someone with the passphrase can cut the audit log short and rewrite its head
in the store, or drop the "read" entries and hash the chain again: the store
alone then looks sound. The heads carried in the device's signed bundles and
witness files in the hub are out of their reach, and `forebyg check` compares.
"""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.cli import main
from forebyg_desktop.services.child.chronology_service import chronology
from forebyg_desktop.services.team_sync.sync_service import audit_witnesses
from forebyg_desktop.store import audit_repo
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.sync.bundle import read_manifest
from forebyg_desktop.sync.hub import witness_files
from forebyg_desktop.sync.membership import current_roster
from tests.conftest import PASSPHRASE
from tests.sync.hostile import own_bundles


def _audited_activity(anna, rounds: int = 1) -> str:
    child = anna.add_child("Ida Sørensen")
    anna.sync()
    for _ in range(rounds):
        chronology(anna.session, child)  # a read: audited, nothing to export
        anna.sync()
    return child


def _set_head(store, count: int, head: str) -> None:
    with store.transaction():
        store.db.execute("UPDATE meta SET value = ? WHERE key = 'audit_count'", [str(count)])
        store.db.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", [head])


def test_bundles_carry_the_audit_head_and_witness_files_follow_reads(team, hub: Path) -> None:
    leader, anna, bo = team
    anna.add_child("Ida Sørensen")
    head = anna.store.audit.head()
    anna.sync()
    (bundle,) = own_bundles(anna, hub)
    manifest = read_manifest(
        bundle.read_bytes(),
        team=anna.state.team().team_id,
        team_keys=anna.state.team_keys(),
        device_key=current_roster(anna.state).signing_key,
    )
    assert (manifest.audit_count, manifest.audit_head) == (head.count, head.head)
    for _ in range(5):
        chronology(anna.session, anna.store.find("child")[0]["id"])
        anna.sync()
    files = witness_files(hub, anna.id)
    assert len(files) == 3  # the newest few; older ones deleted by their writer
    assert files[-1][0] == anna.store.audit.head().count
    assert anna.store.audit.head() in audit_witnesses(anna.session)


def test_a_truncated_audit_log_with_a_rewritten_head_is_found(
    team, hub: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    leader, anna, bo = team
    _audited_activity(anna, rounds=2)
    store = anna.store
    count = store.audit.head().count
    keep = count - 2
    kept_head = store.db.execute("SELECT hash FROM audit WHERE seq = ?", [keep]).fetchone()[0]
    with store.transaction():
        store.db.execute("DELETE FROM audit WHERE seq > ?", [keep])
    _set_head(store, keep, kept_head)

    assert check_store(store) == []  # the store alone cannot tell
    problems = check_store(store, audit_witnesses(anna.session))
    assert any("cut short" in p for p in problems), problems

    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "anna"), "check"]) == 1
    assert "cut short" in capsys.readouterr().err


def test_reads_dropped_and_the_chain_hashed_again_are_found(team, hub: Path) -> None:
    leader, anna, bo = team
    _audited_activity(anna, rounds=2)
    store = anna.store
    columns = ", ".join(audit_repo._COLUMNS)
    rows = [
        r for r in store.db.execute(f"SELECT {columns} FROM audit ORDER BY seq") if r[4] != "read"
    ]
    prev, rebuilt = audit_repo.GENESIS, []
    for seq, row in enumerate(rows, start=1):
        values = (seq, *row[1:])
        digest = audit_repo._entry_hash(prev, values)
        rebuilt.append((*values, prev, digest))
        prev = digest
    with store.transaction():
        store.db.execute("DELETE FROM audit")
        store.db.conn.executemany(
            f"INSERT INTO audit ({columns}, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rebuilt,
        )
    _set_head(store, len(rebuilt), prev)

    assert check_store(store) == []
    problems = check_store(store, audit_witnesses(anna.session))
    assert any("rewritten" in p or "cut short" in p for p in problems), problems
