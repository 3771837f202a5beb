"""All work on the store runs on one background thread; results come back by signal.

The GUI thread never waits for SQLCipher (page decryption, key derivation,
large queries), and the store's connection is only ever used from this one
thread, one job at a time, so no locking is needed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from forebyg_desktop.core.i18n import Message
from forebyg_desktop.services.errors import ServiceError, ValidationFailed
from forebyg_desktop.store.errors import StoreError
from forebyg_desktop.ui.kit.i18n import tr_message


class _Runner(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except ValidationFailed as exc:
            # Every problem, each with where it is (a field, or file:line), translated.
            lines = [
                f"{p.where}: {tr_message(p.message)}" if p.where else tr_message(p.message)
                for p in exc.problems
            ]
            self.failed.emit(job_id, "\n".join(lines) or str(exc))
        except (ServiceError, StoreError) as exc:
            # A translatable message, when the error carries one, in the UI language.
            message = getattr(exc, "message", None)
            self.failed.emit(
                job_id, tr_message(message) if isinstance(message, Message) else str(exc)
            )
        except Exception as exc:  # noqa: BLE001 - shown as one line, never a traceback
            self.failed.emit(job_id, f"internal error ({type(exc).__name__})")
        else:
            self.finished.emit(job_id, result)


class StoreWorker(QObject):
    """Queue service calls with `submit(fn, on_done, on_error)`; callbacks run on the GUI thread."""

    _request = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("store-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._request.connect(self._runner.run)
        self._runner.finished.connect(self._done)
        self._runner.failed.connect(self._fail)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._thread.start()
        # A running QThread that is destroyed aborts the process: stop it first,
        # whoever deletes this worker (`destroyed` comes before the children go).
        thread = self._thread
        self.destroyed.connect(lambda *_: (thread.quit(), thread.wait()))

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> int:
        """Run `fn()` on the store thread; then `on_done(result)` or `on_error(message)`."""
        job = next(self._ids)
        self._callbacks[job] = (on_done, on_error)
        self._request.emit(job, fn)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _done(self, job: int, result: object) -> None:
        on_done, _ = self._callbacks.pop(job)
        on_done(result)

    def _fail(self, job: int, message: str) -> None:
        _, on_error = self._callbacks.pop(job)
        if on_error is not None:
            on_error(message)

    def stop(self) -> None:
        """Finish queued jobs and end the thread."""
        self._thread.quit()
        self._thread.wait()
