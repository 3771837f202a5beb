"""Shared fixtures: real encrypted stores in temporary folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No machine configuration from IT unless a test writes one (tests/test_site_config.py).
os.environ["FOREBYG_SITE_CONFIG"] = ""

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
