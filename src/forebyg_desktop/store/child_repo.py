"""Named reads of the children and of every record about one child.

Deleted children (tombstones) are never returned. Reads here are not
audited: the service that shows what they return records the read.
"""

from __future__ import annotations

from collections.abc import Iterator

from forebyg_desktop.store.record_query import select
from forebyg_desktop.store.record_store import Store


def children(store: Store, group: str | None = None) -> list[dict]:
    """Every child by group, name and id; or the children of `group` by name and id."""
    if group is None:
        return select(store.db, "child", order_by="group_name, name, id")
    return select(store.db, "child", "group_name = ?", [group], "name, id")


def name_and_birth_dates(store: Store) -> Iterator[tuple[str, str]]:
    """(name, birth date) of every child, without reading the rest of their records."""
    yield from store.db.execute("SELECT name, birth_date FROM children WHERE deleted = 0")


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
