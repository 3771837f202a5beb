"""Errors the store raises; each carries a message fit to show a user."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: `str(err)` is one clear sentence for the user."""


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


class ImmutableRecord(StoreError):
    """An attempt to change a finalised (read-only) record."""
