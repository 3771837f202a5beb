"""The hybrid logical clock orders changes even when laptop clocks are wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forebyg_desktop.core.hlc import (
    LATEST_WALL_MS,
    MAX_COUNTER,
    ClockDriftError,
    HybridClock,
    Timestamp,
)

DAY_MS = 86_400_000
NOW = 1_716_000_000_000  # May 2024

timestamps = st.builds(
    Timestamp,
    st.integers(min_value=0, max_value=10**15 - 2),
    st.integers(min_value=0, max_value=MAX_COUNTER),
)
# What `Timestamp.decode` accepts: wall times up to the end of the year 9999.
decodable = st.builds(
    Timestamp,
    st.integers(min_value=0, max_value=LATEST_WALL_MS),
    st.integers(min_value=0, max_value=MAX_COUNTER),
)


class FakeWall:
    """A wall clock the test sets by hand."""

    def __init__(self, ms: int = NOW) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


# --- Timestamp -------------------------------------------------------------


def test_encode_is_fixed_width_and_readable() -> None:
    assert Timestamp(NOW, 7).encode() == "001716000000000-000007"
    assert str(Timestamp(0, 0)) == "000000000000000-000000"


@given(timestamps, timestamps)
def test_encoded_text_sorts_like_timestamps(a: Timestamp, b: Timestamp) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())


@given(decodable)
def test_decode_reverses_encode(ts: Timestamp) -> None:
    assert Timestamp.decode(ts.encode()) == ts


@pytest.mark.parametrize("text", ["999999999999999-999999", "253402300800000-000000"])
def test_decode_refuses_wall_times_no_clock_can_show(text: str) -> None:
    # A valid encoding, but after the year 9999: a forged stamp, never a clock's.
    with pytest.raises(ValueError, match="later than the year 9999"):
        Timestamp.decode(text)
    assert Timestamp.decode("253402300799999-999999").wall_ms == LATEST_WALL_MS


@pytest.mark.parametrize(
    "garbage",
    ["", "1716000000000-7", "001716000000000:000007", "001716000000000-000007 ", "abc", "-1-0"],
)
def test_decode_rejects_garbage_with_a_clear_message(garbage: str) -> None:
    with pytest.raises(ValueError, match="Not an encoded HLC timestamp"):
        Timestamp.decode(garbage)


def test_timestamp_rejects_out_of_range_parts() -> None:
    with pytest.raises(ValueError):
        Timestamp(-1, 0)
    with pytest.raises(ValueError):
        Timestamp(0, MAX_COUNTER + 1)
    with pytest.raises(TypeError):
        Timestamp(True, 0)  # type: ignore[arg-type]


# --- tick ------------------------------------------------------------------


def test_tick_follows_the_wall_clock_when_it_moves_forward() -> None:
    wall = FakeWall()
    clock = HybridClock(now_ms=wall)
    assert clock.tick() == Timestamp(NOW, 0)
    wall.ms += 5
    assert clock.tick() == Timestamp(NOW + 5, 0)


def test_tick_counts_on_when_the_wall_clock_stalls_or_goes_back() -> None:
    wall = FakeWall()
    clock = HybridClock(now_ms=wall)
    first = clock.tick()
    second = clock.tick()  # same millisecond
    wall.ms -= 3_600_000  # the user set the clock back an hour
    third = clock.tick()
    assert first < second < third
    assert third.wall_ms == NOW


def test_tick_resumes_after_a_persisted_timestamp() -> None:
    saved = Timestamp(NOW + DAY_MS, 4)  # written when the clock was a day ahead
    clock = HybridClock(saved, now_ms=FakeWall())
    assert clock.tick() == Timestamp(NOW + DAY_MS, 5)
    assert clock.last == Timestamp(NOW + DAY_MS, 5)


def test_counter_overflow_carries_into_the_wall_time() -> None:
    clock = HybridClock(Timestamp(NOW, MAX_COUNTER), now_ms=FakeWall(NOW - 1))
    ts = clock.tick()
    assert ts == Timestamp(NOW + 1, 0)
    assert ts.encode() > Timestamp(NOW, MAX_COUNTER).encode()


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=60))
def test_tick_is_strictly_monotonic_whatever_the_wall_clock_does(walls: list[int]) -> None:
    wall = FakeWall(walls[0])
    clock = HybridClock(now_ms=wall)
    previous = None
    for ms in walls:
        wall.ms = ms
        ts = clock.tick()
        assert previous is None or ts > previous
        assert ts.wall_ms >= ms  # never behind the wall clock
        previous = ts


# --- observe ---------------------------------------------------------------


def test_observe_moves_past_a_remote_ahead_of_us() -> None:
    clock = HybridClock(now_ms=FakeWall())
    clock.tick()
    remote = Timestamp(NOW + 10, 3)
    assert clock.observe(remote) == Timestamp(NOW + 10, 4)
    assert clock.tick() > remote


def test_observe_of_an_old_remote_keeps_our_time() -> None:
    wall = FakeWall()
    clock = HybridClock(now_ms=wall)
    mine = clock.tick()
    assert clock.observe(Timestamp(NOW - DAY_MS, 99)) == Timestamp(NOW, mine.counter + 1)


def test_observe_with_equal_wall_times_takes_the_larger_counter() -> None:
    clock = HybridClock(Timestamp(NOW + 50, 2), now_ms=FakeWall())
    assert clock.observe(Timestamp(NOW + 50, 9)) == Timestamp(NOW + 50, 10)


def test_a_remote_thirty_days_ahead_is_accepted_by_default() -> None:
    # A laptop whose clock is a month off must still sync; its changes win
    # last-writer-wins until our later edits, which are stamped after them.
    clock = HybridClock(now_ms=FakeWall())
    remote = Timestamp(NOW + 30 * DAY_MS, 0)
    clock.observe(remote)
    assert clock.tick() > remote


def test_max_forward_refuses_a_remote_too_far_ahead() -> None:
    clock = HybridClock(Timestamp(NOW, 0), now_ms=FakeWall(), max_forward_ms=DAY_MS)
    clock.observe(Timestamp(NOW + DAY_MS, 0))  # exactly the limit is fine
    before = clock.last
    with pytest.raises(ClockDriftError) as caught:
        clock.observe(Timestamp(NOW + 2 * DAY_MS, 0))
    assert clock.last == before  # a refused timestamp leaves the clock alone
    assert caught.value.ahead_ms == 2 * DAY_MS
    assert "48.0 hours ahead" in caught.value.message.english()


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10**13),
            st.one_of(st.none(), timestamps.filter(lambda t: t.wall_ms < 10**14)),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_every_timestamp_is_after_everything_seen_before(
    events: list[tuple[int, Timestamp | None]],
) -> None:
    wall = FakeWall(events[0][0])
    clock = HybridClock(now_ms=wall)
    seen: list[Timestamp] = []
    for ms, remote in events:
        wall.ms = ms
        ts = clock.tick() if remote is None else clock.observe(remote)
        assert all(ts > s for s in seen)
        assert remote is None or ts > remote
        assert ts.wall_ms >= ms
        seen.append(ts)
        if remote is not None:
            seen.append(remote)


@given(decodable, st.one_of(st.none(), decodable), st.integers(-(10**16), 10**16))
def test_observe_takes_any_decodable_timestamp_without_error(
    remote: Timestamp, last: Timestamp | None, wall_ms: int
) -> None:
    # Issue 9, point 4: one operation stamped 999999999999999-999999 made every
    # member's sync fail with ValueError. Whatever decodes, observe takes.
    clock = HybridClock(last, now_ms=FakeWall(wall_ms))
    ts = clock.observe(Timestamp.decode(remote.encode()))
    assert ts > remote and (last is None or ts > last)
    if remote.wall_ms < LATEST_WALL_MS and (last is None or last.wall_ms < LATEST_WALL_MS):
        # What it returns decodes again (only counting on from the very last
        # millisecond can carry past it; stores never hold such stamps).
        assert Timestamp.decode(ts.encode()) == ts


def test_the_very_last_decodable_timestamp_is_observed_and_ticked_past() -> None:
    clock = HybridClock(now_ms=FakeWall(NOW))
    top = Timestamp.decode("253402300799999-999999")
    assert clock.observe(top) > top
    assert clock.tick() > top


def test_a_wall_clock_after_the_year_9999_reads_as_its_end() -> None:
    clock = HybridClock(now_ms=FakeWall(10**16))
    assert clock.tick() == Timestamp(LATEST_WALL_MS, 0)
