"""The bundle file: a contiguous range of one device's operations, signed and encrypted.

Layout::

    b"FBUNDLE\\n" + header line (JSON: format, team, key epoch) + b"\\n"
    + AEAD(team key of that epoch, inner, associated data = everything before)

    inner = 4-byte big-endian length + manifest (canonical JSON)
            + Ed25519 signature over the manifest (64 bytes, context "bundle-manifest")
            + payload (zlib-compressed JSON list of operation rows)
            + zero bytes up to a size bucket (format 2)

The manifest names format, schema and app version, team, device, sequence
range, operation count, the payload's size and SHA-256 and (format 2) the
device's audit-chain head when it was written, so the hub keeps witnesses of
every device's audit log. The device signs it with its own key (sign, then
encrypt for the team). The plaintext header only lets a reader refuse a file
from a newer program or another team, and pick the key, before trying to
decrypt; it is authenticated as associated data. The padding makes a file's
size tell only its bucket (4 KiB, 8 KiB, ... 1 MiB, then whole MiB).

Everything read is hostile until checked: the header, manifest and payload
rows go through the strict JSON reader (sync/untrusted.py) and explicit type
checks, and the payload is inflated with a cap derived from the operation
count. `open_bundle` raises Rejected (bad for good) or Waiting (not usable
yet) before anything is written.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from forebyg_desktop import __version__
from forebyg_desktop.core.hlc import COUNTER_DIGITS, WALL_DIGITS
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.materialiser import ENTITY_TABLES
from forebyg_desktop.store.operation import Operation
from forebyg_desktop.store.schema import SCHEMA_VERSION
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.hub import MAX_SEQ
from forebyg_desktop.sync.problems import Rejected, Waiting, message
from forebyg_desktop.sync.untrusted import HEX64, UUID, Malformed

MAGIC = b"FBUNDLE\n"
FORMAT = 2  # 2: payload size, audit head and padding
MAX_EPOCH = 10**6
MAX_OPS = 50_000  # operations one bundle may hold (writers use far fewer)
PAYLOAD_MAX_BYTES = 64 * 2**20  # inflated payload, absolute
OP_MAX_BYTES = 256 * 2**10  # inflated payload per operation
_MAX_HEADER = 1024
_MAX_MANIFEST = 4096
_HLC = re.compile(rf"\d{{{WALL_DIGITS}}}-\d{{{COUNTER_DIGITS}}}")
_ID = re.compile(r"[0-9A-Za-z_.:-]{1,64}")
_APP = re.compile(r"[0-9A-Za-z.+_-]{1,40}")
_BASE_STAMP_MAX = 100
_ACTOR_MAX = 200
_FIELDS_1 = ("format", "schema", "app", "team", "epoch", "device", "first", "last", "count")
_FIELDS_1 += ("sha256",)
_FIELDS_2 = (*_FIELDS_1, "size", "audit_count", "audit_head")


@dataclass(frozen=True)
class Manifest:
    format: int
    schema: int
    app: str
    team: str
    epoch: int
    device: str
    first: int
    last: int
    count: int
    sha256: str
    size: int = -1  # payload bytes; -1 in format 1 (the payload is the rest)
    audit_count: int = 0  # the device's audit chain when written (format 2)
    audit_head: str = ""

    def encode(self) -> bytes:
        names = _FIELDS_1 if self.format == 1 else _FIELDS_2
        return canonical_json({n: getattr(self, n) for n in names}).encode()

    def witness(self) -> AuditWitness | None:
        return AuditWitness(self.audit_count, self.audit_head) if self.audit_head else None


# The payload's row layout; the same columns as the oplog table minus device.
ROW_COLUMNS = "op_id, seq, hlc, actor, entity, entity_id, kind, fields, base"


def padded_size(size: int) -> int:
    """The bucket `size` is padded to: a power of two from 4 KiB to 1 MiB, then whole MiB."""
    if size <= 4096:
        return 4096
    if size <= 2**20:
        return 1 << (size - 1).bit_length()
    return -(-size // 2**20) * 2**20


def seal_bundle(
    device: str,
    rows: Sequence[Sequence],
    *,
    team: str,
    epoch: int,
    team_key: bytes,
    signing_key: bytes,
    audit: AuditWitness | None = None,
) -> tuple[Manifest, bytes]:
    """The bundle file's bytes for one device's contiguous operations.

    `rows` are oplog rows in ROW_COLUMNS order and seq order, `fields` and
    `base` as the canonical JSON the log holds (shipped as is, not re-encoded).
    `audit` is the device's audit head, carried as a witness.
    """
    payload = zlib.compress(json.dumps(rows, ensure_ascii=False).encode(), 1)
    audit = audit or AuditWitness(0, "")
    manifest = Manifest(
        format=FORMAT,
        schema=SCHEMA_VERSION,
        app=__version__,
        team=team,
        epoch=epoch,
        device=device,
        first=rows[0][1],
        last=rows[-1][1],
        count=len(rows),
        sha256=crypto.digest(payload),
        size=len(payload),
        audit_count=audit.count,
        audit_head=audit.head,
    )
    encoded = manifest.encode()
    inner = (
        len(encoded).to_bytes(4, "big")
        + encoded
        + crypto.sign(signing_key, encoded, context="bundle-manifest")
        + payload
    )
    inner += bytes(padded_size(len(inner)) - len(inner))
    header = MAGIC + canonical_json({"format": FORMAT, "team": team, "epoch": epoch}).encode()
    header += b"\n"
    return manifest, header + crypto.encrypt(team_key, inner, header)


def operation_rows(ops: Sequence[Operation]) -> list[list]:
    """Payload rows for operations already in memory (tests, tools)."""
    return [
        [op.op_id, op.seq, op.hlc, op.actor, op.entity, op.entity_id, op.kind]
        + [op.fields_json, canonical_json(op.base) if op.base else "{}"]
        for op in ops
    ]


def split_header(data: bytes, team: str) -> tuple[bytes, int]:
    """The authenticated header bytes and the key epoch; refuses early what it can."""
    if not data:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the file is empty")))
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if not data.startswith(MAGIC) or end < 0:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the file is not a Forebyg bundle")))
    try:
        fields = untrusted.obj(
            untrusted.loads(data[len(MAGIC) : end], max_size=_MAX_HEADER, max_depth=1),
            "header",
            required=("format", "team", "epoch"),
        )
        fmt = untrusted.integer(fields["format"], "header format", 1, MAX_EPOCH)
        if fmt > FORMAT:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the bundle was made by a newer version of Forebyg (format {format}); "
                        "update the program to read it",
                    ),
                    format=fmt,
                )
            )
        their_team = untrusted.text(fields["team"], "header team", 64)
        epoch = untrusted.integer(fields["epoch"], "header epoch", 1, MAX_EPOCH)
    except Malformed as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP("Sync", "the bundle's header is damaged ({part})"), part=exc.where
            )
        ) from exc
    if their_team != team:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle belongs to another team")))
    return data[: end + 1], epoch


def _newer(version: str) -> Rejected:
    return Rejected(
        message(
            QT_TRANSLATE_NOOP(
                "Sync",
                "the bundle was made by a newer version of Forebyg ({app}); "
                "update the program to read it",
            ),
            app=version,
        )
    )


def _unseal(
    data: bytes,
    team: str,
    team_keys: dict[int, bytes],
    device_key: Callable[[str], bytes | None],
) -> tuple[Manifest, bytes]:
    """The verified manifest and the (still compressed) payload."""
    header, epoch = split_header(data, team)
    key = team_keys.get(epoch)
    if key is None:
        if epoch > max(team_keys, default=0):
            raise Waiting(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the bundle uses a team key this device has not received yet"
                    )
                )
            )
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle uses an unknown team key")))
    try:
        inner = crypto.decrypt(key, data[len(header) :], header)
    except crypto.CryptoError as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the bundle was altered or damaged, or not encrypted for this team"
                )
            )
        ) from exc
    manifest, signed, signature, rest = _manifest(inner, team, epoch)
    public = device_key(manifest.device)
    if public is None:
        raise Waiting(
            message(
                QT_TRANSLATE_NOOP("Sync", "device {device} is not (yet) in the team roster"),
                device=manifest.device,
            )
        )
    try:
        crypto.verify(public, signature, signed, context="bundle-manifest")
    except crypto.CryptoError as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the bundle is not signed by device {device}'s key (forged?)"
                ),
                device=manifest.device,
            )
        ) from exc
    if manifest.format == 1:
        payload = rest
    elif len(rest) < manifest.size:
        raise _damaged("size")
    else:
        payload = rest[: manifest.size]  # the rest is padding
    if crypto.digest(payload) != manifest.sha256:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the bundle's content does not match its manifest"))
        )
    return manifest, payload


def read_manifest(
    data: bytes,
    *,
    team: str,
    team_keys: dict[int, bytes],
    device_key: Callable[[str], bytes | None],
) -> Manifest:
    """The verified manifest of a bundle (its operations are not decoded)."""
    return _unseal(data, team, team_keys, device_key)[0]


def open_bundle(
    data: bytes,
    *,
    team: str,
    team_keys: dict[int, bytes],
    device_key: Callable[[str], bytes | None],
) -> tuple[Manifest, list[Operation]]:
    """Verify and decode a bundle; `device_key` gives a roster member's signing key."""
    manifest, payload = _unseal(data, team, team_keys, device_key)
    return manifest, _operations(payload, manifest)


