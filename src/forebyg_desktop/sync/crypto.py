"""The cryptographic primitives sync and handover are built from (`cryptography`).

One place for every choice, so bundles, rosters, invitations and handovers
agree on them:

- signatures: Ed25519 (a device's or an institution's signing key), always
  over a purpose ("context") and the message, so no signature can be replayed
  as another kind of message;
- symmetric encryption: ChaCha20-Poly1305 with a fresh random 96-bit nonce
  for every message, the nonce stored in front of the ciphertext;
- encryption to a public key ("sealing"): an ephemeral X25519 key agreement,
  HKDF-SHA256 over the shared secret and both public keys, then the AEAD;
- a key from a short one-time code: scrypt (memory-hard, so guessing codes
  offline from a stolen invitation file is slow).

Keys travel as raw bytes (32 bytes each). Every failure to verify or decrypt
raises CryptoError; callers turn it into a message naming the file.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from forebyg_desktop.core.i18n import TranslatableError

KEY_SIZE = 32
NONCE_SIZE = 12
SIGNATURE_SIZE = 64
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
_RAW_PRIVATE = (
    serialization.Encoding.Raw,
    serialization.PrivateFormat.Raw,
    serialization.NoEncryption(),
)


class CryptoError(TranslatableError):
    """A signature did not verify, a ciphertext was altered, or a key is malformed."""


# -- signing -----------------------------------------------------------------


def new_signing_key() -> bytes:
    """A new Ed25519 private key (raw 32 bytes); keep it in the encrypted store only."""
    return Ed25519PrivateKey.generate().private_bytes(*_RAW_PRIVATE)


def signing_public_key(private_key: bytes) -> bytes:
    """The raw public key belonging to an Ed25519 private key."""
    return _ed_private(private_key).public_key().public_bytes(*_RAW)


# What a signature is for: a signature made for one kind of message never
# verifies as another (a bundle manifest is not a roster, a receipt is not a
# handover), because the context is signed with the message.
SIGNATURE_CONTEXTS = frozenset(
    {
        "bundle-manifest",
        "roster",
        "profile-pack",
        "handover",
        "handover-receipt",
        "audit-witness",
    }
)


def _in_context(context: str, message: bytes) -> bytes:
    if context not in SIGNATURE_CONTEXTS:
        raise ValueError(f"unknown signature context {context!r}")
    return b"forebyg-signature\x00" + context.encode() + b"\x00" + message


def sign(private_key: bytes, message: bytes, *, context: str) -> bytes:
    """Ed25519 signature (64 bytes) over `message` for the purpose `context`."""
    return _ed_private(private_key).sign(_in_context(context, message))


def verify(public_key: bytes, signature: bytes, message: bytes, *, context: str) -> None:
    """Raise CryptoError unless `signature` is `public_key`'s signature over
    `message`, made for the purpose `context`."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            signature, _in_context(context, message)
        )
    except (InvalidSignature, ValueError) as exc:
        raise CryptoError("the signature does not match") from exc


# -- symmetric encryption ------------------------------------------------------


def new_symmetric_key() -> bytes:
    """A new random 256-bit key for the AEAD (e.g. a team key)."""
    return ChaCha20Poly1305.generate_key()


def encrypt(key: bytes, plaintext: bytes, associated_data: bytes = b"") -> bytes:
    """nonce || ciphertext+tag; `associated_data` is authenticated, not encrypted."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + _aead(key).encrypt(nonce, plaintext, associated_data)


def decrypt(key: bytes, sealed: bytes, associated_data: bytes = b"") -> bytes:
    """Inverse of encrypt; CryptoError if anything was altered or the key is wrong."""
    if len(sealed) < NONCE_SIZE + 16:
        raise CryptoError("the encrypted content is too short")
    try:
        return _aead(key).decrypt(sealed[:NONCE_SIZE], sealed[NONCE_SIZE:], associated_data)
    except InvalidTag as exc:
        raise CryptoError("the content was altered or is for another key") from exc


# -- encryption to a public key -------------------------------------------------


def new_exchange_key() -> bytes:
    """A new X25519 private key (raw 32 bytes) for receiving sealed content."""
    return X25519PrivateKey.generate().private_bytes(*_RAW_PRIVATE)


def exchange_public_key(private_key: bytes) -> bytes:
    """The raw public key belonging to an X25519 private key."""
    return _x_private(private_key).public_key().public_bytes(*_RAW)


def seal(recipient_public_key: bytes, plaintext: bytes, associated_data: bytes = b"") -> bytes:
    """Encrypt for the holder of the X25519 private key: ephemeral public || AEAD box."""
    try:
        recipient = X25519PublicKey.from_public_bytes(recipient_public_key)
    except ValueError as exc:
        raise CryptoError("the recipient's public key is malformed") from exc
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(*_RAW)
    key = _sealing_key(ephemeral.exchange(recipient), ephemeral_public, recipient_public_key)
    return ephemeral_public + encrypt(key, plaintext, associated_data)


def unseal(private_key: bytes, sealed: bytes, associated_data: bytes = b"") -> bytes:
    """Inverse of seal; CryptoError if it was not sealed for this key or was altered."""
    if len(sealed) < KEY_SIZE:
        raise CryptoError("the encrypted content is too short")
    ephemeral_public = sealed[:KEY_SIZE]
    me = _x_private(private_key)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise CryptoError("the encrypted content is malformed") from exc
    own_public = me.public_key().public_bytes(*_RAW)
    key = _sealing_key(shared, ephemeral_public, own_public)
    return decrypt(key, sealed[KEY_SIZE:], associated_data)


def _sealing_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_SIZE,
        salt=ephemeral_public + recipient_public,
        info=b"forebyg seal v1",
    ).derive(shared)


# -- keys from a one-time code, fingerprints -------------------------------------


def key_from_code(code: str, salt: bytes) -> bytes:
    """A 256-bit key from a short one-time code (scrypt, n=2**15, r=8, p=1: ~32 MB)."""
    normalised = "".join(code.split()).replace("-", "").upper()
    return Scrypt(salt=salt, length=KEY_SIZE, n=2**15, r=8, p=1).derive(normalised.encode())


def digest(data: bytes) -> str:
    """SHA-256 of `data` as hex: content hashes in manifests."""
    return hashlib.sha256(data).hexdigest()


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key (for people comparing keys)."""
    h = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return "-".join(h[i : i + 4] for i in range(0, 20, 4))


def _ed_private(raw: bytes) -> Ed25519PrivateKey:
    try:
        return Ed25519PrivateKey.from_private_bytes(raw)
    except ValueError as exc:
        raise CryptoError("the signing key is malformed") from exc


def _x_private(raw: bytes) -> X25519PrivateKey:
    try:
        return X25519PrivateKey.from_private_bytes(raw)
    except ValueError as exc:
        raise CryptoError("the private key is malformed") from exc


def _aead(key: bytes) -> ChaCha20Poly1305:
    try:
        return ChaCha20Poly1305(key)
    except ValueError as exc:
        raise CryptoError("the key is malformed") from exc
