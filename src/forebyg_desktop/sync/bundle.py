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

Everything read is hostile until checked: the header, manifest (bundle_manifest)
and payload rows (bundle_payload) go through the strict JSON reader
(sync/untrusted.py) and explicit type checks, and the payload is inflated with
a cap derived from the operation count. `open_bundle` raises Rejected (bad for
good) or Waiting (not usable yet) before anything is written.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Sequence

from forebyg_desktop import __version__
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.operation import Operation
from forebyg_desktop.store.schema import SCHEMA_VERSION
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.bundle_manifest import (
    FORMAT,
    MAX_EPOCH,
    Manifest,
    damaged,
    split_manifest,
)
from forebyg_desktop.sync.bundle_payload import decode_operations
from forebyg_desktop.sync.problems import Rejected, Waiting, message
from forebyg_desktop.sync.untrusted import Malformed

MAGIC = b"FBUNDLE\n"
_MAX_HEADER = 1024


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

    `rows` are oplog rows in ROW_COLUMNS order (bundle_payload) and seq order, `fields` and
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
    manifest, signed, signature, rest = split_manifest(inner, team, epoch)
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
        raise damaged("size")
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
    return manifest, decode_operations(payload, manifest)
