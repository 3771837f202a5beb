"""The sync benchmark still runs end to end (tiny data; the figures are in docs/performance.md)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_sync.py"


def test_bench_sync_exports_and_imports_every_operation(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_sync", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.measure(20, 2, tmp_path)
    assert figures["ops"] > 40 and figures["bundles"] >= 1
