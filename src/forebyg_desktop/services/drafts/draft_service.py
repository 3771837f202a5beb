"""Drafts: what the assessment, plan and evaluation dialogues autosave.

Drafts are device-local: they live in the encrypted store (`drafts` table)
but are never operations, so they are not synced, not in the change log and
not in `forebyg dump`. Their contents are as sensitive as records, so:

- loading a draft is audited as a read of the child's record;
- listing drafts is audited as one read (like listing children);
- the first save of a draft, and discarding one, are audited; later saves
  of the same draft are not, since autosave calls `save_draft` on every
  change and one audit entry per keystroke would bury the log.

`save_draft` is one small transaction (an upsert by primary key), so a crash
loses at most the change being typed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.records import ENTITY_TYPES, RecordError
from forebyg_desktop.services.errors import Problem, ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import draft_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.draft_repo import DraftInfo

__all__ = [
    "DRAFT_KINDS",
    "Draft",
    "DraftInfo",
    "DraftNotFound",
    "build_record",
    "discard_draft",
    "list_drafts",
    "load_draft",
    "resume_draft",
    "save_draft",
]

R = TypeVar("R")
CTX = "Flow"

# What a draft can become: the record types ("assessment", "plan", "evaluation", ...);
# a handover is made by export or import, never drafted.
DRAFT_KINDS: tuple[str, ...] = tuple(k for k in ENTITY_TYPES if k != "handover")


class DraftNotFound(ServiceError):
    """No draft with that id (it was finalised or discarded, maybe on another window)."""


@dataclass(frozen=True)
class Draft:
    """A saved draft: its fields as JSON values (dates are ISO strings, lists not tuples)."""

    id: str
    kind: str
    child_id: str | None
    fields: dict[str, Any]
    updated: datetime  # last saved, UTC


def _check_kind(kind: str) -> None:
    if kind not in DRAFT_KINDS:
        raise ServiceError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Flow", 'Unknown draft kind "{kind}"; known: {known}.'),
                {"kind": kind, "known": ", ".join(DRAFT_KINDS)},
            )
        )


def save_draft(
    session: Session,
    kind: str,
    draft_id: str,
    child_id: str | None,
    fields: Mapping[str, Any],
) -> None:
    """Save (create or replace) a draft in one small transaction.

    `fields` must be JSON-able; dates, enums, tuples and record parts (Goal,
    Measure, IndicatorProgress) are converted. Raises ServiceError for an
    unknown `kind` or a value a draft cannot hold.
    """
    _check_kind(kind)
    if not draft_id:
        raise ServiceError(Message(CTX, QT_TRANSLATE_NOOP("Flow", "A draft needs an id.")))
    event = AuditEvent("write", "draft", draft_id, child_id, f"{kind} draft started")
    try:
        draft_repo.save(session.store, draft_id, kind, child_id, fields, audit=event)
    except (TypeError, ValueError) as exc:
        raise ServiceError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Flow", "The draft cannot be saved: {reason}."),
                {"reason": str(exc)},
            )
        ) from exc


def load_draft(session: Session, draft_id: str) -> Draft:
    """The draft (audited as a read of the child's record); DraftNotFound if none."""
    row = draft_repo.load(session.store, draft_id)
    if row is None:
        raise DraftNotFound(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Flow", "No draft with id {id}; it was finalised or discarded."),
                {"id": draft_id},
            )
        )
    session.store.record_reads(
        [AuditEvent("read", "draft", row.id, row.child_id, f"{row.kind} draft")]
    )
    return Draft(row.id, row.kind, row.child_id, row.fields, row.updated)


def discard_draft(session: Session, draft_id: str) -> bool:
    """Delete the draft for good (audited); False if there was none."""
    store = session.store
    with store.transaction():
        gone = draft_repo.delete(store, draft_id)
        if gone is not None:
            detail = f"{gone.kind} draft discarded"
            store.record_reads([AuditEvent("write", "draft", draft_id, gone.child_id, detail)])
    return gone is not None


def list_drafts(session: Session, child_id: str | None = None) -> list[DraftInfo]:
    """Drafts without their contents, newest first; all or one child's (audited)."""
    rows = draft_repo.list_rows(session.store, child_id)
    session.store.record_reads(
        [AuditEvent("read", "draft", "*", child_id, f"list of {len(rows)} drafts")]
    )
    return rows


def resume_draft(
    session: Session,
    kind: str,
    child_id: str,
    draft_id: str | None = None,
    *,
    match: Mapping[str, Any] | None = None,
) -> Draft | None:
    """The draft a dialogue reopens: `draft_id` if given, else the child's newest of `kind`.

    Without an id, only drafts whose fields hold every item of `match` count
    (an evaluation draft belongs to one plan). None when there is none, or the
    draft with `draft_id` is gone (finalised or discarded). Reads are audited.
    """
    _check_kind(kind)
    if draft_id:
        try:
            return load_draft(session, draft_id)
        except DraftNotFound:
            return None
    for info in draft_repo.list_rows(session.store, child_id):
        if info.kind != kind:
            continue
        draft = load_draft(session, info.id)
        if all(draft.fields.get(k) == v for k, v in (match or {}).items()):
            return draft
    return None


def _value_problem(name: str, exc: RecordError) -> Problem:
    return Problem(
        name,
        Message(
            CTX,
            QT_TRANSLATE_NOOP("Flow", "The value is not valid: {detail}"),
            {"detail": str(exc)},
        ),
    )


def build_record(
    cls: type[R],
    base: Mapping[str, Any],
    fields: Mapping[str, Any],
    *,
    fallback: Mapping[str, Any] | None = None,
) -> tuple[R | None, list[Problem]]:
    """A record of type `cls` from `base` (trusted) and `fields` (from a draft or form).

    Keys that are no field of `cls` are ignored (a dialogue may keep its own
    state in a draft) and "" stands for "not set" in optional fields. A value
    of the wrong type is left out and reported, each one, so the caller can
    still validate the rest and report every problem at once; the record is
    None when a wrong value cannot be told apart, or a required one is wrong
    and `fallback` has no stand-in for it.
    """
    fallback = fallback or {}
    spec = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    good = {
        name: value
        for name, value in fields.items()
        if name in spec and name not in base and not (value == "" and spec[name].default is None)
    }
    problems: list[Problem] = []
    dropped: set[str] = set()
    while True:
        try:
            return cls(**base, **good), problems
        except RecordError as exc:
            # The message starts with "<Record>.<field>" (see core.records).
            match = re.match(rf"{cls.__name__}\.(\w+)", str(exc))
            name = match.group(1) if match else ""
            problems.append(_value_problem(name, exc))
            if name not in good or name in dropped:
                return None, problems
            dropped.add(name)
            del good[name]
            if name in fallback:
                good[name] = fallback[name]
        except TypeError as exc:
            if problems:  # a required field had a wrong value; it is reported
                return None, problems
            # A required field left out: a bug in the caller.
            raise ServiceError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP("Flow", "{record} cannot be built: {reason}."),
                    {"record": cls.__name__, "reason": str(exc)},
                )
            ) from exc
