"""Other institutions' keys, pinned: trusted on first use, changed only when a person confirms.

The first handover received from an institution, or sent to it, pins its key
fingerprint under its name (compared by `institution_key.name_key`, so
"skovbo  SKOLE" is the same institution as "Skovbo Skole"). From then on a
handover, key file or receipt naming that institution with another key is
refused with both fingerprints (`KeyChanged`), unless a person has compared
the new fingerprint with the institution by phone and confirms exactly that
fingerprint (`accept_new_key`). The keys confirmed before stay known as the
institution's earlier keys, so its earlier handovers and receipts still count
as its own.

The pins live in this store's meta table, beside this institution's own keys:
handovers are made and received on the laptop that holds those. Every pin and
every confirmed change is audited.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.sync.institution_key import name_key

_META = "institution_pins"
_CTX = "HandoverService"


@dataclass(frozen=True)
class Pin:
    """The key an institution is known by here, and the keys it was known by before."""

    name: str  # as it was pinned (first use or the last confirmed change)
    fingerprint: str
    previous: tuple[str, ...] = ()  # earlier keys, oldest first

    def knows(self, fingerprint: str) -> bool:
        """Whether `fingerprint` is the institution's key now or was one confirmed before."""
        return fingerprint == self.fingerprint or fingerprint in self.previous


def same_fingerprint(a: str, b: str) -> bool:
    """Fingerprints are equal ignoring case, spaces and dashes (as read aloud)."""

    def bare(text: str) -> str:
        return re.sub(r"[^0-9A-Z]", "", text.upper())

    return bool(bare(a)) and bare(a) == bare(b)


def pins(session: Session) -> dict[str, Pin]:
    """Every pinned institution by `name_key`."""
    raw = session.store.meta_value(_META, "{}")
    try:
        doc = json.loads(raw)
        return {
            k: Pin(v["name"], v["fingerprint"], tuple(v.get("previous", ())))
            for k, v in doc.items()
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "The known keys of other institutions in this store are damaged.",
                ),
            )
        ) from None


def pin_for(session: Session, name: str) -> Pin | None:
    """The pinned key of the institution called `name`, if any."""
    return pins(session).get(name_key(name))


class KeyChanged(ServiceError):
    """A known institution with another key: refused until a person confirms the new one.

    `institution`, `known` (the key it is known by) and `fingerprint` (the new
    key) let a dialog ask; `str()` is the English refusal.
    """

    def __init__(self, message: Message, *, institution: str, known: str, fingerprint: str) -> None:
        self.institution, self.known, self.fingerprint = institution, known, fingerprint
        super().__init__(message, "key")


def check_confirmation(path: Path, fingerprint: str, accept_new_key: str | None) -> None:
    """Refuse when a person confirmed another fingerprint than the file's key.

    A confirmation is for the one key read aloud: any other key is refused,
    whether a change was needed or not.
    """
    if accept_new_key is not None and not same_fingerprint(accept_new_key, fingerprint):
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file}: the fingerprint you confirmed ({confirmed}) is not the key of this "
                    "file ({fingerprint}); nothing was done.",
                ),
                {"file": str(path), "confirmed": accept_new_key, "fingerprint": fingerprint},
            ),
            "key",
        )


def refuse_unconfirmed(
    message: Message, *, institution: str, known: str, fingerprint: str, accept_new_key: str | None
) -> bool:
    """KeyChanged (with `message`) unless the new key was confirmed; True when it was.

    Call `check_confirmation` first: here a confirmation is taken as being for
    `fingerprint`.
    """
    if known == fingerprint:
        return False
    if accept_new_key is None:
        raise KeyChanged(message, institution=institution, known=known, fingerprint=fingerprint)
    return True


def record_pin(session: Session, name: str, fingerprint: str) -> Pin:
    """Pin `fingerprint` as the key of `name` (first use, or a confirmed change); audited.

    Call inside the transaction that writes what the key was used for.
    """
    store = session.store
    with store.transaction():
        current = pins(session)
        key = name_key(name)
        old = current.get(key)
        if old is not None and old.fingerprint == fingerprint:
            return old
        previous = () if old is None else (*old.previous, old.fingerprint)
        pin = Pin(name, fingerprint, tuple(p for p in previous if p != fingerprint))
        current[key] = pin
        doc = {
            k: {"name": p.name, "fingerprint": p.fingerprint, "previous": list(p.previous)}
            for k, p in current.items()
        }
        store.set_meta(_META, json.dumps(doc, ensure_ascii=False, sort_keys=True))
        detail = (
            f"key of {name} pinned ({fingerprint})"
            if old is None
            else f"key of {name} changed from {old.fingerprint} to {fingerprint}, "
            "confirmed after comparing fingerprints"
        )
        store.audit.record(session.user, [AuditEvent("write", "institution", "pin", None, detail)])
    return pin
