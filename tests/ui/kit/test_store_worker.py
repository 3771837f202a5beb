"""Store work runs off the GUI thread and reports back by signal."""

from __future__ import annotations

import threading
from pathlib import Path

from forebyg_desktop.services.child.child_service import add_child, count_children
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from tests.conftest import PASSPHRASE


def test_jobs_run_on_another_thread_in_order(qtbot, tmp_path: Path) -> None:
    worker = StoreWorker()
    results: list[object] = []
    gui = threading.get_ident()
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette") as s:
        worker.submit(lambda: threading.get_ident(), results.append)
        worker.submit(
            lambda: add_child(s, "Ida Sørensen", "2021-04-12", "Bjørnene"), results.append
        )
        worker.submit(lambda: count_children(s), results.append)
        qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
        worker.stop()
    assert results[0] != gui
    assert results[2] == 1


def test_refusals_come_back_as_one_line(qtbot) -> None:
    worker = StoreWorker()
    errors: list[str] = []

    def refuse() -> None:
        raise ServiceError("The passphrase must be at least 8 characters long.")

    def crash() -> None:
        raise KeyError("secret")

    worker.submit(refuse, lambda _: None, errors.append)
    worker.submit(crash, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    worker.stop()
    assert errors == [
        "The passphrase must be at least 8 characters long.",
        "internal error (KeyError)",
    ]
