"""Ids: valid UUIDv7, unique, and sorted in the order they are made."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from forebyg_desktop.core.ids import new_id, uuid7_from


def test_new_ids_are_unique_time_ordered_uuid7() -> None:
    ids = [new_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


@given(st.integers(0, 2**48 - 1), st.integers(0, 2**12 - 1), st.integers(0, 2**62 - 1))
def test_uuid7_from_layout(ms: int, a: int, b: int) -> None:
    u = uuid.UUID(uuid7_from(ms, a, b))
    assert u.version == 7
    assert u.int >> 80 == ms
    assert u.int & (2**62 - 1) == b
