"""The encrypted store: files, keys, the change log and materialised tables."""

from __future__ import annotations

import hashlib
import shutil
import stat
from pathlib import Path

import pytest

from forebyg_desktop.store.connection import open_database
from forebyg_desktop.store.errors import StoreExists, StoreMissing, StoreTooNew, WrongPassphrase
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.operation import Change
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.store.schema import SCHEMA_VERSION, backup_path
from tests.conftest import PASSPHRASE, last_own_op

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NAME = "Zainab Kristiansen-Holm"
NOTE = "Fortæller om uro derhjemme om natten"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_child_and_note(store: Store) -> None:
    store.write(
        [
            Change("child", "c1", {"name": NAME, "birth_date": "2020-05-01", "group": "Bjørnene"}),
            Change(
                "assessment",
                "a1",
                {"child_id": "c1", "position": "yellow", "observations": NOTE, "status": "final"},
            ),
        ]
    )


def test_store_file_is_private_and_holds_no_plaintext(store: Store, store_path: Path) -> None:
    _add_child_and_note(store)
    store.close()
    files = [p for p in store_path.parent.iterdir() if p.name.startswith("store.db")]
    assert files
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        raw = f.read_bytes()
        for secret in (NAME, NOTE, "Bjørnene", "Mette Hansen"):
            assert secret.encode() not in raw, (f, secret)
            assert secret.encode("utf-16-le") not in raw


def test_wrong_passphrase_is_refused_and_changes_nothing(store: Store, store_path: Path) -> None:
    _add_child_and_note(store)
    store.close()
    before = _digest(store_path)
    with pytest.raises(WrongPassphrase, match="does not unlock"):
        Store.open(store_path, "not the passphrase")
    assert _digest(store_path) == before
    with Store.open(store_path, PASSPHRASE) as reopened:
        assert reopened.get("child", "c1")["name"] == NAME


def test_create_refuses_to_overwrite(store: Store, store_path: Path) -> None:
    _add_child_and_note(store)
    with pytest.raises(StoreExists):
        Store.create(store_path, "another passphrase", user="X", profile_id="topi")
    assert store.get("child", "c1")["name"] == NAME


def test_open_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing, match="forebyg init"):
        Store.open(tmp_path / "store.db", PASSPHRASE)


def test_every_change_is_a_logged_operation(store: Store) -> None:
    _add_child_and_note(store)
    store.write([Change("child", "c1", {"group": "Mælkebøtterne"})])
    ops = list(store.operations())
    assert [op.seq for op in ops] == [1, 2, 3]
    assert {op.device for op in ops} == {store.device_id}
    assert all(op.actor == "Mette Hansen" for op in ops)
    assert ops[0].hlc < ops[1].hlc < ops[2].hlc
    assert store.get("child", "c1")["group"] == "Mælkebøtterne"
    assert store.get("child", "c1")["name"] == NAME
    assert check_store(store) == []


def test_failed_write_leaves_nothing(store: Store) -> None:
    _add_child_and_note(store)
    with pytest.raises(KeyError):
        store.write([Change("child", "c2", {"name": "Ny"}), Change("no-such-entity", "x", {})])
    assert [op.seq for op in store.operations()] == [1, 2]
    assert store.lookup("child", "c2") is None
    assert check_store(store) == []


def test_writes_are_audited_with_the_child(store: Store) -> None:
    _add_child_and_note(store)
    store.write([Change("assessment", "a1", {"child_id": "c1", "position": "red"})])
    entries = store.audit.entries("c1")
    # One entry per logical change, naming every record it wrote.
    assert [(e["action"], e["entity"], e["entity_id"]) for e in entries] == [
        ("write", "records", "*"),
        ("write", "assessment", "a1"),
    ]
    assert entries[0]["detail"] == "put child c1; put assessment a1"
    assert entries[0]["actor"] == "Mette Hansen"


def test_check_detects_a_table_edited_behind_the_log(store: Store) -> None:
    _add_child_and_note(store)
    store.db.execute(
        "UPDATE children SET data = json_set(data, '$.name', 'Someone else') WHERE id = 'c1'"
    )
    problems = check_store(store)
    assert any("differs from its change log" in p for p in problems)


def test_check_detects_a_row_without_operations(store: Store) -> None:
    _add_child_and_note(store)
    store.db.execute(
        "INSERT INTO children (id, data, clocks, deleted) VALUES ('ghost', '{}', '{}', 0)"
    )
    assert any("ghost has no operations" in p for p in check_store(store))


