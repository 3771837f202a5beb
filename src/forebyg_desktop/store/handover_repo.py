"""Named reads of what is shared with other institutions: consents and handovers.

Deleted records are never returned. A handover's record holds its direction
(sent or received), the consent it was made under and the counterpart's key
fingerprint; the services decide what they mean.
"""

from __future__ import annotations

from forebyg_desktop.store.record_query import select
from forebyg_desktop.store.record_store import Store


def handovers(
    store: Store, child_id: str | None = None, *, newest_first: bool = False
) -> list[dict]:
    """Handovers (all, or of one child) by date, then id; oldest or newest first."""
    order = "date DESC, id DESC" if newest_first else "date, id"
    if child_id is None:
        return select(store.db, "handover", order_by=order)
    return select(store.db, "handover", "child_id = ?", [child_id], order)


def consents_of_child(store: Store, child_id: str) -> list[dict]:
    """The child's consents, newest first (ids are time-ordered)."""
    return select(store.db, "consent", "child_id = ?", [child_id], "id DESC")
