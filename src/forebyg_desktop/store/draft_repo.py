"""Device-local drafts: what a dialogue autosaves before it is finalised.

Drafts live in the `drafts` table of the encrypted store (schema version 3).
They are never operations: not in the change log, so never synced and never
in `forebyg dump`. A draft is one row keyed by the id the dialogue chose; each
save replaces the row in one small transaction (one upsert; a first save
also appends one audit entry), so autosaving on every keystroke stays cheap.

The functions here only read and write rows; auditing reads is the caller's
job (`services.draft_service`), since a read there may be part of a larger
use case.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.record_store import Store

_COLUMNS = "id, kind, child_id, data, updated"


@dataclass(frozen=True)
class DraftRow:
    """One stored draft: its fields as saved (JSON values: dates are ISO strings)."""

    id: str
    kind: str
    child_id: str | None
    fields: dict[str, Any]
    updated: datetime  # when it was last saved (UTC)


@dataclass(frozen=True)
class DraftInfo:
    """A draft without its contents (for lists)."""

    id: str
    kind: str
    child_id: str | None
    updated: datetime


def _json_default(value: object) -> object:
    # Dates, enums and record parts (Goal, Measure, ...) as their JSON forms.
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    raise TypeError(f"a draft cannot hold a {type(value).__name__}")


def encode_fields(fields: Mapping[str, Any]) -> str:
    """The draft's fields as JSON text (TypeError for a value JSON cannot hold)."""
    return json.dumps(dict(fields), ensure_ascii=False, sort_keys=True, default=_json_default)


def _row(values: tuple) -> DraftRow:
    rid, kind, child_id, data, updated = values
    return DraftRow(rid, kind, child_id, json.loads(data), datetime.fromisoformat(updated))


def save(
    store: Store,
    draft_id: str,
    kind: str,
    child_id: str | None,
    fields: Mapping[str, Any],
    *,
    audit: AuditEvent | None = None,
) -> bool:
    """Insert or replace a draft in one transaction; True if it was new.

    `audit` is recorded (in the same transaction) only when the draft is new.
    """
    data = encode_fields(fields)
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    with store.transaction():
        new = store.db.execute("SELECT 1 FROM drafts WHERE id = ?", [draft_id]).fetchone() is None
        store.db.execute(
            "INSERT INTO drafts (id, kind, child_id, data, updated) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
            "child_id = excluded.child_id, data = excluded.data, updated = excluded.updated",
            [draft_id, kind, child_id, data, now],
        )
        if new and audit is not None:
            store.audit.record(store.user, [audit])
    return new


def load(store: Store, draft_id: str) -> DraftRow | None:
    """The draft, or None."""
    found = store.db.execute(f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", [draft_id]).fetchone()
    return _row(tuple(found)) if found else None


def delete(store: Store, draft_id: str) -> DraftInfo | None:
    """Remove the draft (joins the caller's transaction); what was removed, or None."""
    with store.transaction():
        found = store.db.execute(
            "SELECT id, kind, child_id, updated FROM drafts WHERE id = ?", [draft_id]
        ).fetchone()
        if found is None:
            return None
        store.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
    rid, kind, child_id, updated = found
    return DraftInfo(rid, kind, child_id, datetime.fromisoformat(updated))


def list_rows(store: Store, child_id: str | None = None) -> list[DraftInfo]:
    """Drafts without their contents, newest first; all or for one child."""
    sql = "SELECT id, kind, child_id, updated FROM drafts"
    params: list[str] = []
    if child_id is not None:
        sql += " WHERE child_id = ?"
        params.append(child_id)
    sql += " ORDER BY updated DESC, id"
    return [
        DraftInfo(rid, kind, cid, datetime.fromisoformat(updated))
        for rid, kind, cid, updated in store.db.execute(sql, params)
    ]