def _damaged(part: str) -> Rejected:
    return Rejected(
        message(QT_TRANSLATE_NOOP("Sync", "the bundle's manifest is damaged ({part})"), part=part)
    )


def _manifest(inner: bytes, team: str, epoch: int) -> tuple[Manifest, bytes, bytes, bytes]:
    """(manifest, its signed bytes, signature, the rest) from the decrypted inner part."""
    size = int.from_bytes(inner[:4], "big")
    if size > _MAX_MANIFEST or len(inner) < 4 + size + crypto.SIGNATURE_SIZE:
        raise _damaged("length")
    signed = inner[4 : 4 + size]
    try:
        manifest = _manifest_fields(untrusted.loads(signed, max_size=_MAX_MANIFEST, max_depth=1))
    except Malformed as exc:
        raise _damaged(exc.where) from exc
    if manifest.team != team or manifest.epoch != epoch:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle belongs to another team")))
    end = 4 + size + crypto.SIGNATURE_SIZE
    return manifest, signed, inner[4 + size : end], inner[end:]


def _manifest_fields(value: object) -> Manifest:
    fields = untrusted.obj(value, "manifest")
    fmt = untrusted.integer(fields.get("format"), "format", 1, MAX_EPOCH)
    schema = untrusted.integer(fields.get("schema"), "schema", 1, 10**6)
    if fmt > FORMAT or schema > SCHEMA_VERSION:
        raise _newer(untrusted.text(fields.get("app"), "app", 40))
    untrusted.obj(fields, "manifest", required=_FIELDS_1 if fmt == 1 else _FIELDS_2)
    first = untrusted.integer(fields["first"], "first", 1, MAX_SEQ)
    last = untrusted.integer(fields["last"], "last", first, MAX_SEQ)
    count = untrusted.integer(fields["count"], "count", 1, MAX_OPS)
    if count != last - first + 1:
        raise Malformed("count")
    extra = {}
    if fmt > 1:
        extra = {
            "size": untrusted.integer(fields["size"], "size", 0, PAYLOAD_MAX_BYTES),
            "audit_count": untrusted.integer(fields["audit_count"], "audit_count", 0, 2**62),
            "audit_head": fields["audit_head"]
            if fields["audit_head"] == ""
            else untrusted.text(fields["audit_head"], "audit_head", 64, HEX64),
        }
    return Manifest(
        format=fmt,
        schema=schema,
        app=untrusted.text(fields["app"], "app", 40, _APP),
        team=untrusted.text(fields["team"], "team", 64),
        epoch=untrusted.integer(fields["epoch"], "epoch", 1, MAX_EPOCH),
        device=untrusted.text(fields["device"], "device", 36, UUID),
        first=first,
        last=last,
        count=count,
        sha256=untrusted.text(fields["sha256"], "sha256", 64, HEX64),
        **extra,
    )


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


def _operations(payload: bytes, manifest: Manifest) -> list[Operation]:
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
