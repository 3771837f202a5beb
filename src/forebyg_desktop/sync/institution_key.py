"""An institution's public key file: what a sender needs to hand a record over to it.

The file is small JSON with nothing secret in it: the format and its version,
the institution's name, its X25519 key for receiving handovers, its Ed25519
key that signs the receipts it sends back, and the fingerprint of both keys.
People compare the fingerprint by phone before a first handover; it covers
both keys, so a swapped signing key shows as well as a swapped receiving key.
The private halves never leave the encrypted store.

Other institutions' names are matched by `name_key`, which folds what a
person would not see as a different name: letter case, runs of spaces,
compatibility forms (NFKC: full-width letters, ligatures) and invisible
format characters (zero-width spaces, bidi marks). It does not fold look-alike
letters of other scripts. A name never authorises anything by itself: a key
is pinned per `name_key` on first use (services/institution_pins), so folding
more only means more key changes are caught, never fewer.
"""

from __future__ import annotations

import base64
import binascii
import json
import unicodedata
from dataclasses import dataclass

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.problems import SyncProblem, message
from forebyg_desktop.sync.untrusted import JsonRefused, strict_json

KEY_FILE_FORMAT = "forebyg-institution-key"
KEY_FILE_VERSION = 1
MAX_KEY_FILE_SIZE = 64 * 1024  # a key file is well under 1 KiB
NAME_MAX = 200  # as core.validation.NAME_MAX

# Explicit bidi embeddings, overrides and isolates: they reorder what is shown
# (a name or fingerprint can be made to read differently than it is).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class KeyFileError(SyncProblem, ValueError):
    """The key file is unreadable, malformed, or its fingerprint does not match its keys.

    `message` (translatable) says what is wrong; `str()` is the English text.
    """


def institution_fingerprint(exchange_key: bytes, signing_key: bytes) -> str:
    """The fingerprint people compare: over the receiving key, then the signing key."""
    return crypto.fingerprint(exchange_key + signing_key)


def name_key(name: str) -> str:
    """The form an institution's name is compared and pinned by (see the module doc)."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc"))
    return " ".join(text.split()).casefold()


def same_institution_name(a: str, b: str) -> bool:
    """Names match by `name_key` ("Skovbo  skole" is "skovbo Skole")."""
    return name_key(a) == name_key(b)


def unsafe_characters(text: str, *, one_line: bool = True) -> bool:
    """Whether `text` holds control characters or bidi overrides.

    C0 and C1 controls (terminal escapes among them), DEL and explicit bidi
    controls are never in a name or note; a multi-line text may hold tabs and
    line breaks.
    """
    for c in text:
        code = ord(c)
        if code < 0x20:
            if one_line or c not in "\t\n\r":
                return True
        elif 0x7F <= code <= 0x9F or c in _BIDI_CONTROLS or one_line and c in "\u2028\u2029":
            return True
    return False


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: Message) -> bytes:
    """Decode base64 text, or KeyFileError naming `what` (a "Sync" message, e.g. "the signature")."""
    if not isinstance(text, str):
        raise KeyFileError(message(QT_TRANSLATE_NOOP("Sync", "{what} is missing"), what=what))
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyFileError(
            message(QT_TRANSLATE_NOOP("Sync", "{what} is not valid base64"), what=what)
        ) from None


@dataclass(frozen=True)
class PublicKeyFile:
    """An institution's public identity."""

    institution: str
    exchange_key: bytes  # X25519: handovers are sealed to it
    signing_key: bytes  # Ed25519: its receipts (and handovers it sends) are signed with it

    @property
    def fingerprint(self) -> str:
        return institution_fingerprint(self.exchange_key, self.signing_key)

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "institution": self.institution,
            "exchange_key": b64(self.exchange_key),
            "signing_key": b64(self.signing_key),
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> PublicKeyFile:
        """Parse and check a key file; KeyFileError says what is wrong."""
        try:
            doc = strict_json(data, max_size=len(data), max_depth=2)
        except JsonRefused:
            raise KeyFileError(
                message(QT_TRANSLATE_NOOP("Sync", "not a Forebyg institution key file (not JSON)"))
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
            raise KeyFileError(
                message(QT_TRANSLATE_NOOP("Sync", "not a Forebyg institution key file"))
            )
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise KeyFileError(
                message(QT_TRANSLATE_NOOP("Sync", "the key file has no format version"))
            )
        if version > KEY_FILE_VERSION:
            raise KeyFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the key file was made by a newer version of Forebyg (format {format}); "
                        "update the program",
                    ),
                    format=version,
                )
            )
        name = doc.get("institution")
        if not isinstance(name, str) or not name_key(name):
            raise KeyFileError(
                message(QT_TRANSLATE_NOOP("Sync", "the key file names no institution"))
            )
        if unsafe_characters(name) or len(name) > NAME_MAX:
            raise KeyFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the institution name in the key file holds control characters "
                        "or is too long",
                    )
                )
            )
        key = cls(
            institution=" ".join(name.split()),
            exchange_key=unb64(
                doc.get("exchange_key"), message(QT_TRANSLATE_NOOP("Sync", "the receiving key"))
            ),
            signing_key=unb64(
                doc.get("signing_key"), message(QT_TRANSLATE_NOOP("Sync", "the signing key"))
            ),
        )
        if len(key.exchange_key) != crypto.KEY_SIZE or len(key.signing_key) != crypto.KEY_SIZE:
            raise KeyFileError(
                message(QT_TRANSLATE_NOOP("Sync", "a key in the key file has the wrong length"))
            )
        if doc.get("fingerprint") != key.fingerprint:
            raise KeyFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the fingerprint does not match the keys (the file was altered)"
                    )
                )
            )
        return key
