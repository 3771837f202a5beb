"""The sync status in the status bar and the sync problems view (offscreen, real stores)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forebyg_desktop.services.team_sync.conflict_service import list_conflicts, resolve_conflict
from forebyg_desktop.services.team_sync.sync_service import quarantined, sync_status
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.team_sync.sync_problems_view import SyncProblemsView
from forebyg_desktop.ui.team_sync.sync_status_widget import SyncStatusWidget
from tests.sync.conftest import copy_team, team_template  # noqa: F401 - fixture

__all__ = ["team_template"]


def _team(team_template: Path, tmp_path: Path):  # noqa: F811
    (tmp_path / "hub").mkdir()
    return copy_team(team_template, tmp_path)


def test_status_widget_says_what_waits_and_what_is_wrong(qtbot, team_template, tmp_path) -> None:  # noqa: F811
    install_translator(QCoreApplication.instance(), "en")
    devices = _team(team_template, tmp_path)
    try:
        leader, anna, bo = devices
        widget = SyncStatusWidget()
        qtbot.addWidget(widget)
        anna.add_child("Ida Sørensen")
        widget.set_status(sync_status(anna.session))
        assert "1 change waiting to go out" in widget.label.text()
        assert "Ida" not in widget.label.text()
        with qtbot.waitSignal(widget.sync_requested):
            widget.sync_button.click()
        anna.sync()
        widget.set_status(sync_status(anna.session))
        assert widget.label.text().startswith("✓ Synced")
        assert widget.problems_button.isHidden()
        widget.set_progress(1200, 5000)
        assert "1,200 of 5,000" in widget.label.text()
        assert widget.progress.value() * 5 == widget.progress.maximum() * 1.2
        # Counts past what a progress bar holds (a crafted file name's range) do not crash it.
        widget.set_progress(3, 10**12)
        assert 0 <= widget.progress.value() <= widget.progress.maximum()

        (tmp_path / "hub").rename(tmp_path / "gone")
        widget.set_status(sync_status(anna.session))
        assert "⚠ Hub not reachable" in widget.label.text()
        assert "cannot be reached" in widget.label.toolTip()
    finally:
        for d in devices:
            d.session.close()


def test_problems_view_lists_conflicts_and_refused_files_and_resolves(
    qtbot,
    team_template,
    tmp_path,  # noqa: F811
) -> None:
    install_translator(QCoreApplication.instance(), "da")
    devices = _team(team_template, tmp_path)
    try:
        leader, anna, bo = devices
        child = anna.add_child("Ida Sørensen")
        for d in (anna, bo):
            d.sync()
        anna.put("child", child, group="Mariehønen")
        bo.put("child", child, group="Bierne")
        (tmp_path / "hub" / f"{bo.id}.0000000002-0000000002.fbundle").write_bytes(b"")
        (tmp_path / "hub" / f"{bo.id}.0000000001-0000000001.fbundle").write_bytes(b"junk")
        for d in (anna, bo, anna):
            d.sync()

        view = SyncProblemsView()
        qtbot.addWidget(view)
        view.show()
        assert not view.team_problems.isVisible()
        # bo's bundle went out under another name; bo is told, and so is the view.
        view.set_problems(sync_status(bo.session).problems)
        assert view.team_problems.isVisible()
        assert "var optaget af en fil, som denne enhed ikke har skrevet" in (
            view.team_problems.text()
        )
        view.set_conflicts(list_conflicts(anna.session), {child: "Ida Sørensen"})
        view.set_quarantined(quarantined(anna.session))
        assert view.conflicts.rowCount() == 1
        assert view.options.count() == 2
        assert "Ida Sørensen" in view.conflicts.index(0, 0).data()
        reasons = {view.quarantine.index(i, 1).data() for i in range(view.quarantine.rowCount())}
        assert reasons == {"filen er tom", "filen er ikke en Forebyg-pakke"}  # Danish by default

        keep = [view.options.itemText(i) for i in range(2)].index(
            next(view.options.itemText(i) for i in range(2) if "Bierne" in view.options.itemText(i))
        )
        view.options.setCurrentIndex(keep)
        with qtbot.waitSignal(view.resolve_requested) as signal:
            view.keep_button.click()
        key, option = signal.args
        resolve_conflict(anna.session, key, option)
        assert anna.store.get("child", child)["group"] == "Bierne"
        view.set_conflicts(list_conflicts(anna.session))
        assert view.conflicts.rowCount() == 0 and not view.keep_button.isEnabled()
    finally:
        install_translator(QCoreApplication.instance(), "da")
        for d in devices:
            d.session.close()
