"""Fixtures for widget tests: the store worker the dialogs run their service calls on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from forebyg_desktop.ui.store_worker import StoreWorker


@pytest.fixture
def worker():
    """The real store thread. Request it after `session`: it stops before the store closes."""
    owner = QObject()
    w = StoreWorker(owner)
    yield w
    w.stop()
    owner.deleteLater()
