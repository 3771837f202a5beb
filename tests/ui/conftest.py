"""Fixtures every widget test shares: a store, the store worker, the UI language, a clean slate.

Every test starts in Danish; a module whose checks read the English source
texts says `pytestmark = pytest.mark.usefixtures("english")`. A module overrides
`profile_id` to give `session` another strategy profile, or `data_dir` to keep
its store out of the temporary folder the test looks into.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def danish_first(qapp) -> None:
    """Every test starts in Danish, the program's default, whatever an earlier one left."""
    install_translator(qapp, "da")


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
def profile_id() -> str:
    """The strategy profile of the `session` store."""
    return "topi"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The folder of the `session` store."""
    return tmp_path


@pytest.fixture
def session(data_dir: Path, profile_id: str) -> Iterator[Session]:
    """A fresh encrypted store of Mette Hansen's."""
    with create_session(data_dir, PASSPHRASE, profile_id=profile_id, user="Mette Hansen") as s:
        yield s


@pytest.fixture
def worker():
    """The real store thread. Request it after `session`: it stops before the store closes."""
    owner = QObject()
    w = StoreWorker(owner)
    yield w
    w.stop()
    owner.deleteLater()


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The English source texts, which the test checks; Danish again after it."""
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "da")


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    """Danish, the program's default, whatever language an earlier test left."""
    install_translator(qapp, "da")
    yield
    install_translator(qapp, "da")


def open_window(qtbot, session: Session):
    """The main window on `session` at 1366×768, once its overview has loaded."""
    from forebyg_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
    return window
