"""Benchmark the overview (group picture) and the follow-up list on a large store.

    .venv/bin/python bench/bench_overview_service.py [--children 20000] [--assessments 10]

Builds a store with `run_demo(session, N, K)` (the real change-log path), then
in a freshly opened session times `overview_rows` once cold (first read after
unlocking: every page read is decrypted) and `--repeat` times warm (median and best),
and `follow_ups` warm. The baseline, measured in the same run, is
`list_children`: reading and decoding every child's record once. The
overview also covers every assessment and plan, yet should cost about the
same. Prints a Markdown table for docs/performance.md. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from forebyg_desktop.services.child.child_service import list_children  # noqa: E402
from forebyg_desktop.services.overview.overview_service import follow_ups, overview_rows  # noqa: E402
from forebyg_desktop.services.session import create_session, open_session  # noqa: E402
from forebyg_desktop.services.setup.demo_service import run_demo  # noqa: E402

PASSPHRASE = "benchmark passphrase"
SEED = 42
TODAY = date(2026, 11, 23)


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _runs(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and best of `repeat` runs (the machine may be shared and noisy)."""
    times = [_timed(fn)[0] for _ in range(repeat)]
    return statistics.median(times), min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=20000)
    ap.add_argument("--assessments", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    n, k = args.children, args.assessments
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        session = create_session(data_dir, PASSPHRASE, profile_id="topi", user="Benchmark")
        session.today = lambda: TODAY  # type: ignore[method-assign]
        demo_s, counts = _timed(lambda: run_demo(session, n, k, seed=SEED))
        session.close()

        session = open_session(data_dir, PASSPHRASE)
        session.today = lambda: TODAY  # type: ignore[method-assign]
        with session:
            cold_s, rows = _timed(lambda: overview_rows(session, today=TODAY))
            warm_s, warm_best = _runs(lambda: overview_rows(session, today=TODAY), args.repeat)
            due_s, _ = _runs(lambda: follow_ups(session, today=TODAY), args.repeat)
            due = follow_ups(session, today=TODAY)
            base_s, base_best = _runs(lambda: list_children(session), args.repeat)

    assert isinstance(rows, list)
    with_position = sum(1 for r in rows if r.position)
    with_plan = sum(1 for r in rows if r.open_plan_id)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"data: {counts} (demo took {demo_s:.1f} s)")
    print(
        f"overview: {len(rows)} rows, {with_position} with a joint position, "
        f"{with_plan} with an open plan; {len(due)} plans due within 7 days or overdue\n"
    )
    print("| measure | value |")
    print("|---|---|")
    print(f"| `overview_rows`, first call after unlocking (cold) | {cold_s:.3f} s |")
    print(
        f"| `overview_rows`, warm (median of {args.repeat}; best) "
        f"| {warm_s:.3f} s; {warm_best:.3f} s |"
    )
    print(f"| `follow_ups` (7 days), warm | {due_s:.3f} s |")
    print(
        f"| baseline: `list_children` (every child's record), warm (median; best) "
        f"| {base_s:.3f} s; {base_best:.3f} s |"
    )
    print(
        f"| **ratio overview / list_children** (medians; best) "
        f"| **{warm_s / base_s:.2f}x**; {warm_best / base_best:.2f}x |"
    )


if __name__ == "__main__":
    main()
