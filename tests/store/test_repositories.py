"""The store's named queries (store/*_repo.py): what each returns, in which order.

Services and sync read and write through these instead of SQL of their own
(tests/test_sql_in_store.py), so the orders the screens rely on are pinned here.
"""

from __future__ import annotations

import pytest

from forebyg_desktop.core.hlc import Timestamp
from forebyg_desktop.store import (
    assessment_repo,
    child_repo,
    conflict_repo,
    dump_repo,
    handover_repo,
    oplog_repo,
    plan_repo,
    quarantine_repo,
)
from forebyg_desktop.store.conflict_repo import StoredConflict
from forebyg_desktop.store.connection import sqlcipher_version
from forebyg_desktop.store.operation import Change, Operation
from forebyg_desktop.store.record_store import Received, Store


def _child(cid: str, name: str, group: str, born: str = "2021-04-12") -> Change:
    return Change("child", cid, {"name": name, "group": group, "birth_date": born})


def _assessment(aid: str, child: str, day: str, **more: object) -> Change:
    return Change("assessment", aid, {"child_id": child, "date": day, "status": "final", **more})


@pytest.fixture
def kids(store: Store) -> Store:
    store.write(
        [
            _child("c1", "Ida Sørensen", "Sommerfuglene"),
            _child("c2", "Anton Berg", "Sommerfuglene"),
            _child("c3", "Mads Holm", "Bjørnene"),
            _child("c4", "Gone Child", "Bjørnene"),
        ]
    )
    store.write([Change("child", "c4", {}, kind="delete")])
    return store


def test_children_by_group_then_name_and_of_one_group(kids: Store) -> None:
    assert [c["id"] for c in child_repo.children(kids)] == ["c3", "c2", "c1"]
    assert [c["name"] for c in child_repo.children(kids, "Sommerfuglene")] == [
        "Anton Berg",
        "Ida Sørensen",
    ]
    assert child_repo.children(kids, "Ingen") == []
    assert child_repo.count(kids) == 3
    assert sorted(child_repo.registered(kids)) == [
        ("c1", "Ida Sørensen", "2021-04-12", "Sommerfuglene", None),
        ("c2", "Anton Berg", "2021-04-12", "Sommerfuglene", None),
        ("c3", "Mads Holm", "2021-04-12", "Bjørnene", None),
    ]


def test_archived_children_are_listed_apart(kids: Store) -> None:
    kids.write([Change("child", "c2", {"archived": "2024-07-31"})])
    assert [c["id"] for c in child_repo.children(kids)] == ["c3", "c1"]
    assert [c["id"] for c in child_repo.children(kids, archived=True)] == ["c2"]
    assert child_repo.children(kids, "Sommerfuglene", archived=True)[0]["archived"] == "2024-07-31"
    assert child_repo.group_members(kids, "Sommerfuglene") == ["c1"]
    assert ("c2", "Anton Berg", "2021-04-12", "Sommerfuglene", "2024-07-31") in set(
        child_repo.registered(kids)
    )


def test_a_namesake_is_another_living_child_with_name_and_birth_date(kids: Store) -> None:
    found = child_repo.namesake
    assert found(kids, name="IDA SøRENSEN", birth_date="2021-04-12", other_than="new") == "c1"
    assert found(kids, name="Ida Sørensen", birth_date="2021-04-12", other_than="c1") is None
    assert found(kids, name="Ida Sørensen", birth_date="2020-01-01", other_than="new") is None
    assert found(kids, name="Gone Child", birth_date="2021-04-12", other_than="new") is None


def test_lookup_returns_none_for_a_missing_or_deleted_record(kids: Store) -> None:
    assert kids.lookup("child", "c1") == {"id": "c1", **kids.get("child", "c1")}
    assert kids.lookup("child", "nobody") is None
    assert kids.lookup("child", "c4") is None
    assert kids.lookup("child", "c4", include_deleted=True)["name"] == "Gone Child"
    assert [c["id"] for c in kids.find("child")] == ["c1", "c2", "c3"]
    assert [c["id"] for c in kids.find("child", include_deleted=True)] == ["c1", "c2", "c3", "c4"]


