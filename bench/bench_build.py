"""Size of the packaged one-folder app, and its start-up against running from source.

    scripts/setup-venv test,build
    .venv/bin/python bench/bench_build.py [--build] [--repeat 5]

--build runs `build_installer.py --no-selftest --no-package` first; otherwise
dist/forebyg/ must exist. Start-up is measured with `--selftest` in fresh
processes, offscreen: the time from launching the process until the main window
is shown (a throwaway store with three children, created with the same key
derivation as a real one), for the built app and for `python -m forebyg_desktop`
from the source tree in the same run. One warm-up run each is not counted;
the two alternate, so load from other work on the machine hits both alike.
Not a pass/fail test; figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_DIR = ROOT / "dist" / "forebyg"
EXE = APP_DIR / ("forebyg-cli.exe" if sys.platform == "win32" else "forebyg")


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def startup(command: list[str]) -> tuple[float, float]:
    """(seconds from launch to the main window shown, seconds for the whole selftest)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FOREBYG_SITE_CONFIG": "",
        "FOREBYG_BENCH_T0": repr(time.time()),
    }
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    total = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{command[0]} --selftest failed:\n{proc.stdout}{proc.stderr}")
    match = re.search(r"shown ([0-9.]+) s after launch", proc.stdout)
    if not match:
        raise SystemExit(f"no start-up time in the selftest output:\n{proc.stdout}")
    return float(match.group(1)), total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="build dist/forebyg first")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if args.build:
        t = time.perf_counter()
        cmd = [sys.executable, str(ROOT / "build_installer.py"), "--no-selftest", "--no-package"]
        subprocess.run(cmd, check=True)
        print(f"build time: {time.perf_counter() - t:.0f} s")
    if not EXE.exists():
        raise SystemExit(f"{EXE} not found: run with --build or `python build_installer.py` first")

    size, files = folder_size(APP_DIR)
    commands = {
        "built app (dist/forebyg)": [str(EXE), "--selftest"],
        "from source (python -m forebyg_desktop)": [
            sys.executable,
            "-m",
            "forebyg_desktop",
            "--selftest",
        ],
    }
    for command in commands.values():
        startup(command)  # warm-up: file cache
    # Alternate the two, so load from other work on the machine hits both alike.
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            runs[name].append(startup(command))
    results = {
        name: (
            statistics.median(r[0] for r in rs),
            min(r[0] for r in rs),
            statistics.median(r[1] for r in rs),
        )
        for name, rs in runs.items()
    }
    built, source = results.values()
    print(f"runs: {args.repeat} (medians)\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| one-folder build size | {size / 2**20:.0f} MiB in {files} files (aim < 150 MB) |")
    for name, (shown, fastest, total) in results.items():
        print(
            f"| {name}: launch to main window shown | {shown:.2f} s median, {fastest:.2f} s fastest"
            f" (whole selftest {total:.2f} s) |"
        )
    print(
        f"| **ratio built / source, main window shown (median)** | **{built[0] / source[0]:.2f}x** |"
    )
    print(f"| ratio built / source, fastest runs | {built[1] / source[1]:.2f}x |")


if __name__ == "__main__":
    main()
