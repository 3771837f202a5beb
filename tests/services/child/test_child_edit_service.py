"""Correcting, moving and archiving a child: normal writes that sync, typed-input rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.services.child import child_edit_service as edits
from forebyg_desktop.services.child.child_service import add_child, list_children
from forebyg_desktop.services.errors import ServiceError, ValidationFailed
from forebyg_desktop.services.overview.overview_service import follow_ups, overview_rows
from forebyg_desktop.services.session import create_session
from forebyg_desktop.services.team_sync.conflict_service import list_conflicts
from forebyg_desktop.store.errors import RecordNotFound
from forebyg_desktop.store.operation import Change
from tests.conftest import PASSPHRASE

TODAY = date(2026, 8, 10)


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        s.today = lambda: TODAY  # type: ignore[method-assign]
        yield s


def test_a_child_is_corrected_field_by_field(session) -> None:
    cid = add_child(session, "Ida Sörensen", "12.04.2021", "Sommerfuglene")
    assert session.store.get("child", cid)["birth_date"] == "2021-04-12"
    assert edits.edit_child(session, cid, name=" Ida Sørensen ", birth_date="13-04-2021") == [
        "birth_date",
        "name",
    ]
    child = session.store.get("child", cid)
    assert (child["name"], child["birth_date"], child["group"]) == (
        "Ida Sørensen",
        "2021-04-13",
        "Sommerfuglene",
    )
    # Only what changed is written: the last operation sets the two fields.
    last = max(session.store.operations(), key=lambda op: op.seq)
    assert set(last.fields) == {"name", "birth_date"}
    assert edits.edit_child(session, cid, name="Ida Sørensen") == []  # nothing changed


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"name": ""}, "name"),
        ({"name": "Ida 120421-1234"}, "name"),
        ({"name": "Ida\u202eSørensen"}, "name"),
        ({"birth_date": "12.04.2031"}, "birth_date"),
        ({"birth_date": "31.02.2021"}, "birth_date"),
        ({"group": "  "}, "group"),
    ],
)
def test_an_edit_obeys_the_rules_of_typed_input(session, fields, where) -> None:
    cid = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    before = session.store.get("child", cid)
    with pytest.raises(ValidationFailed) as refused:
        edits.edit_child(session, cid, **fields)
    assert [p.where for p in refused.value.problems] == [where]
    assert session.store.get("child", cid) == before


def test_a_birth_date_in_the_future_is_refused_with_a_message_not_changed(session) -> None:
    with pytest.raises(ValidationFailed) as refused:
        add_child(session, "Ida Sørensen", "2026-08-11", "Sommerfuglene")
    assert "future" in str(refused.value)
    assert list_children(session) == []


def test_an_empty_group_is_refused(session) -> None:
    with pytest.raises(ValidationFailed) as refused:
        add_child(session, "Ida Sørensen", "2021-04-12", " ")
    assert [p.where for p in refused.value.problems] == ["group"]


def test_children_are_moved_together_and_a_whole_group_at_once(session) -> None:
    ida = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    noah = add_child(session, "Noah Ali", "2021-05-12", "Sommerfuglene")
    mads = add_child(session, "Mads Holm", "2020-01-02", "Bjørnene")
    assert edits.move_children(session, [ida, mads], "  Store   Bjørne ") == 2
    assert {c["id"]: c["group"] for c in list_children(session)} == {
        ida: "Store Bjørne",
        noah: "Sommerfuglene",
        mads: "Store Bjørne",
    }
    assert edits.move_group(session, "Sommerfuglene", "Frøerne") == 1
    assert session.store.get("child", noah)["group"] == "Frøerne"
    with pytest.raises(ValidationFailed):
        edits.move_children(session, [ida], "")
    with pytest.raises(RecordNotFound):
        edits.move_children(session, [ida, "no-such-child"], "Bierne")
    assert session.store.get("child", ida)["group"] == "Store Bjørne"  # all or nothing


def test_an_archived_child_leaves_overview_and_follow_ups_and_can_come_back(session) -> None:
    ida = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    noah = add_child(session, "Noah Ali", "2021-05-12", "Sommerfuglene")
    session.store.write(
        [
            Change(
                "plan",
                "p1",
                {"child_id": ida, "follow_up": "2026-08-01", "status": "open", "template": "x"},
            )
        ]
    )
    assert [r.plan_id for r in follow_ups(session)] == ["p1"]
    assert edits.archive_child(session, ida) == "2026-08-10"
    assert [r.child_id for r in overview_rows(session)] == [noah]
    assert follow_ups(session) == []
    assert [c["id"] for c in list_children(session)] == [noah]
    (archived,) = list_children(session, archived=True)
    assert archived["id"] == ida and archived["archived"] == "2026-08-10"
    assert session.store.get("child", ida)["name"] == "Ida Sørensen"  # still readable
    with pytest.raises(ServiceError, match="archived already"):
        edits.archive_child(session, ida)
    edits.unarchive_child(session, ida)
    assert {r.child_id for r in overview_rows(session)} == {ida, noah}
    assert [r.child_id for r in follow_ups(session)] == [ida]
    with pytest.raises(ServiceError, match="not archived"):
        edits.unarchive_child(session, ida)


def test_edits_sync_and_concurrent_moves_become_a_conflict(team) -> None:
    leader, anna, bo = team
    child = anna.add_child("Ida Sørensen")
    for _ in range(2):
        for device in team:
            device.sync()
    edits.move_children(anna.session, [child], "Mariehønen")
    edits.move_children(bo.session, [child], "Bierne")
    edits.archive_child(leader.session, child)
    for _ in range(2):
        for device in team:
            device.sync()
    for device in team:
        held = device.store.get("child", child)
        assert held["archived"]
        assert held["group"] in ("Mariehønen", "Bierne")
        (conflict,) = list_conflicts(device.session)
        assert conflict.field == "group"
