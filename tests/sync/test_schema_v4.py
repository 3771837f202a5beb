"""Schema v4 (sync): an older store gains the base stamps, conflicts and quarantine tables."""

from __future__ import annotations

import shutil
from pathlib import Path

from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.operation import Change
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_an_old_store_migrates_and_its_operations_read_with_no_base(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    shutil.copy(FIXTURES / "store_v1.db", path)
    with Store.open(path, "fixture-passphrase") as store:
        assert SCHEMA_VERSION >= 4
        ops = list(store.operations())
        assert ops and all(op.base == {} for op in ops)
        assert check_store(store) == []
        child = store.find("child")[0]
        store.write([Change("child", child["id"], {"group": "Bierne"})])
        op = list(store.operations())[-1]
        # A later edit records the stamp of the value it replaced.
        assert op.base["group"] and op.base["group"][0].endswith(f"/{ops[0].device}")
        for table in ("sync_conflicts", "sync_quarantine"):
            assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
