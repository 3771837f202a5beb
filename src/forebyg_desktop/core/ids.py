"""Record and operation ids: UUIDv7 (RFC 9562), time-ordered and random.

Time-ordered ids are appended at the right edge of the store's B-tree
indexes instead of landing on a random page, which keeps writes fast on large
stores (every page touched is decrypted and re-encrypted). The 74 random bits
keep ids unique across devices without coordination. The embedded time is no
secret beyond what the record's own HLC already holds, and ids only ever
leave the device inside encrypted files.
"""

from __future__ import annotations

import secrets
import time

_last_ms = 0
_seq = 0


def uuid7_from(ms: int, rand_a: int, rand_b: int) -> str:
    """The UUIDv7 string for a millisecond time and 12 + 62 random bits."""
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76 | (rand_a & 0xFFF) << 64
    value |= 0b10 << 62 | (rand_b & 0x3FFF_FFFF_FFFF_FFFF)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_id() -> str:
    """A fresh UUIDv7; ids made by one process sort in the order they were made."""
    global _last_ms, _seq
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        # Same millisecond (or the clock stepped back): count on in rand_a.
        _seq += 1
        if _seq > 0xFFF:
            _last_ms, _seq = _last_ms + 1, 0
        ms = _last_ms
    else:
        _last_ms, _seq = ms, 0
    return uuid7_from(ms, _seq, secrets.randbits(62))
