"""`check` finds what someone with the passphrase did to the store behind the program's back.

Issue 9, point 8: truncating the audit chain and updating the stored head, or
dropping every "read" entry and re-hashing, passed `check`; so did deleting a
child's newest operations together with its table row. Each attack here is
made with plain SQL on the real encrypted store, as anyone holding the
passphrase could.
"""

from __future__ import annotations

import pytest

from forebyg_desktop.store import integrity, oplog_repo
from forebyg_desktop.store.audit_repo import GENESIS, AuditEvent, _entry_hash
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.materialiser import materialise
from forebyg_desktop.store.operation import Change, Operation
from forebyg_desktop.store.record_store import Received, Store

C1, C2, C3 = (f"0190c0de-0000-7000-8000-00000000000{i}" for i in (1, 2, 3))
KID = {"name": "Ida Sørensen", "birth_date": "2021-04-12", "group": "Sommerfuglene"}


@pytest.fixture
def used(store: Store) -> Store:
    """A store that has been used: children written, edited, read."""
    store.write([Change("child", C1, KID)])
    store.write([Change("child", C1, {"group": "Mariehønen"})])
    store.record_reads([AuditEvent("read", "child", C1, C1, "child page")])
    store.write([Change("child", C2, {**KID, "name": "Karl Jensen"})])
    store.record_reads([AuditEvent("read", "child", "*", None, "list of 2 children")])
    assert check_store(store) == []
    return store


def _rematerialise(store: Store, entity_id: str) -> None:
    """Rebuild a row from what is left of its operations, as a careful attacker would."""
    store.db.execute("DELETE FROM children WHERE id = ?", [entity_id])
    ops = oplog_repo.of_record(store, "child", entity_id)
    if ops:
        materialise(store.db, ops)


# --- deleted operations (point 8, last sentence) ----------------------------------------


def test_deleting_a_childs_newest_operations_with_its_row_is_found(used: Store) -> None:
    newest = max(op.seq for op in used.operations())
    used.db.execute("DELETE FROM oplog WHERE seq = ?", [newest])  # Karl, the newest child
    used.db.execute("DELETE FROM children WHERE id = ?", [C2])
    assert used.audit.verify() == []  # the chain itself is untouched
    assert check_store(used) == [
        f"the audit log records 1 more put operation(s) on child {C2} than the change log "
        "holds (operations were deleted)"
    ]


def test_deleting_an_edit_and_rebuilding_the_row_is_found(used: Store) -> None:
    used.db.execute("DELETE FROM oplog WHERE entity_id = ? AND seq = 2", [C1])
    used.db.execute("UPDATE oplog SET seq = 2 WHERE seq = 3")  # no gap left behind
    _rematerialise(used, C1)
    problems = check_store(used)
    assert problems == [
        f"the audit log records 1 more put operation(s) on child {C1} than the change log "
        "holds (operations were deleted)"
    ]


def test_an_operation_slipped_into_the_log_is_found(used: Store) -> None:
    forged = Operation(
        "forged", used.device_id, 4, "001800000000000-000000", "x", "child", C3, "put", KID
    )
    used.db.conn.execute(
        "INSERT INTO oplog VALUES (?,?,?,?,?,?,?,?,?,?)",
        forged.row(),
    )
    materialise(used.db, [forged])
    assert check_store(used) == [
        f"the change log holds 1 put operation(s) on child {C3} that the audit log does not "
        "record (operations were added outside the program)"
    ]


def test_received_and_grouped_writes_are_counted_whatever_the_persons_name(store: Store) -> None:
    tricky = "Bo): put child X; put plan Y"  # a name that looks like an audit detail
    ops = [
        Operation(f"o{i}", "dev-1", i, f"00170000000000{i}-000000", "a", "child", cid, "put", KID)
        for i, cid in enumerate((C1, C2), start=1)
    ]
    store.import_operations(ops, received=Received("dev-1", tricky))
    store.import_operations(
        [Operation("o3", "dev-1", 3, "001700000000003-000000", "a", "child", C1, "delete", {})],
        received=Received("dev-1", tricky),
    )
    store.write([Change("child", C3, KID), Change("child", C2, {"group": "X"})])
    assert check_store(store) == []
    store.db.execute("DELETE FROM oplog WHERE device = 'dev-1' AND seq = 3")
    _rematerialise(store, C1)
    assert check_store(store) == [
        f"the audit log records 1 more delete operation(s) on child {C1} than the change "
        "log holds (operations were deleted)"
    ]


def test_records_are_named_when_the_log_is_compared_in_parts(
    used: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "_PARTITION", 1)  # one partition per operation
    used.db.execute("DELETE FROM oplog WHERE seq = 3")
    used.db.execute("DELETE FROM children WHERE id = ?", [C2])
    (problem,) = check_store(used)
    assert f"on child {C2}" in problem


# --- witnesses held outside the store (point 8, first sentences) ---------------------------


def _rechain(store: Store, keep) -> None:
    """Rewrite the audit chain from the rows `keep` accepts, renumbered and re-hashed."""
    cols = "seq, ts, actor, device, action, entity, entity_id, child_id, detail"
    rows = [tuple(r) for r in store.db.execute(f"SELECT {cols} FROM audit ORDER BY seq")]
    store.db.execute("DELETE FROM audit")
    prev = GENESIS
    for n, row in enumerate((r for r in rows if keep(r)), start=1):
        values = (n, *row[1:])
        digest = _entry_hash(prev, values)
        store.db.execute(
            f"INSERT INTO audit ({cols}, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [*values, prev, digest],
        )
        prev = digest
    count = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    store.db.execute("UPDATE meta SET value = ? WHERE key = 'audit_count'", [str(count)])
    store.db.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", [prev])


def test_a_truncated_chain_with_a_rewritten_head_fails_against_a_witness(used: Store) -> None:
    witness = used.audit.head()  # e.g. carried in the device's last signed bundle
    last = witness.count
    used.db.execute("DELETE FROM audit WHERE seq > ?", [last - 2])
    head = used.db.execute("SELECT hash FROM audit WHERE seq = ?", [last - 2]).fetchone()[0]
    used.db.execute("UPDATE meta SET value = ? WHERE key = 'audit_count'", [str(last - 2)])
    used.db.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", [head])
    assert used.audit.verify() == []  # the chain alone looks sound
    problems = check_store(used, [witness])
    assert (
        f"audit entry {last} is missing, but the team holds its hash (the audit log was cut short)"
    ) in problems


def test_dropping_every_read_and_rehashing_fails_against_a_witness(used: Store) -> None:
    early = used.audit.head()
    used.write([Change("child", C1, {"group": "Egernene"})])
    witness = used.audit.head()
    _rechain(used, keep=lambda row: row[4] != "read")
    assert used.audit.verify() == []
    assert [e for e in used.audit.entries() if e["action"] == "read"] == []
    problems = check_store(used, [early, witness])
    assert problems, "the rewrite passed check"
    assert all("the team holds" in p for p in problems), problems
    # Without witnesses the rewrite cannot be seen: that is what they are for.
    assert check_store(used) == []


def test_a_witness_of_the_current_chain_agrees(used: Store) -> None:
    assert check_store(used, [used.audit.head()]) == []