def test_assessments_of_a_child_in_date_order_and_their_corrections(kids: Store) -> None:
    kids.write(
        [
            _assessment("a2", "c1", "2026-03-01"),
            _assessment("a1", "c1", "2026-01-10"),
            _assessment("a3", "c1", "2026-03-01", supersedes="a2"),
            Change("assessment", "d1", {"child_id": "c1", "date": "2026-02-01", "status": "draft"}),
            _assessment("x1", "c2", "2026-01-01"),
        ]
    )
    assert [a["id"] for a in assessment_repo.of_child(kids, "c1")] == ["a1", "d1", "a2", "a3"]
    oldest = [a["id"] for a in assessment_repo.finalised_of_child(kids, "c1")]
    assert oldest == ["a1", "a2", "a3"]
    newest = assessment_repo.finalised_of_child(kids, "c1", newest_first=True)
    assert [a["id"] for a in newest] == oldest[::-1]
    assert [a["id"] for a in assessment_repo.corrections_of(kids, "a2")] == ["a3"]
    assert assessment_repo.corrections_of(kids, "a3") == []
    assert assessment_repo.corrected_in(kids, "c1") == {"a2": "a3"}
    assert assessment_repo.corrected_in(kids, "c2") == {}
    assert [r["id"] for r in child_repo.records_about(kids, "assessment", "c2")] == ["x1"]


def test_plans_and_evaluations_in_date_order(kids: Store) -> None:
    kids.write(
        [
            Change("plan", "p2", {"child_id": "c1", "follow_up": "2026-05-01"}),
            Change("plan", "p1", {"child_id": "c1", "follow_up": "2026-06-01"}),
            Change("evaluation", "e2", {"child_id": "c1", "plan_id": "p2", "date": "2026-04-01"}),
            Change("evaluation", "e1", {"child_id": "c1", "plan_id": "p1", "date": "2026-04-02"}),
            Change("evaluation", "e3", {"child_id": "c1", "plan_id": "p2", "date": "2026-04-03"}),
        ]
    )
    assert [p["id"] for p in plan_repo.of_child(kids, "c1")] == ["p2", "p1"]
    assert [e["id"] for e in plan_repo.evaluations_of_child(kids, "c1")] == ["e2", "e1", "e3"]
    assert [e["id"] for e in plan_repo.evaluations_of_plan(kids, "p2")] == ["e2", "e3"]


def test_handovers_and_consents_newest_first(kids: Store) -> None:
    kids.write(
        [
            Change("handover", "h1", {"child_id": "c1", "date": "2026-02-01"}),
            Change("handover", "h2", {"child_id": "c2", "date": "2026-01-01"}),
            Change("handover", "h3", {"child_id": "c1", "date": "2026-01-15"}),
            Change("consent", "k1", {"child_id": "c1"}),
            Change("consent", "k2", {"child_id": "c1"}),
        ]
    )
    assert [h["id"] for h in handover_repo.handovers(kids)] == ["h2", "h3", "h1"]
    assert [h["id"] for h in handover_repo.handovers(kids, newest_first=True)] == ["h1", "h3", "h2"]
    assert [h["id"] for h in handover_repo.handovers(kids, "c1")] == ["h3", "h1"]
    assert [k["id"] for k in handover_repo.consents_of_child(kids, "c1")] == ["k2", "k1"]


