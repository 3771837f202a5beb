"""The main window's sync parts: status bar widget, problems tab, automatic sync.

A mixin of `MainWindow`. The sync itself runs in `SyncController` (its own
thread and connection); conflicts and refused files are read and resolved on
the window's StoreWorker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from forebyg_desktop.services.session import Session


class WindowSync:
    """Sync state, problems and the nudge after local changes (texts: see WindowActions)."""

    def _start_sync(self, session: Session) -> None:
        """The sync state in the status bar, the problems tab, and automatic sync."""
        from forebyg_desktop.ui.sync_problems_view import SyncProblemsView
        from forebyg_desktop.ui.sync_status_widget import SyncStatusWidget

        self.sync_status = SyncStatusWidget(self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_problems = SyncProblemsView(self.tabs)
        self.tabs.addTab(
            self.sync_problems, QCoreApplication.translate("MainWindow", "&Sync problems")
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.sync_status.problems_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.sync_problems)
        )
        self.sync_problems.resolve_requested.connect(self._resolve_conflict)

    def _start_sync_runner(self) -> None:
        """Start automatic sync once the overview is on screen (not competing with it)."""
        from forebyg_desktop.ui.sync_controller import SyncController

        if self._sync_opener is None or self.sync is not None:
            return  # embedded without the passphrase (tests), or started already
        self.sync = SyncController(self._sync_opener, self.sync_status, self)
        self._sync_opener = None
        self.sync.records_arrived.connect(self._records_arrived)
        self.sync.profile_adopted.connect(
            lambda profile_id, version: self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "A new version of the strategy profile arrived; restart to use it.",
                ),
                15000,
            )
        )

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.sync_problems:
            self.load_sync_problems()

    def load_sync_problems(self) -> None:
        """Conflicts to resolve and refused files, loaded off the GUI thread."""
        s = self.session

        def load() -> tuple:
            from forebyg_desktop.services.conflict_service import list_conflicts
            from forebyg_desktop.services.sync_service import quarantined, sync_status

            return list_conflicts(s), quarantined(s), sync_status(s).problems

        def show(result: tuple) -> None:
            conflicts, refused, problems = result
            self.sync_problems.set_problems(problems)
            self.sync_problems.set_conflicts(conflicts, self._names)
            self.sync_problems.set_quarantined(refused)

        self.worker.submit(load, show, self._error)

    def _resolve_conflict(self, key: str, option: int) -> None:
        s = self.session

        def resolve() -> None:
            from forebyg_desktop.services.conflict_service import resolve_conflict

            resolve_conflict(s, key, option)

        def done(_: object) -> None:
            self.load_sync_problems()
            self._records_arrived()
            self._changed_here()

        self.worker.submit(resolve, done, self._error)

    def _records_arrived(self) -> None:
        """Colleagues' changes came in: reload what is on screen."""
        self.refresh()
        if self.pages.currentWidget() is self.child_page and self.child_page.child:
            self.open_child(self.child_page.child["id"])

    def _changed_here(self) -> None:
        if self.sync is not None:
            self.sync.nudge()
