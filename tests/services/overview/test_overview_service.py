"""The overview (group picture) and the follow-up list, on a real encrypted store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.services.overview.overview_service import follow_ups, overview_rows
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.store.operation import Change
from tests.conftest import PASSPHRASE

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        s.today = lambda: TODAY  # type: ignore[method-assign]
        yield s


def _child(cid: str, name: str, born: str, group: str = "Sommerfuglene") -> Change:
    return Change("child", cid, {"name": name, "birth_date": born, "group": group})


def _assessment(aid: str, cid: str, day: str, position: str, kind: str, **extra) -> Change:
    fields = {
        "child_id": cid,
        "date": day,
        "position": position,
        "kind": kind,
        "status": "final",
        "profile_id": "topi",
        "profile_version": 1,
        **extra,
    }
    return Change("assessment", aid, fields)


def _plan(pid: str, cid: str, follow_up: str, status: str = "open", **extra) -> Change:
    fields = {
        "child_id": cid,
        "template": "everyday_adjustment",
        "follow_up": follow_up,
        "status": status,
        "coordinator": "Lars Jensen",
        "profile_id": "topi",
        "profile_version": 1,
        **extra,
    }
    return Change("plan", pid, fields)


def _fill(session: Session) -> None:
    """Five children; see each test for what they hold."""
    session.store.write(
        [
            _child("ca", "Ida Sørensen", "2021-04-12"),
            _child("cb", "Noah Jensen", "2014-03-02", group="3.B"),
            _child("cc", "Alma Nielsen", "2025-09-30"),
            _child("cd", "Oscar Holm", "2020-01-01"),
            _child("ce", "Freja Dam", "2019-06-15", group="3.B"),
            # Ida: a joint yellow agreed from two individual ones; a later individual red.
            _assessment("a1", "ca", "2026-01-10", "yellow", "individual"),
            _assessment("a2", "ca", "2026-01-10", "green", "individual"),
            _assessment("a3", "ca", "2026-01-12", "yellow", "joint"),
            _assessment("a4", "ca", "2026-02-01", "red", "individual"),
            # Noah: joint green, then joint red corrected to yellow, then a draft joint.
            _assessment("b1", "cb", "2025-10-01", "green", "joint"),
            _assessment("b2", "cb", "2026-01-05", "red", "joint"),
            _assessment("b3", "cb", "2026-01-05", "yellow", "joint", supersedes="b2"),
            _assessment("b4", "cb", "2026-02-20", "red", "joint", status="draft"),
            # Freja: only individual assessments, one of them deleted later.
            _assessment("e1", "ce", "2026-02-10", "yellow", "individual"),
            _assessment("e2", "ce", "2026-02-15", "red", "individual"),
            # Plans: Ida has two open ones, Noah a closed one, Freja an overdue one.
            _plan("p1", "ca", "2026-02-20"),
            _plan("p2", "ca", "2026-03-05"),
            _plan("p3", "cb", "2026-03-03", status="closed"),
            _plan("p4", "ce", "2026-02-25"),
            _plan("p5", "ce", "2026-03-20"),
            _plan("p6", "cd", "2026-03-04"),  # of a child deleted below
        ]
    )
    session.store.write(
        [
            Change("assessment", "e2", {}, kind="delete"),
            Change("child", "cd", {}, kind="delete"),
        ]
    )


def test_overview_rows(session: Session) -> None:
    _fill(session)
    rows = {r.child_id: r for r in overview_rows(session)}
    assert list(rows) == ["ce", "cb", "cc", "ca"]  # by group, then name; Oscar is deleted

    ida = rows["ca"]
    assert (ida.name, ida.group, ida.birth_date) == (
        "Ida Sørensen",
        "Sommerfuglene",
        date(2021, 4, 12),
    )
    assert (ida.age_months, ida.age_band) == (58, "3_5")
    # Only a joint assessment sets the position under TOPI practice.
    assert (ida.position, ida.position_date) == ("yellow", date(2026, 1, 12))
    assert ida.last_assessment == date(2026, 2, 1)
    # The open plan latest by follow-up.
    assert (ida.open_plan_id, ida.next_follow_up) == ("p2", date(2026, 3, 5))

    noah = rows["cb"]
    assert (noah.age_months, noah.age_band) == (144, "10_13")
    # The correction replaces the red it supersedes; the draft does not count.
    assert (noah.position, noah.position_date) == ("yellow", date(2026, 1, 5))
    assert noah.last_assessment == date(2026, 1, 5)
    assert (noah.open_plan_id, noah.next_follow_up) == (None, None)

    freja = rows["ce"]
    assert (freja.position, freja.position_date) == (None, None)
    assert freja.last_assessment == date(2026, 2, 10)  # the deleted one is gone
    assert (freja.open_plan_id, freja.next_follow_up) == ("p5", date(2026, 3, 20))

    alma = rows["cc"]
    assert (alma.age_months, alma.age_band) == (5, "0_2")
    assert (alma.position, alma.last_assessment, alma.open_plan_id) == (None, None, None)


def test_single_assessor_practice_counts_any_final_assessment(tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="horsens", user="Mette") as session:
        assert session.profile.practice.min_individual_assessors == 1
        _fill(session)
        rows = {r.child_id: r for r in overview_rows(session, today=TODAY)}
        assert (rows["ca"].position, rows["ca"].position_date) == ("red", date(2026, 2, 1))
        assert (rows["ce"].position, rows["ce"].position_date) == ("yellow", date(2026, 2, 10))
        assert rows["cb"].position == "yellow"


def test_overview_is_one_audited_read(session: Session) -> None:
    _fill(session)
    before = len(session.store.audit.entries())
    rows = overview_rows(session)
    entries = session.store.audit.entries()[before:]
    assert [(e["action"], e["entity"], e["entity_id"], e["child_id"]) for e in entries] == [
        ("read", "child", "*", None)
    ]
    assert entries[0]["detail"] == f"overview of {len(rows)} children"


def test_overview_queries_do_not_grow_with_the_children(session: Session) -> None:
    _fill(session)
    statements: list[str] = []
    session.store.db.conn.set_trace_callback(statements.append)
    overview_rows(session)
    few = len(statements)
    session.store.write(
        [_child(f"x{i}", f"Barn {i}", "2020-05-05") for i in range(40)]
        + [_assessment(f"xa{i}", f"x{i}", "2026-01-01", "green", "joint") for i in range(40)]
        + [_plan(f"xp{i}", f"x{i}", "2026-04-01") for i in range(40)]
    )
    statements.clear()
    rows = overview_rows(session)
    session.store.db.conn.set_trace_callback(None)
    assert len(rows) == 44
    assert len(statements) == few


def test_the_rows_of_some_children_match_the_whole_overview(session: Session) -> None:
    _fill(session)
    whole = {r.child_id: r for r in overview_rows(session)}
    before = len(session.store.audit.entries())
    some = overview_rows(session, child_ids={"ca", "ce", "cd"})
    # The same rows as the whole overview gives them; the deleted Oscar has none.
    assert some == [whole["ce"], whole["ca"]]
    # Each child's row read is audited with the child.
    entries = session.store.audit.entries()[before:]
    assert [(e["action"], e["child_id"]) for e in entries] == [("read", "ce"), ("read", "ca")]


def test_follow_ups_due_this_week_and_overdue(session: Session) -> None:
    _fill(session)
    due = follow_ups(session)
    assert [(r.plan_id, r.follow_up, r.overdue) for r in due] == [
        ("p1", date(2026, 2, 20), True),
        ("p4", date(2026, 2, 25), True),
        ("p2", date(2026, 3, 5), False),
    ]
    first = due[0]
    assert (first.child_id, first.name, first.group) == ("ca", "Ida Sørensen", "Sommerfuglene")
    assert (first.template, first.coordinator) == ("everyday_adjustment", "Lars Jensen")
    # A wider window takes in Freja's later plan; closed and deleted plans never show.
    assert [r.plan_id for r in follow_ups(session, within_days=30)] == ["p1", "p4", "p2", "p5"]
    # Only what is already overdue.
    assert [r.plan_id for r in follow_ups(session, within_days=-1)] == ["p1", "p4"]
    # Another day: nothing is overdue before 2026-02-20.
    assert [(r.plan_id, r.overdue) for r in follow_ups(session, today=date(2026, 2, 14))] == [
        ("p1", False)
    ]
    assert session.store.audit.entries()[-1]["detail"].startswith("follow-up list of")
