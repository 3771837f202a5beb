"""Named reads of assessments: a child's, the finalised ones, and corrections.

A correction is a new assessment whose `supersedes` names the one it
corrects (a finalised assessment is never changed). Deleted assessments are
never returned; "oldest first" is by date, then id (ids are time-ordered).
"""

from __future__ import annotations

from forebyg_desktop.store.record_query import select
from forebyg_desktop.store.record_store import Store


def of_child(store: Store, child_id: str) -> list[dict]:
    """The child's assessments, drafts included, oldest first."""
    return select(store.db, "assessment", "child_id = ?", [child_id], "date, id")


def finalised_of_child(store: Store, child_id: str, *, newest_first: bool = False) -> list[dict]:
    """The child's finalised assessments (corrected ones too), oldest or newest first."""
    order = "date DESC, id DESC" if newest_first else "date, id"
    return select(store.db, "assessment", "child_id = ? AND status = 'final'", [child_id], order)


def corrections_of(store: Store, assessment_id: str) -> list[dict]:
    """The assessments that correct `assessment_id` (none while it is the newest version)."""
    return select(store.db, "assessment", "supersedes = ?", [assessment_id])


def corrected_in(store: Store, child_id: str) -> dict[str, str]:
    """Of the child's assessments: corrected id -> id of its correction (the last by id)."""
    rows = select(store.db, "assessment", "child_id = ? AND supersedes IS NOT NULL", [child_id])
    return {r["supersedes"]: r["id"] for r in rows}
