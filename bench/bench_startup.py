"""Start-up to the main window, and peak memory with a large store open.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--children 20000]

Builds a store with `demo --children N --assessments 10` (unless --store-dir
points at one), then, in fresh processes, times (a) the app's main window
shown, locked and asking for the passphrase (as `forebyg` starts), then the
passphrase entered at once and the store opened until the overview holds every
child, against (b) a bare PySide6 QMainWindow shown in the same run. Reports
the ratio (aim ≤ 2x), the time from passphrase to a full overview, and the
app's peak RSS (aim < 300 MB). Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"

_APP = """
import os, sys, time
sys.path.insert(0, {src!r})
t0 = float(os.environ["BENCH_T0"])
from pathlib import Path
from PySide6.QtWidgets import QApplication
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.shell.main_window import MainWindow
app = QApplication([])
install_translator(app)
window = MainWindow(data_dir=Path({data!r}))
window.show()
app.processEvents()
print("SHOWN", time.time() - t0)
# The passphrase is "typed" at once: no think time hides any work.
entered = time.time()
window.lock_screen.passphrase.setText({pw!r})
window.lock_screen.try_unlock()
while window.session is None or len(window.overview.shown_child_ids()) < {n}:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
print("FILLED", time.time() - t0)
print("UNLOCK_TO_FILLED", time.time() - entered)
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print("PEAK_KB", hwm)
window.close()
window.session.close()
"""

_BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 720)
w.show()
app.processEvents()
"""


def _run(code: str) -> tuple[float, str]:
    start = time.perf_counter()
    env = {**os.environ, "BENCH_T0": repr(time.time())}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return elapsed, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=20000)
    ap.add_argument("--store-dir", help="an existing store made with this passphrase")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(args.store_dir) if args.store_dir else Path(tmp) / "data"
        if not args.store_dir:
            from forebyg_desktop.services.session import create_session
            from forebyg_desktop.services.setup.demo_service import run_demo

            with create_session(data, PASSPHRASE, profile_id="topi", user="Benchmark") as s:
                run_demo(s, args.children, 10, seed=42)
        app_code = _APP.format(
            src=str(ROOT / "src"), data=str(data), pw=PASSPHRASE, n=args.children
        )
        bare, shown, filled, unlock, peaks = [], [], [], [], []
        for _ in range(args.repeat):
            bare.append(_run(_BARE)[0])
            _, out = _run(app_code)
            shown.append(float(out.split("SHOWN")[1].split()[0]))
            filled.append(float(out.split("FILLED")[1].split()[0]))
            unlock.append(float(out.split("UNLOCK_TO_FILLED")[1].split()[0]))
            peaks.append(int(out.split("PEAK_KB")[1].split()[0]) / 1024)
    b, a, f = statistics.median(bare), statistics.median(shown), statistics.median(filled)
    u = statistics.median(unlock)
    print(f"children: {args.children}; runs: {args.repeat} (medians)\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| bare PySide6 QMainWindow shown (fresh process) | {b:.2f} s |")
    print(f"| main window shown, locked, asking for the passphrase | {a:.2f} s |")
    print(f"| **ratio, main window shown** | **{a / b:.2f}x** (aim ≤ 2x) |")
    print(f"| passphrase entered → overview holds all children | {u:.2f} s |")
    print(f"| start → overview holds all children (no think time) | {f:.2f} s ({f / b:.2f}x) |")
    print(f"| peak memory with the store open | {max(peaks):.0f} MB (aim < 300 MB) |")


if __name__ == "__main__":
    main()
