"""Errors the store raises; each carries a message fit to show a user.

`str(err)` is English (the CLI prints it); raised with a core.i18n Message
(context "Store", see `store_message`), `err.message` lets the GUI show it in
the user's language.
"""

from __future__ import annotations

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, TranslatableError

CONTEXT = "Store"

# "No <record> with id ..." per record type; lupdate needs each sentence whole.
_NOT_FOUND: dict[str, str] = {
    "child": QT_TRANSLATE_NOOP("Store", "No child with id {id}."),
    "assessment": QT_TRANSLATE_NOOP("Store", "No assessment with id {id}."),
    "plan": QT_TRANSLATE_NOOP("Store", "No plan with id {id}."),
    "evaluation": QT_TRANSLATE_NOOP("Store", "No evaluation with id {id}."),
    "consent": QT_TRANSLATE_NOOP("Store", "No consent with id {id}."),
    "handover": QT_TRANSLATE_NOOP("Store", "No handover with id {id}."),
}


def store_message(text: str, **params: object) -> Message:
    """A message marked with QT_TRANSLATE_NOOP("Store", ...), placeholders from `params`."""
    return Message(CONTEXT, text, params)


class StoreError(TranslatableError):
    """Base class: `str(err)` is one clear sentence for the user; `message` translatable."""


class StoreMissing(StoreError):
    """No store exists at the path (run `forebyg init` first)."""


class StoreExists(StoreError):
    """A store already exists where a new one was to be created."""


class WrongPassphrase(StoreError):
    """The passphrase does not unlock the store."""


class StoreCorrupt(StoreError):
    """The file is damaged or not a Forebyg store."""


class StoreTooNew(StoreError):
    """The store was written by a newer program version."""


class RecordNotFound(StoreError):
    """A record id that does not exist."""

    @classmethod
    def of(cls, entity: str, entity_id: str) -> RecordNotFound:
        """'No <entity> with id <id>.' for a record type the store keeps."""
        return cls(store_message(_NOT_FOUND[entity], id=entity_id))


class ImmutableRecord(StoreError):
    """An attempt to change a finalised (read-only) record."""


class ImportRefused(StoreError):
    """Operations made elsewhere break the rules local input obeys; nothing was written.

    `message` names the operation (device and number) and what is wrong, never
    record content, so sync can show it as the reason a hub file was refused.
    """


class ImportFromFuture(ImportRefused):
    """Operations stamped further ahead of this computer's clock than the store allows.

    A wrong clock on either computer, or a forged stamp. Unlike other refusals
    it may pass later, once this computer's clock has caught up, so sync may
    treat the file as waiting rather than bad for good.
    """
