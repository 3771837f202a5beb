"""Fixtures for widget tests: the store worker the dialogs run their service calls on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from forebyg_desktop.ui.kit.store_worker import StoreWorker


@pytest.fixture(autouse=True)
def no_windows_left_behind(qapp):
    """Windows a test left open (a main window run by `run_app`, its warnings) go with it.

    The next test looks for its own message boxes among the top-level widgets;
    one left by another test must not be found there.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None:
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def worker():
    """The real store thread. Request it after `session`: it stops before the store closes."""
    owner = QObject()
    w = StoreWorker(owner)
    yield w
    w.stop()
    owner.deleteLater()
