"""Autosave of a dialogue's draft through the store worker.

A dialogue calls `changed()` on every edit; 400 ms after the last one the
draft's fields are taken (on the GUI thread, as plain JSON-able values) and
saved by `services.draft_service.save_draft` on the StoreWorker. One save is
in flight at a time: edits made meanwhile are saved right after it, so the
last keystroke always reaches the store. `flush()` saves what is unsaved and
then calls back (close waits for it); `finish()` stops saving for good
(after the draft was finalised or discarded, a late save would revive it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from forebyg_desktop.services.drafts.draft_service import save_draft
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.store_worker import StoreWorker

AUTOSAVE_MS = 400


class DraftAutosaver(QObject):
    """Debounced draft saves of one dialogue on the store worker; `status` says how it went."""

    status = Signal(str)  # "Saving…", "Draft saved", or why the draft could not be saved

    def __init__(
        self,
        worker: StoreWorker,
        session: Session,
        kind: str,
        child_id: str,
        draft_id: str,
        fields: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session = session
        self.kind = kind
        self.child_id = child_id
        self.draft_id = draft_id
        self._fields = fields
        self._dirty = False
        self._pending = False
        self._paused = False
        self._finished = False
        self._waiting: list[tuple[Callable[[], None], Callable[[str], None]]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._save)

    @property
    def has_unsaved(self) -> bool:
        """Edits not yet in the store (waiting for the timer, or being saved)."""
        return self._dirty or self._pending

    def changed(self) -> None:
        """An edit: save the draft once the typing pauses."""
        if self._finished:
            return
        self._dirty = True
        if not self._paused:
            self._timer.start()

    def pause(self) -> None:
        """No autosave while a finalise job is in flight (it gets the fields itself)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Autosave again (the finalise was refused); unsaved edits are saved soon."""
        self._paused = False
        if self._dirty and not self._finished:
            self._timer.start()

    def finish(self) -> None:
        """The draft is finalised or discarded: never save it again."""
        self._finished = True
        self._dirty = False
        self._timer.stop()

    def flush(self, on_done: Callable[[], None], on_error: Callable[[str], None]) -> None:
        """Save what is unsaved now; then `on_done()`, or `on_error(message)`."""
        self._timer.stop()
        if self._finished or not self.has_unsaved:
            on_done()
            return
        self._waiting.append((on_done, on_error))
        if not self._pending:
            self._save()

    def _save(self) -> None:
        self._timer.stop()
        if self._pending or self._finished or not self._dirty:
            return  # a save in flight picks up newer edits when it is done
        fields = self._fields()
        self._dirty = False
        self._pending = True
        self.status.emit(self.tr("Saving…"))
        session, kind, child_id, draft_id = self.session, self.kind, self.child_id, self.draft_id
        self.worker.submit(
            lambda: save_draft(session, kind, draft_id, child_id, fields),
            self._saved,
            self._failed,
        )

    def _saved(self, _result: object) -> None:
        if not shiboken6.isValid(self):
            return  # the dialogue is gone; the draft is in the store
        self._pending = False
        if self._dirty and not self._finished:
            if self._waiting:
                self._save()  # a close is waiting: save the newer edits at once
            elif not self._paused:
                self._timer.start()
            return
        self.status.emit(self.tr("Draft saved"))
        waiting, self._waiting = self._waiting, []
        for on_done, _ in waiting:
            on_done()

    def _failed(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending = False
        self._dirty = True  # still unsaved: the next edit or close tries again
        self.status.emit(self.tr("The draft could not be saved: {reason}").format(reason=message))
        waiting, self._waiting = self._waiting, []
        for _, on_error in waiting:
            on_error(message)
