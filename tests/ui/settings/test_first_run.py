"""First run creates the store, or says what is wrong and writes nothing."""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.ui.settings.first_run_dialog import FirstRunDialog
from tests.conftest import PASSPHRASE


def test_first_run_creates_the_store(qtbot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.profile.setCurrentIndex(dialog.profile.findData("skanderborg"))
    qtbot.keyClicks(dialog.user, "Lars Holm")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, "something else")
    dialog.create()
    assert dialog.session is None and dialog.problems.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.create()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10000)
    assert dialog.session.profile.id == "skanderborg" and dialog.session.user == "Lars Holm"
    dialog.session.close()
    assert (tmp_path / "store.db").exists()


def test_first_run_refuses_a_short_passphrase(qtbot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "Lars Holm")
    for field in (dialog.passphrase, dialog.repeat):
        qtbot.keyClicks(field, "kort")
    dialog.create()
    assert dialog.session is None and "12" in dialog.problems.text()
    assert not (tmp_path / "store.db").exists()
