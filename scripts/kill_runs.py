"""Kill -9 at random moments during `forebyg demo` and during a fresh member's first `sync`.

    .venv/bin/python scripts/kill_runs.py [--kills 100] [--seed S] [--children N]

Every step goes through the real `forebyg` command in its own process, on
real encrypted stores and a real hub folder in a temporary directory.

demo: a store is created, `forebyg demo` is started and killed with SIGKILL
after a random delay; then `forebyg check` must pass and the children present
must each have all their assessments (one transaction per batch).

first sync: a leader with demo data exports it in several bundles; a member
that has joined (and been admitted) but never synced is copied fresh for each
trial, its `forebyg sync` is killed after a random delay, then `forebyg check`
must pass, the next `forebyg sync` must complete, and the member's dump must
equal the leader's (converged).

A kill "lands inside the work" when the store afterwards holds some but not
all of the run's operations; the script goes on until --kills such kills were
made for each kind (or 4x as many attempts), and prints the counts as a table
for docs/reliability.md. Exit code 0 only when every kill left a sound store
and every member converged.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.store.record_store import Store

PASSPHRASE = "Grøn kaffekop danser langsomt over broen 1987"
ASSESSMENTS = 3


def forebyg(data: Path, *args: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "FOREBYG_PASSPHRASE": PASSPHRASE,
        "FOREBYG_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "forebyg_desktop.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(data: Path, *args: str, timeout: float = 600) -> str:
    proc = forebyg(data, *args)
    out, err = proc.communicate(timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"forebyg {' '.join(args)} failed ({proc.returncode}): {err.strip()}")
    return out


def check_ok(data: Path) -> tuple[bool, str]:
    proc = forebyg(data, "--json", "check")
    out, err = proc.communicate(timeout=600)
    if proc.returncode != 0:
        return False, (err or out).strip()[:300]
    return bool(json.loads(out).get("ok")), out.strip()[:300]


def op_count(data: Path) -> int:
    with Store.open(data / "store.db", PASSPHRASE) as store:
        return store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]


def startup_time(data: Path) -> float:
    """Seconds a `forebyg` command takes to start and open the store (no work)."""
    start = time.monotonic()
    run(data, "child", "list", "--group", "no such group")
    return time.monotonic() - start


def kill_after(proc: subprocess.Popen, delay: float) -> bool:
    """SIGKILL `proc` after `delay` seconds; True if it was still running then."""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    return True


@dataclass
class Tally:
    attempts: int = 0
    killed: int = 0  # the process was still running at the kill
    inside: int = 0  # ... and the store holds some but not all of the run's operations
    unsound: int = 0  # `forebyg check` failed afterwards
    not_converged: int = 0  # first sync only: the next sync did not reach the leader's data
    problems: list[str] | None = None

    def note(self, text: str) -> None:
        self.problems = (self.problems or []) + [text]


def demo_trials(root: Path, kills: int, children: int, rng: random.Random) -> Tally:
    tally = Tally()
    template = root / "demo-template"
    run(template, "init", "--profile", "topi", "--user", "Mette Hansen")
    start = time.monotonic()
    probe = root / "demo-probe"
    shutil.copytree(template, probe)
    run(probe, "demo", "--children", str(children), "--assessments", str(ASSESSMENTS))
    full_time = time.monotonic() - start
    full_ops = op_count(probe)
    opened = startup_time(probe)
    shutil.rmtree(probe)
    while tally.inside < kills and tally.attempts < 4 * kills:
        tally.attempts += 1
        data = root / "demo-trial"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(template, data)
        proc = forebyg(
            data,
            "demo",
            "--children",
            str(children),
            "--assessments",
            str(ASSESSMENTS),
            "--seed",
            str(tally.attempts),
        )
        if not kill_after(proc, rng.uniform(0.8 * opened, full_time)):
            continue
        tally.killed += 1
        ops = op_count(data)
        tally.inside += 0 < ops < full_ops
        ok, detail = check_ok(data)
        if not ok:
            tally.unsound += 1
            tally.note(f"demo attempt {tally.attempts}: check failed: {detail}")
    return tally


def team_setup(root: Path, children: int) -> tuple[Path, Path, Path, dict]:
    """(leader dir, member template dir, hub template dir, leader dump)."""
    leader, member, hub = root / "leader", root / "member-template", root / "hub"
    hub.mkdir()
    run(leader, "init", "--profile", "topi", "--user", "Mette Hansen", "--role", "leader")
    run(leader, "team", "create", "--name", "Børnehuset Solsikken", "--hub", str(hub))
    for step in range(4):  # several syncs: the first sync imports several bundles
        run(
            leader,
            "demo",
            "--children",
            str(children // 4),
            "--assessments",
            str(ASSESSMENTS),
            "--seed",
            str(100 + step),
        )
        run(leader, "sync")
    run(member, "init", "--profile", "topi", "--user", "Jonas Holm")
    invitation = root / "jonas.fbinvite"
    invite = forebyg(leader, "team", "invite", "--out", str(invitation), "--name", "Jonas Holm")
    out, err = invite.communicate(timeout=120)
    if invite.returncode != 0:  # a version whose invitations name no one
        out = run(leader, "team", "invite", "--out", str(invitation))
    code = out.strip().split()[-1]
    run(member, "team", "join", str(invitation), "--code", code, "--hub", str(hub))
    run(leader, "sync")  # admits the member
    dump = json.loads(run(leader, "dump"))
    return leader, member, hub, dump


def sync_trials(root: Path, kills: int, children: int, rng: random.Random) -> Tally:
    tally = Tally()
    _leader, template, hub_template, expected = team_setup(root, children)
    hub_copy = root / "hub-template"
    shutil.copytree(hub_template, hub_copy)
    data = root / "member"

    def fresh() -> None:
        # The member's store names the hub folder: restore both to their pre-sync state.
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(template, data)
        shutil.rmtree(hub_template)
        shutil.copytree(hub_copy, hub_template)

    fresh()
    start = time.monotonic()
    run(data, "sync")
    full_time = time.monotonic() - start
    full_ops = op_count(data)
    opened = startup_time(data)
    while tally.inside < kills and tally.attempts < 4 * kills:
        tally.attempts += 1
        fresh()
        proc = forebyg(data, "sync")
        if not kill_after(proc, rng.uniform(0.8 * opened, full_time)):
            continue
        tally.killed += 1
        ops = op_count(data)
        tally.inside += 0 < ops < full_ops
        ok, detail = check_ok(data)
        if not ok:
            tally.unsound += 1
            tally.note(f"sync attempt {tally.attempts}: check failed: {detail}")
            continue
        again = forebyg(data, "sync")
        _out, err = again.communicate(timeout=600)
        dump = json.loads(run(data, "dump")) if again.returncode == 0 else None
        if dump != expected:
            tally.not_converged += 1
            tally.note(f"sync attempt {tally.attempts}: not converged ({err.strip()[:200]})")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="kills inside the work, per kind")
    parser.add_argument("--children", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("demo", "sync"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    results = {}
    with tempfile.TemporaryDirectory(prefix="forebyg-kill-") as tmp:
        root = Path(tmp)
        if args.only in (None, "demo"):
            results["demo"] = demo_trials(root, args.kills, args.children, rng)
        if args.only in (None, "sync"):
            results["first sync"] = sync_trials(root, args.kills, args.children, rng)
    print(
        "| run | attempts | killed while running | inside the work | check failed | not converged |"
    )
    print("|---|---|---|---|---|---|")
    bad = 0
    for name, t in results.items():
        nc = t.not_converged if name == "first sync" else "–"
        print(f"| {name} | {t.attempts} | {t.killed} | {t.inside} | {t.unsound} | {nc} |")
        bad += t.unsound + t.not_converged
        for problem in t.problems or []:
            print(f"  {problem}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
