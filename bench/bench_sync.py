"""Benchmark sync: export and import of a large store through a real hub folder.

    .venv/bin/python bench/bench_sync.py [--children 20000] [--assessments 10]

1. A leader's store and a member's store (real encrypted stores, enrolled with
   an invitation and code through the services) share a hub folder.
2. `demo --children N --assessments K` on the leader through the change log:
   the local write of the data, the baseline (as in bench_store.py).
3. The leader's sync exports every operation to bundles in the hub.
4. The member's sync imports all of them into its fresh store (verify,
   decrypt, apply, materialise, audit, conflict candidates).
Prints a Markdown table with throughput and the ratio import / local write
(aim ≤ 2x). Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import platform
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
from forebyg_desktop.services.team_sync import team_service  # noqa: E402
from forebyg_desktop.services.team_sync.sync_service import run_sync  # noqa: E402

PASSPHRASE = "benchmark passphrase"
SEED = 42
TODAY = date(2026, 11, 23)


def measure(children: int, assessments: int, root: Path) -> dict:
    hub = root / "hub"
    hub.mkdir()
    leader = create_session(
        root / "leader", PASSPHRASE, profile_id="topi", user="Leder", role="leader"
    )
    member = create_session(root / "member", PASSPHRASE, profile_id="topi", user="Medlem")
    leader.today = lambda: TODAY  # type: ignore[method-assign]
    team_service.create_team(leader, "Benchmark", hub)
    code = team_service.invite(leader, root / "invitation")
    team_service.join_team(member, root / "invitation", code, hub)
    run_sync(leader)  # admits the member

    start = time.perf_counter()
    for _ in generate(leader.profile, children, assessments, seed=SEED, today=TODAY):
        pass
    generation = time.perf_counter() - start
    start = time.perf_counter()
    run_demo(leader, children, assessments, seed=SEED)
    write = time.perf_counter() - start
    ops = leader.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]

    start = time.perf_counter()
    exported = run_sync(leader).exported
    export = time.perf_counter() - start
    hub_mb = sum(p.stat().st_size for p in hub.iterdir()) / 1e6
    bundles = len(list(hub.glob("*.fbundle")))

    start = time.perf_counter()
    result = run_sync(member)
    imported = time.perf_counter() - start
    assert result.imported == exported == ops, (result, exported, ops)
    leader.close()
    member.close()
    return {
        "ops": ops,
        "generation": generation,
        "write": write,
        "export": export,
        "import": imported,
        "hub_mb": hub_mb,
        "bundles": bundles,
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=20000)
    ap.add_argument("--assessments", type=int, default=10)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="forebyg-bench-sync-") as tmp:
        m = measure(args.children, args.assessments, Path(tmp))
    ops = m["ops"]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"data: {ops} operations; hub {m['hub_mb']:.0f} MB in {m['bundles']} bundles\n")
    print("| measure | value |")
    print("|---|---|")
    print(
        f"| local write: `demo` through the change log | {m['write']:.2f} s "
        f"({ops / m['write']:,.0f} ops/s; generation alone {m['generation']:.2f} s) |"
    )
    print(
        f"| export to the hub (leader's sync) | {m['export']:.2f} s ({ops / m['export']:,.0f} ops/s) |"
    )
    print(
        f"| import into a fresh member's store (member's sync) | {m['import']:.2f} s "
        f"({ops / m['import']:,.0f} ops/s) |"
    )
    print(f"| **ratio import / local write** | **{m['import'] / m['write']:.2f}x** (aim ≤ 2x) |")
    return m


if __name__ == "__main__":
    main()
