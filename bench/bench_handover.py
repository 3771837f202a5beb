"""Benchmark a handover: export, import and receipt of one child's record.

    .venv/bin/python bench/bench_handover.py [--children 2000] [--assessments 10]

A sender store gets `--children` synthetic children (demo data); the child
with the most records is handed over to a receiver store under a consent
covering everything. Measured in the same run, as baselines: opening that
child's chronology (what the child page reads) on the sender, and writing the
same records straight through `Store.write` on a third store (what the
import's store work costs without checks, sealing and receipt). Prints a
Markdown table for docs/performance.md. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from forebyg_desktop.services.child.chronology_service import chronology  # noqa: E402
from forebyg_desktop.services.handover.consent_service import record_consent  # noqa: E402
from forebyg_desktop.services.handover.handover_content import select_for_handover  # noqa: E402
from forebyg_desktop.services.handover.handover_import_service import import_file  # noqa: E402
from forebyg_desktop.services.handover.handover_service import export_handover  # noqa: E402
from forebyg_desktop.services.handover.institution_service import write_public_key  # noqa: E402
from forebyg_desktop.services.session import create_session  # noqa: E402
from forebyg_desktop.services.setup.demo_service import run_demo  # noqa: E402
from forebyg_desktop.store.operation import Change  # noqa: E402

PASSPHRASE = "benchmark passphrase"
TODAY = date(2026, 11, 23)
RUNS = 5


def _best(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=2000)
    ap.add_argument("--assessments", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="forebyg-bench-handover-") as tmp:
        root = Path(tmp)
        sessions = []
        for name in ("sender", "receiver", "baseline"):
            s = create_session(root / name, PASSPHRASE, profile_id="topi", user=name)
            s.today = lambda: TODAY  # type: ignore[method-assign]
            sessions.append(s)
        sender, receiver, baseline = sessions
        run_demo(sender, args.children, args.assessments, seed=42)
        child_id = sender.store.db.execute(
            "SELECT child_id FROM (SELECT child_id FROM assessments UNION ALL "
            "SELECT child_id FROM plans UNION ALL SELECT child_id FROM evaluations) "
            "GROUP BY child_id ORDER BY count(*) DESC, child_id LIMIT 1"
        ).fetchone()[0]
        write_public_key(sender, root / "sender.key", "Børnehuset Solsikken")
        write_public_key(receiver, root / "receiver.key", "Skovbo Skole")
        record_consent(
            sender,
            child_id=child_id,
            given_by="Forælder",
            covers=["assessments", "plans", "evaluations"],
            recipient="Skovbo Skole",
            purpose="Skolestart",
            expires=TODAY + timedelta(days=90),
        )
        selection = select_for_handover(sender, child_id, ["assessments", "plans", "evaluations"])
        counts = selection.counts()

        t_chron = _best(lambda: chronology(sender, child_id))
        files = iter(range(1000))

        def export() -> None:
            export_handover(
                sender, child_id, root / "receiver.key", root / f"h{next(files)}.handover"
            )

        t_export = _best(export)
        out = root / "h0.handover"
        start = time.perf_counter()
        import_file(receiver, out)
        t_import = time.perf_counter() - start
        t_reimport = _best(lambda: import_file(receiver, out))
        start = time.perf_counter()
        import_file(sender, out.with_suffix(".receipt"))
        t_receipt = time.perf_counter() - start

        changes = [Change("child", child_id, {**selection.child, "group": ""})]
        for entity, rows in selection.records.items():
            changes += [
                Change(entity, r["id"], {k: v for k, v in r.items() if k != "id"}) for r in rows
            ]
        start = time.perf_counter()
        baseline.store.write(changes)
        t_write = time.perf_counter() - start
        size = out.stat().st_size
        for s in sessions:
            s.close()

    ms = lambda t: f"{t * 1000:.1f} ms"  # noqa: E731
    print(
        f"{args.children} children x {args.assessments} assessments; handed over: "
        f"{counts['assessment']} assessments, {counts['plan']} plans, "
        f"{counts['evaluation']} evaluations ({len(selection.withheld)} held back); "
        f"file {size} bytes\n"
    )
    print("| step | time | baseline (same run) | ratio |")
    print("|---|---|---|---|")
    print(
        f"| export (best of {RUNS}) | {ms(t_export)} | chronology read {ms(t_chron)} "
        f"| {t_export / t_chron:.1f}x |"
    )
    print(
        f"| first import | {ms(t_import)} | plain `Store.write` {ms(t_write)} "
        f"| {t_import / t_write:.1f}x |"
    )
    print(f"| re-import (no-op, best of {RUNS}) | {ms(t_reimport)} | | |")
    print(f"| receipt import | {ms(t_receipt)} | | |")


if __name__ == "__main__":
    main()
