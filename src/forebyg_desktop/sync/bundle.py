"""The bundle file: a contiguous range of one device's operations, signed and encrypted.

Layout::

    b"FBUNDLE\\n" + header line (JSON: format, team, key epoch) + b"\\n"
    + AEAD(team key of that epoch, inner, associated data = everything before)

    inner = 4-byte big-endian length + manifest (canonical JSON)
            + Ed25519 signature over the manifest (64 bytes)
            + payload (zlib-compressed JSON list of operation rows)

The manifest names format, schema and app version, team, device, sequence
range, operation count and the SHA-256 of the payload; the device signs it
with its own key (sign, then encrypt for the team). The plaintext header only
lets a reader refuse a file from a newer program or another team, and pick the
key, before trying to decrypt; it is authenticated as associated data.

`open_bundle` checks everything in order and raises Rejected (bad for good)
or Waiting (not usable yet) before anything is written.
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
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.materialiser import ENTITY_TABLES
from forebyg_desktop.store.operation import Operation
from forebyg_desktop.store.schema import SCHEMA_VERSION
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.problems import Rejected, Waiting, message

MAGIC = b"FBUNDLE\n"
FORMAT = 1
_MAX_HEADER = 1024
_HLC = re.compile(rf"\d{{{WALL_DIGITS}}}-\d{{{COUNTER_DIGITS}}}")


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

    def encode(self) -> bytes:
        return canonical_json(self.__dict__).encode()


# The payload's row layout; the same columns as the oplog table minus device.
ROW_COLUMNS = "op_id, seq, hlc, actor, entity, entity_id, kind, fields, base"


def seal_bundle(
    device: str,
    rows: Sequence[Sequence],
    *,
    team: str,
    epoch: int,
    team_key: bytes,
    signing_key: bytes,
) -> tuple[Manifest, bytes]:
    """The bundle file's bytes for one device's contiguous operations.

    `rows` are oplog rows in ROW_COLUMNS order and seq order, `fields` and
    `base` as the canonical JSON the log holds (shipped as is, not re-encoded).
    """
    payload = zlib.compress(json.dumps(rows, ensure_ascii=False).encode(), 1)
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
    )
    encoded = manifest.encode()
    inner = (
        len(encoded).to_bytes(4, "big")
        + encoded
        + crypto.sign(signing_key, encoded, context="bundle-manifest")
        + payload
    )
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


def _header(data: bytes, team: str) -> tuple[bytes, int]:
    """The authenticated header bytes and the key epoch; refuses early what it can."""
    if not data:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the file is empty")))
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if not data.startswith(MAGIC) or end < 0:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the file is not a Forebyg bundle")))
    try:
        fields = json.loads(data[len(MAGIC) : end])
        fmt, their_team, epoch = int(fields["format"]), str(fields["team"]), int(fields["epoch"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the bundle's header is damaged"))
        ) from exc
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
    if their_team != team:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle belongs to another team")))
    return data[: end + 1], epoch


def open_bundle(
    data: bytes,
    *,
    team: str,
    team_keys: dict[int, bytes],
    device_key: Callable[[str], bytes | None],
) -> tuple[Manifest, list[Operation]]:
    """Verify and decode a bundle; `device_key` gives a roster member's signing key."""
    header, epoch = _header(data, team)
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
    manifest = _manifest(inner, team, epoch)
    size = int.from_bytes(inner[:4], "big")
    signature = inner[4 + size : 4 + size + crypto.SIGNATURE_SIZE]
    public = device_key(manifest.device)
    if public is None:
        raise Waiting(
            message(
                QT_TRANSLATE_NOOP("Sync", "device {device} is not (yet) in the team roster"),
                device=manifest.device,
            )
        )
    try:
        crypto.verify(public, signature, inner[4 : 4 + size], context="bundle-manifest")
    except crypto.CryptoError as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the bundle is not signed by device {device}'s key (forged?)"
                ),
                device=manifest.device,
            )
        ) from exc
    payload = inner[4 + size + crypto.SIGNATURE_SIZE :]
    if crypto.digest(payload) != manifest.sha256:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the bundle's content does not match its manifest"))
        )
    return manifest, _operations(payload, manifest)


def _damaged() -> Rejected:
    return Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle's manifest is damaged")))


def _manifest(inner: bytes, team: str, epoch: int) -> Manifest:
    size = int.from_bytes(inner[:4], "big")
    if len(inner) < 4 + size + crypto.SIGNATURE_SIZE:
        raise _damaged()
    try:
        fields = json.loads(inner[4 : 4 + size])
        manifest = Manifest(**fields)
    except (ValueError, TypeError) as exc:
        raise _damaged() from exc
    if manifest.format > FORMAT or manifest.schema > SCHEMA_VERSION:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "the bundle was made by a newer version of Forebyg ({app}); "
                    "update the program to read it",
                ),
                app=manifest.app,
            )
        )
    if manifest.team != team or manifest.epoch != epoch:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle belongs to another team")))
    return manifest


def _operations(payload: bytes, manifest: Manifest) -> list[Operation]:
    try:
        rows = json.loads(zlib.decompress(payload))
        ops = []
        for op_id, seq, hlc, actor, entity, entity_id, kind, fields_json, base in rows:
            op = Operation(
                str(op_id),
                manifest.device,
                int(seq),
                str(hlc),
                str(actor),
                str(entity),
                str(entity_id),
                str(kind),
                json.loads(fields_json),
                json.loads(base) if base != "{}" else {},
            )
            # The signed canonical encoding is kept as is (the same bytes on every device).
            op.__dict__["fields_json"] = fields_json
            if entity not in ENTITY_TABLES or kind not in ("put", "delete"):
                raise ValueError(entity)
            if not _HLC.fullmatch(op.hlc):
                raise ValueError(op.hlc)
            ops.append(op)
    except (ValueError, TypeError, zlib.error) as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the bundle holds a malformed operation"))
        ) from exc
    seqs = [op.seq for op in ops]
    if (
        len(ops) != manifest.count
        or seqs != list(range(manifest.first, manifest.last + 1))
        or not all(isinstance(op.fields, dict) for op in ops)
    ):
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the bundle's operations do not match its manifest's range"
                )
            )
        )
    return ops
