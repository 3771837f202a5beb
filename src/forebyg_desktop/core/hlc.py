"""A hybrid logical clock (HLC) for ordering changes across devices.

Each operation in the change log is stamped with a `Timestamp`: the wall-clock
milliseconds the device believed it was, plus a counter that breaks ties and
keeps the clock moving forward when the wall clock stands still or goes back
(laptops resume from sleep, users fix their clocks, NTP steps). Ordering by
(timestamp, device id) gives every device the same last-writer-wins order.

Clocks on school and daycare laptops can be wrong by weeks, and sync must still
work, so `observe` accepts any remote timestamp by default: a remote from far in
the future advances this clock too, and later local events are stamped after
it. Pass `max_forward_ms` to refuse such timestamps instead (ClockDriftError).

Pure: the wall clock is injected (`now_ms`), nothing here does I/O.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, Message, TranslatableError

# Fixed widths keep the encoded form sortable as plain text: 15 digits of
# milliseconds reach the year 33658, 6 digits of counter allow a million
# events within one millisecond (or while the wall clock lags behind).
WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_WALL_MS = 10**WALL_DIGITS - 1
MAX_COUNTER = 10**COUNTER_DIGITS - 1
# The latest wall time a clock reading or a decoded timestamp may hold: the end of
# the year 9999 (UTC). The encoding reaches much further, but nothing later is a
# clock reading; keeping decoded values below it leaves the clock room to count
# on, so `observe` can take any decoded timestamp without running out of range.
LATEST_WALL_MS = 253_402_300_799_999

_ENCODED = re.compile(rf"(\d{{{WALL_DIGITS}}})-(\d{{{COUNTER_DIGITS}}})")


@dataclass(frozen=True, order=True)
class Timestamp:
    """A point on the hybrid clock, ordered by (wall_ms, counter)."""

    wall_ms: int
    counter: int = 0

    def __post_init__(self) -> None:
        for name, value, top in (
            ("wall_ms", self.wall_ms, MAX_WALL_MS),
            ("counter", self.counter, MAX_COUNTER),
        ):
            # bool is an int subclass; True as a timestamp is always a bug.
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"Timestamp.{name} must be an int, not {type(value).__name__}")
            if not 0 <= value <= top:
                raise ValueError(f"Timestamp.{name} must be between 0 and {top}, got {value}")

    def encode(self) -> str:
        """Fixed-width text that sorts lexicographically in timestamp order."""
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        """Parse the output of `encode` (ValueError on anything else).

        A wall time after LATEST_WALL_MS (year 9999) is refused too: it is no
        reading of any clock, and only such a value could push a clock that
        observes it out of range.
        """
        match = _ENCODED.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(
                f"Not an encoded HLC timestamp: {text!r} "
                f"(expected {WALL_DIGITS} digits, '-', {COUNTER_DIGITS} digits)"
            )
        wall_ms = int(match.group(1))
        if wall_ms > LATEST_WALL_MS:
            raise ValueError(f"HLC timestamp {text!r} is later than the year 9999")
        return cls(wall_ms, int(match.group(2)))

    def __str__(self) -> str:
        return self.encode()


class ClockDriftError(TranslatableError, ValueError):
    """A remote timestamp is further ahead of our wall clock than allowed."""

    def __init__(self, remote: Timestamp, now_ms: int, max_forward_ms: int) -> None:
        self.remote = remote
        self.ahead_ms = remote.wall_ms - now_ms
        self.max_forward_ms = max_forward_ms
        hours = self.ahead_ms / 3_600_000
        self.message = Message(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "A change is stamped {hours:.1f} hours ahead of this computer's clock. "
                "Check the date and time on both computers.",
            ),
            {"hours": hours},
        )
        super().__init__(self.message)


def system_now_ms() -> int:
    """The system wall clock in milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


class HybridClock:
    """A hybrid logical clock: `tick` for local events, `observe` for received ones.

    Every timestamp it returns is strictly greater than every timestamp it has
    returned or observed before, whatever the wall clock does.
    """

    def __init__(
        self,
        last: Timestamp | None = None,
        now_ms: Callable[[], int] = system_now_ms,
        *,
        max_forward_ms: int | None = None,
    ) -> None:
        """Start after `last` (e.g. the newest timestamp in the store).

        `max_forward_ms`: refuse remote timestamps more than this far ahead of
        the wall clock (ClockDriftError). None (the default) accepts any: sync
        must work between machines whose clocks are off by weeks.
        """
        if max_forward_ms is not None and max_forward_ms < 0:
            raise ValueError("max_forward_ms must be >= 0 or None")
        self._last = last
        self._now_ms = now_ms
        self.max_forward_ms = max_forward_ms

    @property
    def last(self) -> Timestamp | None:
        """The latest timestamp issued or observed (persist it to resume)."""
        return self._last

    def _wall(self) -> int:
        # A clock reading before 1970 is treated as 0, one after the year 9999 as
        # that year's end, so Timestamp stays valid and decodable.
        return min(max(0, int(self._now_ms())), LATEST_WALL_MS)

    def tick(self) -> Timestamp:
        """A new timestamp for a local event."""
        now = self._wall()
        last = self._last
        if last is None or now > last.wall_ms:
            ts = Timestamp(now, 0)
        else:
            # Wall clock stalled or went back: keep last's wall time, count on.
            ts = _next(last.wall_ms, last.counter + 1)
        self._last = ts
        return ts

    def observe(self, remote: Timestamp) -> Timestamp:
        """Merge a received timestamp; returns a timestamp after both clocks.

        Standard HLC receive rule. A remote far in the future is accepted and
        moves this clock forward unless `max_forward_ms` says otherwise. Any
        timestamp `Timestamp.decode` accepts is observed without error (unless
        `max_forward_ms` refuses it): decoded and wall times stay at or below
        LATEST_WALL_MS, far from where counting on could overflow.
        """
        now = self._wall()
        if self.max_forward_ms is not None and remote.wall_ms - now > self.max_forward_ms:
            raise ClockDriftError(remote, now, self.max_forward_ms)
        last = self._last or Timestamp(0, 0)
        wall = max(last.wall_ms, remote.wall_ms, now)
        if wall == last.wall_ms == remote.wall_ms:
            counter = max(last.counter, remote.counter) + 1
        elif wall == last.wall_ms:
            counter = last.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        ts = _next(wall, counter)
        self._last = ts
        return ts


def _next(wall_ms: int, counter: int) -> Timestamp:
    """Timestamp(wall_ms, counter), carrying a counter overflow into wall_ms.

    Carrying keeps the order (and the fixed-width encoding) intact at the cost of
    drifting one millisecond ahead, which only a million events in a row can do.
    """
    if counter > MAX_COUNTER:
        return Timestamp(wall_ms + 1, 0)
    return Timestamp(wall_ms, counter)
