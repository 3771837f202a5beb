"""Named reads of action plans and their evaluations (follow-ups).

Deleted records are never returned. The overview's set-based plan queries
(open plans, due follow-ups) are in `overview_repo`.
"""

from __future__ import annotations

from forebyg_desktop.store.record_query import select
from forebyg_desktop.store.record_store import Store


def of_child(store: Store, child_id: str) -> list[dict]:
    """The child's plans by follow-up date, then id."""
    return select(store.db, "plan", "child_id = ?", [child_id], "follow_up, id")


def evaluations_of_child(store: Store, child_id: str) -> list[dict]:
    """The evaluations of all the child's plans, oldest first (date, then id)."""
    return select(store.db, "evaluation", "child_id = ?", [child_id], "date, id")


def evaluations_of_plan(store: Store, plan_id: str) -> list[dict]:
    """The plan's evaluations, oldest first (date, then id)."""
    return select(store.db, "evaluation", "plan_id = ?", [plan_id], "date, id")
