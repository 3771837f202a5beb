"""Shared fixtures: real encrypted stores in temporary folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No machine configuration from IT unless a test writes one (the it_config fixture).
os.environ["FOREBYG_SITE_CONFIG"] = ""

from forebyg_desktop.site_config import site_config  # noqa: E402
from forebyg_desktop.store.record_store import Store  # noqa: E402

PASSPHRASE = "korrekt hest batteri"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "store.db"


@pytest.fixture
def store(store_path: Path):
    s = Store.create(store_path, PASSPHRASE, user="Mette Hansen", profile_id="topi")
    yield s
    s.close()


@pytest.fixture
def it_config(tmp_path: Path, monkeypatch):
    """Write IT's configuration file and make the app read it."""

    def write(text: str) -> Path:
        path = tmp_path / "forebyg.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("FOREBYG_SITE_CONFIG", str(path))
        site_config.cache_clear()
        return path

    yield write
    site_config.cache_clear()


def last_own_op(store: Store):
    """The operation this store's device wrote last (a write returns what changed, not it)."""
    return max(
        (op for op in store.operations() if op.device == store.device_id), key=lambda o: o.seq
    )