def test_a_conflict_is_kept_replaced_listed_and_settled(kids: Store) -> None:
    first = StoredConflict("child", "c1", "name", "c1", '["a","b"]', "2026-01-02T10:00:00+00:00")
    older = StoredConflict("child", "c2", "group", "c2", '["x","y"]', "2026-01-01T10:00:00+00:00")
    with kids.transaction():
        conflict_repo.keep(kids, first)
        conflict_repo.keep(kids, older)
        conflict_repo.keep(kids, StoredConflict(**{**first.__dict__, "heads": '["a","c"]'}))
    assert conflict_repo.count(kids) == 2
    assert [c.entity_id for c in conflict_repo.open_conflicts(kids)] == ["c2", "c1"]
    assert conflict_repo.fields_of(kids, "child", "c1") == {"name": '["a","c"]'}
    assert conflict_repo.records_in_conflict(kids) == {("child", "c1"), ("child", "c2")}
    with kids.transaction():
        conflict_repo.settle(kids, "child", "c1", "name")
    assert conflict_repo.fields_of(kids, "child", "c1") == {}
    assert conflict_repo.count(kids) == 1


def test_writers_are_the_devices_whose_values_a_record_holds(kids: Store) -> None:
    other = "0190c0de-0000-7000-8000-00000000beef"
    (mine,) = [op for op in kids.operations() if op.entity_id == "c1"]
    theirs = Operation(
        "0190c0de-0000-7000-8000-000000000001",
        other,
        1,
        Timestamp(Timestamp.decode(mine.hlc).wall_ms + 1000).encode(),
        "Bo",
        "child",
        "c1",
        "put",
        {"group": "Bjørnene"},
    )
    kids.import_operations([theirs], received=Received(other, "Bo"))
    assert conflict_repo.writers(kids, "child", ["c1", "c2", "nobody"]) == {
        "c1": {kids.device_id, other},
        "c2": {kids.device_id},
    }


def test_change_log_of_one_device_one_record_and_marks(kids: Store) -> None:
    ops = list(kids.operations())
    assert [op.seq for op in oplog_repo.of_device(kids, kids.device_id)] == [1, 2, 3, 4, 5]
    assert [op.seq for op in oplog_repo.of_device(kids, kids.device_id, after=3)] == [4, 5]
    assert [op.kind for op in oplog_repo.of_record(kids, "child", "c4")] == ["put", "delete"]
    assert oplog_repo.high_water_marks(kids) == {kids.device_id: len(ops)}
    assert oplog_repo.high_water_mark(kids, kids.device_id) == 5
    assert oplog_repo.high_water_mark(kids, "unknown") == 0
    assert oplog_repo.last_actor(kids, kids.device_id) == "Mette Hansen"
    assert oplog_repo.last_actor(kids, "unknown") == ""


def test_refused_hub_files_are_remembered_until_cleared(store: Store) -> None:
    with store.transaction():
        assert quarantine_repo.record(store, "a.bundle", '{"text": "bad"}', "2026-01-01", 10, 7)
        assert not quarantine_repo.record(
            store, "a.bundle", '{"text": "worse"}', "2026-01-02", 11, 8
        )
        assert quarantine_repo.record(
            store, "b.bundle", '{"text": "internal"}', "2026-01-03", None, None
        )
    assert quarantine_repo.count(store) == 2
    assert quarantine_repo.unchanged_refused(store) == {"a.bundle": (11, 8)}
    assert [r[0] for r in quarantine_repo.refused(store)] == ["b.bundle", "a.bundle"]
    with store.transaction():
        quarantine_repo.clear(store, "a.bundle")
    assert quarantine_repo.count(store) == 1


def test_the_dump_reads_shared_tables_only_and_tombstones_keep_no_content(kids: Store) -> None:
    assert "children" in dump_repo.tables() and "meta" not in dump_repo.tables()
    children = list(dump_repo.records(kids, "children"))
    assert [c["id"] for c in children] == ["c1", "c2", "c3", "c4"]
    assert children[-1] == {"deleted": True, "id": "c4"}
    with pytest.raises(ValueError):
        list(dump_repo.records(kids, "audit"))


def test_the_sqlcipher_library_reports_its_version() -> None:
    assert sqlcipher_version()[:1].isdigit()
