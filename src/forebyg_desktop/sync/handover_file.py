"""The handover and receipt file format: sealed to one institution, signed inside.

A file is

    FOREBYG-SEALED\\n
    {"format":1,"kind":"handover","recipient":"ABCD-..."}\\n
    <sealed payload>

The plaintext header holds only the format version, whether it is a handover
or a receipt, and the fingerprint of the institution it is sealed to, so a
receiver can say "this file is for another institution" without decrypting.
No name, date, child or sender appears outside the seal. The header is the
associated data of the seal, so changing it breaks decryption.

The sealed payload is canonical JSON: the body, the signer's Ed25519 public
key and the signature. We sign *inside* the seal: a signature outside would
show every holder of the file which institution sent it, and the sender and
recipient together already narrow it down to a handful of children. The
signed bytes include the kind and the body, and the body names the recipient's
fingerprint, so a recipient cannot re-seal a signed handover to a third party
as if it had been sent there.

The payload is padded with spaces to a multiple of PAD_TO bytes, so the file
size says little about how much is written about the child.

Everything in the file is treated as hostile: the header and the payload are
parsed with `untrusted.strict_json`, so a crafted file is refused with a
reason and never reaches the program as odd Python values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.institution_key import KeyFileError, b64, unb64
from forebyg_desktop.sync.problems import SyncProblem, message
from forebyg_desktop.sync.untrusted import JsonRefused, strict_json

MAGIC = b"FOREBYG-SEALED\n"
FORMAT_VERSION = 1
KINDS = ("handover", "receipt")
_CONTEXTS = {"handover": "handover", "receipt": "handover-receipt"}
PAD_TO = 4096
_MAX_HEADER = 1024


class HandoverFileError(SyncProblem, ValueError):
    """The file is not a handover/receipt, is damaged or altered, or is not for us.

    `message` (translatable) says what is wrong; `str()` is the English text.
    """


@dataclass(frozen=True)
class SealedFile:
    """A parsed file before decryption: what its plaintext header says."""

    kind: str
    version: int
    recipient: str  # fingerprint of the institution it is sealed to
    header: bytes  # magic + header line, authenticated by the seal
    sealed: bytes


@dataclass(frozen=True)
class Opened:
    """A decrypted, signature-checked payload."""

    kind: str
    body: dict[str, Any]
    signer: bytes  # the Ed25519 public key that signed it


def _signed_bytes(kind: str, body: dict[str, Any]) -> bytes:
    return f"forebyg {kind} v{FORMAT_VERSION}\n{canonical_json(body)}".encode()


def pack(
    kind: str,
    body: dict[str, Any],
    *,
    recipient_fingerprint: str,
    recipient_exchange_key: bytes,
    signing_private_key: bytes,
) -> bytes:
    """The file's bytes: header, then the signed body sealed to the recipient."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    header_line = canonical_json(
        {"format": FORMAT_VERSION, "kind": kind, "recipient": recipient_fingerprint}
    )
    header = MAGIC + header_line.encode("ascii") + b"\n"
    payload = canonical_json(
        {
            "body": body,
            "signer": b64(crypto.signing_public_key(signing_private_key)),
            "signature": b64(
                crypto.sign(signing_private_key, _signed_bytes(kind, body), context=_CONTEXTS[kind])
            ),
        }
    ).encode("utf-8")
    payload += b" " * (-len(payload) % PAD_TO)
    return header + crypto.seal(recipient_exchange_key, payload, header)


def parse(data: bytes) -> SealedFile:
    """Read the plaintext header; HandoverFileError if it is not a file of ours."""
    if not data:
        raise HandoverFileError(message(QT_TRANSLATE_NOOP("Sync", "the file is empty")))
    if not data.startswith(MAGIC):
        raise HandoverFileError(
            message(QT_TRANSLATE_NOOP("Sync", "not a Forebyg handover or receipt file"))
        )
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise HandoverFileError(
            message(
                QT_TRANSLATE_NOOP("Sync", "the file is damaged (no header); it may be truncated")
            )
        )
    header = data[: end + 1]
    try:
        doc = strict_json(data[len(MAGIC) : end], max_size=_MAX_HEADER, max_depth=1)
    except JsonRefused:
        raise HandoverFileError(
            message(QT_TRANSLATE_NOOP("Sync", "the file is damaged (unreadable header)"))
        ) from None
    version = doc.get("format") if isinstance(doc, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        raise HandoverFileError(
            message(QT_TRANSLATE_NOOP("Sync", "the file is damaged (no format version)"))
        )
    if version > FORMAT_VERSION:
        raise HandoverFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "the file was made by a newer version of Forebyg (format {format}); "
                    "update the program",
                ),
                format=version,
            )
        )
    kind, recipient = doc.get("kind"), doc.get("recipient")
    if kind not in KINDS or not isinstance(recipient, str):
        raise HandoverFileError(
            message(QT_TRANSLATE_NOOP("Sync", "the file is damaged (unknown kind or recipient)"))
        )
    return SealedFile(kind, version, recipient, header, data[end + 1 :])


def open_sealed(f: SealedFile, exchange_private_key: bytes) -> Opened:
    """Decrypt and verify the signature; HandoverFileError if anything does not hold."""
    try:
        payload = crypto.unseal(exchange_private_key, f.sealed, f.header)
    except crypto.CryptoError:
        raise HandoverFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "the file is damaged or was altered (it does not decrypt); ask for it again",
                )
            )
        ) from None
    try:
        doc = strict_json(payload, max_size=len(payload))
    except JsonRefused as exc:
        raise HandoverFileError(
            message(
                QT_TRANSLATE_NOOP("Sync", "the file's content is malformed ({reason})"),
                reason=exc.message,
            )
        ) from None
    body = doc.get("body") if isinstance(doc, dict) else None
    if not isinstance(body, dict):
        raise HandoverFileError(
            message(QT_TRANSLATE_NOOP("Sync", "the file's content is malformed"))
        )
    try:
        signature = unb64(doc.get("signature"), message(QT_TRANSLATE_NOOP("Sync", "the signature")))
        signer = unb64(doc.get("signer"), message(QT_TRANSLATE_NOOP("Sync", "the signer's key")))
    except KeyFileError as exc:
        raise HandoverFileError(exc.message) from None
    try:
        crypto.verify(signer, signature, _signed_bytes(f.kind, body), context=_CONTEXTS[f.kind])
    except crypto.CryptoError:
        raise HandoverFileError(
            message(QT_TRANSLATE_NOOP("Sync", "the signature does not match the content"))
        ) from None
    if body.get("recipient") != f.recipient:
        raise HandoverFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the signed content names another recipient than the file"
                )
            )
        )
    return Opened(f.kind, body, signer)
