"""The institution's identity for handovers: its name and two key pairs.

An X25519 pair receives handovers (they are sealed to its public half) and an
Ed25519 pair signs what the institution sends (handovers and receipts). Both
are made once, the first time they are needed, and the private halves live
only in the encrypted store's meta table: never in a file, never in a log.
The public halves go out as a key file (`write_public_key`).

The keys belong to this store. Several colleagues' devices of one
institution each have their own until team enrollment shares one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.validation import NAME_MAX
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.institution_key import (
    MAX_KEY_FILE_SIZE,
    KeyFileError,
    PublicKeyFile,
    b64,
    unb64,
    unsafe_characters,
)
from forebyg_desktop.sync.untrusted import TooLarge, read_bounded

_NAME = "institution_name"
_EXCHANGE = "institution_exchange_key"
_SIGNING = "institution_signing_key"
_CTX = "Institution"


@dataclass(frozen=True)
class Institution:
    """This store's institution: its name and key pairs (private parts stay in memory)."""

    name: str
    exchange_private: bytes
    signing_private: bytes

    @property
    def public(self) -> PublicKeyFile:
        return PublicKeyFile(
            institution=self.name,
            exchange_key=crypto.exchange_public_key(self.exchange_private),
            signing_key=crypto.signing_public_key(self.signing_private),
        )

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint


def institution(session: Session) -> Institution | None:
    """The institution set up in this store, or None."""
    meta = session.store.meta()
    if not all(k in meta for k in (_NAME, _EXCHANGE, _SIGNING)):
        return None
    try:
        return Institution(
            meta[_NAME],
            unb64(meta[_EXCHANGE], Message(_CTX, "receiving key")),
            unb64(meta[_SIGNING], Message(_CTX, "signing key")),
        )
    except KeyFileError:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Institution", "The institution keys in this store are damaged."),
            )
        ) from None


def institution_name(session: Session) -> str:
    """The institution's name, or "" before its key is made (no private key leaves here)."""
    found = institution(session)
    return found.name if found is not None else ""


def require_institution(session: Session) -> Institution:
    """The institution, or a ServiceError saying how to set it up."""
    found = institution(session)
    if found is None:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Institution",
                    "This store has no institution key yet; make one first with "
                    "`forebyg institution key --name NAME --out FILE`.",
                ),
            )
        )
    return found


def set_up_institution(session: Session, name: str | None = None) -> Institution:
    """Make the key pairs once (name needed then); a later name renames the institution.

    Without a name the first time, the institution name from IT's machine
    configuration is used, where it is set.

    Renaming keeps the keys, so files already sealed to the institution stay readable.
    """
    existing = institution(session)
    if not name and existing is None:
        from forebyg_desktop.site_config import site_config

        name = site_config().institution_name  # set by IT for the whole institution
    clean = " ".join((name or "").split())
    if unsafe_characters(clean):
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Institution",
                    "The institution name holds control characters or bidi overrides.",
                ),
            ),
            "name",
        )
    if len(clean) > NAME_MAX:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Institution", "The institution name is longer than {max} characters."
                ),
                {"max": NAME_MAX},
            ),
            "name",
        )
    if existing is not None and (not clean or clean == existing.name):
        return existing
    store = session.store
    with store.transaction():
        if existing is None:
            if not clean:
                raise ServiceError(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Institution",
                            "Give the institution's name the first time its key is made.",
                        ),
                    ),
                    "name",
                )
            made = Institution(clean, crypto.new_exchange_key(), crypto.new_signing_key())
            store.set_meta(_EXCHANGE, b64(made.exchange_private))
            store.set_meta(_SIGNING, b64(made.signing_private))
            detail = f"institution key pair made ({made.fingerprint})"
        else:
            made = Institution(clean, existing.exchange_private, existing.signing_private)
            detail = f"institution renamed ({made.fingerprint})"
        store.set_meta(_NAME, clean)
        store.audit.record(store.user, [AuditEvent("write", "institution", "key", None, detail)])
    return made


def write_public_key(session: Session, path: Path, name: str | None = None) -> PublicKeyFile:
    """Write the institution's public key file (atomically); returns what was written."""
    public = set_up_institution(session, name).public
    try:
        write_atomic(Path(path), public.to_bytes())
    except OSError as exc:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Institution", "{file}: cannot write the key file ({reason})."),
                {"file": str(path), "reason": exc.strerror},
            ),
            "out",
        ) from None
    return public


def read_public_key(path: Path) -> PublicKeyFile:
    """Read another institution's key file; ServiceError naming the file."""
    try:
        data = read_bounded(Path(path), MAX_KEY_FILE_SIZE)
    except TooLarge:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Institution", "{file} is too large to be an institution key file."
                ),
                {"file": str(path)},
            ),
            "key",
        ) from None
    except OSError as exc:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Institution", "{file}: cannot read the key file ({reason})."),
                {"file": str(path), "reason": exc.strerror},
            ),
            "key",
        ) from None
    try:
        return PublicKeyFile.from_bytes(data)
    except KeyFileError as exc:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Institution", "{file}: {reason}."),
                {"file": str(path), "reason": exc.message},
            ),
            "key",
        ) from None
