"""Operations made elsewhere obey the rules local input obeys, or are refused.

`observe_stamps` refuses a clock stamp that does not decode or lies more than
the store's margin ahead of this computer's clock. `check_and_merge` looks at each new operation in order, against the record as
the operations before it leave it, and raises ImportRefused (nothing written)
for the first one that:

- is not a change this program makes (unknown record type or kind, fields or
  seen stamps of the wrong shape, a delete that carries fields);
- changes a finalised assessment: a put that sets any field to another value
  than the finalised record holds, or a delete. A correction is a new record
  that supersedes it, so this never refuses honest work;
- breaks the field rules of `core.validation_import` (the same predicates and
  limits as typed input).

Finalised records and arrival order: when a rogue device's put on a colleague's
finalised assessment reaches a device after the genuine record, the rogue's
bundle is refused. When it arrives first (it then creates the record, or
finalises a record whose genuine finalisation is still on its way), the
genuine operation is refused when it comes, since it would change a finalised
record. Either way the receiving device shows a refused file naming both the
device and the record, never a silent overwrite; identical puts (the same
handover imported on two devices) are accepted.

It returns the merged rows, so materialising writes them without reading the
records again: the checks cost one pass over the operations.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlite_utils

from forebyg_desktop.core.hlc import ClockDriftError, HybridClock, Timestamp
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.records import AssessmentStatus
from forebyg_desktop.core.validation_import import (
    DELETED_FIELD,
    ImportProblem,
    name_problems,
    problems_in_operation,
)
from forebyg_desktop.store.errors import ImportFromFuture, ImportRefused, store_message
from forebyg_desktop.store.materialiser import (
    ENTITY_TABLES,
    MaterialRow,
    Merged,
    apply_operation,
    load_rows,
)
from forebyg_desktop.store.operation import Operation

_MAX_STAMPS = 1000  # seen stamps per field; a real record has a handful
DAY_MS = 86_400_000

# One sentence per kind of problem (core.validation_import.PROBLEMS), naming the
# operation, the record and the field; never the content.
_REFUSED: dict[str, str] = {
    "unknown_field": QT_TRANSLATE_NOOP(
        "Store",
        'Operation {seq} of device {device} was refused: {entity} {record} has no field "{field}".',
    ),
    "wrong_type": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} holds "
        "a value of the wrong type.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} holds "
        "a value that is not allowed.",
    ),
    "bad_id": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} is not "
        "a valid record id.",
    ),
    "bad_key": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} is not "
        "a valid key.",
    ),
    "unknown_key": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} names "
        'a key that profile "{profile}" does not have.',
    ),
    "repeated": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} lists "
        "the same entry twice.",
    ),
    "required": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} is "
        "empty but required.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} is too "
        "long: {length} characters, at most {max}.",
    ),
    "line_break": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} must "
        "be on one line.",
    ),
    "control": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} "
        "contains a control character ({char}).",
    ),
    "direction": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} "
        "contains an invisible character that changes the text direction ({char}).",
    ),
    "cpr": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} seems "
        "to contain a CPR number.",
    ),
    "future": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} is a "
        "date after the day the change was made.",
    ),
    "too_old": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} is "
        "more than {years} years before the day the change was made.",
    ),
    "inconsistent": QT_TRANSLATE_NOOP(
        "Store",
        "Operation {seq} of device {device} was refused: {field} of {entity} {record} does "
        "not fit with {other}.",
    ),
}


def refusal(op: Operation, problem: ImportProblem) -> ImportRefused:
    """ImportRefused for `problem` with operation `op`, naming device, number and field."""
    record = op.entity_id if problem.field != "id" else "?"
    return ImportRefused(
        store_message(
            _REFUSED[problem.code],
            seq=op.seq,
            device=op.device,
            entity=op.entity,
            record=record,
            field=problem.field,
            **problem.params,
        )
    )


def malformed(op: Operation) -> ImportRefused:
    """The operation is not one this program makes."""
    return ImportRefused(
        store_message(
            QT_TRANSLATE_NOOP(
                "Store",
                "Operation {seq} of device {device} was refused: it is not a change this "
                "program makes (unknown record type or kind, or malformed fields).",
            ),
            seq=op.seq,
            device=op.device,
        )
    )


def _finalised(op: Operation, field: str) -> ImportRefused:
    if op.kind == "delete":
        text = QT_TRANSLATE_NOOP(
            "Store",
            "Operation {seq} of device {device} was refused: it deletes assessment {record}, "
            "which is finalised.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Store",
            "Operation {seq} of device {device} was refused: it changes {field} of assessment "
            "{record}, which is finalised (a correction is recorded as a new assessment).",
        )
    return ImportRefused(
        store_message(text, seq=op.seq, device=op.device, record=op.entity_id, field=field)
    )


def observe_stamps(ops: Sequence[Operation], clock: HybridClock) -> Timestamp:
    """`clock` after observing the newest of `ops`, whose stamps must all be in bounds.

    Every stamp must decode (ImportRefused), and none may be further ahead of
    the clock's wall time than its `max_forward_ms` (ImportFromFuture: a later
    try, once the clocks agree, may pass).
    """
    for op in ops:
        try:
            Timestamp.decode(op.hlc)
        except (TypeError, ValueError):
            raise ImportRefused(
                store_message(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "Operation {seq} of device {device} was refused: its clock stamp "
                        "is not valid.",
                    ),
                    seq=op.seq,
                    device=op.device,
                )
            ) from None
    latest = max(ops, key=lambda op: op.hlc)  # fixed-width encodings sort as the stamps do
    try:
        return clock.observe(Timestamp.decode(latest.hlc))
    except ClockDriftError as drift:
        allowed = clock.max_forward_ms or 0
        raise ImportFromFuture(
            store_message(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "Operation {seq} of device {device} is stamped {days} days ahead of "
                    "this computer's clock (at most {max} allowed); it is taken once the "
                    "clocks agree. Check the date and time on both computers.",
                ),
                seq=latest.seq,
                device=latest.device,
                days=-(-drift.ahead_ms // DAY_MS),  # whole days, rounded up
                max=allowed // DAY_MS,
            )
        ) from None


def day_of(hlc: str) -> date:
    """The (UTC) day of an encoded clock stamp (already decoded once, so well formed)."""
    return datetime.fromtimestamp(int(hlc[:15]) / 1000, UTC).date()


def refuse_malformed(ops: Sequence[Operation]) -> None:
    """ImportRefused for the first operation that is not of a shape this program makes."""
    for op in ops:
        if not _well_formed(op):
            raise malformed(op)


def _well_formed(op: Operation) -> bool:
    if type(op.seq) is not int or op.seq < 1:  # bool is no sequence number either
        return False
    if type(op.op_id) is not str or not 0 < len(op.op_id) <= 64:
        return False
    if not (type(op.device) is type(op.entity_id) is type(op.actor) is type(op.hlc) is str):
        return False
    if op.entity not in ENTITY_TABLES or op.kind not in ("put", "delete"):
        return False
    if type(op.fields) is not dict or type(op.base) is not dict:
        return False
    if op.kind == "delete" and op.fields:
        return False  # a tombstone carries nothing
    for name, stamps in op.base.items():
        if type(name) is not str or type(stamps) is not list or len(stamps) > _MAX_STAMPS:
            return False
        if not all(type(s) is str and len(s) < 200 for s in stamps):
            return False
    return True  # field names are checked with the fields (validation_import)


def _changed_field(op: Operation, row: MaterialRow) -> str | None:
    """A field the put sets to another value than the finalised record holds."""
    missing = object()
    for name, value in op.fields.items():
        if row.data.get(name, missing) != value:
            return name
    return None


def check_and_merge(
    db: sqlite_utils.Database,
    ops: Sequence[Operation],
    profile: Profile | None,
    *,
    check_actor: bool = False,
) -> Merged:
    """Check `ops` (in order) against the local rules; the rows they leave, merged.

    Raises ImportRefused for the first operation that breaks a rule. The
    operations must have passed `refuse_malformed` and `observe_stamps`.
    `check_actor`: the operations keep their own actor (nobody named the
    sending device's person), so it must be a valid name too.
    """
    by_entity: dict[str, list[str]] = {}
    for op in ops:
        by_entity.setdefault(op.entity, []).append(op.entity_id)
    merged: Merged = {
        entity: load_rows(db, ENTITY_TABLES[entity], list(dict.fromkeys(ids)))
        for entity, ids in by_entity.items()
    }
    day: tuple[str, date] = ("", date.min)
    for op in ops:
        rows = merged[op.entity]
        row = rows.get(op.entity_id)
        if (
            op.entity == "assessment"
            and row is not None
            and row.data.get("status") == AssessmentStatus.FINAL.value
        ):
            if op.kind == "delete":
                raise _finalised(op, DELETED_FIELD)
            changed = _changed_field(op, row)
            if changed is not None:
                raise _finalised(op, changed)
        if op.hlc[:15] != day[0]:
            day = (op.hlc[:15], day_of(op.hlc))
        fields = op.fields if op.kind == "put" else {}
        problems = problems_in_operation(
            op.entity,
            op.entity_id,
            {**row.data, **fields} if row is not None else fields,
            profile,
            made_on=day[1],
            changed=list(fields),
        )
        if check_actor:
            problems += name_problems("actor", op.actor)
        if problems:
            raise refusal(op, problems[0])
        rows[op.entity_id] = apply_operation(row, op)
    return merged
