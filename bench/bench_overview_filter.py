"""Benchmark the group picture: 20,000 children, typing a name one key at a time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_overview_filter.py [--children 20000]

Builds realistic OverviewRow lists (Danish name banks, TOPI positions), shows
the OverviewView offscreen at 1366x768 and times, each including processing
the events it causes (layout and paint of the visible rows):
- set_rows (model reset, search keys, Danish collation ranks);
- typing "Sørensen" and "Mette" one keystroke at a time (ms per keystroke),
  then deleting it again;
- the position filter, the "not assessed for 6 months" filter, and sorting by
  position and by name (header clicks).
The baseline, measured in the same run, is the stock Qt way: the same rows in
a QStandardItemModel behind a plain QSortFilterProxyModel with a
case-insensitive fixed-string filter (which cannot fold accents: "soren" does
not find "Sørensen"). Peak memory is the process's max RSS.
Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import PySide6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from forebyg_desktop.core import demo_phrases  # noqa: E402
from forebyg_desktop.core.profile import Profile  # noqa: E402
from forebyg_desktop.services.overview.overview_rows import OverviewRow  # noqa: E402
from forebyg_desktop.store.profile_repo import load_bundled_profile  # noqa: E402
from forebyg_desktop.ui.kit.i18n import install_translator  # noqa: E402
from forebyg_desktop.ui.overview.overview_filter_proxy import OverviewFilterProxy  # noqa: E402
from forebyg_desktop.ui.overview.overview_table_model import Column  # noqa: E402
from forebyg_desktop.ui.overview.overview_view import OverviewView  # noqa: E402

NONE_GUARD = 4_000_000  # spare references to None (32 MB), only where PySide6 leaks them
TODAY = date(2026, 11, 23)
SEED = 42
WORDS = ("Sørensen", "Freja")


def pyside_leaks_none() -> bool:
    """Whether this PySide6 drops a reference to None on every void call.

    PySide6 6.12.0 on Python < 3.12 (where None is not yet immortal) does:
    a process aborts with "none_dealloc" after some thousands of calls.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def make_rows(profile: Profile, n: int, seed: int = SEED) -> list[OverviewRow]:
    """`n` children in groups of 22, ages 0-16, TOPI-like position shares."""
    rng = random.Random(seed)
    keys = profile.scale.keys
    rows = []
    for i in range(n):
        age = rng.randrange(6, 17 * 12)
        stage = -2 if age < 36 else -1 if age < 72 else min(9, age // 12 - 6)
        group = demo_phrases.group_name(stage, (i // 22) % 40)
        band = profile.age_band_for(age)
        roll = rng.random()
        position = (
            None if roll < 0.06 else keys[0] if roll < 0.8 else keys[1] if roll < 0.95 else keys[-1]
        )
        last = TODAY - timedelta(days=rng.randrange(0, 500)) if position else None
        plan = position not in (None, keys[0]) and rng.random() < 0.7
        rows.append(
            OverviewRow(
                child_id=f"child-{i:05d}",
                name=demo_phrases.child_name(rng),
                group=group,
                birth_date=TODAY - timedelta(days=int(age * 30.44)),
                age_months=age,
                age_band=band.key if band else "",
                position=position,
                position_date=last,
                last_assessment=last,
                open_plan_id=f"plan-{i:05d}" if plan else None,
                next_follow_up=TODAY + timedelta(days=rng.randrange(-30, 90)) if plan else None,
            )
        )
    return rows


def timed(action: Callable[[], object]) -> float:
    """Milliseconds for `action` and the events it causes."""
    app = QCoreApplication.instance()
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def typing(set_text: Callable[[str], object], word: str) -> list[float]:
    """ms per keystroke typing `word` and then deleting it key by key."""
    steps = [word[:i] for i in range(1, len(word) + 1)]
    steps += [word[:i] for i in range(len(word) - 1, -1, -1)]
    return [timed(lambda s=s: set_text(s)) for s in steps]


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):6.1f} ms, max {max(times):6.1f} ms"


def baseline_view(rows: list[OverviewRow]) -> tuple[QTableView, QSortFilterProxyModel]:
    """The stock way: QStandardItemModel + QSortFilterProxyModel, filter on the name."""
    model = QStandardItemModel(len(rows), len(Column))
    for i, r in enumerate(rows):
        values = (r.name, r.group, str(r.age_months // 12), r.position or "",
                  str(r.position_date or ""), str(r.last_assessment or ""),
                  "Ja" if r.open_plan_id else "Nej", str(r.next_follow_up or ""))  # fmt: skip
        for c, v in enumerate(values):
            model.setItem(i, c, QStandardItem(v))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(Column.NAME)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    table.setModel(proxy)
    table.verticalHeader().setSectionResizeMode(table.verticalHeader().ResizeMode.Fixed)
    table.resize(1366, 768)
    table.show()
    return table, proxy


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=20_000)
    args = parser.parse_args()

    guard: list[None] = []
    if pyside_leaks_none():
        guard = [None] * NONE_GUARD  # keeps this run alive; see pyside_leaks_none
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, "da")
    profile = load_bundled_profile("topi")
    rss_start = max_rss_mb()
    start = time.perf_counter()
    rows = make_rows(profile, args.children)
    gen_ms = (time.perf_counter() - start) * 1000
    rss_rows = max_rss_mb()

    view = OverviewView()
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    set_ms = timed(lambda: view.set_rows(rows, profile, TODAY))
    rss_view = max_rss_mb()

    ours = {w: typing(view.search_field.setText, w) for w in WORDS}
    shown = {}
    for w in WORDS:
        view.search_field.setText(w)
        app.processEvents()
        shown[w] = view.proxy.rowCount()
    view.search_field.clear()
    app.processEvents()
    position_ms = timed(lambda: view.position_filter.setCurrentIndex(2))
    stale_ms = timed(lambda: view.stale_filter.setCurrentIndex(2))
    view.clear_filters()
    app.processEvents()
    sort_pos_ms = timed(
        lambda: view.table.sortByColumn(Column.POSITION, Qt.SortOrder.DescendingOrder)
    )
    sort_name_ms = timed(lambda: view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder))
    # The proxy alone (no view), to separate filtering from the view's work.
    bare = OverviewFilterProxy()
    bare.setSourceModel(view.model)
    proxy_only = typing(bare.set_search_text, WORDS[0])
    rss_ours = max_rss_mb()

    base_start = time.perf_counter()
    base_table, base_proxy = baseline_view(rows)
    app.processEvents()
    base_build_ms = (time.perf_counter() - base_start) * 1000
    base = {w: typing(base_proxy.setFilterFixedString, w) for w in WORDS}
    base_proxy.setFilterFixedString("soren")
    soren_stock = base_proxy.rowCount()
    view.search_field.setText("soren")
    app.processEvents()  # the search is applied once the queued keystrokes are in
    soren_ours = view.proxy.rowCount()

    all_ours = [t for w in WORDS for t in ours[w]]
    all_base = [t for w in WORDS for t in base[w]]
    print(f"# Overview filter benchmark: {args.children:,} children, offscreen, 1366x768")
    print(f"PySide6 {PySide6.__version__}, Python {platform.python_version()}")
    if guard:
        print(f"(PySide6 leaks references to None here: {len(guard):,} spare ones held, 32 MB)")
    print(f"generate rows              {gen_ms:8.1f} ms")
    print(
        f"set_rows + first paint     {set_ms:8.1f} ms   (stock model build + paint {base_build_ms:.0f} ms)"
    )
    for w in WORDS:
        print(f"type {w!r:12} ours       {summary(ours[w])}   ({shown[w]} shown when typed)")
        print(f"type {w!r:12} stock Qt   {summary(base[w])}")
    print(f"all keystrokes: ours median {statistics.median(all_ours):.1f} ms vs stock "
          f"{statistics.median(all_base):.1f} ms (ratio "
          f"{statistics.median(all_ours) / statistics.median(all_base):.2f})")  # fmt: skip
    print(f"proxy alone, no view       {summary(proxy_only)}")
    print(f"position filter            {position_ms:8.1f} ms")
    print(f"not assessed for 6 months  {stale_ms:8.1f} ms")
    print(f"sort by position (desc)    {sort_pos_ms:8.1f} ms")
    print(f"sort by name (Danish)      {sort_name_ms:8.1f} ms")
    print(f'"soren" finds              ours {soren_ours}, stock {soren_stock}')
    print(f"peak RSS: start {rss_start:.0f} MB, rows {rss_rows:.0f} MB, "
          f"view {rss_view:.0f} MB, after our runs {rss_ours:.0f} MB, "
          f"with stock baseline {max_rss_mb():.0f} MB")  # fmt: skip
    base_table.close()
    view.close()
    if guard:
        # Freeing the guard would hand back references PySide6 already took:
        # leave without tearing the interpreter down.
        sys.stdout.flush()
        os._exit(0)


if __name__ == "__main__":
    main()
