"""The main window's sync parts: the status bar widget, the problems tab, automatic sync.

A helper object the main window holds (`window.sync_panel`). The sync itself
runs in `SyncController` (its own thread and connection), started once the
overview is on screen, so it never competes with it; conflicts and refused
files are read and resolved on the window's StoreWorker. When records came in
from colleagues, or a conflict was resolved here, `records_changed` tells the
window, which refreshes only what changed (`MainWindow.refresh_changed`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from forebyg_desktop.store.changed import NOTHING

if TYPE_CHECKING:
    from forebyg_desktop.services.session import Session
    from forebyg_desktop.ui.shell.main_window import MainWindow
    from forebyg_desktop.ui.team_sync.sync_controller import SyncController
    from forebyg_desktop.ui.team_sync.sync_problems_view import SyncProblemsView
    from forebyg_desktop.ui.team_sync.sync_status_widget import SyncStatusWidget


def sync_session_opener(data_dir: Path, passphrase: str) -> Callable[[], Session]:
    """Opens, once, the sync runner's own session; the passphrase is not kept after."""
    kept = [passphrase]

    def open_for_sync() -> Session:
        from forebyg_desktop.services.session import open_session

        return open_session(data_dir, kept.pop())

    return open_for_sync


class SyncPanel(QObject):
    """Sync state, problems, and the nudge after local changes."""

    # Colleagues' records came in (what they changed), or a conflict was resolved (NOTHING:
    # the window's own store knows what that wrote).
    records_changed = Signal(object)

    def __init__(self, window: MainWindow, opener: Callable[[], Session] | None) -> None:
        super().__init__(window)
        self.window = window
        # Opens the runner's own connection to the store (None: embedded without the
        # passphrase, as in tests, or stopped).
        self._opener = opener
        self._paused = False  # stopped for a passphrase change
        self.controller: SyncController | None = None
        self.status: SyncStatusWidget | None = None
        self.problems: SyncProblemsView | None = None

    def attach(self) -> None:
        """The sync state in the status bar and the problems tab, once the store is open."""
        from forebyg_desktop.ui.team_sync.sync_problems_view import SyncProblemsView
        from forebyg_desktop.ui.team_sync.sync_status_widget import SyncStatusWidget

        w = self.window
        assert w.tabs is not None
        self.status = SyncStatusWidget(w)
        w.statusBar().addPermanentWidget(self.status)
        self.problems = SyncProblemsView(w.tabs)
        w.tabs.addTab(self.problems, self.tr("&Sync problems"))
        w.tabs.currentChanged.connect(self._tab_changed)
        problems = self.problems
        self.status.problems_requested.connect(lambda: w.tabs.setCurrentWidget(problems))
        self.problems.resolve_requested.connect(self._resolve_conflict)

    def set_opener(self, opener: Callable[[], Session]) -> None:
        """How to open the runner's connection (known once the passphrase opened the store)."""
        self._opener = opener

    # --- the runner -------------------------------------------------------------------

    def start(self) -> None:
        """Start automatic sync (once the overview is on screen, not competing with it)."""
        from forebyg_desktop.ui.team_sync.sync_controller import SyncController

        if self._opener is None or self.controller is not None or self.status is None:
            return  # embedded without the passphrase (tests), started already, or stopped
        self.controller = SyncController(self._opener, self.status, self)
        self._opener = None
        self.controller.records_arrived.connect(self.records_changed)
        self.controller.profile_adopted.connect(
            lambda profile_id, version: self.window.statusBar().showMessage(
                self.tr("A new version of the strategy profile arrived; restart to use it."),
                15000,
            )
        )

    def sync_now(self) -> None:
        """Sync at once (a team was created or joined, a laptop removed)."""
        if self.controller is not None:
            self.controller.sync_now()

    def nudge(self) -> None:
        """Something was written here: send it out soon."""
        if self.controller is not None:
            self.controller.nudge()

    def pause(self) -> None:
        """Stop the sync thread: its connection keeps the old key (store/connection.py)."""
        self._paused = self.controller is not None or self._opener is not None
        self.stop()

    def resume(self, passphrase: str) -> None:
        """Sync again, with its own connection opened under `passphrase`."""
        session = self.window.session
        if not self._paused or session is None:
            return
        self._paused = False
        path = session.store.path
        if path is not None:
            self._opener = sync_session_opener(path.parent, passphrase)
            self.start()

    def stop(self) -> None:
        """Finish a sync under way and close the runner's connection; start none later."""
        self._opener = None
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None

    # --- problems ---------------------------------------------------------------------

    def _tab_changed(self, _index: int) -> None:
        tabs = self.window.tabs
        if tabs is not None and tabs.currentWidget() is self.problems:
            self.load_problems()

    def load_problems(self) -> None:
        """Conflicts to resolve and refused files, loaded off the GUI thread."""
        w = self.window
        s = w.session

        def load() -> tuple:
            from forebyg_desktop.services.team_sync.conflict_service import list_conflicts
            from forebyg_desktop.services.team_sync.sync_service import quarantined, sync_status

            return list_conflicts(s), quarantined(s), sync_status(s).problems

        def show(result: tuple) -> None:
            conflicts, refused, problems = result
            assert self.problems is not None
            self.problems.set_problems(problems)
            self.problems.set_conflicts(conflicts, w.child_names)
            self.problems.set_quarantined(refused)

        w.worker.submit(load, show, w.show_error)

    def _resolve_conflict(self, key: str, option: int) -> None:
        w = self.window
        s = w.session

        def resolve() -> None:
            from forebyg_desktop.services.team_sync.conflict_service import resolve_conflict

            resolve_conflict(s, key, option)

        def done(_: object) -> None:
            self.load_problems()
            self.records_changed.emit(NOTHING)
            self.nudge()

        w.worker.submit(resolve, done, w.show_error)
