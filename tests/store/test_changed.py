"""Writes say what they changed: the children, and whether the follow-ups may differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from forebyg_desktop.store.changed import MAX_LISTED, Changed
from forebyg_desktop.store.operation import Change
from forebyg_desktop.store.record_store import Store
from tests.conftest import PASSPHRASE


def _child(cid: str, name: str = "Noah") -> Change:
    return Change("child", cid, {"name": name, "birth_date": "2020-05-01", "group": "Bierne"})


def test_a_write_names_the_children_it_changed(store: Store) -> None:
    assert store.write([_child("c1"), _child("c2")]) == Changed(frozenset({"c1", "c2"}), True)
    # An assessment names its child; it does not touch the follow-ups.
    assessment = Change("assessment", "a1", {"child_id": "c1", "status": "final"})
    assert store.write([assessment]) == Changed(frozenset({"c1"}), False)
    # A plan does.
    plan = Change("plan", "p1", {"child_id": "c2", "status": "open", "follow_up": "2026-12-10"})
    assert store.write([plan]) == Changed(frozenset({"c2"}), True)
    # A later edit of a record that does not repeat the child still finds it.
    assert store.write([Change("assessment", "a1", {"position": "yellow"})]).children == {"c1"}


def test_take_changed_gathers_every_write_since_the_last_call(store: Store) -> None:
    store.write([_child("c1")])
    store.write([Change("assessment", "a1", {"child_id": "c1", "status": "final"})])
    store.write([_child("c2")])
    assert store.take_changed() == Changed(frozenset({"c1", "c2"}), True)
    assert not store.take_changed()  # taken: nothing left


def test_a_refused_write_reports_nothing(store: Store) -> None:
    with pytest.raises(KeyError):
        store.write([_child("c3"), Change("no-such-entity", "x", {})])
    assert not store.take_changed()


def test_imported_changes_are_reported_too(store: Store, tmp_path: Path) -> None:
    other = Store.create(tmp_path / "b.db", PASSPHRASE, user="Lars", profile_id="topi")
    with other:
        other.write([_child("c9", "Ida")])
        assert store.import_operations(list(other.operations())) == 1
    assert store.take_changed() == Changed(frozenset({"c9"}), True)
    # A second import adds nothing, so there is nothing to refresh.
    with Store.create(tmp_path / "c.db", PASSPHRASE, user="X", profile_id="topi") as third:
        third.write([_child("c9", "Ida")])
    assert not store.take_changed()


def test_too_many_children_to_list_means_everything(store: Store) -> None:
    changed = store.write([_child(f"c{i}") for i in range(MAX_LISTED + 1)])
    assert changed.everything and changed.follow_ups and not changed.children
    # Everything stays everything, whatever is added to it.
    assert (changed | Changed(frozenset({"c1"}))).everything
