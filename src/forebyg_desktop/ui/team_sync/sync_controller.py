"""Automatic sync for the open window: the runner's thread, the status bar, the problems tab.

`services.team_sync.sync_runner.SyncRunner` syncs on its own thread with its own
connection to the store (so a long import never blocks the store worker the
screens use): at start, a few seconds after local changes (`nudge`), every
five minutes, and when the user asks. Its callbacks arrive on that thread and
are forwarded here by signal, so everything below runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from forebyg_desktop.services.session import Session
from forebyg_desktop.services.team_sync.sync_runner import SyncOutcome, SyncRunner
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.team_sync.sync_status_widget import SyncStatusWidget

INTERVAL_S = 300.0  # the hub is checked this often even without local changes


class SyncController(QObject):
    """Owns the runner; shows its outcomes; says when records came in from colleagues."""

    records_arrived = Signal(object)  # what imported records changed (store/changed.py)
    profile_adopted = Signal(str, int)  # a newer strategy profile pack (id, version)
    _outcome = Signal(object)  # from the runner's thread
    _progress = Signal(int, int)

    def __init__(
        self,
        open_session: Callable[[], Session],
        status: SyncStatusWidget,
        parent: QObject | None = None,
        *,
        interval_s: float = INTERVAL_S,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.last: SyncOutcome | None = None
        self._outcome.connect(self._show)
        self._progress.connect(status.set_progress)
        status.sync_requested.connect(self.sync_now)
        self._runner = SyncRunner(
            open_session,
            on_outcome=self._outcome.emit,
            on_progress=self._progress.emit,
            interval_s=interval_s,
        )
        self._runner.start()

    def sync_now(self) -> None:
        self.status.label.setText(self.tr("Syncing…"))
        self._runner.sync_now()

    def nudge(self) -> None:
        """Something was written here: send it out soon."""
        self._runner.nudge()

    def stop(self) -> None:
        """Finish a sync under way and close the runner's connection."""
        self._runner.stop()

    def _show(self, outcome: SyncOutcome) -> None:
        self.last = outcome
        if outcome.status is not None:
            self.status.set_status(outcome.status)
        if outcome.error is not None:
            self.status.set_error(tr_message(outcome.error))
        if outcome.changed:  # also from a sync cut short: what came in stays
            self.records_arrived.emit(outcome.changed)
        result = outcome.result
        if result is None:
            return
        for profile_id, version in result.profiles:
            self.profile_adopted.emit(profile_id, version)
