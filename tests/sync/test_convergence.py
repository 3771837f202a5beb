"""Property: devices editing at random and swapping bundles in any order end up identical.

Three enrolled devices (real stores) edit shared records with clocks skewed
by up to ±6 days (at most 12 days apart: a receiver takes changes stamped up
to 14 days ahead of its own clock and holds later ones back), delete records, write finalised assessments and resolve
conflicts, while bundles travel between their own folders in random order,
with duplicates, conflict-copy names and gaps. Once everything has been
delivered, every device prints the same dump, holds every finalised
assessment as written, and lists the same conflicts.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forebyg_desktop.core.hlc import HybridClock, system_now_ms
from forebyg_desktop.services.team_sync.conflict_service import list_conflicts, resolve_conflict
from forebyg_desktop.store import record_store
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync import conflicts
from forebyg_desktop.sync.exchange import export_new, import_bundles
from forebyg_desktop.sync.membership import current_roster
from tests.sync.conftest import copy_team

DAY_MS = 86_400_000
RECORDS = [f"0190c0de-0000-7000-8000-00000000000{i}" for i in range(3)]
NAMES = ["Ida", "Karl", "Lea"]
GROUPS = ["Sommerfuglene", "Mariehønen"]

device_ix = st.integers(0, 2)
actions = st.one_of(
    st.tuples(
        st.just("edit"),
        device_ix,
        st.integers(0, len(RECORDS) - 1),
        st.sampled_from(["name", "group", "both"]),
        st.integers(0, 2),
    ),
    st.tuples(st.just("delete"), device_ix, st.integers(0, len(RECORDS) - 1)),
    st.tuples(st.just("final"), device_ix, st.integers(0, len(RECORDS) - 1)),
    st.tuples(st.just("resolve"), device_ix, st.integers(0, 1)),
    st.tuples(st.just("export"), device_ix),
    st.tuples(
        st.just("deliver"),
        device_ix,
        device_ix,
        st.lists(st.integers(0, 20), max_size=4),
        st.booleans(),
    ),
    st.tuples(st.just("import"), device_ix),
)


def _skewed_clock(skew: dict):
    def make(last=None, now_ms=None, **kw):
        return HybridClock(last, lambda: system_now_ms() + skew["ms"], **kw)

    return make


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(actions, min_size=5, max_size=30),
    skews=st.lists(st.integers(-6 * DAY_MS, 6 * DAY_MS), min_size=3, max_size=3),
)
def test_devices_converge_whatever_the_order(team_template: Path, steps, skews) -> None:
    root = Path(tempfile.mkdtemp(prefix="forebyg-sync-converge-"))
    devices = copy_team(team_template, root)
    skew = {"ms": 0}
    try:
        with mock.patch.object(record_store, "HybridClock", _skewed_clock(skew)):
            _run(devices, root, steps, skews, skew)
    finally:
        for device in devices:
            device.session.close()
        shutil.rmtree(root, ignore_errors=True)


def _run(devices, root: Path, steps, skews, skew) -> None:
    outbox = [root / f"out-{d.name}" for d in devices]
    inbox = [root / f"in-{d.name}" for d in devices]
    for folder in outbox + inbox:
        folder.mkdir()
    finals: dict[str, dict] = {}

    def on(i: int):
        skew["ms"] = skews[i]
        return devices[i]

    def export(i: int) -> None:
        device = on(i)
        export_new(device.state, outbox[i], current_roster(device.state))

    def import_(i: int) -> None:
        device = on(i)
        with device.store.bulk():
            import_bundles(device.state, inbox[i], current_roster(device.state))

    for step in steps:
        kind, i = step[0], step[1]
        if kind == "edit":
            _, _, rec, which, v = step
            fields = {"name": NAMES[v], "group": GROUPS[v % 2]}
            if which != "both":
                fields = {which: fields[which]}
            on(i).store.write([Change("child", RECORDS[rec], fields)])
        elif kind == "delete":
            on(i).store.write([Change("child", RECORDS[step[2]], {}, kind="delete")])
        elif kind == "final":
            device = on(i)
            assessment_id = f"0190c0de-0000-7000-9000-{len(finals):012d}"
            fields = {
                "child_id": RECORDS[step[2]],
                "status": "final",
                "position": "yellow",
                "date": "2026-11-23",
                "observations": f"by {device.name}",
            }
            device.store.write([Change("assessment", assessment_id, fields)])
            finals[assessment_id] = fields
        elif kind == "resolve":
            device = on(i)
            open_ = list_conflicts(device.session)
            if open_:
                resolve_conflict(device.session, open_[0].key, step[2] % len(open_[0].options))
        elif kind == "export":
            export(i)
        elif kind == "deliver":
            _, src, dst, picks, conflict_copy = step
            files = sorted(outbox[src].iterdir())
            for p in picks:
                if files:
                    chosen = files[p % len(files)]
                    shutil.copy(chosen, inbox[dst] / chosen.name)
                    if conflict_copy:
                        shutil.copy(chosen, inbox[dst] / f"{chosen.stem} (1){chosen.suffix}")
        else:
            import_(i)

    # Deliver everything everywhere (twice over: duplicates), then import until quiet.
    for i in range(len(devices)):
        export(i)
    for src in range(len(devices)):
        for dst in range(len(devices)):
            for f in outbox[src].iterdir():
                shutil.copy(f, inbox[dst] / f.name)
    for _round in range(2):
        for i in range(len(devices)):
            import_(i)

    dumps = [d.dump() for d in devices]
    assert dumps[0] == dumps[1] == dumps[2]
    held = {a["id"]: a for a in dumps[0]["assessments"]}
    for assessment_id, fields in finals.items():
        assert {k: held[assessment_id][k] for k in fields} == fields
    listed = [sorted(c.key for c in list_conflicts(d.session)) for d in devices]
    assert listed[0] == listed[1] == listed[2]
    for device in devices:
        # What was found while importing is what the whole log implies.
        store = device.store
        recomputed = sorted(
            f"child/{rid}/{name}"
            for rid in RECORDS
            for name in conflicts._conflicts(conflicts.record_operations(store, "child", rid))
        )
        assert sorted(c.key for c in conflicts.open_conflicts(store)) == recomputed
