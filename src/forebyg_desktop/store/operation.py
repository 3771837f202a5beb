"""An operation of the append-only change log: what sync ships between devices."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from forebyg_desktop.store.canonical import canonical_json


@dataclass(frozen=True)
class Change:
    """A change a service wants made: one entity, the fields it sets."""

    entity: str
    entity_id: str
    fields: dict[str, Any]
    kind: str = "put"  # "put" sets fields; "delete" leaves a tombstone
    # Stamps the writer saw, per field, when they differ from the record's
    # current ones (resolving a conflict supersedes every competing value).
    # None: the store fills in the current stamps itself.
    base: dict[str, list[str]] | None = None


@dataclass(frozen=True)
class Operation:
    """One appended, never rewritten, entry of the change log."""

    op_id: str
    device: str
    seq: int  # per-device, contiguous from 1
    hlc: str  # encoded hybrid-logical-clock timestamp
    actor: str
    entity: str
    entity_id: str
    kind: str
    fields: dict[str, Any]
    # Per field, the stamps of the values its writer saw and replaced (empty
    # for a new record). Sync uses them to tell a considered overwrite from a
    # concurrent edit of the same field (a conflict for a person to resolve).
    base: dict[str, list[str]] = field(default_factory=dict)

    @functools.cached_property
    def fields_json(self) -> str:
        """The fields as canonical JSON (encoded once, used by log and tables)."""
        return canonical_json(self.fields)

    @property
    def stamp(self) -> str:
        """The last-writer-wins order key: HLC, then device id."""
        return f"{self.hlc}/{self.device}"

    def row(self) -> tuple:
        """The oplog table row."""
        return (
            self.op_id,
            self.device,
            self.seq,
            self.hlc,
            self.actor,
            self.entity,
            self.entity_id,
            self.kind,
            self.fields_json,
            canonical_json(self.base) if self.base else "{}",
        )

    @classmethod
    def from_row(cls, row: tuple) -> Operation:
        op_id, device, seq, hlc, actor, entity, entity_id, kind, fields, base = row
        return cls(
            op_id,
            device,
            seq,
            hlc,
            actor,
            entity,
            entity_id,
            kind,
            json.loads(fields),
            json.loads(base) if base != "{}" else {},
        )


OPLOG_COLUMNS = "op_id, device, seq, hlc, actor, entity, entity_id, kind, fields, base"
