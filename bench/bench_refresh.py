"""Benchmark the window's refresh after finalising one assessment in a large store.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_refresh.py [--children 20000]

Builds a store with `run_demo(session, N, 10)`, opens the real MainWindow on
it (offscreen) with a child's page on screen, then, `--repeat` times each:
finalises a joint assessment for that child on the window's store thread (as
the assessment dialogue does; not timed) and times what the window does next.

- before: what it did until issue 10: reload the child's page and the whole
  overview and follow-up list (`open_child` + `refresh`);
- after: `refresh_changed`: the store says which child changed; only that
  child's overview row and page are read and updated.

Times are from the request until the overview shows the new position (the
store thread and the GUI thread both done), and, separately, how long the GUI
thread was busy putting the answer on screen (the part that freezes the
window). Prints a Markdown table for docs/performance.md. Not a pass/fail test.
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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from forebyg_desktop.services.assessment.assessment_service import quick_assessment  # noqa: E402
from forebyg_desktop.services.session import create_session, open_session  # noqa: E402
from forebyg_desktop.services.setup.demo_service import run_demo  # noqa: E402
from forebyg_desktop.ui.shell.main_window import MainWindow  # noqa: E402

PASSPHRASE = "benchmark passphrase"
POSITIONS = ("green", "yellow", "red")


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the window did not finish")
        time.sleep(0.0005)


class _GuiClock:
    """Sums the time spent in the window's methods that put answers on screen."""

    def __init__(self, window: MainWindow, names: tuple[str, ...]) -> None:
        self.spent = 0.0
        for name in names:
            original = getattr(window, name)
            setattr(window, name, self._timed(original))

    def _timed(self, fn: Callable) -> Callable:
        def wrapper(*args: object) -> object:
            start = time.perf_counter()
            try:
                return fn(*args)
            finally:
                self.spent += time.perf_counter() - start

        return wrapper


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        with create_session(data_dir, PASSPHRASE, profile_id="topi", user="Benchmark") as s:
            run_demo(s, args.children, 10, seed=42)
        session = open_session(data_dir, PASSPHRASE)
        window = MainWindow(session)
        window.resize(1366, 768)
        window.show()
        _wait(app, lambda: window.overview.proxy.source_total() == args.children)
        _wait(app, lambda: not window.worker.busy)
        child_id = window.overview.model.row_at(0).child_id
        window.open_child(child_id)
        _wait(app, lambda: window.pages.currentWidget() is window.child_page)
        _wait(app, lambda: not window.worker.busy)
        session.store.take_changed()
        clock = _GuiClock(window, ("_show_rows", "_show_changed", "_show_child"))

        def row_position() -> str | None:
            model = window.overview.model
            return model.original_rows[model._index_of[child_id]].position

        results: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        count = 0
        for _ in range(args.repeat):
            for how in ("before", "after"):
                position = POSITIONS[count % 3]
                count += 1
                done: list = []
                window.worker.submit(
                    lambda p=position: quick_assessment(
                        session, child_id=child_id, position=p, signs=[], protective=[], joint=True
                    ),
                    done.append,
                )
                _wait(app, lambda d=done: bool(d))
                if how == "before":
                    session.store.take_changed()  # the old path did not ask
                clock.spent = 0.0
                start = time.perf_counter()
                if how == "before":
                    window.open_child(child_id)
                    window.refresh()
                else:
                    window.refresh_changed()
                _wait(app, lambda p=position: row_position() == p and not window.worker.busy)
                results[how].append((time.perf_counter() - start, clock.spent))
        window.close()
        session.close()

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{args.children} children, 10 assessments each; {args.repeat} runs each, median/best\n")
    print("| after finalising one assessment | until the overview shows it | GUI thread busy |")
    print("|---|---|---|")
    labels = {
        "before": "reload the page and the whole overview (before)",
        "after": "refresh only the changed child (after)",
    }
    for how, runs in results.items():
        total = [t for t, _ in runs]
        gui = [g for _, g in runs]
        print(
            f"| {labels[how]} | {statistics.median(total) * 1000:.0f} / {min(total) * 1000:.0f} ms "
            f"| {statistics.median(gui) * 1000:.0f} / {min(gui) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