def test_check_detects_audit_tampering(store: Store) -> None:
    _add_child_and_note(store)
    store.db.execute("UPDATE audit SET actor = 'Nobody' WHERE seq = 1")
    assert any("altered" in p for p in check_store(store))


def test_check_detects_truncated_audit(store: Store) -> None:
    _add_child_and_note(store)
    store.write([Change("child", "c1", {"group": "Frøerne"})])
    assert check_store(store) == []
    store.db.execute("DELETE FROM audit WHERE seq = 2")
    assert any("removed" in p for p in check_store(store))


def test_upgrade_of_a_version_1_store(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    shutil.copy(FIXTURES / "store_v1.db", path)
    with Store.open(path, "fixture-passphrase") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.get("child", "22222222-2222-4222-8222-222222222222")["name"] == "Ida Sørensen"
        assert store.find("evaluation") == []  # table added by the version 2 step
        assert check_store(store) == []
        assert store.migration_backup == backup_path(path, 1)
        store.write([Change("child", "c9", {"name": "Ny", "group": "A"})])
        assert [op.seq for op in store.operations()][-1] == 3
    # The backup is the version-1 store, still encrypted and intact.
    backup = backup_path(path, 1)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert b"Ida" not in backup.read_bytes()
    old = open_database(backup, "fixture-passphrase")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM oplog").fetchone()[0] == 2
    old.conn.close()
    # Opening again migrates nothing and writes no new backup.
    with Store.open(path, "fixture-passphrase") as store:
        assert store.migration_backup is None


def test_store_from_a_newer_program_is_refused(store: Store, store_path: Path) -> None:
    store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(StoreTooNew, match="newer version"):
        Store.open(store_path, PASSPHRASE)


def test_same_operations_in_any_order_give_identical_dumps(tmp_path: Path) -> None:
    from forebyg_desktop.services.reports.dump_service import iter_dump
    from forebyg_desktop.services.session import Session
    from forebyg_desktop.store.profile_repo import load_bundled_profile

    topi = load_bundled_profile("topi")
    a = Store.create(tmp_path / "a.db", PASSPHRASE, user="Mette", profile_id="topi")
    b = Store.create(tmp_path / "b.db", PASSPHRASE, user="Lars", profile_id="topi")
    with a, b:
        _add_child_and_note(a)
        b.write([Change("child", "c2", {"name": "Noah", "birth_date": "2019-01-01", "group": "X"})])
        a.write([Change("child", "c1", {"group": "Mælkebøtterne"})])
        b.write([Change("child", "c1", {"name": "Zainab K. Holm"})])  # concurrent edit
        ops_a, ops_b = list(a.operations()), list(b.operations())
        assert b.import_operations(list(reversed(ops_a))) == len(ops_a)
        assert a.import_operations(ops_b) == len(ops_b)
        assert a.import_operations(ops_b) == 0  # a second import changes nothing
        dump_a = "".join(iter_dump(Session(a, topi)))
        dump_b = "".join(iter_dump(Session(b, topi)))
        assert dump_a == dump_b
        assert str(a.device_id) not in dump_a  # nothing device-local
        assert check_store(a) == [] and check_store(b) == []
        # Local changes after the import sort after everything seen.
        a.write([Change("child", "c2", {"group": "Y"})])
        later = last_own_op(a)
        assert later.hlc > max(op.hlc for op in ops_a + ops_b)


def test_upgrade_of_a_version_6_store_gives_children_an_archived_column(
    store: Store, store_path: Path
) -> None:
    store.write(
        [
            Change("child", "c1", {"name": "Ida", "birth_date": "2021-04-12", "group": "A"}),
            Change("child", "c2", {"name": "Noah", "birth_date": "2021-04-12", "group": "A"}),
            Change("child", "c2", {"archived": "2026-07-31"}),
        ]
    )
    # Back to what version 6 had: no column, no index (the field is in `data` only).
    store.db.execute("DROP INDEX children_present")
    store.db.execute("ALTER TABLE children DROP COLUMN archived")
    store.db.execute("PRAGMA user_version = 6")
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.migration_backup == backup_path(store_path, 6)
        rows = dict(again.db.execute("SELECT id, archived FROM children").fetchall())
        assert rows == {"c1": None, "c2": "2026-07-31"}
        assert check_store(again) == []
