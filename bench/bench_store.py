"""Benchmark the foundation: demo data through the change log, open/unlock, dump.

    .venv/bin/python bench/bench_store.py [--children 20000] [--assessments 10]

1. `demo --children N --assessments K` through the real change-log path (op
   log, materialised tables, audit chain, SQLCipher), against plain `sqlite3`
   `executemany` of the same rows into an unencrypted table, in the same run.
   Both sides generate the same synthetic data (same seed), so the ratio is of
   the whole command. Generation alone is reported too.
2. Opening and unlocking that store, and `forebyg dump` of it, each in a fresh
   process: wall time and peak memory (max RSS).
Prints a Markdown table for docs/performance.md. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from forebyg_desktop.core.demo_data import generate  # noqa: E402
from forebyg_desktop.services.session import create_session  # noqa: E402
from forebyg_desktop.services.setup.demo_service import run_demo  # noqa: E402
from forebyg_desktop.store.canonical import canonical_json  # noqa: E402

PASSPHRASE = "benchmark passphrase"
SEED = 42
TODAY = date(2026, 11, 23)


def _plain_sqlite(path: Path, profile, n: int, k: int) -> tuple[float, int]:
    """Generate the same data and executemany it into unencrypted sqlite3 tables."""
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    tables = ("children", "assessments", "plans", "evaluations")
    for t in tables:
        conn.execute(f"CREATE TABLE {t} (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    rows: dict[str, list[tuple[str, str]]] = {t: [] for t in tables}
    count = 0
    for demo in generate(profile, n, k, seed=SEED, today=TODAY):
        rows["children"].append((demo.child["id"], canonical_json(demo.child)))
        for t, records in (
            ("assessments", demo.assessments),
            ("plans", demo.plans),
            ("evaluations", demo.evaluations),
        ):
            rows[t].extend((r["id"], canonical_json(r)) for r in records)
    with conn:
        for t in tables:
            conn.executemany(f"INSERT INTO {t} VALUES (?, ?)", rows[t])
            count += len(rows[t])
    conn.close()
    return time.perf_counter() - start, count


def _generation_only(profile, n: int, k: int) -> float:
    start = time.perf_counter()
    for _ in generate(profile, n, k, seed=SEED, today=TODAY):
        pass
    return time.perf_counter() - start


_PEAK_WRAPPER = """
import runpy, sys
sys.path.insert(0, {src!r})
sys.argv = {argv!r}
try:
    runpy.run_module({module!r}, run_name="__main__")
except SystemExit as exc:
    code = exc.code or 0
else:
    code = 0
# VmHWM is this process's own peak RSS (ru_maxrss would include the parent's
# peak, inherited across fork and exec).
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
sys.stderr.write("PEAK_KB " + hwm.split()[1] + "\\n")
sys.exit(code)
"""


def _timed_process(module: str, argv: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of `python -m module argv...` in a fresh process."""
    code = _PEAK_WRAPPER.format(src=str(ROOT / "src"), argv=[module, *argv], module=module)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode()
    if proc.returncode != 0:
        raise SystemExit(f"{module} {argv} failed: {err}")
    peak_kb = int(err.rsplit("PEAK_KB ", 1)[1].split()[0])
    return elapsed, peak_kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=20000)
    ap.add_argument("--assessments", type=int, default=10)
    args = ap.parse_args()
    n, k = args.children, args.assessments
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        session = create_session(data_dir, PASSPHRASE, profile_id="topi", user="Benchmark")
        session.today = lambda: TODAY  # type: ignore[method-assign]
        profile = session.profile

        gen = _generation_only(profile, n, k)
        start = time.perf_counter()
        counts = run_demo(session, n, k, seed=SEED)
        store_s = time.perf_counter() - start
        ops = session.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]
        session.close()
        plain_s, rows = _plain_sqlite(Path(tmp) / "plain.db", profile, n, k)
        size_mb = (data_dir / "store.db").stat().st_size / 1e6

        env = {**os.environ, "FOREBYG_PASSPHRASE": PASSPHRASE, "FOREBYG_DATA_DIR": str(data_dir)}
        # `forebyg child list --group` opens and unlocks the store and runs one query.
        open_s, open_mb = _timed_process(
            "forebyg_desktop.cli", ["child", "list", "--group", "none"], env
        )
        dump_s, dump_mb = _timed_process("forebyg_desktop.cli", ["dump"], env)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"data: {counts} -> {ops} operations, {rows} rows; store file {size_mb:.0f} MB\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| generation of the synthetic data alone | {gen:.2f} s |")
    print(
        f"| `demo` through the change log (encrypted store, audit) | {store_s:.2f} s ({ops / store_s:,.0f} ops/s) |"
    )
    print(f"| same data, plain sqlite3 executemany, unencrypted | {plain_s:.2f} s |")
    print(
        f"| **ratio change-log path / plain executemany** | **{store_s / plain_s:.2f}x** (aim ≤ 5x) |"
    )
    print(
        f"| open + unlock + first query (fresh process) | {open_s:.2f} s, peak {open_mb:.0f} MB |"
    )
    print(
        f"| `forebyg dump` of the whole store (fresh process) | {dump_s:.2f} s, peak {dump_mb:.0f} MB |"
    )


if __name__ == "__main__":
    main()
