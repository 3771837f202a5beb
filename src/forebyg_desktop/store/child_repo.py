"""Named reads of the children and of every record about one child.

Deleted children (tombstones) are never returned; archived children (they
left) only where a read says so. Reads here are not
audited: the service that shows what they return records the read.
"""

from __future__ import annotations

from collections.abc import Iterator

from forebyg_desktop.store.record_query import select
from forebyg_desktop.store.record_store import Store


def children(store: Store, group: str | None = None, *, archived: bool = False) -> list[dict]:
    """The children here (or, with `archived`, those archived) by group, name and id;
    or those of `group` by name and id."""
    here = "archived IS NOT NULL" if archived else "archived IS NULL"
    if group is None:
        return select(store.db, "child", here, order_by="group_name, name, id")
    return select(store.db, "child", f"{here} AND group_name = ?", [group], "name, id")


def registered(store: Store) -> Iterator[tuple[str, str, str, str, str | None]]:
    """(id, name, birth date, group, archived) of every child, here or archived,
    without reading the rest of their records."""
    yield from store.db.execute(
        "SELECT id, coalesce(name, ''), coalesce(birth_date, ''), coalesce(group_name, ''), "
        "archived FROM children WHERE deleted = 0"
    )


def group_members(store: Store, group: str) -> list[str]:
    """The ids of the children here (not archived) in `group`, by name and id."""
    return [
        r[0]
        for r in store.db.execute(
            "SELECT id FROM children WHERE deleted = 0 AND archived IS NULL AND group_name = ? "
            "ORDER BY name, id",
            [group],
        )
    ]


def count(store: Store) -> int:
    """How many children are registered (no record content is read)."""
    return store.db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]


def namesake(store: Store, *, name: str, birth_date: str, other_than: str) -> str | None:
    """The id of another child with the same name and birth date, if any.

    The names are compared as SQLite's lower() does: A-Z in any case, other
    letters (Æ, Ø, Å) as written.
    """
    row = store.db.execute(
        "SELECT id FROM children WHERE deleted = 0 AND id != ? AND lower(name) = lower(?) "
        "AND birth_date = ?",
        [other_than, name, birth_date],
    ).fetchone()
    return row[0] if row else None


def records_about(store: Store, entity: str, child_id: str) -> list[dict]:
    """The child's records of one kind (assessment, plan, ...), by id."""
    return select(store.db, entity, "child_id = ?", [child_id])
