"""The payload of a bundle: one device's operations as rows, and reading them back.

A row holds an operation's columns in ROW_COLUMNS order, `fields` and `base`
as the canonical JSON the log holds (the same bytes on every device). Read
back, the zlib-compressed payload is inflated with a cap derived from the
manifest's operation count, and every row goes through the strict JSON reader
(sync/untrusted.py) and explicit type checks; a bad row refuses the bundle.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from forebyg_desktop.core.hlc import COUNTER_DIGITS, WALL_DIGITS
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.materialiser import ENTITY_TABLES
from forebyg_desktop.store.operation import Operation
from forebyg_desktop.sync import untrusted
from forebyg_desktop.sync.bundle_manifest import MAX_OPS, PAYLOAD_MAX_BYTES, Manifest
from forebyg_desktop.sync.hub import MAX_SEQ
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.untrusted import Malformed

OP_MAX_BYTES = 256 * 2**10  # inflated payload per operation
_HLC = re.compile(rf"\d{{{WALL_DIGITS}}}-\d{{{COUNTER_DIGITS}}}")
_ID = re.compile(r"[0-9A-Za-z_.:-]{1,64}")
_BASE_STAMP_MAX = 100
_ACTOR_MAX = 200

# The payload's row layout; the same columns as the oplog table minus device.
ROW_COLUMNS = "op_id, seq, hlc, actor, entity, entity_id, kind, fields, base"


def operation_rows(ops: Sequence[Operation]) -> list[list]:
    """Payload rows for operations already in memory (tests, tools)."""
    return [
        [op.op_id, op.seq, op.hlc, op.actor, op.entity, op.entity_id, op.kind]
        + [op.fields_json, canonical_json(op.base) if op.base else "{}"]
        for op in ops
    ]


def inflate(payload: bytes, cap: int) -> bytes:
    """The decompressed payload, refused (Malformed) past `cap` bytes or when incomplete."""
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = payload
    try:
        while True:
            out += inflater.decompress(pending, cap + 1 - len(out))
            if len(out) > cap:
                raise Malformed("payload inflates too far")
            pending = inflater.unconsumed_tail
            if not pending or inflater.eof:
                break
    except zlib.error as exc:
        raise Malformed("payload compression") from exc
    if not inflater.eof or inflater.unused_data:
        raise Malformed("payload compression")
    return bytes(out)


def decode_operations(payload: bytes, manifest: Manifest) -> list[Operation]:
    """The payload's operations, checked against `manifest`; raises Rejected."""
    try:
        ops = _decode_rows(payload, manifest)
    except Malformed as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP("Sync", "the bundle holds a malformed operation ({part})"),
                part=exc.where,
            )
        ) from exc
    if [op.seq for op in ops] != list(range(manifest.first, manifest.last + 1)):
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the bundle's operations do not match its manifest's range"
                )
            )
        )
    return ops


def _decode_rows(payload: bytes, manifest: Manifest) -> list[Operation]:
    cap = min(PAYLOAD_MAX_BYTES, max(2**20, manifest.count * OP_MAX_BYTES))
    rows = untrusted.array(
        untrusted.loads(inflate(payload, cap), max_size=cap, max_depth=2), "payload", MAX_OPS
    )
    if len(rows) != manifest.count:
        raise Malformed("operation count")
    return [_operation(row, manifest.device) for row in rows]


def _operation(row: object, device: str) -> Operation:
    if not isinstance(row, list) or len(row) != 9:
        raise Malformed("operation")
    op_id, seq, hlc, actor, entity, entity_id, kind, fields_json, base = row
    fields = untrusted.obj(
        untrusted.loads(untrusted.text(fields_json, "fields", OP_MAX_BYTES), max_size=OP_MAX_BYTES),
        "fields",
    )
    op = Operation(
        untrusted.text(op_id, "op id", 64, _ID),
        device,
        untrusted.integer(seq, "seq", 1, MAX_SEQ),
        untrusted.text(hlc, "clock", 22, _HLC),
        untrusted.text(actor, "actor", _ACTOR_MAX),
        _choice(entity, ENTITY_TABLES, "entity"),
        untrusted.text(entity_id, "entity id", 64, _ID),
        _choice(kind, ("put", "delete"), "kind"),
        fields,
        _base(base),
    )
    # The signed canonical encoding is kept as is (the same bytes on every device).
    op.__dict__["fields_json"] = fields_json
    return op


def _choice(value: object, allowed, where: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise Malformed(where)
    return value


def _base(text: object) -> dict[str, list[str]]:
    if text == "{}":
        return {}
    base = untrusted.obj(
        untrusted.loads(untrusted.text(text, "base", OP_MAX_BYTES), max_size=OP_MAX_BYTES),
        "base",
    )
    for name, stamps in base.items():
        untrusted.text(name, "base", _BASE_STAMP_MAX)
        for stamp in untrusted.array(stamps, "base", 1000):
            untrusted.text(stamp, "base", _BASE_STAMP_MAX)
    return base
