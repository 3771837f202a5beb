"""The primitives sync and handover rest on: tampering and wrong keys are caught."""

from __future__ import annotations

import pytest

from forebyg_desktop.sync import crypto


def test_signature_verifies_and_rejects_changed_message_or_stranger() -> None:
    key = crypto.new_signing_key()
    public = crypto.signing_public_key(key)
    sig = crypto.sign(key, b"manifest", context="bundle-manifest")
    crypto.verify(public, sig, b"manifest", context="bundle-manifest")
    with pytest.raises(crypto.CryptoError):
        crypto.verify(public, sig, b"manifesT", context="bundle-manifest")
    stranger = crypto.sign(crypto.new_signing_key(), b"manifest", context="bundle-manifest")
    with pytest.raises(crypto.CryptoError):
        crypto.verify(public, stranger, b"manifest", context="bundle-manifest")


def test_a_signature_made_for_one_purpose_never_verifies_for_another() -> None:
    """A bundle manifest signed by the leader is not a roster body (and so on)."""
    key = crypto.new_signing_key()
    public = crypto.signing_public_key(key)
    body = b'{"team": "t", "version": 2}'
    sig = crypto.sign(key, body, context="bundle-manifest")
    for other in sorted(crypto.SIGNATURE_CONTEXTS - {"bundle-manifest"}):
        with pytest.raises(crypto.CryptoError):
            crypto.verify(public, sig, body, context=other)
    with pytest.raises(ValueError):
        crypto.sign(key, body, context="anything")


def test_symmetric_round_trip_fresh_nonce_and_tamper_detection() -> None:
    key = crypto.new_symmetric_key()
    a = crypto.encrypt(key, b"Emma er ked af det", b"team-1")
    b = crypto.encrypt(key, b"Emma er ked af det", b"team-1")
    assert a != b  # a fresh nonce every time
    assert b"Emma" not in a
    assert crypto.decrypt(key, a, b"team-1") == b"Emma er ked af det"
    flipped = bytearray(a)
    flipped[20] ^= 1
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(key, bytes(flipped), b"team-1")
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(key, a, b"team-2")
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(crypto.new_symmetric_key(), a, b"team-1")
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt(key, a[:10])


def test_sealed_only_opens_for_the_recipient() -> None:
    recipient = crypto.new_exchange_key()
    sealed = crypto.seal(crypto.exchange_public_key(recipient), b"handover", b"ctx")
    assert crypto.unseal(recipient, sealed, b"ctx") == b"handover"
    with pytest.raises(crypto.CryptoError):
        crypto.unseal(crypto.new_exchange_key(), sealed, b"ctx")
    with pytest.raises(crypto.CryptoError):
        crypto.seal(b"short", b"x")


def test_key_from_code_ignores_spacing_and_case() -> None:
    salt = b"0123456789abcdef"
    assert crypto.key_from_code("ab12-cd34", salt) == crypto.key_from_code(" AB12 CD34", salt)
    assert crypto.key_from_code("ab12-cd34", salt) != crypto.key_from_code("ab12-cd35", salt)
