"""Set-based reads for the overview (group picture) and the follow-up list.

A handful of queries over the materialised tables' indexed columns, never
one query per child: on 20,000 children with 200,000 assessments the
assessment query walks the partial covering index `assessments_final`
(schema version 3) once instead of decrypting every record.

The queries return plain tuples of column values (ISO date strings as
stored); `services.overview_service` turns them into rows and audits the read.

Definitions shared with the services:
- a *live* assessment is finalised, not deleted and not superseded (no other
  non-deleted assessment names it in `supersedes`);
- the *position* of a child is its latest live joint assessment or, under
  single-assessor practice (`position_any_kind`), its latest live one of any
  kind; "latest" is by date, then by id (ids are time-ordered UUIDv7s).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from forebyg_desktop.store.record_store import Store

_SEP = "\x1f"  # joins sort keys; never part of a date, an id or a scale key

# `supersedes > ''` rather than IS NOT NULL: it lets SQLite search the
# assessments_supersedes index instead of scanning the table.
_LIVE = """
    SELECT child_id, date, id, kind, position FROM assessments
    WHERE status = 'final' AND deleted = 0
      AND id NOT IN (
        SELECT supersedes FROM assessments WHERE supersedes > '' AND deleted = 0
      )"""


@dataclass(frozen=True, slots=True)
class ChildLatest:
    """The latest live assessment facts of one child (dates as ISO text)."""

    last_assessment: str | None
    position: str | None
    position_date: str | None
    position_assessment_id: str | None


def _among(column: str, ids: Sequence[str] | None) -> tuple[str, list[str]]:
    """An `AND column IN (...)` condition for `ids` (None: no condition)."""
    if ids is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def children(
    store: Store, child_ids: Sequence[str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(id, name, group, birth date) of every child here (not deleted, not archived)
    or of those of `child_ids`, by group, name, id."""
    among, params = _among("id", child_ids)
    return store.db.execute(
        "SELECT id, coalesce(name, ''), coalesce(group_name, ''), birth_date "
        f"FROM children WHERE deleted = 0 AND archived IS NULL{among} "
        "ORDER BY group_name, name, id",
        params,
    ).fetchall()


def latest_assessments(
    store: Store,
    *,
    position_any_kind: bool,
    child_id: str | None = None,
    child_ids: Sequence[str] | None = None,
) -> dict[str, ChildLatest]:
    """Per child with a live assessment: its last date and current position.

    One pass over the live assessments (of `child_id` or `child_ids` only,
    when given), grouped by child: `max(date)` gives the last assessment, and
    the max of "date, id, position" over those that count as a position gives
    the position, its date and its assessment.
    """
    if child_id is not None:
        child_ids = [child_id]
    among, ids = _among("child_id", child_ids)
    where, params = f"WHERE 1{among}", [int(position_any_kind), *ids]
    sql = f"""
        SELECT child_id, max(date),
               max(CASE WHEN kind = 'joint' OR ?
                        THEN date || '{_SEP}' || id || '{_SEP}' || coalesce(position, '') END)
        FROM ({_LIVE}) {where}
        GROUP BY child_id"""
    found: dict[str, ChildLatest] = {}
    for cid, last, key in store.db.execute(sql, params):
        pos = pos_date = pos_id = None
        if key is not None:
            pos_date, pos_id, pos = key.split(_SEP, 2)
        found[cid] = ChildLatest(last, pos or None, pos_date, pos_id)
    return found


def open_plans(
    store: Store, child_ids: Sequence[str] | None = None
) -> dict[str, tuple[str, str | None]]:
    """child id -> (plan id, follow-up) of the child's open plan latest by follow-up
    (of every child, or of `child_ids`).

    Reads only the small partial index of open plans (left to itself, SQLite
    walks `plans_child` and reads every plan to skip the closed ones).
    """
    among, params = _among("child_id", child_ids)
    sql = f"""
        SELECT child_id, max(coalesce(follow_up, '') || '{_SEP}' || id)
        FROM plans INDEXED BY plans_open WHERE status = 'open' AND deleted = 0{among}
        GROUP BY child_id"""
    found: dict[str, tuple[str, str | None]] = {}
    for cid, key in store.db.execute(sql, params):
        follow_up, plan_id = key.split(_SEP, 1)
        found[cid] = (plan_id, follow_up or None)
    return found


def open_plan_id(store: Store, child_id: str) -> str | None:
    """The id of the child's open plan latest by follow-up, or None."""
    row = store.db.execute(
        "SELECT id FROM plans WHERE child_id = ? AND status = 'open' AND deleted = 0 "
        "ORDER BY follow_up DESC, id DESC LIMIT 1",
        [child_id],
    ).fetchone()
    return row[0] if row else None


def due_plans(store: Store, until: str) -> Iterator[tuple]:
    """Open plans of children here (not deleted, not archived) with follow-up on or
    before `until`.

    Yields (plan id, child id, name, group, template, follow-up, coordinator),
    sorted by follow-up, then group, name and plan id.
    """
    yield from (
        tuple(r)
        for r in store.db.execute(
            """SELECT p.id, p.child_id, coalesce(c.name, ''), coalesce(c.group_name, ''),
                      coalesce(json_extract(p.data, '$.template'), ''), p.follow_up,
                      coalesce(json_extract(p.data, '$.coordinator'), '')
               FROM plans p JOIN children c
                 ON c.id = p.child_id AND c.deleted = 0 AND c.archived IS NULL
               WHERE p.status = 'open' AND p.deleted = 0 AND p.follow_up <= ?
               ORDER BY p.follow_up, c.group_name, c.name, p.id""",
            [until],
        )
    )
