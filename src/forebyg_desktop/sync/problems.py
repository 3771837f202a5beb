"""Why a hub file was refused or held back, as translatable messages.

Reasons never contain record content (names, notes): only file names, device
ids, sequence numbers and versions, so they can be shown and logged freely.
"""

from __future__ import annotations

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, TranslatableError

CONTEXT = "Sync"


def message(text: str, **params: object) -> Message:
    """A Sync message; mark `text` with QT_TRANSLATE_NOOP("Sync", ...) at the call."""
    return Message(CONTEXT, text, params)


class SyncProblem(TranslatableError):
    """Base: `message` is what the user is shown."""

    message: Message

    def __init__(self, message: Message) -> None:
        super().__init__(message)


class Rejected(SyncProblem):
    """The file is bad for good (altered, forged, another team's): quarantine it."""


class Waiting(SyncProblem):
    """The file cannot be used yet (a gap, a key or roster not received): keep it."""


class NotWritten(SyncProblem):
    """A file this device had to put in the hub did not land there (name taken, no access)."""

    def __init__(self, file: str) -> None:
        self.file = file
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file} could not be written to the hub folder (its name is taken by "
                    "other content and no alternative name could be written either)",
                ),
                file=file,
            )
        )
