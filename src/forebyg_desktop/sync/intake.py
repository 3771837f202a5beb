"""Reading hub files one by one, so that anything wrong with one file stays with that file.

Every reader of the hub (rosters, join requests, profile packs, bundles)
reads through an `Intake` for the sync under way:

- a file refused before is not read again while its size and modification
  time are unchanged;
- a file larger than its kind allows is refused without being read;
- `guard` runs the handling of one file and turns a refusal (Rejected) into
  a quarantine with its reason, and any other exception into a quarantine
  "internal error in file X: <exception class>", so no exception from one
  file ends the sync. Such an internal error is retried at the next sync.
  Errors of the store itself (disk full, locked) are not the file's fault and
  do end the sync.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.store import quarantine_repo
from forebyg_desktop.store.connection import DbError, DbIntegrityError
from forebyg_desktop.sync.problems import Rejected, Waiting, message
from forebyg_desktop.sync.state import SyncState
from forebyg_desktop.sync.untrusted import TooLarge, read_bounded

T = TypeVar("T")


def quarantine_file(
    state: SyncState,
    path: Path,
    reason: Message,
    stat: os.stat_result | None = None,
) -> bool:
    """Record a refused hub file (device-local) with its reason; True if newly refused.

    With `stat`, the file is not read again until its size or time changes.
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    text = json.dumps(
        {"context": reason.context, "text": reason.text, "params": reason.params}, default=str
    )
    return quarantine_repo.record(
        state.store,
        path.name,
        text,
        now,
        stat.st_size if stat else None,
        stat.st_mtime_ns if stat else None,
    )


def internal_error(path: Path, exc: BaseException) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Sync", "internal error in file {file}: {name}"),
        file=path.name,
        name=type(exc).__name__,
    )


class Intake:
    """The hub files one sync reads: bounded, each one on its own."""

    def __init__(self, state: SyncState) -> None:
        self.state = state
        self.refused = 0  # files newly quarantined during this sync
        self._skip = quarantine_repo.unchanged_refused(state.store)
        self._stats: dict[str, os.stat_result] = {}

    def read(self, path: Path, limit: int) -> bytes | None:
        """The file's bytes; None when it was refused unchanged, is too large, or unreadable now."""
        try:
            stat = os.stat(path)
        except OSError:
            return None
        if self._skip.get(path.name) == (stat.st_size, stat.st_mtime_ns):
            return None
        self._stats[path.name] = stat
        try:
            return read_bounded(path, limit)
        except TooLarge as exc:
            self.quarantine(
                path,
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the file is too large ({size} bytes; at most {limit} are read)"
                    ),
                    size=exc.size,
                    limit=exc.limit,
                ),
            )
            return None
        except OSError:
            return None  # a sync engine may still be writing it: next time

    def quarantine(self, path: Path, reason: Message, *, retry: bool = False) -> None:
        """Refuse `path` for `reason`; unless `retry`, not read again until it changes."""
        stat = None if retry else self._stats.get(path.name)
        self.refused += quarantine_file(self.state, path, reason, stat)
        if stat is not None:
            self._skip[path.name] = (stat.st_size, stat.st_mtime_ns)

    def guard(self, path: Path, handle: Callable[[], T]) -> T | None:
        """`handle()`, or None after quarantining `path` for whatever it raised."""
        try:
            return handle()
        except Waiting:
            raise  # not the file's fault: the caller keeps it for later
        except Rejected as problem:
            self.quarantine(path, problem.message)
        except DbError as exc:
            if not isinstance(exc, DbIntegrityError):
                raise
            self.quarantine(path, internal_error(path, exc), retry=True)
        except Exception as exc:  # noqa: BLE001 - one file never ends the sync
            self.quarantine(path, internal_error(path, exc), retry=True)
        return None
