"""Sync by itself on a background thread: at start, after changes, periodically.

Plain `threading` (no Qt): the UI passes callbacks and forwards them to the
GUI thread itself (e.g. through a signal). The runner opens its own session
(its own connection to the store) on its thread and keeps it while running;
SQLite serialises its writes with the app's, each bundle being one short
transaction. Nothing it reports holds record content.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.services.team_sync.sync_service import (
    SyncResult,
    SyncStatus,
    run_sync,
    sync_status,
)
from forebyg_desktop.store.changed import NOTHING, Changed
from forebyg_desktop.store.errors import StoreError
from forebyg_desktop.sync import hub as hub_files
from forebyg_desktop.sync.problems import CONTEXT, message
from forebyg_desktop.sync.state import SyncState


class _Stopping(Exception):
    """Raised from the progress callback (between bundles) when the app is closing."""


@dataclass(frozen=True)
class SyncOutcome:
    """One automatic sync: its result, or why it did not run (`error`), and the status after.

    `error` is translatable (the status bar shows it in the UI language); None
    when the sync ran, or did not need to (the status then says why).
    """

    result: SyncResult | None
    error: Message | None
    status: SyncStatus | None
    # What the records imported changed (store/changed.py), for the screens to refresh.
    changed: Changed = NOTHING


def _why(exc: ServiceError | StoreError) -> Message:
    """The refusal's translatable message, or its English text where it carries none."""
    found = getattr(exc, "message", None)
    if isinstance(found, Message):
        return found
    # Not marked for translation, so shown as it is (translate() finds no entry).
    return Message(CONTEXT, "{reason}", {"reason": str(exc)})


class SyncRunner:
    """Runs `run_sync` on its own thread whenever asked, and every `interval_s` seconds."""

    def __init__(
        self,
        open_session: Callable[[], Session],
        *,
        on_outcome: Callable[[SyncOutcome], None],
        on_progress: Callable[[int, int], None] | None = None,
        interval_s: float = 300.0,
        settle_s: float = 3.0,
    ) -> None:
        """`settle_s`: after `nudge()`, wait this long for more changes before syncing."""
        self._open_session = open_session
        self._on_outcome = on_outcome
        self._on_progress = on_progress
        self._interval_s = interval_s
        self._settle_s = settle_s
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._nudged = False

    def start(self) -> None:
        """Start the thread; the first sync runs at once."""
        if self._thread is None:
            self._wake.set()
            self._thread = threading.Thread(target=self._loop, name="forebyg-sync", daemon=True)
            self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def nudge(self) -> None:
        """Local changes were made: sync soon (a burst of changes gives one sync)."""
        self._nudged = True
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the sync under way (if any); closes the runner's session."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        session: Session | None = None
        try:
            while not self._stopping.is_set():
                self._wake.wait(self._interval_s)
                self._wake.clear()
                if self._nudged:
                    self._nudged = False
                    if self._stopping.wait(self._settle_s):
                        break
                if self._stopping.is_set():
                    break
                if session is None:
                    try:
                        session = self._open_session()
                    except (ServiceError, StoreError) as exc:
                        self._on_outcome(SyncOutcome(None, _why(exc), None))
                        continue
                self._on_outcome(self._once(session))
        finally:
            if session is not None:
                session.close()

    def _progress(self, done: int, total: int) -> None:
        # Called after each bundle is committed: the place to stop a long
        # import when the app closes, instead of making the user wait for it.
        if self._stopping.is_set():
            raise _Stopping
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _once(self, session: Session) -> SyncOutcome:
        state = SyncState(session.store)
        hub = state.hub()
        if state.team() is None or hub is None or not hub_files.reachable(hub):
            return SyncOutcome(None, None, sync_status(session))  # status says why
        try:
            result = run_sync(session, self._progress)
        except _Stopping:
            # Each bundle is its own transaction: what was imported stays, the
            # rest comes at the next start.
            return SyncOutcome(None, None, None, session.store.take_changed())
        except (ServiceError, StoreError) as exc:
            return SyncOutcome(None, _why(exc), sync_status(session), session.store.take_changed())
        except Exception as exc:  # noqa: BLE001 - never kill the thread; no details (may hold text)
            return SyncOutcome(
                None,
                message(
                    QT_TRANSLATE_NOOP("Sync", "internal error ({name})"), name=type(exc).__name__
                ),
                None,
                session.store.take_changed(),
            )
        return SyncOutcome(result, None, sync_status(session), session.store.take_changed())
